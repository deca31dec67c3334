#include "api/MonitoredCore.h"

#include "api/SnapshotDocument.h"
#include "engine/CoreRuntime.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/WarningAggregator.h"

#include <QJsonArray>

#include <limits>

namespace virtuoso::api {

JsonResult MonitoredCore::orderBook(const QString &symbol, int depth) const
{
    Q_UNUSED(depth);
    return JsonResult::failure(503, QStringLiteral("order books are not available yet: the connector does not "
                                                   "publish book queries (asked for %1)")
                                        .arg(symbol));
}

JsonResult MonitoredCore::candles(const QString &symbol, int intervalMinutes, int limit) const
{
    Q_UNUSED(intervalMinutes);
    Q_UNUSED(limit);
    return JsonResult::failure(503, QStringLiteral("candles are not available: the connector does not publish "
                                                   "candle queries (asked for %1)")
                                        .arg(symbol));
}

JsonResult MonitoredCore::warnings() const
{
    return JsonResult::failure(503, QStringLiteral("warnings are not available yet: the warning aggregator is not "
                                                   "attached to the core"));
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

namespace virtuoso::api {

std::optional<QByteArray> RuntimeMonitoredCore::prometheusMetrics() const
{
    if (!m_metrics)
        return std::nullopt;
    return m_metrics->renderPrometheus();
}

JsonResult RuntimeMonitoredCore::orderBook(const QString &symbol, int depth) const
{
    if (!m_runtime.isResponsive())
        return JsonResult::failure(503, QStringLiteral("the engine thread is not answering; the book cannot be read"));
    const std::optional<OrderBookView> book = m_runtime.orderBook(symbol, depth);
    if (!book)
        return JsonResult::failure(404, QStringLiteral("no order book for %1: the symbol is not subscribed or its "
                                                       "first snapshot has not arrived")
                                            .arg(symbol));
    return JsonResult::ok(snapshot_document::orderBook(*book));
}

JsonResult RuntimeMonitoredCore::candles(const QString &symbol, int intervalMinutes, int limit) const
{
    if (!m_runtime.isResponsive())
        return JsonResult::failure(503,
                                   QStringLiteral("the engine thread is not answering; the candles cannot be read"));
    const std::optional<CandleSeriesView> series = m_runtime.candles(symbol, intervalMinutes, limit);
    if (!series)
        return JsonResult::failure(404, QStringLiteral("no %1-minute candles for %2: the symbol is not subscribed or "
                                                       "its instrument has not arrived")
                                            .arg(intervalMinutes)
                                            .arg(symbol));
    return JsonResult::ok(snapshot_document::candles(*series));
}

JsonResult RuntimeMonitoredCore::warnings() const
{
    if (!m_warnings)
        return MonitoredCore::warnings();
    QJsonArray list;
    for (const health::WarningAggregate &w : m_warnings->snapshot()) {
        QJsonObject keys;
        for (const log::Field &f : w.keyFields)
            keys.insert(QString::fromLatin1(f.name), f.value);
        list.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(w.code)},
                                {QStringLiteral("severity"), QLatin1String(log::levelName(w.severity))},
                                {QStringLiteral("template"), w.templateText},
                                {QStringLiteral("key_fields"), keys},
                                {QStringLiteral("last_message"), w.lastMessage},
                                {QStringLiteral("count"), w.count},
                                {QStringLiteral("first_seen_ms"), w.firstSeenMs},
                                {QStringLiteral("last_seen_ms"), w.lastSeenMs},
                                {QStringLiteral("rate_per_min"), w.ratePerMin}});
    }
    return JsonResult::ok(
        QJsonObject{{QStringLiteral("warnings"), list}, {QStringLiteral("total"), m_warnings->totalCount()}});
}

std::optional<store::TimeoutHistoryResult> RuntimeMonitoredCore::timeoutHistory(const health::TimeoutQuery &query) const
{
    return m_runtime.timeoutHistory(query);
}

} // namespace virtuoso::api
