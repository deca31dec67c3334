#pragma once

#include <string>
#include <string_view>

namespace virtuoso::confluence::json {

// Appends a double in the shortest text that reads back to the same bits ("null" if not finite),
// so output is deterministic and exact.
void appendNumber(std::string &out, double value);
void appendInteger(std::string &out, long long value);
// Appends a JSON string literal with escaping.
void appendString(std::string &out, std::string_view text);
// Appends "key": (with the comma before it unless `first`).
void appendKey(std::string &out, std::string_view key, bool &first);

} // namespace virtuoso::confluence::json
