#include "model/confluence/MomentumIndicators.h"

#include <algorithm>

namespace virtuoso::confluence {

bool Rsi::update(double close)
{
    const long long i = m_count++;
    if (i == 0) {
        m_prev = close;
        return false;
    }
    const double change = close - m_prev;
    m_prev = close;
    if (i < m_period) {
        if (change < 0)
            m_loss -= change;
        else
            m_gain += change;
        return false;
    }
    if (i == m_period) {
        if (change < 0)
            m_loss -= change;
        else
            m_gain += change;
        m_loss /= m_period;
        m_gain /= m_period;
    } else {
        m_loss *= (m_period - 1);
        m_gain *= (m_period - 1);
        if (change < 0)
            m_loss -= change;
        else
            m_gain += change;
        m_loss /= m_period;
        m_gain /= m_period;
    }
    const double total = m_gain + m_loss;
    m_value = taIsZero(total) ? 0.0 : 100.0 * (m_gain / total);
    return true;
}

Macd::Macd(int fast, int slow, int signal)
    : m_slowPeriod(std::max(std::max(fast, slow), 2))
    , m_signalPeriod(std::max(signal, 1))
    , m_fast(std::min(fast, slow), m_slowPeriod - std::min(fast, slow))
    , m_slow(m_slowPeriod)
    , m_signal(m_signalPeriod)
{}

bool Macd::update(double close)
{
    ++m_count;
    m_fast.update(close);
    if (!m_slow.update(close))
        return false;
    const double line = m_fast.value() - m_slow.value();
    if (!m_signal.update(line))
        return false;
    m_macd = line;
    m_signalValue = m_signal.value();
    m_hist = m_macd - m_signalValue;
    return true;
}

Cci::Cci(int period)
    : m_period(std::max(period, 2))
    , m_window(static_cast<size_t>(m_period), 0.0)
{}

bool Cci::update(const Candle &c)
{
    const double typical = (c.high + c.low + c.close) / 3;
    m_window[static_cast<size_t>(m_count % m_period)] = typical;
    ++m_count;
    if (m_count < m_period)
        return false;
    double average = 0;
    for (double v : m_window)
        average += v;
    average /= m_period;
    double deviation = 0;
    for (double v : m_window)
        deviation += std::fabs(v - average);
    const double distance = typical - average;
    m_value = (distance != 0.0 && deviation != 0.0) ? distance / (0.015 * (deviation / m_period)) : 0.0;
    return true;
}

void RollingExtremes::update(double high, double low)
{
    const long long i = m_count++;
    while (!m_highs.empty() && m_highs.back().second <= high)
        m_highs.pop_back();
    m_highs.emplace_back(i, high);
    while (!m_lows.empty() && m_lows.back().second >= low)
        m_lows.pop_back();
    m_lows.emplace_back(i, low);
    const long long oldest = i - m_period + 1;
    while (m_highs.front().first < oldest)
        m_highs.pop_front();
    while (m_lows.front().first < oldest)
        m_lows.pop_front();
}

bool WilliamsR::update(const Candle &c)
{
    m_extremes.update(c.high, c.low);
    if (!m_extremes.ready())
        return false;
    const double highest = m_extremes.highest();
    const double diff = (highest - m_extremes.lowest()) / (-100.0);
    m_value = diff != 0.0 ? (highest - c.close) / diff : 0.0;
    return true;
}

bool AwesomeOscillator::update(const Candle &c)
{
    const double median = (c.high + c.low) / 2.0;
    const bool fast = m_fast.update(median);
    if (!m_slow.update(median) || !fast)
        return false;
    m_value = m_fast.value() - m_slow.value();
    return true;
}

} // namespace virtuoso::confluence
