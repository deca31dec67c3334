#pragma once

#include "model/outcomes/OutcomeTypes.h"

#include <string>
#include <vector>

namespace virtuoso::outcomes {

// The figures of a set of closed outcomes (docs/backtest.md explains each and its caveats).
struct ScoreStats
{
    int count = 0;              // closed outcomes
    int wins = 0;               // net R > 0
    double hitRate = NAN;       // wins / count
    double averageR = NAN;      // mean net R: the expectancy in units of risk
    double expectancyBps = NAN; // mean net return per trade in basis points of the entry price
    double profitFactor = NAN;  // Σ net R of winners / |Σ net R of losers|; NaN when nothing was lost
    double totalR = 0;
    double maxDrawdownR = 0; // deepest fall of cumulative net R from its running peak (from 0), by exit time
    double averageWinR = NAN;
    double averageLossR = NAN;
    double averageMfeR = NAN;
    double averageMaeR = NAN;
};

struct ScoreRow
{
    std::string key; // "BTCUSDT", "long", "70-75", "technical", "3/4", "trend"
    ScoreStats stats;
};

// Mean forward return of the samples whose score fell in one bucket, with its 95 % confidence interval
// (Student's t; none for n < 2).
struct CalibrationRow
{
    std::string bucket; // "70-75": scores in [70, 75) (the last bucket includes 100)
    double low = 0;
    double high = 0;
    int n = 0;
    double meanBps = NAN;
    double ciLowBps = NAN;
    double ciHighBps = NAN;
};

struct Calibration
{
    std::string horizon;              // "1h"
    int n = 0;                        // samples with this forward return known
    int signalSamples = 0;            // of which signals (the rest is the random baseline)
    double spearman = NAN;            // rank correlation of score and forward return over the n samples; NaN for n < 3
    std::vector<CalibrationRow> rows; // buckets with at least one sample, low to high
};

struct Scorecard
{
    int signalCount = 0; // outcomes, whatever their state
    int closed = 0;
    int open = 0;   // pending or open at the end of the data: not scored
    int noPlan = 0; // no plan could be drawn (warming up): not scored
    ScoreStats overall;
    std::vector<ScoreRow> bySymbol;
    std::vector<ScoreRow> byDirection;
    std::vector<ScoreRow> byScoreBucket;  // 5-point buckets of the signal's score
    std::vector<ScoreRow> byDominant;     // the component leaning hardest the signal's way
    std::vector<ScoreRow> byAgreement;    // timeframes agreeing with the signal / timeframes scored
    std::vector<ScoreRow> byRegime;       // trend / range by plan-timeframe ADX(14)
    std::vector<ScoreRow> byExit;         // stop / target / horizon / opposite
    std::vector<Calibration> calibration; // one per forward horizon
    std::vector<double> equityR;          // cumulative net R after each closed outcome, by exit time

    // Everything above from outcomes (any order) and forward samples; `settings` names the horizons.
    static Scorecard compute(const std::vector<Outcome> &outcomes, const std::vector<ForwardSample> &samples = {},
                             const OutcomeSettings &settings = {});
    // The figures of `closed` outcomes in the order given (drawdown follows that order).
    static ScoreStats statsOf(const std::vector<const Outcome *> &closed);

    // One JSON object (no equity curve); the same scorecard gives the same bytes.
    std::string toJson() const;
};

// The two-sided 97.5 % quantile of Student's t with `df` degrees of freedom.
double studentT975(int df);
// Spearman's rank correlation (ties get their average rank); NaN for fewer than 3 pairs or no spread.
double spearman(const std::vector<double> &x, const std::vector<double> &y);
// "70-75" for a score of 72.3; buckets are `width` wide and the top one includes 100.
std::string scoreBucket(double score, double width = 5);

} // namespace virtuoso::outcomes
