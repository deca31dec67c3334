#include "model/outcomes/Scorecard.h"

#include "base/JsonText.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace virtuoso::outcomes {

namespace json = confluence::json;

double studentT975(int df)
{
    static const double table[30] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                     2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                     2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return NAN;
    if (df <= 30)
        return table[df - 1];
    return 1.95996 + 2.4 / df; // within 0.002 of the exact quantile beyond 30
}

double spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = std::min(x.size(), y.size());
    if (n < 3)
        return NAN;
    const auto ranks = [n](const std::vector<double> &v) {
        std::vector<size_t> order(n);
        std::iota(order.begin(), order.end(), size_t{0});
        std::stable_sort(order.begin(), order.end(), [&v](size_t a, size_t b) { return v[a] < v[b]; });
        std::vector<double> r(n);
        for (size_t i = 0; i < n;) {
            size_t j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]])
                ++j;
            const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
            for (size_t k = i; k <= j; ++k)
                r[order[k]] = average;
            i = j + 1;
        }
        return r;
    };
    const std::vector<double> rx = ranks(x);
    const std::vector<double> ry = ranks(y);
    const double mean = (static_cast<double>(n) + 1.0) / 2.0;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        sxy += (rx[i] - mean) * (ry[i] - mean);
        sxx += (rx[i] - mean) * (rx[i] - mean);
        syy += (ry[i] - mean) * (ry[i] - mean);
    }
    if (sxx <= 0 || syy <= 0)
        return NAN;
    return sxy / std::sqrt(sxx * syy);
}

namespace {

double bucketLow(double score, double width)
{
    const double clamped = std::clamp(score, 0.0, 100.0);
    return std::min(std::floor(clamped / width) * width, 100.0 - width);
}

std::string numberText(double v)
{
    std::string out;
    json::appendNumber(out, v);
    return out;
}

} // namespace

std::string scoreBucket(double score, double width)
{
    const double low = bucketLow(score, width);
    return numberText(low) + "-" + numberText(low + width);
}

ScoreStats Scorecard::statsOf(const std::vector<const Outcome *> &closed)
{
    ScoreStats s;
    double winR = 0, lossR = 0, bps = 0, mfe = 0, mae = 0, peak = 0;
    int losses = 0;
    for (const Outcome *o : closed) {
        ++s.count;
        if (o->netR > 0) {
            ++s.wins;
            winR += o->netR;
        } else {
            ++losses;
            lossR += o->netR;
        }
        s.totalR += o->netR;
        peak = std::max(peak, s.totalR);
        s.maxDrawdownR = std::max(s.maxDrawdownR, peak - s.totalR);
        bps += o->netR * o->plan.risk / o->plan.entry * 10'000.0;
        mfe += o->mfeR;
        mae += o->maeR;
    }
    if (s.count == 0)
        return s;
    const double n = s.count;
    s.hitRate = s.wins / n;
    s.averageR = s.totalR / n;
    s.expectancyBps = bps / n;
    s.profitFactor = lossR < 0 ? winR / -lossR : NAN;
    s.averageWinR = s.wins > 0 ? winR / s.wins : NAN;
    s.averageLossR = losses > 0 ? lossR / losses : NAN;
    s.averageMfeR = mfe / n;
    s.averageMaeR = mae / n;
    return s;
}

