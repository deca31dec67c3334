#include "model/health/CompactLatencyHistogram.h"
#include "model/health/LatencyHistogram.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using virtuoso::health::LatencyHistogram;

namespace {

std::uint64_t referenceQuantile(std::vector<std::uint64_t> sorted, double q)
{
    const auto rank = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(q * sorted.size())));
    return sorted[rank - 1];
}

} // namespace

TEST(LatencyHistogramTest, EmptyHistogramReportsZero)
{
    LatencyHistogram h;
    EXPECT_EQ(h.count(), 0u);
    EXPECT_EQ(h.p50(), 0);
    EXPECT_EQ(h.p99(), 0);
    EXPECT_EQ(h.max(), 0);
    EXPECT_EQ(h.min(), 0);
}

TEST(LatencyHistogramTest, SmallValuesAreExact)
{
    LatencyHistogram h;
    for (int v = 1; v <= 60; ++v)
        h.record(v);
    EXPECT_EQ(h.p50(), 30);
    EXPECT_EQ(h.quantile(1.0), 60);
    EXPECT_EQ(h.min(), 1);
    EXPECT_EQ(h.max(), 60);
    h.record(-5); // a clock step backwards counts as zero, never a crash
    EXPECT_EQ(h.min(), 0);
}

TEST(LatencyHistogramTest, BucketsAreContiguousAndBounded)
{
    std::uint64_t previousUpper = 0;
    for (int b = 1; b < LatencyHistogram::kBucketCount; ++b) {
        const std::uint64_t upper = LatencyHistogram::bucketUpperBound(b);
        ASSERT_GT(upper, previousUpper) << b;
        ASSERT_EQ(LatencyHistogram::bucketOf(upper), b) << b;
        ASSERT_EQ(LatencyHistogram::bucketOf(previousUpper + 1), b) << b;
        previousUpper = upper;
    }
    EXPECT_EQ(previousUpper, ~std::uint64_t{0});
}

// Percentiles against a sorted reference: within the histogram's 1/32 relative resolution.
TEST(LatencyHistogramTest, PercentilesMatchASortedReference)
{
    std::mt19937_64 rng(99);
    std::lognormal_distribution<double> latency(std::log(20000.0), 1.2); // ~20 µs median, long tail
    LatencyHistogram h;
    std::vector<std::uint64_t> values;
    for (int i = 0; i < 200000; ++i) {
        const auto v = static_cast<std::uint64_t>(latency(rng));
        values.push_back(v);
        h.record(static_cast<qint64>(v));
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.5, 0.9, 0.99, 0.999}) {
        const double expected = static_cast<double>(referenceQuantile(values, q));
        const double got = static_cast<double>(h.quantile(q));
        EXPECT_GE(got, expected) << q; // upper bucket edge: never under-reports
        EXPECT_LE(got, expected * (1.0 + 1.0 / 32)) << q;
    }
    EXPECT_EQ(static_cast<std::uint64_t>(h.max()), values.back());
    EXPECT_EQ(static_cast<std::uint64_t>(h.min()), values.front());
    EXPECT_EQ(h.count(), values.size());
}

TEST(LatencyHistogramTest, MergeEqualsRecordingEverything)
{
    LatencyHistogram a, b, all;
    std::mt19937_64 rng(5);
    for (int i = 0; i < 10000; ++i) {
        const auto v = static_cast<qint64>(rng() % 5'000'000);
        (i % 3 ? a : b).record(v);
        all.record(v);
    }
    a.merge(b);
    EXPECT_EQ(a.count(), all.count());
    EXPECT_EQ(a.p50(), all.p50());
    EXPECT_EQ(a.p99(), all.p99());
    EXPECT_EQ(a.max(), all.max());
    EXPECT_EQ(a.mean(), all.mean());
    a.reset();
    EXPECT_EQ(a.count(), 0u);
    EXPECT_EQ(a.p99(), 0);
}

// The per-topic histogram: 8 buckets per power of two up to 2^40 ns, beyond that the last bucket.
TEST(CompactLatencyHistogramTest, BucketsAreContiguousAndLargeValuesShareTheLastBucket)
{
    using Buckets = virtuoso::health::CompactLatencyHistogram::Buckets;
    std::uint64_t previousUpper = 0;
    for (int b = 1; b < Buckets::kCount; ++b) {
        const std::uint64_t upper = Buckets::upperBound(b);
        ASSERT_GT(upper, previousUpper) << b;
        ASSERT_EQ(Buckets::bucketOf(upper), b) << b;
        ASSERT_EQ(Buckets::bucketOf(previousUpper + 1), b) << b;
        previousUpper = upper;
    }
    EXPECT_EQ(previousUpper, (std::uint64_t{1} << 41) - 1);
    EXPECT_EQ(Buckets::bucketOf(std::uint64_t{1} << 50), Buckets::kCount - 1);
}

TEST(CompactLatencyHistogramTest, PercentilesStayWithinOneEighthAndNeverPassTheMax)
{
    virtuoso::health::CompactLatencyHistogram h;
    EXPECT_EQ(h.quantile(0.99), 0);
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> dist(10.0, 1.5);
    std::vector<std::uint64_t> values;
    for (int i = 0; i < 20000; ++i) {
        const auto v = static_cast<std::uint64_t>(dist(rng));
        values.push_back(v);
        h.record(static_cast<qint64>(v));
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.5, 0.9, 0.99}) {
        const double expected = static_cast<double>(referenceQuantile(values, q));
        EXPECT_GE(static_cast<double>(h.quantile(q)), expected) << q;
        EXPECT_LE(static_cast<double>(h.quantile(q)), expected * 1.125 + 1) << q;
    }
    EXPECT_EQ(h.quantile(1.0), static_cast<qint64>(values.back()));
    EXPECT_EQ(h.summary().count, 20000u);
}
