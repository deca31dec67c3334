#include "trading/OrderManager.h"

#include "base/Clock.h"
#include "trading/TradingJournal.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace virtuoso::trading {

namespace {

constexpr qint64 kDayMs = 86'400'000;

std::string base36(quint64 value)
{
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[value % 36]);
        value /= 36;
    } while (value != 0);
    return out;
}

// The ledger's order as a venue report, for the journal.
OrderUpdate updateOf(const Order &order)
{
    OrderUpdate u;
    u.orderId = order.orderId;
    u.orderLinkId = order.intent.orderLinkId;
    u.symbol = order.intent.symbol;
    u.side = order.intent.side;
    u.type = order.intent.type;
    u.timeInForce = order.intent.timeInForce;
    u.reduceOnly = order.intent.reduceOnly;
    u.status = order.status;
    u.cumulativeFilled = order.filled;
    u.price = order.price;
    u.quantity = order.quantity;
    u.reason = order.reason;
    u.timeMs = order.updatedMs;
    return u;
}

} // namespace

OrderManager::OrderManager(Venue &venue, const Clock &clock, InstrumentLookup instruments, TradingJournal *journal,
                           TradingSettings settings)
    : m_venue(venue)
    , m_clock(clock)
    , m_instruments(std::move(instruments))
    , m_journal(journal)
    , m_settings(settings)
    , m_gate(settings.risk)
{
    std::random_device device;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%06x", static_cast<unsigned>(device() & 0xffffffu));
    m_session = buffer;
    m_venue.setListener(this);
    m_dayStartMs = m_clock.epochMs() / kDayMs * kDayMs;
    OrderLedger::Retention retention = m_settings.retention;
    retention.execIdsForMs = std::max(retention.execIdsForMs, 4 * m_settings.reconcileOverlapMs);
    m_orders.setRetention(retention);
    m_positions.setExecIdsForMs(retention.execIdsForMs);
    m_lastRetireMonoMs = m_clock.monotonicMs();
}

OrderManager::~OrderManager()
{
    m_venue.setListener(nullptr);
}

void OrderManager::start()
{
    if (m_started)
        return;
    m_started = true;
    recoverUnfinished();
    restoreKillSwitch();
    m_venue.start();
    changed();
}

void OrderManager::recoverUnfinished()
{
    if (!m_journal)
        return;
    // Orders that may exist at the venue from before a restart: found by orderLinkId, never re-sent.
    // One whose instrument is not known yet cannot be registered (no grid for its quantity); it is
    // recovered by onInstrumentsKnown(). Registered ones are refused the second time: no double lookup.
    const qint64 nowMono = m_clock.monotonicMs();
    const qint64 nowEpoch = m_clock.epochMs();
    int recovered = 0;
    for (const RecordedIntent &recorded : m_journal->unfinishedIntents()) {
        if (m_orders.registerIntent(recorded.intent, recorded.timeMs) != OrderLedger::Applied::Changed)
            continue;
        if (!recorded.orderId.empty()) // it reached the venue: the lookup says in what state
            m_orders.onAcknowledged(recorded.intent.orderLinkId, recorded.orderId, nowEpoch);
        const qint64 age = std::max<qint64>(0, nowEpoch - recorded.timeMs);
        scheduleLookup(recorded.intent.orderLinkId, recorded.intent.symbol, nowMono - age, 0);
        ++recovered;
    }
    if (recovered > 0)
        m_journal->note("recovery",
                        std::to_string(recovered) + " unfinished orders from before the restart are looked up",
                        nowEpoch);
}

void OrderManager::onInstrumentsKnown()
{
    if (!m_started)
        return;
    m_instrumentsKnown = true;
    recoverUnfinished();
    if (m_streamUp)
        reconcile();
    rerunKillWhenReady();
    changed();
}

void OrderManager::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_venue.stop();
}

std::string OrderManager::nextOrderLinkId()
{
    // vw-<session>-<time>-<sequence>: unique across runs (time and a random session) and within one.
    return "vw-" + m_session + "-" + base36(static_cast<quint64>(m_clock.epochMs())) + "-" + base36(++m_sequence);
}

