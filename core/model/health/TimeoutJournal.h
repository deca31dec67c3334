#pragma once

#include <QString>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::health {

class Counter;
class MetricsRegistry;

// The kinds of timeout-journal entries (docs/api.md); names are a stable contract for scripts and the API.
enum class TimeoutKind {
    ConnectTimeout,
    PongTimeout,
    StaleStream,
    HandlerSlow,
    RestTimeout,
    RateLimited,
    ProbeFailed,
    ReconnectFailed,
    BulkFetchPartial,
    BookResync,
};

const char *timeoutKindName(TimeoutKind kind);
std::optional<TimeoutKind> parseTimeoutKind(const QString &name);

struct TimeoutEntry
{
    quint64 id = 0; // increasing; lets consumers ask for "everything after the last one I saw"
    qint64 ts = 0;  // epoch ms
    TimeoutKind kind = TimeoutKind::ConnectTimeout;
    QString connId;
    QString topic;
    QString symbol;
    qint64 durationMs = 0;
    QString detail;
};

struct TimeoutQuery
{
    qint64 sinceMs = 0; // inclusive, epoch ms
    qint64 untilMs = 0; // exclusive; 0 = no upper bound
    std::optional<TimeoutKind> kind;
    QString connId;      // empty = any
    QString symbol;      // empty = any
    quint64 afterId = 0; // only entries with id > afterId
    int limit = 0;       // 0 = all matching; otherwise the newest `limit`
};

// Every timeout and failure of the connector, in one bounded, thread-safe ring. Each entry is
// logged once, with a priority that matches how bad it is, when it is recorded.
class TimeoutJournal
{
public:
    explicit TimeoutJournal(const Clock &clock, int capacity = 4096);

    // Records an entry (ts is filled from the clock when 0) and returns its id.
    quint64 record(TimeoutEntry entry);
    quint64 record(TimeoutKind kind, const QString &connId, const QString &topic, const QString &symbol,
                   qint64 durationMs, const QString &detail);

    std::vector<TimeoutEntry> query(const TimeoutQuery &query) const;
    std::vector<TimeoutEntry> tail(int count) const;
    int count(TimeoutKind kind) const;
    quint64 lastId() const;
    int capacity() const { return m_capacity; }
    // Time of the oldest entry still held; nothing when the ring is empty. Older entries are only
    // in the history store (if any).
    std::optional<qint64> oldestTs() const;
    // Counts every recorded entry in virtuoso_timeouts_total{kind}; null detaches. The registry
    // must outlive the attachment.
    void attachMetrics(MetricsRegistry *registry);

private:
    const Clock &m_clock;
    const int m_capacity;
    mutable std::mutex m_mutex;
    std::vector<TimeoutEntry> m_ring; // circular once full
    size_t m_head = 0;                // next write position once full
    quint64 m_nextId = 1;
    std::array<std::atomic<Counter *>, 10> m_kindCounters{};
};

} // namespace virtuoso::health
