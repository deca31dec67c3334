#pragma once

#include "model/market/FixedPoint.h"
#include "model/trading/ExecIdWindow.h"

#include <QtGlobal>

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace virtuoso::trading {

using exchange::Lots;
using exchange::Ticks;
// Sums of price × quantity in ticks × lots: exact, and far beyond any account's turnover.
__extension__ using Notional = __int128;

enum class Side : std::uint8_t { Buy, Sell };
enum class OrderType : std::uint8_t { Market, Limit };
enum class TimeInForce : std::uint8_t { GTC, IOC, FOK, PostOnly };
// The price a take-profit or stop-loss watches (Bybit's tpTriggerBy / slTriggerBy; LastPrice is
// its default).
enum class TriggerBy : std::uint8_t { LastPrice, MarkPrice };

// The life of one order as this program knows it. PendingNew: recorded, sent or about to be, no
// answer yet. PendingCancel / PendingAmend: a request is out, the order is still live until the
// exchange says otherwise. Filled, Cancelled (possibly with a filled part) and Rejected are final.
enum class OrderStatus : std::uint8_t {
    PendingNew,
    New,
    PartiallyFilled,
    PendingCancel,
    PendingAmend,
    Filled,
    Cancelled,
    Rejected,
};

const char *orderStatusName(OrderStatus status);
// Bybit's words: "Buy"/"Sell", "Market"/"Limit", "GTC"/"IOC"/"FOK"/"PostOnly".
const char *sideName(Side side);
const char *orderTypeName(OrderType type);
const char *timeInForceName(TimeInForce timeInForce);
const char *triggerByName(TriggerBy trigger); // "LastPrice" / "MarkPrice"
std::optional<TriggerBy> triggerByFromName(std::string_view name);
bool isFinal(OrderStatus status);
// Bybit's orderStatus ("New", "PartiallyFilled", "Untriggered", "Filled", "Cancelled",
// "PartiallyFilledCanceled", "Rejected", "Triggered", "Deactivated") in our terms; nothing for an
// unknown text.
std::optional<OrderStatus> orderStatusFromBybit(std::string_view text);
// Bybit's orderLinkId rule: 1 to 36 characters of [A-Za-z0-9_-].
bool isValidOrderLinkId(std::string_view id);

// What the operator (or a plan) asked for, before anything is sent.
struct OrderIntent
{
    std::string orderLinkId; // our id, unique, chosen and recorded before sending
    std::string symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GTC;
    Ticks price = 0; // limit price in ticks; 0 for market orders
    Lots quantity = 0;
    bool reduceOnly = false;
    // Take-profit and stop-loss for the whole position once the order fills (Bybit's "Full" mode):
    // in ticks, 0 for none. The venue closes the position with a reduce-only market order when the
    // watched price reaches either.
    Ticks takeProfit = 0;
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
};

// One fill, as Bybit's execution record has it. execId identifies it: the same fill reported by the
// stream and by REST reconciliation is counted once.
struct Execution
{
    std::string execId;
    std::string orderId;
    std::string orderLinkId;
    std::string symbol;
    Side side = Side::Buy;
    Ticks price = 0;
    Lots quantity = 0;
    exchange::Decimal fee; // in the settle coin; negative for a maker rebate
    bool maker = false;
    qint64 timeMs = 0;
};

// The exchange's view of an order (private stream `order` topic, or /v5/order/realtime).
struct OrderUpdate
{
    std::string orderId;
    std::string orderLinkId;
    // What the order is; used when the order is adopted (placed elsewhere).
    std::string symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GTC;
    bool reduceOnly = false;
    OrderStatus status = OrderStatus::New;
    Lots cumulativeFilled = 0; // cumExecQty
    Ticks price = 0;           // current limit price (after an amend)
    Lots quantity = 0;         // current quantity (after an amend)
    std::string reason;        // rejectReason / cancelType, for the operator
    std::string stopOrderType; // "TakeProfit" / "StopLoss": the venue's close of a position
    Ticks takeProfit = 0;      // the order's own, for the position once it fills; 0: none
    Ticks stopLoss = 0;
    qint64 timeMs = 0; // updatedTime
};

struct Order
{
    OrderIntent intent;
    std::string orderId; // the exchange's, once acknowledged
    OrderStatus status = OrderStatus::PendingNew;
    Ticks price = 0;             // current price (the intent's until amended)
    Lots quantity = 0;           // current quantity
    Lots filled = 0;             // the larger of what executions and the exchange's cumulative say
    Lots executed = 0;           // the sum of the executions seen
    Notional filledNotional = 0; // sum of price ticks × lots of the executions seen
    std::string reason;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    Lots remaining() const { return quantity > filled ? quantity - filled : 0; }
    bool isOpen() const { return !isFinal(status); }
};

// Every order of one account and every fill, fed by whatever reports them — REST answers, the
// private stream, reconciliation after a reconnect — in any order and any number of times. The
// rules that keep an order from being lost or doubled:
// - an order is recorded (registerIntent) before it is sent, under an orderLinkId never used before;
// - a fill counts once, by execId, whoever reports it first;
// - the filled quantity never goes back, and a final state is never left (a late "New" after
//   "Filled" is history, not news);
// - a request to cancel or amend does not change what is live until the exchange says so.
// Memory stays bounded in a session of any length (retire()): an order that ended long enough ago
// that no report of it can still come, beyond the newest ones kept to be shown, is let go, and so
// is a fill's execId once no source can report the fill again (ExecIdWindow).
// Not thread-safe: one owner feeds it (the trading thread).
class OrderLedger
{
public:
    enum class Applied { Changed, Unchanged, Unknown, Refused };

    struct Retention
    {
        // Finished orders kept whatever their age (what the views list).
        std::size_t keepFinished = 1000;
        // A finished order older than the newest keepFinished is let go once it has been final
        // this long and every fill its exchange reported is counted.
        qint64 finishedForMs = 3'600'000;
        // Fills kept to be listed (executions()); each is counted before, however many are kept.
        std::size_t keepExecutions = 1000;
        // How long a fill's execId is remembered, in fill time and since it was reported
        // (ExecIdWindow); OrderManager keeps it well beyond its reconciliation overlap.
        qint64 execIdsForMs = ExecIdWindow::kDefaultKeepMs;
    };

    OrderLedger();
    explicit OrderLedger(Retention retention);

    // Records an order about to be sent. Refused (with the reason) when the id is malformed or
    // already known: sending it would make a second order, or be answered 110072.
    Applied registerIntent(const OrderIntent &intent, qint64 nowMs, std::string *error = nullptr);
    // The create request was answered with an orderId.
    Applied onAcknowledged(std::string_view orderLinkId, std::string_view orderId, qint64 nowMs);
    // The create request was refused (risk gate, or the exchange's retCode): final.
    Applied onRejected(std::string_view orderLinkId, std::string_view reason, qint64 nowMs);
    // A cancel or amend request is about to be sent for an open order.
    Applied onCancelRequested(std::string_view orderLinkId, qint64 nowMs);
    Applied onAmendRequested(std::string_view orderLinkId, qint64 nowMs);
    // A cancel or amend request was refused by the exchange: the order is as it was.
    Applied onRequestRefused(std::string_view orderLinkId, std::string_view reason, qint64 nowMs);
    // The exchange's state of an order, found by orderLinkId, else by orderId. An order this ledger
    // never recorded (placed elsewhere, e.g. on the exchange's website) is added as it is.
    Applied onUpdate(const OrderUpdate &update);
    // One fill, reported at `nowMs` (0: the latest report time given). Unchanged when its
    // execId was already counted.
    Applied onExecution(const Execution &execution, qint64 nowMs = 0);

    // Lets go of what no report can change any more (Retention); returns how many orders went.
    // Open orders, and finished ones still waiting for a fill the exchange reported, always stay.
    std::size_t retire(qint64 nowMs);
    const Retention &retention() const { return m_retention; }
    void setRetention(const Retention &retention);

    const Order *find(std::string_view orderLinkId) const;
    const Order *findByOrderId(std::string_view orderId) const;
    std::vector<const Order *> openOrders() const;
    // Calls fn(order) from the newest recorded order back, while it returns true.
    template<typename Fn>
    void forEachNewestFirst(Fn &&fn) const
    {
        for (auto it = m_orders.rbegin(); it != m_orders.rend(); ++it)
            if (!fn(it->second))
                return;
    }
    // Orders held now, and let go by retire() since the start.
    std::size_t size() const { return m_orders.size(); }
    std::size_t retiredCount() const { return m_retired; }
    // Fills counted since the start, each once.
    std::size_t executionCount() const { return m_executionCount; }
    // The newest fills (Retention::keepExecutions) in the order they were first reported, each once.
    const std::deque<Execution> &executions() const { return m_executions; }
    const ExecIdWindow &execIds() const { return m_execIds; }

private:
    using Seq = std::uint64_t;
    Order *lookup(std::string_view orderLinkId, std::string_view orderId, Seq *seq = nullptr);
    void trimExecutions();

    Retention m_retention;
    // By a number that grows with each order recorded: the order they were recorded in. Node-based,
    // so an Order stays where it is while others come and go.
    std::map<Seq, Order> m_orders;
    Seq m_nextSeq = 0;
    std::unordered_map<std::string, Seq> m_byLinkId;
    std::unordered_map<std::string, Seq> m_byOrderId;
    ExecIdWindow m_execIds;
    std::deque<Execution> m_executions;
    std::size_t m_executionCount = 0;
    std::size_t m_retired = 0;
};

} // namespace virtuoso::trading