double OrderManager::quoteValue(const std::string &symbol, Notional ticksTimesLots) const
{
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(symbol) : nullptr;
    if (!spec)
        return 0;
    return static_cast<double>(ticksTimesLots) * spec->price.toDouble(1) * spec->quantity.toDouble(1);
}

Ticks OrderManager::mark(const std::string &symbol) const
{
    const auto it = m_marks.find(symbol);
    return it == m_marks.end() ? 0 : it->second;
}

double OrderManager::realisedPnl() const
{
    double total = 0;
    for (const auto &[symbol, position] : m_positions.positions()) {
        total += quoteValue(symbol, position.realised);
        total -= static_cast<double>(position.fees) * 1e-12;
    }
    return total;
}

double OrderManager::unrealisedPnl() const
{
    double total = 0;
    for (const auto &[symbol, position] : m_positions.positions()) {
        const Ticks markTicks = mark(symbol);
        if (position.size != 0 && markTicks > 0)
            total += quoteValue(symbol, position.unrealised(markTicks));
    }
    return total;
}

double OrderManager::dailyPnl() const
{
    return (realisedPnl() - m_dayStartRealised) + (unrealisedPnl() - m_dayStartUnrealised);
}

void OrderManager::rollDay()
{
    const qint64 dayStart = m_clock.epochMs() / kDayMs * kDayMs;
    if (dayStart == m_dayStartMs)
        return;
    m_dayStartMs = dayStart;
    m_dayStartRealised = realisedPnl();
    m_dayStartUnrealised = unrealisedPnl();
}

RiskContext OrderManager::riskContext(const std::string &symbol, const exchange::InstrumentSpec &spec) const
{
    RiskContext context;
    context.tickSize = spec.price.toDouble(1);
    context.qtyStep = spec.quantity.toDouble(1);
    context.markTicks = mark(symbol);
    // The venue's own report wins: it also knows positions opened before this run or elsewhere.
    if (const auto reported = m_venuePositions.find(symbol); reported != m_venuePositions.end())
        context.position = reported->second.size;
    else if (const Position *position = m_positions.find(symbol))
        context.position = position->size;
    for (const auto &[other, position] : m_positions.positions()) {
        if (other == symbol || position.size == 0)
            continue;
        const Ticks otherMark = mark(other);
        const Notional exposure = static_cast<Notional>(position.size < 0 ? -position.size : position.size) *
                                  (otherMark > 0 ? otherMark : static_cast<Ticks>(position.averageEntryTicks()));
        context.otherSymbolsNotional += quoteValue(other, exposure);
    }
    context.openOrders = static_cast<int>(m_orders.openOrders().size());
    context.dailyPnl = dailyPnl();
    context.killSwitchEngaged = m_killEngaged;
    return context;
}

OrderIntent OrderManager::intentOf(const OrderRequest &request)
{
    OrderIntent intent;
    intent.symbol = request.symbol;
    intent.side = request.side;
    intent.type = request.type;
    intent.timeInForce = request.type == OrderType::Market ? TimeInForce::IOC : request.timeInForce;
    intent.price = request.type == OrderType::Market ? 0 : request.price;
    intent.quantity = request.quantity;
    intent.reduceOnly = request.reduceOnly;
    intent.takeProfit = request.takeProfit;
    intent.stopLoss = request.stopLoss;
    intent.tpTriggerBy = request.tpTriggerBy;
    intent.slTriggerBy = request.slTriggerBy;
    return intent;
}

RiskDecision OrderManager::preview(const OrderRequest &request) const
{
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(request.symbol) : nullptr;
    if (!spec)
        return {};
    return m_gate.evaluate(intentOf(request), riskContext(request.symbol, *spec), m_clock.monotonicMs());
}

