#include "TickerCandles.h"

#include "model/snapshot/SnapshotPublisher.h"

#include <algorithm>

namespace virtuoso::ui {

TickerCandles::TickerCandles(int intervalMs, int capacity)
    : m_intervalMs(std::max(1, intervalMs))
    , m_capacity(std::max(1, capacity))
{}

void TickerCandles::applySnapshot(const CoreSnapshot &snapshot)
{
    const qint64 bucket = snapshot.epochMs - snapshot.epochMs % m_intervalMs;
    for (const MarketSummary &m : snapshot.markets) {
        if (m.lastPriceValue <= 0)
            continue;
        Series &series = m_series[m.symbol];
        bool ok = false;
        const double volume24h = m.volume24h.toDouble(&ok);
        // The 24h counter slides; only its growth is volume traded now.
        const double traded = ok && series.lastVolume24h >= 0 ? std::max(0.0, volume24h - series.lastVolume24h) : 0.0;
        if (ok)
            series.lastVolume24h = volume24h;
        auto &candles = series.candles;
        if (candles.empty() || candles.back().openMs < bucket) {
            const double open = candles.empty() ? m.lastPriceValue : candles.back().close;
            candles.push_back({bucket, open, std::max(open, m.lastPriceValue), std::min(open, m.lastPriceValue),
                               m.lastPriceValue, traded});
            while (static_cast<int>(candles.size()) > m_capacity)
                candles.pop_front();
            continue;
        }
        ChartCandle &c = candles.back();
        c.high = std::max(c.high, m.lastPriceValue);
        c.low = std::min(c.low, m.lastPriceValue);
        c.close = m.lastPriceValue;
        c.volume += traded;
    }
}

const std::deque<ChartCandle> *TickerCandles::candles(const QString &symbol) const
{
    auto it = m_series.constFind(symbol);
    return it == m_series.cend() ? nullptr : &it->candles;
}

std::vector<ChartCandle> TickerCandles::aggregate(const std::deque<ChartCandle> &candles, qint64 intervalMs)
{
    std::vector<ChartCandle> out;
    for (const ChartCandle &c : candles) {
        const qint64 bucket = c.openMs - c.openMs % std::max<qint64>(1, intervalMs);
        if (out.empty() || out.back().openMs != bucket) {
            out.push_back(c);
            out.back().openMs = bucket;
            continue;
        }
        ChartCandle &m = out.back();
        m.high = std::max(m.high, c.high);
        m.low = std::min(m.low, c.low);
        m.close = c.close;
        m.volume += c.volume;
    }
    return out;
}

std::vector<ChartCandle> TickerCandles::decimate(const std::vector<ChartCandle> &candles, int maxCandles)
{
    std::vector<ChartCandle> out;
    if (candles.empty() || maxCandles <= 0)
        return out;
    const size_t group = (candles.size() + static_cast<size_t>(maxCandles) - 1) / static_cast<size_t>(maxCandles);
    // Groups are aligned to the newest candle so the live one always stands alone when group = 1.
    const size_t remainder = candles.size() % group;
    size_t i = 0;
    while (i < candles.size()) {
        const size_t n = (i == 0 && remainder != 0) ? remainder : group;
        ChartCandle merged = candles[i];
        for (size_t k = 1; k < n; ++k) {
            const ChartCandle &c = candles[i + k];
            merged.high = std::max(merged.high, c.high);
            merged.low = std::min(merged.low, c.low);
            merged.close = c.close;
            merged.volume += c.volume;
        }
        out.push_back(merged);
        i += n;
    }
    return out;
}

} // namespace virtuoso::ui
