#include "health/CompactLatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace virtuoso::health {

std::uint64_t CompactLatencyHistogram::bucketUpperBound(int bucket)
{
    if (bucket < 2 * kSubBuckets)
        return static_cast<std::uint64_t>(bucket);
    const int shift = bucket / kSubBuckets - 1;
    const std::uint64_t sub = static_cast<std::uint64_t>(bucket % kSubBuckets);
    const std::uint64_t lower = (static_cast<std::uint64_t>(kSubBuckets) + sub) << shift;
    return lower + ((std::uint64_t{1} << shift) - 1);
}

qint64 CompactLatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(m_count)));
    rank = std::clamp<std::uint64_t>(rank, 1, m_count);
    std::uint64_t seen = 0;
    for (int b = 0; b < kBucketCount; ++b) {
        seen += m_counts[static_cast<std::size_t>(b)];
        if (seen >= rank)
            return static_cast<qint64>(std::min(bucketUpperBound(b), m_max));
    }
    return static_cast<qint64>(m_max);
}

HandlerLatency CompactLatencyHistogram::summary() const
{
    HandlerLatency l;
    l.p50Us = quantile(0.50) / 1000;
    l.p99Us = quantile(0.99) / 1000;
    l.maxUs = max() / 1000;
    l.count = m_count;
    return l;
}

} // namespace virtuoso::health
