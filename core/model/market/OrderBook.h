#pragma once

#include "model/market/PublicMessage.h"

#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <vector>

namespace virtuoso::market {

using exchange::BookLevel;
using exchange::Lots;
using exchange::Ticks;

// What applying an update did, and what the caller must do about it.
enum class BookUpdate : std::uint8_t {
    Ok,               // applied
    Reset,            // a snapshot with u = 1 (exchange service restart) replaced the book
    Gap,              // u != previous + 1 (or a delta before any snapshot): book stale, resync the topic
    Crossed,          // best bid >= best ask after applying: book stale, resync the topic
    AwaitingSnapshot, // the book is stale and waits for the snapshot a resync requested; delta ignored
};
const char *bookUpdateName(BookUpdate update);

// Sum of resting size within a band around the mid price.
struct BookDepth
{
    Lots bidLots = 0;
    Lots askLots = 0;
    int bidLevels = 0;
    int askLevels = 0;
};

// One order book (one orderbook.{depth}.{symbol} topic) in integer ticks and lots.
// Each side is a sorted flat array with the best level at the back, so the frequent changes near
// the top of the book move few elements and lookups are binary searches over contiguous memory.
class OrderBook
{
public:
    // `depth` is the topic's depth; the book keeps at most 4 × depth levels per side as a memory
    // bound (the exchange's deltas delete levels that leave the top `depth`, so this never trims
    // a well-formed stream). depth 0 = unbounded.
    explicit OrderBook(int depth = 0);

    // Replaces the book with the snapshot's levels (any order; size-0 levels are ignored).
    // Returns Reset when u = 1, otherwise Ok; Crossed when the snapshot itself is crossed.
    BookUpdate applySnapshot(const exchange::OrderBookMessage &snapshot);
    // Applies changed levels: size 0 deletes, otherwise insert or replace. Gap when u is not the
    // previous u + 1 (the book is then stale and keeps its last good state); Crossed when the
    // result is crossed (stale too); AwaitingSnapshot while stale.
    BookUpdate applyDelta(const exchange::OrderBookMessage &delta);
    // Dispatches on message.snapshot.
    BookUpdate apply(const exchange::OrderBookMessage &message);

    // Marks the book unusable until the next snapshot (e.g. a delta was lost to queue overflow).
    void markStale() { m_stale = true; }
    void clear();

    bool hasSnapshot() const { return m_hasSnapshot; }
    bool stale() const { return m_stale; }
    // Usable for decisions: has a snapshot, not stale.
    bool valid() const { return m_hasSnapshot && !m_stale; }

    std::optional<BookLevel> bestBid() const;
    std::optional<BookLevel> bestAsk() const;
    // Mid price in half ticks (bestBid + bestAsk), so it stays an integer; nothing when a side is empty.
    std::optional<Ticks> midTimesTwo() const;
    // Spread in ticks; nothing when a side is empty.
    std::optional<Ticks> spread() const;

    std::size_t bidCount() const { return m_bids.size(); }
    std::size_t askCount() const { return m_asks.size(); }
    // i-th level from the best (0 = best). Precondition: i < count.
    const BookLevel &bid(std::size_t i) const { return m_bids[m_bids.size() - 1 - i]; }
    const BookLevel &ask(std::size_t i) const { return m_asks[m_asks.size() - 1 - i]; }
    // Up to n best levels of each side, best first, into reused vectors.
    void topLevels(std::size_t n, std::vector<BookLevel> &bids, std::vector<BookLevel> &asks) const;
    // Resting size within ±basisPoints/100 % of the mid (100 bp = 1 %). Integer arithmetic only.
    BookDepth depthWithinBps(int basisPoints) const;

    int depth() const { return m_depth; }
    quint64 updateId() const { return m_updateId; } // u of the last applied message
    quint64 seq() const { return m_seq; }
    qint64 updateTsMs() const { return m_tsMs; }   // ts of the last applied message
    qint64 updateCtsMs() const { return m_ctsMs; } // cts of the last applied message
    quint64 appliedCount() const { return m_applied; }

    // Bytes held by the level arrays (capacity), for memory accounting.
    std::size_t memoryBytes() const;

private:
    bool crossed() const;
    void trimToBound();

    int m_depth = 0;
    // Bids ascending by price (best = back); asks descending by price (best = back).
    std::vector<BookLevel> m_bids;
    std::vector<BookLevel> m_asks;
    quint64 m_updateId = 0;
    quint64 m_seq = 0;
    qint64 m_tsMs = 0;
    qint64 m_ctsMs = 0;
    quint64 m_applied = 0;
    bool m_hasSnapshot = false;
    bool m_stale = false;
};

} // namespace virtuoso::market
