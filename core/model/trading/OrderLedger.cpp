#include "model/trading/OrderLedger.h"

#include <algorithm>

namespace virtuoso::trading {

const char *sideName(Side side)
{
    return side == Side::Buy ? "Buy" : "Sell";
}

const char *orderTypeName(OrderType type)
{
    return type == OrderType::Market ? "Market" : "Limit";
}

const char *timeInForceName(TimeInForce timeInForce)
{
    switch (timeInForce) {
    case TimeInForce::GTC:
        return "GTC";
    case TimeInForce::IOC:
        return "IOC";
    case TimeInForce::FOK:
        return "FOK";
    case TimeInForce::PostOnly:
        return "PostOnly";
    }
    return "GTC";
}

const char *triggerByName(TriggerBy trigger)
{
    return trigger == TriggerBy::MarkPrice ? "MarkPrice" : "LastPrice";
}

std::optional<TriggerBy> triggerByFromName(std::string_view name)
{
    if (name == "LastPrice" || name.empty())
        return TriggerBy::LastPrice;
    if (name == "MarkPrice")
        return TriggerBy::MarkPrice;
    return std::nullopt;
}

namespace {

// Progress of an order's life: an update may move an order up this scale, never down.
int stage(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew:
        return 0;
    case OrderStatus::New:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingAmend:
        return 1;
    case OrderStatus::PartiallyFilled:
        return 2;
    case OrderStatus::Filled:
    case OrderStatus::Cancelled:
    case OrderStatus::Rejected:
        return 3;
    }
    return 0;
}

bool isPendingRequest(OrderStatus status)
{
    return status == OrderStatus::PendingCancel || status == OrderStatus::PendingAmend;
}

// The live state an order falls back to when a cancel or amend request ends without ending it.
OrderStatus liveStatus(const Order &order)
{
    return order.filled > 0 ? OrderStatus::PartiallyFilled : OrderStatus::New;
}

} // namespace

const char *orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew:
        return "PendingNew";
    case OrderStatus::New:
        return "New";
    case OrderStatus::PartiallyFilled:
        return "PartiallyFilled";
    case OrderStatus::PendingCancel:
        return "PendingCancel";
    case OrderStatus::PendingAmend:
        return "PendingAmend";
    case OrderStatus::Filled:
        return "Filled";
    case OrderStatus::Cancelled:
        return "Cancelled";
    case OrderStatus::Rejected:
        return "Rejected";
    }
    return "?";
}

bool isFinal(OrderStatus status)
{
    return stage(status) == 3;
}

std::optional<OrderStatus> orderStatusFromBybit(std::string_view text)
{
    if (text == "New" || text == "Created" || text == "Untriggered" || text == "Triggered" || text == "Active")
        return OrderStatus::New;
    if (text == "PartiallyFilled")
        return OrderStatus::PartiallyFilled;
    if (text == "Filled")
        return OrderStatus::Filled;
    if (text == "Cancelled" || text == "PartiallyFilledCanceled" || text == "Deactivated")
        return OrderStatus::Cancelled;
    if (text == "Rejected")
        return OrderStatus::Rejected;
    return std::nullopt;
}

