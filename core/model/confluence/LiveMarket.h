#pragma once

#include "model/confluence/MarketInputs.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace virtuoso::confluence {

// What the orderbook component reads: the top of the book, copied on each update, and absorption
// (aggressive orders that hit a level which then held), decayed with a one-minute time constant.
class LiveBook
{
public:
    static constexpr int kLevels = 50;

    void onBook(const BookView &book);
    void onTrade(const TradeTick &trade);

    bool seen() const { return m_seen; }
    int bidCount() const { return m_bidCount; }
    int askCount() const { return m_askCount; }
    const std::array<BookLevel, kLevels> &bids() const { return m_bids; }
    const std::array<BookLevel, kLevels> &asks() const { return m_asks; }
    double absorbedSells() const { return m_absorbedSells; } // sells the bid held against
    double absorbedBuys() const { return m_absorbedBuys; }   // buys the ask held against
    double tradedVolume() const { return m_tradedVolume; }
    long long tradesWithBook() const { return m_tradesWithBook; }

private:
    void decayTo(std::int64_t timeMs);

    bool m_seen = false;
    int m_bidCount = 0;
    int m_askCount = 0;
    std::array<BookLevel, kLevels> m_bids{};
    std::array<BookLevel, kLevels> m_asks{};
    double m_pendingSellPrice = NAN; // lowest price sells hit since the last book
    double m_pendingSellQty = 0;
    double m_pendingBuyPrice = NAN; // highest price buys lifted since the last book
    double m_pendingBuyQty = 0;
    double m_absorbedSells = 0;
    double m_absorbedBuys = 0;
    double m_tradedVolume = 0;
    long long m_tradesWithBook = 0;
    std::int64_t m_decayedAtMs = 0;
};

// Trade-size statistics: a trade is large when it is at least kLargeMultiple times the running
// mean trade size, once kWarmTrades trades have set that mean.
class TradeSizeGauge
{
public:
    static constexpr int kWarmTrades = 100;
    static constexpr double kLargeMultiple = 5.0;
    // Returns whether the trade counts as large (judged against the mean before it).
    bool add(double quantity);
    long long trades() const { return m_trades; }
    bool ready() const { return m_trades >= kWarmTrades; }

private:
    long long m_trades = 0;
    double m_mean = 0;
};

// Sentiment inputs: funding, liquidations (a five-minute window and one-minute bursts), long/short ratio.
class SentimentInputs
{
public:
    static constexpr std::int64_t kLiquidationWindowMs = 5 * 60'000;
    static constexpr int kRingSize = 256;

    void onFunding(double rate) { m_funding = rate; }
    void onLongShortRatio(double ratio) { m_longShort = ratio; }
    void onLiquidation(const LiquidationEvent &event);

    double funding() const { return m_funding; }
    double longShortRatio() const { return m_longShort; }
    bool liquidationsSeen() const { return m_liquidationCount > 0; }

    struct LiquidationWindow
    {
        double longNotional = 0;
        double shortNotional = 0;
        int count = 0;
        int lastMinute = 0;
    };
    LiquidationWindow liquidations(std::int64_t nowMs) const;

private:
    double m_funding = NAN;
    double m_longShort = NAN;
    std::vector<LiquidationEvent> m_ring; // at most kRingSize, indexed by count % kRingSize
    long long m_liquidationCount = 0;
};

} // namespace virtuoso::confluence
