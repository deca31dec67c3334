#include "store/HistoryStore.h"

#include "base/Clock.h"
#include "base/QueuedCall.h"
#include "base/WorkerThread.h"
#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"
#include "base/logging/Log.h"
#include "store/HistorySchema.h"
#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace virtuoso::store {

namespace {

// Beyond this many queued rows (a stuck disk), new rows are dropped and counted rather than
// letting memory grow without bound.
constexpr int MaxPendingRows = 200'000;
constexpr qint64 DayMs = 86'400'000;

std::atomic<int> g_connectionSerial{0};

QString keyText(const std::vector<log::Field> &fields)
{
    QStringList parts;
    for (const log::Field &f : fields)
        parts << QString::fromLatin1(f.name) + QLatin1Char('=') + f.value;
    return parts.join(QLatin1Char(' '));
}

// Builds "WHERE ts >= ? AND ..." and binds in the same order.
struct Where
{
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariant &value)
    {
        sql += sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        sql += condition;
        values << value;
    }
};

Where rangeWhere(const HistoryQuery &q, const QString &tsColumn)
{
    Where w;
    w.add(tsColumn + QStringLiteral(" >= ?"), q.sinceMs);
    if (q.untilMs > 0)
        w.add(tsColumn + QStringLiteral(" < ?"), q.untilMs);
    return w;
}

