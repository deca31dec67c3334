#pragma once

#include <QStringList>

namespace virtuoso::alerts {

// `virtuoso alerts test NAME [--config FILE] [--set section.key=value] [--timeout S]`: sends one
// test alert through the configured channel NAME, with the channel's timeout and retries, and
// waits for its delivery. Exit codes: ExitOk when the channel accepted it; ExitFailure when the
// channel failed max_retries times (or --timeout passed); ExitConfigInvalid for a configuration
// with errors or no channel NAME; ExitUsage for bad arguments. `arguments` starts with "alerts".
int runAlertsCommand(int argc, char **argv, const QStringList &arguments);

} // namespace virtuoso::alerts