PlaceResult OrderManager::place(const OrderRequest &request, Venue::ReplyFn done)
{
    PlaceResult result;
    const qint64 nowEpoch = m_clock.epochMs();
    rollDay();
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(request.symbol) : nullptr;
    if (!spec) {
        result.error = "unknown symbol " + request.symbol;
        return result;
    }
    if (request.quantity <= 0) {
        result.error = "the quantity must be positive";
        return result;
    }
    if (request.type == OrderType::Limit && request.price <= 0) {
        result.error = "a limit order needs a positive price";
        return result;
    }
    if (spec->minOrderLots > 0 && request.quantity < spec->minOrderLots) {
        result.error = "the quantity " + spec->quantity.format(request.quantity) + " is below the minimum " +
                       spec->quantity.format(spec->minOrderLots);
        return result;
    }

    OrderIntent intent = intentOf(request);
    intent.orderLinkId = nextOrderLinkId();
    result.orderLinkId = intent.orderLinkId;

    result.decision = m_gate.check(intent, riskContext(request.symbol, *spec), m_clock.monotonicMs());
    if (m_journal)
        m_journal->riskDecision(intent, result.decision, nowEpoch);
    if (!result.decision.accepted()) {
        // Kept in the ledger as rejected, so the blotter shows what was refused and why.
        m_orders.registerIntent(intent, nowEpoch);
        m_orders.onRejected(intent.orderLinkId, "risk: " + result.decision.message, nowEpoch);
        result.error = result.decision.message;
        changed();
        return result;
    }

    std::string error;
    if (m_orders.registerIntent(intent, nowEpoch, &error) != OrderLedger::Applied::Changed) {
        result.error = error;
        return result;
    }
    // Durable before the order leaves: after a crash this orderLinkId is looked up, not re-sent.
    if (m_journal) {
        if (!m_journal->intent(intent, nowEpoch)) {
            result.error = "the audit log cannot record the order, so it is not sent";
            m_orders.onRejected(intent.orderLinkId, result.error, nowEpoch);
            changed();
            return result;
        }
        m_journal->request("create", intent.symbol, intent.orderLinkId, nowEpoch);
    }
    result.sent = true;
    changed();
    const std::string linkId = intent.orderLinkId;
    const std::string symbol = intent.symbol;
    const qint64 sentMono = m_clock.monotonicMs();
    m_venue.create(intent, [this, linkId, symbol, sentMono, done](const VenueReply &reply) {
        if (m_journal)
            m_journal->reply("create", symbol, linkId, reply, m_clock.epochMs());
        if (reply.answerLost)
            scheduleLookup(linkId, symbol, sentMono, m_settings.lostAnswerLookupDelayMs);
        else
            onCreateReply(linkId, symbol, reply);
        if (done)
            done(reply);
    });
    return result;
}

void OrderManager::onCreateReply(const std::string &orderLinkId, const std::string &symbol, const VenueReply &reply)
{
    const qint64 nowEpoch = m_clock.epochMs();
    if (reply.ok) {
        m_orders.onAcknowledged(orderLinkId, reply.orderId, nowEpoch);
    } else if (reply.retCode == 110072) {
        // The venue has an order under this id already (a request that got through before): find it.
        scheduleLookup(orderLinkId, symbol, m_clock.monotonicMs(), 0);
    } else {
        m_orders.onRejected(orderLinkId, venueReplyText(reply), nowEpoch);
    }
    changed();
}

void OrderManager::scheduleLookup(const std::string &orderLinkId, const std::string &symbol, qint64 sentMonoMs,
                                  qint64 delayMs)
{
    Lookup &lookup = m_lookups[orderLinkId];
    lookup.symbol = symbol;
    lookup.sentMonoMs = sentMonoMs;
    lookup.dueMonoMs = m_clock.monotonicMs() + delayMs;
    lookup.inFlight = false;
    if (delayMs == 0)
        runLookup(orderLinkId);
}

