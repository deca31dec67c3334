#include "model/confluence/TimeframeSeries.h"

#include <algorithm>

namespace virtuoso::confluence {

void BarHistory::push(const SeriesBar &bar)
{
    m_bars[static_cast<size_t>(m_next)] = bar;
    m_next = (m_next + 1) % kCapacity;
    m_size = std::min(m_size + 1, kCapacity);
}

const SeriesBar &BarHistory::back(int age) const
{
    const int index = ((m_next - 1 - age) % kCapacity + kCapacity) % kCapacity;
    return m_bars[static_cast<size_t>(index)];
}

TimeframeSeries::TimeframeSeries(Timeframe tf)
    : m_tf(tf)
    , m_periodMs(static_cast<std::int64_t>(kTimeframeMinutes[static_cast<size_t>(tf)]) * 60'000)
    , m_indicators(60)
{}

namespace {

void merge(FlowCandle &into, const FlowCandle &minute)
{
    Candle &c = into.candle;
    c.high = std::max(c.high, minute.candle.high);
    c.low = std::min(c.low, minute.candle.low);
    c.close = minute.candle.close;
    c.volume += minute.candle.volume;
    into.buyVolume += minute.buyVolume;
    into.sellVolume += minute.sellVolume;
    into.largeBuyVolume += minute.largeBuyVolume;
    into.largeSellVolume += minute.largeSellVolume;
    into.buyTrades += minute.buyTrades;
    into.sellTrades += minute.sellTrades;
    if (std::isfinite(minute.openInterest))
        into.openInterest = minute.openInterest;
}

} // namespace

bool TimeframeSeries::addMinute(const FlowCandle &minute)
{
    const std::int64_t bucket = minute.candle.openTimeMs / m_periodMs;
    bool closed = false;
    if (m_partial && m_partial->candle.openTimeMs / m_periodMs != bucket) {
        close(*m_partial); // a gap in the minutes: the earlier bar is over
        m_partial.reset();
        closed = true;
    }
    if (!m_partial) {
        m_partial = minute;
        m_partial->candle.openTimeMs = bucket * m_periodMs;
    } else {
        merge(*m_partial, minute);
    }
    if ((minute.candle.openTimeMs + 60'000) % m_periodMs == 0) {
        close(*m_partial);
        m_partial.reset();
        closed = true;
    }
    return closed;
}

void TimeframeSeries::close(const FlowCandle &candle)
{
    m_indicators.update(candle.candle);
    SeriesBar bar;
    bar.flow = candle;
    bar.flowSeen = candle.hasFlow();
    if (bar.flowSeen)
        ++m_barsWithFlow;
    if (std::isfinite(candle.openInterest))
        ++m_barsWithOi;
    m_cvd += candle.buyVolume - candle.sellVolume;
    bar.cvd = m_cvd;
    bar.ad = m_indicators.ad.value();
    bar.obv = m_indicators.obv.value();
    m_history.push(bar);
    updateStructure();
}

void TimeframeSeries::updateStructure()
{
    ++m_barsSinceBreak;
    const double close = m_history.back(0).flow.candle.close;
    const double high = m_history.back(0).flow.candle.high;
    const double low = m_history.back(0).flow.candle.low;
    // Touches and breaks against the known levels.
    for (auto &level : m_swingHighs) {
        if (!std::isfinite(level.price))
            continue;
        if (close > level.price) {
            m_lastBreak = +1;
            m_barsSinceBreak = 0;
            level = SwingLevel{}; // broken resistance is consumed
        } else if (high >= level.price * 0.999) {
            ++level.touches;
        }
    }
    for (auto &level : m_swingLows) {
        if (!std::isfinite(level.price))
            continue;
        if (close < level.price) {
            m_lastBreak = -1;
            m_barsSinceBreak = 0;
            level = SwingLevel{};
        } else if (low <= level.price * 1.001) {
            ++level.touches;
        }
    }
    // A swing point is confirmed kSwingSide bars after it.
    const int side = kSwingSide;
    if (m_history.size() < 2 * side + 1)
        return;
    const Candle &pivot = m_history.back(side).flow.candle;
    bool isHigh = true;
    bool isLow = true;
    for (int age = 0; age <= 2 * side; ++age) {
        if (age == side)
            continue;
        const Candle &other = m_history.back(age).flow.candle;
        isHigh = isHigh && pivot.high > other.high;
        isLow = isLow && pivot.low < other.low;
    }
    auto insert = [](std::array<SwingLevel, kMaxLevels> &levels, double price) {
        std::rotate(levels.rbegin(), levels.rbegin() + 1, levels.rend());
        levels[0] = SwingLevel{price, 1};
    };
    if (isHigh)
        insert(m_swingHighs, pivot.high);
    if (isLow)
        insert(m_swingLows, pivot.low);
}

} // namespace virtuoso::confluence