// Runs `select` with the filter, newest first (`newestFirst` is the ORDER BY) up to the query's
// limit, maps each row with `row` and returns the rows oldest first.
template<typename T, typename Row>
std::vector<T> selectRows(QSqlDatabase &db, const QString &select, const Where &where, const QString &newestFirst,
                          int limit, Row row)
{
    QString sql = select + where.sql + QStringLiteral(" ORDER BY ") + newestFirst;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    std::vector<T> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(row(q));
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

struct HistoryStore::Pending
{
    std::vector<TimeoutEntry> timeouts;
    std::vector<StoredWarning> warnings;
    std::vector<SignalPoint> signalPoints;
    std::vector<StateChange> states;

    int size() const
    {
        return static_cast<int>(timeouts.size() + warnings.size() + signalPoints.size() + states.size());
    }
    template<typename T>
    static void prepend(std::vector<T> &into, std::vector<T> &&older)
    {
        older.insert(older.end(), std::make_move_iterator(into.begin()), std::make_move_iterator(into.end()));
        into = std::move(older);
    }
};

// Owns the SQLite connection; lives on the store thread, as QtSql requires.
class HistoryWriter : public QObject
{
public:
    explicit HistoryWriter(HistoryStore &store)
        : m_store(store)
        , m_connectionName(QStringLiteral("virtuoso-history-%1").arg(g_connectionSerial.fetch_add(1)))
    {}

    ~HistoryWriter() override
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    bool open(QString *error)
    {
        const HistoryStoreOptions &o = m_store.m_options;
        const QString cannotUse = QStringLiteral("history database %1 cannot be used: %2; running without history "
                                                 "(fix the file or its directory, or set store.path)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed (Debian package "
                                    "libqt6sql6-sqlite); running without history");
            return false;
        }
        const QFileInfo info(o.path);
        if (!makePrivateDirectories(info.absolutePath())) {
            *error = cannotUse.arg(o.path, QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
            return false;
        }
        if (!makePrivateFile(o.path)) {
            *error = cannotUse.arg(o.path, QStringLiteral("cannot create it with mode 0600: %1")
                                               .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(o.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open()) {
            *error = cannotUse.arg(o.path, m_db.lastError().text());
            return false;
        }
        QSqlQuery q(m_db);
        // WAL: readers never block the writer, and a killed process loses at most the open batch.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            const QString why = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("WAL mode refused");
            *error = cannotUse.arg(o.path, why);
            return false;
        }
        // NORMAL in WAL mode survives a process crash; only a power loss may drop the last commits.
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QString migrateError;
        if (!migrateHistorySchema(m_db, HistoryStore::SchemaVersion, &migrateError)) {
            *error = cannotUse.arg(o.path, migrateError);
            return false;
        }
        prepareStatements();

        m_flushTimer = new QTimer(this);
        m_flushTimer->setInterval(o.flushIntervalMs);
        connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
        m_flushTimer->start();
        m_retentionTimer = new QTimer(this);
        m_retentionTimer->setInterval(static_cast<int>(std::min<qint64>(o.retentionCheckMs, 86'400'000)));
        connect(m_retentionTimer, &QTimer::timeout, this, [this] { retention(); });
        m_retentionTimer->start();
        retention();
        return true;
    }

    bool flush()
    {
        HistoryStore::Pending batch;
        {
            std::lock_guard lock(m_store.m_mutex);
            std::swap(batch, *m_store.m_pending);
        }
        const int rows = batch.size();
        if (rows == 0)
            return true;
        QString error;
        if (write(batch, &error)) {
            m_store.m_committed.fetch_add(static_cast<quint64>(rows), std::memory_order_acq_rel);
            m_failing = false;
            return true;
        }
        // Keep the rows for the next attempt, ahead of what arrived meanwhile.
        {
            std::lock_guard lock(m_store.m_mutex);
            HistoryStore::Pending &p = *m_store.m_pending;
            HistoryStore::Pending::prepend(p.timeouts, std::move(batch.timeouts));
            HistoryStore::Pending::prepend(p.warnings, std::move(batch.warnings));
            HistoryStore::Pending::prepend(p.signalPoints, std::move(batch.signalPoints));
            HistoryStore::Pending::prepend(p.states, std::move(batch.states));
        }
        if (!m_failing) { // once per failure streak, not once per flush
            VLOG(Error, "store", "STORE_WRITE_FAILED") << "history write failed, will retry: " << error;
        }
        m_failing = true;
        return false;
    }

    int retention()
    {
        const qint64 cutoff = m_store.m_clock.epochMs() - static_cast<qint64>(m_store.m_options.retentionDays) * DayMs;
        int deleted = 0;
        const std::pair<const char *, const char *> tables[] = {
            {"timeouts", "ts"}, {"warnings", "ts"}, {"signal_history", "minute"}, {"connection_states", "ts"}};
        for (const auto &[table, column] : tables) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 < ?").arg(QLatin1String(table), QLatin1String(column)));
            q.addBindValue(cutoff);
            if (q.exec())
                deleted += q.numRowsAffected();
        }
        return deleted;
    }

    QSqlDatabase &db() { return m_db; }

private:
    // A null QString binds as SQL NULL; COALESCE keeps optional text columns as ''.
    void prepareStatements()
    {
        m_insertTimeout = QSqlQuery(m_db);
        m_insertTimeout.prepare(
            QStringLiteral("INSERT INTO timeouts (ts, kind, conn_id, topic, symbol, duration_ms, "
                           "detail) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, "
                           "COALESCE(?, ''))"));
        m_insertWarning = QSqlQuery(m_db);
        m_insertWarning.prepare(
            QStringLiteral("INSERT INTO warnings (ts, code, severity, key, count, first_seen, "
                           "last_seen, template, last_message) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, "
                           "COALESCE(?, ''), COALESCE(?, ''))"));
        m_upsertSignal = QSqlQuery(m_db);
        m_upsertSignal.prepare(
            QStringLiteral("INSERT OR REPLACE INTO signal_history (symbol, minute, score) VALUES (?, ?, ?)"));
        m_insertState = QSqlQuery(m_db);
        m_insertState.prepare(
            QStringLiteral("INSERT INTO connection_states (ts, conn_id, from_state, to_state, reason) "
                           "VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''))"));
    }

    static bool exec(QSqlQuery &q, QString *error)
    {
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }

    bool write(const HistoryStore::Pending &batch, QString *error)
    {
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const TimeoutEntry &e : batch.timeouts) {
            if (!ok)
                break;
            m_insertTimeout.addBindValue(e.ts);
            m_insertTimeout.addBindValue(QString::fromLatin1(timeoutKindName(e.kind)));
            m_insertTimeout.addBindValue(e.connId);
            m_insertTimeout.addBindValue(e.topic);
            m_insertTimeout.addBindValue(e.symbol);
            m_insertTimeout.addBindValue(e.durationMs);
            m_insertTimeout.addBindValue(e.detail);
            ok = exec(m_insertTimeout, error);
        }
        for (const StoredWarning &w : batch.warnings) {
            if (!ok)
                break;
            m_insertWarning.addBindValue(w.ts);
            m_insertWarning.addBindValue(QString::fromLatin1(w.code));
            m_insertWarning.addBindValue(w.severity);
            m_insertWarning.addBindValue(w.key);
            m_insertWarning.addBindValue(w.count);
            m_insertWarning.addBindValue(w.firstSeenMs);
            m_insertWarning.addBindValue(w.lastSeenMs);
            m_insertWarning.addBindValue(w.templateText);
            m_insertWarning.addBindValue(w.lastMessage);
            ok = exec(m_insertWarning, error);
        }
        for (const SignalPoint &s : batch.signalPoints) {
            if (!ok)
                break;
            m_upsertSignal.addBindValue(s.symbol);
            m_upsertSignal.addBindValue(s.minuteMs);
            m_upsertSignal.addBindValue(s.score);
            ok = exec(m_upsertSignal, error);
        }
        for (const StateChange &c : batch.states) {
            if (!ok)
                break;
            m_insertState.addBindValue(c.ts);
            m_insertState.addBindValue(c.connId);
            m_insertState.addBindValue(c.from);
            m_insertState.addBindValue(c.to);
            m_insertState.addBindValue(c.reason);
            ok = exec(m_insertState, error);
        }
        if (ok && m_db.commit())
            return true;
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }

    HistoryStore &m_store;
    QString m_connectionName;
    QSqlDatabase m_db;
    QSqlQuery m_insertTimeout;
    QSqlQuery m_insertWarning;
    QSqlQuery m_upsertSignal;
    QSqlQuery m_insertState;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retentionTimer = nullptr;
    bool m_failing = false;
};

