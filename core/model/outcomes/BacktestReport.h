#pragma once

#include "model/confluence/ConfluenceSettings.h"
#include "model/outcomes/Scorecard.h"

#include <array>
#include <string>
#include <vector>

namespace virtuoso::outcomes {

// One threshold pair of a sweep and what its signals made.
struct SweepRow
{
    double longThreshold = 0;
    double shortThreshold = 0;
    int signalCount = 0;
    ScoreStats stats;
};

// Everything `virtuoso backtest` reports. Rendered as Markdown, JSON (top-level "scorecard" and
// "outcomes") or one self-contained HTML page with inline SVG charts. Nothing in it depends on the
// time or the machine it was made on: the same input gives the same bytes.
struct BacktestReport
{
    std::string mode; // "klines" or "replay"
    std::vector<std::string> inputs;
    std::vector<std::string> symbols;
    std::int64_t firstMs = 0; // the data's span
    std::int64_t lastMs = 0;
    long long candles = 0;
    long long messages = 0;
    long long evaluations = 0;
    // What the scores were made of; a kline backtest says that only candle-derived components scored.
    std::vector<std::string> notes;
    confluence::ConfluenceSettings engine;
    OutcomeSettings settings;
    Scorecard scorecard;
    std::vector<Outcome> outcomes;
    std::vector<SweepRow> sweep; // empty without --sweep

    std::string toJson() const;
    std::string toMarkdown() const;
    std::string toHtml() const;

    // The note of a kline backtest: which components and sub-indicators candles can feed.
    static std::string candleOnlyNote();
};

namespace report_detail {
// Fixed-point text in the C locale ("–" for NaN), for the tables of the Markdown and HTML reports.
std::string fixed(double v, int decimals);
std::string percent(double fraction);
std::string utcTime(std::int64_t ms);

// The columns of a statistics row after its key, the same in the Markdown and the HTML tables.
inline constexpr std::array<const char *, 9> StatsHeaders = {
    "n",       "hit rate",   "avg R",       "expectancy (bps)", "profit factor",
    "total R", "max DD (R)", "avg MFE (R)", "avg MAE (R)"};
struct StatsCell
{
    std::string text;
    double sign = 0; // the value whose sign colours the cell; 0 for a cell left uncoloured
};
std::array<StatsCell, StatsHeaders.size()> statsCells(const ScoreStats &s);
} // namespace report_detail

} // namespace virtuoso::outcomes
