#pragma once

#include <QStringList>

namespace virtuoso::store {

// `virtuoso audit [--db FILE] [--since T] [--until T] [--kind K] [--venue V] [--symbol S]
// [--order LINKID] [--limit N] [--csv]`: prints the trading audit log as a table or CSV. It only
// reads: a missing file is an error, never created. `arguments` starts with "audit". Returns an
// ExitCode: ExitUsage for bad arguments, ExitStartupFailed when the log cannot be read.
int runAuditCommand(const QStringList &arguments);

} // namespace virtuoso::store
