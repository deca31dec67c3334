#include "model/trading/TradePlanOrder.h"

#include "model/trading/OrderSizing.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace virtuoso::trading {

namespace {

// Steps of `price` on the grid: nearest, or down/up (a hair of binary error forgiven).
Ticks nearestTicks(double price, double tick)
{
    return static_cast<Ticks>(std::llround(price / tick));
}
Ticks floorTicks(double price, double tick)
{
    return static_cast<Ticks>(std::floor(price / tick + 1e-9));
}
Ticks ceilTicks(double price, double tick)
{
    return static_cast<Ticks>(std::ceil(price / tick - 1e-9));
}

} // namespace

PlanOrder planOrder(const exchange::InstrumentSpec &spec, const PlanOrderInputs &in)
{
    PlanOrder out;
    out.type = in.type;
    out.target = std::clamp(in.target, 0, 2);
    const bool isLong = in.direction == confluence::Direction::Long;
    out.side = isLong ? Side::Buy : Side::Sell;
    const double tick = spec.price.toDouble(1);
    if (in.direction == confluence::Direction::Neutral) {
        out.why = "no direction: the score is in neither zone";
        return out;
    }
    if (!(tick > 0) || !std::isfinite(in.entryPrice) || in.entryPrice <= 0) {
        out.why = "no price yet";
        return out;
    }
    out.entry = nearestTicks(in.entryPrice, tick);
    if (out.entry <= 0) {
        out.why = "no price yet";
        return out;
    }
    out.plan = outcomes::makeTradePlan(in.direction, spec.price.toDouble(out.entry), in.atr, in.swings.low,
                                       in.swings.high, in.settings);
    if (!out.plan.valid) {
        out.why = out.plan.why;
        return out;
    }
    // The stop away from the entry, at least a tick; the targets to the nearest tick, at least a tick
    // in the trade's favour.
    out.stop = isLong ? std::min(floorTicks(out.plan.stop, tick), out.entry - 1)
                      : std::max(ceilTicks(out.plan.stop, tick), out.entry + 1);
    if (out.stop <= 0) {
        out.why = "the stop is not above zero";
        return out;
    }
    for (size_t i = 0; i < out.targets.size(); ++i) {
        const Ticks t = nearestTicks(out.plan.targets[i], tick);
        out.targets[i] = isLong ? std::max(t, out.entry + 1) : std::max<Ticks>(1, std::min(t, out.entry - 1));
    }
    Lots lots = lotsForRisk(spec, in.equity, in.riskPercent, out.entry, out.stop);
    if (spec.maxOrderLots > 0)
        lots = std::min(lots, spec.maxOrderLots);
    out.riskLots = lots;
    if (in.maxNotional > 0 && std::isfinite(in.maxNotional)) {
        // The gate prices a market order at the mark, which is not the planned entry: 1 % headroom.
        const double limit = in.type == OrderType::Market ? in.maxNotional * 0.99 : in.maxNotional;
        const Lots allowed = lotsForNotional(spec, limit, out.entry);
        if (allowed < lots) {
            lots = allowed;
            out.cappedByNotional = true;
        }
    }
    if (lots <= 0 || lots < spec.minOrderLots) {
        out.why = out.cappedByNotional && out.riskLots >= spec.minOrderLots
                      ? "the order notional limit allows less than the minimum order of " +
                            spec.quantity.format(spec.minOrderLots)
                      : "the risk share buys less than the minimum order of " + spec.quantity.format(spec.minOrderLots);
        return out;
    }
    out.quantity = lots;
    const Ticks distance = std::llabs(out.entry - out.stop);
    out.risk = spec.quantity.toDouble(lots) * spec.price.toDouble(distance);
    out.riskPercent = in.equity > 0 ? out.risk / in.equity * 100.0 : 0;
    out.rewardRisk = static_cast<double>(std::llabs(out.targets[static_cast<size_t>(out.target)] - out.entry)) /
                     static_cast<double>(distance);
    out.valid = true;
    return out;
}

} // namespace virtuoso::trading
