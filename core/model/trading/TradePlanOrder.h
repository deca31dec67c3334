#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/outcomes/TradePlan.h"
#include "model/trading/OrderLedger.h"

#include <array>
#include <string>

namespace virtuoso::trading {

// A trade plan turned into the order that carries it: the plan of outcomes::makeTradePlan (the rule
// the outcome tracker measures) from the plan timeframe's ATR(14) and swings, on the instrument's
// grid, sized so that the stop loses the configured share of equity.
struct PlanOrder
{
    bool valid = false;
    std::string why; // when not valid: what is missing or refused
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    outcomes::TradePlan plan;       // from the entry on the grid, before the stop and targets are snapped
    Ticks entry = 0;                // the limit price, or for a market order the price it is planned from
    Ticks stop = 0;                 // snapped away from the entry: the loss never grows by the rounding
    std::array<Ticks, 3> targets{}; // 1R, 2R, 3R (the plan's multiples), nearest tick
    int target = 1;                 // the index of the target sent as the take-profit
    Lots quantity = 0;
    double risk = 0;        // the loss at the stop in the quote coin: quantity × |entry − stop|
    double riskPercent = 0; // the same as a share of the equity, in %
    double rewardRisk = 0;  // |take-profit − entry| / |entry − stop|
    // The risk share asked for more than maxNotional allows: the quantity is that limit's, so the
    // loss at the stop (risk, riskPercent) is below the share.
    bool cappedByNotional = false;
    Lots riskLots = 0; // what the risk share alone would have bought
};

struct PlanOrderInputs
{
    confluence::Direction direction = confluence::Direction::Neutral;
    double entryPrice = 0; // the touch (a limit) or the last price (a market order)
    OrderType type = OrderType::Limit;
    double atr = NAN; // the plan timeframe's ATR(14)
    outcomes::SwingLevels swings;
    double equity = 0;      // the account's equity, in the quote coin
    double riskPercent = 0; // the share of equity lost at the stop
    int target = 1;         // 0, 1, 2: the take-profit at 1R, 2R or 3R
    // The largest notional one order may have (the risk gate's max order notional); 0: no limit. A
    // plan the gate would refuse for its size is sized down to it instead (a market order to 99 % of
    // it, since the gate prices it at the mark rather than the planned entry).
    double maxNotional = 0;
    outcomes::TradePlanSettings settings;
};

// The order of a plan, or why there is none (no direction, no price, no ATR yet, a size below the
// instrument's minimum). The quantity is rounded DOWN to the lot and capped at the instrument's
// maximum and at maxNotional, so the loss at the stop never exceeds the share.
PlanOrder planOrder(const exchange::InstrumentSpec &spec, const PlanOrderInputs &in);

} // namespace virtuoso::trading
