#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/MovingAverages.h"
#include "model/confluence/Warmup.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace virtuoso::confluence {

// On-Balance Volume, TA-Lib OBV: starts at the first candle's volume, then adds the volume of an
// up close and subtracts that of a down close.
class Obv
{
public:
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, 1); }

private:
    long long m_count = 0;
    double m_prevClose = 0;
    double m_value = NAN;
};

// Money-flow volume of one candle: ((close - low) - (high - close)) / (high - low) * volume, 0 when
// the candle has no range (TA-Lib AD's term).
double moneyFlowVolume(const Candle &c);

// Accumulation/Distribution line, TA-Lib AD: the running sum of money-flow volume.
class AccumulationDistribution
{
public:
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, 1); }

private:
    long long m_count = 0;
    double m_value = 0;
};

// Σ weighted / Σ volume over the last `period` candles: the shape Chaikin Money Flow and the
// rolling VWAP share.
class VolumeWeightedRatio
{
public:
    explicit VolumeWeightedRatio(int period)
        : m_weighted(period)
        , m_volume(period)
    {}
    // False until `period` candles are in.
    bool update(double weighted, double volume)
    {
        m_weighted.update(weighted);
        return m_volume.update(volume);
    }
    // `whenNoVolume` when the window traded nothing.
    double ratio(double whenNoVolume) const
    {
        return m_volume.sum() > 0.0 ? m_weighted.sum() / m_volume.sum() : whenNoVolume;
    }
    Warmup warmup() const { return m_volume.warmup(); }

private:
    RunningSum m_weighted;
    RunningSum m_volume;
};

// Chaikin Money Flow: money-flow volume over volume, both summed over `period` candles (TA-Lib SUM).
class ChaikinMoneyFlow
{
public:
    explicit ChaikinMoneyFlow(int period = 20)
        : m_sums(period)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return m_sums.warmup(); }

private:
    VolumeWeightedRatio m_sums;
    double m_value = NAN;
};

// Relative volume: this candle's volume over the mean volume of the `period` candles before it.
class RelativeVolume
{
public:
    explicit RelativeVolume(int period = 20)
        : m_average(period)
        , m_period(period)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, m_period + 1); }

private:
    Sma m_average;
    int m_period;
    long long m_count = 0;
    double m_value = NAN;
};

// Volume-weighted average of the typical price (high + low + close) / 3 since the session start;
// sessions start at UTC midnight by default (Bybit perpetuals trade around the clock).
class SessionVwap
{
public:
    explicit SessionVwap(std::int64_t sessionMs = 86'400'000)
        : m_sessionMs(sessionMs)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, 1); }

private:
    std::int64_t m_sessionMs;
    std::int64_t m_session = INT64_MIN;
    long long m_count = 0;
    double m_priceVolume = 0;
    double m_volume = 0;
    double m_value = NAN;
};

// Volume-weighted average of the typical price over the last `period` candles.
class RollingVwap
{
public:
    explicit RollingVwap(int period = 20)
        : m_sums(period)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return m_sums.warmup(); }

private:
    VolumeWeightedRatio m_sums;
    double m_value = NAN;
};

} // namespace virtuoso::confluence
