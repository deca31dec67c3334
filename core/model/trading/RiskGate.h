#pragma once

#include "model/trading/OrderLedger.h"

#include <QtGlobal>

#include <deque>
#include <string>

namespace virtuoso::trading {

// The limits of the [risk] section. A limit of 0 is off. Money is in the quote coin (USDT).
struct RiskLimits
{
    double maxOrderNotional = 0;    // one order: price × quantity
    double maxPositionNotional = 0; // one symbol's position after the order, at the mark
    double maxTotalNotional = 0;    // every symbol's position after the order, at the marks
    int maxOpenOrders = 0;          // orders live at once, this one included
    int maxOrdersPerSecond = 0;     // orders sent in any one-second window, this one included
    double priceBandPercent = 0;    // a limit price this far from the mark is a fat finger
    double dailyLossLimit = 0;      // realised + unrealised loss today that trips the kill switch
};

enum class RiskRule {
    None,
    KillSwitch,
    ReduceOnly,
    OrderNotional,
    PositionNotional,
    TotalNotional,
    OpenOrders,
    OrderRate,
    PriceBand,
    DailyLoss,
    NoMarkPrice,
};

const char *riskRuleName(RiskRule rule); // "max_order_notional", ... as in the [risk] keys

// What the gate needs to know about the order's market and the account, in the quote coin.
struct RiskContext
{
    double tickSize = 0;             // the instrument's price step
    double qtyStep = 0;              // its quantity step
    Ticks markTicks = 0;             // mark price; 0 when unknown
    Lots position = 0;               // the symbol's position, signed (> 0 long)
    double otherSymbolsNotional = 0; // |position| × mark of every other symbol
    int openOrders = 0;              // live orders of the account now
    double dailyPnl = 0;             // realised + unrealised since the day began (negative: a loss)
    bool killSwitchEngaged = false;
};

struct RiskDecision
{
    RiskRule rule = RiskRule::None; // None: accepted
    std::string message;            // which rule and the numbers, for the operator and the audit log

    bool accepted() const { return rule == RiskRule::None; }
};

// Checks every order before it is sent; the first rule that fails refuses it and says why with
// the numbers. While the kill switch is engaged only reduce-only orders pass (they can only take
// risk off, and the kill switch flattens with them). Accepted orders are counted for the rate
// limit, so call check() once per order about to be sent. Not thread-safe: the trading thread owns it.
class RiskGate
{
public:
    explicit RiskGate(RiskLimits limits = {})
        : m_limits(limits)
    {}

    void setLimits(const RiskLimits &limits) { m_limits = limits; }
    const RiskLimits &limits() const { return m_limits; }

    RiskDecision check(const OrderIntent &order, const RiskContext &context, qint64 nowMs);
    // The verdict check() would give now, without counting the order (a ticket's preview).
    RiskDecision evaluate(const OrderIntent &order, const RiskContext &context, qint64 nowMs) const;
    // True when the day's loss has reached the limit: the caller engages the kill switch.
    bool lossLimitReached(double dailyPnl) const;

private:
    RiskLimits m_limits;
    std::deque<qint64> m_recentOrdersMs; // accepted orders within the last second
};

} // namespace virtuoso::trading
