#include "base/Backoff.h"
#include "connector/ConnectionPacer.h"
#include "connector/TopicPlanner.h"

#include <gtest/gtest.h>

#include <set>

using namespace virtuoso::exchange;

TEST(Backoff, DelaysStayWithinAnExponentialCeilingCappedAtMax)
{
    Backoff backoff({500, 30000, 60000}, 42);
    qint64 now = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const qint64 ceiling = std::min<qint64>(30000, 500LL << attempt);
        EXPECT_EQ(backoff.ceilingMs(), ceiling) << "attempt " << attempt;
        const qint64 delay = backoff.nextDelayMs(now);
        EXPECT_GE(delay, 0);
        EXPECT_LE(delay, ceiling);
        now += delay;
    }
    EXPECT_EQ(backoff.ceilingMs(), 30000);
}

TEST(Backoff, FullJitterSpreadsConnectionsThatFailTogether)
{
    std::set<qint64> delays;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        Backoff backoff({500, 30000, 60000}, seed);
        for (int i = 0; i < 5; ++i)
            backoff.nextDelayMs(0);
        delays.insert(backoff.nextDelayMs(0)); // ceiling 16 s
    }
    EXPECT_GT(delays.size(), 15u);
    EXPECT_LT(*delays.begin(), 8000);  // some well below half the ceiling
    EXPECT_GT(*delays.rbegin(), 8000); // some above
}

TEST(Backoff, SameSeedSameDelays)
{
    Backoff a({500, 30000, 60000}, 7);
    Backoff b({500, 30000, 60000}, 7);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(a.nextDelayMs(0), b.nextDelayMs(0));
}

TEST(Backoff, ResetsOnlyAfterAStablePeriod)
{
    Backoff backoff({500, 30000, 60000}, 1);
    for (int i = 0; i < 4; ++i)
        backoff.nextDelayMs(0);
    EXPECT_EQ(backoff.ceilingMs(), 8000);

    backoff.markConnected(1000);
    backoff.nextDelayMs(1000 + 59999); // failed before it was stable: keeps growing
    EXPECT_EQ(backoff.attempt(), 5);
    EXPECT_EQ(backoff.ceilingMs(), 16000);

    backoff.markConnected(100000);
    const qint64 delay = backoff.nextDelayMs(100000 + 60000); // stable for the reset period
    EXPECT_EQ(backoff.attempt(), 1);
    EXPECT_LE(delay, 500);
}

TEST(ConnectionPacer, SpacesNewConnectionsProcessWide)
{
    ConnectionPacer pacer(600);
    EXPECT_EQ(pacer.reserve(1000), 1000);
    EXPECT_EQ(pacer.reserve(1000), 1600);
    EXPECT_EQ(pacer.reserve(1100), 2200);
    EXPECT_EQ(pacer.reserve(5000), 5000); // idle long enough: no wait
    EXPECT_EQ(pacer.reserve(5300), 5600);
}

TEST(ConnectionPacer, AtMostOneSlotPerSpacingUnderABurst)
{
    ConnectionPacer pacer(600);
    std::vector<qint64> reserved;
    for (int i = 0; i < 50; ++i)
        reserved.push_back(pacer.reserve(0));
    for (size_t i = 1; i < reserved.size(); ++i)
        EXPECT_GE(reserved[i] - reserved[i - 1], 600);
    // Bybit allows 500 connections per 5 minutes: 600 ms spacing stays within it.
    EXPECT_GE(reserved.back() - reserved.front(), 49 * 600);
}

