// The engine's end of the hand-over: handler latency since start and over the recent window.

#include "base/Clock.h"
#include "connector/FeedApplier.h"
#include "model/health/TimeoutJournal.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

class FeedApplierLatency : public ::testing::Test
{
protected:
    // One message that waited `waitUs` between the socket and the engine.
    void arrive(qint64 waitUs)
    {
        PublicMessage *slot = queue.tryBeginPush();
        ASSERT_NE(slot, nullptr);
        slot->body = OpResponse{};
        slot->connectionIndex = 0;
        slot->receivedNs = clock.monotonicNs();
        queue.commitPush();
        clock.advanceNs(waitUs * 1000);
        applier.drain();
    }

    ManualClock clock;
    MessageQueue queue{64};
    health::TimeoutJournal journal{clock};
    FeedApplier applier{{&queue}, {QStringLiteral("conn_0")}, journal, clock, 1000};
};

} // namespace

TEST_F(FeedApplierLatency, TheRecentWindowStartsAfterTheBootstrapAndForgetsOldSlices)
{
    applier.beginHistory({QStringLiteral("BTCUSDT")}, {1});
    arrive(40'000); // the engine busy with history: 40 ms
    EXPECT_EQ(applier.latency(0).p99Us, applier.latency(0).recentP99Us);
    applier.endHistory();

    for (int i = 0; i < 10; ++i)
        arrive(100);
    health::HandlerLatency l = applier.latency(0);
    EXPECT_EQ(l.count, 11u);
    EXPECT_EQ(l.maxUs, 40'000);
    EXPECT_EQ(l.recentCount, 10u);
    EXPECT_NEAR(double(l.recentP99Us), 100.0, 4.0);
    EXPECT_EQ(l.recentMaxUs, 100);
    EXPECT_NEAR(double(l.recentP50Us), 100.0, 4.0);

    // A new slice every 30 s; the window keeps the previous one, so it reaches 30–60 s back.
    clock.advanceMs(31'000);
    arrive(300);
    l = applier.latency(0);
    EXPECT_EQ(l.recentCount, 11u);
    EXPECT_EQ(l.recentMaxUs, 300);
    EXPECT_GE(l.recentSpanMs, 31'000);
    clock.advanceMs(31'000);
    arrive(200);
    l = applier.latency(0);
    EXPECT_EQ(l.recentCount, 2u); // the 100 µs slice is gone
    EXPECT_EQ(l.recentMaxUs, 300);
    EXPECT_EQ(l.count, 13u);
    EXPECT_EQ(l.maxUs, 40'000);
}
