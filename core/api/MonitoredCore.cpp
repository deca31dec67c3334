#include "api/MonitoredCore.h"

#include "api/SnapshotDocument.h"
#include "engine/AutoPaper.h"
#include "engine/CoreRuntime.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/WarningAggregator.h"
#include "trading/TradingService.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

#include <future>
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

std::shared_ptr<const trading::TradingView> RuntimeMonitoredCore::tradingView() const
{
    return m_runtime.tradingView();
}

bool RuntimeMonitoredCore::engageKillSwitch(const QString &reason)
{
    if (!m_runtime.tradingView())
        return false;
    m_runtime.postTrading(
        [reason = reason.toStdString()](trading::TradingService &service) { service.engageKillSwitch(reason); });
    return true;
}

namespace {

// Runs `work` on the trading thread and waits for its answer (the trading thread answers without
// waiting for a venue: the risk gate, the ledger and the audit log are local).
template<typename Result, typename Work>
std::optional<Result> askTrading(CoreRuntime &runtime, Work work)
{
    auto answer = std::make_shared<std::promise<Result>>();
    std::future<Result> result = answer->get_future();
    runtime.postTrading([answer, work](trading::TradingService &service) { answer->set_value(work(service)); });
    if (result.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        return std::nullopt;
    return result.get();
}

} // namespace

QString RuntimeMonitoredCore::resetKillSwitch()
{
    if (!m_runtime.tradingView())
        return QStringLiteral("this core does not trade");
    const auto error = askTrading<QString>(m_runtime, [](trading::TradingService &service) {
        std::string why;
        return service.resetKillSwitch(&why) ? QString() : QString::fromStdString(why);
    });
    return error ? *error : QStringLiteral("the trading thread did not answer within 5 s");
}

JsonResult RuntimeMonitoredCore::placeOrder(const QJsonObject &ticketJson)
{
    if (!m_runtime.tradingView())
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    trading::OrderTicket ticket;
    const auto field = [&ticketJson](const char *name, std::string *out) {
        const QJsonValue value = ticketJson.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        *out = value.toString().left(64).toStdString();
        return true;
    };
    if (!field("symbol", &ticket.symbol) || !field("side", &ticket.side) || !field("type", &ticket.type) ||
        !field("qty", &ticket.quantity) || !field("price", &ticket.price) ||
        !field("time_in_force", &ticket.timeInForce) || !field("take_profit", &ticket.takeProfit) ||
        !field("stop_loss", &ticket.stopLoss) || !field("tp_trigger_by", &ticket.tpTriggerBy) ||
        !field("sl_trigger_by", &ticket.slTriggerBy))
        return JsonResult::failure(400, QStringLiteral("symbol, side, type, qty, price, time_in_force, take_profit, "
                                                       "stop_loss, tp_trigger_by and sl_trigger_by are strings "
                                                       "(quantities and prices as decimal text)"));
    const QJsonValue reduceOnly = ticketJson.value(QStringLiteral("reduce_only"));
    if (!reduceOnly.isUndefined() && !reduceOnly.isBool())
        return JsonResult::failure(400, QStringLiteral("reduce_only is true or false"));
    ticket.reduceOnly = reduceOnly.toBool();
    if (ticket.symbol.empty() || ticket.side.empty() || ticket.quantity.empty())
        return JsonResult::failure(400, QStringLiteral("an order needs symbol, side and qty"));
    const auto placed = askTrading<trading::PlaceResult>(
        m_runtime, [ticket](trading::TradingService &service) { return service.place(ticket); });
    if (!placed)
        return JsonResult::failure(503, QStringLiteral("the trading thread did not answer within 5 s"));
    QJsonObject body{{QStringLiteral("order_link_id"), QString::fromStdString(placed->orderLinkId)},
                     {QStringLiteral("sent"), placed->sent}};
    if (placed->sent) {
        body.insert(QStringLiteral("status"), QStringLiteral("PendingNew"));
        return JsonResult{body, 201, {}};
    }
    if (!placed->decision.accepted()) {
        body.insert(QStringLiteral("rule"), QLatin1String(trading::riskRuleName(placed->decision.rule)));
        body.insert(QStringLiteral("error"), QString::fromStdString(placed->decision.message));
        return JsonResult{body, 422, {}};
    }
    return JsonResult::failure(400, QString::fromStdString(placed->error));
}

JsonResult RuntimeMonitoredCore::cancelOrder(const QString &orderLinkId)
{
    if (!m_runtime.tradingView())
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    const std::string id = orderLinkId.toStdString();
    const auto error =
        askTrading<std::string>(m_runtime, [id](trading::TradingService &service) { return service.cancel(id); });
    if (!error)
        return JsonResult::failure(503, QStringLiteral("the trading thread did not answer within 5 s"));
    if (!error->empty())
        return JsonResult::failure(error->rfind("no order", 0) == 0 ? 404 : 409, QString::fromStdString(*error));
    return JsonResult{QJsonObject{{QStringLiteral("order_link_id"), orderLinkId},
                                  {QStringLiteral("status"), QStringLiteral("PendingCancel")}},
                      202,
                      {}};
}

JsonResult RuntimeMonitoredCore::amendOrder(const QString &orderLinkId, const QJsonObject &change)
{
    if (!m_runtime.tradingView())
        return JsonResult::failure(503, QStringLiteral("this core does not trade"));
    std::string price;
    std::string quantity;
    for (const auto &[name, out] : {std::pair{"price", &price}, std::pair{"qty", &quantity}}) {
        const QJsonValue value = change.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return JsonResult::failure(400, QStringLiteral("price and qty are decimal text, e.g. \"60000.5\""));
        *out = value.toString().left(64).toStdString();
    }
    if (price.empty() && quantity.empty())
        return JsonResult::failure(400, QStringLiteral("an amend needs price, qty or both"));
    const std::string id = orderLinkId.toStdString();
    using Answer = trading::TradingService::AmendAnswer;
    const auto answer = askTrading<Answer>(m_runtime, [id, price, quantity](trading::TradingService &service) {
        return service.amendText(id, price, quantity);
    });
    if (!answer)
        return JsonResult::failure(503, QStringLiteral("the trading thread did not answer within 5 s"));
    switch (answer->outcome) {
    case Answer::Outcome::Sent:
        break;
    case Answer::Outcome::NoOrder:
        return JsonResult::failure(404, QString::fromStdString(answer->error));
    case Answer::Outcome::Invalid:
        return JsonResult::failure(400, QString::fromStdString(answer->error));
    case Answer::Outcome::RiskRefused:
        return JsonResult::failure(422, QString::fromStdString(answer->error));
    case Answer::Outcome::NotNow:
        return JsonResult::failure(409, QString::fromStdString(answer->error));
    }
    return JsonResult{QJsonObject{{QStringLiteral("order_link_id"), orderLinkId},
                                  {QStringLiteral("status"), QStringLiteral("PendingAmend")}},
                      202,
                      {}};
}

std::optional<std::vector<store::AlertRecord>> RuntimeMonitoredCore::alertHistory(const store::AlertJournalQuery &query,
                                                                                  QString *error) const
{
    const QString path = m_runtime.alertJournalPath();
    if (path.isEmpty()) {
        *error = QStringLiteral("alerts are off in this process ([alerts] enabled, [rule.NAME] sections)");
        return std::nullopt;
    }
    // A connection of the calling thread's own, read-only: the alert thread keeps writing.
    store::AlertJournal journal;
    if (!journal.open(path, true)) {
        *error = QStringLiteral("the alert journal cannot be read: %1").arg(journal.lastError());
        return std::nullopt;
    }
    return journal.query(query);
}

QString RuntimeMonitoredCore::muteAlerts(bool rule, const QString &name, qint64 durationMs)
{
    const alerts::AlertBoardPtr board = m_runtime.alertBoard();
    if (!board)
        return QStringLiteral("alerts are off in this process");
    if (rule)
        m_runtime.muteAlertRule(name, durationMs);
    else
        m_runtime.muteAlertKey(name, durationMs);
    return {};
}

QString RuntimeMonitoredCore::sendTestAlert(const QString &channel, bool *unknown)
{
    *unknown = false;
    const alerts::AlertBoardPtr board = m_runtime.alertBoard();
    if (!board)
        return QStringLiteral("alerts are off in this process");
    const bool known = std::any_of(board->channels.begin(), board->channels.end(),
                                   [&channel](const alerts::ChannelHealth &c) { return c.name == channel; });
    if (!known) {
        *unknown = true;
        return QStringLiteral("there is no channel '%1'").arg(channel);
    }
    // The engine thread checks again (a disabled channel) and queues it; the outcome is in the journal.
    m_runtime.sendTestAlert(channel, [](const QString &) {});
    return {};
}

QString RuntimeMonitoredCore::outcomesPath() const
{
    return m_runtime.outcomesPath();
}

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

JsonResult RuntimeMonitoredCore::autoPaper() const
{
    const AutoPaper *autoPaper = m_runtime.autoPaper();
    if (!autoPaper)
        return MonitoredCore::autoPaper();
    const AutoPaperSummary s = autoPaper->summary();
    const QJsonObject summary{{QStringLiteral("signals"), s.signalCount},
                              {QStringLiteral("traded"), s.traded},
                              {QStringLiteral("skipped"), s.skipped},
                              {QStringLiteral("failed"), s.failed},
                              {QStringLiteral("open"), s.open},
                              {QStringLiteral("closed"), s.closed},
                              {QStringLiteral("compared"), s.compared},
                              {QStringLiteral("paper_mean_r"), number(s.paperMeanR)},
                              {QStringLiteral("tracked_mean_r"), number(s.trackedMeanR)},
                              {QStringLiteral("paper_pnl"), s.paperPnl}};
    QJsonArray trades;
    for (const AutoPaperTrade &t : autoPaper->trades()) {
        const auto text = [](const std::string &s) { return QString::fromStdString(s); };
        QJsonObject o{{QStringLiteral("outcome_id"), text(t.outcomeId)},
                      {QStringLiteral("symbol"), text(t.symbol)},
                      {QStringLiteral("direction"), QLatin1String(confluence::directionName(t.direction))},
                      {QStringLiteral("state"), QLatin1String(autoPaperStateName(t.state))},
                      {QStringLiteral("signal_time_ms"), static_cast<double>(t.signalTimeMs)}};
        if (!t.note.empty())
            o.insert(QStringLiteral("note"), text(t.note));
        if (!t.orderLinkId.empty()) {
            o.insert(QStringLiteral("order_link_id"), text(t.orderLinkId));
            o.insert(QStringLiteral("quantity"), text(t.quantity));
            o.insert(QStringLiteral("placed_ms"), static_cast<double>(t.placedMs));
            o.insert(QStringLiteral("planned_entry"), t.plannedEntry);
            o.insert(QStringLiteral("stop"), t.stop);
            o.insert(QStringLiteral("take_profit"), t.takeProfit);
            o.insert(QStringLiteral("planned_risk"), t.plannedRisk);
        }
        if (t.entryPrice > 0)
            o.insert(QStringLiteral("entry_price"), t.entryPrice);
        if (t.state == AutoPaperTrade::State::Closed) {
            o.insert(QStringLiteral("closed_ms"), static_cast<double>(t.closedMs));
            o.insert(QStringLiteral("exit"), text(t.exit));
            o.insert(QStringLiteral("exit_price"), t.exitPrice);
            o.insert(QStringLiteral("realised_pnl"), t.realisedPnl);
            o.insert(QStringLiteral("paper_r"), number(t.paperR));
            o.insert(QStringLiteral("mixed"), t.mixed);
        }
        if (!t.trackedExit.empty()) {
            o.insert(QStringLiteral("tracked_r"), number(t.trackedR));
            o.insert(QStringLiteral("tracked_exit"), text(t.trackedExit));
        }
        trades.append(o);
    }
    return JsonResult::ok({{QStringLiteral("summary"), summary}, {QStringLiteral("trades"), trades}});
}

} // namespace virtuoso::api
