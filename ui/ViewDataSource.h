#pragma once

#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

class RemoteHost;

// Where the views get what the snapshots do not carry: order books, exchange candles, timeout
// entries and warning aggregates. One interface for every kind of host: the in-process core
// (LocalDataSource) and a daemon over its API (RemoteHost), so no view asks which one it has.
//
// Every request returns at once and never waits for an engine, a store or a network: `done` runs
// later, on the GUI thread (or within the call, when the answer is already at hand, e.g. a cache).
// A request the source cannot answer (the core stopped, the daemon went away) may never call
// `done`; views keep what they drew and ask again at their next refresh. This base answers
// "nothing" to every request, for a host that has no such data.
class ViewDataSource
{
public:
    template<typename T>
    using Reply = std::function<void(T)>;

    virtual ~ViewDataSource() = default;

    // The book of one symbol, `depth` levels a side.
    virtual void orderBook(const QString &symbol, int depth, Reply<std::optional<OrderBookView>> done);
    // The newest `limit` exchange candles of one interval in minutes.
    virtual void candles(const QString &symbol, int intervalMinutes, int limit,
                         Reply<std::optional<CandleSeriesView>> done);
    // Journal entries after `afterId`, for what the snapshots could not carry.
    virtual void timeoutsAfter(quint64 afterId, Reply<std::vector<health::TimeoutEntry>> done);
    // Entries in [sinceMs, untilMs) from the journal and the history store (earlier runs included).
    virtual void timeoutHistory(qint64 sinceMs, qint64 untilMs, Reply<std::vector<health::TimeoutEntry>> done);
    // Warning aggregates by code.
    virtual void warnings(Reply<std::vector<health::WarningAggregate>> done);

    // Whether the host has the data at all, so a view says "not available from this source"
    // rather than "none yet".
    virtual bool hasOrderBooks() const { return false; }
    virtual bool hasWarnings() const { return false; }
    // The in-process core behind this source, for what only the local core offers (the trading
    // desk, for now); null for a daemon.
    virtual CoreRuntime *localCore() const { return nullptr; }
    // The daemon behind this source (the trading desk reads its orders, positions and account from
    // it, read-only); null for the in-process core.
    virtual RemoteHost *remoteHost() const { return nullptr; }
};

} // namespace virtuoso::ui
