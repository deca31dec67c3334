// The outcome rules on hand-made price paths: plan, fill, stop, targets, horizon, opposite signal,
// costs, forward returns and the baseline sample.
#include "OutcomeTestData.h"

#include "model/outcomes/OutcomeTracker.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::outcomes;
using namespace virtuoso::outcomes::test;

namespace {

const std::string kSym = "TESTUSDT";

// Warm-up, a long signal at the close of minute 19 (score 80), and the candle that fills it at 100.
OutcomeTracker &longFilled(OutcomeTracker &t)
{
    warmUp(t);
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute, 80));
    t.feedCandle(kSym, bar(20, 100, 101, 99.5, 100.5));
    return t;
}

Outcome only(const OutcomeTracker &t)
{
    const auto all = t.outcomes();
    EXPECT_EQ(all.size(), 1u);
    return all.empty() ? Outcome{} : all.front();
}

} // namespace

TEST(TradePlan, TheFartherSensibleOfTheAtrAndTheSwingStop)
{
    // Swing nearer than the ATR stop: the ATR stop is the farther one.
    TradePlan p = makeTradePlan(Direction::Long, 100, 2, 99, 101);
    ASSERT_TRUE(p.valid);
    EXPECT_DOUBLE_EQ(p.stop, 97);
    EXPECT_STREQ(p.stopBasis, "atr");
    EXPECT_DOUBLE_EQ(p.risk, 3);
    EXPECT_DOUBLE_EQ(p.targets[0], 103);
    EXPECT_DOUBLE_EQ(p.targets[2], 109);
    // Swing farther but sensible (≤ 3 ATR): the swing stop with its buffer.
    p = makeTradePlan(Direction::Long, 100, 2, 96, 101);
    EXPECT_DOUBLE_EQ(p.stop, 95.8);
    EXPECT_STREQ(p.stopBasis, "swing");
    // Swing too far (beyond 3 ATR): not sensible, the ATR stop.
    p = makeTradePlan(Direction::Long, 100, 2, 90, 101);
    EXPECT_DOUBLE_EQ(p.stop, 97);
    // A swing low above the entry is on the wrong side: ignored.
    p = makeTradePlan(Direction::Long, 100, 2, 100.5, 101);
    EXPECT_DOUBLE_EQ(p.stop, 97);
    // Short mirrors it.
    p = makeTradePlan(Direction::Short, 100, 2, 99, 104);
    EXPECT_DOUBLE_EQ(p.stop, 104.2);
    EXPECT_DOUBLE_EQ(p.targets[0], 100 - 4.2);
    EXPECT_DOUBLE_EQ(p.rAt(104.2), -1);
    EXPECT_FALSE(makeTradePlan(Direction::Long, 100, NAN, 99, 101).valid);
    EXPECT_FALSE(makeTradePlan(Direction::Neutral, 100, 2, 99, 101).valid);
    EXPECT_FALSE(makeTradePlan(Direction::Long, 0, 2, 99, 101).valid);
}

TEST(TradePlan, RecentSwingsPreferThePivot)
{
    std::vector<Candle> c;
    const double lows[] = {10, 9, 8, 9, 10, 11, 10, 9.5, 10, 11};
    for (int i = 0; i < 10; ++i)
        c.push_back(bar(i, lows[i] + 1, lows[i] + 2, lows[i], lows[i] + 1));
    const SwingLevels s = recentSwings(c, 20);
    EXPECT_DOUBLE_EQ(s.low, 9.5); // the most recent pivot low, not the lowest low 8
    EXPECT_DOUBLE_EQ(s.high, 13); // pivot high at index 5
}

TEST(OutcomeRules, EntryAtTheNextOpenWithThePlanKnownAtTheSignal)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    warmUp(t);
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute, 80));
    Outcome o = only(t);
    EXPECT_EQ(o.status, OutcomeStatus::Pending);
    EXPECT_EQ(o.id, "TESTUSDT-1");
    EXPECT_DOUBLE_EQ(o.signal.atr, 2);
    EXPECT_DOUBLE_EQ(o.signal.referencePrice, 100);
    t.feedCandle(kSym, bar(20, 100.4, 101, 99.5, 100.5));
    o = only(t);
    EXPECT_EQ(o.status, OutcomeStatus::Open);
    EXPECT_EQ(o.entryTimeMs, kT0 + 20 * kMinute);
    EXPECT_DOUBLE_EQ(o.plan.entry, 100.4);
    EXPECT_DOUBLE_EQ(o.plan.stop, 97.4);
    EXPECT_NEAR(o.mfeR, 0.2, 1e-12);
    EXPECT_NEAR(o.maeR, 0.3, 1e-12);
}

