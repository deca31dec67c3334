#pragma once

#include <QByteArray>

#include <optional>

namespace virtuoso::health {

class MetricsRegistry;

struct ProcessUsage
{
    double residentBytes = 0;
    double cpuSeconds = 0; // user + system since the process started
};

// Resident memory and CPU time of this process, read from /proc (Linux).
class ProcessMetrics
{
public:
    static std::optional<ProcessUsage> read();
    // Parses /proc/self/stat and /proc/self/statm contents; exposed for tests with crafted input.
    static std::optional<ProcessUsage> parse(const QByteArray &stat, const QByteArray &statm, long pageSize,
                                             long ticksPerSecond);

    // Adds process_resident_memory_bytes and process_cpu_seconds_total, read at each render.
    static void registerWith(MetricsRegistry &registry);
};

} // namespace virtuoso::health
