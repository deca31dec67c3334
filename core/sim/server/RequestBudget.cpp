#include "sim/server/RequestBudget.h"

#include "base/Clock.h"

namespace virtuoso::sim {

RequestBudget::RequestBudget(const Clock &clock, int limit, qint64 windowMs)
    : m_clock(clock)
    , m_limit(limit)
    , m_windowMs(windowMs)
{}

RequestBudget::Decision RequestBudget::take(const QString &ip)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_windows.size() > 10'000) {
        // Forget finished windows so that many distinct peers cannot grow this without bound.
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = now - it->startMonoMs >= m_windowMs ? m_windows.erase(it) : std::next(it);
    }
    Window &w = m_windows[ip];
    if (w.used == 0 || now - w.startMonoMs >= m_windowMs) {
        w.startMonoMs = now;
        w.used = 0;
    }
    Decision d;
    d.limit = m_limit;
    d.resetEpochMs = m_clock.epochMs() + (w.startMonoMs + m_windowMs - now);
    if (w.used >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        return d;
    }
    ++w.used;
    d.remaining = m_limit - w.used;
    return d;
}

} // namespace virtuoso::sim
