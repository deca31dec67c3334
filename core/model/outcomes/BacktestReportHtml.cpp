// The HTML form of the backtest report: one self-contained page, inline CSS and SVG, no scripts and
// no external assets.
#include "model/outcomes/BacktestReport.h"

#include <algorithm>

namespace virtuoso::outcomes {

using namespace report_detail;

namespace {

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

constexpr const char *kStyle = R"(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;color:#1d2330;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #d8dce5;padding-bottom:.2em}
h3{margin-top:1.3em;font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0 1em;font-variant-numeric:tabular-nums}
th,td{padding:.25em .6em;border-bottom:1px solid #e6e8ee;text-align:right}th{background:#f3f5f9}
td:first-child,th:first-child{text-align:left}
.note{background:#fff7e0;border-left:4px solid #e0a800;padding:.5em .8em;margin:1em 0}
.meta{color:#535b6b}.pos{color:#167a3e}.neg{color:#b3261e}
svg{background:#fbfcfe;border:1px solid #e1e4ec;margin:.3em 0 1em}
svg text{font:11px system-ui,sans-serif;fill:#535b6b}
)";

std::string signedClass(double v)
{
    return !std::isfinite(v) || v == 0 ? "" : v > 0 ? " class=\"pos\"" : " class=\"neg\"";
}

void statsHead(std::string &out, const std::string &first)
{
    out += "<table><tr><th>" + escape(first) + "</th>";
    for (const char *header : StatsHeaders) {
        out += "<th>";
        out += header;
        out += "</th>";
    }
    out += "</tr>\n";
}

void statsRow(std::string &out, const std::string &key, const ScoreStats &s)
{
    out += "<tr><td>" + escape(key) + "</td>";
    for (const StatsCell &cell : statsCells(s))
        out += "<td" + signedClass(cell.sign) + ">" + cell.text + "</td>";
    out += "</tr>\n";
}

void breakdown(std::string &out, const std::string &title, const std::string &column, const std::vector<ScoreRow> &rows)
{
    out += "<h3>" + escape(title) + "</h3>\n";
    if (rows.empty()) {
        out += "<p class=\"meta\">No closed outcomes.</p>\n";
        return;
    }
    statsHead(out, column);
    for (const ScoreRow &r : rows)
        statsRow(out, r.key, r.stats);
    out += "</table>\n";
}

// Cumulative net R after each closed outcome, by exit time.
void equityChart(std::string &out, const std::vector<double> &equity)
{
    constexpr double W = 1000, H = 260, L = 56, R = 12, T = 14, B = 26;
    if (equity.empty()) {
        out += "<p class=\"meta\">No closed outcomes: no equity curve.</p>\n";
        return;
    }
    double lo = 0, hi = 0;
    for (const double v : equity) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (hi - lo < 1e-9)
        hi = lo + 1;
    const auto x = [&](size_t i) {
        return L + (W - L - R) * (equity.size() == 1 ? 1.0 : double(i) / double(equity.size() - 1));
    };
    const auto y = [&](double v) { return T + (H - T - B) * (hi - v) / (hi - lo); };
    out +=
        "<svg width=\"1000\" height=\"260\" viewBox=\"0 0 1000 260\" role=\"img\" aria-label=\"equity curve in R\">\n";
    out += "<line x1=\"" + fixed(L, 1) + "\" y1=\"" + fixed(y(0), 1) + "\" x2=\"" + fixed(W - R, 1) + "\" y2=\"" +
           fixed(y(0), 1) + "\" stroke=\"#9aa3b5\" stroke-dasharray=\"4 3\"/>\n";
    out += "<text x=\"4\" y=\"" + fixed(y(hi) + 4, 1) + "\">" + fixed(hi, 1) + " R</text>\n";
    out += "<text x=\"4\" y=\"" + fixed(y(lo) + 4, 1) + "\">" + fixed(lo, 1) + " R</text>\n";
    out += "<text x=\"4\" y=\"" + fixed(y(0) + 4, 1) + "\">0</text>\n";
    out += "<text x=\"" + fixed(L, 1) + "\" y=\"" + fixed(H - 6, 1) + "\">first exit</text>\n";
    out += "<text x=\"" + fixed(W - R - 140, 1) + "\" y=\"" + fixed(H - 6, 1) + "\">exit " +
           std::to_string(equity.size()) + " (by exit time)</text>\n";
    // At most ~2,000 points: a longer curve is thinned to its extremes per column.
    std::string points = fixed(x(0), 1) + "," + fixed(y(0), 1);
    const size_t stride = std::max<size_t>(1, equity.size() / 1000);
    for (size_t i = 0; i < equity.size(); i += stride) {
        const size_t end = std::min(equity.size(), i + stride);
        const auto [mn, mx] = std::minmax_element(equity.begin() + static_cast<std::ptrdiff_t>(i),
                                                  equity.begin() + static_cast<std::ptrdiff_t>(end));
        const size_t a = static_cast<size_t>(std::min(mn, mx) - equity.begin());
        const size_t b = static_cast<size_t>(std::max(mn, mx) - equity.begin());
        points += " " + fixed(x(a), 1) + "," + fixed(y(equity[a]), 1);
        if (b != a)
            points += " " + fixed(x(b), 1) + "," + fixed(y(equity[b]), 1);
    }
    points += " " + fixed(x(equity.size() - 1), 1) + "," + fixed(y(equity.back()), 1);
    out += "<polyline fill=\"none\" stroke=\"#2453c4\" stroke-width=\"1.6\" points=\"" + points + "\"/>\n</svg>\n";
}

// Mean forward return per score bucket as a bar from zero, its 95 % confidence interval as a whisker.
void calibrationChart(std::string &out, const Calibration &cal)
{
    constexpr double W = 1000, H = 240, L = 56, R = 12, T = 14, B = 30;
    if (cal.rows.empty()) {
        out += "<p class=\"meta\">No samples with a " + escape(cal.horizon) + " forward return.</p>\n";
        return;
    }
    double lo = 0, hi = 0;
    for (const CalibrationRow &r : cal.rows) {
        for (const double v : {r.meanBps, r.ciLowBps, r.ciHighBps}) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (hi - lo < 1e-9)
        hi = lo + 1;
    const double slot = (W - L - R) / 20.0; // 20 buckets of 5 points
    const auto xOf = [&](double low) { return L + slot * low / 5.0; };
    const auto y = [&](double v) { return T + (H - T - B) * (hi - v) / (hi - lo); };
    out += "<svg width=\"1000\" height=\"240\" viewBox=\"0 0 1000 240\" role=\"img\" aria-label=\"calibration " +
           escape(cal.horizon) + "\">\n";
    out += "<line x1=\"" + fixed(L, 1) + "\" y1=\"" + fixed(y(0), 1) + "\" x2=\"" + fixed(W - R, 1) + "\" y2=\"" +
           fixed(y(0), 1) + "\" stroke=\"#9aa3b5\"/>\n";
    out += "<text x=\"4\" y=\"" + fixed(y(hi) + 4, 1) + "\">" + fixed(hi, 1) + " bps</text>\n";
    out += "<text x=\"4\" y=\"" + fixed(y(lo) + 4, 1) + "\">" + fixed(lo, 1) + " bps</text>\n";
    for (int b = 0; b <= 20; b += 2)
        out += "<text x=\"" + fixed(xOf(b * 5.0) - 6, 1) + "\" y=\"" + fixed(H - 10, 1) + "\">" +
               std::to_string(b * 5) + "</text>\n";
    for (const CalibrationRow &r : cal.rows) {
        const double x0 = xOf(r.low) + 3;
        const double top = std::min(y(0), y(r.meanBps));
        const double height = std::max(0.5, std::fabs(y(r.meanBps) - y(0)));
        out += "<rect x=\"" + fixed(x0, 1) + "\" y=\"" + fixed(top, 1) + "\" width=\"" + fixed(slot - 6, 1) +
               "\" height=\"" + fixed(height, 1) + "\" fill=\"" + (r.meanBps >= 0 ? "#6fb58a" : "#d9796f") +
               "\"><title>" + escape(r.bucket) + ": n " + std::to_string(r.n) + ", mean " + fixed(r.meanBps, 1) +
               " bps</title></rect>\n";
        if (std::isfinite(r.ciLowBps)) {
            const double cx = x0 + (slot - 6) / 2;
            out += "<line x1=\"" + fixed(cx, 1) + "\" y1=\"" + fixed(y(r.ciLowBps), 1) + "\" x2=\"" + fixed(cx, 1) +
                   "\" y2=\"" + fixed(y(r.ciHighBps), 1) + "\" stroke=\"#1d2330\"/>\n";
        }
    }
    out += "</svg>\n";
}

} // namespace

std::string BacktestReport::toHtml() const
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                      "<title>Signal backtest</title>\n<style>";
    out += kStyle;
    out += "</style></head><body>\n<h1>Signal backtest</h1>\n<p class=\"meta\">";
    out += escape(mode) + " · " + std::to_string(symbols.size()) + " symbols · " + utcTime(firstMs) + " to " +
           utcTime(lastMs) + " UTC";
    if (candles > 0)
        out += " · " + std::to_string(candles) + " candles";
    if (messages > 0)
        out += " · " + std::to_string(messages) + " messages";
    out += " · " + std::to_string(evaluations) + " evaluations<br>inputs: ";
    for (size_t i = 0; i < inputs.size() && i < 20; ++i)
        out += (i ? ", " : "") + escape(inputs[i]);
    if (inputs.size() > 20)
        out += ", … (" + std::to_string(inputs.size()) + " in all)";
    out += "<br>signals at score ≥ " + fixed(settings.longThreshold, 1) + " (long) and ≤ " +
           fixed(settings.shortThreshold, 1) + " (short); stop " + fixed(settings.plan.stopAtr, 2) + "·ATR(14) of " +
           std::to_string(settings.planTimeframeMinutes) + "m or the swing beyond it; final target " +
           fixed(settings.finalTargetR, 1) + "R; horizon " + horizonLabel(settings.horizonMs) + "; fees " +
           fixed(settings.feeBps, 2) + " + slippage " + fixed(settings.slippageBps, 2) + " bps per fill</p>\n";
    for (const std::string &note : notes)
        out += "<p class=\"note\">" + escape(note) + "</p>\n";

    const Scorecard &c = scorecard;
    out += "<h2>Scorecard</h2>\n<p>Signals " + std::to_string(c.signalCount) + ": closed " + std::to_string(c.closed) +
           ", still open " + std::to_string(c.open) + ", without a plan " + std::to_string(c.noPlan) +
           " (open and plan-less outcomes are not scored).</p>\n";
    statsHead(out, "all");
    statsRow(out, "all", c.overall);
    out += "</table>\n<h3>Equity in R</h3>\n";
    equityChart(out, c.equityR);
    breakdown(out, "By symbol", "symbol", c.bySymbol);
    breakdown(out, "By direction", "direction", c.byDirection);
    breakdown(out, "By score bucket", "score", c.byScoreBucket);
    breakdown(out, "By dominant component", "component", c.byDominant);
    breakdown(out, "By timeframe agreement", "agreeing/scored", c.byAgreement);
    breakdown(out, "By market regime (trend: ADX(14) of the plan timeframe ≥ " + fixed(settings.adxTrend, 0) + ")",
              "regime", c.byRegime);
    breakdown(out, "By exit", "exit", c.byExit);

    out += "<h2>Calibration</h2>\n<p>Mean forward return by score bucket (signals and the random baseline), bars "
           "from zero, whiskers the 95 % confidence interval (Student's t; wide for small n).</p>\n";
    for (const Calibration &cal : c.calibration) {
        out += "<h3>" + escape(cal.horizon) + " after the signal — n " + std::to_string(cal.n) + " (" +
               std::to_string(cal.signalSamples) + " signals), Spearman ρ " + fixed(cal.spearman, 3) + "</h3>\n";
        calibrationChart(out, cal);
        if (cal.rows.empty())
            continue;
        out += "<table><tr><th>score</th><th>n</th><th>mean (bps)</th><th>95 % CI (bps)</th></tr>\n";
        for (const CalibrationRow &r : cal.rows)
            out += "<tr><td>" + escape(r.bucket) + "</td><td>" + std::to_string(r.n) + "</td><td" +
                   signedClass(r.meanBps) + ">" + fixed(r.meanBps, 1) + "</td><td>" +
                   (std::isfinite(r.ciLowBps) ? fixed(r.ciLowBps, 1) + " … " + fixed(r.ciHighBps, 1) : "–") +
                   "</td></tr>\n";
        out += "</table>\n";
    }

    if (!sweep.empty()) {
        out += "<h2>Threshold sweep</h2>\n<table><tr><th>long ≥</th><th>short ≤</th><th>signals</th><th>closed</th>"
               "<th>hit rate</th><th>avg R</th><th>expectancy (bps)</th><th>profit factor</th><th>total R</th>"
               "<th>max DD (R)</th></tr>\n";
        for (const SweepRow &r : sweep)
            out += "<tr><td>" + fixed(r.longThreshold, 0) + "</td><td>" + fixed(r.shortThreshold, 0) + "</td><td>" +
                   std::to_string(r.signalCount) + "</td><td>" + std::to_string(r.stats.count) + "</td><td>" +
                   percent(r.stats.hitRate) + "</td><td" + signedClass(r.stats.averageR) + ">" +
                   fixed(r.stats.averageR, 2) + "</td><td>" + fixed(r.stats.expectancyBps, 1) + "</td><td>" +
                   fixed(r.stats.profitFactor, 2) + "</td><td>" + fixed(r.stats.totalR, 1) + "</td><td>" +
                   fixed(r.stats.maxDrawdownR, 1) + "</td></tr>\n";
        out += "</table>\n";
    }

    constexpr size_t kListed = 500;
    out += "<h2>Outcomes</h2>\n";
    if (outcomes.size() > kListed)
        out += "<p class=\"meta\">The first " + std::to_string(kListed) + " of " + std::to_string(outcomes.size()) +
               "; every outcome is in --report json.</p>\n";
    out += "<table><tr><th>id</th><th>signal (UTC)</th><th>dir</th><th>score</th><th>entry</th><th>stop</th>"
           "<th>exit</th><th>reason</th><th>net R</th><th>MFE</th><th>MAE</th></tr>\n";
    for (size_t i = 0; i < outcomes.size() && i < kListed; ++i) {
        const Outcome &o = outcomes[i];
        out += "<tr><td>" + escape(o.id) + "</td><td>" + utcTime(o.signal.timeMs) + "</td><td>" +
               confluence::directionName(o.signal.direction) + "</td><td>" + fixed(o.signal.score, 1) + "</td><td>" +
               fixed(o.plan.entry, 6) + "</td><td>" + fixed(o.plan.stop, 6) + "</td><td>" + fixed(o.exitPrice, 6) +
               "</td><td>" + (o.closed() ? exitReasonName(o.exitReason) : statusName(o.status)) + "</td><td" +
               signedClass(o.netR) + ">" + fixed(o.netR, 2) + "</td><td>" + fixed(o.mfeR, 2) + "</td><td>" +
               fixed(o.maeR, 2) + "</td></tr>\n";
    }
    out += "</table>\n</body></html>\n";
    return out;
}

} // namespace virtuoso::outcomes
