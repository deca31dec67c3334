#pragma once

namespace virtuoso {

// Exit codes of every mode, documented in README.md ("Exit codes"). The systemd unit lists
// ConfigInvalid in RestartPreventExitStatus: restarting cannot fix a bad config.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,       // unexpected runtime failure
    ExitUsage = 2,         // unknown option or missing argument
    ExitConfigInvalid = 3, // the configuration has errors (check-config prints them)
    ExitStartupFailed = 4, // a resource could not be had: port in use, unreadable file, ...
};

} // namespace virtuoso
