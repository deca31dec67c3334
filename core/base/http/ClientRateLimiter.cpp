#include "base/http/ClientRateLimiter.h"

#include "base/Clock.h"
#include "base/http/ClientAddress.h"

#include <cmath>

namespace virtuoso::api {

ClientRateLimiter::ClientRateLimiter(const Clock &clock, int ratePerSecond, int maxClients)
    : m_clock(clock)
    , m_rate(std::max(1, ratePerSecond))
    , m_burst(std::max(1, ratePerSecond))
    , m_maxClients(std::max(16, maxClients))
{}

void ClientRateLimiter::forgetIdle(qint64 nowNs)
{
    // A bucket that has refilled completely carries no information.
    const double fullAfterNs = m_burst / m_rate * 1e9;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (static_cast<double>(nowNs - it->lastRefillNs) >= fullAfterNs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

void ClientRateLimiter::evictLeastRecent()
{
    auto oldest = m_buckets.end();
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (oldest == m_buckets.end() || it->lastRefillNs < oldest->lastRefillNs)
            oldest = it;
    }
    if (oldest != m_buckets.end())
        m_buckets.erase(oldest);
}

ClientRateLimiter::Decision ClientRateLimiter::admit(const QHostAddress &client)
{
    const qint64 now = m_clock.monotonicNs();
    if (m_buckets.size() >= m_maxClients)
        forgetIdle(now);

    const QHostAddress key = clientKey(client);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // A table full of active clients makes room by forgetting the one that asked longest ago:
        // a newcomer is never refused for what other addresses did.
        if (m_buckets.size() >= m_maxClients)
            evictLeastRecent();
        it = m_buckets.insert(key, Bucket{m_burst, now});
    }
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + static_cast<double>(now - b.lastRefillNs) * 1e-9 * m_rate);
    b.lastRefillNs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return {};
    }
    const double waitS = (1.0 - b.tokens) / m_rate;
    return {false, std::max<qint64>(1, static_cast<qint64>(std::ceil(waitS * 1000.0)))};
}

} // namespace virtuoso::api