TEST(OutcomeRules, StopFirst)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.feedCandle(kSym, bar(21, 100, 102, 96.5, 97));
    const Outcome o = only(t);
    ASSERT_TRUE(o.closed());
    EXPECT_EQ(o.exitReason, ExitReason::Stop);
    EXPECT_DOUBLE_EQ(o.exitPrice, 97);
    EXPECT_DOUBLE_EQ(o.grossR, -1);
    EXPECT_DOUBLE_EQ(o.netR, -1);
    EXPECT_EQ(o.exitTimeMs, kT0 + 22 * kMinute);
    EXPECT_NEAR(o.mfeR, 1.0 / 3, 1e-12); // the entry candle's high; nothing from the stop candle
    EXPECT_DOUBLE_EQ(o.maeR, 1);
    EXPECT_EQ(o.timeToTargetMs[0], -1);
}

TEST(OutcomeRules, TargetFirstWithTheTimeToEachTarget)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.feedCandle(kSym, bar(21, 101, 104, 100, 103.5));
    EXPECT_EQ(only(t).status, OutcomeStatus::Open);
    t.feedCandle(kSym, bar(22, 103.5, 109.5, 103, 109));
    const Outcome o = only(t);
    ASSERT_TRUE(o.closed());
    EXPECT_EQ(o.exitReason, ExitReason::Target);
    EXPECT_DOUBLE_EQ(o.exitPrice, 109);
    EXPECT_DOUBLE_EQ(o.grossR, 3);
    EXPECT_EQ(o.timeToTargetMs[0], 2 * kMinute);
    EXPECT_EQ(o.timeToTargetMs[1], 3 * kMinute);
    EXPECT_EQ(o.timeToTargetMs[2], 3 * kMinute);
    EXPECT_DOUBLE_EQ(o.mfeR, 3);
    EXPECT_NEAR(o.maeR, 0.5 / 3, 1e-12); // the entry candle's low
}

TEST(OutcomeRules, StopAndTargetInOneCandleIsTheStop)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.feedCandle(kSym, bar(21, 100, 110, 96, 105));
    const Outcome o = only(t);
    ASSERT_TRUE(o.closed());
    EXPECT_EQ(o.exitReason, ExitReason::Stop);
    EXPECT_DOUBLE_EQ(o.grossR, -1);
    for (const auto ms : o.timeToTargetMs)
        EXPECT_EQ(ms, -1);
}

TEST(OutcomeRules, AGapThroughTheStopFillsAtTheOpen)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.feedCandle(kSym, bar(21, 95, 96, 94, 95.5));
    const Outcome o = only(t);
    EXPECT_EQ(o.exitReason, ExitReason::Stop);
    EXPECT_DOUBLE_EQ(o.exitPrice, 95);
    EXPECT_DOUBLE_EQ(o.grossR, -5.0 / 3);
    EXPECT_EQ(o.exitTimeMs, kT0 + 21 * kMinute);
}

TEST(OutcomeRules, HorizonClosesAtTheCloseOfItsLastCandle)
{
    OutcomeSettings s = oneMinutePlan();
    s.horizonMs = 5 * kMinute;
    OutcomeTracker t(s, OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    for (int m = 21; m < 24; ++m)
        t.feedCandle(kSym, bar(m, 100, 100.5, 99.5, 100));
    EXPECT_EQ(only(t).status, OutcomeStatus::Open);
    t.feedCandle(kSym, bar(24, 100, 100.5, 99.5, 100.3));
    const Outcome o = only(t);
    ASSERT_TRUE(o.closed());
    EXPECT_EQ(o.exitReason, ExitReason::Horizon);
    EXPECT_EQ(o.exitTimeMs, kT0 + 25 * kMinute);
    EXPECT_NEAR(o.grossR, 0.1, 1e-12);
}

TEST(OutcomeRules, AnOppositeSignalClosesAtTheNextPriceAndOpensItsOwn)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.onSignal(evaluation(kSym, kT0 + 21 * kMinute, 50)); // leaves the zone: nothing happens
    t.onSignal(evaluation(kSym, kT0 + 21 * kMinute, 20)); // enters the short zone
    auto all = t.outcomes();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_TRUE(all[0].exitPending);
    EXPECT_EQ(all[0].status, OutcomeStatus::Open);
    t.feedCandle(kSym, bar(21, 100.6, 100.8, 100.2, 100.4));
    all = t.outcomes();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].exitReason, ExitReason::Opposite);
    EXPECT_DOUBLE_EQ(all[0].exitPrice, 100.6);
    EXPECT_NEAR(all[0].grossR, 0.2, 1e-12);
    EXPECT_EQ(all[1].signal.direction, Direction::Short);
    EXPECT_EQ(all[1].status, OutcomeStatus::Open);
    EXPECT_DOUBLE_EQ(all[1].plan.entry, 100.6);
}

