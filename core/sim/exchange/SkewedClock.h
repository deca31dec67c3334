#pragma once

#include "base/Clock.h"

#include <atomic>

namespace virtuoso::sim {

// The exchange's own clock: another clock's wall time shifted by an offset (the clock_skew fault).
// What /v5/market/time reports and what signed requests are checked against.
class SkewedClock final : public Clock
{
public:
    explicit SkewedClock(const Clock &base)
        : m_base(base)
    {}
    qint64 monotonicNs() const override { return m_base.monotonicNs(); }
    qint64 epochMs() const override { return m_base.epochMs() + m_skewMs.load(std::memory_order_relaxed); }

    void setSkewMs(qint64 ms) { m_skewMs.store(ms, std::memory_order_relaxed); }
    qint64 skewMs() const { return m_skewMs.load(std::memory_order_relaxed); }

private:
    const Clock &m_base;
    std::atomic<qint64> m_skewMs{0};
};

} // namespace virtuoso::sim
