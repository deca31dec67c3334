#include "model/confluence/LiveMarket.h"

#include <algorithm>

namespace virtuoso::confluence {

namespace {
constexpr double kAbsorptionTimeConstantMs = 60'000;
}

void LiveBook::decayTo(std::int64_t timeMs)
{
    if (timeMs <= m_decayedAtMs)
        return;
    if (m_decayedAtMs > 0) {
        const double f = std::exp(-static_cast<double>(timeMs - m_decayedAtMs) / kAbsorptionTimeConstantMs);
        m_absorbedSells *= f;
        m_absorbedBuys *= f;
        m_tradedVolume *= f;
    }
    m_decayedAtMs = timeMs;
}

void LiveBook::onBook(const BookView &book)
{
    m_seen = true;
    m_bidCount = std::min(book.bidCount, kLevels);
    m_askCount = std::min(book.askCount, kLevels);
    std::copy_n(book.bids, m_bidCount, m_bids.begin());
    std::copy_n(book.asks, m_askCount, m_asks.begin());
    // Did the levels that aggressive orders hit since the last book hold?
    if (m_pendingSellQty > 0 && m_bidCount > 0) {
        if (m_bids[0].price >= m_pendingSellPrice)
            m_absorbedSells += m_pendingSellQty;
        m_pendingSellQty = 0;
        m_pendingSellPrice = NAN;
    }
    if (m_pendingBuyQty > 0 && m_askCount > 0) {
        if (m_asks[0].price <= m_pendingBuyPrice)
            m_absorbedBuys += m_pendingBuyQty;
        m_pendingBuyQty = 0;
        m_pendingBuyPrice = NAN;
    }
}

void LiveBook::onTrade(const TradeTick &trade)
{
    if (!m_seen)
        return;
    decayTo(trade.timeMs);
    ++m_tradesWithBook;
    m_tradedVolume += trade.quantity;
    if (trade.buyerIsTaker) {
        m_pendingBuyPrice = std::isnan(m_pendingBuyPrice) ? trade.price : std::max(m_pendingBuyPrice, trade.price);
        m_pendingBuyQty += trade.quantity;
    } else {
        m_pendingSellPrice = std::isnan(m_pendingSellPrice) ? trade.price : std::min(m_pendingSellPrice, trade.price);
        m_pendingSellQty += trade.quantity;
    }
}

bool TradeSizeGauge::add(double quantity)
{
    const bool large = ready() && quantity >= kLargeMultiple * m_mean;
    ++m_trades;
    // A running mean that forgets slowly (the last few thousand trades), so regimes can change.
    const double alpha = std::max(1.0 / static_cast<double>(m_trades), 1.0 / 2000.0);
    m_mean += alpha * (quantity - m_mean);
    return large;
}

void SentimentInputs::onLiquidation(const LiquidationEvent &event)
{
    // The ring grows with the events up to kRingSize (most symbols see few), then wraps.
    if (m_ring.size() < static_cast<size_t>(kRingSize))
        m_ring.push_back(event);
    else
        m_ring[static_cast<size_t>(m_liquidationCount % kRingSize)] = event;
    ++m_liquidationCount;
}

SentimentInputs::LiquidationWindow SentimentInputs::liquidations(std::int64_t nowMs) const
{
    LiquidationWindow window;
    const long long available = std::min<long long>(m_liquidationCount, kRingSize);
    for (long long k = 0; k < available; ++k) {
        const LiquidationEvent &e = m_ring[static_cast<size_t>((m_liquidationCount - 1 - k) % kRingSize)];
        if (e.timeMs < nowMs - kLiquidationWindowMs)
            break;
        const double notional = e.price * e.quantity;
        if (e.longLiquidated)
            window.longNotional += notional;
        else
            window.shortNotional += notional;
        ++window.count;
        if (e.timeMs >= nowMs - 60'000)
            ++window.lastMinute;
    }
    return window;
}

} // namespace virtuoso::confluence
