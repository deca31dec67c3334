#include "health/LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace virtuoso::health {

std::uint64_t LatencyHistogram::bucketUpperBound(int bucket)
{
    if (bucket < 2 * kSubBuckets)
        return static_cast<std::uint64_t>(bucket);
    const int shift = bucket / kSubBuckets - 1;
    const std::uint64_t sub = static_cast<std::uint64_t>(bucket % kSubBuckets);
    const std::uint64_t lower = (static_cast<std::uint64_t>(kSubBuckets) + sub) << shift;
    return lower + ((std::uint64_t{1} << shift) - 1);
}

qint64 LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(m_count)));
    rank = std::clamp<std::uint64_t>(rank, 1, m_count);
    std::uint64_t seen = 0;
    for (int b = 0; b < kBucketCount; ++b) {
        seen += m_counts[static_cast<std::size_t>(b)];
        if (seen >= rank) {
            const std::uint64_t upper = std::min(bucketUpperBound(b), m_max);
            return static_cast<qint64>(std::max(upper, m_min));
        }
    }
    return static_cast<qint64>(m_max);
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
