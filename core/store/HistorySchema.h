#pragma once

#include <QString>

class QSqlDatabase;

namespace virtuoso::store {

// Creates the history tables or migrates them to the current version, one transaction per step.
// Returns false with a message when the database is unusable or from a newer program version.
bool migrateHistorySchema(QSqlDatabase &db, int targetVersion, QString *error);

// The version recorded in the database; 0 for a new one, -1 when it cannot be read.
int historySchemaVersion(QSqlDatabase &db);

} // namespace virtuoso::store
