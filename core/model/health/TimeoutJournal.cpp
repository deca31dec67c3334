#include "model/health/TimeoutJournal.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "model/health/MetricsRegistry.h"

#include <algorithm>
#include <array>

namespace virtuoso::health {

namespace {

struct KindInfo
{
    TimeoutKind kind;
    const char *name;
    log::Level level;
};

// A rate limit or a slow handler is worth a warning; a ban-like failure to recover is an error.
constexpr std::array<KindInfo, 10> kKinds{{
    {TimeoutKind::ConnectTimeout, "CONNECT_TIMEOUT", log::Level::Warning},
    {TimeoutKind::PongTimeout, "PONG_TIMEOUT", log::Level::Warning},
    {TimeoutKind::StaleStream, "STALE_STREAM", log::Level::Warning},
    {TimeoutKind::HandlerSlow, "HANDLER_SLOW", log::Level::Warning},
    {TimeoutKind::RestTimeout, "REST_TIMEOUT", log::Level::Warning},
    {TimeoutKind::RateLimited, "RATE_LIMITED", log::Level::Warning},
    {TimeoutKind::ProbeFailed, "PROBE_FAILED", log::Level::Error},
    {TimeoutKind::ReconnectFailed, "RECONNECT_FAILED", log::Level::Warning},
    {TimeoutKind::BulkFetchPartial, "BULK_FETCH_PARTIAL", log::Level::Warning},
    {TimeoutKind::BookResync, "BOOK_RESYNC", log::Level::Notice},
}};

const KindInfo &info(TimeoutKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[0];
}

bool matches(const TimeoutEntry &e, const TimeoutQuery &q)
{
    if (e.ts < q.sinceMs || (q.untilMs > 0 && e.ts >= q.untilMs) || e.id <= q.afterId)
        return false;
    if (q.kind && e.kind != *q.kind)
        return false;
    if (!q.connId.isEmpty() && e.connId != q.connId)
        return false;
    return q.symbol.isEmpty() || e.symbol == q.symbol;
}

} // namespace

const char *timeoutKindName(TimeoutKind kind)
{
    return info(kind).name;
}

std::optional<TimeoutKind> parseTimeoutKind(const QString &name)
{
    for (const auto &k : kKinds)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

TimeoutJournal::TimeoutJournal(const Clock &clock, int capacity)
    : m_clock(clock)
    , m_capacity(std::max(1, capacity))
{
    m_ring.reserve(static_cast<size_t>(m_capacity));
}

quint64 TimeoutJournal::record(TimeoutKind kind, const QString &connId, const QString &topic, const QString &symbol,
                               qint64 durationMs, const QString &detail)
{
    TimeoutEntry e;
    e.kind = kind;
    e.connId = connId;
    e.topic = topic;
    e.symbol = symbol;
    e.durationMs = durationMs;
    e.detail = detail;
    return record(std::move(e));
}

quint64 TimeoutJournal::record(TimeoutEntry entry)
{
    if (entry.ts == 0)
        entry.ts = m_clock.epochMs();
    const KindInfo &k = info(entry.kind);
    {
        // Logged outside the ring lock's critical path would reorder entries; the log is cheap enough.
        log::Record rec(k.level, "health", k.name);
        if (!entry.connId.isEmpty())
            rec.conn(entry.connId);
        if (!entry.topic.isEmpty())
            rec.topic(entry.topic);
        if (!entry.symbol.isEmpty())
            rec.symbol(entry.symbol);
        rec.field("DURATION_MS", QString::number(entry.durationMs));
        rec << k.name << ": " << entry.detail;
        if (entry.durationMs > 0)
            rec << " (" << entry.durationMs << " ms)";
    }
    if (Counter *counter = m_kindCounters[static_cast<size_t>(entry.kind)].load(std::memory_order_acquire))
        counter->inc();
    std::lock_guard lock(m_mutex);
    entry.id = m_nextId++;
    const quint64 id = entry.id;
    if (m_ring.size() < static_cast<size_t>(m_capacity)) {
        m_ring.push_back(std::move(entry));
    } else {
        m_ring[m_head] = std::move(entry);
        m_head = (m_head + 1) % m_ring.size();
    }
    return id;
}

std::vector<TimeoutEntry> TimeoutJournal::query(const TimeoutQuery &q) const
{
    std::vector<TimeoutEntry> out;
    std::lock_guard lock(m_mutex);
    const size_t n = m_ring.size();
    for (size_t i = 0; i < n; ++i) {
        const TimeoutEntry &e = m_ring[(m_head + i) % n]; // oldest first
        if (matches(e, q))
            out.push_back(e);
    }
    if (q.limit > 0 && out.size() > static_cast<size_t>(q.limit))
        out.erase(out.begin(), out.end() - q.limit);
    return out;
}

std::vector<TimeoutEntry> TimeoutJournal::tail(int count) const
{
    TimeoutQuery q;
    q.limit = std::max(1, count);
    return query(q);
}

int TimeoutJournal::count(TimeoutKind kind) const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(std::count_if(m_ring.begin(), m_ring.end(), [&](const auto &e) { return e.kind == kind; }));
}

std::optional<qint64> TimeoutJournal::oldestTs() const
{
    std::lock_guard lock(m_mutex);
    if (m_ring.empty())
        return std::nullopt;
    return m_ring[m_ring.size() < static_cast<size_t>(m_capacity) ? 0 : m_head].ts;
}

void TimeoutJournal::attachMetrics(MetricsRegistry *registry)
{
    for (const KindInfo &k : kKinds) {
        Counter *counter =
            registry ? &registry->counter(metric::TimeoutsTotal, {{"kind", QString::fromLatin1(k.name)}}) : nullptr;
        m_kindCounters[static_cast<size_t>(k.kind)].store(counter, std::memory_order_release);
    }
}

quint64 TimeoutJournal::lastId() const
{
    std::lock_guard lock(m_mutex);
    return m_nextId - 1;
}

} // namespace virtuoso::health