TEST(OutcomeRules, StayingInTheZoneIsOneSignal)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    warmUp(t);
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute, 80));
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute + 250, 85));
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute + 500, 70)); // the threshold itself is in the zone
    EXPECT_EQ(t.outcomes().size(), 1u);
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute + 750, 69.99));
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute + 900, 71));
    EXPECT_EQ(t.outcomes().size(), 2u);
    auto notReady = evaluation(kSym, kT0 + 20 * kMinute + 950, 20);
    notReady.ready = false;
    t.onSignal(notReady);
    EXPECT_EQ(t.outcomes().size(), 2u);
}

TEST(OutcomeRules, FeesAndSlippageAreChargedOnBothFillsInR)
{
    OutcomeSettings s = oneMinutePlan();
    s.feeBps = 5.5;
    s.slippageBps = 2;
    OutcomeTracker t(s, OutcomeTracker::PriceSource::Candles);
    longFilled(t);
    t.feedCandle(kSym, bar(21, 100, 102, 96.5, 97));
    const Outcome o = only(t);
    EXPECT_NEAR(o.costR, (100 + 97) * 7.5e-4 / 3, 1e-12);
    EXPECT_NEAR(o.netR, -1 - o.costR, 1e-12);
}

TEST(OutcomeRules, WithoutAtrASignalHasNoPlanAndIsNotScored)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    for (int m = 0; m < 5; ++m)
        t.feedCandle(kSym, bar(m, 100, 101, 99, 100));
    t.onSignal(evaluation(kSym, kT0 + 5 * kMinute, 90));
    const Outcome o = only(t);
    EXPECT_EQ(o.status, OutcomeStatus::NoPlan);
    EXPECT_STREQ(o.plan.why, "no ATR yet");
    t.feedCandle(kSym, bar(5, 100, 101, 99, 100));
    EXPECT_EQ(only(t).status, OutcomeStatus::NoPlan);
}

TEST(OutcomeRules, TradesFillAtTheNextTradeAndStopAtTheCrossingTrade)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Trades);
    warmUp(t); // candles feed the ATR and swings only
    const std::int64_t at = kT0 + 20 * kMinute;
    t.feedTrade(kSym, at - 100, 100.1);
    t.onSignal(evaluation(kSym, at - 100, 80));
    EXPECT_EQ(only(t).status, OutcomeStatus::Pending);
    t.feedTrade(kSym, at + 1000, 100);
    Outcome o = only(t);
    EXPECT_EQ(o.status, OutcomeStatus::Open);
    EXPECT_EQ(o.entryTimeMs, at + 1000);
    EXPECT_DOUBLE_EQ(o.plan.stop, 97);
    t.feedTrade(kSym, at + 2000, 103.2);
    t.feedTrade(kSym, at + 3000, 97.5);
    EXPECT_EQ(only(t).status, OutcomeStatus::Open);
    t.feedTrade(kSym, at + 4000, 96.7);
    o = only(t);
    EXPECT_EQ(o.exitReason, ExitReason::Stop);
    EXPECT_DOUBLE_EQ(o.exitPrice, 96.7);
    EXPECT_NEAR(o.grossR, -1.1, 1e-12);
    EXPECT_EQ(o.exitTimeMs, at + 4000);
    EXPECT_EQ(o.timeToTargetMs[0], 1000);
    EXPECT_NEAR(o.mfeR, 3.2 / 3, 1e-12);
    // Candles are no prices in trade mode.
    t.feedCandle(kSym, bar(21, 50, 50, 50, 50));
    EXPECT_EQ(only(t).exitPrice, 96.7);
}

// The live core: the history's candles land before the stream's first trade. A signal then is
// tracked with the newest close as its reference price and fills at the next trade, instead of
// being lost as "no price yet".
TEST(OutcomeRules, BeforeTheFirstTradeTheNewestCloseIsTheReferenceAndATradeFills)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Trades);
    t.onSignal(evaluation(kSym, kT0, 80)); // nothing known at all: no plan
    EXPECT_STREQ(only(t).plan.why, "no ATR yet");
    OutcomeTracker fresh(oneMinutePlan(), OutcomeTracker::PriceSource::Trades);
    warmUp(fresh);
    fresh.feedCandle(kSym, bar(20, 100, 101, 99, 100.4));
    const std::int64_t at = kT0 + 21 * kMinute + 500;
    fresh.onSignal(evaluation(kSym, at, 80));
    Outcome o = only(fresh);
    EXPECT_EQ(o.status, OutcomeStatus::Pending);
    EXPECT_DOUBLE_EQ(o.signal.referencePrice, 100.4);
    fresh.feedTrade(kSym, at + 300, 100.6);
    o = only(fresh);
    EXPECT_EQ(o.status, OutcomeStatus::Open);
    EXPECT_DOUBLE_EQ(o.plan.entry, 100.6);
    EXPECT_EQ(o.entryTimeMs, at + 300);
}

