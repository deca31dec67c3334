#pragma once

#include <QStringList>

namespace virtuoso::logs {

// `virtuoso logs analyze [FILE…|-] [--since T] [--until T] [--unit U] [--format F] [--report md|json|html]
// [--out F]` and `virtuoso logs templates FILE [--format F]`. `arguments` starts with "logs".
// Returns an ExitCode: ExitUsage for bad arguments, ExitStartupFailed when no input could be read.
int runLogsCommand(const QStringList &arguments);

} // namespace virtuoso::logs
