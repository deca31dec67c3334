#pragma once

#include "model/confluence/MarketInputs.h"
#include "model/market/FixedPoint.h"
#include "model/market/PublicMessage.h"

#include <QString>

#include <functional>
#include <vector>

namespace virtuoso::market {
class OrderBook;
}

namespace virtuoso::confluence {

class ConfluenceEngine;

// Turns the connector's decoded messages and books (integer ticks and lots on the instrument's
// grids) into the engine's plain inputs. Lives on the engine thread next to MarketState: call each
// method after MarketState::apply() accepted the message.
class MarketFeedAdapter
{
public:
    explicit MarketFeedAdapter(ConfluenceEngine &engine)
        : m_engine(engine)
    {}

    // Confirmed 1m candles only; open candles and other intervals are ignored. The symbol is
    // evaluated once after the message's candles, however many it carries; `between` runs after
    // every 64 candles taken, so a caller can attend to other work during a long history page.
    void onKlines(const QString &symbol, const exchange::KlineMessage &message, const exchange::DecimalGrid &price,
                  const exchange::DecimalGrid &quantity, const std::function<void()> &between = {});
    void onTrades(const QString &symbol, const exchange::TradeMessage &message, const exchange::DecimalGrid &price,
                  const exchange::DecimalGrid &quantity);
    // Funding rate and open interest from a ticker snapshot or delta (whatever fields it carries).
    void onTicker(const QString &symbol, const exchange::TickerMessage &message);
    void onLiquidations(const QString &symbol, const exchange::LiquidationMessage &message);
    // The book after an update was applied; the top 50 levels are read.
    void onBook(const QString &symbol, const market::OrderBook &book, qint64 timeMs, const exchange::DecimalGrid &price,
                const exchange::DecimalGrid &quantity);

private:
    ConfluenceEngine &m_engine;
    std::vector<exchange::BookLevel> m_bidTicks;
    std::vector<exchange::BookLevel> m_askTicks;
    std::vector<BookLevel> m_bids;
    std::vector<BookLevel> m_asks;
};

} // namespace virtuoso::confluence