bool isValidOrderLinkId(std::string_view id)
{
    if (id.empty() || id.size() > 36)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

OrderLedger::OrderLedger()
    : OrderLedger(Retention{})
{}

OrderLedger::OrderLedger(Retention retention)
    : m_retention(retention)
    , m_execIds(retention.execIdsForMs)
{}

void OrderLedger::setRetention(const Retention &retention)
{
    m_retention = retention;
    m_execIds.setKeepMs(retention.execIdsForMs);
    trimExecutions();
}

OrderLedger::Applied OrderLedger::registerIntent(const OrderIntent &intent, qint64 nowMs, std::string *error)
{
    const auto refuse = [error](std::string why) {
        if (error)
            *error = std::move(why);
        return Applied::Refused;
    };
    if (!isValidOrderLinkId(intent.orderLinkId))
        return refuse("orderLinkId '" + intent.orderLinkId + "' is not 1 to 36 characters of A-Z a-z 0-9 _ -");
    if (m_byLinkId.count(intent.orderLinkId))
        return refuse("orderLinkId '" + intent.orderLinkId + "' is already used by another order");
    if (intent.quantity <= 0)
        return refuse("the quantity must be positive");
    if (intent.type == OrderType::Limit && intent.price <= 0)
        return refuse("a limit order needs a positive price");
    Order order;
    order.intent = intent;
    order.price = intent.price;
    order.quantity = intent.quantity;
    order.createdMs = nowMs;
    order.updatedMs = nowMs;
    const Seq seq = m_nextSeq++;
    m_byLinkId.emplace(intent.orderLinkId, seq);
    m_orders.emplace(seq, std::move(order));
    return Applied::Changed;
}

Order *OrderLedger::lookup(std::string_view orderLinkId, std::string_view orderId, Seq *seq)
{
    const auto at = [&](Seq found) {
        if (seq)
            *seq = found;
        return &m_orders.at(found);
    };
    if (!orderLinkId.empty())
        if (const auto it = m_byLinkId.find(std::string(orderLinkId)); it != m_byLinkId.end())
            return at(it->second);
    if (!orderId.empty())
        if (const auto it = m_byOrderId.find(std::string(orderId)); it != m_byOrderId.end())
            return at(it->second);
    return nullptr;
}

OrderLedger::Applied OrderLedger::onAcknowledged(std::string_view orderLinkId, std::string_view orderId, qint64 nowMs)
{
    Seq seq = 0;
    Order *order = lookup(orderLinkId, {}, &seq);
    if (!order)
        return Applied::Unknown;
    bool changed = false;
    if (order->orderId.empty() && !orderId.empty()) {
        order->orderId = std::string(orderId);
        m_byOrderId.emplace(order->orderId, seq);
        changed = true;
    }
    // The stream may have told more already (a fill, the end); the ack never takes that back.
    if (order->status == OrderStatus::PendingNew) {
        order->status = liveStatus(*order);
        changed = true;
    }
    if (changed)
        order->updatedMs = nowMs;
    return changed ? Applied::Changed : Applied::Unchanged;
}

OrderLedger::Applied OrderLedger::onRejected(std::string_view orderLinkId, std::string_view reason, qint64 nowMs)
{
    Order *order = lookup(orderLinkId, {});
    if (!order)
        return Applied::Unknown;
    if (order->status != OrderStatus::PendingNew)
        return Applied::Unchanged; // the exchange has it: its own reports decide
    order->status = OrderStatus::Rejected;
    order->reason = std::string(reason);
    order->updatedMs = nowMs;
    return Applied::Changed;
}

OrderLedger::Applied OrderLedger::onCancelRequested(std::string_view orderLinkId, qint64 nowMs)
{
    Order *order = lookup(orderLinkId, {});
    if (!order)
        return Applied::Unknown;
    if (isFinal(order->status) || order->status == OrderStatus::PendingCancel)
        return Applied::Unchanged;
    order->status = OrderStatus::PendingCancel;
    order->updatedMs = nowMs;
    return Applied::Changed;
}

OrderLedger::Applied OrderLedger::onAmendRequested(std::string_view orderLinkId, qint64 nowMs)
{
    Order *order = lookup(orderLinkId, {});
    if (!order)
        return Applied::Unknown;
    if (isFinal(order->status) || isPendingRequest(order->status) || order->status == OrderStatus::PendingNew)
        return Applied::Unchanged;
    order->status = OrderStatus::PendingAmend;
    order->updatedMs = nowMs;
    return Applied::Changed;
}

OrderLedger::Applied OrderLedger::onRequestRefused(std::string_view orderLinkId, std::string_view reason, qint64 nowMs)
{
    Order *order = lookup(orderLinkId, {});
    if (!order)
        return Applied::Unknown;
    if (!isPendingRequest(order->status))
        return Applied::Unchanged;
    order->status = liveStatus(*order);
    order->reason = std::string(reason);
    order->updatedMs = nowMs;
    return Applied::Changed;
}

OrderLedger::Applied OrderLedger::onUpdate(const OrderUpdate &update)
{
    Seq seq = 0;
    Order *order = lookup(update.orderLinkId, update.orderId, &seq);
    if (!order) {
        // Placed elsewhere: adopted as the exchange describes it.
        if (update.orderId.empty())
            return Applied::Unknown;
        Order adopted;
        adopted.intent.orderLinkId = update.orderLinkId;
        adopted.intent.symbol = update.symbol;
        adopted.intent.side = update.side;
        adopted.intent.type = update.type;
        adopted.intent.timeInForce = update.timeInForce;
        adopted.intent.reduceOnly = update.reduceOnly;
        adopted.orderId = update.orderId;
        adopted.status = update.status;
        adopted.price = update.price;
        adopted.quantity = update.quantity;
        adopted.filled = update.cumulativeFilled;
        adopted.reason = update.reason.empty() ? update.stopOrderType : update.reason;
        adopted.intent.takeProfit = update.takeProfit;
        adopted.intent.stopLoss = update.stopLoss;
        adopted.createdMs = update.timeMs;
        adopted.updatedMs = update.timeMs;
        adopted.intent.price = update.price;
        adopted.intent.quantity = update.quantity;
        const Seq index = m_nextSeq++;
        m_orders.emplace(index, std::move(adopted));
        m_byOrderId.emplace(update.orderId, index);
        if (!update.orderLinkId.empty())
            m_byLinkId.emplace(update.orderLinkId, index);
        return Applied::Changed;
    }
    if (order->orderId.empty() && !update.orderId.empty()) {
        order->orderId = update.orderId;
        m_byOrderId.emplace(order->orderId, seq);
    }
    if (isFinal(order->status))
        return Applied::Unchanged; // a report older than the end
    bool changed = false;
    if (update.cumulativeFilled > order->filled) {
        order->filled = update.cumulativeFilled;
        changed = true;
    }
    bool amended = false;
    if (update.quantity > 0 && update.quantity != order->quantity) {
        order->quantity = std::max(update.quantity, order->filled);
        amended = true;
    }
    if (update.price > 0 && update.price != order->price) {
        order->price = update.price;
        amended = true;
    }
    changed = changed || amended;
    OrderStatus next = order->status;
    if (isFinal(update.status)) {
        next = update.status;
    } else if (isPendingRequest(order->status)) {
        // The request is still out: the order stays pending, unless this report carries the new
        // price or quantity, which answers an amend.
        if (order->status == OrderStatus::PendingAmend && amended)
            next = liveStatus(*order);
    } else {
        // Live: New, or PartiallyFilled once anything is filled; never back to an earlier stage.
        next = order->filled > 0 || update.status == OrderStatus::PartiallyFilled ? OrderStatus::PartiallyFilled
                                                                                  : OrderStatus::New;
        if (stage(next) < stage(order->status))
            next = order->status;
    }
    if (next != order->status) {
        order->status = next;
        changed = true;
    }
    if (!update.reason.empty() && isFinal(next) && order->reason != update.reason) {
        order->reason = update.reason;
        changed = true;
    }
    if (changed)
        order->updatedMs = std::max(order->updatedMs, update.timeMs);
    return changed ? Applied::Changed : Applied::Unchanged;
}

OrderLedger::Applied OrderLedger::onExecution(const Execution &execution, qint64 nowMs)
{
    if (execution.execId.empty() || execution.quantity <= 0)
        return Applied::Refused;
    if (!m_execIds.admit(execution.execId, execution.timeMs, nowMs))
        return Applied::Unchanged;
    ++m_executionCount;
    m_executions.push_back(execution);
    trimExecutions();
    Order *order = lookup(execution.orderLinkId, execution.orderId);
    if (!order)
        return Applied::Unknown; // counted; its order arrives with the next update or reconciliation
    order->executed += execution.quantity;
    order->filledNotional += static_cast<Notional>(execution.price) * execution.quantity;
    if (order->executed > order->filled)
        order->filled = order->executed;
    if (!isFinal(order->status)) {
        if (order->filled >= order->quantity)
            order->status = OrderStatus::Filled;
        else if (!isPendingRequest(order->status))
            order->status = OrderStatus::PartiallyFilled;
    }
    order->updatedMs = std::max(order->updatedMs, execution.timeMs);
    return Applied::Changed;
}

const Order *OrderLedger::find(std::string_view orderLinkId) const
{
    const auto it = m_byLinkId.find(std::string(orderLinkId));
    return it == m_byLinkId.end() ? nullptr : &m_orders.at(it->second);
}

const Order *OrderLedger::findByOrderId(std::string_view orderId) const
{
    const auto it = m_byOrderId.find(std::string(orderId));
    return it == m_byOrderId.end() ? nullptr : &m_orders.at(it->second);
}

std::vector<const Order *> OrderLedger::openOrders() const
{
    std::vector<const Order *> open;
    for (const auto &[seq, order] : m_orders)
        if (order.isOpen())
            open.push_back(&order);
    return open;
}

void OrderLedger::trimExecutions()
{
    while (m_executions.size() > m_retention.keepExecutions)
        m_executions.pop_front();
}

std::size_t OrderLedger::retire(qint64 nowMs)
{
    // The newest keepFinished finished orders stay; older ones go once nothing can change them:
    // final for finishedForMs (no report of a final order comes that late: the stream reports within
    // seconds, reconciliation lists open orders and looks up only the ones it still holds open) and
    // every fill the exchange reported counted (an order behind its fills is what reconciliation
    // reads the executions again for).
    m_execIds.forget(nowMs);
    std::size_t finished = 0;
    std::vector<Seq> leaving;
    for (auto it = m_orders.rbegin(); it != m_orders.rend(); ++it) {
        const Order &order = it->second;
        if (order.isOpen())
            continue;
        if (++finished <= m_retention.keepFinished)
            continue;
        if (order.updatedMs + m_retention.finishedForMs <= nowMs && order.executed >= order.filled)
            leaving.push_back(it->first);
    }
    for (const Seq seq : leaving) {
        const auto it = m_orders.find(seq);
        const Order &order = it->second;
        // An id another order holds now (an adopted report under a reused id) keeps its entry.
        if (const auto link = m_byLinkId.find(order.intent.orderLinkId);
            link != m_byLinkId.end() && link->second == seq)
            m_byLinkId.erase(link);
        if (const auto id = m_byOrderId.find(order.orderId); id != m_byOrderId.end() && id->second == seq)
            m_byOrderId.erase(id);
        m_orders.erase(it);
    }
    m_retired += leaving.size();
    return leaving.size();
}

} // namespace virtuoso::trading
