#pragma once

#include "health/ConnectionStatus.h"

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
    static constexpr int kSubBucketBits = 3;
    static constexpr int kSubBuckets = 1 << kSubBucketBits; // 8
    static constexpr int kMaxExponent = 40;
    static constexpr int kBucketCount = (kMaxExponent - kSubBucketBits + 1) * kSubBuckets + kSubBuckets;

    void record(qint64 latencyNs)
    {
        const std::uint64_t v = latencyNs > 0 ? static_cast<std::uint64_t>(latencyNs) : 0;
        ++m_counts[static_cast<std::size_t>(bucketOf(v))];
        ++m_count;
        if (v > m_max)
            m_max = v;
    }

    qint64 quantile(double q) const;
    qint64 max() const { return static_cast<qint64>(m_max); }
    std::uint64_t count() const { return m_count; }
    HandlerLatency summary() const;

    static int bucketOf(std::uint64_t v)
    {
        if (v < static_cast<std::uint64_t>(2 * kSubBuckets))
            return static_cast<int>(v);
        const int exponent = 63 - __builtin_clzll(v);
        if (exponent > kMaxExponent)
            return kBucketCount - 1;
        const int shift = exponent - kSubBucketBits;
        const int sub = static_cast<int>((v >> shift) & (kSubBuckets - 1));
        return (shift + 1) * kSubBuckets + sub;
    }
    static std::uint64_t bucketUpperBound(int bucket);

private:
    std::array<std::uint32_t, kBucketCount> m_counts{};
    std::uint64_t m_count = 0;
    std::uint64_t m_max = 0;
};

} // namespace virtuoso::health
