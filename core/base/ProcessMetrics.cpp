#include "base/ProcessMetrics.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace virtuoso::health {

std::optional<ProcessUsage> ProcessMetrics::parse(const QByteArray &stat, const QByteArray &statm, long pageSize,
                                                  long ticksPerSecond)
{
    // The command name (field 2) is in parentheses and may itself contain spaces and ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || pageSize <= 0 || ticksPerSecond <= 0)
        return std::nullopt;
    const QList<QByteArray> rest = stat.mid(close + 1).simplified().split(' ');
    // After the name: state is field 3, utime field 14, stime field 15 → indexes 11 and 12 here.
    if (rest.size() < 13)
        return std::nullopt;
    bool okUser = false;
    bool okSys = false;
    const double user = rest[11].toDouble(&okUser);
    const double sys = rest[12].toDouble(&okSys);
    const QList<QByteArray> mem = statm.simplified().split(' ');
    bool okRss = false;
    const double residentPages = mem.size() >= 2 ? mem[1].toDouble(&okRss) : 0;
    if (!okUser || !okSys || !okRss)
        return std::nullopt;
    return ProcessUsage{residentPages * static_cast<double>(pageSize),
                        (user + sys) / static_cast<double>(ticksPerSecond)};
}

std::optional<ProcessUsage> ProcessMetrics::read()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!stat.open(QIODevice::ReadOnly) || !statm.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(stat.readAll(), statm.readAll(), sysconf(_SC_PAGESIZE), sysconf(_SC_CLK_TCK));
}

} // namespace virtuoso::health
