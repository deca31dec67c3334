// The scorecard's figures against an independent computation written differently here.
#include "model/outcomes/Scorecard.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace virtuoso;
using namespace virtuoso::outcomes;

namespace {

std::vector<Outcome> randomOutcomes(int n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    const char *symbols[] = {"AAAUSDT", "BBBUSDT", "CCCUSDT"};
    std::vector<Outcome> out;
    for (int i = 0; i < n; ++i) {
        Outcome o;
        o.signal.symbol = symbols[rng() % 3];
        o.id = o.signal.symbol + "-" + std::to_string(i + 1);
        o.signal.timeMs = 1'000'000 + i * 60'000;
        const bool isLong = u(rng) < 0.6;
        o.signal.direction = isLong ? Direction::Long : Direction::Short;
        o.signal.score = isLong ? 70 + 30 * u(rng) : 35 * u(rng);
        o.signal.dominant = static_cast<int>(rng() % 6);
        o.signal.timeframesScored = 4;
        o.signal.timeframesAgreeing = static_cast<int>(rng() % 5);
        o.signal.regime = u(rng) < 0.5 ? Regime::Trend : Regime::Range;
        o.plan.valid = true;
        o.plan.direction = o.signal.direction;
        o.plan.entry = 50 + 100 * u(rng);
        o.plan.risk = o.plan.entry * (0.002 + 0.01 * u(rng));
        const double roll = u(rng);
        if (roll < 0.1) {
            o.status = i % 2 ? OutcomeStatus::Open : OutcomeStatus::NoPlan;
        } else {
            o.status = OutcomeStatus::Closed;
            o.netR = roll < 0.55 ? -1 - 0.05 * u(rng) : 3 * u(rng);
            o.exitReason = o.netR < -0.9 ? ExitReason::Stop : ExitReason::Horizon;
            // Distinct exit times, not in signal order.
            o.exitTimeMs = o.signal.timeMs + 1 + static_cast<std::int64_t>(u(rng) * 50) * 60'000 + i;
        }
        o.mfeR = 2 * u(rng);
        o.maeR = u(rng);
        out.push_back(o);
    }
    return out;
}

struct Expected
{
    int count = 0;
    double hit = 0, avg = 0, pf = 0, dd = 0, bps = 0, mfe = 0, mae = 0;
};

// Done another way: accumulate per figure, order by an ordered map of exit times, drawdown as the
// largest difference between an earlier and a later point of the equity curve (quadratic).
Expected independent(const std::vector<Outcome> &all, const std::function<bool(const Outcome &)> &keep)
{
    std::map<std::int64_t, const Outcome *> byExit;
    for (const Outcome &o : all)
        if (o.status == OutcomeStatus::Closed && keep(o))
            byExit[o.exitTimeMs] = &o;
    Expected e;
    double gains = 0, losses = 0, sum = 0;
    int wins = 0;
    std::vector<double> curve{0};
    for (const auto &[t, o] : byExit) {
        ++e.count;
        sum += o->netR;
        (o->netR > 0 ? gains : losses) += o->netR;
        wins += o->netR > 0;
        e.bps += o->netR * o->plan.risk / o->plan.entry * 1e4;
        e.mfe += o->mfeR;
        e.mae += o->maeR;
        curve.push_back(sum);
    }
    for (size_t i = 0; i < curve.size(); ++i)
        for (size_t j = i + 1; j < curve.size(); ++j)
            e.dd = std::max(e.dd, curve[i] - curve[j]);
    e.hit = double(wins) / e.count;
    e.avg = sum / e.count;
    e.pf = gains / -losses;
    e.bps /= e.count;
    e.mfe /= e.count;
    e.mae /= e.count;
    return e;
}

void expectStats(const ScoreStats &s, const Expected &e, const std::string &what)
{
    SCOPED_TRACE(what);
    EXPECT_EQ(s.count, e.count);
    EXPECT_NEAR(s.hitRate, e.hit, 1e-12);
    EXPECT_NEAR(s.averageR, e.avg, 1e-12);
    EXPECT_NEAR(s.profitFactor, e.pf, 1e-9);
    EXPECT_NEAR(s.maxDrawdownR, e.dd, 1e-9);
    EXPECT_NEAR(s.expectancyBps, e.bps, 1e-9);
    EXPECT_NEAR(s.averageMfeR, e.mfe, 1e-12);
    EXPECT_NEAR(s.averageMaeR, e.mae, 1e-12);
}

} // namespace

