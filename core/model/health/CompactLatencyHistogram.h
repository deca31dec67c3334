#pragma once

#include "model/health/ConnectionStatus.h"
#include "model/health/LogLinearBuckets.h"

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace virtuoso::health {

// A small log-linear latency histogram for one topic among hundreds: each power of two is split
// into 8 buckets (percentiles within ~12%), values up to 2^40 ns (18 min) with the rest clamped
// into the last bucket; 1.2 KB, so 1500 topics cost under 2 MB. record() never allocates.
// Not thread-safe: the recording thread owns it.
class CompactLatencyHistogram
{
public:
    using Buckets = LogLinearBuckets<3, 40>; // 8 buckets per power of two, up to 2^40 ns
    static constexpr int kBucketCount = Buckets::kCount;

    void record(qint64 latencyNs)
    {
        const std::uint64_t v = latencyNs > 0 ? static_cast<std::uint64_t>(latencyNs) : 0;
        ++m_counts[static_cast<std::size_t>(Buckets::bucketOf(v))];
        ++m_count;
        if (v > m_max)
            m_max = v;
    }

    qint64 quantile(double q) const { return static_cast<qint64>(Buckets::quantile(m_counts, m_count, m_max, q)); }
    qint64 max() const { return static_cast<qint64>(m_max); }
    std::uint64_t count() const { return m_count; }
    HandlerLatency summary() const;

private:
    std::array<std::uint32_t, kBucketCount> m_counts{};
    std::uint64_t m_count = 0;
    std::uint64_t m_max = 0;
};

} // namespace virtuoso::health
