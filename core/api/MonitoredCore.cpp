#include "api/MonitoredCore.h"

#include "runtime/CoreRuntime.h"

#include <limits>

namespace virtuoso::api {

JsonResult MonitoredCore::orderBook(const QString &symbol, int depth) const
{
    Q_UNUSED(depth);
    return JsonResult::failure(503, QStringLiteral("order books are not available yet: the connector does not "
                                                   "publish book queries (asked for %1)")
                                        .arg(symbol));
}

JsonResult MonitoredCore::warnings() const
{
    return JsonResult::failure(503, QStringLiteral("warnings are not available yet: the warning aggregator is not "
                                                   "attached to the core"));
}

JsonResult MonitoredCore::timeouts(qint64 sinceMs, int limit) const
{
    Q_UNUSED(sinceMs);
    Q_UNUSED(limit);
    return JsonResult::failure(503, QStringLiteral("the timeout journal is not available yet: the connector has not "
                                                   "attached it to the core"));
}

JsonResult MonitoredCore::signalsFor(const QString &symbol) const
{
    Q_UNUSED(symbol);
    return JsonResult::failure(503,
                               QStringLiteral("signals are not available yet: the confluence engine is not running"));
}

bool RuntimeMonitoredCore::isRunning() const
{
    // isResponsive() with no lag bound tells whether the runtime started.
    return m_runtime.isResponsive(std::numeric_limits<qint64>::max());
}

qint64 RuntimeMonitoredCore::worstHeartbeatAgeMs() const
{
    return m_runtime.worstHeartbeatAgeMs();
}

} // namespace virtuoso::api
