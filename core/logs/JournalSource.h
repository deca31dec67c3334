#pragma once

#include "logs/LogFormats.h"

#include <QString>

#include <cstdint>

namespace virtuoso::logs {

struct JournalQuery
{
    std::int64_t sinceUs = 0;
    std::int64_t untilUs = 0;                        // 0: up to now
    QString identifier = QStringLiteral("virtuoso"); // SYSLOG_IDENTIFIER of the entries to read
    std::int64_t maxEntries = 200'000;
    std::int64_t maxMs = 3000; // stop reading after this long
};

// Reads the local journal through sd-journal and hands each entry to the sink. Returns why it
// stopped early ("stopped after 200000 entries", "journal not available: …"), or an empty string.
QString readJournal(const JournalQuery &query, RecordSink &sink);

} // namespace virtuoso::logs
