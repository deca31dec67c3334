#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/MovingAverages.h"
#include "model/confluence/Warmup.h"

#include <cmath>
#include <deque>
#include <vector>

namespace virtuoso::confluence {

// Relative Strength Index, TA-Lib RSI (classic Wilder, not the Metastock variant): the first value
// comes after `period` price changes; averages are smoothed as (prev * (n-1) + x) / n.
class Rsi
{
public:
    explicit Rsi(int period = 14)
        : m_period(period < 2 ? 2 : period)
    {}
    bool update(double close);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, m_period + 1); }

private:
    int m_period;
    long long m_count = 0;
    double m_prev = 0;
    double m_gain = 0;
    double m_loss = 0;
    double m_value = NAN;
};

// MACD, TA-Lib MACD: the fast EMA is seeded over the `fast` inputs that end where the slow EMA's
// seed ends; the signal EMA is seeded over the first `signal` MACD values. All three outputs start
// together, at input slow + signal - 1 (zero-based).
class Macd
{
public:
    Macd(int fast = 12, int slow = 26, int signal = 9);
    bool update(double close);
    double macd() const { return m_macd; }
    double signal() const { return m_signalValue; }
    double histogram() const { return m_hist; }
    Warmup warmup() const { return Warmup::of(m_count, m_slowPeriod + m_signalPeriod - 1); }

private:
    int m_slowPeriod;
    int m_signalPeriod;
    Ema m_fast;
    Ema m_slow;
    Ema m_signal;
    long long m_count = 0;
    double m_macd = NAN;
    double m_signalValue = NAN;
    double m_hist = NAN;
};

// Commodity Channel Index, TA-Lib CCI: typical price against its mean, over 0.015 times the mean
// absolute deviation. The deviation needs the whole window: O(period) per candle, not O(1).
class Cci
{
public:
    explicit Cci(int period = 20);
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return Warmup::of(m_count, m_period); }

private:
    int m_period;
    long long m_count = 0;
    std::vector<double> m_window; // indexed like TA-Lib's circular buffer, so sums match bit for bit
    double m_value = NAN;
};

// Highest high and lowest low of the last `period` candles, amortised O(1) with monotonic queues.
class RollingExtremes
{
public:
    explicit RollingExtremes(int period)
        : m_period(period < 1 ? 1 : period)
    {}
    void update(double high, double low);
    double highest() const { return m_highs.front().second; }
    double lowest() const { return m_lows.front().second; }
    bool ready() const { return m_count >= m_period; }
    Warmup warmup() const { return Warmup::of(m_count, m_period); }

private:
    int m_period;
    long long m_count = 0;
    std::deque<std::pair<long long, double>> m_highs;
    std::deque<std::pair<long long, double>> m_lows;
};

// Williams %R, TA-Lib WILLR: (highest - close) / ((highest - lowest) / -100), 0 on a flat window.
class WilliamsR
{
public:
    explicit WilliamsR(int period = 14)
        : m_extremes(period)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return m_extremes.warmup(); }

private:
    RollingExtremes m_extremes;
    double m_value = NAN;
};

// Awesome Oscillator: SMA(5) - SMA(34) of the median price (high + low) / 2.
class AwesomeOscillator
{
public:
    AwesomeOscillator(int fast = 5, int slow = 34)
        : m_fast(fast)
        , m_slow(slow)
    {}
    bool update(const Candle &c);
    double value() const { return m_value; }
    Warmup warmup() const { return m_slow.warmup(); }

private:
    Sma m_fast;
    Sma m_slow;
    double m_value = NAN;
};

} // namespace virtuoso::confluence
