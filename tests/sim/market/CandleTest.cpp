#include "MarketRecorder.h"

#include <gtest/gtest.h>

using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

constexpr qint64 kMinuteMs = 60000;

struct Aggregate
{
    Ticks open = 0, high = 0, low = 0, close = 0;
    Lots volume = 0;
    int count = 0;
};

Aggregate aggregate(const std::vector<Candle> &newestFirst, qint64 fromMs, qint64 toMs)
{
    Aggregate a;
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
        if (it->startMs < fromMs || it->startMs >= toMs)
            continue;
        if (a.count == 0) {
            a.open = it->open;
            a.high = it->high;
            a.low = it->low;
        }
        a.high = std::max(a.high, it->high);
        a.low = std::min(a.low, it->low);
        a.close = it->close;
        a.volume += it->volume;
        ++a.count;
    }
    return a;
}

void expectAggregates(const std::vector<Candle> &fine, const std::vector<Candle> &coarse, int fineMinutes,
                      int coarseMinutes, int *compared)
{
    const int parts = coarseMinutes / fineMinutes;
    for (const Candle &candle : coarse) {
        const Aggregate a = aggregate(fine, candle.startMs, candle.startMs + coarseMinutes * kMinuteMs);
        if (a.count != parts)
            continue; // only candles whose every part is still in the finer ring
        EXPECT_EQ(a.open, candle.open) << coarseMinutes << "m at " << candle.startMs;
        EXPECT_EQ(a.high, candle.high);
        EXPECT_EQ(a.low, candle.low);
        EXPECT_EQ(a.close, candle.close);
        EXPECT_EQ(a.volume, candle.volume);
        ++*compared;
    }
}

} // namespace

TEST(MarketCandles, HistoryIsThereFromTheFirstInstant)
{
    MarketSimulator market(configFor({}, 1));
    for (const auto &instrument : market.instruments()) {
        const QString s = instrument.name;
        const auto minutes = market.klines(s, 1, 0, 0, 100000);
        EXPECT_GE(minutes.size(), 2000u) << s.toStdString();
        EXPECT_GE(market.recentTrades(s, 5000).size(), 1000u) << s.toStdString();
        EXPECT_GE(market.openInterest(s, 5, 1000).size(), 200u);
        EXPECT_GE(market.longShortRatio(s, 5, 1000).size(), 200u);
        EXPECT_GE(market.fundingHistory(s, 1000).size(), 200u);
        for (const int interval : {3, 5, 15, 30, 60, 120, 240, 360, 720, 1440})
            EXPECT_GE(market.klines(s, interval, 0, 0, 1000).size(), 20u) << interval;
        // What a client fetches at start-up is there in full.
        for (const int interval : {5, 30, 240})
            EXPECT_GE(market.klines(s, interval, 0, 0, 1000).size(), 300u) << interval;
        EXPECT_GE(market.klines(s, 60, 0, 0, 1000).size(), 1000u);
        EXPECT_GE(market.klines(s, 1440, 0, 0, 1000).size(), 300u);
        // Newest first, one interval apart, no gaps; the newest is the open candle.
        for (std::size_t i = 1; i < minutes.size(); ++i)
            ASSERT_EQ(minutes[i - 1].startMs - minutes[i].startMs, kMinuteMs);
        EXPECT_EQ(minutes.front().startMs, kStartMs - kStartMs % kMinuteMs);
        EXPECT_FALSE(minutes.front().confirmed);
        EXPECT_TRUE(minutes[1].confirmed);
        // The last price, the last trade and the open candle agree.
        EXPECT_EQ(market.ticker(s).lastPrice, minutes.front().close);
        EXPECT_EQ(market.recentTrades(s, 1).front().price, minutes.front().close);
        for (const Candle &c : minutes) {
            ASSERT_LE(c.low, std::min(c.open, c.close));
            ASSERT_GE(c.high, std::max(c.open, c.close));
            ASSERT_GT(c.low, 0);
        }
    }
}

