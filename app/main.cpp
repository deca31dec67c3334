// `virtuoso`: the desktop workstation, and every headless mode as well (`virtuoso --daemon`).
// Everything but opening the window is shared with `virtuosod` (CommandDispatch).
#include "CommandDispatch.h"

#include "Workstation.h"
#include "base/config/Config.h"

int main(int argc, char **argv)
{
    return virtuoso::app::runProgram(
        argc, argv, CommandLine::Program::Desktop,
        [](int argcInner, char **argvInner, const virtuoso::Config &config, const CommandLine &cl) {
            return virtuoso::ui::runWorkstation(argcInner, argvInner, config,
                                                {cl.language, cl.remoteUrls, cl.tokenFiles, cl.caFiles, cl.local});
        });
}
