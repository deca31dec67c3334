#include "sim/market/MarketSimulator.h"

#include <utility>

namespace virtuoso::sim {

namespace {

// Differences between two best-first windows of one side; `better(a, b)`: a is nearer the touch.
template<typename Better>
void diffSide(const std::vector<PriceLevel> &before, const std::vector<PriceLevel> &after, Better better,
              std::vector<PriceLevel> &out)
{
    std::size_t i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && better(before[i].price, after[j].price))) {
            out.push_back({before[i].price, 0}); // left the window
            ++i;
        } else if (i == before.size() || better(after[j].price, before[i].price)) {
            out.push_back(after[j]); // entered the window
            ++j;
        } else {
            if (before[i].size != after[j].size)
                out.push_back(after[j]);
            ++i;
            ++j;
        }
    }
}

} // namespace

DepthStream::DepthStream(QString symbol, int depth)
    : m_symbol(std::move(symbol))
    , m_depth(depth < 1 ? 1 : depth)
{}

BookSnapshot DepthStream::snapshot(const MarketSimulator &market)
{
    market.bookTop(m_symbol, m_depth, m_bids, m_asks);
    BookSnapshot snapshot;
    snapshot.symbol = m_symbol;
    snapshot.epochMs = market.nowMs();
    snapshot.bids = m_bids;
    snapshot.asks = m_asks;
    snapshot.u = ++m_u;
    snapshot.seq = market.seq(m_symbol);
    return snapshot;
}

std::optional<BookSnapshot> DepthStream::update(const MarketSimulator &market)
{
    market.bookTop(m_symbol, m_depth, m_nextBids, m_nextAsks);
    BookSnapshot delta;
    diffSide(
        m_bids, m_nextBids, [](Ticks a, Ticks b) { return a > b; }, delta.bids);
    diffSide(
        m_asks, m_nextAsks, [](Ticks a, Ticks b) { return a < b; }, delta.asks);
    m_bids.swap(m_nextBids);
    m_asks.swap(m_nextAsks);
    if (delta.bids.empty() && delta.asks.empty())
        return std::nullopt;
    delta.symbol = m_symbol;
    delta.epochMs = market.nowMs();
    delta.u = ++m_u;
    delta.seq = market.seq(m_symbol);
    return delta;
}

void DepthStream::reset(quint64 nextU)
{
    m_u = nextU;
    m_bids.clear();
    m_asks.clear();
}

} // namespace virtuoso::sim