TEST(MarketCandles, HistoryIntervalsAreAggregatesOfFinerOnes)
{
    MarketSimulator market(configFor({QStringLiteral("BTCUSDT"), QStringLiteral("ADAUSDT")}, 2));
    for (const auto &instrument : market.instruments()) {
        const QString s = instrument.name;
        const auto m1 = market.klines(s, 1, 0, 0, 100000);
        const auto m5 = market.klines(s, 5, 0, 0, 100000);
        const auto m60 = market.klines(s, 60, 0, 0, 100000);
        int compared = 0;
        expectAggregates(m1, market.klines(s, 3, 0, 0, 100000), 1, 3, &compared);
        expectAggregates(m1, m5, 1, 5, &compared);
        expectAggregates(m5, market.klines(s, 15, 0, 0, 100000), 5, 15, &compared);
        expectAggregates(m5, m60, 5, 60, &compared);
        expectAggregates(m60, market.klines(s, 240, 0, 0, 100000), 60, 240, &compared);
        expectAggregates(m60, market.klines(s, 1440, 0, 0, 100000), 60, 1440, &compared);
        EXPECT_GT(compared, 1000);
        // Continuity: each candle opens where the previous one closed.
        for (std::size_t i = 1; i < m60.size(); ++i)
            ASSERT_EQ(m60[i].close, m60[i - 1].open);
    }
}

TEST(MarketCandles, LiveCandlesAreBuiltFromTheTrades)
{
    const QStringList symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("1000PEPEUSDT")};
    MarketSimulator market(configFor(symbols, 6));
    MarketRecorder recorder;
    const qint64 end = kStartMs + 12 * kMinuteMs;
    market.advanceTo(end, recorder);

    std::map<QString, std::vector<Candle>> confirmed1m, confirmed5m;
    for (const auto &[symbol, candle] : recorder.candles) {
        if (candle.confirmed && candle.intervalMinutes == 1)
            confirmed1m[symbol].insert(confirmed1m[symbol].begin(), candle); // newest first
        if (candle.confirmed && candle.intervalMinutes == 5)
            confirmed5m[symbol].insert(confirmed5m[symbol].begin(), candle);
    }
    for (const QString &symbol : symbols) {
        const auto &minutes = confirmed1m[symbol];
        ASSERT_GE(minutes.size(), 11u);
        int checkedMinutes = 0;
        for (const Candle &candle : minutes) {
            if (candle.startMs < kStartMs)
                continue; // the first minute began in the history
            Lots volume = 0;
            for (const TradePrint &trade : recorder.trades) {
                if (trade.symbol != symbol || trade.epochMs < candle.startMs ||
                    trade.epochMs >= candle.startMs + kMinuteMs)
                    continue;
                EXPECT_GE(trade.price, candle.low);
                EXPECT_LE(trade.price, candle.high);
                volume += trade.size;
            }
            EXPECT_EQ(volume, candle.volume) << symbol.toStdString() << " " << candle.startMs;
            EXPECT_GT(volume, 0);
            ++checkedMinutes;
        }
        EXPECT_GE(checkedMinutes, 10);
        int compared = 0;
        expectAggregates(minutes, confirmed5m[symbol], 1, 5, &compared);
        EXPECT_GE(compared, 1);
        // The confirmed candles are also what the REST view returns afterwards.
        const auto rest = market.klines(symbol, 1, minutes.back().startMs, minutes.front().startMs, 1000);
        ASSERT_EQ(rest.size(), minutes.size());
        for (std::size_t i = 0; i < rest.size(); ++i) {
            EXPECT_EQ(rest[i].startMs, minutes[i].startMs);
            EXPECT_EQ(rest[i].close, minutes[i].close);
            EXPECT_EQ(rest[i].volume, minutes[i].volume);
        }
    }
}

TEST(MarketCandles, EveryIntervalReportsAConfirmedCloseOnItsBoundary)
{
    MarketSimulator market(configFor({QStringLiteral("SOLUSDT")}, 6, 1));
    MarketRecorder recorder;
    const qint64 dayStart = kStartMs - kStartMs % (1440 * kMinuteMs);
    market.advanceTo(dayStart + 1440 * kMinuteMs + 5000, recorder); // through the next UTC midnight
    std::map<int, int> closes;
    for (const auto &[symbol, candle] : recorder.candles) {
        if (!candle.confirmed)
            continue;
        ++closes[candle.intervalMinutes];
        EXPECT_EQ(candle.startMs % (candle.intervalMinutes * kMinuteMs), 0);
    }
    for (const int interval : {1, 3, 5, 15, 30, 60, 120, 240, 360, 720, 1440})
        EXPECT_GE(closes[interval], 1) << interval;
    EXPECT_EQ(closes[1440], 1);
}
