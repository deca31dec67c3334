#pragma once

#include <QString>

#include <vector>

namespace virtuoso {

// The exchange candles (kline) of one symbol and interval as the engine holds them: bootstrap
// history followed by the stream's updates, oldest first; the last bar may still be open.
// What a chart or /api/v1/candles reads; prices and sizes converted from ticks and lots.
struct CandleSeriesView
{
    struct Bar
    {
        qint64 startMs = 0;
        double open = 0;
        double high = 0;
        double low = 0;
        double close = 0;
        double volume = 0;
        bool confirmed = false;
    };

    QString symbol;
    int intervalMinutes = 0;
    std::vector<Bar> bars;
};

} // namespace virtuoso
