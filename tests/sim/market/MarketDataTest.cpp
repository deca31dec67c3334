#include "MarketRecorder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {
constexpr qint64 kMinuteMs = 60000;
constexpr qint64 kEightHoursMs = 8 * 60 * kMinuteMs;
} // namespace

TEST(MarketData, TickerCarriesConsistentStatistics)
{
    MarketSimulator market(configFor({}, 12));
    MarketRecorder recorder;
    market.advanceTo(kStartMs + 30000, recorder);
    std::set<QString> tickerSymbols;
    for (const TickerState &t : recorder.tickers)
        tickerSymbols.insert(t.symbol);
    EXPECT_EQ(tickerSymbols.size(), market.instruments().size());
    for (const auto &instrument : market.instruments()) {
        const TickerState t = market.ticker(instrument.name);
        EXPECT_EQ(t.symbol, instrument.name);
        EXPECT_LT(t.bid1Price, t.ask1Price);
        EXPECT_GT(t.bid1Size, 0);
        EXPECT_GT(t.ask1Size, 0);
        EXPECT_GE(t.highPrice24h, t.lastPrice);
        EXPECT_LE(t.lowPrice24h, t.lastPrice);
        EXPECT_GT(t.prevPrice24h, 0);
        EXPECT_GT(t.prevPrice1h, 0);
        EXPECT_GT(t.volume24h, 0);
        EXPECT_GT(t.turnover24h, 0);
        EXPECT_GT(t.openInterest, 0);
        EXPECT_GT(t.markPrice, 0);
        EXPECT_GT(t.indexPrice, 0);
        // Mark and index stay within half a percent of the traded price.
        EXPECT_NEAR(static_cast<double>(t.markPrice) / static_cast<double>(t.lastPrice), 1.0, 0.005);
        EXPECT_NEAR(static_cast<double>(t.indexPrice) / static_cast<double>(t.lastPrice), 1.0, 0.005);
        EXPECT_LT(std::fabs(t.fundingRate), 0.0075);
        EXPECT_EQ(t.nextFundingTimeMs % kEightHoursMs, 0);
        EXPECT_GT(t.nextFundingTimeMs, market.nowMs());
        EXPECT_LE(t.nextFundingTimeMs - market.nowMs(), kEightHoursMs);
        EXPECT_TRUE(t.tickDirection.contains(QLatin1String("Tick"))) << t.tickDirection.toStdString();
        // 24 h turnover is of the instrument's order of magnitude (not a wildly wrong scale).
        const double usd = t.turnover24h;
        EXPECT_GT(usd, 1e6) << instrument.name.toStdString();
        EXPECT_LT(usd, 1e11) << instrument.name.toStdString();
    }
}

TEST(MarketData, FundingOpenInterestAndRatioEvolveAndAreRecorded)
{
    MarketSimulator market(configFor({QStringLiteral("BTCUSDT")}, 5, 2));
    const QString btc = QStringLiteral("BTCUSDT");
    MarketRecorder recorder;
    recorder.keep = false;
    const auto fundingBefore = market.fundingHistory(btc, 1000);
    const auto oiBefore = market.openInterest(btc, 5, 1);
    const qint64 nextFunding = market.ticker(btc).nextFundingTimeMs;
    std::set<double> rates, openInterest;
    for (qint64 t = kStartMs; t <= nextFunding + 10 * kMinuteMs; t += 5 * kMinuteMs) {
        market.advanceTo(t, recorder);
        rates.insert(market.ticker(btc).fundingRate);
        openInterest.insert(market.ticker(btc).openInterest);
    }
    EXPECT_GT(rates.size(), 3u) << "funding rate never drifts";
    EXPECT_GT(openInterest.size(), 10u) << "open interest never moves";

    const auto fundingAfter = market.fundingHistory(btc, 1000);
    ASSERT_FALSE(fundingAfter.empty());
    EXPECT_EQ(fundingAfter.front().epochMs, nextFunding);
    EXPECT_EQ(fundingAfter[1].epochMs, fundingBefore.front().epochMs);
    EXPECT_EQ(fundingBefore[0].epochMs - fundingBefore[1].epochMs, kEightHoursMs);
    EXPECT_EQ(market.ticker(btc).nextFundingTimeMs, nextFunding + kEightHoursMs);

    const auto oi5 = market.openInterest(btc, 5, 300);
    ASSERT_GE(oi5.size(), 200u);
    EXPECT_GT(oi5.front().epochMs, oiBefore.front().epochMs);
    for (std::size_t i = 1; i < oi5.size(); ++i)
        ASSERT_EQ(oi5[i - 1].epochMs - oi5[i].epochMs, 5 * kMinuteMs);
    // Coarser intervals agree with the 5-minute points where both exist.
    const auto oi60 = market.openInterest(btc, 60, 10);
    ASSERT_EQ(oi60.size(), 10u);
    int matched = 0;
    for (const auto &hour : oi60) {
        EXPECT_EQ(hour.epochMs % (60 * kMinuteMs), 0);
        for (const auto &point : oi5) {
            if (point.epochMs == hour.epochMs) {
                EXPECT_DOUBLE_EQ(point.openInterest, hour.openInterest);
                ++matched;
            }
        }
    }
    EXPECT_GE(matched, 5);
    const auto ratio = market.longShortRatio(btc, 15, 50);
    ASSERT_EQ(ratio.size(), 50u);
    for (const auto &point : ratio) {
        EXPECT_GT(point.buyRatio, 0.1);
        EXPECT_LT(point.buyRatio, 0.9);
    }
}