TEST(Scorecard, OverallAndBreakdownsMatchAnIndependentComputation)
{
    const std::vector<Outcome> outcomes = randomOutcomes(400, 42);
    const Scorecard card = Scorecard::compute(outcomes);
    int closed = 0, notScored = 0;
    for (const Outcome &o : outcomes)
        (o.closed() ? closed : notScored)++;
    EXPECT_EQ(card.signalCount, 400);
    EXPECT_EQ(card.closed, closed);
    EXPECT_EQ(card.open + card.noPlan, notScored);
    expectStats(card.overall, independent(outcomes, [](const Outcome &) { return true; }), "overall");
    ASSERT_EQ(card.bySymbol.size(), 3u);
    for (const ScoreRow &row : card.bySymbol)
        expectStats(row.stats, independent(outcomes, [&](const Outcome &o) { return o.signal.symbol == row.key; }),
                    row.key);
    ASSERT_EQ(card.byDirection.size(), 2u);
    EXPECT_EQ(card.byDirection[0].key, "long");
    expectStats(card.byDirection[0].stats,
                independent(outcomes, [](const Outcome &o) { return o.signal.direction == Direction::Long; }), "long");
    for (const ScoreRow &row : card.byScoreBucket) {
        const double low = std::stod(row.key.substr(0, row.key.find('-')));
        expectStats(row.stats,
                    independent(outcomes,
                                [&](const Outcome &o) {
                                    return o.signal.score >= low &&
                                           (o.signal.score < low + 5 || (low == 95 && o.signal.score <= 100));
                                }),
                    row.key);
    }
    for (const ScoreRow &row : card.byAgreement)
        expectStats(row.stats,
                    independent(outcomes, [&](const Outcome &o) { return o.signal.agreementLabel() == row.key; }),
                    row.key);
    for (const ScoreRow &row : card.byRegime)
        expectStats(row.stats,
                    independent(outcomes, [&](const Outcome &o) { return regimeName(o.signal.regime) == row.key; }),
                    row.key);
    for (const ScoreRow &row : card.byDominant)
        expectStats(row.stats,
                    independent(outcomes, [&](const Outcome &o) { return o.signal.dominantName() == row.key; }),
                    row.key);
    ASSERT_EQ(card.equityR.size(), static_cast<size_t>(closed));
    EXPECT_NEAR(card.equityR.back(), card.overall.totalR, 1e-9);
}

TEST(Scorecard, HandWorkedExample)
{
    // R: +2, −1, −1, +3 in exit order: hit 50 %, avg 0.75, PF 5/2, drawdown 2 (from 2 down to 0).
    std::vector<Outcome> outcomes;
    const double rs[] = {2, -1, -1, 3};
    for (int i = 0; i < 4; ++i) {
        Outcome o;
        o.id = "X-" + std::to_string(i + 1);
        o.signal.symbol = "X";
        o.signal.timeMs = i;
        o.signal.score = 72;
        o.status = OutcomeStatus::Closed;
        o.exitTimeMs = 100 - i * 10; // exits in reverse signal order: the curve follows exits
        o.netR = rs[3 - i];
        o.plan.entry = 100;
        o.plan.risk = 1;
        outcomes.push_back(o);
    }
    const ScoreStats s = Scorecard::compute(outcomes).overall;
    EXPECT_EQ(s.count, 4);
    EXPECT_DOUBLE_EQ(s.hitRate, 0.5);
    EXPECT_DOUBLE_EQ(s.averageR, 0.75);
    EXPECT_DOUBLE_EQ(s.profitFactor, 2.5);
    EXPECT_DOUBLE_EQ(s.maxDrawdownR, 2);
    EXPECT_DOUBLE_EQ(s.expectancyBps, 75);
    EXPECT_DOUBLE_EQ(s.averageWinR, 2.5);
    EXPECT_DOUBLE_EQ(s.averageLossR, -1);
    // Nothing lost: no profit factor (null in JSON), not infinity.
    outcomes.resize(1);
    EXPECT_TRUE(std::isnan(Scorecard::compute(outcomes).overall.profitFactor));
    EXPECT_NE(Scorecard::compute(outcomes).toJson().find("\"profit_factor\":null"), std::string::npos);
}

