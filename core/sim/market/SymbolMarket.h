#pragma once

#include "base/FixedRing.h"
#include "sim/market/CandleSeries.h"
#include "sim/market/InstrumentCatalog.h"
#include "sim/market/MarketRandom.h"
#include "sim/market/OrderBookModel.h"
#include "sim/market/PriceProcess.h"
#include "sim/market/SimTypes.h"

#include <array>
#include <utility>
#include <vector>

namespace virtuoso::sim {

struct TradeRecord
{
    qint64 epochMs = 0;
    Ticks price = 0;
    Lots size = 0;
    quint64 seq = 0;
    Side side = Side::Buy;
};

// Points sampled every 5 minutes and kept per query interval (5, 15, 30, 60, 240, 1440 minutes), so
// that coarse intervals reach far back without keeping every 5-minute point.
class IntervalPoints
{
public:
    static constexpr std::array<int, 6> kIntervals = {5, 15, 30, 60, 240, 1440};
    static constexpr std::size_t kCapacity = 260;

    // `newestMs` is a 5-minute boundary; `walk(value, minutes)` gives the value one step further back.
    template<typename Walk>
    void initialize(qint64 newestMs, double newestValue, Walk &&walk);
    void record(qint64 epochMs, double value);
    std::vector<std::pair<qint64, double>> query(int intervalMinutes, int limit) const;

private:
    std::array<FixedRing<std::pair<qint64, double>>, kIntervals.size()> m_rings;
};

// One symbol of the synthetic market: its price process, book, tape, candles and derivatives state.
class SymbolMarket
{
public:
    SymbolMarket(const SimInstrument &instrument, quint64 seed, qint64 startMs, int stepsPerSecond, int historyMinutes,
                 double tradeRateScale = 1);

    const SimInstrument &instrument() const { return m_instrument; }
    void step(qint64 nowMs, MarketListener &listener);

    BookSnapshot book(int depth) const;
    void top(int depth, std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks) const
    {
        m_book.top(depth, bids, asks);
    }
    std::vector<TradePrint> recentTrades(int limit) const;
    std::vector<Candle> klines(int intervalMinutes, qint64 startMs, qint64 endMs, int limit) const
    {
        return m_candles.query(intervalMinutes, startMs, endMs, limit);
    }
    TickerState ticker() const;
    std::vector<OpenInterestPoint> openInterest(int intervalMinutes, int limit) const;
    std::vector<FundingPoint> fundingHistory(int limit) const;
    std::vector<LongShortPoint> longShortRatio(int intervalMinutes, int limit) const;

    // A burst of 3–12 liquidations of the side that lost lately; `scale` above 1 makes it a cascade.
    void triggerLiquidationBurst(double scale = 1.0);
    void triggerVolatilityBurst(int seconds);

    quint64 seq() const { return m_seq; }
    quint64 bookUpdateId() const { return m_bookUpdateId; }
    qint64 nowMs() const { return m_nowMs; }

private:
    struct PendingLiquidation
    {
        qint64 atMs = 0;
        Side positionSide = Side::Buy;
        Lots lots = 0;
    };

    // Start-up history (MarketHistory.cpp).
    void buildHistory(int historyMinutes);
    void buildBook();

    // One step (SymbolMarket.cpp).
    void secondTick(qint64 epochMs);
    void runLiquidations();
    void runTakers();
    void followFairPrice();
    void makerActivity();
    void repairHoles();
    void maintainDepth();
    void publish(MarketListener &listener);

    void executeTaker(Side side, Lots quantity, int maxLevels, double impactShare);
    void recordTrade(Side side, Ticks price, Lots size);
    void scheduleLiquidations(Side positionSide, qint64 fromMs, double scale);
    Side recentLosingSide();
    Lots takerSize();
    Lots levelSize(double distanceTicks, Ticks price);
    double occupancy(double distanceTicks) const;
    void fillTowardsTouch(bool bids, Ticks from, Ticks to);
    std::vector<PriceLevel> deepLevels(bool bids, Ticks startPrice, std::size_t count);
    double fairTicks() const { return m_price.price() / m_instrument.tickSize(); }
    TickerState buildTicker() const;

    SimInstrument m_instrument;
    InstrumentActivity m_activity;
    MarketRandom m_random;
    quint64 m_symbolHash = 0;
    int m_stepsPerSecond = 50;
    qint64 m_nowMs = 0;

    PriceProcess m_price;
    OrderBookModel m_book;
    CandleSeries m_candles;
    FixedRing<TradeRecord> m_trades{1024};
    IntervalPoints m_openInterestPoints;
    IntervalPoints m_ratioPoints;
    FixedRing<FundingPoint> m_funding{256};
    FixedRing<double> m_secondPrices{64}; // fair price at each second, for the direction of recent moves

    // Book shape, fixed from the start price.
    double m_levelLots = 1;  // typical deep level size
    double m_tradeLots = 1;  // typical taker order
    double m_nearTicks = 10; // distance over which levels go from sparse-thin to full
    double m_occupancyFloor = 0.3;
    std::array<Ticks, 3> m_roundSteps = {1000, 500, 100}; // round-number clustering, in ticks

    // Derivatives state.
    double m_premium = 0.0001, m_premiumShort = 0.0001, m_premiumLong = 0.0001;
    double m_fundingRate = 0.0001;
    qint64 m_nextFundingMs = 0;
    double m_openInterest = 0, m_openInterestBase = 0;
    double m_buyRatio = 0.5, m_buyRatioMean = 0.5;
    Ticks m_indexPrice = 0, m_markPrice = 0;
    qint64 m_nextSecondMs = 0, m_nextFiveMinuteMs = 0;

    // Tape state.
    Ticks m_lastPrice = 0;
    QString m_tickDirection;
    quint64 m_seq = 0;
    quint64 m_bookUpdateId = 0;
    std::vector<PendingLiquidation> m_pending;

    // Per-step scratch, reused to avoid allocations.
    std::vector<Fill> m_fills;
    std::vector<TradeRecord> m_stepTrades;
    std::vector<Liquidation> m_stepLiquidations;
    std::vector<Candle> m_stepCandles;
    std::vector<TradePrint> m_tradePrints;
    BookChange m_change;
    TickerState m_lastTicker;
};

QString tradeIdFor(quint64 symbolHash, quint64 seq);

} // namespace virtuoso::sim