Scorecard Scorecard::compute(const std::vector<Outcome> &outcomes, const std::vector<ForwardSample> &samples,
                             const OutcomeSettings &settings)
{
    Scorecard card;
    std::vector<const Outcome *> closed;
    for (const Outcome &o : outcomes) {
        ++card.signalCount;
        if (o.closed())
            closed.push_back(&o);
        else if (o.status == OutcomeStatus::NoPlan)
            ++card.noPlan;
        else
            ++card.open;
    }
    card.closed = static_cast<int>(closed.size());
    // By exit time: the order the equity curve and the drawdowns follow.
    std::sort(closed.begin(), closed.end(), [](const Outcome *a, const Outcome *b) {
        return std::tie(a->exitTimeMs, a->signal.timeMs, a->id) < std::tie(b->exitTimeMs, b->signal.timeMs, b->id);
    });
    card.overall = statsOf(closed);
    double equity = 0;
    for (const Outcome *o : closed)
        card.equityR.push_back(equity += o->netR);

    // Each breakdown keeps the exit order inside its groups; groups are sorted by their sort key.
    const auto breakdown = [&closed](auto keyOf) {
        std::map<std::pair<double, std::string>, std::vector<const Outcome *>> groups;
        for (const Outcome *o : closed)
            groups[keyOf(*o)].push_back(o);
        std::vector<ScoreRow> rows;
        for (const auto &[key, members] : groups)
            rows.push_back({key.second, statsOf(members)});
        return rows;
    };
    card.bySymbol = breakdown([](const Outcome &o) { return std::pair(0.0, o.signal.symbol); });
    card.byDirection = breakdown(
        [](const Outcome &o) { return std::pair(0.0, std::string(confluence::directionName(o.signal.direction))); });
    card.byScoreBucket = breakdown(
        [](const Outcome &o) { return std::pair(bucketLow(o.signal.score, 5), scoreBucket(o.signal.score)); });
    card.byDominant = breakdown([](const Outcome &o) { return std::pair(0.0, o.signal.dominantName()); });
    card.byAgreement = breakdown([](const Outcome &o) {
        return std::pair(static_cast<double>(o.signal.timeframesAgreeing), o.signal.agreementLabel());
    });
    card.byRegime =
        breakdown([](const Outcome &o) { return std::pair(0.0, std::string(regimeName(o.signal.regime))); });
    card.byExit = breakdown([](const Outcome &o) { return std::pair(0.0, std::string(exitReasonName(o.exitReason))); });

    for (size_t h = 0; h < settings.forwardMs.size(); ++h) {
        Calibration cal;
        cal.horizon = horizonLabel(settings.forwardMs[h]);
        std::map<double, std::vector<double>> buckets; // low → returns in bps
        std::vector<double> scores, returns;
        for (const ForwardSample &s : samples) {
            const double r = s.forwardReturn[h];
            if (!std::isfinite(r) || !std::isfinite(s.score))
                continue;
            ++cal.n;
            cal.signalSamples += s.signal ? 1 : 0;
            scores.push_back(s.score);
            returns.push_back(r);
            buckets[bucketLow(s.score, 5)].push_back(r * 10'000.0);
        }
        cal.spearman = spearman(scores, returns);
        for (const auto &[low, values] : buckets) {
            CalibrationRow row;
            row.low = low;
            row.high = low + 5;
            row.bucket = scoreBucket(low);
            row.n = static_cast<int>(values.size());
            double sum = 0;
            for (const double v : values)
                sum += v;
            row.meanBps = sum / row.n;
            if (row.n >= 2) {
                double ss = 0;
                for (const double v : values)
                    ss += (v - row.meanBps) * (v - row.meanBps);
                const double half = studentT975(row.n - 1) * std::sqrt(ss / (row.n - 1)) / std::sqrt(double(row.n));
                row.ciLowBps = row.meanBps - half;
                row.ciHighBps = row.meanBps + half;
            }
            cal.rows.push_back(row);
        }
        card.calibration.push_back(std::move(cal));
    }
    return card;
}

namespace {

void statsJson(std::string &out, const ScoreStats &s, bool &first)
{
    const auto number = [&](const char *key, double v) {
        json::appendKey(out, key, first);
        json::appendNumber(out, v);
    };
    json::appendKey(out, "count", first);
    json::appendInteger(out, s.count);
    json::appendKey(out, "wins", first);
    json::appendInteger(out, s.wins);
    number("hit_rate", s.hitRate);
    number("average_r", s.averageR);
    number("expectancy_bps", s.expectancyBps);
    number("profit_factor", s.profitFactor);
    number("total_r", s.totalR);
    number("max_drawdown_r", s.maxDrawdownR);
    number("average_win_r", s.averageWinR);
    number("average_loss_r", s.averageLossR);
    number("average_mfe_r", s.averageMfeR);
    number("average_mae_r", s.averageMaeR);
}

void rowsJson(std::string &out, const char *name, const std::vector<ScoreRow> &rows, bool &first)
{
    json::appendKey(out, name, first);
    out += '[';
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i)
            out += ',';
        out += '{';
        bool f = true;
        json::appendKey(out, "key", f);
        json::appendString(out, rows[i].key);
        statsJson(out, rows[i].stats, f);
        out += '}';
    }
    out += ']';
}

} // namespace

std::string Scorecard::toJson() const
{
    std::string out = "{";
    bool first = true;
    json::appendKey(out, "signals", first);
    json::appendInteger(out, signalCount);
    json::appendKey(out, "closed", first);
    json::appendInteger(out, closed);
    json::appendKey(out, "open", first);
    json::appendInteger(out, open);
    json::appendKey(out, "no_plan", first);
    json::appendInteger(out, noPlan);
    json::appendKey(out, "overall", first);
    out += '{';
    bool f = true;
    statsJson(out, overall, f);
    out += '}';
    rowsJson(out, "by_symbol", bySymbol, first);
    rowsJson(out, "by_direction", byDirection, first);
    rowsJson(out, "by_score_bucket", byScoreBucket, first);
    rowsJson(out, "by_dominant_component", byDominant, first);
    rowsJson(out, "by_timeframe_agreement", byAgreement, first);
    rowsJson(out, "by_regime", byRegime, first);
    rowsJson(out, "by_exit", byExit, first);
    json::appendKey(out, "calibration", first);
    out += '[';
    for (size_t i = 0; i < calibration.size(); ++i) {
        const Calibration &c = calibration[i];
        if (i)
            out += ',';
        out += '{';
        bool cf = true;
        json::appendKey(out, "horizon", cf);
        json::appendString(out, c.horizon);
        json::appendKey(out, "n", cf);
        json::appendInteger(out, c.n);
        json::appendKey(out, "signals", cf);
        json::appendInteger(out, c.signalSamples);
        json::appendKey(out, "baseline", cf);
        json::appendInteger(out, c.n - c.signalSamples);
        json::appendKey(out, "spearman", cf);
        json::appendNumber(out, c.spearman);
        json::appendKey(out, "rows", cf);
        out += '[';
        for (size_t k = 0; k < c.rows.size(); ++k) {
            const CalibrationRow &r = c.rows[k];
            if (k)
                out += ',';
            out += '{';
            bool rf = true;
            json::appendKey(out, "bucket", rf);
            json::appendString(out, r.bucket);
            json::appendKey(out, "n", rf);
            json::appendInteger(out, r.n);
            json::appendKey(out, "mean_bps", rf);
            json::appendNumber(out, r.meanBps);
            json::appendKey(out, "ci95_low_bps", rf);
            json::appendNumber(out, r.ciLowBps);
            json::appendKey(out, "ci95_high_bps", rf);
            json::appendNumber(out, r.ciHighBps);
            out += '}';
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

} // namespace virtuoso::outcomes
