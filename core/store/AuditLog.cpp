#include "store/AuditLog.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "store/HistoryStore.h"
#include "store/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

namespace virtuoso::store {

namespace {

// "VAUD" in the file's header (PRAGMA application_id): tells an audit log from another SQLite file.
constexpr qint64 AuditApplicationId = 0x56415544;

std::atomic<int> g_auditConnectionSerial{0};

const char *const FinalStatuses = "('Filled', 'Cancelled', 'Rejected')";

// The schema of version 1. Every text column is NOT NULL DEFAULT '' so filters compare plainly.
const char *const SchemaV1[] = {
    "CREATE TABLE audit (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, kind TEXT NOT NULL, "
    "venue TEXT NOT NULL DEFAULT '', symbol TEXT NOT NULL DEFAULT '', order_link_id TEXT NOT NULL DEFAULT '', "
    "order_id TEXT NOT NULL DEFAULT '', exec_id TEXT NOT NULL DEFAULT '', side TEXT NOT NULL DEFAULT '', "
    "price TEXT NOT NULL DEFAULT '', qty TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', "
    "rule TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', ret_code INTEGER, "
    "ret_msg TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '{}')",
    // Few indexes: each is one more page written per append. Kind and symbol filters read the
    // time index; the restart query has its own, holding intents only.
    "CREATE INDEX audit_ts ON audit (ts)",
    "CREATE INDEX audit_order_link ON audit (order_link_id, venue)",
    "CREATE INDEX audit_intents ON audit (venue, id) WHERE kind = 'intent'",
    // History is never rewritten, whatever the program (or a bug in it) asks for.
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted'); END",
};

const char *const Columns = "id, ts, kind, venue, symbol, order_link_id, order_id, exec_id, side, price, qty, "
                            "status, rule, message, ret_code, ret_msg, detail";

AuditRecord readRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.timeMs = q.value(1).toLongLong();
    r.kind = auditKindFromName(q.value(2).toString()).value_or(AuditKind::Note);
    r.venue = q.value(3).toString();
    r.symbol = q.value(4).toString();
    r.orderLinkId = q.value(5).toString();
    r.orderId = q.value(6).toString();
    r.execId = q.value(7).toString();
    r.side = q.value(8).toString();
    r.price = q.value(9).toString();
    r.qty = q.value(10).toString();
    r.status = q.value(11).toString();
    r.rule = q.value(12).toString();
    r.message = q.value(13).toString();
    if (!q.value(14).isNull())
        r.retCode = q.value(14).toInt();
    r.retMsg = q.value(15).toString();
    r.detail = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    return r;
}

// SQLite's own words ("file is not a database"), without Qt's "Unable to fetch row".
QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = errorText(q.lastError());
    return false;
}

} // namespace

AuditLog::AuditLog(const Clock &clock)
    : m_clock(clock)
{}

AuditLog::~AuditLog()
{
    close();
}

bool AuditLog::fail(const QString &error) const
{
    m_error = error;
    return false;
}

