#include "store/TimeoutHistory.h"

#include "store/HistoryStore.h"

#include <algorithm>
#include <limits>

namespace virtuoso::store {

TimeoutHistoryResult queryTimeoutHistory(const health::TimeoutJournal &journal, const HistoryStore *store,
                                         const health::TimeoutQuery &query)
{
    TimeoutHistoryResult result;
    result.entries = journal.query(query);
    // An id cursor only makes sense within the running journal.
    if (query.afterId > 0)
        return result;
    const std::optional<qint64> ringStart = journal.oldestTs();
    // The ring holds everything from its oldest entry on; only an earlier start needs the store.
    const qint64 boundary = ringStart ? *ringStart : std::numeric_limits<qint64>::max();
    if (query.sinceMs >= boundary)
        return result;
    if (!store || !store->isAvailable()) {
        result.storeMissing = true;
        return result;
    }
    HistoryQuery h;
    h.sinceMs = query.sinceMs;
    h.untilMs = query.untilMs > 0 ? std::min(query.untilMs, boundary) : boundary;
    if (h.untilMs == std::numeric_limits<qint64>::max())
        h.untilMs = 0; // no ring entries at all: the store answers for the whole range
    if (query.kind)
        h.kind = QString::fromLatin1(health::timeoutKindName(*query.kind));
    h.connId = query.connId;
    h.symbol = query.symbol;
    h.limit = query.limit;
    std::vector<health::TimeoutEntry> older = store->timeouts(h);
    result.fromStore = true;
    for (auto &e : older)
        e.id = 0;
    older.insert(older.end(), std::make_move_iterator(result.entries.begin()),
                 std::make_move_iterator(result.entries.end()));
    result.entries = std::move(older);
    if (query.limit > 0 && result.entries.size() > static_cast<size_t>(query.limit))
        result.entries.erase(result.entries.begin(), result.entries.end() - query.limit);
    return result;
}

} // namespace virtuoso::store
