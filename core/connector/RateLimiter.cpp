#include "connector/RateLimiter.h"

#include <algorithm>

namespace virtuoso::exchange {

namespace {
constexpr qint64 kWindowMs = 5000;
} // namespace

RateLimitHeaders readRateLimitHeaders(const QByteArray &limit, const QByteArray &status, const QByteArray &reset)
{
    RateLimitHeaders h;
    bool ok = false;
    if (const int v = limit.trimmed().toInt(&ok); ok && v >= 0)
        h.limit = v;
    if (const int v = status.trimmed().toInt(&ok); ok && v >= 0)
        h.remaining = v;
    if (const qint64 v = reset.trimmed().toLongLong(&ok); ok && v > 0)
        h.resetEpochMs = v < 100'000'000'000LL ? v * 1000 : v; // some gateways send seconds
    return h;
}

RateLimiter::RateLimiter(Settings settings)
    : m_settings(settings)
{
    m_settings.ipLimitPer5s = std::max(1, m_settings.ipLimitPer5s);
}

void RateLimiter::expire(qint64 nowMs)
{
    while (!m_window.empty() && nowMs - m_window.front() >= kWindowMs)
        m_window.pop_front();
}

int RateLimiter::inWindow(qint64 nowMs)
{
    expire(nowMs);
    return static_cast<int>(m_window.size());
}

qint64 RateLimiter::acquire(const QString &endpoint, qint64 nowMs)
{
    if (nowMs < m_banUntilMs)
        return m_banUntilMs - nowMs;
    qint64 wait = 0;
    const auto it = m_buckets.find(endpoint.toStdString());
    if (it != m_buckets.end()) {
        Bucket &b = it->second;
        if (nowMs < b.blockedUntilMs)
            wait = std::max(wait, b.blockedUntilMs - nowMs);
        if (b.remaining == 0 && nowMs < b.resetAtMs)
            wait = std::max(wait, b.resetAtMs - nowMs);
    }
    expire(nowMs);
    if (static_cast<int>(m_window.size()) >= m_settings.ipLimitPer5s)
        wait = std::max(wait, m_window.front() + kWindowMs - nowMs);
    if (wait > 0)
        return wait;
    m_window.push_back(nowMs);
    if (it != m_buckets.end() && it->second.remaining > 0)
        --it->second.remaining; // our own estimate until the next reply corrects it
    return 0;
}

RateVerdict RateLimiter::onReply(const QString &endpoint, int httpStatus, int retCode, const RateLimitHeaders &h,
                                 qint64 nowMs, qint64 nowEpochMs)
{
    if (httpStatus == 403) {
        m_banUntilMs = nowMs + m_settings.banPauseMs;
        return RateVerdict::Banned;
    }
    Bucket &b = m_buckets[endpoint.toStdString()];
    const qint64 resetAt = h.resetEpochMs ? nowMs + std::max<qint64>(0, *h.resetEpochMs - nowEpochMs) : 0;
    if (h.remaining) {
        b.remaining = *h.remaining;
        b.resetAtMs = resetAt ? resetAt : nowMs + 1000; // Bybit's endpoint windows are one second
    }
    if (retCode == 10006 || httpStatus == 429) {
        ++b.limitedStrikes;
        if (resetAt > nowMs) {
            b.blockedUntilMs = resetAt;
        } else {
            const int shift = std::min(b.limitedStrikes - 1, 20);
            b.blockedUntilMs =
                nowMs + std::min(m_settings.limitedBackoffMaxMs, m_settings.limitedBackoffInitialMs << shift);
        }
        return RateVerdict::RateLimited;
    }
    b.limitedStrikes = 0;
    return RateVerdict::Ok;
}

} // namespace virtuoso::exchange
