// `virtuoso`: the desktop workstation, and every headless mode as well (`virtuoso --daemon`).
// Everything but opening the window is shared with `virtuosod` (CommandDispatch).
#include "CommandDispatch.h"
#include "ExitCode.h"

#include "Workstation.h"
#include "base/config/Config.h"

namespace {

int exitCodeOf(virtuoso::ui::WorkstationEnd end)
{
    using End = virtuoso::ui::WorkstationEnd;
    switch (end) {
    case End::Closed:
        return virtuoso::ExitOk;
    case End::BadArguments:
        return virtuoso::ExitUsage;
    case End::CoreNotStarted:
        return virtuoso::ExitStartupFailed;
    case End::Failed:
        break;
    }
    return virtuoso::ExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    return virtuoso::app::runProgram(
        argc, argv, CommandLine::Program::Desktop,
        [](int argcInner, char **argvInner, const virtuoso::Config &config, const CommandLine &cl) {
            return exitCodeOf(virtuoso::ui::runWorkstation(
                argcInner, argvInner, config, {cl.language, cl.remoteUrls, cl.tokenFiles, cl.caFiles, cl.local}));
        });
}
