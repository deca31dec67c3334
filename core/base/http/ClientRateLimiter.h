#pragma once

#include <QHash>
#include <QHostAddress>

namespace virtuoso {
class Clock;
}

namespace virtuoso::api {

// Per-client token bucket: `ratePerSecond` requests per second with a burst of the same size.
// A refused request learns how long to wait (Retry-After). A client is an IPv4 address or an
// IPv6 /64 (clientKey). Idle clients are forgotten so a scan over many source addresses cannot
// grow the table without bound, and a full table forgets its least recent client rather than
// refusing newcomers.
class ClientRateLimiter
{
public:
    ClientRateLimiter(const Clock &clock, int ratePerSecond, int maxClients = 4096);

    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused: until one request is allowed again
    };
    Decision admit(const QHostAddress &client);

    int trackedClients() const { return static_cast<int>(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastRefillNs = 0;
    };
    void forgetIdle(qint64 nowNs);
    void evictLeastRecent();

    const Clock &m_clock;
    double m_rate;
    double m_burst;
    int m_maxClients;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace virtuoso::api
