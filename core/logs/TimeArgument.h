#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace virtuoso::logs {

// --since/--until values: "2026-11-28 04:00", "2026-11-28T04:00:00Z", "2026-11-28", "@1764302400",
// "-2h" / "-30m" / "-1d" (before now), "today", "yesterday", "now". UTC unless a zone is given.
// Microseconds since the epoch, or nothing for text it cannot read.
std::optional<std::int64_t> parseTimeArgument(const QString &text, std::int64_t nowUs);

} // namespace virtuoso::logs
