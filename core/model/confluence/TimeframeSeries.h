#pragma once

#include "model/confluence/ConfluenceTypes.h"
#include "model/confluence/IndicatorSet.h"
#include "model/confluence/MarketInputs.h"

#include <array>
#include <optional>

namespace virtuoso::confluence {

// One closed candle of a timeframe with what the components read back in time.
struct SeriesBar
{
    FlowCandle flow;
    double cvd = 0;        // cumulative volume delta at the close
    double ad = 0;         // A/D line at the close
    double obv = 0;        // OBV at the close
    bool flowSeen = false; // trades were counted for this candle
};

// Fixed-size history: components look back at most kCapacity candles (the deepest look-back,
// the range position's 50 bars, is checked against it where the components read it).
class BarHistory
{
public:
    static constexpr int kCapacity = 64;
    void push(const SeriesBar &bar);
    int size() const { return m_size; }
    // back(0) is the newest bar.
    const SeriesBar &back(int age) const;

private:
    std::array<SeriesBar, kCapacity> m_bars{};
    int m_next = 0;
    int m_size = 0;
};

// Swing highs and lows (a bar whose high/low is the extreme of `kSwingSide` bars on each side),
// the last few of each kind, with how often price came back to them.
struct SwingLevel
{
    double price = NAN;
    int touches = 0;
};

// A timeframe's candles and indicators. Higher timeframes are assembled from 1m candles.
class TimeframeSeries
{
public:
    explicit TimeframeSeries(Timeframe tf);

    Timeframe timeframe() const { return m_tf; }
    // A closed candle of this timeframe.
    void close(const FlowCandle &candle);
    // For higher timeframes: a closed 1m candle; returns true when it closed a bar of this timeframe.
    bool addMinute(const FlowCandle &minute);

    const IndicatorSet &indicators() const { return m_indicators; }
    const BarHistory &history() const { return m_history; }
    long long barsWithFlow() const { return m_barsWithFlow; }
    long long barsWithOpenInterest() const { return m_barsWithOi; }

    static constexpr int kSwingSide = 2;
    static constexpr int kMaxLevels = 6;
    const std::array<SwingLevel, kMaxLevels> &swingHighs() const { return m_swingHighs; }
    const std::array<SwingLevel, kMaxLevels> &swingLows() const { return m_swingLows; }
    int lastBreak() const { return m_lastBreak; } // +1 broke above a swing high, -1 below a swing low, 0 none
    int barsSinceBreak() const { return m_barsSinceBreak; }

private:
    void updateStructure();

    Timeframe m_tf;
    std::int64_t m_periodMs;
    IndicatorSet m_indicators;
    BarHistory m_history;
    double m_cvd = 0;
    long long m_barsWithFlow = 0;
    long long m_barsWithOi = 0;
    std::optional<FlowCandle> m_partial;
    std::array<SwingLevel, kMaxLevels> m_swingHighs{};
    std::array<SwingLevel, kMaxLevels> m_swingLows{};
    int m_lastBreak = 0;
    int m_barsSinceBreak = 0;
};

} // namespace virtuoso::confluence
