#include "model/confluence/TrendIndicators.h"

namespace virtuoso::confluence {

double trueRange(double high, double low, double previousClose)
{
    double greatest = high - low;
    const double toHigh = std::fabs(previousClose - high);
    if (toHigh > greatest)
        greatest = toHigh;
    const double toLow = std::fabs(previousClose - low);
    if (toLow > greatest)
        greatest = toLow;
    return greatest;
}

bool Atr::update(const Candle &c)
{
    const long long i = m_count++;
    const double previousClose = m_prevClose;
    m_prevClose = c.close;
    if (i == 0)
        return false;
    const double tr = trueRange(c.high, c.low, previousClose);
    if (i < m_period) {
        m_sum += tr;
        return false;
    }
    if (i == m_period) {
        m_sum += tr;
        m_value = m_sum / m_period;
        return true;
    }
    m_value *= m_period - 1;
    m_value += tr;
    m_value /= m_period;
    return true;
}

bool DirectionalMovement::update(const Candle &c)
{
    const long long i = m_count++;
    if (i == 0) {
        m_prevHigh = c.high;
        m_prevLow = c.low;
        m_prevClose = c.close;
        return false;
    }
    const double diffP = c.high - m_prevHigh;
    const double diffM = m_prevLow - c.low;
    m_prevHigh = c.high;
    m_prevLow = c.low;
    // TA-Lib computes the true range here from the already updated high/low and the previous close.
    const double tr = trueRange(c.high, c.low, m_prevClose);
    m_prevClose = c.close;
    const double n = m_period;

    if (i < m_period) {
        if (diffM > 0 && diffP < diffM)
            m_minusDm += diffM;
        else if (diffP > 0 && diffP > diffM)
            m_plusDm += diffP;
        m_tr += tr;
        return false;
    }

    m_minusDm -= m_minusDm / n;
    m_plusDm -= m_plusDm / n;
    if (diffM > 0 && diffP < diffM)
        m_minusDm += diffM;
    else if (diffP > 0 && diffP > diffM)
        m_plusDm += diffP;
    m_tr = m_tr - (m_tr / n) + tr;

    double dx = NAN;
    if (!taIsZero(m_tr)) {
        m_minusDi = 100.0 * (m_minusDm / m_tr);
        m_plusDi = 100.0 * (m_plusDm / m_tr);
        const double sum = m_minusDi + m_plusDi;
        if (!taIsZero(sum))
            dx = 100.0 * (std::fabs(m_minusDi - m_plusDi) / sum);
    } else {
        m_minusDi = 0.0;
        m_plusDi = 0.0;
    }

    if (i < 2 * m_period - 1) {
        if (!std::isnan(dx))
            m_sumDx += dx;
        return true;
    }
    if (i == 2 * m_period - 1) {
        if (!std::isnan(dx))
            m_sumDx += dx;
        m_adx = m_sumDx / n;
        return true;
    }
    if (!std::isnan(dx))
        m_adx = ((m_adx * (n - 1)) + dx) / n;
    return true;
}

} // namespace virtuoso::confluence
