#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <optional>
#include <unordered_map>

namespace virtuoso::exchange {

// The rate-limit headers of one Bybit reply (absent ones stay empty).
struct RateLimitHeaders
{
    std::optional<int> limit;           // X-Bapi-Limit: requests allowed per window for this endpoint
    std::optional<int> remaining;       // X-Bapi-Limit-Status: requests left in the window
    std::optional<qint64> resetEpochMs; // X-Bapi-Limit-Reset-Timestamp
};

// What the limiter concluded about one reply.
enum class RateVerdict {
    Ok,
    RateLimited, // retCode 10006 or HTTP 429: this endpoint waits
    Banned,      // HTTP 403: all REST stops for the ban pause
};

// One limiter for every REST request of the process: the IP budget (a sliding 5 s window), per-endpoint
// buckets tightened from X-Bapi-Limit* headers, 10006 waits (until the reset header, or a growing
// backoff when it is missing), and the HTTP 403 ban pause. Pure logic: time is passed in (monotonic
// ms for scheduling, epoch ms to read the reset header). One thread.
class RateLimiter
{
public:
    struct Settings
    {
        int ipLimitPer5s = 500;
        qint64 banPauseMs = 600'000;
        qint64 limitedBackoffInitialMs = 1000; // 10006 without a reset header
        qint64 limitedBackoffMaxMs = 30'000;
    };

    explicit RateLimiter(Settings settings);

    // Milliseconds until a request to `endpoint` may go; 0 means it may go now and was counted.
    qint64 acquire(const QString &endpoint, qint64 nowMs);
    // Reads a reply. `retCode` is the envelope's retCode (0 when not parsed).
    RateVerdict onReply(const QString &endpoint, int httpStatus, int retCode, const RateLimitHeaders &headers,
                        qint64 nowMs, qint64 nowEpochMs);

    bool banned(qint64 nowMs) const { return nowMs < m_banUntilMs; }
    qint64 banUntilMs() const { return m_banUntilMs; }
    // Requests counted in the current 5 s window.
    int inWindow(qint64 nowMs);
    const Settings &settings() const { return m_settings; }

private:
    struct Bucket
    {
        int remaining = -1;        // -1: unknown (no header yet)
        qint64 resetAtMs = 0;      // monotonic
        qint64 blockedUntilMs = 0; // after 10006
        int limitedStrikes = 0;
    };
    void expire(qint64 nowMs);

    Settings m_settings;
    std::deque<qint64> m_window; // send times within the last 5 s
    std::unordered_map<std::string, Bucket> m_buckets;
    qint64 m_banUntilMs = 0;
};

RateLimitHeaders readRateLimitHeaders(const QByteArray &limit, const QByteArray &status, const QByteArray &reset);

} // namespace virtuoso::exchange
