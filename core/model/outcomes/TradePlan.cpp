#include "model/outcomes/TradePlan.h"

#include <algorithm>

namespace virtuoso::outcomes {

TradePlan makeTradePlan(Direction direction, double entry, double atr, double swingLow, double swingHigh,
                        const TradePlanSettings &settings)
{
    TradePlan plan;
    plan.direction = direction;
    plan.entry = entry;
    plan.atr = atr;
    if (direction == Direction::Neutral) {
        plan.why = "no direction";
        return plan;
    }
    if (!std::isfinite(entry) || entry <= 0) {
        plan.why = "no entry price";
        return plan;
    }
    if (!std::isfinite(atr) || atr <= 0) {
        plan.why = "no ATR yet";
        return plan;
    }
    const bool isLong = direction == Direction::Long;
    const double sign = isLong ? 1.0 : -1.0;
    const double atrStop = entry - sign * settings.stopAtr * atr;
    double stop = atrStop;
    plan.stopBasis = "atr";
    const double swing = isLong ? swingLow : swingHigh;
    if (std::isfinite(swing)) {
        const double swingStop = swing - sign * settings.swingBufferAtr * atr;
        const double distance = sign * (entry - swingStop); // positive when on the losing side of the entry
        const bool sensible = distance > 0 && distance <= settings.maxStopAtr * atr;
        if (sensible && distance > sign * (entry - atrStop)) {
            stop = swingStop;
            plan.stopBasis = "swing";
        }
    }
    plan.stop = stop;
    plan.risk = std::fabs(entry - stop);
    if (!(plan.risk > 0) || (isLong && stop <= 0)) {
        plan.why = "the stop is not below the entry";
        return plan;
    }
    for (size_t i = 0; i < plan.targets.size(); ++i)
        plan.targets[i] = plan.priceAtR(settings.targetsR[i]);
    plan.valid = true;
    return plan;
}

SwingLevels recentSwings(std::span<const Candle> candles, int lookback)
{
    SwingLevels out;
    const auto n = static_cast<long>(candles.size());
    if (n == 0 || lookback <= 0)
        return out;
    const long first = std::max(0L, n - lookback);
    double lowest = candles[static_cast<size_t>(first)].low;
    double highest = candles[static_cast<size_t>(first)].high;
    for (long i = first; i < n; ++i) {
        lowest = std::min(lowest, candles[static_cast<size_t>(i)].low);
        highest = std::max(highest, candles[static_cast<size_t>(i)].high);
    }
    // The most recent pivot: two bars on each side, all of them inside the window.
    for (long i = n - 3; i >= first + 2 && (std::isnan(out.low) || std::isnan(out.high)); --i) {
        const Candle &c = candles[static_cast<size_t>(i)];
        bool pivotLow = std::isnan(out.low);
        bool pivotHigh = std::isnan(out.high);
        for (long k = i - 2; k <= i + 2 && (pivotLow || pivotHigh); ++k) {
            if (k == i)
                continue;
            const Candle &o = candles[static_cast<size_t>(k)];
            pivotLow = pivotLow && c.low < o.low;
            pivotHigh = pivotHigh && c.high > o.high;
        }
        if (pivotLow)
            out.low = c.low;
        if (pivotHigh)
            out.high = c.high;
    }
    if (std::isnan(out.low))
        out.low = lowest;
    if (std::isnan(out.high))
        out.high = highest;
    return out;
}

PlanTimeframe::PlanTimeframe(int swingLookback)
    : m_swingLookback(std::max(3, swingLookback))
{}

void PlanTimeframe::addBar(const Candle &bar)
{
    m_atr.update(bar);
    m_bars.push_back(bar);
    const auto keep = static_cast<size_t>(m_swingLookback);
    if (m_bars.size() > 2 * keep)
        m_bars.erase(m_bars.begin(), m_bars.begin() + static_cast<std::ptrdiff_t>(m_bars.size() - keep));
}

} // namespace virtuoso::outcomes
