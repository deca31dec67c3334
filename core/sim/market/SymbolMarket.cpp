#include "sim/market/SymbolMarket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace virtuoso::sim {

namespace {

constexpr qint64 kFiveMinutesMs = 5 * 60000;
constexpr qint64 kFundingIntervalMs = 8 * 3600000;
constexpr int kMinLevels = 1100; // deeper than the 1000-level stream, always
constexpr int kRefillLevels = 1250;
constexpr int kMaxLevels = 1500;
constexpr int kTrimmedLevels = 1300;
constexpr int kMaxRefillTicks = 400;
constexpr std::size_t kRepairScanLevels = 48;

Side opposite(Side side)
{
    return side == Side::Buy ? Side::Sell : Side::Buy;
}

// exp(-x) for x >= 0, without libm's slow path for results that underflow.
double decay(double x)
{
    return x > 40 ? 0 : std::exp(-x);
}

} // namespace

void SymbolMarket::step(qint64 nowMs, MarketListener &listener)
{
    m_nowMs = nowMs;
    m_stepTrades.clear();
    m_stepLiquidations.clear();
    m_stepCandles.clear();
    m_candles.roll(nowMs, m_stepCandles);
    while (nowMs >= m_nextSecondMs) {
        secondTick(m_nextSecondMs);
        m_nextSecondMs += 1000;
    }
    m_price.step(m_random, nowMs);
    runLiquidations();
    runTakers();
    followFairPrice();
    makerActivity();
    repairHoles();
    maintainDepth();
    publish(listener);
}

void SymbolMarket::secondTick(qint64 epochMs)
{
    // Perpetual premium over the index: mean-reverting, leaning with the trend.
    const double premiumMean = 0.0001 + 0.0004 * m_price.direction();
    m_premium += (premiumMean - m_premium) / 600.0 + 1.7e-5 * m_random.normal();
    m_premiumShort += (m_premium - m_premiumShort) / 30.0;
    m_premiumLong += (m_premium - m_premiumLong) / 3600.0;
    m_fundingRate = std::round(std::clamp(0.0001 + 0.75 * (m_premiumLong - 0.0001), -0.0075, 0.0075) * 1e6) / 1e6;
    const double fair = fairTicks();
    m_indexPrice = std::max<Ticks>(1, std::llround(fair / (1 + m_premium)));
    m_markPrice = std::max<Ticks>(1, std::llround(static_cast<double>(m_indexPrice) * (1 + m_premiumShort)));

    m_openInterestBase *= std::exp(0.0004 * m_random.normal());
    m_openInterest += (m_openInterestBase - m_openInterest) / 7200.0;
    m_openInterest = std::max(m_openInterest, m_openInterestBase * 0.2);

    const double previous = m_secondPrices.empty() ? m_price.price() : m_secondPrices.back();
    const double secondReturn = std::log(m_price.price() / previous);
    // Accounts lean against the move (retail buys dips), and drift back to their usual mix.
    m_buyRatio += (m_buyRatioMean - m_buyRatio) / 3600.0 + 0.0015 * m_random.normal() - 2.0 * secondReturn;
    m_buyRatio = std::clamp(m_buyRatio, 0.2, 0.8);
    m_secondPrices.push(m_price.price());

    while (epochMs >= m_nextFundingMs) {
        m_funding.push({m_nextFundingMs, m_fundingRate});
        m_nextFundingMs += kFundingIntervalMs;
    }
    while (epochMs >= m_nextFiveMinuteMs) {
        m_openInterestPoints.record(m_nextFiveMinuteMs, m_openInterest);
        m_ratioPoints.record(m_nextFiveMinuteMs, std::round(m_buyRatio * 10000) / 10000);
        m_nextFiveMinuteMs += kFiveMinutesMs;
    }

    // Liquidations cluster in violent markets.
    const double perSecond = m_price.bursting() ? 1.0 / 40 : 1.0 / 2400;
    if (m_pending.empty() && m_random.chance(perSecond))
        scheduleLiquidations(recentLosingSide(), epochMs, 1.0);
}

