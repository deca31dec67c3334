#pragma once

#include <cstddef>
#include <vector>

namespace virtuoso::market {

// A ring of the last `capacity` items: push never allocates after construction and memory stays
// fixed however long the process runs. Index 0 is the oldest item kept.
template<typename T>
class FixedRing
{
public:
    explicit FixedRing(std::size_t capacity = 0)
        : m_items(capacity)
    {}

    void push(const T &item)
    {
        if (m_items.empty())
            return;
        m_items[(m_start + m_size) % m_items.size()] = item;
        if (m_size < m_items.size())
            ++m_size;
        else
            m_start = (m_start + 1) % m_items.size();
        ++m_pushed;
    }

    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_items.size(); }
    bool empty() const { return m_size == 0; }
    bool full() const { return m_size == m_items.size(); }
    // Items ever pushed (including those since overwritten).
    unsigned long long pushedCount() const { return m_pushed; }

    const T &operator[](std::size_t i) const { return m_items[(m_start + i) % m_items.size()]; }
    T &operator[](std::size_t i) { return m_items[(m_start + i) % m_items.size()]; }
    const T &back() const { return (*this)[m_size - 1]; } // newest; precondition !empty()
    T &back() { return (*this)[m_size - 1]; }
    const T &front() const { return (*this)[0]; } // oldest; precondition !empty()

    void clear()
    {
        m_start = 0;
        m_size = 0;
    }
    std::size_t memoryBytes() const { return m_items.capacity() * sizeof(T); }

private:
    std::vector<T> m_items;
    std::size_t m_start = 0;
    std::size_t m_size = 0;
    unsigned long long m_pushed = 0;
};

} // namespace virtuoso::market
