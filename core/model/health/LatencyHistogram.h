#pragma once

#include "model/health/LogLinearBuckets.h"

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace virtuoso::health {

// Fixed-memory log-linear histogram of nanosecond latencies (HdrHistogram-like): values below 64
// are exact, above that each power of two is split into 32 buckets, so a reported percentile is
// within ~3% of the true value. record() is a few instructions and never allocates, cheap enough
// for every message. Not thread-safe: the recording thread owns it and publishes copies.
class LatencyHistogram
{
public:
    using Buckets = LogLinearBuckets<5>; // 32 buckets per power of two
    static constexpr int kBucketCount = Buckets::kCount;

    void record(qint64 latencyNs)
    {
        const std::uint64_t v = latencyNs > 0 ? static_cast<std::uint64_t>(latencyNs) : 0;
        ++m_counts[bucketOf(v)];
        ++m_count;
        m_sum += v;
        if (v > m_max)
            m_max = v;
        if (v < m_min)
            m_min = v;
    }

    // Value at quantile q in [0, 1] (upper edge of its bucket, clamped to the exact max); 0 when empty.
    qint64 quantile(double q) const;
    qint64 p50() const { return quantile(0.50); }
    qint64 p99() const { return quantile(0.99); }
    qint64 p999() const { return quantile(0.999); }
    qint64 max() const { return static_cast<qint64>(m_max); }
    qint64 min() const { return m_count ? static_cast<qint64>(m_min) : 0; }
    qint64 mean() const { return m_count ? static_cast<qint64>(m_sum / m_count) : 0; }
    std::uint64_t count() const { return m_count; }

    // Adds the other histogram's samples (e.g. per-connection histograms into a total).
    void merge(const LatencyHistogram &other);
    void reset();

    // Bucket arithmetic, exposed for tests.
    static int bucketOf(std::uint64_t v) { return Buckets::bucketOf(v); }
    static std::uint64_t bucketUpperBound(int bucket) { return Buckets::upperBound(bucket); }

private:
    std::array<std::uint64_t, kBucketCount> m_counts{};
    std::uint64_t m_count = 0;
    std::uint64_t m_sum = 0;
    std::uint64_t m_max = 0;
    std::uint64_t m_min = ~std::uint64_t{0};
};

} // namespace virtuoso::health
