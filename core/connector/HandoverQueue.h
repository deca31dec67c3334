#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <utility>
#include <vector>

namespace virtuoso::exchange {

// Bounded single-producer/single-consumer queue from a network thread to the engine thread.
// Push is wait-free and never blocks or grows: when the queue is full it says so and counts an
// overflow. The rule for the producer on overflow (docs/connector.md, "Hand-over to the engine"):
// a book delta is never dropped silently, the connection marks that book stale and resyncs its
// topic (resubscribe for a fresh snapshot) and records the event; tickers and candles may be
// conflated (the next one supersedes).
//
// Slots are reused in place: the producer can decode straight into a slot (tryBeginPush /
// commitPush) and the consumer reads it through drain() without moving out, so message vectors
// keep their capacity and the steady state does not allocate.
template<typename T>
class HandoverQueue
{
public:
    // `capacity` is rounded up to a power of two (at least 2).
    explicit HandoverQueue(std::size_t capacity)
        : m_slots(roundUp(capacity))
        , m_mask(m_slots.size() - 1)
    {}
    HandoverQueue(const HandoverQueue &) = delete;
    HandoverQueue &operator=(const HandoverQueue &) = delete;

    std::size_t capacity() const { return m_slots.size(); }

    // ---- producer thread only ----

    // The next free slot to fill in place, or nullptr when full (counted as an overflow). The
    // slot holds whatever an earlier message left there; overwrite every field you rely on.
    // Must be followed by commitPush() before the next tryBeginPush().
    T *tryBeginPush()
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail - m_cachedHead >= m_slots.size()) {
            m_cachedHead = m_head.load(std::memory_order_acquire);
            if (tail - m_cachedHead >= m_slots.size()) {
                m_overflows.store(m_overflows.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
                return nullptr;
            }
        }
        return &m_slots[tail & m_mask];
    }
    // Whether `n` more items fit now (no overflow is counted): a producer that can wait asks first.
    bool hasRoom(std::size_t n = 1)
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail + n - m_cachedHead <= m_slots.size())
            return true;
        m_cachedHead = m_head.load(std::memory_order_acquire);
        return tail + n - m_cachedHead <= m_slots.size();
    }
    // Publishes the slot returned by tryBeginPush().
    void commitPush() { m_tail.store(m_tail.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

    // Moves `item` into the queue; false (and an overflow counted) when full, `item` untouched.
    bool tryPush(T &&item)
    {
        T *slot = tryBeginPush();
        if (!slot)
            return false;
        *slot = std::move(item);
        commitPush();
        return true;
    }
    bool tryPush(const T &item)
    {
        T *slot = tryBeginPush();
        if (!slot)
            return false;
        *slot = item;
        commitPush();
        return true;
    }

    // ---- consumer thread only ----

    // Calls fn(T &) for up to `maxItems` queued items in order, then frees their slots in one step.
    // Returns the number handled. fn may read or modify the item but should not keep pointers to it.
    template<typename Fn>
    std::size_t drain(Fn &&fn, std::size_t maxItems = std::numeric_limits<std::size_t>::max())
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        std::size_t available = m_cachedTail - head;
        if (available < maxItems) {
            m_cachedTail = m_tail.load(std::memory_order_acquire);
            available = m_cachedTail - head;
        }
        const std::size_t n = available < maxItems ? available : maxItems;
        for (std::size_t i = 0; i < n; ++i)
            fn(m_slots[(head + i) & m_mask]);
        if (n)
            m_head.store(head + n, std::memory_order_release);
        return n;
    }

    // The oldest item or nullptr; pop() frees it. For consumers that need to stop mid-batch.
    T *front()
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        if (head == m_cachedTail) {
            m_cachedTail = m_tail.load(std::memory_order_acquire);
            if (head == m_cachedTail)
                return nullptr;
        }
        return &m_slots[head & m_mask];
    }
    void pop() { m_head.store(m_head.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

    // Items the consumer can read now, oldest first (takes a fresh look at the producer's side).
    std::size_t readable()
    {
        m_cachedTail = m_tail.load(std::memory_order_acquire);
        return m_cachedTail - m_head.load(std::memory_order_relaxed);
    }
    // The i-th readable item (i < readable()), left in the queue until popFront() frees it: a
    // consumer can act on items in two passes without copying them out.
    T &peek(std::size_t i) { return m_slots[(m_head.load(std::memory_order_relaxed) + i) & m_mask]; }
    void popFront(std::size_t n)
    {
        m_head.store(m_head.load(std::memory_order_relaxed) + n, std::memory_order_release);
    }

    // ---- any thread ----

    // Items queued right now (exact only when both sides are idle).
    std::size_t sizeApprox() const
    {
        const std::size_t tail = m_tail.load(std::memory_order_acquire);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        return tail - head;
    }
    bool emptyApprox() const { return sizeApprox() == 0; }
    // Pushes refused because the queue was full, since construction.
    std::uint64_t overflowCount() const { return m_overflows.load(std::memory_order_relaxed); }

private:
    static std::size_t roundUp(std::size_t n)
    {
        std::size_t c = 2;
        while (c < n)
            c <<= 1;
        return c;
    }

    // Keeps the two indices on separate cache lines so the threads do not false-share.
    static constexpr std::size_t kLine = 64;

    std::vector<T> m_slots;
    const std::size_t m_mask;
    alignas(kLine) std::atomic<std::size_t> m_head{0}; // written by the consumer
    std::size_t m_cachedTail = 0;                      // consumer's view of m_tail
    alignas(kLine) std::atomic<std::size_t> m_tail{0}; // written by the producer
    std::size_t m_cachedHead = 0;                      // producer's view of m_head
    std::atomic<std::uint64_t> m_overflows{0};
};

} // namespace virtuoso::exchange
