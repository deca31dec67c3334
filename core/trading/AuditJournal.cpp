#include "trading/AuditJournal.h"

#include "store/AuditLog.h"

#include <QJsonObject>

namespace virtuoso::trading {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

} // namespace

AuditJournal::AuditJournal(store::AuditLog &log, OrderManager::InstrumentLookup instruments)
    : m_log(log)
    , m_instruments(std::move(instruments))
{}

std::string AuditJournal::price(const std::string &symbol, Ticks ticks) const
{
    if (ticks == 0)
        return {};
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(symbol) : nullptr;
    return spec ? spec->price.format(ticks) : std::to_string(ticks) + " ticks";
}

std::string AuditJournal::quantity(const std::string &symbol, Lots lots) const
{
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(symbol) : nullptr;
    return spec ? spec->quantity.format(lots) : std::to_string(lots) + " lots";
}

bool AuditJournal::intent(const OrderIntent &intent, qint64)
{
    return m_log.recordIntent(intent, price(intent.symbol, intent.price), quantity(intent.symbol, intent.quantity),
                              intent.takeProfit > 0 ? price(intent.symbol, intent.takeProfit) : std::string(),
                              intent.stopLoss > 0 ? price(intent.symbol, intent.stopLoss) : std::string());
}

void AuditJournal::riskDecision(const OrderIntent &intent, const RiskDecision &decision, qint64)
{
    m_log.recordRiskDecision(intent, decision);
}

void AuditJournal::request(std::string_view what, std::string_view symbol, std::string_view orderLinkId, qint64)
{
    if (what == "cancel") {
        m_log.recordCancelRequest(symbol, orderLinkId, {});
    } else if (what == "amend") {
        m_log.recordAmendRequest(symbol, orderLinkId, {}, {}, {});
    } else if (what != "create") { // the create's own row is its intent, recorded just before
        m_log.recordNote("request " + std::string(what) + (symbol.empty() ? "" : " " + std::string(symbol)),
                         QJsonObject{{QStringLiteral("request"), text(what)}});
    }
}

void AuditJournal::reply(std::string_view what, std::string_view symbol, std::string_view orderLinkId,
                         const VenueReply &reply, qint64)
{
    if (reply.answerLost) {
        m_log.recordNote(
            std::string(what) + " " + std::string(orderLinkId) + ": the answer was lost (" + reply.retMsg +
                "); the order is looked up by orderLinkId",
            QJsonObject{{QStringLiteral("request"), text(what)}, {QStringLiteral("orderLinkId"), text(orderLinkId)}});
        return;
    }
    if (what == "create") {
        if (reply.ok)
            m_log.recordAck(symbol, orderLinkId, reply.orderId, reply.retCode, reply.retMsg);
        else if (reply.retCode != 110072) // a duplicate means the order exists: it is looked up
            m_log.recordReject(symbol, orderLinkId, reply.retCode, reply.retMsg);
        return;
    }
    if ((what == "cancel" || what == "amend") && !reply.ok) {
        m_log.recordRequestRefused(what, symbol, orderLinkId, reply.orderId, reply.retCode, reply.retMsg);
        return;
    }
    m_log.recordNote(std::string(what) + " " + std::string(symbol) + " " + std::string(orderLinkId) + ": " +
                         std::to_string(reply.retCode) + " " + reply.retMsg,
                     QJsonObject{{QStringLiteral("request"), text(what)}, {QStringLiteral("retCode"), reply.retCode}});
}

void AuditJournal::orderUpdate(const OrderUpdate &update, qint64)
{
    m_log.recordOrderUpdate(update, price(update.symbol, update.price), quantity(update.symbol, update.quantity),
                            quantity(update.symbol, update.cumulativeFilled));
}

void AuditJournal::execution(const Execution &execution, qint64)
{
    m_log.recordExecution(execution, price(execution.symbol, execution.price),
                          quantity(execution.symbol, execution.quantity), execution.fee.toString());
}

void AuditJournal::killSwitch(std::string_view action, std::string_view detail, qint64)
{
    if (action == "engaged" || action == "reset") {
        m_log.recordKillSwitch(action == "engaged", detail);
        return;
    }
    store::AuditRecord record;
    record.kind = store::AuditKind::KillSwitch;
    record.message = text(std::string(action) + ": " + std::string(detail));
    record.detail = QJsonObject{{QStringLiteral("action"), text(action)}};
    m_log.append(record);
}

void AuditJournal::venueState(bool up, std::string_view reason, qint64)
{
    m_log.recordVenueState(up ? "up" : "down", reason);
}

void AuditJournal::note(std::string_view kind, std::string_view message, qint64)
{
    if (kind == "reconcile")
        m_log.recordReconcile(message);
    else
        m_log.recordNote(message, QJsonObject{{QStringLiteral("about"), text(kind)}});
}

std::vector<RecordedIntent> AuditJournal::unfinishedIntents()
{
    std::vector<RecordedIntent> out;
    for (const store::AuditRecord &record : m_log.unfinishedIntents(m_log.venue())) {
        RecordedIntent recorded;
        recorded.timeMs = record.timeMs;
        recorded.orderId = record.orderId.toStdString();
        OrderIntent &intent = recorded.intent;
        intent.orderLinkId = record.orderLinkId.toStdString();
        intent.symbol = record.symbol.toStdString();
        intent.side = record.side == QLatin1String("Sell") ? Side::Sell : Side::Buy;
        const QString type = record.detail.value(QStringLiteral("orderType")).toString();
        intent.type = type == QLatin1String("Market") ? OrderType::Market : OrderType::Limit;
        const QString tif = record.detail.value(QStringLiteral("timeInForce")).toString();
        intent.timeInForce = tif == QLatin1String("IOC")        ? TimeInForce::IOC
                             : tif == QLatin1String("FOK")      ? TimeInForce::FOK
                             : tif == QLatin1String("PostOnly") ? TimeInForce::PostOnly
                                                                : TimeInForce::GTC;
        intent.reduceOnly = record.detail.value(QStringLiteral("reduceOnly")).toBool();
        if (const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(intent.symbol) : nullptr) {
            if (!record.price.isEmpty())
                intent.price = spec->price.toSteps(record.price.toStdString()).value;
            intent.quantity = spec->quantity.toNonNegativeSteps(record.qty.toStdString()).value;
        }
        // Without its instrument the intent still comes back by orderLinkId: that is what is looked up.
        if (isValidOrderLinkId(intent.orderLinkId))
            out.push_back(std::move(recorded));
    }
    return out;
}

std::optional<RecordedKill> AuditJournal::engagedKillSwitch()
{
    const store::AuditLog::KillSwitchState state = m_log.killSwitchState(m_log.venue());
    if (!state.engaged)
        return std::nullopt;
    RecordedKill kill;
    kill.reason = state.engagedRow.message.toStdString();
    kill.engagedMs = state.engagedRow.timeMs;
    if (state.finished) {
        kill.finishedMs = state.finished->timeMs;
        kill.finishedAs = state.finished->message.toStdString();
    }
    return kill;
}

} // namespace virtuoso::trading