TEST(Scorecard, CalibrationMeansIntervalsAndSpearman)
{
    std::vector<ForwardSample> samples;
    // Bucket 70-75: returns 1..5 bps → mean 3, sd √2.5, t(4) = 2.776.
    for (int i = 1; i <= 5; ++i) {
        ForwardSample s;
        s.symbol = "X";
        s.timeMs = i;
        s.score = 71 + i * 0.5;
        s.signal = i == 1;
        s.forwardReturn = {i * 1e-4, NAN, NAN};
        samples.push_back(s);
    }
    ForwardSample lone;
    lone.score = 20;
    lone.forwardReturn = {-3e-4, NAN, NAN};
    samples.push_back(lone);
    const Scorecard card = Scorecard::compute({}, samples);
    ASSERT_EQ(card.calibration.size(), 3u);
    const Calibration &c = card.calibration[0];
    EXPECT_EQ(c.horizon, "5m");
    EXPECT_EQ(c.n, 6);
    EXPECT_EQ(c.signalSamples, 1);
    ASSERT_EQ(c.rows.size(), 2u);
    EXPECT_EQ(c.rows[0].bucket, "20-25");
    EXPECT_EQ(c.rows[0].n, 1);
    EXPECT_TRUE(std::isnan(c.rows[0].ciLowBps));
    EXPECT_EQ(c.rows[1].bucket, "70-75");
    EXPECT_NEAR(c.rows[1].meanBps, 3, 1e-9);
    const double half = 2.776 * std::sqrt(2.5) / std::sqrt(5.0);
    EXPECT_NEAR(c.rows[1].ciLowBps, 3 - half, 1e-9);
    EXPECT_NEAR(c.rows[1].ciHighBps, 3 + half, 1e-9);
    EXPECT_NEAR(c.spearman, 1.0, 1e-12); // higher score, higher return, throughout
    EXPECT_EQ(card.calibration[1].n, 0);
    EXPECT_TRUE(std::isnan(card.calibration[1].spearman));
}

TEST(Scorecard, SpearmanAgainstTheTextbookFormulaAndWithTies)
{
    std::mt19937 rng(3);
    std::normal_distribution<double> g(0, 1);
    std::vector<double> x, y;
    for (int i = 0; i < 200; ++i) {
        x.push_back(g(rng));
        y.push_back(0.3 * x.back() + g(rng));
    }
    // Without ties: 1 − 6 Σd² / (n(n² − 1)), ranks by counting.
    const auto rankOf = [](const std::vector<double> &v, size_t i) {
        return 1.0 + static_cast<double>(std::count_if(v.begin(), v.end(), [&](double w) { return w < v[i]; }));
    };
    double d2 = 0;
    for (size_t i = 0; i < x.size(); ++i)
        d2 += std::pow(rankOf(x, i) - rankOf(y, i), 2);
    const double n = static_cast<double>(x.size());
    EXPECT_NEAR(spearman(x, y), 1 - 6 * d2 / (n * (n * n - 1)), 1e-12);
    // Ties: x = 1 1 2 3, y = 1 2 3 3 → ranks 1.5 1.5 3 4 / 1 2 3.5 3.5 → Pearson of ranks = 4 / 4.5.
    EXPECT_NEAR(spearman({1, 1, 2, 3}, {1, 2, 3, 3}), 4.0 / 4.5, 1e-12);
    EXPECT_TRUE(std::isnan(spearman({1, 2}, {1, 2})));
    EXPECT_TRUE(std::isnan(spearman({1, 1, 1}, {1, 2, 3})));
}

TEST(Scorecard, BucketsAndStudentT)
{
    EXPECT_EQ(scoreBucket(72.3), "70-75");
    EXPECT_EQ(scoreBucket(75), "75-80");
    EXPECT_EQ(scoreBucket(100), "95-100");
    EXPECT_EQ(scoreBucket(0), "0-5");
    EXPECT_EQ(scoreBucket(34.99), "30-35");
    EXPECT_NEAR(studentT975(1), 12.706, 1e-9);
    EXPECT_NEAR(studentT975(10), 2.228, 1e-9);
    EXPECT_NEAR(studentT975(60), 2.000, 0.002);
    EXPECT_NEAR(studentT975(1000), 1.962, 0.002);
}
