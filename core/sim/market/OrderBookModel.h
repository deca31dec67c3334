#pragma once

#include "sim/market/SimTypes.h"

#include <cstddef>
#include <vector>

namespace virtuoso::sim {

// One side of a book in integer ticks and lots. Levels are kept worst first so that the busy end
// (the touch) sits at the back of the vector, where inserts and erases cost almost nothing.
class BookSide
{
public:
    explicit BookSide(bool bids)
        : m_bids(bids)
    {}

    bool isBids() const { return m_bids; }
    bool empty() const { return m_levels.empty(); }
    std::size_t size() const { return m_levels.size(); }
    // `a` is a better price than `b` for this side (higher bid, lower ask).
    bool better(Ticks a, Ticks b) const { return m_bids ? a > b : a < b; }
    // One tick away from the touch (deeper) when `steps` > 0.
    Ticks deeper(Ticks price, Ticks steps) const { return m_bids ? price - steps : price + steps; }

    const PriceLevel &best() const { return m_levels.back(); }
    const PriceLevel &worst() const { return m_levels.front(); }
    const PriceLevel &fromBest(std::size_t index) const { return m_levels[m_levels.size() - 1 - index]; }
    Lots sizeAt(Ticks price) const;
    const std::vector<PriceLevel> &levelsWorstFirst() const { return m_levels; }

    // Sets the size of a level (0 removes it); returns the size it had before (0 = absent).
    Lots set(Ticks price, Lots size);
    void popBest() { m_levels.pop_back(); }
    void reduceBest(Lots by) { m_levels.back().size -= by; }
    // Prepends levels deeper than the current worst, given from the touch outwards.
    void extendDeep(const std::vector<PriceLevel> &nearestFirst);
    // Drops the `count` deepest levels.
    void trimDeep(std::size_t count);

private:
    std::vector<PriceLevel>::iterator lowerBound(Ticks price);
    std::vector<PriceLevel>::const_iterator lowerBound(Ticks price) const;

    bool m_bids;
    std::vector<PriceLevel> m_levels;
};

struct Fill
{
    Ticks price = 0;
    Lots size = 0;
};

// A full two-sided book that records which levels changed since the last takeChanges().
class OrderBookModel
{
public:
    BookSide &bids() { return m_bids; }
    BookSide &asks() { return m_asks; }
    const BookSide &bids() const { return m_bids; }
    const BookSide &asks() const { return m_asks; }
    BookSide &side(bool bids) { return bids ? m_bids : m_asks; }

    void setLevel(bool bids, Ticks price, Lots size);
    // A taker order of `quantity` lots sweeping the opposite side from the touch, at most `maxLevels`
    // levels deep; appends one fill per level touched and returns the unfilled rest.
    Lots sweep(Side takerSide, Lots quantity, int maxLevels, std::vector<Fill> &fills);
    // Removes every level of a side priced at `limit` or better, as fills of one taker sweep when
    // `fills` is given, else as cancels.
    void clearThrough(bool bids, Ticks limit, std::vector<Fill> *fills);

    void extendDeep(bool bids, const std::vector<PriceLevel> &nearestFirst);
    void trimDeep(bool bids, std::size_t count);

    bool hasChanges() const { return !m_bidLog.empty() || !m_askLog.empty(); }
    // Moves the changes since the last call into `bids`/`asks` (best first, one entry per price,
    // final size, 0 = removed).
    void takeChanges(std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks);

    // Top `depth` levels of each side, best first.
    void top(int depth, std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks) const;

private:
    struct LoggedChange
    {
        Ticks price;
        Lots size;
        Lots before;
    };
    void log(bool bids, Ticks price, Lots size, Lots before)
    {
        (bids ? m_bidLog : m_askLog).push_back({price, size, before});
    }
    static void collapse(std::vector<LoggedChange> &log, bool bidsSide, std::vector<PriceLevel> &out);

    BookSide m_bids{true};
    BookSide m_asks{false};
    std::vector<LoggedChange> m_bidLog, m_askLog; // every change in order; collapsed on takeChanges()
};

} // namespace virtuoso::sim
