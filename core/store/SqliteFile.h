#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace virtuoso::store {

// The words of an SQL error: the database's own when it has them, Qt's otherwise.
QString sqlErrorText(const QSqlError &e);

// An SQLite file opened for one owner thread, under a connection name of its own.
struct SqliteFile
{
    QSqlDatabase db;
    QString connectionName;
    QString error; // empty when it opened
};

// Opens the SQLite file at `path` under a connection named `connectionPrefix`-N. For writing it
// creates the file with mode 0600 in 0700 folders (what the store writes is the operator's alone)
// and turns on WAL, so readers (the API, the CLI) never block the writer, with synchronous=NORMAL.
// Read-only, the file must exist. `what` names the file in the error ("the alert journal …"). On an
// error nothing stays registered and `error` is a sentence for the log.
SqliteFile openSqliteFile(const QString &path, bool readOnly, const QString &connectionPrefix, const QString &what);

// Closes what openSqliteFile opened and unregisters its connection; `db` is reset.
void closeSqliteFile(QSqlDatabase &db, const QString &connectionName);

} // namespace virtuoso::store
