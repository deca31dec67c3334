#include "model/market/MarketState.h"

#include <algorithm>

namespace virtuoso::market {

std::size_t MarketLimits::candleCapacity(int intervalMinutes) const
{
    for (const auto &[interval, capacity] : candleCapacities) {
        if (interval == intervalMinutes)
            return capacity;
    }
    return defaultCandleCapacity;
}

void MarketCounters::add(const MarketCounters &o)
{
    bookSnapshots += o.bookSnapshots;
    bookDeltas += o.bookDeltas;
    bookResets += o.bookResets;
    bookGaps += o.bookGaps;
    bookCrossed += o.bookCrossed;
    bookDeltasWhileStale += o.bookDeltasWhileStale;
    trades += o.trades;
    tickerUpdates += o.tickerUpdates;
    candleUpdates += o.candleUpdates;
    liquidations += o.liquidations;
    decodeErrors += o.decodeErrors;
}

// ---- SymbolMarket ----

SymbolMarket::SymbolMarket(Symbol symbol, const MarketLimits &limits)
    : m_symbol(symbol)
    , m_limits(&limits)
    , m_trades(limits.tradeCapacity)
    , m_liquidations(limits.liquidationCapacity)
{
    m_ticker.topic = TopicKey::ticker(symbol);
}

const OrderBook *SymbolMarket::book(int depth) const
{
    for (const auto &[d, book] : m_books) {
        if (d == depth)
            return &book;
    }
    return nullptr;
}

OrderBook *SymbolMarket::book(int depth)
{
    return const_cast<OrderBook *>(std::as_const(*this).book(depth));
}

const OrderBook *SymbolMarket::deepestBook() const
{
    const OrderBook *best = nullptr;
    for (const auto &[d, book] : m_books) {
        if (book.hasSnapshot() && (!best || d > best->depth()))
            best = &book;
    }
    return best;
}

OrderBook &SymbolMarket::bookFor(int depth)
{
    if (OrderBook *existing = book(depth))
        return *existing;
    m_books.emplace_back(depth, OrderBook(depth));
    return m_books.back().second;
}

const FixedRing<CandleRecord> *SymbolMarket::candles(int intervalMinutes) const
{
    for (const auto &[interval, ring] : m_candles) {
        if (interval == intervalMinutes)
            return &ring;
    }
    return nullptr;
}

FixedRing<CandleRecord> &SymbolMarket::candlesFor(int intervalMinutes)
{
    for (auto &[interval, ring] : m_candles) {
        if (interval == intervalMinutes)
            return ring;
    }
    m_candles.emplace_back(intervalMinutes, FixedRing<CandleRecord>(m_limits->candleCapacity(intervalMinutes)));
    return m_candles.back().second;
}

void SymbolMarket::applyCandle(FixedRing<CandleRecord> &ring, const Candle &candle)
{
    if (ring.empty() || candle.startMs > ring.back().startMs) {
        ring.push(CandleRecord::from(candle));
        return;
    }
    // An update of a candle we hold (normally the open one, at the back): replace it in place.
    // Candles older than the ring's oldest, or missing from it, are ignored.
    for (std::size_t i = ring.size(); i-- > 0;) {
        if (ring[i].startMs == candle.startMs) {
            ring[i] = CandleRecord::from(candle);
            return;
        }
        if (ring[i].startMs < candle.startMs)
            return;
    }
}

std::size_t SymbolMarket::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_trades.memoryBytes() + m_liquidations.memoryBytes();
    for (const auto &[d, book] : m_books)
        bytes += sizeof(std::pair<int, OrderBook>) + book.memoryBytes();
    for (const auto &[interval, ring] : m_candles)
        bytes += sizeof(std::pair<int, FixedRing<CandleRecord>>) + ring.memoryBytes();
    return bytes;
}

// ---- MarketState ----

MarketState::MarketState(MarketLimits limits)
    : m_limits(std::move(limits))
{}

SymbolMarket &MarketState::symbolMarket(const Symbol &symbol)
{
    auto it = m_symbols.find(symbol);
    if (it == m_symbols.end())
        it = m_symbols.emplace(symbol, std::make_unique<SymbolMarket>(symbol, m_limits)).first;
    return *it->second;
}

const SymbolMarket *MarketState::find(const Symbol &symbol) const
{
    const auto it = m_symbols.find(symbol);
    return it == m_symbols.end() ? nullptr : it->second.get();
}

SymbolMarket *MarketState::find(const Symbol &symbol)
{
    const auto it = m_symbols.find(symbol);
    return it == m_symbols.end() ? nullptr : it->second.get();
}

std::vector<Symbol> MarketState::symbols() const
{
    std::vector<Symbol> out;
    out.reserve(m_symbols.size());
    for (const auto &entry : m_symbols)
        out.push_back(entry.first);
    std::sort(out.begin(), out.end());
    return out;
}

