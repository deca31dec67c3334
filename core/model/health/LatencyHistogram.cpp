#include "model/health/LatencyHistogram.h"

#include <algorithm>

namespace virtuoso::health {

qint64 LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    return static_cast<qint64>(std::max(Buckets::quantile(m_counts, m_count, m_max, q), m_min));
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_max = std::max(m_max, other.m_max);
    m_min = std::min(m_min, other.m_min);
}

void LatencyHistogram::reset()
{
    *this = LatencyHistogram();
}

} // namespace virtuoso::health