Side SymbolMarket::recentLosingSide()
{
    // Longs are liquidated ("Buy") when the price fell over the last half minute.
    const std::size_t n = m_secondPrices.size();
    const double then = m_secondPrices[n > 30 ? n - 31 : 0];
    const double now = m_price.price();
    if (now == then)
        return m_random.chance(0.5) ? Side::Buy : Side::Sell;
    return now < then ? Side::Buy : Side::Sell;
}

void SymbolMarket::scheduleLiquidations(Side positionSide, qint64 fromMs, double scale)
{
    // A cascade (scale above 1): three times as many liquidations, each `scale` times larger.
    const int count = (3 + static_cast<int>(m_random.below(10))) * (scale > 1 ? 3 : 1);
    double at = static_cast<double>(fromMs);
    for (int i = 0; i < count; ++i) {
        at += 20 + m_random.exponential(350);
        const Lots lots = std::max<Lots>(1, std::llround(m_tradeLots * scale * m_random.logNormal(0.8, 0.9)));
        m_pending.push_back({static_cast<qint64>(at), positionSide, lots});
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const PendingLiquidation &a, const PendingLiquidation &b) { return a.atMs < b.atMs; });
}

void SymbolMarket::triggerLiquidationBurst(double scale)
{
    scheduleLiquidations(recentLosingSide(), m_nowMs, std::clamp(scale, 1.0, 1000.0));
}

void SymbolMarket::triggerVolatilityBurst(int seconds)
{
    m_price.startBurst(m_random, m_nowMs, seconds);
}

void SymbolMarket::runLiquidations()
{
    std::size_t done = 0;
    while (done < m_pending.size() && m_pending[done].atMs <= m_nowMs) {
        const PendingLiquidation liquidation = m_pending[done++];
        // A liquidated long is closed by a market sell, a liquidated short by a market buy.
        const std::size_t before = m_stepTrades.size();
        executeTaker(opposite(liquidation.positionSide), liquidation.lots, 60, 1.0);
        if (m_stepTrades.size() == before)
            continue;
        Lots filled = 0;
        for (std::size_t i = before; i < m_stepTrades.size(); ++i)
            filled += m_stepTrades[i].size;
        m_openInterest = std::max(0.0, m_openInterest - static_cast<double>(filled) * m_instrument.qtyStep());
        Liquidation out;
        out.symbol = m_instrument.name;
        out.epochMs = m_nowMs;
        out.side = liquidation.positionSide;
        out.price = m_stepTrades.back().price;
        out.size = filled;
        m_stepLiquidations.push_back(out);
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(done));
}

Lots SymbolMarket::takerSize()
{
    double size = m_tradeLots * m_random.logNormal(-0.6, 1.1);
    if (m_random.chance(0.012))
        size *= 4 * std::min(m_random.pareto(1.3), 15.0); // the occasional large print
    const Lots cap =
        m_instrument.spec.maxOrderLots > 0 ? m_instrument.spec.maxOrderLots : std::numeric_limits<Lots>::max();
    return std::clamp<Lots>(std::llround(size), 1, cap);
}

void SymbolMarket::runTakers()
{
    const int orders = m_random.poisson(m_activity.tradesPerSecond * m_price.activity() / m_stepsPerSecond);
    for (int i = 0; i < orders; ++i) {
        const BookSide &bids = m_book.bids();
        const BookSide &asks = m_book.asks();
        if (bids.empty() || asks.empty())
            return;
        const double mid = 0.5 * static_cast<double>(bids.best().price + asks.best().price);
        const double spread = static_cast<double>(asks.best().price - bids.best().price);
        // Takers lean towards where the fair price is, and with the trend.
        const double lean =
            std::clamp(0.3 * (fairTicks() - mid) / std::max(1.0, spread), -0.3, 0.3) + 0.04 * m_price.direction();
        executeTaker(m_random.chance(0.5 + lean) ? Side::Buy : Side::Sell, takerSize(), 40, 0.5);
    }
}

