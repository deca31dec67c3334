#pragma once

#include <QtGlobal>

#include <atomic>

namespace virtuoso {

// Every piece of timing logic (timeouts, backoff, rate limits, staleness) reads time through
// this interface so tests drive it with ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    // Monotonic time for durations and deadlines; unrelated to the wall clock.
    virtual qint64 monotonicNs() const = 0;
    // Wall-clock time in Unix milliseconds, for timestamps shown to people and exchanges.
    virtual qint64 epochMs() const = 0;

    qint64 monotonicMs() const { return monotonicNs() / 1'000'000; }

    // The process-wide real clock.
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 monotonicNs() const override;
    qint64 epochMs() const override;
};

// A clock that moves only when told to. Thread-safe so a test can advance it while workers read.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 epochMs = 1'700'000'000'000, qint64 monotonicNs = 1'000'000'000)
        : m_epochMs(epochMs)
        , m_monoNs(monotonicNs)
    {}

    qint64 monotonicNs() const override { return m_monoNs.load(std::memory_order_acquire); }
    qint64 epochMs() const override { return m_epochMs.load(std::memory_order_acquire); }

    void advanceMs(qint64 ms) { advanceNs(ms * 1'000'000); }
    void advanceNs(qint64 ns)
    {
        m_monoNs.fetch_add(ns, std::memory_order_acq_rel);
        m_epochMs.fetch_add(ns / 1'000'000, std::memory_order_acq_rel);
    }
    void setEpochMs(qint64 ms) { m_epochMs.store(ms, std::memory_order_release); }

private:
    std::atomic<qint64> m_epochMs;
    std::atomic<qint64> m_monoNs;
};

} // namespace virtuoso