HistoryStoreOptions HistoryStoreOptions::fromConfig(const Config &config)
{
    HistoryStoreOptions o;
    o.path = config.get(key::StorePath);
    if (o.path.isEmpty())
        o.path = HistoryStore::defaultHistoryPath();
    o.retentionDays = static_cast<int>(config.get(key::StoreRetentionDays));
    o.flushIntervalMs = static_cast<int>(config.get(key::StoreFlushIntervalMs));
    return o;
}

HistoryStore::HistoryStore(const Clock &clock, HistoryStoreOptions options)
    : m_clock(clock)
    , m_options(std::move(options))
    , m_pending(std::make_unique<Pending>())
{
    if (m_options.path.isEmpty())
        m_options.path = defaultHistoryPath();
}

HistoryStore::~HistoryStore()
{
    if (m_writer && m_thread && m_thread->isRunning()) {
        if (isAvailable())
            flush();
        // The statements and the connection must go on the thread that made them.
        HistoryWriter *writer = m_writer;
        callBlocking(writer, [writer] { delete writer; });
        m_writer = nullptr;
    }
    if (m_thread)
        m_thread->stop();
}

template<typename F>
auto HistoryStore::onStoreThread(F &&f) const
{
    if (!m_writer || QThread::currentThread() == m_writer->thread())
        return f();
    return callBlocking(m_writer, f);
}