TEST(OutcomeRules, ForwardReturnsAreTakenAtTheDueTimeWithoutLookingAhead)
{
    OutcomeSettings s = oneMinutePlan();
    s.forwardMs = {5 * kMinute, 10 * kMinute, 15 * kMinute};
    OutcomeTracker t(s, OutcomeTracker::PriceSource::Candles);
    warmUp(t);
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute, 80));
    for (int m = 20; m < 25; ++m)
        t.feedCandle(kSym, bar(m, 100, 100.5, 99.5, 100 + (m - 19) * 0.1)); // minute 24 closes at 100.5 at +5m
    auto samples = t.samples();
    ASSERT_EQ(samples.size(), 1u);
    EXPECT_NEAR(samples[0].forwardReturn[0], 0.005, 1e-12);
    EXPECT_TRUE(std::isnan(samples[0].forwardReturn[1]));
    EXPECT_NEAR(only(t).forwardReturn[0], 0.005, 1e-12);
    // A gap over the 10-minute mark: the last price before it counts, not the one after.
    t.feedCandle(kSym, bar(25, 100.5, 101, 100, 101));
    t.feedCandle(kSym, bar(31, 110, 111, 109, 110));
    samples = t.samples();
    EXPECT_NEAR(samples[0].forwardReturn[1], 0.01, 1e-12);
    EXPECT_TRUE(std::isnan(samples[0].forwardReturn[2]));
}

TEST(OutcomeRules, TheBaselineSampleIsSeededAndIndependentOfArrivalOrder)
{
    OutcomeSettings s = oneMinutePlan();
    s.baselineRate = 0.3;
    s.baselineSeed = 7;
    const auto run = [&s](bool interleave, std::uint64_t seed) {
        OutcomeSettings local = s;
        local.baselineSeed = seed;
        OutcomeTracker t(local, OutcomeTracker::PriceSource::Candles);
        const std::vector<std::string> symbols = {"AAAUSDT", "BBBUSDT"};
        const auto step = [&t](const std::string &sym, int m) {
            t.feedCandle(sym, bar(m, 100, 101, 99, 100));
            t.onSignal(evaluation(sym, kT0 + (m + 1) * kMinute, 50));
        };
        if (interleave) {
            for (int m = 0; m < 300; ++m)
                for (const auto &sym : symbols)
                    step(sym, m);
        } else {
            for (const auto &sym : symbols)
                for (int m = 0; m < 300; ++m)
                    step(sym, m);
        }
        std::string out;
        for (const auto &sample : t.samples())
            out += sample.toJson() + "\n";
        return std::make_pair(out, t.counters().baselineSamples);
    };
    const auto a = run(true, 7);
    const auto b = run(false, 7);
    EXPECT_EQ(a.first, b.first);
    EXPECT_GT(a.second, 120); // ~0.3 of 600 symbol-minutes
    EXPECT_LT(a.second, 240);
    EXPECT_NE(run(true, 8).first, a.first);
}

TEST(OutcomeRules, TakeChangedHandsOverEachChangeOnce)
{
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    warmUp(t);
    EXPECT_TRUE(t.takeChanged().empty());
    t.onSignal(evaluation(kSym, kT0 + 20 * kMinute, 80));
    auto changed = t.takeChanged();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].status, OutcomeStatus::Pending);
    EXPECT_TRUE(t.takeChanged().empty());
    t.feedCandle(kSym, bar(20, 100, 101, 99.5, 100.5));
    t.feedCandle(kSym, bar(21, 100, 102, 96.5, 97));
    changed = t.takeChanged();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].status, OutcomeStatus::Closed);
    // Forget what is done and resolved: it was handed over, the tracker lets it go.
    t.forgetResolvedBefore(kT0 + 30 * kMinute);
    EXPECT_EQ(t.outcomes().size(), 1u); // its 4h forward return is still due
    for (int m = 22; m < 22 + 4 * 60 + 2; ++m)
        t.feedCandle(kSym, bar(m, 100, 101, 99, 100));
    t.takeChanged();
    t.forgetResolvedBefore(kT0 + 30 * kMinute);
    EXPECT_TRUE(t.outcomes().empty());
    EXPECT_TRUE(t.samples().empty());
}
