#pragma once

#include "CommandLine.h"

#include <functional>

namespace virtuoso {
class Config;
}

namespace virtuoso::app {

// Opens the workstation window; only `virtuoso` has one (`virtuosod` links no GUI library).
using WorkstationEntry = std::function<int(int argc, char **argv, const Config &config, const CommandLine &cl)>;

// The whole life of either executable after main(): parses the command line, runs the mode it asks
// for and returns the process exit code (app/ExitCode.h). `workstation` is empty for virtuosod.
int runProgram(int argc, char **argv, CommandLine::Program program, const WorkstationEntry &workstation);

} // namespace virtuoso::app