void OrderManager::runLookup(const std::string &orderLinkId)
{
    auto it = m_lookups.find(orderLinkId);
    if (it == m_lookups.end() || it->second.inFlight)
        return;
    it->second.inFlight = true;
    const std::string symbol = it->second.symbol;
    m_venue.queryOrder(
        symbol, orderLinkId, [this, orderLinkId](const VenueReply &reply, const std::vector<OrderUpdate> &found) {
            auto lookup = m_lookups.find(orderLinkId);
            if (lookup == m_lookups.end())
                return;
            lookup->second.inFlight = false;
            const qint64 nowMono = m_clock.monotonicMs();
            if (!reply.ok) {
                lookup->second.dueMonoMs = nowMono + m_settings.lookupRetryMs;
                return;
            }
            if (!found.empty()) {
                for (const OrderUpdate &update : found)
                    applyUpdate(update); // may end the lookup itself (a final state)
                m_lookups.erase(orderLinkId);
                changed();
                return;
            }
            const Order *order = m_orders.find(orderLinkId);
            if (order && !order->orderId.empty()) {
                // Acknowledged, so it did reach the venue, which no longer knows it (it keeps only the
                // newest finished orders): not open any more, and any fills come from its executions.
                OrderUpdate gone = updateOf(*order);
                gone.status = OrderStatus::Cancelled;
                gone.reason = "acknowledged as " + order->orderId +
                              ", no longer known at the venue; its fills are read from the venue's executions";
                gone.timeMs = m_clock.epochMs();
                applyUpdate(gone);
                m_lookups.erase(orderLinkId);
                changed();
                return;
            }
            if (nowMono - lookup->second.sentMonoMs >= m_settings.lostAnswerLookupDelayMs) {
                // Past the venue's recv_window the request can no longer be accepted: it never arrived.
                m_orders.onRejected(orderLinkId, "never reached the venue: no order under this orderLinkId",
                                    m_clock.epochMs());
                if (m_journal) {
                    m_journal->note("lookup", orderLinkId + ": not at the venue, the request expired unplaced",
                                    m_clock.epochMs());
                    // Its end in the journal too, so that the next start does not look it up again.
                    if (const Order *rejected = m_orders.find(orderLinkId))
                        m_journal->orderUpdate(updateOf(*rejected), m_clock.epochMs());
                }
                m_lookups.erase(lookup);
                changed();
                return;
            }
            lookup->second.dueMonoMs = lookup->second.sentMonoMs + m_settings.lostAnswerLookupDelayMs;
        });
}

std::string OrderManager::cancel(const std::string &orderLinkId, Venue::ReplyFn done)
{
    const Order *order = m_orders.find(orderLinkId);
    if (!order)
        return "no order " + orderLinkId;
    if (!order->isOpen())
        return "order " + orderLinkId + " is " + orderStatusName(order->status);
    const qint64 nowEpoch = m_clock.epochMs();
    m_orders.onCancelRequested(orderLinkId, nowEpoch);
    const std::string symbol = order->intent.symbol;
    if (m_journal)
        m_journal->request("cancel", symbol, orderLinkId, nowEpoch);
    changed();
    m_venue.cancel(symbol, orderLinkId, order->orderId, [this, orderLinkId, symbol, done](const VenueReply &reply) {
        const qint64 now = m_clock.epochMs();
        if (m_journal)
            m_journal->reply("cancel", symbol, orderLinkId, reply, now);
        // Refused (e.g. 110001/110008: already finished) or lost: the order is as the venue will report it.
        if (!reply.ok)
            m_orders.onRequestRefused(orderLinkId, venueReplyText(reply), now);
        changed();
        if (done)
            done(reply);
    });
    return {};
}

