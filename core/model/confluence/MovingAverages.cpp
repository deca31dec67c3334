#include "model/confluence/MovingAverages.h"

namespace virtuoso::confluence {

RunningSum::RunningSum(int period)
    : m_period(period < 1 ? 1 : period)
    , m_window(static_cast<size_t>(m_period), 0.0)
{}

bool RunningSum::update(double x)
{
    const auto p = static_cast<long long>(m_period);
    m_window[static_cast<size_t>(m_count % p)] = x;
    m_total += x;
    ++m_count;
    if (m_count < p)
        return false;
    m_value = m_total;
    // The oldest input of the window just read leaves before the next one arrives.
    m_total -= m_window[static_cast<size_t>(m_count % p)];
    return true;
}

bool Sma::update(double x)
{
    if (!m_sum.update(x))
        return false;
    m_value = m_sum.sum() / m_sum.period();
    return true;
}

Ema::Ema(int period, int skip)
    : m_period(period < 1 ? 1 : period)
    , m_skip(skip < 0 ? 0 : skip)
    , m_k(2.0 / static_cast<double>(m_period + 1))
{}

bool Ema::update(double x)
{
    ++m_count;
    if (m_count <= m_skip)
        return false;
    const long long n = m_count - m_skip;
    if (n < m_period) {
        m_seed += x;
        return false;
    }
    if (n == m_period) {
        m_seed += x;
        m_value = m_seed / m_period;
        return true;
    }
    m_value = ((x - m_value) * m_k) + m_value;
    return true;
}

} // namespace virtuoso::confluence
