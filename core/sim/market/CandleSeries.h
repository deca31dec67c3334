#pragma once

#include "base/FixedRing.h"
#include "sim/market/SimTypes.h"

#include <array>
#include <vector>

namespace virtuoso::sim {

// A bar of any resolution, used for the history timeline and inside the candle rings.
struct Bar
{
    qint64 startMs = 0;
    int minutes = 1;
    Ticks open = 0, high = 0, low = 0, close = 0;
    Lots volume = 0;
    double turnover = 0;
};

// Rolling 24 h figures for the ticker, from closed 1 m candles plus the open one.
struct DayStatistics
{
    Ticks prevPrice24h = 0, highPrice24h = 0, lowPrice24h = 0, prevPrice1h = 0;
    Lots volume24h = 0;
    double turnover24h = 0;
};

// Every kline interval of one symbol, built from the same trades. Each interval keeps a fixed ring
// of closed candles plus the open one; history arrives as a timeline of bars (coarser further back).
class CandleSeries
{
public:
    static constexpr std::array<int, 11> kIntervals = {1, 3, 5, 15, 30, 60, 120, 240, 360, 720, 1440};

    // `timeline` is oldest first and ends at `openMs` (a minute boundary); `price` opens the current
    // candles. Candles of an interval come only from bars at least as fine that divide it.
    void initialize(const std::vector<Bar> &timeline, qint64 openMs, Ticks price);

    // Closes every candle that ended at or before `nowMs` and opens its successor; appends the closed
    // candles (confirmed) to `closed`.
    void roll(qint64 nowMs, std::vector<Candle> &closed);
    void addTrade(Ticks price, Lots lots, double turnover);
    // The open candles that changed since the last call (trade or opening).
    void takeChanged(std::vector<Candle> &changed);

    // Candles with start in [startMs, endMs] (endMs <= 0: no upper bound), newest first.
    std::vector<Candle> query(int intervalMinutes, qint64 startMs, qint64 endMs, int limit) const;
    DayStatistics dayStatistics() const;
    const Bar &currentMinute() const { return m_slots[0].current; }

private:
    struct Slot
    {
        int minutes = 1;
        qint64 lengthMs = 60000;
        FixedRing<Bar> closed;
        Bar current;
        bool changed = false;
    };
    static Candle toCandle(const Bar &bar, bool confirmed);
    void recomputeDayWindow();

    std::array<Slot, kIntervals.size()> m_slots;
    DayStatistics m_closedWindow; // over the closed 1 m candles of the last 24 h
};

} // namespace virtuoso::sim