std::string OrderManager::amend(const std::string &orderLinkId, std::optional<Ticks> price,
                                std::optional<Lots> quantity, Venue::ReplyFn done, AmendRefusal *refusal)
{
    const auto refuse = [refusal](AmendRefusal why, std::string text) {
        if (refusal)
            *refusal = why;
        return text;
    };
    if (refusal)
        *refusal = AmendRefusal::None;
    const Order *order = m_orders.find(orderLinkId);
    if (!order)
        return refuse(AmendRefusal::NoOrder, "no order " + orderLinkId);
    if (!order->isOpen() || order->status == OrderStatus::PendingNew)
        return refuse(AmendRefusal::NotNow, "order " + orderLinkId + " is " + orderStatusName(order->status));
    if ((price && *price <= 0) || (quantity && *quantity <= 0))
        return refuse(AmendRefusal::Invalid, "an amended price and quantity must be positive");
    if (!price && !quantity)
        return refuse(AmendRefusal::Invalid, "nothing to amend");
    const std::string symbol = order->intent.symbol;
    const exchange::InstrumentSpec *spec = m_instruments ? m_instruments(symbol) : nullptr;
    if (!spec)
        return refuse(AmendRefusal::NotNow, "unknown symbol " + symbol);
    if (price && order->intent.type != OrderType::Limit)
        return refuse(AmendRefusal::Invalid, "only a limit order has a price to amend");
    if (quantity && spec->minOrderLots > 0 && *quantity < spec->minOrderLots)
        return refuse(AmendRefusal::Invalid, "the quantity " + spec->quantity.format(*quantity) +
                                                 " is below the minimum " + spec->quantity.format(spec->minOrderLots));
    const qint64 nowEpoch = m_clock.epochMs();
    // The order as amended passes the same gate as a new one: a larger size or a price outside the
    // band is refused, and with the kill switch engaged only a reduce-only order may change. The
    // order is open already, so it does not count against the open-order limit a second time.
    OrderIntent amended = order->intent;
    if (price)
        amended.price = *price;
    if (quantity)
        amended.quantity = *quantity;
    RiskContext context = riskContext(symbol, *spec);
    context.openOrders = std::max(0, context.openOrders - 1);
    const RiskDecision decision = m_gate.check(amended, context, m_clock.monotonicMs());
    if (m_journal)
        m_journal->riskDecision(amended, decision, nowEpoch);
    if (!decision.accepted())
        return refuse(AmendRefusal::Risk, "risk: " + decision.message);
    m_orders.onAmendRequested(orderLinkId, nowEpoch);
    if (m_journal)
        m_journal->request("amend", symbol, orderLinkId, nowEpoch);
    changed();
    m_venue.amend(symbol, orderLinkId, order->orderId, price, quantity,
                  [this, orderLinkId, symbol, done](const VenueReply &reply) {
                      const qint64 now = m_clock.epochMs();
                      if (m_journal)
                          m_journal->reply("amend", symbol, orderLinkId, reply, now);
                      if (!reply.ok)
                          m_orders.onRequestRefused(orderLinkId, venueReplyText(reply), now);
                      changed();
                      if (done)
                          done(reply);
                  });
    return {};
}

void OrderManager::cancelAll(const std::string &symbol, Venue::ReplyFn done)
{
    const qint64 nowEpoch = m_clock.epochMs();
    for (const Order *order : m_orders.openOrders()) {
        if (symbol.empty() || order->intent.symbol == symbol)
            m_orders.onCancelRequested(order->intent.orderLinkId, nowEpoch);
    }
    if (m_journal)
        m_journal->request("cancel_all", symbol, {}, nowEpoch);
    changed();
    m_venue.cancelAll(symbol, [this, symbol, done](const VenueReply &reply) {
        if (m_journal)
            m_journal->reply("cancel_all", symbol, {}, reply, m_clock.epochMs());
        if (done)
            done(reply);
    });
}

void OrderManager::onMark(const std::string &symbol, Ticks markTicks)
{
    if (markTicks <= 0)
        return;
    m_marks[symbol] = markTicks;
    checkLossLimit();
}

void OrderManager::applyUpdate(const OrderUpdate &update)
{
    if (m_orders.onUpdate(update) == OrderLedger::Applied::Changed && m_journal)
        m_journal->orderUpdate(update, m_clock.epochMs());
    if (!update.orderLinkId.empty() && isFinal(update.status))
        m_lookups.erase(update.orderLinkId);
}

bool OrderManager::applyExecution(const Execution &execution)
{
    // Unknown: a fill of an order this run never saw (placed before a restart, or elsewhere). It is
    // counted all the same; only a repeat (Unchanged) or a malformed one (Refused) is not.
    const qint64 nowEpoch = m_clock.epochMs();
    const Order *order = execution.orderLinkId.empty() ? nullptr : m_orders.find(execution.orderLinkId);
    const bool wasOpen = order && order->isOpen();
    const OrderLedger::Applied applied = m_orders.onExecution(execution, nowEpoch);
    if (applied != OrderLedger::Applied::Changed && applied != OrderLedger::Applied::Unknown)
        return false;
    m_positions.apply(execution, nowEpoch);
    m_newestExecutionMs = std::max(m_newestExecutionMs, execution.timeMs);
    if (m_journal) {
        m_journal->execution(execution, nowEpoch);
        // A fill that completes the order ends it: the journal records the end, or after a restart
        // the order would count as unfinished. The venue's own "Filled" report then changes nothing.
        order = wasOpen ? m_orders.find(execution.orderLinkId) : nullptr;
        if (order && !order->isOpen())
            m_journal->orderUpdate(updateOf(*order), nowEpoch);
    }
    return true;
}

