#include "connector/ConnectionPacer.h"

#include <algorithm>

namespace virtuoso::exchange {

ConnectionPacer::ConnectionPacer(qint64 spacingMs)
    : m_spacingMs(std::max<qint64>(0, spacingMs))
    , m_lastSlotMs(0)
{}

qint64 ConnectionPacer::reserve(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    const qint64 slot = m_used ? std::max(nowMs, m_lastSlotMs + m_spacingMs) : nowMs;
    m_lastSlotMs = slot;
    m_used = true;
    return slot;
}

} // namespace virtuoso::exchange
