// The engine's end of the hand-over: handler latency since start and over the recent window.

#include "DecoderTestSupport.h"
#include "base/Clock.h"
#include "connector/FeedApplier.h"
#include "connector/PublicMessageDecoder.h"
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

// The ticker's mark, index, funding, open interest and turnover reach the snapshot's market summary,
// with the next funding time and the decimals of the instrument's tick.
TEST(FeedApplierSummary, CarriesTheTickerFieldsTheMarketTableShows)
{
    ManualClock clock;
    MessageQueue queue{8};
    health::TimeoutJournal journal{clock};
    FeedApplier applier{{&queue}, {QStringLiteral("conn_0")}, journal, clock, 1000};
    const auto catalog = test::fixtureCatalog();
    applier.setCatalog(catalog);
    PublicMessageDecoder decoder{catalog};
    PublicMessage *slot = queue.tryBeginPush();
    ASSERT_NE(slot, nullptr);
    *slot = decoder.decode(test::readDataFile("bybit/ws_ticker_linear.json"), clock.monotonicNs());
    ASSERT_NE(slot->as<TickerMessage>(), nullptr);
    queue.commitPush();
    applier.drain();

    const std::vector<MarketSummary> markets = applier.summaries();
    ASSERT_EQ(markets.size(), 1u);
    const MarketSummary &m = markets.front();
    EXPECT_EQ(m.symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(m.markPrice, QStringLiteral("17217.33"));
    EXPECT_EQ(m.indexPrice, QStringLiteral("17227.36"));
    EXPECT_EQ(m.turnover24h, QStringLiteral("1570383121.943499"));
    EXPECT_EQ(m.fundingRate, QStringLiteral("-0.000212"));
    EXPECT_EQ(m.nextFundingTimeMs, 1673280000000);
    EXPECT_EQ(m.openInterest, QStringLiteral("68744.761"));
    EXPECT_EQ(m.openInterestValue, QStringLiteral("1183601235.91"));
    EXPECT_EQ(m.priceDecimals, catalog->find("BTCUSDT")->price.decimals());
    EXPECT_GE(m.priceDecimals, 1);
}
