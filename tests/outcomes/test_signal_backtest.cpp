// Backtests through the real confluence engine on real candles: the same input gives the same bytes,
// nothing before a planted spike changes, and a live-style incremental run gives the same outcomes.
#include "TestSupport.h"

#include "base/Clock.h"
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/KlineFile.h"
#include "model/outcomes/BacktestReport.h"
#include "model/outcomes/SignalBacktest.h"

#include <gtest/gtest.h>

#include <map>

using namespace virtuoso;
using namespace virtuoso::outcomes;

namespace {

struct Series
{
    QString symbol;
    std::vector<Candle> candles;
};

// 13,681 real BTCUSDT 1m candles, and two symbols derived from them: the inverse price (the same
// moves the other way) and a later stretch of the same data moved onto the same minutes.
std::vector<Series> threeSymbols()
{
    const auto file = confluence::readKlineFile(test::dataFile(QStringLiteral("market/btc_klines_1m.json")));
    EXPECT_TRUE(file.ok()) << file.error.toStdString();
    std::vector<Candle> btc(file.candles.begin(), file.candles.begin() + 6000);
    std::vector<Candle> inverse, later;
    for (size_t i = 0; i < btc.size(); ++i) {
        const Candle &c = btc[i];
        inverse.push_back({c.openTimeMs, 1e8 / c.open, 1e8 / c.low, 1e8 / c.high, 1e8 / c.close, c.volume});
        Candle l = file.candles[i + 7000];
        l.openTimeMs = c.openTimeMs;
        later.push_back(l);
    }
    return {
        {QStringLiteral("BTCUSDT"), btc}, {QStringLiteral("INVUSDT"), inverse}, {QStringLiteral("LATERUSDT"), later}};
}

OutcomeSettings settings()
{
    OutcomeSettings s;
    s.baselineRate = 0.2;
    s.horizonMs = 6 * 3'600'000LL;
    return s;
}

confluence::ConfluenceSettings engineSettings()
{
    confluence::ConfluenceSettings e;
    e.longThreshold = 62; // candle-only scores stay nearer 50: more signals to compare
    e.shortThreshold = 38;
    return e;
}

std::vector<OutcomeSettings> trackers()
{
    OutcomeSettings s = settings();
    s.longThreshold = 62;
    s.shortThreshold = 38;
    return {s};
}

// The backtest as the command runs it: symbol after symbol.
std::unique_ptr<SignalBacktest> batch(const std::vector<Series> &data)
{
    auto b = std::make_unique<SignalBacktest>(engineSettings(), trackers(), OutcomeTracker::PriceSource::Candles);
    for (const Series &s : data)
        for (const Candle &c : s.candles)
            b->feedCandle(s.symbol, c);
    return b;
}

std::string joined(const std::vector<Outcome> &outcomes)
{
    std::string out;
    for (const Outcome &o : outcomes)
        out += o.toJson() + "\n";
    return out;
}

std::string joined(const std::vector<ForwardSample> &samples)
{
    std::string out;
    for (const ForwardSample &s : samples)
        out += s.toJson() + "\n";
    return out;
}

BacktestReport reportOf(const SignalBacktest &b)
{
    BacktestReport r;
    r.mode = "klines";
    r.engine = engineSettings();
    r.settings = trackers()[0];
    r.outcomes = b.tracker(0).outcomes();
    r.scorecard = Scorecard::compute(r.outcomes, b.tracker(0).samples(), r.settings);
    r.evaluations = b.evaluations();
    r.notes.push_back(BacktestReport::candleOnlyNote());
    return r;
}

} // namespace

TEST(SignalBacktest, TheSameInputGivesByteIdenticalReports)
{
    const auto data = threeSymbols();
    const auto a = batch(data);
    const auto b = batch(data);
    const BacktestReport ra = reportOf(*a);
    const BacktestReport rb = reportOf(*b);
    ASSERT_GT(ra.outcomes.size(), 20u) << "too few signals to say anything";
    EXPECT_GT(ra.scorecard.closed, 10);
    EXPECT_EQ(ra.toJson(), rb.toJson());
    EXPECT_EQ(ra.toMarkdown(), rb.toMarkdown());
    EXPECT_EQ(ra.toHtml(), rb.toHtml());
    EXPECT_EQ(joined(a->tracker(0).samples()), joined(b->tracker(0).samples()));
}

