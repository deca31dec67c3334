#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace virtuoso::store {

// The words of an SQL error: the database's own when it has them, Qt's otherwise.
QString sqlErrorText(const QSqlError &e);

// Opens the SQLite file at `path` into `db`, under a connection named `connectionPrefix`-N that goes
// to `connectionName`, for one owner thread. For writing it creates the file with mode 0600 in 0700
// folders (what the store writes is the operator's alone) and turns on WAL, so readers (the API, the
// CLI) never block the writer, with synchronous=NORMAL. Read-only, the file must exist. `what` names
// the file in the error ("the alert journal …"). Returns an empty string when it opened; otherwise a
// sentence for the log, and nothing stays registered.
QString openSqliteFile(const QString &path, bool readOnly, const QString &connectionPrefix, const QString &what,
                       QSqlDatabase &db, QString &connectionName);

// Closes what openSqliteFile opened and unregisters its connection; `db` is reset.
void closeSqliteFile(QSqlDatabase &db, const QString &connectionName);

} // namespace virtuoso::store
