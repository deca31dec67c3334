#pragma once

// Hand-made candles and signals for the outcome tests.
#include "model/confluence/ConfluenceTypes.h"
#include "model/outcomes/OutcomeTracker.h"

#include <string>

namespace virtuoso::outcomes::test {

constexpr std::int64_t kT0 = 1'733'011'200'000; // 2024-12-01 00:00 UTC
constexpr std::int64_t kMinute = 60'000;

inline Candle bar(int minute, double open, double high, double low, double close, double volume = 10)
{
    return {kT0 + minute * kMinute, open, high, low, close, volume};
}

inline confluence::ConfluenceSignal evaluation(const std::string &symbol, std::int64_t timeMs, double score)
{
    confluence::ConfluenceSignal s;
    s.symbol = symbol;
    s.timestampMs = timeMs;
    s.score = score;
    s.ready = true;
    return s;
}

// 20 flat candles (minutes 0..19) ranging 99..101 around 100: ATR(14) of 1m is exactly 2, the lowest
// low 99 and the highest high 101.
inline void warmUp(OutcomeTracker &tracker, const std::string &symbol = "TESTUSDT")
{
    for (int m = 0; m < 20; ++m)
        tracker.feedCandle(symbol, bar(m, 100, 101, 99, 100));
}

inline OutcomeSettings oneMinutePlan()
{
    OutcomeSettings s;
    s.planTimeframeMinutes = 1;
    s.feeBps = 0;
    s.slippageBps = 0;
    s.baselineRate = 0;
    return s;
}

} // namespace virtuoso::outcomes::test
