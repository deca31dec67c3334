#pragma once

#include <QtGlobal>

#include <mutex>

namespace virtuoso::exchange {

// Process-wide spacing of new connections (Bybit allows 500 per 5 minutes per IP): each caller
// reserves the next free slot, at least `spacingMs` after the previous one. Thread-safe, so every
// network thread shares one pacer.
class ConnectionPacer
{
public:
    explicit ConnectionPacer(qint64 spacingMs = 600);

    // Reserves a slot at or after `nowMs` (monotonic); returns the time at which the caller may connect.
    qint64 reserve(qint64 nowMs);
    qint64 spacingMs() const { return m_spacingMs; }

private:
    const qint64 m_spacingMs;
    std::mutex m_mutex;
    qint64 m_lastSlotMs;
    bool m_used = false;
};

} // namespace virtuoso::exchange
