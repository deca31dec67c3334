#include "model/outcomes/BacktestReport.h"

#include "base/JsonText.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace virtuoso::outcomes {

namespace json = confluence::json;
using namespace report_detail;

namespace report_detail {

std::string fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return "–";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    std::string out = buffer;
    if (out.starts_with('-') && out.find_first_not_of("-0.") == std::string::npos)
        out.erase(0, 1); // no "-0.00"
    return out;
}

std::string percent(double fraction)
{
    return std::isfinite(fraction) ? fixed(fraction * 100, 1) + " %" : "–";
}

std::string utcTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        .toStdString();
}

std::array<StatsCell, StatsHeaders.size()> statsCells(const ScoreStats &s)
{
    return {StatsCell{std::to_string(s.count)},          StatsCell{percent(s.hitRate)},
            StatsCell{fixed(s.averageR, 2), s.averageR}, StatsCell{fixed(s.expectancyBps, 1)},
            StatsCell{fixed(s.profitFactor, 2)},         StatsCell{fixed(s.totalR, 1), s.totalR},
            StatsCell{fixed(s.maxDrawdownR, 1)},         StatsCell{fixed(s.averageMfeR, 2)},
            StatsCell{fixed(s.averageMaeR, 2)}};
}

} // namespace report_detail

std::string BacktestReport::candleOnlyNote()
{
    return "Candle-derived components only: technical, price structure, volume (without volume delta), the "
           "orderflow liquidity sweep and the sentiment volatility reading. Trade flow, the order book, open "
           "interest, funding, liquidations and the long/short ratio need a stream (--replay) and did not "
           "score here, so these scores are not the live engine's.";
}

namespace {

void statsFields(std::string &out, const ScoreStats &s, bool &first)
{
    const auto number = [&](const char *key, double v) {
        json::appendKey(out, key, first);
        json::appendNumber(out, v);
    };
    json::appendKey(out, "count", first);
    json::appendInteger(out, s.count);
    number("hit_rate", s.hitRate);
    number("average_r", s.averageR);
    number("expectancy_bps", s.expectancyBps);
    number("profit_factor", s.profitFactor);
    number("total_r", s.totalR);
    number("max_drawdown_r", s.maxDrawdownR);
}

void stringArray(std::string &out, const std::vector<std::string> &items)
{
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        json::appendString(out, items[i]);
    }
    out += ']';
}

void numberArray(std::string &out, const double *values, size_t n)
{
    out += '[';
    for (size_t i = 0; i < n; ++i) {
        if (i)
            out += ',';
        json::appendNumber(out, values[i]);
    }
    out += ']';
}

} // namespace

