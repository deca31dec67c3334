#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace virtuoso {

// A ring of the last `capacity` items. Storage grows with the items up to the capacity (a ring
// that never fills, such as a quiet symbol's liquidations, holds only what it got) and is then
// reused in place: memory stays bounded however long the process runs. Index 0 is the oldest item.
template<typename T>
class FixedRing
{
public:
    explicit FixedRing(std::size_t capacity = 0)
        : m_capacity(capacity)
    {}

    // Sets a new capacity and forgets the items; storage is taken again as items arrive.
    void setCapacity(std::size_t capacity)
    {
        m_capacity = capacity;
        m_items.clear();
        m_items.shrink_to_fit();
        m_start = 0;
    }

    void push(const T &item)
    {
        if (m_capacity == 0)
            return;
        ++m_pushed;
        if (m_items.size() < m_capacity) {
            // Still filling: items are in order from index 0, so the ring starts at 0.
            reserveFor(1);
            m_items.push_back(item);
            return;
        }
        m_items[m_start] = item;
        m_start = (m_start + 1) % m_capacity;
    }
    // Makes room for `count` more items at once (up to the capacity), e.g. before a batch of history.
    // Storage grows geometrically, never past the capacity.
    void reserveFor(std::size_t count)
    {
        const std::size_t need = std::min(m_capacity, m_items.size() + count);
        if (need > m_items.capacity())
            m_items.reserve(std::min(m_capacity, std::max({need, m_items.capacity() * 2, std::size_t(16)})));
    }

    std::size_t size() const { return m_items.size(); }
    std::size_t capacity() const { return m_capacity; }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_items.size() == m_capacity; }
    // Items ever pushed (including those since overwritten).
    unsigned long long pushedCount() const { return m_pushed; }

    const T &operator[](std::size_t i) const { return m_items[(m_start + i) % m_items.size()]; }
    T &operator[](std::size_t i) { return m_items[(m_start + i) % m_items.size()]; }
    const T &back() const { return (*this)[m_items.size() - 1]; } // newest; precondition !empty()
    T &back() { return (*this)[m_items.size() - 1]; }
    const T &front() const { return (*this)[0]; } // oldest; precondition !empty()

    // Forgets the items; the storage is kept for the next ones.
    void clear()
    {
        m_items.clear();
        m_start = 0;
    }
    // Bytes of storage held now (at most capacity × sizeof(T)).
    std::size_t memoryBytes() const { return m_items.capacity() * sizeof(T); }

private:
    std::vector<T> m_items;
    std::size_t m_capacity = 0;
    std::size_t m_start = 0; // index of the oldest item once the ring is full; 0 while filling
    unsigned long long m_pushed = 0;
};

} // namespace virtuoso
