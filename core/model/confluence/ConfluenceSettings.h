#pragma once

#include "model/confluence/ConfluenceTypes.h"

#include <array>

namespace virtuoso {
class Config;
}

namespace virtuoso::confluence {

struct ConfluenceSettings
{
    // Indexed by ComponentId: orderflow, orderbook, volume, price structure, technical, sentiment.
    std::array<double, kComponentCount> componentWeights = {0.30, 0.20, 0.18, 0.15, 0.10, 0.07};
    std::array<double, kTimeframeCount> timeframeWeights = {0.4, 0.3, 0.2, 0.1};
    double longThreshold = 70;
    double shortThreshold = 35;
    // Evaluations per second and symbol on live data (trades, books); closed candles always evaluate.
    int liveEvaluationsPerSecond = 4;

    // From the [confluence] section (weight_*, timeframe_weights, long_threshold, short_threshold).
    static ConfluenceSettings fromConfig(const Config &config);
};

} // namespace virtuoso::confluence
