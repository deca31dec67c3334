#pragma once

#include <QByteArray>

#include <optional>

namespace virtuoso::health {

struct ProcessUsage
{
    double residentBytes = 0;
    double cpuSeconds = 0; // user + system since the process started
};

// Resident memory and CPU time of this process, read from /proc (Linux): the one reader of them.
class ProcessMetrics
{
public:
    static std::optional<ProcessUsage> read();
    // Parses /proc/self/stat and /proc/self/statm contents; exposed for tests with crafted input.
    static std::optional<ProcessUsage> parse(const QByteArray &stat, const QByteArray &statm, long pageSize,
                                             long ticksPerSecond);
};

} // namespace virtuoso::health
