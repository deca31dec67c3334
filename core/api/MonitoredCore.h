#pragma once

#include "model/health/TimeoutJournal.h"
#include "store/AlertJournal.h"
#include "store/TimeoutHistory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace virtuoso {
class CoreRuntime;
}
namespace virtuoso::trading {
struct TradingView;
}
namespace virtuoso::health {
class MetricsRegistry;
class WarningAggregator;
} // namespace virtuoso::health

namespace virtuoso::api {

// A JSON answer or the reason there is none: a part of the core that is not running yet says so
// with 503 and a sentence, it never returns made-up data.
struct JsonResult
{
    QJsonObject json;
    int status = 200;
    QString error;

    static JsonResult ok(QJsonObject json) { return {std::move(json), 200, {}}; }
    static JsonResult failure(int status, QString error) { return {{}, status, std::move(error)}; }
};

// What the monitoring API reads from the core besides the published snapshots. The daemon uses
// the CoreRuntime-backed implementation; tests provide their own.
class MonitoredCore
{
public:
    virtual ~MonitoredCore() = default;

    virtual bool isRunning() const = 0;
    // Milliseconds since the slowest event loop answered a heartbeat, measured now.
    virtual qint64 worstHeartbeatAgeMs() const = 0;
    // Above this lag the process counts as unresponsive (/health answers 503).
    virtual qint64 maxHeartbeatLagMs() const { return 2000; }

    // The process's Prometheus exposition text, when a metrics registry exists.
    virtual std::optional<QByteArray> prometheusMetrics() const { return std::nullopt; }
    // The connector's book for one symbol: {symbol, b, a, u, seq, ts}.
    virtual JsonResult orderBook(const QString &symbol, int depth) const;
    // The newest `limit` exchange candles of one interval (minutes): see snapshot_document::candles.
    virtual JsonResult candles(const QString &symbol, int intervalMinutes, int limit) const;
    // Warning aggregates: {warnings: [...]}.
    virtual JsonResult warnings() const;
    // Timeout entries matching `query`: from the journal, and from the history store for ranges
    // older than the journal holds. Nothing when the core has no journal to read.
    virtual std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &query) const
    {
        Q_UNUSED(query);
        return std::nullopt;
    }
    // Confluence signals: all symbols (symbol empty) or one.
    virtual JsonResult signalsFor(const QString &symbol) const;
    // Trading: the newest view (null: this core does not trade), the kill switch (asynchronous:
    // its report appears in the view) and its reset (an error text when refused).
    virtual std::shared_ptr<const trading::TradingView> tradingView() const { return nullptr; }
    virtual bool engageKillSwitch(const QString &reason)
    {
        Q_UNUSED(reason);
        return false;
    }
    virtual QString resetKillSwitch() { return QStringLiteral("this core does not trade"); }
    // An order from the API's JSON (symbol, side, type, qty, price, time_in_force, reduce_only):
    // 201 with its orderLinkId once recorded and sent, 422 with the rule and numbers when the risk
    // gate refuses it, 400 for a malformed ticket. The venue's answer follows in the view.
    virtual JsonResult placeOrder(const QJsonObject &ticket)
    {
        Q_UNUSED(ticket);
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    }
    virtual JsonResult cancelOrder(const QString &orderLinkId)
    {
        Q_UNUSED(orderLinkId);
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    }
    // A new price and/or quantity for an open order ({"price": "…", "qty": "…"}, decimal text): 202
    // once sent, 422 when the risk gate refuses the order as amended, 404 for an unknown order, 409
    // for one that cannot change now, 400 for a malformed change.
    virtual JsonResult amendOrder(const QString &orderLinkId, const QJsonObject &change)
    {
        Q_UNUSED(orderLinkId);
        Q_UNUSED(change);
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    }
    // Alerts: the journal's alerts matching `query` (nothing: no journal), and an operator's mute
    // of a rule or a key (an error text when refused, empty on success).
    virtual std::optional<std::vector<store::AlertRecord>> alertHistory(const store::AlertJournalQuery &query,
                                                                        QString *error) const
    {
        Q_UNUSED(query);
        *error = QStringLiteral("alerts are off in this process");
        return std::nullopt;
    }
    // Signal outcomes: the outcome database the live tracker writes; empty when outcomes are off.
    virtual QString outcomesPath() const { return {}; }
    // Auto-paper's trades and how their paper results compare with the tracked outcomes.
    virtual JsonResult autoPaper() const
    {
        return JsonResult::failure(503, QStringLiteral("auto-paper is off in this process (trading.auto_paper = true "
                                                       "with trading.venue = paper and [store] enabled)"));
    }
    virtual QString muteAlerts(bool rule, const QString &name, qint64 durationMs)
    {
        Q_UNUSED(rule);
        Q_UNUSED(name);
        Q_UNUSED(durationMs);
        return QStringLiteral("alerts are off in this process");
    }
    // One test alert through `channel`; an error when alerts are off or there is no such channel
    // (`unknown` set then), empty once it is queued: its delivery shows in the journal.
    virtual QString sendTestAlert(const QString &channel, bool *unknown)
    {
        Q_UNUSED(channel);
        *unknown = false;
        return QStringLiteral("alerts are off in this process");
    }
};

// The daemon's view of its CoreRuntime, plus the process-wide metrics and warnings.
class RuntimeMonitoredCore final : public MonitoredCore
{
public:
    RuntimeMonitoredCore(CoreRuntime &runtime, const health::MetricsRegistry *metrics,
                         const health::WarningAggregator *warnings)
        : m_runtime(runtime)
        , m_metrics(metrics)
        , m_warnings(warnings)
    {}

    bool isRunning() const override;
    qint64 worstHeartbeatAgeMs() const override;
    std::optional<QByteArray> prometheusMetrics() const override;
    JsonResult orderBook(const QString &symbol, int depth) const override;
    JsonResult candles(const QString &symbol, int intervalMinutes, int limit) const override;
    JsonResult warnings() const override;
    std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &query) const override;
    std::shared_ptr<const trading::TradingView> tradingView() const override;
    bool engageKillSwitch(const QString &reason) override;
    QString resetKillSwitch() override;
    JsonResult placeOrder(const QJsonObject &ticket) override;
    JsonResult cancelOrder(const QString &orderLinkId) override;
    JsonResult amendOrder(const QString &orderLinkId, const QJsonObject &change) override;
    std::optional<std::vector<store::AlertRecord>> alertHistory(const store::AlertJournalQuery &query,
                                                                QString *error) const override;
    QString muteAlerts(bool rule, const QString &name, qint64 durationMs) override;
    QString sendTestAlert(const QString &channel, bool *unknown) override;
    QString outcomesPath() const override;
    JsonResult autoPaper() const override;

private:
    CoreRuntime &m_runtime;
    const health::MetricsRegistry *m_metrics;
    const health::WarningAggregator *m_warnings;
};

} // namespace virtuoso::api
