// The live tracker of the running core, driven directly on a ManualClock the way the feed applier
// drives it: candles (history and live) and trades before the engine sees them, evaluations from the
// signal sink, a batch handed on after a drain once the flush interval passed, and the batches
// written to an OutcomeStore on the writer's side.
#include "OutcomeTestData.h"

#include "base/Clock.h"
#include "engine/SignalOutcomes.h"
#include "model/market/InstrumentSpec.h"
#include "store/OutcomeStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::outcomes;
using namespace virtuoso::outcomes::test;

namespace {

const exchange::Symbol kSymbol = *exchange::Symbol::from("TESTUSDT");

exchange::InstrumentSpec spec()
{
    exchange::InstrumentSpec s;
    s.symbol = kSymbol;
    s.price = exchange::DecimalGrid(1, 1);    // 0.1
    s.quantity = exchange::DecimalGrid(1, 3); // 0.001
    return s;
}

exchange::Ticks ticks(double price)
{
    return std::llround(price * 10);
}

// Minutes [from, to) of flat 99..101 candles, confirmed, in one message (a history page).
exchange::KlineMessage candles(int from, int to, bool confirmed = true)
{
    exchange::KlineMessage m;
    m.topic = exchange::TopicKey::kline(kSymbol, 1);
    for (int minute = from; minute < to; ++minute) {
        exchange::Candle c;
        c.startMs = kT0 + minute * kMinute;
        c.endMs = c.startMs + kMinute - 1;
        c.open = c.close = ticks(100);
        c.high = ticks(101);
        c.low = ticks(99);
        c.volume = 1000;
        c.confirmed = confirmed;
        m.candles.push_back(c);
    }
    return m;
}

exchange::TradeMessage trade(qint64 timeMs, double price)
{
    exchange::TradeMessage m;
    m.topic = exchange::TopicKey::publicTrade(kSymbol);
    exchange::Trade t;
    t.timeMs = timeMs;
    t.price = ticks(price);
    t.size = 1000;
    m.trades.push_back(t);
    return m;
}

struct Fixture
{
    ManualClock clock;
    std::vector<OutcomeBatch> batches;
    SignalOutcomes outcomes{clock, oneMinutePlan(), [this](OutcomeBatch b) { batches.push_back(std::move(b)); }, 1000};

    Fixture() { outcomes.start(nullptr); }
    // The drain after `seconds` of the monotonic clock.
    void drainAfter(int seconds)
    {
        clock.advanceMs(seconds * 1000);
        outcomes.afterDrain();
    }
    std::vector<Outcome> handedOutcomes() const
    {
        std::vector<Outcome> out;
        for (const OutcomeBatch &b : batches)
            out.insert(out.end(), b.outcomes.begin(), b.outcomes.end());
        return out;
    }
};

} // namespace

TEST(SignalOutcomes, ASignalOpensAtTheNextTradeAndClosesAtTheStop)
{
    Fixture f;
    f.outcomes.onCandles(candles(0, 20), spec());         // the history bootstrap: ATR(14) = 2
    f.outcomes.onCandles(candles(20, 21, false), spec()); // the forming candle is not a bar yet
    f.outcomes.onTrades(trade(kT0 + 20 * kMinute + 500, 100), spec());
    f.outcomes.onSignal(evaluation("TESTUSDT", kT0 + 20 * kMinute + 500, 80));
    f.drainAfter(0); // within the flush interval: nothing handed on yet
    EXPECT_TRUE(f.batches.empty());
    f.drainAfter(1);
    ASSERT_EQ(f.batches.size(), 1u);
    ASSERT_EQ(f.handedOutcomes().size(), 1u);
    EXPECT_EQ(f.handedOutcomes().back().status, OutcomeStatus::Pending);
    EXPECT_DOUBLE_EQ(f.handedOutcomes().back().signal.atr, 2);

    // The next trade fills the entry; a trade through the stop (100 - 1.5 * 2 = 97) closes it.
    f.outcomes.onTrades(trade(kT0 + 20 * kMinute + 900, 100.2), spec());
    f.drainAfter(1);
    ASSERT_EQ(f.handedOutcomes().back().status, OutcomeStatus::Open);
    EXPECT_DOUBLE_EQ(f.handedOutcomes().back().plan.entry, 100.2);
    EXPECT_EQ(f.outcomes.summary().active, 1);

    f.outcomes.onTrades(trade(kT0 + 21 * kMinute, 96), spec());
    f.drainAfter(1);
    const Outcome closed = f.handedOutcomes().back();
    ASSERT_EQ(closed.status, OutcomeStatus::Closed);
    EXPECT_EQ(closed.exitReason, ExitReason::Stop);
    EXPECT_LT(closed.netR, -1); // a trade through the stop fills at the worse price
    const OutcomesSummary s = f.outcomes.summary();
    EXPECT_EQ(s.opened, 1);
    EXPECT_EQ(s.active, 0);
    EXPECT_EQ(s.handedOn, 3);
    EXPECT_EQ(s.lastDataTimeMs, kT0 + 21 * kMinute);

    // Nothing new: a drain hands nothing on.
    const size_t before = f.batches.size();
    f.drainAfter(5);
    EXPECT_EQ(f.batches.size(), before);
}

