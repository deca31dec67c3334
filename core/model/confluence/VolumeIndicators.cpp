#include "model/confluence/VolumeIndicators.h"

namespace virtuoso::confluence {

bool Obv::update(const Candle &c)
{
    if (m_count++ == 0) {
        m_value = c.volume;
    } else if (c.close > m_prevClose) {
        m_value += c.volume;
    } else if (c.close < m_prevClose) {
        m_value -= c.volume;
    }
    m_prevClose = c.close;
    return true;
}

double moneyFlowVolume(const Candle &c)
{
    const double range = c.high - c.low;
    if (!(range > 0.0))
        return 0.0;
    return (((c.close - c.low) - (c.high - c.close)) / range) * c.volume;
}

bool AccumulationDistribution::update(const Candle &c)
{
    ++m_count;
    if (c.high - c.low > 0.0)
        m_value += moneyFlowVolume(c);
    return true;
}

bool ChaikinMoneyFlow::update(const Candle &c)
{
    if (!m_sums.update(moneyFlowVolume(c), c.volume))
        return false;
    m_value = m_sums.ratio(0.0);
    return true;
}

bool RelativeVolume::update(const Candle &c)
{
    ++m_count;
    // The average of the candles before this one, so a volume spike is measured against calm.
    const bool averageReady = m_average.ready();
    const double average = m_average.value();
    m_average.update(c.volume);
    if (!averageReady)
        return false;
    m_value = average > 0.0 ? c.volume / average : 0.0;
    return true;
}

bool SessionVwap::update(const Candle &c)
{
    ++m_count;
    const std::int64_t session = c.openTimeMs >= 0 ? c.openTimeMs / m_sessionMs : (c.openTimeMs + 1) / m_sessionMs - 1;
    if (session != m_session) {
        m_session = session;
        m_priceVolume = 0;
        m_volume = 0;
    }
    const double typical = (c.high + c.low + c.close) / 3;
    m_priceVolume += typical * c.volume;
    m_volume += c.volume;
    m_value = m_volume > 0.0 ? m_priceVolume / m_volume : typical;
    return true;
}

bool RollingVwap::update(const Candle &c)
{
    const double typical = (c.high + c.low + c.close) / 3;
    if (!m_sums.update(typical * c.volume, c.volume))
        return false;
    m_value = m_sums.ratio(typical);
    return true;
}

} // namespace virtuoso::confluence