TEST(SignalBacktest, APlantedFutureSpikeChangesNothingBeforeIt)
{
    auto data = threeSymbols();
    const auto before = batch(data);
    // A 20 % spike in one candle of BTCUSDT, two thirds into the data.
    const size_t at = 4000;
    Candle &spike = data[0].candles[at];
    spike.high *= 1.2;
    spike.close *= 1.15;
    spike.volume *= 50;
    const std::int64_t spikeMs = spike.openTimeMs; // its data is known only from its close on
    const auto after = batch(data);

    const auto early = [spikeMs](const std::vector<Outcome> &all) {
        std::vector<Outcome> kept;
        for (const Outcome &o : all) {
            if (o.signal.symbol != "BTCUSDT" || o.signal.timeMs > spikeMs)
                continue;
            Outcome copy = o;
            // What happened after the spike may differ; what was known before it may not.
            if (!o.closed() || o.exitTimeMs > spikeMs) {
                copy.status = OutcomeStatus::Open;
                copy.exitTimeMs = -1;
                copy.exitPrice = copy.grossR = copy.costR = copy.netR = NAN;
                copy.exitReason = ExitReason::None;
                copy.mfeR = copy.maeR = 0;
                copy.timeToTargetMs = {-1, -1, -1};
                copy.exitPending = false;
            }
            for (size_t h = 0; h < 3; ++h)
                if (o.signal.timeMs + trackers()[0].forwardMs[h] >= spikeMs)
                    copy.forwardReturn[h] = NAN;
            kept.push_back(copy);
        }
        return kept;
    };
    const auto a = early(before->tracker(0).outcomes());
    const auto b = early(after->tracker(0).outcomes());
    ASSERT_GT(a.size(), 5u);
    EXPECT_EQ(joined(a), joined(b));
    // The spike does change what comes after it (so this test can tell).
    EXPECT_NE(joined(before->tracker(0).outcomes()), joined(after->tracker(0).outcomes()));
    // Other symbols are untouched throughout.
    const auto others = [](const std::vector<Outcome> &all) {
        std::vector<Outcome> kept;
        for (const Outcome &o : all)
            if (o.signal.symbol != "BTCUSDT")
                kept.push_back(o);
        return kept;
    };
    EXPECT_EQ(joined(others(before->tracker(0).outcomes())), joined(others(after->tracker(0).outcomes())));
}

TEST(SignalBacktest, ALiveStyleIncrementalRunGivesTheSameOutcomes)
{
    const auto data = threeSymbols();
    const auto reference = batch(data);

    // Live: one engine on a clock that follows the data, the tracker fed each event before the
    // engine, symbols interleaved minute by minute, and what changed taken over every few events
    // (what a live owner persists).
    ManualClock clock(0, 0);
    confluence::ConfluenceEngine engine(clock, engineSettings());
    OutcomeTracker tracker(trackers()[0], OutcomeTracker::PriceSource::Candles);
    engine.setSignalSink([&tracker](const confluence::ConfluenceSignal &s) { tracker.onSignal(s); });
    std::map<std::string, std::string> persisted;
    std::int64_t now = 0;
    int events = 0;
    for (size_t i = 0; i < data[0].candles.size(); ++i) {
        for (const Series &s : data) {
            const Candle &c = s.candles[i];
            if (c.openTimeMs + 60'000 > now) {
                clock.advanceMs(c.openTimeMs + 60'000 - now);
                now = c.openTimeMs + 60'000;
            }
            tracker.feedCandle(s.symbol.toStdString(), c);
            engine.onCandle(s.symbol, c);
            if (++events % 97 == 0)
                for (const Outcome &o : tracker.takeChanged())
                    persisted[o.id] = o.toJson();
        }
    }
    for (const Outcome &o : tracker.takeChanged())
        persisted[o.id] = o.toJson();

    const std::vector<Outcome> expected = reference->tracker(0).outcomes();
    ASSERT_GT(expected.size(), 20u);
    EXPECT_EQ(joined(tracker.outcomes()), joined(expected));
    EXPECT_EQ(joined(tracker.samples()), joined(reference->tracker(0).samples()));
    // What was handed over along the way ends in the same state.
    ASSERT_EQ(persisted.size(), expected.size());
    for (const Outcome &o : expected)
        EXPECT_EQ(persisted[o.id], o.toJson()) << o.id;
}

TEST(SignalBacktest, ASweepTrackerPerThresholdSeesTheSameEngine)
{
    const auto data = threeSymbols();
    std::vector<OutcomeSettings> list;
    for (double t : {60.0, 65.0, 70.0}) {
        OutcomeSettings s = settings();
        s.longThreshold = t;
        s.shortThreshold = 100 - t;
        list.push_back(s);
    }
    SignalBacktest b(engineSettings(), list, OutcomeTracker::PriceSource::Candles);
    for (const Series &s : data)
        for (const Candle &c : s.candles)
            b.feedCandle(s.symbol, c);
    // A stricter threshold is entered no more often than a looser one.
    EXPECT_GE(b.tracker(0).outcomes().size(), b.tracker(1).outcomes().size());
    EXPECT_GE(b.tracker(1).outcomes().size(), b.tracker(2).outcomes().size());
    for (const Outcome &o : b.tracker(2).outcomes())
        EXPECT_TRUE(o.signal.score >= 70 || o.signal.score <= 30) << o.id;
}
