#include "store/AlertJournal.h"

#include "store/HistoryStore.h"
#include "store/SqliteFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <QDateTime>

namespace virtuoso::store {

namespace {

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS alerts (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, source TEXT NOT NULL, "
    "severity INTEGER NOT NULL, key TEXT NOT NULL, symbol TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, "
    "rule TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '[]', value REAL NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS alerts_ts ON alerts (ts)",
    "CREATE TABLE IF NOT EXISTS deliveries (alert_id INTEGER NOT NULL, channel TEXT NOT NULL, "
    "status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, latency_ms INTEGER NOT NULL DEFAULT -1, "
    "last_error TEXT NOT NULL DEFAULT '', more INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '', "
    "updated_ts INTEGER NOT NULL, PRIMARY KEY (alert_id, channel))",
    "CREATE INDEX IF NOT EXISTS deliveries_open ON deliveries (alert_id) WHERE status <> 'delivered'",
};

QString fieldsJson(const std::vector<alerts::AlertField> &fields)
{
    QJsonArray array;
    for (const auto &f : fields)
        array.append(QJsonArray{f.name, f.value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<alerts::AlertField> fieldsFrom(const QString &json)
{
    std::vector<alerts::AlertField> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        out.push_back({pair.at(0).toString(), pair.at(1).toString()});
    }
    return out;
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char *const AlertColumns = "id, ts, source, severity, key, symbol, title, rule, fields, value";

AlertRecord readAlert(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toLongLong();
    r.event.timeMs = q.value(1).toLongLong();
    r.event.source = alerts::sourceFromName(q.value(2).toString()).value_or(alerts::AlertSource::Test);
    r.event.severity = static_cast<alerts::AlertSeverity>(std::clamp(q.value(3).toInt(), 0, 2));
    r.event.key = q.value(4).toString();
    r.event.symbol = q.value(5).toString();
    r.event.title = q.value(6).toString();
    r.rule = q.value(7).toString();
    r.event.fields = fieldsFrom(q.value(8).toString());
    r.event.value = q.value(9).toDouble();
    return r;
}

AlertDeliveryRecord readDelivery(const QSqlQuery &q, int first)
{
    AlertDeliveryRecord d;
    d.channel = q.value(first).toString();
    d.status = q.value(first + 1).toString();
    d.attempts = q.value(first + 2).toInt();
    d.latencyMs = q.value(first + 3).toLongLong();
    d.lastError = q.value(first + 4).toString();
    d.more = q.value(first + 5).toLongLong();
    d.summary = q.value(first + 6).toString();
    d.updatedMs = q.value(first + 7).toLongLong();
    return d;
}

} // namespace

AlertJournal::AlertJournal() = default;

AlertJournal::~AlertJournal()
{
    close();
}

bool AlertJournal::fail(const QString &error) const
{
    m_error = error;
    return false;
}

void AlertJournal::close()
{
    closeSqliteFile(m_db, m_connectionName);
}

bool AlertJournal::open(const QString &path, bool readOnly)
{
    close();
    const QString cannot = QStringLiteral("the alert journal %1 cannot be used: %2");
    if (const QString error = openSqliteFile(path, readOnly, QStringLiteral("virtuoso-alerts"),
                                             QStringLiteral("alert journal"), m_db, m_connectionName);
        !error.isEmpty())
        return fail(error);
    if (readOnly)
        return true;
    QSqlQuery q(m_db);
    for (const char *statement : Schema) {
        if (!q.exec(QLatin1String(statement))) {
            const QString why = sqlErrorText(q.lastError());
            close();
            return fail(cannot.arg(path, why));
        }
    }
    return true;
}

qint64 AlertJournal::recordAlert(const alerts::AlertDecision &decision)
{
    if (!isOpen())
        return 0;
    if (!m_db.transaction()) {
        fail(sqlErrorText(m_db.lastError()));
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO alerts (ts, source, severity, key, symbol, title, rule, fields, value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const alerts::AlertEvent &e = decision.event;
    q.addBindValue(e.timeMs);
    q.addBindValue(QLatin1String(alerts::sourceName(e.source)));
    q.addBindValue(static_cast<int>(e.severity));
    q.addBindValue(text(e.key));
    q.addBindValue(text(e.symbol));
    q.addBindValue(text(e.title));
    q.addBindValue(text(decision.rule));
    q.addBindValue(fieldsJson(e.fields));
    q.addBindValue(e.value);
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        m_db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("INSERT INTO deliveries (alert_id, channel, status, more, summary, updated_ts) "
                             "VALUES (?, ?, 'pending', ?, ?, ?)"));
    for (const alerts::ChannelMessage &m : decision.messages) {
        d.addBindValue(id);
        d.addBindValue(text(m.channel));
        d.addBindValue(m.more);
        d.addBindValue(text(m.summary()));
        d.addBindValue(e.timeMs);
        if (!d.exec()) {
            fail(sqlErrorText(d.lastError()));
            m_db.rollback();
            return 0;
        }
    }
    if (!m_db.commit()) {
        fail(sqlErrorText(m_db.lastError()));
        return 0;
    }
    return id;
}

bool AlertJournal::updateDelivery(qint64 alertId, const AlertDeliveryRecord &delivery)
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET status = ?, attempts = ?, latency_ms = ?, last_error = ?, "
                             "updated_ts = ? WHERE alert_id = ? AND channel = ?"));
    q.addBindValue(text(delivery.status));
    q.addBindValue(delivery.attempts);
    q.addBindValue(delivery.latencyMs);
    q.addBindValue(text(delivery.lastError));
    q.addBindValue(delivery.updatedMs);
    q.addBindValue(alertId);
    q.addBindValue(text(delivery.channel));
    if (!q.exec())
        return fail(sqlErrorText(q.lastError()));
    return true;
}

void AlertJournal::loadDeliveries(std::vector<AlertRecord> &records) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT channel, status, attempts, latency_ms, last_error, more, summary, updated_ts "
                             "FROM deliveries WHERE alert_id = ? ORDER BY channel"));
    for (AlertRecord &r : records) {
        q.addBindValue(r.id);
        if (!q.exec())
            continue;
        while (q.next())
            r.deliveries.push_back(readDelivery(q, 0));
    }
}

