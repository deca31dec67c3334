#include "sim/market/OrderBookModel.h"

#include <algorithm>

namespace virtuoso::sim {

std::vector<PriceLevel>::iterator BookSide::lowerBound(Ticks price)
{
    if (m_bids)
        return std::lower_bound(m_levels.begin(), m_levels.end(), price,
                                [](const PriceLevel &level, Ticks p) { return level.price < p; });
    return std::lower_bound(m_levels.begin(), m_levels.end(), price,
                            [](const PriceLevel &level, Ticks p) { return level.price > p; });
}

std::vector<PriceLevel>::const_iterator BookSide::lowerBound(Ticks price) const
{
    return const_cast<BookSide *>(this)->lowerBound(price);
}

Lots BookSide::sizeAt(Ticks price) const
{
    const auto it = lowerBound(price);
    return it != m_levels.end() && it->price == price ? it->size : 0;
}

Lots BookSide::set(Ticks price, Lots size)
{
    // Most changes are at the touch: check the back before searching.
    const auto it = !m_levels.empty() && m_levels.back().price == price ? m_levels.end() - 1 : lowerBound(price);
    if (it != m_levels.end() && it->price == price) {
        const Lots before = it->size;
        if (size <= 0)
            m_levels.erase(it);
        else
            it->size = size;
        return before;
    }
    if (size > 0)
        m_levels.insert(it, PriceLevel{price, size});
    return 0;
}

void BookSide::extendDeep(const std::vector<PriceLevel> &nearestFirst)
{
    // Stored worst first, so the deepest new level goes to the very front.
    m_levels.insert(m_levels.begin(), nearestFirst.rbegin(), nearestFirst.rend());
}

void BookSide::trimDeep(std::size_t count)
{
    count = std::min(count, m_levels.size());
    m_levels.erase(m_levels.begin(), m_levels.begin() + static_cast<std::ptrdiff_t>(count));
}

void OrderBookModel::setLevel(bool bids, Ticks price, Lots size)
{
    size = std::max<Lots>(size, 0);
    const Lots before = side(bids).set(price, size);
    if (before != size)
        log(bids, price, size, before);
}

Lots OrderBookModel::sweep(Side takerSide, Lots quantity, int maxLevels, std::vector<Fill> &fills)
{
    const bool makerBids = takerSide == Side::Sell;
    BookSide &makers = side(makerBids);
    int levels = 0;
    while (quantity > 0 && !makers.empty() && levels < maxLevels) {
        const PriceLevel best = makers.best();
        const Lots take = std::min(quantity, best.size);
        fills.push_back({best.price, take});
        quantity -= take;
        if (take == best.size) {
            makers.popBest();
            log(makerBids, best.price, 0, best.size);
        } else {
            makers.reduceBest(take);
            log(makerBids, best.price, best.size - take, best.size);
        }
        ++levels;
    }
    return quantity;
}

void OrderBookModel::clearThrough(bool bids, Ticks limit, std::vector<Fill> *fills)
{
    BookSide &s = side(bids);
    while (!s.empty() && !s.better(limit, s.best().price)) {
        const PriceLevel best = s.best();
        if (fills)
            fills->push_back({best.price, best.size});
        s.popBest();
        log(bids, best.price, 0, best.size);
    }
}

void OrderBookModel::extendDeep(bool bids, const std::vector<PriceLevel> &nearestFirst)
{
    side(bids).extendDeep(nearestFirst);
    for (const PriceLevel &level : nearestFirst)
        log(bids, level.price, level.size, 0);
}

void OrderBookModel::trimDeep(bool bids, std::size_t count)
{
    BookSide &s = side(bids);
    count = std::min(count, s.size());
    for (std::size_t i = 0; i < count; ++i)
        log(bids, s.levelsWorstFirst()[i].price, 0, s.levelsWorstFirst()[i].size);
    s.trimDeep(count);
}

void OrderBookModel::collapse(std::vector<LoggedChange> &log, bool bidsSide, std::vector<PriceLevel> &out)
{
    out.clear();
    if (log.empty())
        return;
    // A stable order keeps the changes of one price in sequence: the first holds the size before the
    // step, the last the size after it. Logs are short, so insertion sort beats std::stable_sort.
    const auto before = [bidsSide](const LoggedChange &a, const LoggedChange &b) {
        return bidsSide ? a.price > b.price : a.price < b.price;
    };
    if (log.size() > 64)
        std::stable_sort(log.begin(), log.end(), before);
    for (std::size_t i = 1; i < log.size(); ++i) {
        const LoggedChange item = log[i];
        std::size_t j = i;
        while (j > 0 && before(item, log[j - 1])) {
            log[j] = log[j - 1];
            --j;
        }
        log[j] = item;
    }
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < log.size(); ++i) {
        if (i + 1 < log.size() && log[i + 1].price == log[i].price)
            continue;
        // A level that ends the step as it began (added then taken, changed and restored) is no change.
        if (log[i].size != log[runStart].before)
            out.push_back({log[i].price, log[i].size});
        runStart = i + 1;
    }
    log.clear();
}

void OrderBookModel::takeChanges(std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks)
{
    collapse(m_bidLog, true, bids);
    collapse(m_askLog, false, asks);
}

void OrderBookModel::top(int depth, std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks) const
{
    const auto copyTop = [depth](const BookSide &s, std::vector<PriceLevel> &out) {
        out.clear();
        const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(std::max(depth, 0)), s.size());
        const auto &levels = s.levelsWorstFirst();
        out.assign(levels.rbegin(), levels.rbegin() + static_cast<std::ptrdiff_t>(n));
    };
    copyTop(m_bids, bids);
    copyTop(m_asks, asks);
}

} // namespace virtuoso::sim
