#pragma once

#include <QStringList>

namespace virtuoso::trading {

// `virtuoso order|cancel|orders|positions|kill …`: trading from a shell.
//  - With --api URL, against a running daemon or workstation (the paper broker lives there):
//    reading with the monitoring token (--token-file), trading with the trading token
//    (--trading-token-file).
//  - Without it, against the venue of the configuration directly (simulator, testnet, demo or
//    live; never paper): the command connects, reconciles, acts, waits for the venue's answer,
//    prints it and exits. Everything it does is in the audit log like the program's own trading.
// Returns an ExitCode; ExitFailure (1) when the venue refused or the kill switch left something.
int runTradingCommand(int argc, char **argv, const QStringList &arguments);

} // namespace virtuoso::trading
