#include "model/trading/RiskGate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace virtuoso::trading {

namespace {

std::string money(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
}

RiskDecision refuse(RiskRule rule, std::string message)
{
    return {rule, std::move(message)};
}

} // namespace

const char *riskRuleName(RiskRule rule)
{
    switch (rule) {
    case RiskRule::None:
        return "none";
    case RiskRule::KillSwitch:
        return "kill_switch";
    case RiskRule::ReduceOnly:
        return "reduce_only";
    case RiskRule::OrderNotional:
        return "max_order_notional";
    case RiskRule::PositionNotional:
        return "max_position_notional";
    case RiskRule::TotalNotional:
        return "max_total_notional";
    case RiskRule::OpenOrders:
        return "max_open_orders";
    case RiskRule::OrderRate:
        return "max_orders_per_second";
    case RiskRule::PriceBand:
        return "price_band_percent";
    case RiskRule::DailyLoss:
        return "daily_loss_limit";
    case RiskRule::NoMarkPrice:
        return "mark_price";
    }
    return "?";
}

bool RiskGate::lossLimitReached(double dailyPnl) const
{
    return m_limits.dailyLossLimit > 0 && -dailyPnl >= m_limits.dailyLossLimit;
}

RiskDecision RiskGate::check(const OrderIntent &order, const RiskContext &c, qint64 nowMs)
{
    while (!m_recentOrdersMs.empty() && nowMs - m_recentOrdersMs.front() >= 1000)
        m_recentOrdersMs.pop_front();
    RiskDecision decision = evaluate(order, c, nowMs);
    if (decision.accepted())
        m_recentOrdersMs.push_back(nowMs);
    return decision;
}

RiskDecision RiskGate::evaluate(const OrderIntent &order, const RiskContext &c, qint64 nowMs) const
{
    const Lots signedQty = order.side == Side::Buy ? order.quantity : -order.quantity;
    const Lots after = c.position + signedQty;
    // Reduce-only: the opposite side of the position, at most its size.
    const bool reduces =
        c.position != 0 && (c.position > 0) != (signedQty > 0) && std::llabs(signedQty) <= std::llabs(c.position);
    if (order.reduceOnly && !reduces)
        return refuse(RiskRule::ReduceOnly, "reduce-only " + std::string(order.side == Side::Buy ? "buy" : "sell") +
                                                " of " + std::to_string(order.quantity) +
                                                " lots would not reduce the position of " + std::to_string(c.position) +
                                                " lots");
    if (c.killSwitchEngaged && !order.reduceOnly)
        return refuse(RiskRule::KillSwitch, "the kill switch is engaged: only reduce-only orders until it is reset");
    if (lossLimitReached(c.dailyPnl) && !order.reduceOnly)
        return refuse(RiskRule::DailyLoss, "today's loss " + money(-c.dailyPnl) + " has reached the daily limit " +
                                               money(m_limits.dailyLossLimit));

    const double mark = static_cast<double>(c.markTicks) * c.tickSize;
    const bool needsMark = m_limits.maxPositionNotional > 0 || m_limits.maxTotalNotional > 0 ||
                           m_limits.priceBandPercent > 0 ||
                           (order.type == OrderType::Market && m_limits.maxOrderNotional > 0);
    // A reduce-only order can only take risk off: it never waits for a mark (the kill switch
    // flattens with them even before the first mark arrives).
    if (needsMark && c.markTicks <= 0 && !order.reduceOnly)
        return refuse(RiskRule::NoMarkPrice,
                      "no mark price for " + order.symbol + " yet: the limits cannot be checked");

    const double quantity = static_cast<double>(order.quantity) * c.qtyStep;
    const double price = order.type == OrderType::Limit ? static_cast<double>(order.price) * c.tickSize : mark;
    if (m_limits.maxOrderNotional > 0 && !order.reduceOnly) {
        const double notional = price * quantity;
        if (notional > m_limits.maxOrderNotional)
            return refuse(RiskRule::OrderNotional, "order notional " + money(notional) + " exceeds the limit " +
                                                       money(m_limits.maxOrderNotional));
    }
    if (m_limits.priceBandPercent > 0 && order.type == OrderType::Limit && c.markTicks > 0) {
        const double distance = std::fabs(price - mark) / mark * 100.0;
        if (distance > m_limits.priceBandPercent)
            return refuse(RiskRule::PriceBand, "limit price " + money(price) + " is " + money(distance) +
                                                   " % from the mark " + money(mark) + "; the band is " +
                                                   money(m_limits.priceBandPercent) + " %");
    }
    // Exposure only counts against the limits when the order adds to it.
    const bool increases = std::llabs(after) > std::llabs(c.position);
    const double positionAfter = static_cast<double>(std::llabs(after)) * c.qtyStep * mark;
    if (increases && m_limits.maxPositionNotional > 0 && positionAfter > m_limits.maxPositionNotional)
        return refuse(RiskRule::PositionNotional, order.symbol + " position after the order " + money(positionAfter) +
                                                      " exceeds the limit " + money(m_limits.maxPositionNotional));
    if (increases && m_limits.maxTotalNotional > 0 &&
        positionAfter + c.otherSymbolsNotional > m_limits.maxTotalNotional)
        return refuse(RiskRule::TotalNotional, "total position after the order " +
                                                   money(positionAfter + c.otherSymbolsNotional) +
                                                   " exceeds the limit " + money(m_limits.maxTotalNotional));
    if (m_limits.maxOpenOrders > 0 && !order.reduceOnly && c.openOrders + 1 > m_limits.maxOpenOrders)
        return refuse(RiskRule::OpenOrders, std::to_string(c.openOrders) + " orders are open; the limit is " +
                                                std::to_string(m_limits.maxOpenOrders));
    const auto recent = std::count_if(m_recentOrdersMs.begin(), m_recentOrdersMs.end(),
                                      [nowMs](qint64 sentMs) { return nowMs - sentMs < 1000; });
    // The kill switch's own orders are never held back by the rate.
    if (m_limits.maxOrdersPerSecond > 0 && !c.killSwitchEngaged && recent + 1 > m_limits.maxOrdersPerSecond)
        return refuse(RiskRule::OrderRate, std::to_string(recent) + " orders in the last second; the limit is " +
                                               std::to_string(m_limits.maxOrdersPerSecond));
    return {};
}

} // namespace virtuoso::trading