namespace {
QStringList symbolsN(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("SYM%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    return out;
}
} // namespace

TEST(TopicPlanner, EverySymbolGetsItsTopics)
{
    TopicPlanSettings settings;
    const QStringList topics = TopicPlanner::topicsForSymbol(QStringLiteral("BTCUSDT"), settings);
    EXPECT_EQ(topics,
              (QStringList{"orderbook.50.BTCUSDT", "publicTrade.BTCUSDT", "tickers.BTCUSDT", "kline.1.BTCUSDT",
                           "kline.5.BTCUSDT", "kline.30.BTCUSDT", "kline.240.BTCUSDT", "allLiquidation.BTCUSDT"}));
    settings.orderbookDepth = 200;
    EXPECT_EQ(TopicPlanner::topicsForSymbol(QStringLiteral("X"), settings).first(), QStringLiteral("orderbook.200.X"));
}

TEST(TopicPlanner, FifteenSymbolsFitOneConnection)
{
    const auto plans = TopicPlanner::plan(symbolsN(15), TopicPlanSettings{});
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].connId, QStringLiteral("conn_0"));
    EXPECT_EQ(plans[0].topics.size(), 15 * 8);
}

TEST(TopicPlanner, PacksBelowTheArgsLimitIntoFewConnections)
{
    TopicPlanSettings settings;
    settings.maxArgsChars = 2000;
    const QStringList symbols = symbolsN(60);
    const auto plans = TopicPlanner::plan(symbols, settings);
    int totalChars = 0;
    int totalTopics = 0;
    for (size_t i = 0; i < plans.size(); ++i) {
        EXPECT_EQ(plans[i].connId, QStringLiteral("conn_%1").arg(i));
        EXPECT_LT(TopicPlanner::argsChars(plans[i].topics), settings.maxArgsChars);
        totalChars += TopicPlanner::argsChars(plans[i].topics);
        totalTopics += static_cast<int>(plans[i].topics.size());
    }
    EXPECT_EQ(totalTopics, 60 * 8);
    // As few as the limit allows: one more connection than a perfect packing at most.
    const int lowerBound = (totalChars + settings.maxArgsChars - 1) / settings.maxArgsChars;
    EXPECT_LE(static_cast<int>(plans.size()), lowerBound + 1);
    EXPECT_GE(static_cast<int>(plans.size()), lowerBound);
}

TEST(TopicPlanner, SameSymbolsSameAssignmentWhateverTheOrder)
{
    TopicPlanSettings settings;
    settings.maxArgsChars = 1500;
    QStringList symbols = symbolsN(30);
    const auto a = TopicPlanner::plan(symbols, settings);
    std::reverse(symbols.begin(), symbols.end());
    symbols << symbols.first().toLower(); // duplicate, different case
    const auto b = TopicPlanner::plan(symbols, settings);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].connId, b[i].connId);
        EXPECT_EQ(a[i].topics, b[i].topics);
    }
}

TEST(TopicPlanner, ArgsCharsIsTheJsonArrayLength)
{
    EXPECT_EQ(TopicPlanner::argsChars({}), 2);
    EXPECT_EQ(TopicPlanner::argsChars({QStringLiteral("a"), QStringLiteral("bc")}), QByteArray(R"(["a","bc"])").size());
}

TEST(TopicPlanner, SubscribeBatchesRespectPerRequestLimits)
{
    TopicPlanSettings settings;
    const QStringList topics = TopicPlanner::plan(symbolsN(7), settings)[0].topics;
    const auto batches = TopicPlanner::batches(topics, settings);
    QStringList rejoined;
    for (const QStringList &batch : batches) {
        EXPECT_LE(batch.size(), 10);
        rejoined << batch;
    }
    EXPECT_EQ(rejoined, topics);
    EXPECT_EQ(batches.size(), size_t((topics.size() + 9) / 10));
}

TEST(TopicPlanner, DescribesTopicsForTheWatchdog)
{
    const TopicInfo book = describeTopic(QStringLiteral("orderbook.1.BTCUSDT"));
    EXPECT_TRUE(book.known);
    EXPECT_EQ(book.kind, TopicKind::OrderBook);
    EXPECT_EQ(book.param, 1);
    EXPECT_EQ(book.symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(book.expectedIntervalMs, 3000);
    EXPECT_EQ(describeTopic(QStringLiteral("publicTrade.ETHUSDT")).expectedIntervalMs, 0); // event-driven
    EXPECT_EQ(describeTopic(QStringLiteral("kline.5.ETHUSDT")).param, 5);
    EXPECT_FALSE(describeTopic(QStringLiteral("invalid.topic.BTCUSDT")).known);
}