void SymbolMarket::executeTaker(Side side, Lots quantity, int maxLevels, double impactShare)
{
    const BookSide &makers = side == Side::Buy ? m_book.asks() : m_book.bids();
    if (makers.empty())
        return;
    const Ticks touchBefore = makers.best().price;
    m_fills.clear();
    m_book.sweep(side, quantity, maxLevels, m_fills);
    for (const Fill &fill : m_fills)
        recordTrade(side, fill.price, fill.size);
    if (!makers.empty() && makers.best().price != touchBefore) {
        // The lasting part of the impact, bounded so that one print cannot move the market by more
        // than a few basis points.
        const double cap = std::max(2.0 * m_instrument.tickSize(), 0.0003 * m_price.price());
        const double move =
            impactShare * static_cast<double>(makers.best().price - touchBefore) * m_instrument.tickSize();
        m_price.shift(std::clamp(move, -cap, cap));
    }
}

void SymbolMarket::recordTrade(Side side, Ticks price, Lots size)
{
    TradeRecord trade;
    trade.epochMs = m_nowMs;
    trade.price = price;
    trade.size = size;
    trade.seq = ++m_seq;
    trade.side = side;
    m_trades.push(trade);
    m_stepTrades.push_back(trade);
    const double baseQty = static_cast<double>(size) * m_instrument.qtyStep();
    m_candles.addTrade(price, size, baseQty * static_cast<double>(price) * m_instrument.tickSize());

    if (price > m_lastPrice)
        m_tickDirection = QStringLiteral("PlusTick");
    else if (price < m_lastPrice)
        m_tickDirection = QStringLiteral("MinusTick");
    else if (m_tickDirection == QLatin1String("PlusTick"))
        m_tickDirection = QStringLiteral("ZeroPlusTick");
    else if (m_tickDirection == QLatin1String("MinusTick"))
        m_tickDirection = QStringLiteral("ZeroMinusTick");
    m_lastPrice = price;

    // Trending markets open positions, ranges mostly churn them.
    const double opening = m_price.regime() == PriceProcess::Regime::Range ? -0.02 : 0.12;
    m_openInterest += baseQty * (opening + 0.4 * (m_random.uniform() - 0.5));
}

void SymbolMarket::followFairPrice()
{
    const double fair = fairTicks();
    const Ticks spread = m_price.bursting() ? 1 + static_cast<Ticks>(m_random.below(3)) : 1;
    const Ticks bidTarget = static_cast<Ticks>(std::floor(fair + 0.5 - 0.5 * static_cast<double>(spread)));
    const Ticks askTarget = bidTarget + spread;
    const double hitChance = m_price.bursting() ? 0.06 : 0.015;

    // Quotes left on the wrong side of the fair price are either hit by a taker or pulled.
    BookSide &bids = m_book.bids();
    BookSide &asks = m_book.asks();
    if (!bids.empty() && bids.best().price > bidTarget) {
        if (m_random.chance(hitChance)) {
            m_fills.clear();
            m_book.clearThrough(true, bidTarget + 1, &m_fills);
            for (const Fill &fill : m_fills)
                recordTrade(Side::Sell, fill.price, fill.size);
        } else {
            while (!bids.empty() && bids.best().price > bidTarget && m_random.chance(0.75))
                m_book.setLevel(true, bids.best().price, 0);
        }
    }
    if (!asks.empty() && asks.best().price < askTarget) {
        if (m_random.chance(hitChance)) {
            m_fills.clear();
            m_book.clearThrough(false, askTarget - 1, &m_fills);
            for (const Fill &fill : m_fills)
                recordTrade(Side::Buy, fill.price, fill.size);
        } else {
            while (!asks.empty() && asks.best().price < askTarget && m_random.chance(0.75))
                m_book.setLevel(false, asks.best().price, 0);
        }
    }

    // Makers re-quote towards the fair price, never crossing the other side.
    if (m_random.chance(0.8) && (bids.empty() || bids.best().price < bidTarget)) {
        const Ticks top = asks.empty() ? bidTarget : std::min(bidTarget, asks.best().price - 1);
        const Ticks bottom = bids.empty() ? top - 20 : bids.best().price + 1;
        fillTowardsTouch(true, top, bottom);
    }
    if (m_random.chance(0.8) && (asks.empty() || asks.best().price > askTarget)) {
        const Ticks top = bids.empty() ? askTarget : std::max(askTarget, bids.best().price + 1);
        const Ticks bottom = asks.empty() ? top + 20 : asks.best().price - 1;
        fillTowardsTouch(false, top, bottom);
    }
}

