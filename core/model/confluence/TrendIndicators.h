#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/Warmup.h"

#include <cmath>

namespace virtuoso::confluence {

// True range against the previous close (TA-Lib TRANGE); none for the first candle.
double trueRange(double high, double low, double previousClose);

// Average True Range, TA-Lib ATR: the first value is the mean of the first `period` true ranges
// (candles 1..period), then Wilder smoothing (prev * (n-1) + tr) / n.
class Atr
{
public:
    explicit Atr(int period = 14)
        : m_period(period < 2 ? 2 : period)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, m_period + 1); }

private:
    int m_period;
    long long m_count = 0;
    double m_prevClose = 0;
    double m_sum = 0;
    double m_value = NAN;
};

// ADX with +DI and -DI, TA-Lib ADX / PLUS_DI / MINUS_DI: directional movement and true range are
// summed over period-1 candles, then Wilder-smoothed (s - s/n + x); the DIs start at candle `period`,
// ADX is the mean of the first `period` DX values (at candle 2*period-1), then Wilder-smoothed.
class DirectionalMovement
{
public:
    explicit DirectionalMovement(int period = 14)
        : m_period(period < 2 ? 2 : period)
    {}
    bool update(const Candle &c);
    double plusDi() const { return m_plusDi; }
    double minusDi() const { return m_minusDi; }
    double adx() const { return m_adx; }
    Warmup diWarmup() const { return Warmup::of(m_count, m_period + 1); }
    Warmup warmup() const { return Warmup::of(m_count, 2 * m_period); }

private:
    int m_period;
    long long m_count = 0;
    double m_prevHigh = 0;
    double m_prevLow = 0;
    double m_prevClose = 0;
    double m_plusDm = 0;
    double m_minusDm = 0;
    double m_tr = 0;
    double m_sumDx = 0;
    double m_plusDi = NAN;
    double m_minusDi = NAN;
    double m_adx = NAN;
};

} // namespace virtuoso::confluence