std::vector<AlertRecord> AlertJournal::query(const AlertJournalQuery &query) const
{
    std::vector<AlertRecord> out;
    if (!isOpen())
        return out;
    QString sql = QStringLiteral("SELECT %1 FROM alerts WHERE ts >= ?").arg(QLatin1String(AlertColumns));
    if (query.untilMs > 0)
        sql += QStringLiteral(" AND ts < ?");
    if (query.minSeverity)
        sql += QStringLiteral(" AND severity >= ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(query.sinceMs);
    if (query.untilMs > 0)
        q.addBindValue(query.untilMs);
    if (query.minSeverity)
        q.addBindValue(static_cast<int>(*query.minSeverity));
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out.push_back(readAlert(q));
    std::reverse(out.begin(), out.end());
    loadDeliveries(out);
    return out;
}

std::vector<PendingAlertDelivery> AlertJournal::pending() const
{
    std::vector<PendingAlertDelivery> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT a.id, a.ts, a.source, a.severity, a.key, a.symbol, a.title, a.rule, a.fields, "
                               "a.value, d.channel, d.status, d.attempts, d.latency_ms, d.last_error, d.more, "
                               "d.summary, d.updated_ts FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
                               "WHERE d.status <> 'delivered' ORDER BY a.id"))) {
        fail(sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next()) {
        PendingAlertDelivery p;
        p.alert = readAlert(q);
        p.alert.deliveries.push_back(readDelivery(q, 10));
        out.push_back(std::move(p));
    }
    return out;
}

QString AlertJournal::defaultPath()
{
    return QFileInfo(HistoryStore::defaultHistoryPath()).absolutePath() + QStringLiteral("/alerts.sqlite");
}

} // namespace virtuoso::store
