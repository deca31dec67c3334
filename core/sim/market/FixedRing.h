#pragma once

#include <cstddef>
#include <vector>

namespace virtuoso::sim {

// A ring of the newest `capacity` items: pushing past capacity overwrites the oldest, so a
// long-running market keeps a constant memory footprint.
template<typename T>
class FixedRing
{
public:
    explicit FixedRing(std::size_t capacity = 1)
        : m_capacity(capacity == 0 ? 1 : capacity)
    {}

    // Allocates the whole ring at once: a long run holds exactly this much, never more.
    void setCapacity(std::size_t capacity)
    {
        m_capacity = capacity == 0 ? 1 : capacity;
        clear();
        m_items.shrink_to_fit();
        m_items.reserve(m_capacity);
    }
    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    void clear()
    {
        m_items.clear();
        m_head = 0;
    }

    void push(const T &item)
    {
        if (m_items.size() < m_capacity) {
            m_items.push_back(item);
            return;
        }
        m_items[m_head] = item;
        m_head = (m_head + 1) % m_capacity;
    }

    // 0 = oldest.
    const T &operator[](std::size_t index) const { return m_items[(m_head + index) % m_items.size()]; }
    T &operator[](std::size_t index) { return m_items[(m_head + index) % m_items.size()]; }
    const T &newest() const { return (*this)[m_items.size() - 1]; }
    T &newest() { return (*this)[m_items.size() - 1]; }

private:
    std::size_t m_capacity;
    std::size_t m_head = 0; // index of the oldest item once full
    std::vector<T> m_items;
};

} // namespace virtuoso::sim
