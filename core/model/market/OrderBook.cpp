#include "model/market/OrderBook.h"

#include <algorithm>

namespace virtuoso::market {

namespace {

// Bids ascending, asks descending: in both arrays "better" prices sort towards the back.
struct BidOrder
{
    bool operator()(const BookLevel &a, Ticks price) const { return a.price < price; }
    static bool sorted(const BookLevel &a, const BookLevel &b) { return a.price < b.price; }
    static bool better(Ticks a, Ticks b) { return a > b; }
};
struct AskOrder
{
    bool operator()(const BookLevel &a, Ticks price) const { return a.price > price; }
    static bool sorted(const BookLevel &a, const BookLevel &b) { return a.price > b.price; }
    static bool better(Ticks a, Ticks b) { return a < b; }
};

// lower_bound over side[0, n) without data-dependent branches (the compiler emits conditional
// moves): levels land at unpredictable depths, and mispredicted branches would dominate.
template<typename Order>
std::size_t lowerBound(const std::vector<BookLevel> &side, std::size_t n, Ticks price)
{
    if (n == 0)
        return 0;
    const BookLevel *base = side.data();
    const Order before{};
    while (n > 1) {
        const std::size_t half = n / 2;
        base = before(base[half], price) ? base + half : base;
        n -= half;
    }
    return static_cast<std::size_t>(base - side.data()) + (before(*base, price) ? 1 : 0);
}

// Applies one side of a delta. Bybit lists changed levels best first, so one cursor walks from the
// top of the book downwards: a short linear step per level (predictable branches, near-top changes
// are the common case), and a binary search when a level lies far below. Out-of-order input only
// restarts the cursor, so any order stays correct.
template<typename Order>
void applySide(std::vector<BookLevel> &side, const std::vector<BookLevel> &levels)
{
    constexpr std::size_t kLinearSteps = 16;
    const Order before{};
    std::size_t cursor = side.size();
    bool first = true;
    Ticks previous = 0;
    for (const BookLevel &level : levels) {
        const Ticks price = level.price;
        if (!first && Order::better(price, previous))
            cursor = side.size();
        first = false;
        previous = price;

        std::size_t i = cursor;
        std::size_t steps = 0;
        while (i > 0 && !before(side[i - 1], price) && steps < kLinearSteps) {
            --i;
            ++steps;
        }
        if (i > 0 && !before(side[i - 1], price))
            i = static_cast<std::size_t>(lowerBound<Order>(side, i, price));

        const bool found = i < side.size() && side[i].price == price;
        if (level.size == 0) {
            if (found)
                side.erase(side.begin() + static_cast<std::ptrdiff_t>(i));
        } else if (found) {
            side[i].size = level.size;
        } else {
            side.insert(side.begin() + static_cast<std::ptrdiff_t>(i), level);
        }
        cursor = i;
    }
}

template<typename Order>
void loadSide(std::vector<BookLevel> &side, const std::vector<BookLevel> &levels)
{
    side.clear();
    // Snapshots arrive best first; reversed they are already in our order, so the sort below is
    // a cheap check in the common case.
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        if (it->size > 0)
            side.push_back(*it);
    }
    if (!std::is_sorted(side.begin(), side.end(), Order::sorted))
        std::stable_sort(side.begin(), side.end(), Order::sorted);
    // A price listed twice keeps its first (best-first order) size: drop later duplicates.
    const auto kept = std::unique(side.rbegin(), side.rend(),
                                  [](const BookLevel &a, const BookLevel &b) { return a.price == b.price; });
    side.erase(side.begin(), kept.base());
}

} // namespace

const char *bookUpdateName(BookUpdate update)
{
    switch (update) {
    case BookUpdate::Ok:
        return "ok";
    case BookUpdate::Reset:
        return "reset";
    case BookUpdate::Gap:
        return "gap";
    case BookUpdate::Crossed:
        return "crossed";
    case BookUpdate::AwaitingSnapshot:
        return "awaiting snapshot";
    }
    return "unknown";
}

OrderBook::OrderBook(int depth)
    : m_depth(depth > 0 ? depth : 0)
{
    if (m_depth > 0 && m_depth <= 1000) {
        m_bids.reserve(static_cast<std::size_t>(m_depth) + 8);
        m_asks.reserve(static_cast<std::size_t>(m_depth) + 8);
    }
}

void OrderBook::clear()
{
    m_bids.clear();
    m_asks.clear();
    m_updateId = m_seq = 0;
    m_tsMs = m_ctsMs = 0;
    m_hasSnapshot = false;
    m_stale = false;
}

BookUpdate OrderBook::apply(const exchange::OrderBookMessage &message)
{
    return message.snapshot ? applySnapshot(message) : applyDelta(message);
}

