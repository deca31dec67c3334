#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace virtuoso::health {

// Bucket arithmetic of the log-linear latency histograms (HdrHistogram-like): values below
// 2 · 2^SubBucketBits have a bucket each; above that each power of two is split into 2^SubBucketBits
// buckets, so a bucket's upper edge is within 1 / 2^SubBucketBits of any value in it. Exponents above
// MaxExponent share the last bucket.
template<int SubBucketBits, int MaxExponent = 63>
struct LogLinearBuckets
{
    static constexpr int kSubBuckets = 1 << SubBucketBits;
    static constexpr int kCount = (MaxExponent - SubBucketBits + 1) * kSubBuckets + kSubBuckets;

    static int bucketOf(std::uint64_t v)
    {
        if (v < static_cast<std::uint64_t>(2 * kSubBuckets))
            return static_cast<int>(v);
        const int exponent = 63 - __builtin_clzll(v); // >= SubBucketBits + 1
        if (exponent > MaxExponent)
            return kCount - 1;
        const int shift = exponent - SubBucketBits;
        const int sub = static_cast<int>((v >> shift) & (kSubBuckets - 1));
        return (shift + 1) * kSubBuckets + sub;
    }

    // Largest value that falls into `bucket`.
    static std::uint64_t upperBound(int bucket)
    {
        if (bucket < 2 * kSubBuckets)
            return static_cast<std::uint64_t>(bucket);
        const int shift = bucket / kSubBuckets - 1;
        const auto sub = static_cast<std::uint64_t>(bucket % kSubBuckets);
        const std::uint64_t lower = (static_cast<std::uint64_t>(kSubBuckets) + sub) << shift;
        return lower + ((std::uint64_t{1} << shift) - 1);
    }

    // Upper edge of the bucket that holds the value at quantile q (clamped to [0, 1]) of `total`
    // samples counted in `counts`, never above `max`, the largest value recorded; 0 when empty.
    template<typename Counts>
    static std::uint64_t quantile(const Counts &counts, std::uint64_t total, std::uint64_t max, double q)
    {
        if (total == 0)
            return 0;
        q = std::clamp(q, 0.0, 1.0);
        auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(total)));
        rank = std::clamp<std::uint64_t>(rank, 1, total);
        std::uint64_t seen = 0;
        for (int b = 0; b < kCount; ++b) {
            seen += counts[static_cast<std::size_t>(b)];
            if (seen >= rank)
                return std::min(upperBound(b), max);
        }
        return max;
    }
};

} // namespace virtuoso::health
