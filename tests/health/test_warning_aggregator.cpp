#include "base/Clock.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/WarningAggregator.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::health;
using log::Field;
using log::Level;

namespace {

std::vector<Field> symbolField(const QString &symbol)
{
    return {Field{"SYMBOL", symbol}};
}

class WarningAggregatorTest : public ::testing::Test
{
protected:
    ManualClock clock{1'764'290'000'000};
    WarningAggregator aggregator{clock, WarningPolicy{600'000, 6}};

    WarningAggregator::Verdict trades(const QString &symbol)
    {
        const auto fields = symbolField(symbol);
        return aggregator.record("TRADES_INSUFFICIENT", Level::Warning, fields,
                                 QStringLiteral("Insufficient trade history for %1: 100 < 1000").arg(symbol));
    }
};

} // namespace

TEST_F(WarningAggregatorTest, FirstOccurrenceOfEachKeyIsLoggedRepeatsAreCounted)
{
    EXPECT_TRUE(trades(QStringLiteral("BTCUSDT")).log);
    const auto repeat = trades(QStringLiteral("BTCUSDT"));
    EXPECT_FALSE(repeat.log);
    EXPECT_FALSE(repeat.firstOfKey);
    EXPECT_EQ(repeat.codeCount, 2);
    EXPECT_TRUE(trades(QStringLiteral("ETHUSDT")).log);
    EXPECT_EQ(aggregator.count("TRADES_INSUFFICIENT"), 3);
    EXPECT_EQ(aggregator.totalCount(), 3);
}

TEST_F(WarningAggregatorTest, AMeasuredDurationDoesNotMakeANewKey)
{
    // The same topic going stale twice, each time for a different span, is one group.
    const std::vector<Field> first{{"CONN_ID", QStringLiteral("conn_1")},
                                   {"TOPIC", QStringLiteral("orderbook.50.BTCUSDT")},
                                   {"DURATION_MS", QStringLiteral("15004")}};
    const std::vector<Field> again{{"CONN_ID", QStringLiteral("conn_1")},
                                   {"TOPIC", QStringLiteral("orderbook.50.BTCUSDT")},
                                   {"DURATION_MS", QStringLiteral("15093")}};
    EXPECT_TRUE(
        aggregator.record("STALE_STREAM", Level::Warning, first, QStringLiteral("no data for 15004 ms")).firstOfKey);
    EXPECT_FALSE(
        aggregator.record("STALE_STREAM", Level::Warning, again, QStringLiteral("no data for 15093 ms")).firstOfKey);
    const auto snap = aggregator.snapshot();
    ASSERT_EQ(snap.size(), 1u);
    EXPECT_EQ(snap[0].count, 2);
    ASSERT_EQ(snap[0].keyFields.size(), 2u);
    EXPECT_EQ(snap[0].keyFields[0].name, "CONN_ID");
    EXPECT_EQ(snap[0].keyFields[1].name, "TOPIC");
    EXPECT_EQ(snap[0].lastMessage, QStringLiteral("no data for 15093 ms"));
}

TEST_F(WarningAggregatorTest, SnapshotKeepsCountsFirstAndLastSeenPerKey)
{
    trades(QStringLiteral("BTCUSDT"));
    clock.advanceMs(5'000);
    trades(QStringLiteral("BTCUSDT"));
    trades(QStringLiteral("ETHUSDT"));

    const auto snap = aggregator.snapshot();
    ASSERT_EQ(snap.size(), 2u);
    const WarningAggregate &btc = snap[0]; // most frequent first
    EXPECT_EQ(btc.code, "TRADES_INSUFFICIENT");
    EXPECT_EQ(btc.count, 2);
    ASSERT_EQ(btc.keyFields.size(), 1u);
    EXPECT_EQ(btc.keyFields[0].value, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(btc.firstSeenMs, 1'764'290'000'000);
    EXPECT_EQ(btc.lastSeenMs, 1'764'290'005'000);
    EXPECT_EQ(btc.severity, Level::Warning);
    EXPECT_EQ(btc.templateText, QStringLiteral("Insufficient trade history for BTCUSDT: 100 < 1000"));
    EXPECT_EQ(snap[1].count, 1);
}

TEST_F(WarningAggregatorTest, RateIsPerMinuteOverASlidingWindow)
{
    for (int i = 0; i < 30; ++i) {
        trades(QStringLiteral("BTCUSDT"));
        clock.advanceMs(1'000);
    }
    EXPECT_EQ(aggregator.snapshot().front().ratePerMin, 30);
    clock.advanceMs(44'000); // the first 15 one-second buckets have left the window
    EXPECT_EQ(aggregator.snapshot().front().ratePerMin, 15);
    clock.advanceMs(60'000);
    EXPECT_EQ(aggregator.snapshot().front().ratePerMin, 0);
    EXPECT_EQ(aggregator.snapshot().front().count, 30);
}

TEST_F(WarningAggregatorTest, LinesPerCodeAreCappedPerMinute)
{
    int logged = 0;
    for (int i = 0; i < 20; ++i)
        logged += trades(QStringLiteral("SYM%1USDT").arg(i)).log ? 1 : 0;
    EXPECT_EQ(logged, 6);
    clock.advanceMs(61'000); // a new minute: new keys may be logged again
    logged = 0;
    for (int i = 20; i < 30; ++i)
        logged += trades(QStringLiteral("SYM%1USDT").arg(i)).log ? 1 : 0;
    EXPECT_EQ(logged, 6);
}

TEST_F(WarningAggregatorTest, ErrorsAreLoggedOnEveryOccurrenceWithinTheBudget)
{
    const auto fields = std::vector<Field>{Field{"CONN_ID", QStringLiteral("conn_1")}};
    int logged = 0;
    for (int i = 0; i < 10; ++i)
        logged += aggregator.record("RECONNECT_FAILED", Level::Error, fields, QStringLiteral("failed")).log ? 1 : 0;
    EXPECT_EQ(logged, 6);
}

TEST_F(WarningAggregatorTest, OneSummaryPerIntervalAcrossSymbols)
{
    for (int round = 0; round < 21; ++round) {
        for (int s = 0; s < 15; ++s)
            trades(QStringLiteral("SYM%1USDT").arg(s));
        clock.advanceMs(28'000);
    }
    // 315 occurrences in 9.8 min: not yet a full interval.
    EXPECT_TRUE(aggregator.takeDueSummaries().empty());
    clock.advanceMs(20'000);
    const auto due = aggregator.takeDueSummaries();
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].code, "TRADES_INSUFFICIENT");
    EXPECT_EQ(due[0].suppressed, 315 - 6);
    EXPECT_EQ(due[0].distinctKeys, 15);
    EXPECT_TRUE(due[0].text().startsWith(QStringLiteral("TRADES_INSUFFICIENT \u00d7309 in 10 min across 15 symbols")))
        << due[0].text().toStdString();
    // Taken once; the next one needs another interval of repeats.
    EXPECT_TRUE(aggregator.takeDueSummaries().empty());
    trades(QStringLiteral("SYM1USDT"));
    clock.advanceMs(599'000);
    EXPECT_TRUE(aggregator.takeDueSummaries().empty());
    clock.advanceMs(2'000);
    ASSERT_EQ(aggregator.takeDueSummaries().size(), 1u);
}

TEST_F(WarningAggregatorTest, DefinitionChoosesKeyFieldsTemplateAndSeverity)
{
    aggregator.define(
        {"BOOK_GAP", Level::Error, QStringLiteral("Order book gap on <symbol>: <have> then <got>"), {"SYMBOL"}});
    const std::vector<Field> a{Field{"SYMBOL", QStringLiteral("BTCUSDT")}, Field{"CONN_ID", QStringLiteral("conn_1")}};
    const std::vector<Field> b{Field{"SYMBOL", QStringLiteral("BTCUSDT")}, Field{"CONN_ID", QStringLiteral("conn_2")}};
    EXPECT_TRUE(aggregator.record("BOOK_GAP", Level::Warning, a, QStringLiteral("gap 1")).firstOfKey);
    EXPECT_FALSE(aggregator.record("BOOK_GAP", Level::Warning, b, QStringLiteral("gap 2")).firstOfKey);
    const auto snap = aggregator.snapshot();
    ASSERT_EQ(snap.size(), 1u);
    EXPECT_EQ(snap[0].severity, Level::Error);
    EXPECT_EQ(snap[0].templateText, QStringLiteral("Order book gap on <symbol>: <have> then <got>"));
    ASSERT_EQ(snap[0].keyFields.size(), 1u);
    EXPECT_EQ(snap[0].keyFields[0].name, "SYMBOL");
    EXPECT_EQ(snap[0].lastMessage, QStringLiteral("gap 2"));
}

TEST_F(WarningAggregatorTest, CountsIntoTheMetricsRegistryByCode)
{
    MetricsRegistry registry;
    trades(QStringLiteral("BTCUSDT"));
    aggregator.attachMetrics(&registry);
    trades(QStringLiteral("BTCUSDT"));
    trades(QStringLiteral("ETHUSDT"));
    EXPECT_EQ(registry.counter(metric::WarningsTotal, {{"code", QStringLiteral("TRADES_INSUFFICIENT")}}).value(), 3u);
    aggregator.attachMetrics(nullptr);
}

TEST_F(WarningAggregatorTest, TakeAllSummariesFlushesRegardlessOfTheInterval)
{
    trades(QStringLiteral("BTCUSDT"));
    trades(QStringLiteral("BTCUSDT"));
    trades(QStringLiteral("BTCUSDT"));
    const auto all = aggregator.takeAllSummaries();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].suppressed, 2);
    EXPECT_TRUE(aggregator.takeAllSummaries().empty());
}

TEST(MinuteWindow, CountsOnlyTheLastSixtySeconds)
{
    MinuteWindow w;
    w.add(0);
    w.add(500);
    w.add(30'000);
    EXPECT_EQ(w.count(30'000), 3);
    EXPECT_EQ(w.count(60'500), 1);
    EXPECT_EQ(w.count(200'000), 0);
    w.add(200'000, 5);
    EXPECT_EQ(w.count(200'000), 5);
}
