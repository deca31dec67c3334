#pragma once

#include "base/FixedRing.h"
#include "model/market/MarketRecords.h"
#include "model/market/OrderBook.h"
#include "model/market/PublicMessage.h"

#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace virtuoso::market {

using exchange::Candle;
using exchange::Liquidation;
using exchange::Symbol;
using exchange::TickerMessage;
using exchange::TopicKey;
using exchange::Trade;

// Ring sizes per symbol. Everything a symbol holds is bounded by these and the book depths; a ring
// takes memory as it fills, so a symbol with little history or few liquidations holds less.
struct MarketLimits
{
    // The recent trades the bootstrap fetches (1000); the stream's replace them as they arrive.
    std::size_t tradeCapacity = 1000;
    std::size_t liquidationCapacity = 500;
    // Candles kept per interval (minutes → count); intervals not listed keep defaultCandleCapacity.
    // 1m keeps a day and an hour (the bootstrap's 1440 and more, the most /api/v1/candles serves);
    // 5m/30m/4h keep the 200 the bootstrap fetches.
    std::vector<std::pair<int, std::size_t>> candleCapacities{{1, 1500}, {5, 200}, {30, 200}, {240, 200}};
    std::size_t defaultCandleCapacity = 200;

    std::size_t candleCapacity(int intervalMinutes) const;
};

// Per-symbol message counters (engine thread).
struct MarketCounters
{
    quint64 bookSnapshots = 0;
    quint64 bookDeltas = 0;
    quint64 bookResets = 0;
    quint64 bookGaps = 0;
    quint64 bookCrossed = 0;
    quint64 bookDeltasWhileStale = 0;
    quint64 trades = 0;
    quint64 tickerUpdates = 0;
    quint64 candleUpdates = 0;
    quint64 liquidations = 0;
    quint64 decodeErrors = 0;

    void add(const MarketCounters &other);
};

// Everything the engine knows about one symbol's market.
class SymbolMarket
{
public:
    SymbolMarket(Symbol symbol, const MarketLimits &limits);

    const Symbol &symbol() const { return m_symbol; }

    // The book of one depth topic, or nullptr when no orderbook.{depth} message arrived yet.
    const OrderBook *book(int depth) const;
    OrderBook *book(int depth);
    // Any book with a snapshot, deepest first (for callers that do not care about the depth).
    const OrderBook *deepestBook() const;
    const std::vector<std::pair<int, OrderBook>> &books() const { return m_books; }

    const FixedRing<TradeRecord> &trades() const { return m_trades; }
    // Candles of one interval, oldest first; the last one may be open (confirmed() = false).
    const FixedRing<CandleRecord> *candles(int intervalMinutes) const;
    // The merged ticker: the last snapshot with every later delta applied.
    const TickerMessage &ticker() const { return m_ticker; }
    bool hasTickerSnapshot() const { return m_tickerSnapshot; }
    const FixedRing<Liquidation> &liquidations() const { return m_liquidations; }
    const MarketCounters &counters() const { return m_counters; }

    std::size_t memoryBytes() const;

private:
    friend class MarketState;

    OrderBook &bookFor(int depth);
    FixedRing<CandleRecord> &candlesFor(int intervalMinutes);
    void applyCandle(FixedRing<CandleRecord> &ring, const Candle &candle);

    Symbol m_symbol;
    const MarketLimits *m_limits;
    std::vector<std::pair<int, OrderBook>> m_books; // depth → book, few entries
    FixedRing<TradeRecord> m_trades;
    std::vector<std::pair<int, FixedRing<CandleRecord>>> m_candles; // interval minutes → ring
    TickerMessage m_ticker;
    bool m_tickerSnapshot = false;
    FixedRing<Liquidation> m_liquidations;
    MarketCounters m_counters;
};

// What the caller of MarketState::apply() must do.
enum class MarketAction : std::uint8_t {
    None,
    ResyncTopic, // resubscribe `topic` for a fresh snapshot (gap, crossed book, undecodable book frame)
};

struct MarketOutcome
{
    MarketAction action = MarketAction::None;
    std::optional<TopicKey> topic;        // the topic the message belonged to, when known
    std::optional<BookUpdate> bookUpdate; // for book messages
    const char *reason = "";              // why a resync is needed ("gap", "crossed", ...)

    bool needsResync() const { return action == MarketAction::ResyncTopic; }
};

// The engine thread's market state for all symbols. Fed with decoded messages in arrival order;
// memory is bounded by MarketLimits per symbol and the book depths subscribed.
class MarketState
{
public:
    explicit MarketState(MarketLimits limits = {});
    MarketState(const MarketState &) = delete;
    MarketState &operator=(const MarketState &) = delete;

    MarketOutcome apply(const exchange::PublicMessage &message);
    MarketOutcome apply(const exchange::OrderBookMessage &message);
    MarketOutcome apply(const exchange::TradeMessage &message);
    MarketOutcome apply(const exchange::TickerMessage &message);
    MarketOutcome apply(const exchange::KlineMessage &message);
    MarketOutcome apply(const exchange::LiquidationMessage &message);

    // A delta of this book topic was lost (e.g. hand-over queue overflow): the book is unusable
    // until the snapshot the connection's resync brings. Creates the book if needed.
    void markBookStale(const TopicKey &topic);

    const SymbolMarket *find(const Symbol &symbol) const;
    SymbolMarket *find(const Symbol &symbol);
    // Creates the symbol's state if absent (e.g. to seed it from a REST bootstrap).
    SymbolMarket &symbolMarket(const Symbol &symbol);
    std::size_t symbolCount() const { return m_symbols.size(); }
    // Forgets the symbol's books, rings and counters (it left the watched set). False when absent.
    bool remove(const Symbol &symbol) { return m_symbols.erase(symbol) > 0; }
    std::vector<Symbol> symbols() const;

    const MarketLimits &limits() const { return m_limits; }
    // Sum over all symbols.
    MarketCounters totals() const;
    // Bytes held by all symbols' rings and books (capacity), for the memory budget.
    std::size_t memoryBytes() const;

private:
    MarketLimits m_limits;
    std::unordered_map<Symbol, std::unique_ptr<SymbolMarket>> m_symbols;
};

} // namespace virtuoso::market
