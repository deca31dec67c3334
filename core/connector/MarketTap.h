#pragma once

#include "model/market/PublicMessage.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace virtuoso::exchange {

// What the trading side needs of the public market, gathered by the engine thread over one drain
// and handed on in one piece: mark prices (risk and PnL) and, for the paper broker, the top of
// every changed book and every trade.
struct MarketTapBatch
{
    struct Mark
    {
        std::string symbol;
        Ticks markTicks = 0;
    };
    struct Book
    {
        std::string symbol;
        std::vector<BookLevel> bids; // best first
        std::vector<BookLevel> asks;
    };
    struct Print
    {
        std::string symbol;
        Side takerSide = Side::Buy;
        Ticks price = 0;
        Lots size = 0;
    };
    std::vector<Mark> marks;
    std::vector<Book> books;
    std::vector<Print> trades;

    bool empty() const { return marks.empty() && books.empty() && trades.empty(); }
};

// Receives each batch on the engine thread; it posts it on (never works on it there).
using MarketTap = std::function<void(std::shared_ptr<MarketTapBatch>)>;

} // namespace virtuoso::exchange
