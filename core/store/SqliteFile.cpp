#include "store/SqliteFile.h"

#include "store/PrivateFiles.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace virtuoso::store {

namespace {
std::atomic<int> g_serial{0};
} // namespace

QString sqlErrorText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

void closeSqliteFile(QSqlDatabase &db, const QString &connectionName)
{
    if (!db.isValid())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

QString openSqliteFile(const QString &path, bool readOnly, const QString &connectionPrefix, const QString &what,
                       QSqlDatabase &db, QString &connectionName)
{
    const auto cannot = [&](const QString &why) {
        return QStringLiteral("the %1 %2 cannot be used: %3").arg(what, path, why);
    };
    const QFileInfo info(path);
    if (readOnly && !info.exists())
        return QStringLiteral("there is no %1 at %2").arg(what, path);
    if (!readOnly) {
        if (!makePrivateDirectories(info.absolutePath()))
            return cannot(QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
        if (!makePrivateFile(path))
            return cannot(QStringLiteral("cannot create it with mode 0600: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    connectionName = QStringLiteral("%1-%2").arg(connectionPrefix).arg(g_serial.fetch_add(1));
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString why;
    if (!db.open()) {
        why = sqlErrorText(db.lastError());
    } else if (!readOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            why = sqlErrorText(q.lastError());
            if (why.isEmpty())
                why = QStringLiteral("WAL mode refused");
        } else {
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    }
    if (why.isEmpty())
        return {};
    closeSqliteFile(db, connectionName);
    return cannot(why);
}

} // namespace virtuoso::store