TEST(MarketData, TriggeredLiquidationBurstFollowsThePriceMove)
{
    const QString eth = QStringLiteral("ETHUSDT");
    MarketSimulator market(configFor({eth, QStringLiteral("BTCUSDT")}, 17));
    MarketRecorder recorder;
    market.advanceTo(kStartMs + 40000, recorder);
    recorder.clear();
    market.triggerLiquidationBurst(eth);
    market.advanceTo(kStartMs + 50000, recorder);
    std::vector<Liquidation> ethLiquidations;
    for (const Liquidation &l : recorder.liquidations) {
        if (l.symbol == eth)
            ethLiquidations.push_back(l);
    }
    ASSERT_GE(ethLiquidations.size(), 3u);
    const Side side = ethLiquidations.front().side;
    for (const Liquidation &l : ethLiquidations) {
        EXPECT_EQ(l.side, side); // one burst, one side
        EXPECT_GT(l.size, 0);
        // Each liquidation is executed against the book: a market order on the opposite side prints.
        const Side taker = l.side == Side::Buy ? Side::Sell : Side::Buy;
        bool printed = false;
        for (const TradePrint &trade : recorder.trades)
            printed = printed || (trade.symbol == eth && trade.epochMs == l.epochMs && trade.side == taker &&
                                  trade.price == l.price);
        EXPECT_TRUE(printed);
    }
    EXPECT_LE(ethLiquidations.back().epochMs - ethLiquidations.front().epochMs, 10000);
}

TEST(MarketData, VolatilityBurstMakesTheMarketBusierAndWilder)
{
    const QString sol = QStringLiteral("SOLUSDT");
    const auto measure = [&](bool burst) {
        MarketSimulator market(configFor({sol}, 23));
        MarketRecorder recorder;
        market.advanceTo(kStartMs + 1000, recorder);
        if (burst)
            market.triggerVolatilityBurst(sol, 60);
        recorder.clear();
        market.advanceTo(kStartMs + 61000, recorder);
        Ticks high = 0, low = std::numeric_limits<Ticks>::max();
        for (const TradePrint &trade : recorder.trades) {
            high = std::max(high, trade.price);
            low = std::min(low, trade.price);
        }
        return std::make_pair(recorder.trades.size(), high - low);
    };
    const auto quiet = measure(false);
    const auto wild = measure(true);
    EXPECT_GT(wild.first, quiet.first * 3 / 2);
    EXPECT_GT(wild.second, quiet.second);
}

TEST(MarketData, LongRunsKeepMemoryBounded)
{
    const QString ada = QStringLiteral("ADAUSDT");
    MarketSimulator market(configFor({ada}, 31, 1));
    MarketRecorder recorder;
    recorder.keep = false;
    const std::vector<int> intervals = {1, 3, 5, 15, 30};
    std::map<int, std::size_t> saturated;
    for (int hours = 12; hours <= 48; hours += 12) {
        market.advanceTo(kStartMs + hours * 60 * kMinuteMs, recorder);
        const auto book = market.book(ada, 100000);
        EXPECT_LE(book.bids.size(), 1500u);
        EXPECT_LE(book.asks.size(), 1500u);
        EXPECT_GE(book.bids.size(), 1000u);
        EXPECT_LE(market.recentTrades(ada, 100000).size(), 1024u);
        EXPECT_LE(market.openInterest(ada, 5, 100000).size(), 260u);
        EXPECT_LE(market.fundingHistory(ada, 100000).size(), 256u);
        if (hours == 36) {
            for (const int interval : intervals)
                saturated[interval] = market.klines(ada, interval, 0, 0, 1000000).size();
        }
    }
    // Past their capacity the candle rings drop the oldest: twelve more hours, same count.
    for (const int interval : intervals)
        EXPECT_EQ(market.klines(ada, interval, 0, 0, 1000000).size(), saturated[interval]) << interval;
    // Two days on, the price is still a plausible ADA price.
    const double price = static_cast<double>(market.ticker(ada).lastPrice) * market.instrument(ada)->tickSize();
    EXPECT_GT(price, 0.3);
    EXPECT_LT(price, 3.0);
}

TEST(MarketData, AVolatilityScaleCalmsThePriceWalkOfTheSameSeed)
{
    const QString btc = QStringLiteral("BTCUSDT");
    // The widest trade-price range of ten simulated minutes, in ticks.
    const auto range = [&](double volatilityScale) {
        MarketConfig config = configFor({btc}, 11);
        config.volatilityScale = volatilityScale;
        MarketSimulator market(config);
        MarketRecorder recorder;
        market.advanceTo(kStartMs + 10 * kMinuteMs, recorder);
        Ticks low = std::numeric_limits<Ticks>::max();
        Ticks high = 0;
        for (const TradePrint &trade : recorder.trades) {
            low = std::min(low, trade.price);
            high = std::max(high, trade.price);
        }
        return recorder.trades.empty() ? Ticks{-1} : high - low;
    };
    const Ticks normal = range(1);
    const Ticks calm = range(0.01);
    ASSERT_GT(normal, 0);
    ASSERT_GE(calm, 0);
    EXPECT_LT(calm * 5, normal) << "calm " << calm << " ticks, normal " << normal << " ticks";
}
