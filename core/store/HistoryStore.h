#pragma once

#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace virtuoso {
class Clock;
class Config;
class WorkerThread;
} // namespace virtuoso

namespace virtuoso::store {

class HistoryWriter;
using health::ConnectionState;
using health::TimeoutEntry;
using health::WarningAggregate;

struct HistoryStoreOptions
{
    QString path;                        // store.path (resolved; see defaultHistoryPath())
    int retentionDays = 14;              // store.retention_days
    int flushIntervalMs = 500;           // store.flush_interval_ms
    qint64 retentionCheckMs = 3'600'000; // how often old rows are deleted while running

    // From the [store] keys; an empty store.path becomes defaultHistoryPath().
    static HistoryStoreOptions fromConfig(const Config &config);
};

// A warning aggregate as it stood at `ts` (written once per summary interval).
struct StoredWarning
{
    qint64 ts = 0;
    QByteArray code;
    QString severity;
    QString key; // the key fields, "SYMBOL=BTCUSDT CONN_ID=conn_1"
    qint64 count = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QString templateText;
    QString lastMessage;
};

// The confluence score of one symbol for one minute (the last value seen in that minute).
struct SignalPoint
{
    qint64 minuteMs = 0;
    QString symbol;
    double score = 0;
};

struct StateChange
{
    qint64 ts = 0;
    QString connId;
    QString from;
    QString to;
    QString reason;
};

// Time range [sinceMs, untilMs) with optional filters; empty filters match everything. With a
// limit, the newest `limit` rows are returned (still oldest first).
struct HistoryQuery
{
    qint64 sinceMs = 0;
    qint64 untilMs = 0; // 0 = no upper bound
    QString kind;       // timeouts: CONNECT_TIMEOUT, ...; warnings: the code
    QString connId;
    QString symbol;
    int limit = 0;
};

// The SQLite history (WAL) of timeouts, warnings, signals and connection states. Writes are queued
// in memory and committed in batches on the store's own thread every flush interval; queries run
// there too. A database that cannot be opened leaves the store unavailable with an error an
// operator can act on; the program keeps running and recording calls are dropped (and counted).
class HistoryStore
{
public:
    HistoryStore(const Clock &clock, HistoryStoreOptions options);
    ~HistoryStore(); // commits what is queued, then stops the thread

    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (creating or migrating) the database; false with `error` set when history is unavailable.
    bool open(QString *error = nullptr);
    bool isAvailable() const { return m_available.load(std::memory_order_acquire); }
    QString lastError() const;

    // Cheap and thread-safe: they only queue.
    void recordTimeout(const TimeoutEntry &entry);
    // Queues every journal entry newer than `afterId`; returns the id to pass next time. A periodic
    // call (e.g. each flush interval) persists the journal without touching its hot path.
    quint64 recordTimeoutsAfter(const health::TimeoutJournal &journal, quint64 afterId);
    void recordWarnings(const std::vector<WarningAggregate> &aggregates, qint64 ts);
    void recordSignal(const QString &symbol, qint64 epochMs, double score);
    void recordStateChange(const QString &connId, ConnectionState from, ConnectionState to, const QString &reason,
                           qint64 ts);

    // Commits what is queued now; false when the commit failed (the rows stay queued).
    bool flush();
    // Deletes rows older than the retention; returns how many went.
    int applyRetention();

    quint64 committedRows() const { return m_committed.load(std::memory_order_acquire); }
    quint64 droppedRows() const { return m_dropped.load(std::memory_order_relaxed); }
    int pendingRows() const;

    std::vector<TimeoutEntry> timeouts(const HistoryQuery &query) const;
    std::vector<StoredWarning> warnings(const HistoryQuery &query) const;
    std::vector<SignalPoint> signalHistory(const HistoryQuery &query) const;
    std::vector<StateChange> stateChanges(const HistoryQuery &query) const;

    // $STATE_DIRECTORY/history.db under systemd, else $XDG_STATE_HOME/virtuoso/history.db, else
    // ~/.local/state/virtuoso/history.db.
    static QString defaultHistoryPath();
    static constexpr int SchemaVersion = 1;

private:
    friend class HistoryWriter;
    struct Pending;

    template<typename F>
    auto onStoreThread(F &&f) const;

    const Clock &m_clock;
    HistoryStoreOptions m_options;
    std::unique_ptr<WorkerThread> m_thread;
    HistoryWriter *m_writer = nullptr; // lives on m_thread
    std::atomic<bool> m_available{false};
    std::atomic<quint64> m_committed{0};
    std::atomic<quint64> m_dropped{0};
    mutable std::mutex m_mutex;
    std::unique_ptr<Pending> m_pending;
    QString m_error;
};

} // namespace virtuoso::store
