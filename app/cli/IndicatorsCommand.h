#pragma once

#include <QStringList>

namespace virtuoso::confluence {

// `virtuoso indicators --klines FILE [--only rsi,adx,...]`: every indicator per candle as JSON lines
// on stdout, for checking against reference libraries. `arguments` starts with "indicators".
// Returns an ExitCode: ExitUsage for bad arguments, ExitStartupFailed for an unreadable or bad file.
int runIndicatorsCommand(const QStringList &arguments);

} // namespace virtuoso::confluence