void OrderManager::onVenueOrder(const OrderUpdate &update)
{
    applyUpdate(update);
    changed();
}

void OrderManager::onVenueExecution(const Execution &execution)
{
    if (applyExecution(execution)) {
        checkLossLimit();
        changed();
    }
}

void OrderManager::onVenuePosition(const PositionReport &position)
{
    m_venuePositions[position.symbol] = position; // flat reports are kept: the venue says "flat"
    if (position.markTicks > 0)
        m_marks[position.symbol] = position.markTicks;
    changed();
}

void OrderManager::onVenueWallet(const WalletReport &wallet)
{
    m_wallet = wallet;
    changed();
}

void OrderManager::onVenueStream(bool up, const std::string &reason)
{
    const bool wasUp = m_streamUp;
    m_streamUp = up;
    m_streamReason = reason;
    if (m_journal)
        m_journal->venueState(up, reason, m_clock.epochMs());
    if (up) {
        m_streamDownSinceMonoMs = 0;
        // Whatever happened while the stream was down is read back now.
        reconcile();
        rerunKillWhenReady();
    } else if (wasUp || m_streamDownSinceMonoMs == 0) {
        m_streamDownSinceMonoMs = m_clock.monotonicMs();
    }
    changed();
}

void OrderManager::reconcile(std::function<void(bool, const std::string &)> done)
{
    if (m_reconciling) {
        // The running pass may have read the venue before what this call is about (a reconnect
        // just after it began): another pass follows it.
        m_reconcileAgain = true;
        if (done)
            done(false, "a reconciliation is already running; another follows it");
        return;
    }
    m_reconciling = true;
    struct Progress
    {
        int pending = 4;
        bool ok = true;
        int ordersChanged = 0;
        int fillsFound = 0;
        std::string errors;
    };
    auto progress = std::make_shared<Progress>();
    auto finishOne = [this, progress, done]() {
        if (--progress->pending > 0)
            return;
        m_reconciling = false;
        m_lastReconcileMs = m_clock.epochMs();
        m_lastReconcileOk = progress->ok;
        const std::string summary = std::to_string(progress->ordersChanged) + " orders updated, " +
                                    std::to_string(progress->fillsFound) + " fills found" +
                                    (progress->errors.empty() ? "" : "; failed: " + progress->errors);
        if (m_journal)
            m_journal->note("reconcile", summary, m_clock.epochMs());
        // The orders and the executions are read in parallel: an order the venue reports filled
        // beyond the executions seen had a fill land between the two reads. One more pass reads
        // them again (one only: a venue whose list lacks a fill for good is not asked forever).
        bool behind = false;
        m_orders.forEachNewestFirst([&behind](const Order &order) {
            behind = order.filled > order.executed;
            return !behind;
        });
        if (behind && !m_reconcileCatchUp) {
            m_reconcileCatchUp = true;
            m_reconcileAgain = true;
        } else {
            m_reconcileCatchUp = false;
        }
        checkLossLimit();
        changed();
        if (done)
            done(progress->ok, summary);
        if (m_reconcileAgain && !m_reconciling) {
            m_reconcileAgain = false;
            reconcile();
        }
    };
    auto fail = [progress](const char *what, const VenueReply &reply) {
        progress->ok = false;
        progress->errors +=
            std::string(progress->errors.empty() ? "" : ", ") + what + " (" + venueReplyText(reply) + ")";
    };

    m_venue.openOrders([this, progress, finishOne, fail](const VenueReply &reply,
                                                         const std::vector<OrderUpdate> &open) {
        if (!reply.ok) {
            fail("open orders", reply);
            finishOne();
            return;
        }
        std::unordered_map<std::string, bool> listed;
        for (const OrderUpdate &update : open) {
            if (m_orders.onUpdate(update) == OrderLedger::Applied::Changed) {
                ++progress->ordersChanged;
                if (m_journal)
                    m_journal->orderUpdate(update, m_clock.epochMs());
            }
            if (!update.orderLinkId.empty())
                listed[update.orderLinkId] = true;
            if (!update.orderId.empty())
                listed[update.orderId] = true;
        }
        // Our open orders the venue no longer lists ended while we were away: ask for each.
        std::vector<std::pair<std::string, std::string>> gone;
        for (const Order *order : m_orders.openOrders()) {
            if (order->status == OrderStatus::PendingNew && order->orderId.empty())
                continue; // its create is still being answered or looked up
            if (!listed.count(order->intent.orderLinkId) && !(order->orderId.size() && listed.count(order->orderId)))
                gone.emplace_back(order->intent.orderLinkId, order->intent.symbol);
        }
        progress->pending += static_cast<int>(gone.size());
        for (const auto &[linkId, symbol] : gone) {
            m_venue.queryOrder(
                symbol, linkId,
                [this, progress, finishOne, fail](const VenueReply &r, const std::vector<OrderUpdate> &found) {
                    if (!r.ok)
                        fail("order lookup", r);
                    for (const OrderUpdate &update : found) {
                        if (m_orders.onUpdate(update) == OrderLedger::Applied::Changed) {
                            ++progress->ordersChanged;
                            if (m_journal)
                                m_journal->orderUpdate(update, m_clock.epochMs());
                        }
                    }
                    finishOne();
                });
        }
        finishOne();
    });
    const qint64 since =
        m_newestExecutionMs > 0 ? m_newestExecutionMs - m_settings.reconcileOverlapMs : m_clock.epochMs() - kDayMs;
    m_venue.executionsSince(
        since, [this, progress, finishOne, fail](const VenueReply &reply, const std::vector<Execution> &fills) {
            if (!reply.ok)
                fail("executions", reply);
            for (const Execution &execution : fills) {
                if (applyExecution(execution))
                    ++progress->fillsFound;
            }
            finishOne();
        });
    m_venue.positions([this, finishOne, fail](const VenueReply &reply, const std::vector<PositionReport> &list) {
        if (!reply.ok) {
            fail("positions", reply);
        } else {
            for (auto &[symbol, known] : m_venuePositions)
                known.size = 0; // absent from the list: flat
            for (const PositionReport &position : list) {
                m_venuePositions[position.symbol] = position;
                if (position.markTicks > 0)
                    m_marks[position.symbol] = position.markTicks;
            }
        }
        finishOne();
    });
    m_venue.wallet([this, finishOne, fail](const VenueReply &reply, const WalletReport &wallet) {
        if (!reply.ok)
            fail("wallet", reply);
        else
            m_wallet = wallet;
        finishOne();
    });
}

