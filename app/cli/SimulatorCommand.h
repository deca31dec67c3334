#pragma once

#include <QStringList>

namespace virtuoso::sim {

// `virtuoso sim [--port P] [--host H] [--seed N] [--symbols A,B] [--faults F] [--record DIR]
//  [--replay F --speed X]`: the simulator on its own until SIGINT/SIGTERM. `arguments` starts
// with "sim". Returns the process exit code.
int runSimulatorCommand(int argc, char **argv, const QStringList &arguments);

} // namespace virtuoso::sim
