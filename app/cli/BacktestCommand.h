#pragma once

#include <QStringList>

namespace virtuoso::outcomes {

// `virtuoso backtest --klines FILE|DIR … | --replay DIR|FILE [options]`: replays candles or a
// simulator recording through the confluence engine and the outcome tracker and writes the
// scorecard (docs/backtest.md). `arguments` starts with "backtest".
// Returns an ExitCode: ExitUsage for bad arguments (and a --symbols name the input does not hold),
// ExitStartupFailed for input that cannot be read (a missing, empty, truncated or malformed file) or
// an output or database that cannot be written.
int runBacktestCommand(const QStringList &arguments);

} // namespace virtuoso::outcomes
