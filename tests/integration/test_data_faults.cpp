#include "SimulatorFixture.h"

#include <QRegularExpression>

using namespace virtuoso;
using namespace virtuoso::test;
using health::TimeoutKind;

class DataFaults : public SimulatorFixture
{
};

TEST_F(DataFaults, AUGapResyncsOneTopicWithoutAReconnect)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    fault({{"kind", "u_gap"}, {"conn", "all"}});
    ASSERT_TRUE(waitFor([&] { return journalCount(TimeoutKind::BookResync) >= 1; }, 5000));
    EXPECT_EQ(reconnects(), 0);
    health::TimeoutQuery q;
    q.kind = TimeoutKind::BookResync;
    const auto entries = runtime->timeoutJournal().query(q);
    ASSERT_FALSE(entries.empty());
    EXPECT_TRUE(entries[0].topic.startsWith(QLatin1String("orderbook.")));
    EXPECT_FALSE(entries[0].symbol.isEmpty());
    EXPECT_TRUE(noDuplicateSubscriptions());
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
}

TEST_F(DataFaults, MalformedFramesNeverBreakTheConnection)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    for (const char *variant : {"truncated", "not_json", "binary"})
        fault({{"kind", "malformed"}, {"conn", "all"}, {"variant", variant}, {"count", 20}});
    QTest::qWait(1500);
    EXPECT_EQ(reconnects(), 0);
    EXPECT_TRUE(runtime->isResponsive());
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 5000));
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
}

TEST_F(DataFaults, ARejectedTopicDoesNotStallTheRest)
{
    // A symbol the exchange does not list: its topics are refused, everything else goes live.
    startCore({}, {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("NOSUCHUSDT")});
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    const auto connections = runtime->connections();
    QStringList rejected;
    for (const auto &c : connections)
        rejected << c.rejectedTopics;
    EXPECT_EQ(rejected.size(), 8);
    for (const QString &t : rejected)
        EXPECT_TRUE(t.endsWith(QLatin1String("NOSUCHUSDT"))) << t.toStdString();
    health::TimeoutQuery q;
    q.symbol = QStringLiteral("NOSUCHUSDT");
    EXPECT_GE(runtime->timeoutJournal().query(q).size(), 1u);
    EXPECT_TRUE(noDuplicateSubscriptions());
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
}

TEST_F(DataFaults, AnIpBanPausesRestLoudlyThenTheCoreComesUp)
{
    fault({{"kind", "ban"}, {"seconds", 5}}); // the core meets it even when slow to start; shorter than the pause
    startCore();
    QString feedState;
    QObject::connect(runtime.get(), &CoreRuntime::snapshotPublished, runtime.get(),
                     [&](const CoreSnapshotPtr &snapshot) { feedState = snapshot->feedState; });
    ASSERT_TRUE(waitFor([&] { return journalCount(TimeoutKind::RateLimited) >= 1; }, 5000));
    health::TimeoutQuery q;
    q.kind = TimeoutKind::RateLimited;
    EXPECT_TRUE(runtime->timeoutJournal().query(q).front().detail.contains(QLatin1String("403")));
    // Asking for the catalog again during the pause cannot succeed: the next try waits for its end.
    const QRegularExpression retry(QStringLiteral("retry in (\\d+) ms"));
    ASSERT_TRUE(waitFor([&] { return retry.match(feedState).hasMatch(); }, 5000)) << feedState.toStdString();
    EXPECT_GE(retry.match(feedState).captured(1).toLongLong(), 5000) << feedState.toStdString();
    // REST stays paused for rest.ban_pause_s (10 s here), then the catalog loads and streams start.
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 25000));
}

TEST_F(DataFaults, RateLimitsAndServerErrorsAreRetriedAndJournaled)
{
    fault({{"kind", "rate_limit"}, {"seconds", 2}});
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 15000));
    EXPECT_GE(journalCount(TimeoutKind::RateLimited), 1);
    fault({{"kind", "http_5xx"}, {"seconds", 2}});
    fault({{"kind", "no_pong"}, {"conn", "all"}, {"seconds", 1}});
    runtime->runConnectivityProbe(); // diagnostics only: nothing waits for it
    ASSERT_TRUE(waitFor([&] { return runtime->lastProbe().epochMs > 0; }, 15000));
    EXPECT_FALSE(runtime->lastProbe().ok()); // HTTP 5xx at the time endpoint
    EXPECT_GE(journalCount(TimeoutKind::ProbeFailed), 1);
}

TEST_F(DataFaults, ASlowServerTimeIsAProbeFailureAndNeverTouchesTheStreams)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    // /v5/market/time answers after 6 s, past the probe's 5 s stage deadline, for the next 2 s.
    QElapsedTimer window;
    window.start();
    fault({{"kind", "slow_time"}, {"delay_ms", 6000}, {"seconds", 2}});
    runtime->runConnectivityProbe();
    ASSERT_TRUE(waitFor([&] { return runtime->lastProbe().epochMs > 0; }, 15000));
    const health::ProbeResult slow = runtime->lastProbe();
    EXPECT_FALSE(slow.ok());
    ASSERT_EQ(slow.targets.size(), 2u);
    ASSERT_FALSE(slow.targets[0].stages.empty());
    EXPECT_EQ(slow.targets[0].stages.back().name, QStringLiteral("http"));
    EXPECT_FALSE(slow.targets[0].stages.back().ok);
    EXPECT_TRUE(slow.targets[1].ok()) << "the stream host answered in time";
    health::TimeoutQuery q;
    q.kind = TimeoutKind::ProbeFailed;
    const auto entries = runtime->timeoutJournal().query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].detail.startsWith(QLatin1String("HTTP"))) << entries[0].detail.toStdString();
    EXPECT_GE(entries[0].durationMs, 4500);
    // Diagnostics only: the streams never noticed.
    EXPECT_EQ(reconnects(), 0);
    EXPECT_TRUE(allLive());
    EXPECT_EQ(journalCount(TimeoutKind::PongTimeout) + journalCount(TimeoutKind::StaleStream), 0);

    // Once the window is over, the next probe passes within the recovery bound.
    ASSERT_GE(window.elapsed(), 2000);
    QElapsedTimer recovery;
    recovery.start();
    runtime->runConnectivityProbe();
    ASSERT_TRUE(waitFor([&] { return runtime->lastProbe().epochMs > slow.epochMs; },
                        int(SimulatorFixture::kBackoffBoundMs) + 2000));
    EXPECT_TRUE(runtime->lastProbe().ok());
    EXPECT_LE(recovery.elapsed(), SimulatorFixture::kBackoffBoundMs + 2000);
    EXPECT_EQ(journalCount(TimeoutKind::ProbeFailed), 1);
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
}
