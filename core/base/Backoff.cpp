#include "base/Backoff.h"

#include <algorithm>

namespace virtuoso::exchange {

Backoff::Backoff(Settings settings, quint64 seed)
    : m_settings(settings)
    , m_rng(seed)
{
    m_settings.initialMs = std::max<qint64>(1, m_settings.initialMs);
    m_settings.maxMs = std::max(m_settings.initialMs, m_settings.maxMs);
}

qint64 Backoff::ceilingMs() const
{
    // Doubling stops before it overflows: 2^20 · 1 ms already exceeds any sane cap.
    const int shift = std::min(m_attempt, 30);
    const qint64 grown = m_settings.initialMs << shift;
    return std::min(m_settings.maxMs, grown);
}

qint64 Backoff::nextDelayMs(qint64 nowMs)
{
    forgetIfStable(nowMs);
    m_connectedSinceMs = -1;
    const qint64 ceiling = ceilingMs();
    ++m_attempt;
    std::uniform_int_distribution<qint64> jitter(0, ceiling);
    return jitter(m_rng);
}

void Backoff::markConnected(qint64 nowMs)
{
    if (m_connectedSinceMs < 0)
        m_connectedSinceMs = nowMs;
}

void Backoff::markDisconnected()
{
    m_connectedSinceMs = -1;
}

void Backoff::forgetIfStable(qint64 nowMs)
{
    if (m_connectedSinceMs >= 0 && nowMs - m_connectedSinceMs >= m_settings.resetAfterMs)
        m_attempt = 0;
}

void Backoff::reset()
{
    m_attempt = 0;
    m_connectedSinceMs = -1;
}

} // namespace virtuoso::exchange
