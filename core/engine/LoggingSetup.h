#pragma once

#include <QString>

namespace virtuoso::log {

// Configures the process logger from the [logging] keys: the output sink (journal, stderr, ...)
// behind the warning filter of WarningFilterSink.h. `daemonMode` makes "auto" mean warning.
// Returns a description for diagnostics ("journal", "stderr", ...). It wires the logging base to
// the warning aggregation above it, so it sits with the engine, not in the base (check_layers.sh).
QString configureLogging(const QString &target, const QString &level, bool daemonMode);

} // namespace virtuoso::log
