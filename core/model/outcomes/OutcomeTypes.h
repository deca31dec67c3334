#pragma once

#include "model/confluence/ConfluenceTypes.h"
#include "model/outcomes/TradePlan.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace virtuoso::outcomes {

// How signals are turned into tracked outcomes. Defaults are documented in docs/backtest.md.
struct OutcomeSettings
{
    // A signal is a symbol's score entering a zone: ≥ longThreshold (long), ≤ shortThreshold (short).
    double longThreshold = 70;
    double shortThreshold = 35;
    TradePlanSettings plan;
    int planTimeframeMinutes = 5; // ATR(14), swings and the ADX regime are read on this timeframe
    int swingLookback = 20;       // bars of the plan timeframe searched for the swing level
    std::int64_t horizonMs = 24 * 3600 * 1000LL;
    double finalTargetR = 3; // the outcome closes at this target (one of plan.targetsR)
    double feeBps = 5.5;     // per fill (entry and exit), of the notional
    double slippageBps = 2;  // per fill, against the trade
    // Forward returns are measured this long after each signal and baseline sample.
    std::array<std::int64_t, 3> forwardMs = {5 * 60'000LL, 60 * 60'000LL, 4 * 60 * 60'000LL};
    // The random baseline: each symbol-minute is sampled with this probability (seeded hash of
    // symbol and minute, so it does not depend on the order symbols arrive in); the first ready
    // evaluation of a sampled minute that is not a signal becomes a sample.
    double baselineRate = 0.1;
    std::uint64_t baselineSeed = 1;
    double adxTrend = 25; // regime: plan-timeframe ADX(14) at or above this is "trend", below "range"
    // Only signals in [fromMs, toMs) are tracked; data outside still warms up and resolves.
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
};

enum class OutcomeStatus : std::uint8_t {
    Pending, // waiting for the next price to enter
    Open,
    Closed,
    NoPlan, // no plan could be drawn (e.g. ATR still warming up); never scored
};
enum class ExitReason : std::uint8_t { None, Stop, Target, Horizon, Opposite };
enum class Regime : std::uint8_t { Unknown, Trend, Range };

const char *statusName(OutcomeStatus s);
const char *exitReasonName(ExitReason r);
const char *regimeName(Regime r);
// "5m", "1h", "4h", "90s": a forward horizon as the reports label it.
std::string horizonLabel(std::int64_t ms);

// What was known about a signal when it fired.
struct SignalContext
{
    std::string symbol;
    std::int64_t timeMs = 0; // the signal's exchange time
    double score = NAN;
    Direction direction = Direction::Neutral;
    double reliability = NAN;
    int dominant = -1;          // ComponentId leaning hardest the signal's way (weight × distance from 50); -1: none
    int timeframesAgreeing = 0; // timeframes whose blended component score leans the signal's way
    int timeframesScored = 0;   // timeframes with any component score
    Regime regime = Regime::Unknown;
    double adx = NAN;
    double referencePrice = NAN; // the last price at the signal: forward returns are measured from it
    double atr = NAN;            // plan-timeframe ATR(14) at the signal
    double swingLow = NAN;
    double swingHigh = NAN;

    std::string dominantName() const;
    std::string agreementLabel() const; // "3/4"
};

struct Outcome
{
    std::string id; // "<symbol>-<n>": the symbol's n-th signal (independent of other symbols)
    SignalContext signal;
    OutcomeStatus status = OutcomeStatus::Pending;
    TradePlan plan; // drawn at the fill, from the ATR and swings known at the signal
    std::int64_t entryTimeMs = -1;
    std::int64_t exitTimeMs = -1;
    double exitPrice = NAN;
    ExitReason exitReason = ExitReason::None;
    double grossR = NAN;
    double costR = NAN;                                     // fees and slippage of both fills, in R
    double netR = NAN;                                      // grossR − costR: the R multiple the scorecard counts
    double mfeR = 0;                                        // maximum favourable excursion while open, in R
    double maeR = 0;                                        // maximum adverse excursion while open, in R (positive)
    std::array<std::int64_t, 3> timeToTargetMs{-1, -1, -1}; // from the entry; -1: not reached
    std::array<double, 3> forwardReturn{NAN, NAN, NAN};     // price change after forwardMs, as a fraction
    bool exitPending = false;                               // an opposite signal asked for the exit at the next price

    bool closed() const { return status == OutcomeStatus::Closed; }
    bool active() const { return status == OutcomeStatus::Pending || status == OutcomeStatus::Open; }
    // One JSON object; the same outcome gives the same bytes.
    // Two outcomes are the same when their JSON is (NaN-safe, every field).
    std::string toJson() const;
};

// A forward-return observation: every signal, and the random baseline of evaluations that were not.
struct ForwardSample
{
    std::string symbol;
    std::int64_t timeMs = 0;
    double score = NAN;
    bool signal = false;
    Direction direction = Direction::Neutral; // a signal's direction; neutral for the baseline
    double referencePrice = NAN;
    std::array<double, 3> forwardReturn{NAN, NAN, NAN}; // NaN until the data reached that far
    int signalNumber = 0; // for a signal: the n of its outcome's id "<symbol>-<n>"; 0 for the baseline

    std::string toJson() const;
};

} // namespace virtuoso::outcomes
