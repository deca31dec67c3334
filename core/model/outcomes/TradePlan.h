#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/confluence/TrendIndicators.h"

#include <array>
#include <cmath>
#include <span>
#include <vector>

namespace virtuoso::outcomes {

using confluence::Candle;
using confluence::Direction;

// How a trade plan is drawn from a signal: the stop is the farther-sensible of an ATR stop and a
// structure stop, the targets are multiples of the risk (R = |entry − stop|).
struct TradePlanSettings
{
    double stopAtr = 1.5;        // the ATR stop: entry ∓ stopAtr·ATR
    double swingBufferAtr = 0.1; // the structure stop: beyond the swing level by this many ATR
    double maxStopAtr = 3.0;     // a structure stop farther than this from the entry is not sensible
    std::array<double, 3> targetsR = {1, 2, 3};
};

// A long (short) plan: entry, stop below (above) it, targets above (below) it at 1R/2R/3R.
struct TradePlan
{
    bool valid = false;
    const char *why = ""; // when not valid: what was missing ("no ATR yet", "no entry price")
    Direction direction = Direction::Neutral;
    double entry = NAN;
    double stop = NAN;
    double risk = NAN; // |entry − stop|, the price distance of 1R
    std::array<double, 3> targets{NAN, NAN, NAN};
    const char *stopBasis = ""; // "atr" or "swing": which candidate set the stop
    double atr = NAN;

    // The price `r` multiples of the risk away from the entry in the trade's favour (negative: against).
    double priceAtR(double r) const { return direction == Direction::Short ? entry - r * risk : entry + r * risk; }
    // The excursion of `price` from the entry in R, positive in the trade's favour.
    double rAt(double price) const { return (direction == Direction::Short ? entry - price : price - entry) / risk; }
};

// The one definition of a trade plan, shared by the outcome tracker and the workstation's "trade plan
// from a signal". For a long: the ATR stop is entry − stopAtr·ATR, the structure stop
// swingLow − swingBufferAtr·ATR; the farther of the two is taken when it lies below the entry and no
// farther than maxStopAtr·ATR, else the ATR stop (a short mirrors it with the swing high). NaN swing
// levels mean "no structure": the ATR stop. Invalid without a direction, a positive entry or ATR.
TradePlan makeTradePlan(Direction direction, double entry, double atr, double swingLow, double swingHigh,
                        const TradePlanSettings &settings = {});

struct SwingLevels
{
    double low = NAN;  // the most recent pivot low (a low below the two bars each side), else the lowest low
    double high = NAN; // likewise for highs
};

// The recent swing levels of `candles` (oldest first), looking back `lookback` bars from the last. A
// pivot needs two bars on each side, so the last two bars can only count through the lowest-low /
// highest-high fallback.
SwingLevels recentSwings(std::span<const Candle> candles, int lookback = 20);

// The plan timeframe of one symbol as a plan reads it: its closed bars (oldest first), their ATR(14)
// and the recent swing levels. The outcome tracker keeps one per symbol, fed with the bars it builds
// from 1m candles; the workstation's "trade plan from a signal" feeds one with the exchange's closed
// candles of the same timeframe — so both draw the plan from the same numbers.
class PlanTimeframe
{
public:
    explicit PlanTimeframe(int swingLookback = 20);

    // One closed bar of the timeframe, after the previous one.
    void addBar(const Candle &bar);
    // ATR(14) of the bars so far; NaN until 15 bars have closed.
    double atr() const { return m_atr.warmup().ready() ? m_atr.value() : NAN; }
    // Bars still needed for the ATR (0 once it is ready).
    int barsMissing() const { return static_cast<int>(m_atr.warmup().need - m_atr.warmup().have); }
    SwingLevels swings() const { return recentSwings(m_bars, m_swingLookback); }
    std::span<const Candle> bars() const { return m_bars; }
    int swingLookback() const { return m_swingLookback; }

private:
    int m_swingLookback;
    confluence::Atr m_atr{14};
    std::vector<Candle> m_bars; // the newest 2 × swingLookback at most
};

} // namespace virtuoso::outcomes