TEST(SignalOutcomes, ASampleGoesAgainOnlyWhenAHorizonResolves)
{
    Fixture f;
    f.outcomes.onCandles(candles(0, 20), spec());
    f.outcomes.onTrades(trade(kT0 + 20 * kMinute, 100), spec());
    f.outcomes.onSignal(evaluation("TESTUSDT", kT0 + 20 * kMinute, 80));
    f.drainAfter(1);
    ASSERT_EQ(f.batches.size(), 1u);
    ASSERT_EQ(f.batches[0].samples.size(), 1u);
    EXPECT_TRUE(std::isnan(f.batches[0].samples[0].forwardReturn[0]));

    f.outcomes.onTrades(trade(kT0 + 21 * kMinute, 100.5), spec()); // fills, no horizon yet
    f.drainAfter(1);
    ASSERT_EQ(f.batches.size(), 2u);
    EXPECT_TRUE(f.batches[1].samples.empty());

    f.outcomes.onTrades(trade(kT0 + 26 * kMinute, 101), spec()); // past the 5 minutes
    f.drainAfter(1);
    ASSERT_EQ(f.batches.size(), 3u);
    ASSERT_EQ(f.batches[2].samples.size(), 1u);
    EXPECT_NEAR(f.batches[2].samples[0].forwardReturn[0], 0.005, 1e-12);
}

TEST(SignalOutcomes, TheWriterKeepsTheNewestStateOfEachOutcome)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("outcomes.sqlite"));
    Fixture f;
    f.outcomes.onCandles(candles(0, 20), spec());
    f.outcomes.onTrades(trade(kT0 + 20 * kMinute, 100), spec());
    f.outcomes.onSignal(evaluation("TESTUSDT", kT0 + 20 * kMinute, 80));
    f.outcomes.onTrades(trade(kT0 + 20 * kMinute + 1, 100), spec());
    f.drainAfter(1);
    f.outcomes.onTrades(trade(kT0 + 21 * kMinute, 112), spec()); // through the 3R target (109)
    f.outcomes.stop();                                           // hands on what is left
    ASSERT_EQ(f.batches.size(), 2u);

    OutcomeWriter writer(path, R"({"long_threshold":70})", kT0);
    for (const OutcomeBatch &b : f.batches)
        writer.write(b);
    store::OutcomeStore store;
    ASSERT_TRUE(store.open(path, true)) << store.lastError().toStdString();
    EXPECT_TRUE(store.runs().contains(OutcomeWriter::liveRun()));
    const std::vector<Outcome> kept = store.loadOutcomes(OutcomeWriter::liveRun());
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].status, OutcomeStatus::Closed);
    EXPECT_EQ(kept[0].exitReason, ExitReason::Target);
    EXPECT_DOUBLE_EQ(kept[0].netR, 3);
    EXPECT_EQ(store.loadSamples(OutcomeWriter::liveRun()).size(), 1u);
}

TEST(SignalOutcomes, AnUnwritableStoreIsReportedAndNothingCrashes)
{
    OutcomeWriter writer(QStringLiteral("/proc/no-such-dir/outcomes.sqlite"), "{}", kT0);
    EXPECT_FALSE(writer.open());
    OutcomeBatch batch;
    batch.outcomes.push_back(Outcome{});
    writer.write(batch); // dropped, logged once
    EXPECT_FALSE(writer.open());
}
