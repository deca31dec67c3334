#pragma once

#include "model/health/TimeoutJournal.h"

#include <vector>

namespace virtuoso::store {

class HistoryStore;

// Where the answer to a timeout query came from.
struct TimeoutHistoryResult
{
    std::vector<health::TimeoutEntry> entries; // oldest first
    bool fromStore = false;                    // part of the range was read from the history store
    bool storeMissing = false;                 // the range reaches before the ring but no store is available
};

// One timeout query over the in-memory ring and the SQLite history: the ring answers from its
// oldest entry on, the store answers for everything before that (earlier runs, and entries the
// ring has overwritten). Entries read from the store carry id 0: ids belong to the running
// journal. The store may be null (history disabled or unavailable).
TimeoutHistoryResult queryTimeoutHistory(const health::TimeoutJournal &journal, const HistoryStore *store,
                                         const health::TimeoutQuery &query);

} // namespace virtuoso::store