void AuditLog::close()
{
    m_open = false;
    m_insert = QSqlQuery();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool AuditLog::open(const QString &path, Options options)
{
    close();
    m_path = path;
    m_readOnly = options.readOnly;
    m_redactions = 0;
    m_error.clear();
    if (!openDatabase(path, options)) {
        if (!options.readOnly) { // a reader reports to its own user
            VLOG(Error, "store", "AUDIT_UNAVAILABLE") << m_error;
        }
        close();
        return false;
    }
    m_open = true;
    return true;
}

bool AuditLog::openDatabase(const QString &path, const Options &options)
{
    const QString cannotUse = QStringLiteral("the audit log %1 cannot be used: %2");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed (Debian package "
                                   "libqt6sql6-sqlite); there is no audit log"));
    const QFileInfo info(path);
    if (options.readOnly) {
        if (!info.exists())
            return fail(QStringLiteral("there is no audit log at %1").arg(path));
    } else {
        if (!makePrivateDirectories(info.absolutePath()))
            return fail(cannotUse.arg(path, QStringLiteral("cannot create directory %1").arg(info.absolutePath())));
        if (!makePrivateFile(path))
            return fail(cannotUse.arg(path, QStringLiteral("cannot create it with mode 0600: %1")
                                                .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    m_connectionName = QStringLiteral("virtuoso-audit-%1").arg(g_auditConnectionSerial.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options.readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(cannotUse.arg(path, errorText(m_db.lastError())));

    // The first read of the header: a file that is not SQLite at all fails here.
    const QString damaged = QStringLiteral("the audit log %1 is damaged or not an SQLite database (%2); move it "
                                           "aside and keep it for inspection — a new log is created in its place");
    QSqlQuery q(m_db);
    QString why;
    if (!exec(q, QStringLiteral("PRAGMA application_id"), &why) || !q.next())
        return fail(damaged.arg(path, why));
    const qint64 applicationId = q.value(0).toLongLong();
    if (!exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master"), &why) || !q.next())
        return fail(damaged.arg(path, why));
    const bool empty = q.value(0).toLongLong() == 0;
    if (!empty && applicationId != AuditApplicationId)
        return fail(QStringLiteral("%1 is an SQLite database but not an audit log; name another file").arg(path));
    if (empty && options.readOnly)
        return fail(QStringLiteral("%1 holds no audit log yet").arg(path));

    if (!options.readOnly) {
        // WAL: a reader (virtuoso audit) never blocks the trading thread's appends.
        if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), &why) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(cannotUse.arg(path, why.isEmpty() ? QStringLiteral("WAL mode refused") : why));
        // NORMAL in WAL: a commit is in the log file when the append returns, so it survives the
        // process; FULL also waits for the disk, so it survives a power loss.
        if (!exec(q,
                  options.syncEveryAppend ? QStringLiteral("PRAGMA synchronous=FULL")
                                          : QStringLiteral("PRAGMA synchronous=NORMAL"),
                  &why))
            return fail(cannotUse.arg(path, why));
        if (options.verifyOnOpen && !empty) {
            if (!exec(q, QStringLiteral("PRAGMA quick_check(1)"), &why) || !q.next())
                return fail(damaged.arg(path, why));
            const QString verdict = q.value(0).toString();
            if (verdict != QLatin1String("ok"))
                return fail(damaged.arg(path, verdict));
        }
    }

    int version = 0;
    if (!empty) {
        if (!exec(q, QStringLiteral("SELECT version FROM schema_version"), &why) || !q.next())
            return fail(damaged.arg(path, why.isEmpty() ? QStringLiteral("no schema version") : why));
        version = q.value(0).toInt();
    }
    if (version > SchemaVersion)
        return fail(QStringLiteral("the audit log %1 has schema version %2, newer than this program's %3; use a "
                                   "newer program, or move the file aside to start a new log")
                        .arg(path)
                        .arg(version)
                        .arg(SchemaVersion));
    if (version < 1 && !empty)
        return fail(damaged.arg(path, QStringLiteral("schema version %1").arg(version)));

    if (empty && !options.readOnly) {
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), &why))
            return fail(cannotUse.arg(path, why));
        bool ok = exec(q, QStringLiteral("PRAGMA application_id=%1").arg(AuditApplicationId), &why) &&
                  exec(q, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), &why) &&
                  exec(q, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion), &why);
        for (const char *sql : SchemaV1) {
            if (!ok)
                break;
            ok = exec(q, QString::fromLatin1(sql), &why);
        }
        if (!ok || !exec(q, QStringLiteral("COMMIT"), &why)) {
            QString ignored;
            exec(q, QStringLiteral("ROLLBACK"), &ignored);
            return fail(cannotUse.arg(path, why));
        }
    }

    if (!options.readOnly) {
        m_insert = QSqlQuery(m_db);
        if (!m_insert.prepare(QStringLiteral(
                "INSERT INTO audit (ts, kind, venue, symbol, order_link_id, order_id, exec_id, side, price, qty, "
                "status, rule, message, ret_code, ret_msg, detail) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
                "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?)")))
            return fail(cannotUse.arg(path, errorText(m_insert.lastError())));
    }
    return true;
}

bool AuditLog::append(AuditRecord &record)
{
    if (!m_open)
        return fail(QStringLiteral("the audit log is not open"));
    if (m_readOnly)
        return fail(QStringLiteral("the audit log %1 is open for reading only").arg(m_path));
    if (record.timeMs == 0)
        record.timeMs = m_clock.epochMs();
    if (record.venue.isEmpty())
        record.venue = m_venue;
    redact(record);

    m_insert.addBindValue(record.timeMs);
    m_insert.addBindValue(QString::fromLatin1(auditKindName(record.kind)));
    for (const QString *text :
         {&record.venue, &record.symbol, &record.orderLinkId, &record.orderId, &record.execId, &record.side,
          &record.price, &record.qty, &record.status, &record.rule, &record.message})
        m_insert.addBindValue(*text);
    m_insert.addBindValue(record.retCode ? QVariant(*record.retCode) : QVariant(QMetaType::fromType<int>()));
    m_insert.addBindValue(record.retMsg);
    m_insert.addBindValue(QString::fromUtf8(QJsonDocument(record.detail).toJson(QJsonDocument::Compact)));
    if (!m_insert.exec()) {
        const QString error =
            QStringLiteral("cannot append to the audit log %1: %2").arg(m_path, errorText(m_insert.lastError()));
        VLOG(Error, "store", "AUDIT_WRITE_FAILED") << error;
        return fail(error);
    }
    record.id = m_insert.lastInsertId().toLongLong();
    return true;
}

