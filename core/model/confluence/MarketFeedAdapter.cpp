#include "model/confluence/MarketFeedAdapter.h"

#include "model/confluence/ConfluenceEngine.h"
#include "model/market/OrderBook.h"

namespace virtuoso::confluence {

void MarketFeedAdapter::onKlines(const QString &symbol, const exchange::KlineMessage &message,
                                 const exchange::DecimalGrid &price, const exchange::DecimalGrid &quantity,
                                 const std::function<void()> &between)
{
    if (message.topic.param != 1)
        return;
    // One evaluation per message: a history page of 1,440 candles costs one, not 1,440, and the
    // engine thread gets back to the stream within milliseconds.
    constexpr int kStep = 64;
    int taken = 0;
    for (const exchange::Candle &c : message.candles) {
        if (!c.confirmed)
            continue;
        if (!m_engine.onCandle(symbol,
                               {c.startMs, price.toDouble(c.open), price.toDouble(c.high), price.toDouble(c.low),
                                price.toDouble(c.close), quantity.toDouble(c.volume)},
                               false))
            continue;
        if (++taken % kStep == 0 && between)
            between();
    }
    if (taken > 0)
        m_engine.evaluate(symbol);
}

void MarketFeedAdapter::onTrades(const QString &symbol, const exchange::TradeMessage &message,
                                 const exchange::DecimalGrid &price, const exchange::DecimalGrid &quantity)
{
    for (const exchange::Trade &t : message.trades)
        m_engine.onTrade(symbol,
                         {t.timeMs, price.toDouble(t.price), quantity.toDouble(t.size), t.side == exchange::Side::Buy});
}

void MarketFeedAdapter::onTicker(const QString &symbol, const exchange::TickerMessage &message)
{
    if (const auto funding = message.get(exchange::TickerField::FundingRate))
        m_engine.onFunding(symbol, funding->toDouble(), message.tsMs);
    if (const auto openInterest = message.get(exchange::TickerField::OpenInterest))
        m_engine.onOpenInterest(symbol, openInterest->toDouble(), message.tsMs);
}

void MarketFeedAdapter::onLiquidations(const QString &symbol, const exchange::LiquidationMessage &message)
{
    for (const exchange::Liquidation &l : message.liquidations)
        m_engine.onLiquidation(symbol,
                               {l.timeMs, l.price.toDouble(), l.size.toDouble(), l.side == exchange::Side::Buy});
}

void MarketFeedAdapter::onBook(const QString &symbol, const market::OrderBook &book, qint64 timeMs,
                               const exchange::DecimalGrid &price, const exchange::DecimalGrid &quantity)
{
    // A stale book (a lost delta, awaiting its resync snapshot) is passed on as empty: the orderbook
    // component then reports itself unavailable rather than scoring levels that may be gone.
    m_bidTicks.clear();
    m_askTicks.clear();
    if (book.valid())
        book.topLevels(50, m_bidTicks, m_askTicks);
    m_bids.resize(m_bidTicks.size());
    m_asks.resize(m_askTicks.size());
    for (size_t i = 0; i < m_bidTicks.size(); ++i)
        m_bids[i] = {price.toDouble(m_bidTicks[i].price), quantity.toDouble(m_bidTicks[i].size)};
    for (size_t i = 0; i < m_askTicks.size(); ++i)
        m_asks[i] = {price.toDouble(m_askTicks[i].price), quantity.toDouble(m_askTicks[i].size)};
    m_engine.onBook(symbol, {timeMs, m_bids.data(), static_cast<int>(m_bids.size()), m_asks.data(),
                             static_cast<int>(m_asks.size())});
}

} // namespace virtuoso::confluence
