#pragma once

#include "model/confluence/Candle.h"

#include <cmath>
#include <cstdint>

namespace virtuoso::confluence {

// What the engine thread hands the confluence engine: plain values, in exchange time, so that the
// engine can be driven by market state, a recorded stream or a test alike.

struct TradeTick
{
    std::int64_t timeMs = 0;
    double price = 0;
    double quantity = 0;
    bool buyerIsTaker = true; // Bybit publicTrade "S": "Buy" = an aggressive buy
};

struct BookLevel
{
    double price = 0;
    double quantity = 0;
};

// The top of one order book, best levels first. The engine copies what it needs during the call.
struct BookView
{
    std::int64_t timeMs = 0;
    const BookLevel *bids = nullptr;
    int bidCount = 0;
    const BookLevel *asks = nullptr;
    int askCount = 0;
};

struct LiquidationEvent
{
    std::int64_t timeMs = 0;
    double price = 0;
    double quantity = 0;
    bool longLiquidated = true; // Bybit allLiquidation "S": "Buy" = a long position was liquidated
};

// A 1m candle with the trade flow the engine counted while it was open.
struct FlowCandle
{
    Candle candle;
    double buyVolume = 0;
    double sellVolume = 0;
    double largeBuyVolume = 0;
    double largeSellVolume = 0;
    int buyTrades = 0;
    int sellTrades = 0;
    double openInterest = NAN; // the last value seen before the close; NaN when none
    bool hasFlow() const { return buyTrades + sellTrades > 0; }
};

} // namespace virtuoso::confluence