void OrderManager::checkLossLimit()
{
    if (m_killEngaged)
        return;
    rollDay();
    if (m_gate.lossLimitReached(dailyPnl()))
        engageKillSwitch("daily loss limit: " + std::to_string(dailyPnl()) + " against the limit " +
                         std::to_string(m_gate.limits().dailyLossLimit));
}

void OrderManager::tick()
{
    const qint64 nowMono = m_clock.monotonicMs();
    rollDay();
    if (nowMono - m_lastRetireMonoMs >= m_settings.retireEveryMs) {
        m_lastRetireMonoMs = nowMono;
        const qint64 nowEpoch = m_clock.epochMs();
        m_orders.retire(nowEpoch);
        m_positions.forgetFills(nowEpoch);
    }
    std::vector<std::string> due;
    for (const auto &[linkId, lookup] : m_lookups) {
        if (!lookup.inFlight && lookup.dueMonoMs <= nowMono)
            due.push_back(linkId);
    }
    for (const std::string &linkId : due)
        runLookup(linkId);
    if (m_settings.killOnStreamLossMs > 0 && m_started && !m_streamUp && m_streamDownSinceMonoMs > 0 &&
        !m_killEngaged && nowMono - m_streamDownSinceMonoMs >= m_settings.killOnStreamLossMs) {
        engageKillSwitch("the private stream has been down for " +
                         std::to_string((nowMono - m_streamDownSinceMonoMs) / 1000) + " s (" + m_streamReason + ")");
    }
}

// The kill switch ------------------------------------------------------------------------------

void OrderManager::changed()
{
    if (m_observer)
        m_observer();
}

} // namespace virtuoso::trading
