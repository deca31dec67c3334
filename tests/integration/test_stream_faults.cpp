#include "SimulatorFixture.h"

using namespace virtuoso;
using namespace virtuoso::test;
using health::TimeoutKind;

namespace {
// Recovery bound of the acceptance criteria: the backoff ceiling, the connection pacing, plus 2 s.
constexpr int kRecoveryMs = int(SimulatorFixture::kBackoffBoundMs) + 600 + 2000;
} // namespace

class StreamFaults : public SimulatorFixture
{
};

TEST_F(StreamFaults, LiveFromTheSimulatorWithBooksEqualToTruth)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    EXPECT_TRUE(noDuplicateSubscriptions());
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
    pauseFeed(false);
}

TEST_F(StreamFaults, DropRecoversWithinTheBackoffBoundAndRebuildsTheBooks)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    fault({{"kind", "drop"}, {"conn", "all"}});
    ASSERT_TRUE(waitFor([&] { return reconnects() >= 1; }, 3000));
    QElapsedTimer recovery;
    recovery.start();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, kRecoveryMs));
    EXPECT_LE(recovery.elapsed(), kRecoveryMs);
    EXPECT_TRUE(noDuplicateSubscriptions());
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
}

TEST_F(StreamFaults, MissingPongsArePongTimeoutsAndTheConnectionComesBack)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    fault({{"kind", "no_pong"}, {"conn", "all"}, {"seconds", 6}});
    // Ping every 5 s, pong deadline 2 s: detected within 7 s.
    ASSERT_TRUE(waitFor([&] { return journalCount(TimeoutKind::PongTimeout) >= 1; }, 9000));
    // The status board follows the journal within a tick: the reconnect must show before "live" counts.
    ASSERT_TRUE(waitFor([&] { return reconnects() >= 1; }, 1000));
    ASSERT_TRUE(waitFor([&] { return allLive(); }, kRecoveryMs + 6000));
    EXPECT_TRUE(noDuplicateSubscriptions());
}

TEST_F(StreamFaults, StallIsAStaleStreamThenAReconnect)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    fault({{"kind", "stall"}, {"conn", "all"}, {"seconds", 5}});
    // Books are expected every 3 s; stale after 1.5 × 3 s.
    ASSERT_TRUE(waitFor([&] { return journalCount(TimeoutKind::StaleStream) >= 1; }, 8000));
    ASSERT_TRUE(waitFor([&] { return reconnects() >= 1 && allLive(); }, 5000 + kRecoveryMs));
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
}

TEST_F(StreamFaults, RestartStartsTheBooksAgainFromTheNewSnapshot)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    fault({{"kind", "restart"}, {"conn", "all"}});
    ASSERT_TRUE(waitFor([&] { return allLive(); }, kRecoveryMs));
    // Give the restarted streams a moment, then the books must match the truth again.
    QTest::qWait(500);
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
}

TEST_F(StreamFaults, SlowSendDelaysPongsIntoATimeoutAndTheStreamRecoversAfterTheWindow)
{
    startCore();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));
    // 4 KiB/s is far below what two symbols stream: the pong queues behind the data and misses its
    // 2 s deadline, though frames keep arriving. Pings go out every 5 s, so an 8 s window holds one.
    constexpr int kWindowMs = 8000;
    QElapsedTimer window;
    window.start();
    fault({{"kind", "slow_send"}, {"conn", "all"}, {"bytes_per_second", 4096}, {"seconds", kWindowMs / 1000}});
    ASSERT_TRUE(waitFor([&] { return journalCount(TimeoutKind::PongTimeout) >= 1; }, kWindowMs + 2000));
    EXPECT_TRUE(waitFor([&] { return reconnects() >= 1; }, 1000)); // the status board follows within a tick
    EXPECT_GE(control("GET", QStringLiteral("/faults"))
                  .value(QLatin1String("effects"))
                  .toObject()
                  .value(QLatin1String("slow_send"))
                  .toInt(),
              1)
        << "the simulator never throttled a frame";
    // From the end of the window, the connections are back within the recovery bound.
    waitFor([&] { return window.elapsed() >= kWindowMs; }, kWindowMs + 1000);
    QElapsedTimer recovery;
    recovery.start();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, kRecoveryMs));
    EXPECT_LE(recovery.elapsed(), kRecoveryMs);
    EXPECT_TRUE(noDuplicateSubscriptions());
    pauseFeed(true);
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("BTCUSDT")));
    EXPECT_TRUE(bookEqualsTruth(QStringLiteral("ETHUSDT")));
}
