// What a symbol's market shows to readers: ticker, book, tape and derivatives history.
#include "sim/market/SymbolMarket.h"

#include <cmath>

namespace virtuoso::sim {

QString tradeIdFor(quint64 symbolHash, quint64 seq)
{
    // UUID-shaped like Bybit's execution ids, derived from the symbol and the cross sequence.
    MarketRandom mix(symbolHash ^ (seq * 0xd1b54a32d192ed03ULL));
    const quint64 hi = mix.next();
    const quint64 lo = mix.next();
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int pos = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[pos++] = '-';
        const quint64 word = nibble < 16 ? hi : lo;
        text[pos++] = digits[(word >> (60 - 4 * (nibble % 16))) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

TickerState SymbolMarket::buildTicker() const
{
    TickerState ticker;
    ticker.symbol = m_instrument.name;
    ticker.lastPrice = m_lastPrice;
    ticker.markPrice = m_markPrice;
    ticker.indexPrice = m_indexPrice;
    const DayStatistics day = m_candles.dayStatistics();
    ticker.prevPrice24h = day.prevPrice24h;
    ticker.highPrice24h = day.highPrice24h;
    ticker.lowPrice24h = day.lowPrice24h;
    ticker.prevPrice1h = day.prevPrice1h;
    ticker.volume24h = static_cast<double>(day.volume24h) * m_instrument.qtyStep();
    ticker.turnover24h = day.turnover24h;
    // Open interest is published in whole lots, as the exchange does.
    ticker.openInterest = std::round(m_openInterest / m_instrument.qtyStep()) * m_instrument.qtyStep();
    ticker.fundingRate = m_fundingRate;
    ticker.nextFundingTimeMs = m_nextFundingMs;
    if (!m_book.bids().empty()) {
        ticker.bid1Price = m_book.bids().best().price;
        ticker.bid1Size = m_book.bids().best().size;
    }
    if (!m_book.asks().empty()) {
        ticker.ask1Price = m_book.asks().best().price;
        ticker.ask1Size = m_book.asks().best().size;
    }
    ticker.tickDirection = m_tickDirection;
    return ticker;
}

TickerState SymbolMarket::ticker() const
{
    return buildTicker();
}

BookSnapshot SymbolMarket::book(int depth) const
{
    BookSnapshot snapshot;
    snapshot.symbol = m_instrument.name;
    snapshot.epochMs = m_nowMs;
    m_book.top(depth, snapshot.bids, snapshot.asks);
    snapshot.u = m_bookUpdateId;
    snapshot.seq = m_seq;
    return snapshot;
}

std::vector<TradePrint> SymbolMarket::recentTrades(int limit) const
{
    std::vector<TradePrint> out;
    for (std::size_t i = m_trades.size(); i-- > 0 && static_cast<int>(out.size()) < limit;) {
        const TradeRecord &trade = m_trades[i];
        TradePrint print;
        print.symbol = m_instrument.name;
        print.epochMs = trade.epochMs;
        print.side = trade.side;
        print.price = trade.price;
        print.size = trade.size;
        print.seq = trade.seq;
        print.id = tradeIdFor(m_symbolHash, trade.seq);
        out.push_back(std::move(print));
    }
    return out;
}

std::vector<OpenInterestPoint> SymbolMarket::openInterest(int intervalMinutes, int limit) const
{
    std::vector<OpenInterestPoint> out;
    for (const auto &[t, value] : m_openInterestPoints.query(intervalMinutes, limit))
        out.push_back({t, std::round(value / m_instrument.qtyStep()) * m_instrument.qtyStep()});
    return out;
}

std::vector<FundingPoint> SymbolMarket::fundingHistory(int limit) const
{
    std::vector<FundingPoint> out;
    for (std::size_t i = m_funding.size(); i-- > 0 && static_cast<int>(out.size()) < limit;)
        out.push_back(m_funding[i]);
    return out;
}

std::vector<LongShortPoint> SymbolMarket::longShortRatio(int intervalMinutes, int limit) const
{
    std::vector<LongShortPoint> out;
    for (const auto &[t, value] : m_ratioPoints.query(intervalMinutes, limit))
        out.push_back({t, value});
    return out;
}

} // namespace virtuoso::sim