BookUpdate OrderBook::applySnapshot(const exchange::OrderBookMessage &snapshot)
{
    loadSide<BidOrder>(m_bids, snapshot.bids);
    loadSide<AskOrder>(m_asks, snapshot.asks);
    trimToBound();
    m_updateId = snapshot.updateId;
    m_seq = snapshot.seq;
    m_tsMs = snapshot.tsMs;
    m_ctsMs = snapshot.ctsMs;
    m_hasSnapshot = true;
    m_stale = false;
    ++m_applied;
    if (crossed()) {
        m_stale = true;
        return BookUpdate::Crossed;
    }
    return snapshot.updateId == 1 ? BookUpdate::Reset : BookUpdate::Ok;
}

BookUpdate OrderBook::applyDelta(const exchange::OrderBookMessage &delta)
{
    if (m_stale)
        return BookUpdate::AwaitingSnapshot;
    if (!m_hasSnapshot) {
        m_stale = true; // a delta without its snapshot: resync once, then wait
        return BookUpdate::Gap;
    }
    if (delta.updateId != m_updateId + 1) {
        m_stale = true;
        return BookUpdate::Gap;
    }
    applySide<BidOrder>(m_bids, delta.bids);
    applySide<AskOrder>(m_asks, delta.asks);
    trimToBound();
    m_updateId = delta.updateId;
    m_seq = delta.seq;
    m_tsMs = delta.tsMs;
    m_ctsMs = delta.ctsMs;
    ++m_applied;
    if (crossed()) {
        m_stale = true;
        return BookUpdate::Crossed;
    }
    return BookUpdate::Ok;
}

bool OrderBook::crossed() const
{
    return !m_bids.empty() && !m_asks.empty() && m_bids.back().price >= m_asks.back().price;
}

void OrderBook::trimToBound()
{
    if (m_depth == 0)
        return;
    const std::size_t bound = static_cast<std::size_t>(m_depth) * 4;
    // The worst levels sit at the front of each array.
    if (m_bids.size() > bound)
        m_bids.erase(m_bids.begin(), m_bids.begin() + static_cast<std::ptrdiff_t>(m_bids.size() - bound));
    if (m_asks.size() > bound)
        m_asks.erase(m_asks.begin(), m_asks.begin() + static_cast<std::ptrdiff_t>(m_asks.size() - bound));
}

std::optional<BookLevel> OrderBook::bestBid() const
{
    return m_bids.empty() ? std::nullopt : std::optional<BookLevel>(m_bids.back());
}

std::optional<BookLevel> OrderBook::bestAsk() const
{
    return m_asks.empty() ? std::nullopt : std::optional<BookLevel>(m_asks.back());
}

std::optional<Ticks> OrderBook::midTimesTwo() const
{
    if (m_bids.empty() || m_asks.empty())
        return std::nullopt;
    return m_bids.back().price + m_asks.back().price;
}

std::optional<Ticks> OrderBook::spread() const
{
    if (m_bids.empty() || m_asks.empty())
        return std::nullopt;
    return m_asks.back().price - m_bids.back().price;
}

void OrderBook::topLevels(std::size_t n, std::vector<BookLevel> &bids, std::vector<BookLevel> &asks) const
{
    bids.clear();
    asks.clear();
    const std::size_t nb = std::min(n, m_bids.size());
    const std::size_t na = std::min(n, m_asks.size());
    for (std::size_t i = 0; i < nb; ++i)
        bids.push_back(bid(i));
    for (std::size_t i = 0; i < na; ++i)
        asks.push_back(ask(i));
}

BookDepth OrderBook::depthWithinBps(int basisPoints) const
{
    BookDepth depth;
    const auto mid2 = midTimesTwo();
    if (!mid2)
        return depth;
    const qint64 bps = std::clamp(basisPoints, 0, 10000);
    // price within band ⇔ price × 2 × 10000 ≥ mid2 × (10000 − bps) for bids (≤ … + bps for asks).
    qint64 bidLimit = 0;
    qint64 askLimit = 0;
    const bool bidOverflow = __builtin_mul_overflow(*mid2, 10000 - bps, &bidLimit);
    const bool askOverflow = __builtin_mul_overflow(*mid2, 10000 + bps, &askLimit);
    auto scaled = [](Ticks price, qint64 &out) { return !__builtin_mul_overflow(price, qint64{20000}, &out); };
    for (auto it = m_bids.rbegin(); it != m_bids.rend() && !bidOverflow; ++it) {
        qint64 p = 0;
        if (!scaled(it->price, p) || p < bidLimit)
            break;
        depth.bidLots += it->size;
        ++depth.bidLevels;
    }
    for (auto it = m_asks.rbegin(); it != m_asks.rend() && !askOverflow; ++it) {
        qint64 p = 0;
        if (!scaled(it->price, p) || p > askLimit)
            break;
        depth.askLots += it->size;
        ++depth.askLevels;
    }
    return depth;
}

std::size_t OrderBook::memoryBytes() const
{
    return (m_bids.capacity() + m_asks.capacity()) * sizeof(BookLevel);
}

} // namespace virtuoso::market
