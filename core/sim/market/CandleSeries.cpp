#include "sim/market/CandleSeries.h"

#include <algorithm>

namespace virtuoso::sim {

namespace {

constexpr qint64 kMinuteMs = 60000;

qint64 floorTo(qint64 value, qint64 step)
{
    return value - ((value % step) + step) % step;
}

void merge(Bar &into, const Bar &bar)
{
    into.high = std::max(into.high, bar.high);
    into.low = std::min(into.low, bar.low);
    into.close = bar.close;
    into.volume += bar.volume;
    into.turnover += bar.turnover;
}

Bar openBar(qint64 startMs, int minutes, Ticks price)
{
    Bar bar;
    bar.startMs = startMs;
    bar.minutes = minutes;
    bar.open = bar.high = bar.low = bar.close = price;
    return bar;
}

} // namespace

void CandleSeries::initialize(const std::vector<Bar> &timeline, qint64 openMs, Ticks price)
{
    for (std::size_t s = 0; s < m_slots.size(); ++s) {
        Slot &slot = m_slots[s];
        slot.minutes = kIntervals[s];
        slot.lengthMs = slot.minutes * kMinuteMs;

        std::vector<Bar> built;
        bool building = false;
        Bar candle;
        for (const Bar &bar : timeline) {
            if (bar.minutes > slot.minutes || slot.minutes % bar.minutes != 0) {
                if (building)
                    built.push_back(candle);
                building = false;
                continue;
            }
            const qint64 start = floorTo(bar.startMs, slot.lengthMs);
            if (building && start == candle.startMs) {
                merge(candle, bar);
                continue;
            }
            if (building)
                built.push_back(candle);
            candle = bar;
            candle.startMs = start;
            candle.minutes = slot.minutes;
            building = true;
        }

        const qint64 currentStart = floorTo(openMs, slot.lengthMs);
        slot.current = openBar(currentStart, slot.minutes, price);
        if (building && candle.startMs == currentStart) {
            // The open candle already holds the history minutes since its start.
            slot.current = candle;
            slot.current.high = std::max(slot.current.high, price);
            slot.current.low = std::min(slot.current.low, price);
            slot.current.close = price;
        } else if (building) {
            built.push_back(candle);
        }
        // One-minute candles keep all their history, coarser ones at most the 1000 a request can ask
        // for; plus a little, and from then on each new candle drops the oldest.
        const std::size_t kept = slot.minutes == 1 ? built.size() : std::min<std::size_t>(built.size(), 1000);
        slot.closed.setCapacity(kept + 64);
        for (const Bar &bar : built)
            slot.closed.push(bar);
        slot.changed = false;
    }
    recomputeDayWindow();
}

void CandleSeries::roll(qint64 nowMs, std::vector<Candle> &closed)
{
    bool minuteClosed = false;
    for (Slot &slot : m_slots) {
        while (nowMs >= slot.current.startMs + slot.lengthMs) {
            closed.push_back(toCandle(slot.current, true));
            slot.closed.push(slot.current);
            slot.current = openBar(slot.current.startMs + slot.lengthMs, slot.minutes, slot.current.close);
            slot.changed = true;
            minuteClosed = minuteClosed || slot.minutes == 1;
        }
    }
    if (minuteClosed)
        recomputeDayWindow();
}

void CandleSeries::addTrade(Ticks price, Lots lots, double turnover)
{
    for (Slot &slot : m_slots) {
        Bar &bar = slot.current;
        bar.high = std::max(bar.high, price);
        bar.low = std::min(bar.low, price);
        bar.close = price;
        bar.volume += lots;
        bar.turnover += turnover;
        slot.changed = true;
    }
}

void CandleSeries::takeChanged(std::vector<Candle> &changed)
{
    for (Slot &slot : m_slots) {
        if (!slot.changed)
            continue;
        changed.push_back(toCandle(slot.current, false));
        slot.changed = false;
    }
}

std::vector<Candle> CandleSeries::query(int intervalMinutes, qint64 startMs, qint64 endMs, int limit) const
{
    std::vector<Candle> out;
    const auto it = std::find(kIntervals.begin(), kIntervals.end(), intervalMinutes);
    if (it == kIntervals.end() || limit <= 0)
        return out;
    const Slot &slot = m_slots[static_cast<std::size_t>(it - kIntervals.begin())];
    const auto inRange = [&](const Bar &bar) { return bar.startMs >= startMs && (endMs <= 0 || bar.startMs <= endMs); };
    if (inRange(slot.current))
        out.push_back(toCandle(slot.current, false));
    for (std::size_t i = slot.closed.size(); i-- > 0 && static_cast<int>(out.size()) < limit;) {
        const Bar &bar = slot.closed[i];
        if (bar.startMs < startMs)
            break;
        if (inRange(bar))
            out.push_back(toCandle(bar, true));
    }
    return out;
}

void CandleSeries::recomputeDayWindow()
{
    const Slot &minutes = m_slots[0];
    const qint64 windowStart = minutes.current.startMs - 1439 * kMinuteMs;
    const qint64 hourStart = minutes.current.startMs - 60 * kMinuteMs;
    DayStatistics window;
    window.prevPrice24h = minutes.current.open;
    window.prevPrice1h = minutes.current.open;
    window.highPrice24h = minutes.current.open;
    window.lowPrice24h = minutes.current.open;
    bool hourFound = false;
    for (std::size_t i = minutes.closed.size(); i-- > 0;) {
        const Bar &bar = minutes.closed[i];
        if (bar.startMs < windowStart)
            break;
        window.prevPrice24h = bar.open;
        window.highPrice24h = std::max(window.highPrice24h, bar.high);
        window.lowPrice24h = std::min(window.lowPrice24h, bar.low);
        window.volume24h += bar.volume;
        window.turnover24h += bar.turnover;
        if (!hourFound && bar.startMs <= hourStart) {
            window.prevPrice1h = bar.open;
            hourFound = true;
        }
        if (!hourFound)
            window.prevPrice1h = bar.open;
    }
    m_closedWindow = window;
}

DayStatistics CandleSeries::dayStatistics() const
{
    const Bar &current = m_slots[0].current;
    DayStatistics stats = m_closedWindow;
    stats.highPrice24h = std::max(stats.highPrice24h, current.high);
    stats.lowPrice24h = std::min(stats.lowPrice24h, current.low);
    stats.volume24h += current.volume;
    stats.turnover24h += current.turnover;
    return stats;
}

Candle CandleSeries::toCandle(const Bar &bar, bool confirmed)
{
    Candle candle;
    candle.startMs = bar.startMs;
    candle.intervalMinutes = bar.minutes;
    candle.open = bar.open;
    candle.high = bar.high;
    candle.low = bar.low;
    candle.close = bar.close;
    candle.volume = bar.volume;
    candle.turnover = bar.turnover;
    candle.confirmed = confirmed;
    return candle;
}

} // namespace virtuoso::sim
