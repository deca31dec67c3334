// The engine's hand-over to the trading thread (the market tap) and to its observers.
#include "connector/FeedApplier.h"

#include "base/Clock.h"

#include <algorithm>

namespace virtuoso::exchange {

void FeedApplier::setMarketTap(MarketTap tap, bool withBooks, int bookDepth)
{
    m_tap = std::move(tap);
    m_tapBooks = withBooks;
    m_tapDepth = std::max(1, bookDepth);
}

void FeedApplier::tapMessage(const PublicMessage &message)
{
    if (!m_tapBatch)
        m_tapBatch = std::make_shared<MarketTapBatch>();
    if (const auto *ticker = message.as<TickerMessage>()) {
        const std::optional<Decimal> mark = ticker->get(TickerField::MarkPrice);
        const InstrumentSpec *spec = m_catalog ? m_catalog->find(ticker->topic.symbol) : nullptr;
        if (!mark || !spec)
            return;
        const Exact<qint64> ticks = spec->price.toSteps(*mark);
        if (!ticks || ticks.value <= 0)
            return;
        Ticks &last = m_tapMarks[ticker->topic.symbol];
        if (last == ticks.value)
            return;
        last = ticks.value;
        m_tapBatch->marks.push_back({ticker->topic.symbol.toStdString(), ticks.value});
        return;
    }
    if (!m_tapBooks)
        return;
    if (const auto *trades = message.as<TradeMessage>()) {
        const std::string symbol = trades->topic.symbol.toStdString();
        for (const Trade &t : trades->trades)
            m_tapBatch->trades.push_back({symbol, t.side, t.price, t.size});
    } else if (const auto *book = message.as<OrderBookMessage>()) {
        const std::pair<Symbol, int> key{book->topic.symbol, book->topic.param};
        if (std::find(m_tapDirtyBooks.begin(), m_tapDirtyBooks.end(), key) == m_tapDirtyBooks.end())
            m_tapDirtyBooks.push_back(key);
    }
}

void FeedApplier::setTapInterval(qint64 intervalNs, std::unique_ptr<WakeTimer> timer)
{
    m_tapIntervalNs = timer ? std::max<qint64>(0, intervalNs) : 0;
    m_tapTimer = std::move(timer);
    if (m_tapTimer)
        m_tapTimer->setHandler([this] {
            if (m_tap)
                flushTap();
            m_lastTapNs = m_clock.monotonicNs();
        });
}

bool FeedApplier::tapWaiting() const
{
    return (m_tapBatch && !m_tapBatch->empty()) || !m_tapDirtyBooks.empty();
}

void FeedApplier::maybeFlushTap(qint64 nowNs)
{
    if (!tapWaiting())
        return;
    if (m_tapIntervalNs <= 0 || m_lastTapNs < 0 || nowNs - m_lastTapNs >= m_tapIntervalNs) {
        if (m_tapTimer)
            m_tapTimer->cancel();
        flushTap();
        m_lastTapNs = nowNs;
        return;
    }
    // A backstop: a drain after the interval's end hands the batch on first and cancels it.
    if (!m_tapTimer->armed())
        m_tapTimer->arm(m_lastTapNs + m_tapIntervalNs + kTapGraceNs - nowNs);
}

void FeedApplier::flushTap()
{
    for (const auto &[symbol, depth] : m_tapDirtyBooks) {
        const market::SymbolMarket *market = m_market.find(symbol);
        const market::OrderBook *book = market ? market->book(depth) : nullptr;
        if (!book || !book->valid())
            continue;
        if (!m_tapBatch)
            m_tapBatch = std::make_shared<MarketTapBatch>();
        MarketTapBatch::Book copy;
        copy.symbol = symbol.toStdString();
        book->topLevels(static_cast<std::size_t>(m_tapDepth), copy.bids, copy.asks);
        m_tapBatch->books.push_back(std::move(copy));
    }
    m_tapDirtyBooks.clear();
    if (m_tapBatch && !m_tapBatch->empty())
        m_tap(std::move(m_tapBatch));
    m_tapBatch.reset();
}

void FeedApplier::addObserver(MarketObserver *observer)
{
    if (observer && std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void FeedApplier::removeObserver(MarketObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

void FeedApplier::observe(const PublicMessage &message)
{
    if (const auto *trades = message.as<TradeMessage>()) {
        if (const InstrumentSpec *spec = m_catalog ? m_catalog->find(trades->topic.symbol) : nullptr)
            for (MarketObserver *observer : m_observers)
                observer->onTrades(*trades, *spec);
    } else if (const auto *liquidations = message.as<LiquidationMessage>()) {
        for (MarketObserver *observer : m_observers)
            observer->onLiquidations(*liquidations);
    } else if (const auto *ticker = message.as<TickerMessage>()) {
        if (const InstrumentSpec *spec = m_catalog ? m_catalog->find(ticker->topic.symbol) : nullptr)
            for (MarketObserver *observer : m_observers)
                observer->onTicker(*ticker, *spec);
    } else if (const auto *klines = message.as<KlineMessage>()) {
        if (const InstrumentSpec *spec = m_catalog ? m_catalog->find(klines->topic.symbol) : nullptr)
            for (MarketObserver *observer : m_observers)
                observer->onCandles(*klines, *spec);
    }
}

} // namespace virtuoso::exchange