bool HistoryStore::open(QString *error)
{
    if (m_thread)
        return isAvailable();
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("store"));
    m_writer = new HistoryWriter(*this);
    m_writer->moveToThread(m_thread->thread());
    m_thread->start(QThread::LowPriority);

    QString why;
    const bool ok = onStoreThread([this, &why] { return m_writer->open(&why); });
    {
        std::lock_guard lock(m_mutex);
        m_error = why;
    }
    m_available.store(ok, std::memory_order_release);
    if (!ok) {
        VLOG(Error, "store", "STORE_UNAVAILABLE") << why;
        HistoryWriter *writer = m_writer;
        callBlocking(writer, [writer] { delete writer; });
        m_writer = nullptr;
        m_thread->stop();
    }
    if (error)
        *error = why;
    return ok;
}

QString HistoryStore::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

int HistoryStore::pendingRows() const
{
    std::lock_guard lock(m_mutex);
    return m_pending->size();
}

void HistoryStore::recordTimeout(const TimeoutEntry &entry)
{
    std::lock_guard lock(m_mutex);
    if (!isAvailable() || m_pending->size() >= MaxPendingRows) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_pending->timeouts.push_back(entry);
}

quint64 HistoryStore::recordTimeoutsAfter(const health::TimeoutJournal &journal, quint64 afterId)
{
    health::TimeoutQuery query;
    query.afterId = afterId;
    quint64 last = afterId;
    for (const TimeoutEntry &e : journal.query(query)) {
        recordTimeout(e);
        last = std::max(last, e.id);
    }
    return last;
}

void HistoryStore::recordWarnings(const std::vector<WarningAggregate> &aggregates, qint64 ts)
{
    std::lock_guard lock(m_mutex);
    for (const WarningAggregate &a : aggregates) {
        if (!isAvailable() || m_pending->size() >= MaxPendingRows) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        m_pending->warnings.push_back(StoredWarning{ts, a.code, QString::fromLatin1(log::levelName(a.severity)),
                                                    keyText(a.keyFields), a.count, a.firstSeenMs, a.lastSeenMs,
                                                    a.templateText, a.lastMessage});
    }
}

