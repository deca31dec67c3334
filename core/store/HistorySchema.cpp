#include "store/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace virtuoso::store {

namespace {

// Step N takes the schema from version N-1 to N. Steps are append-only: a released step never changes.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: the first schema.
        {
            QStringLiteral("CREATE TABLE timeouts (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, kind TEXT NOT NULL, "
                           "conn_id TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL DEFAULT '', "
                           "symbol TEXT NOT NULL DEFAULT '', duration_ms INTEGER NOT NULL DEFAULT 0, "
                           "detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX timeouts_ts ON timeouts (ts)"),
            QStringLiteral("CREATE INDEX timeouts_kind_ts ON timeouts (kind, ts)"),
            QStringLiteral("CREATE TABLE warnings (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, code TEXT NOT NULL, "
                           "severity TEXT NOT NULL, key TEXT NOT NULL DEFAULT '', count INTEGER NOT NULL, "
                           "first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, "
                           "template TEXT NOT NULL DEFAULT '', last_message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX warnings_ts ON warnings (ts)"),
            QStringLiteral("CREATE TABLE signal_history (symbol TEXT NOT NULL, minute INTEGER NOT NULL, "
                           "score REAL NOT NULL, PRIMARY KEY (symbol, minute)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX signal_history_minute ON signal_history (minute)"),
            QStringLiteral("CREATE TABLE connection_states (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, "
                           "conn_id TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL, "
                           "reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX connection_states_ts ON connection_states (ts)"),
        },
    };
    return steps;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

int historySchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

bool migrateHistorySchema(QSqlDatabase &db, int targetVersion, QString *error)
{
    if (!run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), error))
        return false;
    int version = historySchemaVersion(db);
    if (version < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (version > targetVersion) {
        *error = QStringLiteral("the database has schema version %1, newer than this program's %2; "
                                "use a newer program or another store.path")
                     .arg(version)
                     .arg(targetVersion);
        return false;
    }
    // Even with nothing to migrate, prove the database takes writes now rather than at the first flush.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (version == 0 && !run(db,
                             QStringLiteral("INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS "
                                            "(SELECT 1 FROM schema_version)"),
                             error)) {
        run(db, QStringLiteral("ROLLBACK"), error);
        return false;
    }
    if (!run(db, QStringLiteral("UPDATE schema_version SET version = version"), error)) {
        QString ignored;
        run(db, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    if (!run(db, QStringLiteral("COMMIT"), error))
        return false;

    const auto &steps = migrations();
    for (int next = version + 1; next <= targetVersion && next <= static_cast<int>(steps.size()); ++next) {
        if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        for (const QString &sql : steps[static_cast<size_t>(next - 1)]) {
            if (!run(db, sql, error)) {
                QString ignored;
                run(db, QStringLiteral("ROLLBACK"), &ignored);
                *error = QStringLiteral("migration to schema version %1 failed: %2").arg(next).arg(*error);
                return false;
            }
        }
        if (!run(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(next), error) ||
            !run(db, QStringLiteral("COMMIT"), error)) {
            QString ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    return true;
}

} // namespace virtuoso::store
