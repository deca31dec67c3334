#pragma once

#include "model/confluence/Warmup.h"

#include <cmath>
#include <vector>

namespace virtuoso::confluence {

// Sum of the last `period` inputs, kept the way TA-Lib's SUM/SMA keep it (add the new input, read,
// then take out the oldest) so that results match it to the last bit.
class RunningSum
{
public:
    explicit RunningSum(int period);

    // Returns true once `period` inputs have been seen; `sum()` is then the window's sum.
    bool update(double x);
    double sum() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, m_period); }
    int period() const { return m_period; }

private:
    int m_period;
    long long m_count = 0;
    double m_total = 0;
    double m_value = NAN;
    std::vector<double> m_window;
};

// Simple moving average, TA-Lib SMA.
class Sma
{
public:
    explicit Sma(int period)
        : m_sum(period)
    {}
    bool update(double x);
    double value() const { return m_value; }
    bool ready() const { return m_sum.warmup().ready(); }
    Warmup warmup() const { return m_sum.warmup(); }

private:
    RunningSum m_sum;
    double m_value = NAN;
};

// Exponential moving average, TA-Lib EMA: seeded with the simple average of the first `period`
// inputs, then prev + k (x - prev) with k = 2 / (period + 1). `skip` ignores that many first inputs,
// which TA-Lib's MACD does to its fast average (its seed window ends where the slow one's does).
class Ema
{
public:
    explicit Ema(int period, int skip = 0);
    bool update(double x);
    double value() const { return m_value; }
    bool ready() const { return m_count >= m_skip + m_period; }
    Warmup warmup() const { return Warmup::of(m_count, m_skip + m_period); }

private:
    int m_period;
    int m_skip;
    double m_k;
    long long m_count = 0;
    double m_seed = 0;
    double m_value = NAN;
};

} // namespace virtuoso::confluence
