#pragma once

#include "model/confluence/ConfluenceTypes.h"
#include "model/confluence/LiveMarket.h"
#include "model/confluence/TimeframeSeries.h"

#include <cmath>

namespace virtuoso::confluence {

// Scoring of the six components. Each fills a ComponentReading with its sub-indicators in a fixed
// order; a sub-indicator is ready (value, 0–100 score, inputs), warming (have/need) or unavailable
// (why). docs/confluence.md describes every rule.

// 50 + 50·tanh(x): a signed, unbounded reading mapped onto 0–100 with 50 neutral.
inline double squash(double x)
{
    return 50.0 + 50.0 * std::tanh(x);
}
// 50 + 50·x for a reading already in [-1, 1].
inline double linear(double x)
{
    return 50.0 + 50.0 * std::max(-1.0, std::min(1.0, x));
}

// Per timeframe, from that timeframe's candles.
void scoreTechnical(const TimeframeSeries &series, ComponentReading &out);
void scoreVolume(const TimeframeSeries &series, ComponentReading &out);
void scorePriceStructure(const TimeframeSeries &series, ComponentReading &out);
struct FlowAvailability
{
    bool tradesSeen = false;       // any trade received for the symbol
    bool openInterestSeen = false; // any open-interest value received
    const TradeSizeGauge *sizes = nullptr;
};
void scoreOrderflow(const TimeframeSeries &series, const FlowAvailability &availability, ComponentReading &out);

// Live: the current book and sentiment inputs (the same for every timeframe).
void scoreOrderbook(const LiveBook &book, bool tradesSeen, ComponentReading &out);
void scoreSentiment(const SentimentInputs &inputs, std::int64_t nowMs, const TimeframeSeries &minutes,
                    const Ema &volatilityBaseline, ComponentReading &out);

} // namespace virtuoso::confluence