void SymbolMarket::fillTowardsTouch(bool bids, Ticks from, Ticks to)
{
    // From the new touch `from` back to the old touch `to` (inclusive): the whole gap, so that a fast
    // move leaves no hole for the next taker to fall through. Holes beyond the cap are repaired later.
    const double fair = fairTicks();
    Ticks price = from;
    for (int n = 0; n < kMaxRefillTicks; ++n) {
        if (bids ? price < to : price > to)
            break;
        if (price < 1)
            break;
        const double distance = std::fabs(static_cast<double>(price) - fair);
        if (n == 0 || m_random.chance(occupancy(distance)))
            m_book.setLevel(bids, price, levelSize(distance, price));
        price = bids ? price - 1 : price + 1;
    }
}

void SymbolMarket::makerActivity()
{
    const int events = m_random.poisson(m_price.bursting() ? 4.0 : 2.5);
    const double fair = fairTicks();
    for (int i = 0; i < events; ++i) {
        const bool bidSide = m_random.chance(0.5);
        const BookSide &side = m_book.side(bidSide);
        if (side.size() < 2)
            continue;
        const double action = m_random.uniform();
        if (action < 0.45) {
            const std::size_t index = std::min<std::size_t>(m_random.geometric(5), side.size() - 1);
            const PriceLevel level = side.fromBest(index);
            const Lots size =
                std::max<Lots>(1, std::llround(static_cast<double>(level.size) * m_random.logNormal(0, 0.4)));
            m_book.setLevel(bidSide, level.price, size);
        } else if (action < 0.75) {
            const Ticks price = side.deeper(side.best().price, 1 + m_random.geometric(6));
            if (price < 1)
                continue;
            const double distance = std::fabs(static_cast<double>(price) - fair);
            const Lots existing = side.sizeAt(price);
            const Lots added = levelSize(distance, price);
            m_book.setLevel(bidSide, price, existing > 0 ? existing + added / 2 + 1 : added);
        } else {
            std::size_t index = std::min<std::size_t>(m_random.geometric(4), side.size() - 1);
            if (index == 0 && m_random.chance(0.5))
                index = 1;
            m_book.setLevel(bidSide, side.fromBest(index).price, 0);
        }
    }
}

void SymbolMarket::repairHoles()
{
    // Makers fill any unusually wide gap near the touch: one level per side per step. The threshold
    // is the widest gap the sparsest part of the profile produces by chance.
    const Ticks widest = static_cast<Ticks>(std::ceil(std::max(4.0, 4.0 / m_occupancyFloor)));
    const double fair = fairTicks();
    for (const bool bidSide : {true, false}) {
        const BookSide &side = m_book.side(bidSide);
        const std::size_t n = std::min(side.size(), kRepairScanLevels);
        for (std::size_t i = 1; i < n; ++i) {
            const Ticks nearer = side.fromBest(i - 1).price;
            const Ticks gap = bidSide ? nearer - side.fromBest(i).price : side.fromBest(i).price - nearer;
            if (gap <= widest)
                continue;
            const Ticks price =
                side.deeper(nearer, 1 + static_cast<Ticks>(m_random.below(static_cast<quint64>(gap - 1))));
            m_book.setLevel(bidSide, price, levelSize(std::fabs(static_cast<double>(price) - fair), price));
            break;
        }
    }
}

