#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <vector>

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

struct ChartCandle
{
    qint64 openMs = 0;
    double open = 0, high = 0, low = 0, close = 0;
    double volume = 0; // base volume traded inside the candle (from the 24h volume counter)
};

// One-minute candles per symbol built from the last price and 24h volume of each snapshot, so the
// market view can chart any symbol without a request per tick. Bounded per symbol.
class TickerCandles
{
public:
    explicit TickerCandles(int intervalMs = 10'000, int capacity = 2160);

    void applySnapshot(const CoreSnapshot &snapshot);
    const std::deque<ChartCandle> *candles(const QString &symbol) const;
    int intervalMs() const { return m_intervalMs; }

    // Candles of `intervalMs` (a multiple of the base interval) merged from the base candles.
    static std::vector<ChartCandle> aggregate(const std::deque<ChartCandle> &candles, qint64 intervalMs);
    // At most `maxCandles`, merging neighbours (oldest first) when there are more: chart decimation.
    static std::vector<ChartCandle> decimate(const std::vector<ChartCandle> &candles, int maxCandles);

private:
    struct Series
    {
        std::deque<ChartCandle> candles;
        double lastVolume24h = -1;
    };
    int m_intervalMs;
    int m_capacity;
    QHash<QString, Series> m_series;
};

} // namespace virtuoso::ui