std::vector<AuditRecord> AuditLog::unfinishedIntents(const QString &venue) const
{
    std::vector<AuditRecord> out;
    if (!m_open) {
        fail(QStringLiteral("the audit log is not open"));
        return out;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM audit AS i WHERE i.kind = 'intent' AND i.venue = ? AND NOT EXISTS "
                             "(SELECT 1 FROM audit AS f WHERE f.order_link_id = i.order_link_id AND f.venue = i.venue "
                             "AND f.id > i.id AND f.status IN %2) ORDER BY i.id")
                  .arg(QLatin1String(Columns), QLatin1String(FinalStatuses)));
    q.addBindValue(venue);
    if (!q.exec()) {
        fail(QStringLiteral("cannot read the audit log %1: %2").arg(m_path, errorText(q.lastError())));
        return out;
    }
    while (q.next())
        out.push_back(readRow(q));
    // The venue's id of those it acknowledged (an ack or an order update with one): such an order
    // reached the venue, whatever a lookup finds later.
    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("SELECT order_id FROM audit WHERE order_link_id = ? AND venue = ? AND id > ? "
                               "AND order_id != '' ORDER BY id LIMIT 1"));
    for (AuditRecord &record : out) {
        ids.addBindValue(record.orderLinkId);
        ids.addBindValue(venue);
        ids.addBindValue(record.id);
        if (ids.exec() && ids.next())
            record.orderId = ids.value(0).toString();
        ids.finish();
    }
    return out;
}

AuditLog::KillSwitchState AuditLog::killSwitchState(const QString &venue) const
{
    KillSwitchState state;
    if (!m_open) {
        fail(QStringLiteral("the audit log is not open"));
        return state;
    }
    const QString kind = QString::fromLatin1(auditKindName(AuditKind::KillSwitch));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM audit WHERE kind = ? AND venue = ? AND status IN ('engaged', 'released') "
                             "ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(kind);
    q.addBindValue(venue);
    if (!q.exec()) {
        fail(QStringLiteral("cannot read the audit log %1: %2").arg(m_path, errorText(q.lastError())));
        return state;
    }
    if (!q.next() || q.value(QStringLiteral("status")).toString() != QLatin1String("engaged"))
        return state;
    state.engaged = true;
    state.engagedRow = readRow(q);
    // The run's end: "finished: …" or "finished_with_problems: …" after the engage.
    QSqlQuery end(m_db);
    end.prepare(QStringLiteral("SELECT %1 FROM audit WHERE kind = ? AND venue = ? AND id > ? AND message LIKE "
                               "'finished%' ORDER BY id LIMIT 1")
                    .arg(QLatin1String(Columns)));
    end.addBindValue(kind);
    end.addBindValue(venue);
    end.addBindValue(state.engagedRow.id);
    if (!end.exec()) {
        fail(QStringLiteral("cannot read the audit log %1: %2").arg(m_path, errorText(end.lastError())));
        return state;
    }
    if (end.next())
        state.finished = readRow(end);
    return state;
}

std::vector<AuditRecord> AuditLog::query(const AuditQuery &query) const
{
    std::vector<AuditRecord> out;
    if (!m_open) {
        fail(QStringLiteral("the audit log is not open"));
        return out;
    }
    QString where = QStringLiteral(" WHERE ts >= ?");
    QVariantList values{query.sinceMs};
    const auto add = [&](const char *condition, const QVariant &value) {
        where += QStringLiteral(" AND ") + QLatin1String(condition);
        values << value;
    };
    if (query.untilMs > 0)
        add("ts < ?", query.untilMs);
    if (query.kind)
        add("kind = ?", QString::fromLatin1(auditKindName(*query.kind)));
    if (!query.venue.isEmpty())
        add("venue = ?", query.venue);
    if (!query.symbol.isEmpty())
        add("symbol = ?", query.symbol);
    if (!query.orderLinkId.isEmpty())
        add("order_link_id = ?", query.orderLinkId);
    QString sql = QStringLiteral("SELECT %1 FROM audit").arg(QLatin1String(Columns)) + where +
                  QStringLiteral(" ORDER BY ts DESC, id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(QStringLiteral("cannot read the audit log %1: %2").arg(m_path, errorText(q.lastError())));
        return out;
    }
    while (q.next())
        out.push_back(readRow(q));
    if (q.lastError().isValid()) { // a damaged page met halfway
        fail(QStringLiteral("cannot read the audit log %1: %2").arg(m_path, errorText(q.lastError())));
        return {};
    }
    std::reverse(out.begin(), out.end());
    return out;
}

bool AuditLog::exportCsv(const AuditQuery &query, QIODevice &out) const
{
    m_error.clear();
    const std::vector<AuditRecord> rows = this->query(query);
    if (!m_error.isEmpty())
        return false;
    writeAuditCsv(rows, out);
    return true;
}

bool AuditLog::exportCsv(const AuditQuery &query, const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1: %2").arg(filePath, file.errorString()));
    if (!exportCsv(query, file))
        return false;
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot write %1: %2").arg(filePath, file.errorString()));
    return true;
}

QString AuditLog::defaultPath()
{
    return QFileInfo(HistoryStore::defaultHistoryPath()).absolutePath() + QStringLiteral("/trading-audit.sqlite");
}

} // namespace virtuoso::store