void SymbolMarket::maintainDepth()
{
    for (const bool bids : {true, false}) {
        const BookSide &side = m_book.side(bids);
        if (side.size() < kMinLevels) {
            const Ticks start =
                side.empty() ? (bids ? m_lastPrice : m_lastPrice + 1) : side.deeper(side.worst().price, 1);
            m_book.extendDeep(bids, deepLevels(bids, start, kRefillLevels - side.size()));
        } else if (side.size() > kMaxLevels) {
            m_book.trimDeep(bids, side.size() - kTrimmedLevels);
        }
    }
}

double SymbolMarket::occupancy(double distanceTicks) const
{
    return m_occupancyFloor + (0.95 - m_occupancyFloor) * decay(distanceTicks / m_nearTicks);
}

Lots SymbolMarket::levelSize(double distanceTicks, Ticks price)
{
    // Thin at the touch, fuller further out, with more resting at round prices and the odd wall.
    const double shape = 0.2 + 0.8 * (1 - decay(distanceTicks / m_nearTicks));
    double round = 1;
    if (m_roundSteps[0] > 1 && price % m_roundSteps[0] == 0)
        round = 5;
    else if (m_roundSteps[1] > 1 && price % m_roundSteps[1] == 0)
        round = 2.5;
    else if (m_roundSteps[2] > 1 && price % m_roundSteps[2] == 0)
        round = 1.6;
    const double wall = m_random.chance(0.012) ? m_random.uniform(4, 12) : 1;
    const double size = m_levelLots * shape * round * wall * m_random.logNormal(-0.245, 0.7);
    return std::max<Lots>(1, std::llround(size));
}

void SymbolMarket::publish(MarketListener &listener)
{
    const bool traded = !m_stepTrades.empty();
    if (m_book.hasChanges()) {
        m_book.takeChanges(m_change.bids, m_change.asks);
        if (!m_change.bids.empty() || !m_change.asks.empty()) {
            if (!traded)
                ++m_seq;
            ++m_bookUpdateId;
            m_change.symbol = m_instrument.name;
            m_change.epochMs = m_nowMs;
            m_change.seq = m_seq;
            listener.onBookChange(m_change);
        }
    }
    if (traded) {
        m_tradePrints.resize(m_stepTrades.size());
        for (std::size_t i = 0; i < m_stepTrades.size(); ++i) {
            const TradeRecord &trade = m_stepTrades[i];
            TradePrint &print = m_tradePrints[i];
            print.symbol = m_instrument.name;
            print.epochMs = trade.epochMs;
            print.side = trade.side;
            print.price = trade.price;
            print.size = trade.size;
            print.seq = trade.seq;
            print.id = tradeIdFor(m_symbolHash, trade.seq);
            print.blockTrade = false;
        }
        listener.onTrades(m_instrument.name, m_tradePrints);
    }
    if (!m_stepLiquidations.empty())
        listener.onLiquidations(m_stepLiquidations);
    m_candles.takeChanged(m_stepCandles);
    for (const Candle &candle : m_stepCandles)
        listener.onCandle(m_instrument.name, candle);

    TickerState ticker = buildTicker();
    const auto same = [](const TickerState &a, const TickerState &b) {
        return a.lastPrice == b.lastPrice && a.markPrice == b.markPrice && a.indexPrice == b.indexPrice &&
               a.bid1Price == b.bid1Price && a.ask1Price == b.ask1Price && a.bid1Size == b.bid1Size &&
               a.ask1Size == b.ask1Size && a.volume24h == b.volume24h && a.openInterest == b.openInterest &&
               a.fundingRate == b.fundingRate && a.highPrice24h == b.highPrice24h && a.lowPrice24h == b.lowPrice24h &&
               a.prevPrice24h == b.prevPrice24h && a.nextFundingTimeMs == b.nextFundingTimeMs;
    };
    if (!same(ticker, m_lastTicker)) {
        listener.onTicker(ticker);
        m_lastTicker = std::move(ticker);
    }
}

} // namespace virtuoso::sim
