#pragma once

#include <QStringList>

#include <cstdint>
#include <optional>

namespace virtuoso::logs {

// `virtuoso logs analyze [FILE…|-] [--since T] [--until T] [--unit U] [--format F] [--report md|json|html]
// [--out F]` and `virtuoso logs templates FILE [--format F]`. `arguments` starts with "logs".
// Returns an ExitCode: ExitUsage for bad arguments, ExitStartupFailed when no input could be read.
int runLogsCommand(const QStringList &arguments);

// --since/--until values: "2026-11-28 04:00", "2026-11-28T04:00:00Z", "2026-11-28", "@1764302400",
// "-2h" / "-30m" / "-1d" (before now), "today", "yesterday", "now". UTC unless a zone is given.
std::optional<std::int64_t> parseTimeArgument(const QString &text, std::int64_t nowUs);

} // namespace virtuoso::logs