MarketOutcome MarketState::apply(const exchange::PublicMessage &message)
{
    return std::visit(
        [this](const auto &m) -> MarketOutcome {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, exchange::OpResponse>) {
                return {};
            } else if constexpr (std::is_same_v<M, exchange::HandoverLoss>) {
                // The connection resubscribed when the loss happened; only the book's state changes.
                markBookStale(m.topic);
                MarketOutcome outcome;
                outcome.topic = m.topic;
                return outcome;
            } else if constexpr (std::is_same_v<M, exchange::DecodeError>) {
                MarketOutcome outcome;
                outcome.topic = m.topic;
                if (m.topic) {
                    ++symbolMarket(m.topic->symbol).m_counters.decodeErrors;
                    // An undecodable book frame is a lost delta: the book cannot be trusted any more.
                    if (m.topic->kind == exchange::TopicKind::OrderBook) {
                        OrderBook &book = symbolMarket(m.topic->symbol).bookFor(m.topic->param);
                        if (!book.stale()) {
                            book.markStale();
                            outcome.action = MarketAction::ResyncTopic;
                            outcome.reason = "undecodable book message";
                        }
                    }
                }
                return outcome;
            } else {
                return apply(m);
            }
        },
        message.body);
}

MarketOutcome MarketState::apply(const exchange::OrderBookMessage &message)
{
    SymbolMarket &market = symbolMarket(message.topic.symbol);
    OrderBook &book = market.bookFor(message.topic.param);
    const BookUpdate update = book.apply(message);
    MarketCounters &c = market.m_counters;
    if (message.snapshot)
        ++c.bookSnapshots;
    else
        ++c.bookDeltas;

    MarketOutcome outcome;
    outcome.topic = message.topic;
    outcome.bookUpdate = update;
    switch (update) {
    case BookUpdate::Ok:
        break;
    case BookUpdate::Reset:
        ++c.bookResets;
        break;
    case BookUpdate::Gap:
        ++c.bookGaps;
        outcome.action = MarketAction::ResyncTopic;
        outcome.reason = "update id gap";
        break;
    case BookUpdate::Crossed:
        ++c.bookCrossed;
        outcome.action = MarketAction::ResyncTopic;
        outcome.reason = "crossed book";
        break;
    case BookUpdate::AwaitingSnapshot:
        ++c.bookDeltasWhileStale;
        break;
    }
    return outcome;
}

MarketOutcome MarketState::apply(const exchange::TradeMessage &message)
{
    SymbolMarket &market = symbolMarket(message.topic.symbol);
    market.m_trades.reserveFor(message.trades.size());
    for (const Trade &t : message.trades)
        market.m_trades.push(TradeRecord::from(t));
    market.m_counters.trades += message.trades.size();
    MarketOutcome outcome;
    outcome.topic = message.topic;
    return outcome;
}

MarketOutcome MarketState::apply(const exchange::TickerMessage &message)
{
    SymbolMarket &market = symbolMarket(message.topic.symbol);
    if (message.snapshot) {
        market.m_ticker = message;
        market.m_tickerSnapshot = true;
    } else {
        market.m_ticker.merge(message);
    }
    ++market.m_counters.tickerUpdates;
    MarketOutcome outcome;
    outcome.topic = message.topic;
    return outcome;
}

MarketOutcome MarketState::apply(const exchange::KlineMessage &message)
{
    SymbolMarket &market = symbolMarket(message.topic.symbol);
    FixedRing<CandleRecord> &ring = market.candlesFor(message.topic.param);
    ring.reserveFor(message.candles.size());
    for (const Candle &candle : message.candles)
        market.applyCandle(ring, candle);
    market.m_counters.candleUpdates += message.candles.size();
    MarketOutcome outcome;
    outcome.topic = message.topic;
    return outcome;
}

MarketOutcome MarketState::apply(const exchange::LiquidationMessage &message)
{
    SymbolMarket &market = symbolMarket(message.topic.symbol);
    for (const Liquidation &l : message.liquidations)
        market.m_liquidations.push(l);
    market.m_counters.liquidations += message.liquidations.size();
    MarketOutcome outcome;
    outcome.topic = message.topic;
    return outcome;
}

void MarketState::markBookStale(const TopicKey &topic)
{
    if (topic.kind != exchange::TopicKind::OrderBook)
        return;
    symbolMarket(topic.symbol).bookFor(topic.param).markStale();
}

MarketCounters MarketState::totals() const
{
    MarketCounters total;
    for (const auto &entry : m_symbols)
        total.add(entry.second->counters());
    return total;
}

std::size_t MarketState::memoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (const auto &entry : m_symbols)
        bytes += entry.second->memoryBytes() + sizeof(entry) + sizeof(void *) * 2;
    return bytes;
}

} // namespace virtuoso::market
