// Start-up state of a symbol: history generated backwards from the start price, and the first book.
#include "sim/market/SymbolMarket.h"

#include <algorithm>
#include <cmath>

namespace virtuoso::sim {

namespace {

constexpr qint64 kMinuteMs = 60000;
constexpr qint64 kDayMs = 1440 * kMinuteMs;
constexpr qint64 kFundingIntervalMs = 8 * 60 * kMinuteMs;
constexpr qint64 kMinimumMinuteBars = 2000;

qint64 floorTo(qint64 value, qint64 step)
{
    return value - ((value % step) + step) % step;
}

struct Tier
{
    qint64 fromMs;
    qint64 toMs;
    int minutes;
};

} // namespace

template<typename Walk>
void IntervalPoints::initialize(qint64 newestMs, double newestValue, Walk &&walk)
{
    std::vector<std::pair<qint64, double>> finer; // newest first, of the previous interval
    qint64 finerLengthMs = 0;
    for (std::size_t s = 0; s < kIntervals.size(); ++s) {
        const qint64 lengthMs = kIntervals[s] * kMinuteMs;
        std::vector<std::pair<qint64, double>> points;
        points.reserve(kCapacity);
        qint64 t = floorTo(newestMs, lengthMs);
        double value = newestValue;
        for (std::size_t k = 0; k < kCapacity; ++k, t -= lengthMs) {
            // Where a finer series covers this time, take its value: intervals agree with each other.
            const bool covered = !finer.empty() && t >= finer.back().first && t <= finer.front().first;
            if (covered)
                value = finer[static_cast<std::size_t>((finer.front().first - t) / finerLengthMs)].second;
            else if (k > 0)
                value = walk(value, kIntervals[s]);
            points.emplace_back(t, value);
        }
        m_rings[s].setCapacity(kCapacity);
        for (auto it = points.rbegin(); it != points.rend(); ++it)
            m_rings[s].push(*it);
        finer = std::move(points);
        finerLengthMs = lengthMs;
    }
}

void IntervalPoints::record(qint64 epochMs, double value)
{
    for (std::size_t s = 0; s < kIntervals.size(); ++s) {
        if (epochMs % (kIntervals[s] * kMinuteMs) == 0)
            m_rings[s].push({epochMs, value});
    }
}

std::vector<std::pair<qint64, double>> IntervalPoints::query(int intervalMinutes, int limit) const
{
    std::vector<std::pair<qint64, double>> out;
    const auto it = std::find(kIntervals.begin(), kIntervals.end(), intervalMinutes);
    if (it == kIntervals.end() || limit <= 0)
        return out;
    const auto &ring = m_rings[static_cast<std::size_t>(it - kIntervals.begin())];
    for (std::size_t i = ring.size(); i-- > 0 && static_cast<int>(out.size()) < limit;)
        out.push_back(ring[i]);
    return out;
}

SymbolMarket::SymbolMarket(const SimInstrument &instrument, quint64 seed, qint64 startMs, int stepsPerSecond,
                           int historyMinutes, double tradeRateScale)
    : m_instrument(instrument)
    , m_activity(activityFor(instrument))
    , m_symbolHash(MarketRandom::hashName(instrument.name))
    , m_stepsPerSecond(std::max(1, stepsPerSecond))
    , m_nowMs(startMs)
{
    if (tradeRateScale > 0)
        m_activity.tradesPerSecond *= tradeRateScale; // the same turnover in more, smaller trades
    m_random.reseed(seed * 0x9e3779b97f4a7c15ULL ^ m_symbolHash);
    const double tick = m_instrument.tickSize();
    // Each seed starts a little away from the catalogue price, so different seeds are different markets.
    const double basePrice = m_instrument.initialPrice > 0 ? m_instrument.initialPrice : 1.0;
    m_lastPrice = std::max<Ticks>(1, std::llround(basePrice * std::exp(0.02 * m_random.normal()) / tick));
    const double price = static_cast<double>(m_lastPrice) * tick;
    m_price.initialize(m_random, price, m_instrument.dailyVolatility, startMs, m_stepsPerSecond);

    const double tickBps = tick / price * 1e4;
    const double lotUsd = price * m_instrument.qtyStep();
    const double perSecondUsd = m_activity.turnover24hUsd / 86400.0;
    m_occupancyFloor = std::clamp(tickBps, 0.25, 0.9);
    m_nearTicks = std::max(8.0, 3.0 / tickBps);
    m_levelLots = std::max(1.0, (2000.0 + perSecondUsd * 0.5) / lotUsd);
    m_tradeLots = std::max(1.0, perSecondUsd / m_activity.tradesPerSecond * 0.7 / lotUsd);
    const double unit = std::pow(10.0, std::floor(std::log10(price)) - 2);
    const Ticks unitTicks = std::max<Ticks>(1, std::llround(unit / tick));
    m_roundSteps = {unitTicks, std::max<Ticks>(1, unitTicks / 2), std::max<Ticks>(1, unitTicks / 10)};

    m_seq = 100000000000ULL + m_random.below(50000000000ULL);
    m_bookUpdateId = 1000 + m_random.below(1000000);
    m_tickDirection = QStringLiteral("ZeroPlusTick");

    m_openInterestBase = m_activity.openInterestUsd / price;
    m_openInterest = m_openInterestBase * std::exp(0.05 * m_random.normal());
    m_buyRatioMean = 0.5 + m_random.uniform(-0.05, 0.15);
    m_buyRatio = std::clamp(m_buyRatioMean + 0.03 * m_random.normal(), 0.2, 0.8);

    buildHistory(historyMinutes);
    buildBook();

    m_indexPrice = m_lastPrice;
    m_markPrice = m_lastPrice;
    m_nextSecondMs = startMs + 1000;
    m_nextFiveMinuteMs = floorTo(startMs, 5 * kMinuteMs) + 5 * kMinuteMs;
    m_nextFundingMs = floorTo(startMs, kFundingIntervalMs) + kFundingIntervalMs;
    m_secondPrices.push(price);
    m_lastTicker = buildTicker();
}

void SymbolMarket::buildHistory(int historyMinutes)
{
    const double tick = m_instrument.tickSize();
    const qint64 openMs = floorTo(m_nowMs, kMinuteMs);
    // Enough for a client's start-up fetch: 2000 one-minute candles, 300 of 5m, 30m and 4h, a year of days.
    const qint64 minutes = std::max<qint64>(kMinimumMinuteBars, historyMinutes);
    const qint64 minuteTierStart = floorTo(openMs - minutes * kMinuteMs, 720 * kMinuteMs);
    const qint64 fiveTierStart = floorTo(minuteTierStart - 7 * kDayMs, kDayMs);
    const qint64 hourTierStart = fiveTierStart - 50 * kDayMs;
    const qint64 dayTierStart = hourTierStart - 300 * kDayMs;
    // Newest first: the finest bars close to now, coarser ones further back. Tier edges sit on 12 h
    // boundaries so every candle of every interval lies wholly inside one resolution or aggregates cleanly.
    const Tier tiers[] = {{minuteTierStart, openMs, 1},
                          {fiveTierStart, minuteTierStart, 5},
                          {hourTierStart, fiveTierStart, 60},
                          {dayTierStart, hourTierStart, 1440}};

    std::vector<Bar> newestFirst;
    newestFirst.reserve(6144);
    const double homeLog = std::log(static_cast<double>(m_lastPrice) * tick);
    double logClose = homeLog;
    double volatilityState = 0; // log multiplier of volatility, mean-reverting over hours
    double trendPerDay = 0;
    const double lotsPerMinute = m_activity.turnover24hUsd / 1440.0 / (std::exp(homeLog) * m_instrument.qtyStep());
    for (const Tier &tier : tiers) {
        const qint64 lengthMs = tier.minutes * kMinuteMs;
        const double days = tier.minutes / 1440.0;
        const double keep = std::exp(-4.0 * days);
        const double stateNoise = 0.35 * std::sqrt(1 - keep * keep);
        const double trendSwitch = 1 - std::exp(-days * 16);
        double close = std::exp(logClose) / tick;
        for (qint64 t = tier.toMs - lengthMs; t >= tier.fromMs; t -= lengthMs) {
            const double sigma = m_instrument.dailyVolatility * std::exp(volatilityState) * std::sqrt(days);
            // Walking backwards: a price above the start drifts back towards it going into the past.
            const double ret =
                trendPerDay * days + sigma * m_random.normal() + (logClose - homeLog) * std::min(0.5, 0.3 * days);
            const double logOpen = logClose - ret;
            const double open = std::exp(logOpen) / tick;
            Bar bar;
            bar.startMs = t;
            bar.minutes = tier.minutes;
            bar.open = std::max<Ticks>(1, std::llround(open));
            bar.close = std::max<Ticks>(1, std::llround(close));
            const double high = std::max(open, close) * std::exp(std::fabs(m_random.normal()) * sigma * 0.5);
            const double low = std::min(open, close) * std::exp(-std::fabs(m_random.normal()) * sigma * 0.5);
            bar.high = std::max({static_cast<Ticks>(std::ceil(high)), bar.open, bar.close});
            bar.low = std::max<Ticks>(1, std::min({static_cast<Ticks>(std::floor(low)), bar.open, bar.close}));
            const double volumeLots =
                lotsPerMinute * tier.minutes * std::exp(1.2 * volatilityState) * m_random.logNormal(-0.06, 0.35);
            bar.volume = std::max<Lots>(0, std::llround(volumeLots));
            bar.turnover = static_cast<double>(bar.volume) * m_instrument.qtyStep() * tick *
                           static_cast<double>(bar.open + bar.high + bar.low + bar.close) / 4.0;
            newestFirst.push_back(bar);
            logClose = logOpen;
            close = open;

            volatilityState = volatilityState * keep + stateNoise * m_random.normal();
            if (m_random.chance(trendSwitch))
                trendPerDay = m_instrument.dailyVolatility * 3 * m_random.normal();
        }
    }

    // Recent trades, newest first, placed inside the minutes they belong to and counted in them.
    const double meanGapMs = 1000.0 / m_activity.tradesPerSecond;
    double walk = static_cast<double>(m_lastPrice);
    qint64 t = openMs - 1;
    std::vector<TradeRecord> tape;
    for (std::size_t i = 0; i < m_trades.capacity(); ++i) {
        t -= static_cast<qint64>(m_random.exponential(meanGapMs));
        if (t < minuteTierStart)
            break;
        Bar &bar = newestFirst[static_cast<std::size_t>((openMs - 1 - t) / kMinuteMs)];
        const Ticks price = std::clamp<Ticks>(std::llround(walk), bar.low, bar.high);
        TradeRecord trade;
        trade.epochMs = t;
        trade.price = i == 0 ? m_lastPrice : price;
        trade.size = takerSize();
        trade.side = m_random.chance(0.5) ? Side::Buy : Side::Sell;
        trade.seq = m_seq - i;
        bar.volume += trade.size;
        bar.turnover +=
            static_cast<double>(trade.size) * m_instrument.qtyStep() * static_cast<double>(trade.price) * tick;
        tape.push_back(trade);
        walk = static_cast<double>(price) + m_random.normal() * std::max(1.0, m_nearTicks * 0.05);
    }
    for (auto it = tape.rbegin(); it != tape.rend(); ++it)
        m_trades.push(*it);

    std::reverse(newestFirst.begin(), newestFirst.end());
    m_candles.initialize(newestFirst, openMs, m_lastPrice);

    // Open interest and the account ratio every 5 minutes, funding every 8 hours.
    const qint64 lastFiveMinutes = floorTo(m_nowMs, 5 * kMinuteMs);
    const double oiBase = m_openInterestBase;
    m_openInterestPoints.initialize(lastFiveMinutes, m_openInterest, [&](double value, int minutes) {
        const double scale = std::sqrt(minutes / 5.0);
        return value * std::exp(0.006 * scale * m_random.normal() - 0.02 * scale * std::log(value / oiBase));
    });
    m_ratioPoints.initialize(lastFiveMinutes, m_buyRatio, [&](double value, int minutes) {
        const double scale = std::sqrt(minutes / 5.0);
        const double next = value + 0.006 * scale * m_random.normal() + (m_buyRatioMean - value) * 0.05 * scale;
        return std::round(std::clamp(next, 0.2, 0.8) * 10000) / 10000;
    });
    const qint64 lastFunding = floorTo(m_nowMs, kFundingIntervalMs);
    std::vector<FundingPoint> funding;
    double rate = 0.0001;
    for (int k = 0; k < 200; ++k) {
        funding.push_back({lastFunding - k * kFundingIntervalMs, rate});
        rate = std::round(std::clamp(rate + 0.00003 * m_random.normal() + (0.0001 - rate) * 0.2, -0.002, 0.003) * 1e6) /
               1e6;
    }
    for (auto it = funding.rbegin(); it != funding.rend(); ++it)
        m_funding.push(*it);
    m_fundingRate = funding.front().fundingRate;
    m_premiumLong = 0.0001 + (m_fundingRate - 0.0001) / 0.75;
    m_premium = m_premiumShort = m_premiumLong;
}

void SymbolMarket::buildBook()
{
    const Ticks bid = m_lastPrice;
    m_book.extendDeep(true, deepLevels(true, bid, 1250));
    m_book.extendDeep(false, deepLevels(false, bid + 1, 1250));
    std::vector<PriceLevel> discardBids, discardAsks;
    m_book.takeChanges(discardBids, discardAsks);
}

std::vector<PriceLevel> SymbolMarket::deepLevels(bool bids, Ticks startPrice, std::size_t count)
{
    std::vector<PriceLevel> levels;
    levels.reserve(count);
    const double fair = fairTicks();
    const BookSide &side = m_book.side(bids);
    Ticks price = startPrice;
    // The first level of a fresh side is always there; deeper ones follow the occupancy profile.
    bool force = side.empty();
    for (int guard = 0; levels.size() < count && guard < static_cast<int>(count) * 8; ++guard) {
        if (price < 1)
            break;
        const double distance = std::fabs(static_cast<double>(price) - fair);
        if (force || m_random.chance(occupancy(distance)))
            levels.push_back({price, levelSize(distance, price)});
        force = false;
        price = bids ? price - 1 : price + 1;
    }
    return levels;
}

} // namespace virtuoso::sim