std::string BacktestReport::toJson() const
{
    std::string out = "{";
    bool first = true;
    const auto key = [&](const char *k) { json::appendKey(out, k, first); };
    key("report");
    json::appendString(out, "virtuoso backtest");
    key("mode");
    json::appendString(out, mode);
    key("inputs");
    stringArray(out, inputs);
    key("symbols");
    stringArray(out, symbols);
    key("from_ms");
    json::appendInteger(out, firstMs);
    key("to_ms");
    json::appendInteger(out, lastMs);
    key("candles");
    json::appendInteger(out, candles);
    key("messages");
    json::appendInteger(out, messages);
    key("evaluations");
    json::appendInteger(out, evaluations);
    key("notes");
    stringArray(out, notes);

    key("settings");
    out += '{';
    bool f = true;
    const auto num = [&](const char *k, double v) {
        json::appendKey(out, k, f);
        json::appendNumber(out, v);
    };
    num("long_threshold", settings.longThreshold);
    num("short_threshold", settings.shortThreshold);
    json::appendKey(out, "weights", f);
    out += '{';
    bool wf = true;
    for (int c = 0; c < confluence::kComponentCount; ++c) {
        json::appendKey(out, confluence::componentName(static_cast<confluence::ComponentId>(c)), wf);
        json::appendNumber(out, engine.componentWeights[static_cast<size_t>(c)]);
    }
    out += '}';
    json::appendKey(out, "timeframe_weights", f);
    numberArray(out, engine.timeframeWeights.data(), engine.timeframeWeights.size());
    num("plan_timeframe_minutes", settings.planTimeframeMinutes);
    num("stop_atr", settings.plan.stopAtr);
    num("swing_buffer_atr", settings.plan.swingBufferAtr);
    num("max_stop_atr", settings.plan.maxStopAtr);
    json::appendKey(out, "targets_r", f);
    numberArray(out, settings.plan.targetsR.data(), settings.plan.targetsR.size());
    num("final_target_r", settings.finalTargetR);
    num("horizon_ms", static_cast<double>(settings.horizonMs));
    num("fee_bps", settings.feeBps);
    num("slippage_bps", settings.slippageBps);
    json::appendKey(out, "forward_horizons", f);
    std::vector<std::string> horizons;
    for (const auto ms : settings.forwardMs)
        horizons.push_back(horizonLabel(ms));
    stringArray(out, horizons);
    num("baseline_rate", settings.baselineRate);
    num("baseline_seed", static_cast<double>(settings.baselineSeed));
    num("adx_trend", settings.adxTrend);
    out += '}';

    key("scorecard");
    out += scorecard.toJson();
    key("sweep");
    out += '[';
    for (size_t i = 0; i < sweep.size(); ++i) {
        if (i)
            out += ',';
        out += '{';
        bool sf = true;
        json::appendKey(out, "long_threshold", sf);
        json::appendNumber(out, sweep[i].longThreshold);
        json::appendKey(out, "short_threshold", sf);
        json::appendNumber(out, sweep[i].shortThreshold);
        json::appendKey(out, "signals", sf);
        json::appendInteger(out, sweep[i].signalCount);
        statsFields(out, sweep[i].stats, sf);
        out += '}';
    }
    out += ']';
    key("outcomes");
    out += "[\n";
    for (size_t i = 0; i < outcomes.size(); ++i) {
        out += outcomes[i].toJson();
        out += i + 1 < outcomes.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

namespace {

void statsHeader(std::string &out, const char *first)
{
    out += "| ";
    out += first;
    for (const char *header : StatsHeaders) {
        out += " | ";
        out += header;
    }
    out += " |\n|---|";
    for (size_t i = 0; i < StatsHeaders.size(); ++i)
        out += "---:|";
    out += '\n';
}

void statsRow(std::string &out, const std::string &key, const ScoreStats &s)
{
    out += "| " + key;
    for (const StatsCell &cell : statsCells(s))
        out += " | " + cell.text;
    out += " |\n";
}

void breakdownTable(std::string &out, const std::string &title, const char *column, const std::vector<ScoreRow> &rows)
{
    out += "### ";
    out += title;
    out += "\n\n";
    if (rows.empty()) {
        out += "No closed outcomes.\n\n";
        return;
    }
    statsHeader(out, column);
    for (const ScoreRow &r : rows)
        statsRow(out, r.key, r.stats);
    out += '\n';
}

} // namespace

std::string BacktestReport::toMarkdown() const
{
    std::string out = "# Signal backtest\n\n";
    out += "- mode: " + mode + "\n";
    out += "- inputs: ";
    for (size_t i = 0; i < inputs.size(); ++i)
        out += (i ? ", " : "") + inputs[i];
    out += "\n- symbols: " + std::to_string(symbols.size());
    if (symbols.size() <= 20) {
        out += " (";
        for (size_t i = 0; i < symbols.size(); ++i)
            out += (i ? ", " : "") + symbols[i];
        out += ")";
    }
    out += "\n- data: " + utcTime(firstMs) + " to " + utcTime(lastMs) + " UTC";
    if (candles > 0)
        out += ", " + std::to_string(candles) + " candles";
    if (messages > 0)
        out += ", " + std::to_string(messages) + " messages";
    out += ", " + std::to_string(evaluations) + " evaluations\n";
    out += "- signals: score ≥ " + fixed(settings.longThreshold, 1) + " (long), ≤ " +
           fixed(settings.shortThreshold, 1) + " (short); stop " + fixed(settings.plan.stopAtr, 2) + "·ATR(14) of " +
           std::to_string(settings.planTimeframeMinutes) + "m or the swing beyond it; final target " +
           fixed(settings.finalTargetR, 1) + "R; horizon " + horizonLabel(settings.horizonMs) + "; fees " +
           fixed(settings.feeBps, 2) + " bps and slippage " + fixed(settings.slippageBps, 2) + " bps per fill\n\n";
    for (const std::string &note : notes)
        out += "> " + note + "\n\n";

    const Scorecard &c = scorecard;
    out += "## Scorecard\n\n";
    out += "Signals " + std::to_string(c.signalCount) + ": closed " + std::to_string(c.closed) + ", still open " +
           std::to_string(c.open) + ", without a plan " + std::to_string(c.noPlan) +
           " (open and plan-less outcomes are not scored).\n\n";
    statsHeader(out, "all");
    statsRow(out, "all", c.overall);
    out += '\n';
    breakdownTable(out, "By symbol", "symbol", c.bySymbol);
    breakdownTable(out, "By direction", "direction", c.byDirection);
    breakdownTable(out, "By score bucket", "score", c.byScoreBucket);
    breakdownTable(out, "By dominant component", "component", c.byDominant);
    breakdownTable(out, "By timeframe agreement", "agreeing/scored", c.byAgreement);
    breakdownTable(out, "By market regime (trend: ADX(14) of the plan timeframe ≥ " + fixed(settings.adxTrend, 0) + ")",
                   "regime", c.byRegime);
    breakdownTable(out, "By exit", "exit", c.byExit);

    out += "## Calibration\n\nMean forward return by score bucket, signals and the random baseline together, with a "
           "95 % confidence interval (Student's t; wide for small n).\n\n";
    for (const Calibration &cal : c.calibration) {
        out += "### " + cal.horizon + " after the signal\n\n";
        out += "n = " + std::to_string(cal.n) + " (" + std::to_string(cal.signalSamples) + " signals, " +
               std::to_string(cal.n - cal.signalSamples) +
               " baseline); Spearman ρ(score, return) = " + fixed(cal.spearman, 3) + "\n\n";
        if (cal.rows.empty())
            continue;
        out += "| score | n | mean (bps) | 95 % CI (bps) |\n|---|---:|---:|---|\n";
        for (const CalibrationRow &r : cal.rows)
            out += "| " + r.bucket + " | " + std::to_string(r.n) + " | " + fixed(r.meanBps, 1) + " | " +
                   (std::isfinite(r.ciLowBps) ? fixed(r.ciLowBps, 1) + " … " + fixed(r.ciHighBps, 1) : "–") + " |\n";
        out += '\n';
    }

    if (!sweep.empty()) {
        out += "## Threshold sweep\n\n| long ≥ | short ≤ | signals | closed | hit rate | avg R | expectancy (bps) | "
               "profit factor | total R | max DD (R) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        for (const SweepRow &r : sweep)
            out += "| " + fixed(r.longThreshold, 0) + " | " + fixed(r.shortThreshold, 0) + " | " +
                   std::to_string(r.signalCount) + " | " + std::to_string(r.stats.count) + " | " +
                   percent(r.stats.hitRate) + " | " + fixed(r.stats.averageR, 2) + " | " +
                   fixed(r.stats.expectancyBps, 1) + " | " + fixed(r.stats.profitFactor, 2) + " | " +
                   fixed(r.stats.totalR, 1) + " | " + fixed(r.stats.maxDrawdownR, 1) + " |\n";
        out += '\n';
    }

    constexpr size_t kListed = 200;
    out += "## Outcomes\n\n";
    if (outcomes.size() > kListed)
        out += "The first " + std::to_string(kListed) + " of " + std::to_string(outcomes.size()) +
               "; every outcome is in --report json.\n\n";
    out += "| id | signal (UTC) | dir | score | entry | stop | exit | reason | net R | MFE | MAE |\n"
           "|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|\n";
    for (size_t i = 0; i < outcomes.size() && i < kListed; ++i) {
        const Outcome &o = outcomes[i];
        out += "| " + o.id + " | " + utcTime(o.signal.timeMs) + " | " + confluence::directionName(o.signal.direction) +
               " | " + fixed(o.signal.score, 1) + " | " + fixed(o.plan.entry, 6) + " | " + fixed(o.plan.stop, 6) +
               " | " + fixed(o.exitPrice, 6) + " | " +
               (o.closed() ? exitReasonName(o.exitReason) : statusName(o.status)) + " | " + fixed(o.netR, 2) + " | " +
               fixed(o.mfeR, 2) + " | " + fixed(o.maeR, 2) + " |\n";
    }
    return out;
}

} // namespace virtuoso::outcomes
