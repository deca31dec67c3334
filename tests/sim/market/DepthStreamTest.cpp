#include "MarketRecorder.h"

#include <gtest/gtest.h>

using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

// What a subscriber of orderbook.N holds: the snapshot, then every delta applied in order.
struct Subscriber
{
    MirrorBook book;
    quint64 u = 0;
    int entered = 0, left = 0;

    void onSnapshot(const BookSnapshot &snapshot)
    {
        book.load(snapshot);
        u = snapshot.u;
    }
    void onDelta(const BookSnapshot &delta)
    {
        ASSERT_EQ(delta.u, u + 1) << "gap in u";
        u = delta.u;
        for (const auto *levels : {&delta.bids, &delta.asks}) {
            const bool bids = levels == &delta.bids;
            for (const PriceLevel &level : *levels) {
                const bool known = bids ? book.bids.count(level.price) > 0 : book.asks.count(level.price) > 0;
                if (level.size == 0) {
                    EXPECT_TRUE(known) << "removal of a level the client never had";
                    ++left;
                } else if (!known) {
                    ++entered;
                }
            }
        }
        MirrorBook::apply(book.bids, delta.bids);
        MirrorBook::apply(book.asks, delta.asks);
    }
};

} // namespace

class DepthStreamWindow : public ::testing::TestWithParam<int>
{
};

TEST_P(DepthStreamWindow, SnapshotPlusDeltasReproduceTheTopLevelsEveryStep)
{
    const int depth = GetParam();
    const QStringList symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("DOGEUSDT")};
    MarketSimulator market(configFor(symbols, 13));
    MarketRecorder recorder;
    recorder.keep = false;
    std::map<QString, DepthStream> streams;
    std::map<QString, Subscriber> subscribers;
    for (const QString &symbol : symbols) {
        streams.emplace(symbol, DepthStream(symbol, depth));
        subscribers[symbol].onSnapshot(streams.at(symbol).snapshot(market));
        EXPECT_EQ(subscribers[symbol].u, 1u);
    }
    int deltas = 0, unchanged = 0;
    for (int step = 1; step <= 2500; ++step) {
        if (step == 1000)
            market.triggerVolatilityBurst(QStringLiteral("DOGEUSDT"), 10);
        market.advanceTo(kStartMs + step * 20, recorder);
        for (const QString &symbol : symbols) {
            DepthStream &stream = streams.at(symbol);
            const quint64 uBefore = stream.u();
            const auto delta = stream.update(market);
            if (delta) {
                ++deltas;
                EXPECT_EQ(delta->symbol, symbol);
                EXPECT_TRUE(!delta->bids.empty() || !delta->asks.empty());
                subscribers[symbol].onDelta(*delta);
            } else {
                ++unchanged;
                EXPECT_EQ(stream.u(), uBefore);
            }
            const BookSnapshot truth = market.book(symbol, depth);
            ASSERT_EQ(truth.bids.size(), static_cast<std::size_t>(depth));
            ASSERT_TRUE(subscribers[symbol].book.sameAs(truth)) << symbol.toStdString() << " step " << step;
        }
    }
    EXPECT_GT(deltas, 100);
    for (const QString &symbol : symbols) {
        // The top window moved: levels entered it and left it.
        EXPECT_GT(subscribers[symbol].entered, 10) << symbol.toStdString();
        EXPECT_GT(subscribers[symbol].left, 10) << symbol.toStdString();
    }
    if (depth == 1) {
        EXPECT_GT(unchanged, 0); // a one-level window often stays the same
    }
}

INSTANTIATE_TEST_SUITE_P(Depths, DepthStreamWindow, ::testing::Values(1, 50, 200, 1000));

TEST(DepthStream, SnapshotAdvancesUAndResetRestartsIt)
{
    MarketSimulator market(configFor({QStringLiteral("ETHUSDT")}, 3));
    MarketRecorder recorder;
    DepthStream stream(QStringLiteral("ETHUSDT"), 50);
    EXPECT_EQ(stream.depth(), 50);
    EXPECT_EQ(stream.snapshot(market).u, 1u);
    quint64 expected = 1;
    for (int step = 1; step <= 100; ++step) {
        market.advanceTo(kStartMs + step * 20, recorder);
        if (const auto delta = stream.update(market)) {
            EXPECT_EQ(delta->u, ++expected);
        }
    }
    EXPECT_GT(expected, 50u);
    // The server may resend a snapshot any time: it continues the count.
    EXPECT_EQ(stream.snapshot(market).u, expected + 1);

    // An exchange restart: the stream starts again from u=1 with a full snapshot.
    stream.reset();
    EXPECT_EQ(stream.u(), 0u);
    const BookSnapshot restarted = stream.snapshot(market);
    EXPECT_EQ(restarted.u, 1u);
    EXPECT_EQ(restarted.bids.size(), 50u);
    EXPECT_EQ(restarted.bids.front().price, market.book(QStringLiteral("ETHUSDT"), 1).bids.front().price);
    stream.reset(41);
    EXPECT_EQ(stream.snapshot(market).u, 42u);
}

TEST(DepthStream, UpdateAfterResetWithoutSnapshotSendsTheWholeWindow)
{
    MarketSimulator market(configFor({QStringLiteral("ETHUSDT")}, 3));
    DepthStream stream(QStringLiteral("ETHUSDT"), 20);
    stream.snapshot(market);
    stream.reset();
    const auto delta = stream.update(market);
    ASSERT_TRUE(delta.has_value());
    EXPECT_EQ(delta->u, 1u);
    EXPECT_EQ(delta->bids.size(), 20u);
    EXPECT_EQ(delta->asks.size(), 20u);
}