void HistoryStore::recordSignal(const QString &symbol, qint64 epochMs, double score)
{
    std::lock_guard lock(m_mutex);
    if (!isAvailable() || m_pending->size() >= MaxPendingRows) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_pending->signalPoints.push_back(SignalPoint{epochMs - epochMs % 60'000, symbol, score});
}

void HistoryStore::recordStateChange(const QString &connId, ConnectionState from, ConnectionState to,
                                     const QString &reason, qint64 ts)
{
    std::lock_guard lock(m_mutex);
    if (!isAvailable() || m_pending->size() >= MaxPendingRows) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_pending->states.push_back(StateChange{ts, connId, QString::fromLatin1(connectionStateName(from)),
                                            QString::fromLatin1(connectionStateName(to)), reason});
}

bool HistoryStore::flush()
{
    if (!isAvailable())
        return false;
    return onStoreThread([this] { return m_writer->flush(); });
}

int HistoryStore::applyRetention()
{
    if (!isAvailable())
        return 0;
    return onStoreThread([this] { return m_writer->retention(); });
}

std::vector<TimeoutEntry> HistoryStore::timeouts(const HistoryQuery &query) const
{
    if (!isAvailable())
        return {};
    return onStoreThread([this, &query] {
        Where w = rangeWhere(query, QStringLiteral("ts"));
        if (!query.kind.isEmpty())
            w.add(QStringLiteral("kind = ?"), query.kind);
        if (!query.connId.isEmpty())
            w.add(QStringLiteral("conn_id = ?"), query.connId);
        if (!query.symbol.isEmpty())
            w.add(QStringLiteral("symbol = ?"), query.symbol);
        return selectRows<TimeoutEntry>(
            m_writer->db(),
            QStringLiteral("SELECT id, ts, kind, conn_id, topic, symbol, duration_ms, detail FROM timeouts"), w,
            QStringLiteral("ts DESC, id DESC"), query.limit, [](const QSqlQuery &q) {
                TimeoutEntry e;
                e.id = q.value(0).toULongLong();
                e.ts = q.value(1).toLongLong();
                e.kind = health::parseTimeoutKind(q.value(2).toString()).value_or(health::TimeoutKind::ConnectTimeout);
                e.connId = q.value(3).toString();
                e.topic = q.value(4).toString();
                e.symbol = q.value(5).toString();
                e.durationMs = q.value(6).toLongLong();
                e.detail = q.value(7).toString();
                return e;
            });
    });
}

std::vector<StoredWarning> HistoryStore::warnings(const HistoryQuery &query) const
{
    if (!isAvailable())
        return {};
    return onStoreThread([this, &query] {
        Where w = rangeWhere(query, QStringLiteral("ts"));
        if (!query.kind.isEmpty())
            w.add(QStringLiteral("code = ?"), query.kind);
        if (!query.connId.isEmpty())
            w.add(QStringLiteral("(' ' || key || ' ') LIKE ?"), QStringLiteral("% CONN_ID=%1 %").arg(query.connId));
        if (!query.symbol.isEmpty())
            w.add(QStringLiteral("(' ' || key || ' ') LIKE ?"), QStringLiteral("% SYMBOL=%1 %").arg(query.symbol));
        return selectRows<StoredWarning>(
            m_writer->db(),
            QStringLiteral("SELECT ts, code, severity, key, count, first_seen, last_seen, template, last_message "
                           "FROM warnings"),
            w, QStringLiteral("ts DESC, id DESC"), query.limit, [](const QSqlQuery &q) {
                return StoredWarning{q.value(0).toLongLong(), q.value(1).toString().toLatin1(),
                                     q.value(2).toString(),   q.value(3).toString(),
                                     q.value(4).toLongLong(), q.value(5).toLongLong(),
                                     q.value(6).toLongLong(), q.value(7).toString(),
                                     q.value(8).toString()};
            });
    });
}

std::vector<SignalPoint> HistoryStore::signalHistory(const HistoryQuery &query) const
{
    if (!isAvailable())
        return {};
    return onStoreThread([this, &query] {
        Where w = rangeWhere(query, QStringLiteral("minute"));
        if (!query.symbol.isEmpty())
            w.add(QStringLiteral("symbol = ?"), query.symbol);
        return selectRows<SignalPoint>(
            m_writer->db(), QStringLiteral("SELECT minute, symbol, score FROM signal_history"), w,
            QStringLiteral("minute DESC, symbol DESC"), query.limit, [](const QSqlQuery &q) {
                return SignalPoint{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble()};
            });
    });
}

std::vector<StateChange> HistoryStore::stateChanges(const HistoryQuery &query) const
{
    if (!isAvailable())
        return {};
    return onStoreThread([this, &query] {
        Where w = rangeWhere(query, QStringLiteral("ts"));
        if (!query.connId.isEmpty())
            w.add(QStringLiteral("conn_id = ?"), query.connId);
        return selectRows<StateChange>(
            m_writer->db(), QStringLiteral("SELECT ts, conn_id, from_state, to_state, reason FROM connection_states"),
            w, QStringLiteral("ts DESC, id DESC"), query.limit, [](const QSqlQuery &q) {
                return StateChange{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString()};
            });
    });
}

QString HistoryStore::defaultHistoryPath()
{
    const QString stateDir = qEnvironmentVariable("STATE_DIRECTORY").split(QLatin1Char(':')).value(0);
    if (!stateDir.isEmpty())
        return stateDir + QStringLiteral("/history.db");
    // The XDG base directory rule: a relative $XDG_STATE_HOME is invalid and ignored.
    const QString xdgState = qEnvironmentVariable("XDG_STATE_HOME");
    if (!xdgState.isEmpty() && QDir::isAbsolutePath(xdgState))
        return xdgState + QStringLiteral("/virtuoso/history.db");
    return QDir::homePath() + QStringLiteral("/.local/state/virtuoso/history.db");
}

} // namespace virtuoso::store
