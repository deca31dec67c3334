#pragma once

#include "ViewDataSource.h"

#include <QElapsedTimer>

#include <memory>

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

// The views' data from the core in this process. Books and candles are read on the engine thread,
// timeout history on the core's query thread (which waits for the SQLite store), warnings there
// too; answers come back to the GUI thread through its event loop. Nothing here waits.
//
// One request of each kind is in flight at a time: asking again meanwhile replaces the request that
// waits its turn, so a slow store or a busy engine never piles work up behind the views. A request
// left unanswered (the core stopped before answering) frees its lane after kLaneTimeoutMs.
class LocalDataSource final : public ViewDataSource
{
public:
    explicit LocalDataSource(CoreRuntime &runtime);
    ~LocalDataSource() override;

    void orderBook(const QString &symbol, int depth, Reply<std::optional<OrderBookView>> done) override;
    void candles(const QString &symbol, int intervalMinutes, int limit,
                 Reply<std::optional<CandleSeriesView>> done) override;
    void timeoutsAfter(quint64 afterId, Reply<std::vector<health::TimeoutEntry>> done) override;
    void timeoutHistory(qint64 sinceMs, qint64 untilMs, Reply<std::vector<health::TimeoutEntry>> done) override;
    void warnings(Reply<std::vector<health::WarningAggregate>> done) override;
    bool hasOrderBooks() const override { return true; }
    bool hasWarnings() const override { return true; }
    CoreRuntime *localCore() const override { return &m_runtime; }

    static constexpr qint64 kLaneTimeoutMs = 5000;

private:
    enum Lane { BookLane, CandleLane, TimeoutLane, HistoryLane, WarningLane, LaneCount };
    struct LaneState
    {
        bool busy = false;
        QElapsedTimer since;
        std::function<void()> next; // the newest request waiting for the lane
    };
    struct Shared;

    // Runs `launch` now when the lane is free, otherwise keeps it as the lane's next request.
    void submit(Lane lane, std::function<void()> launch);
    // Wraps `done` so that, called on any thread, it runs on the GUI thread while this source
    // lives, then frees the lane and launches the request that waited.
    template<typename T>
    std::function<void(T)> onGuiThread(Lane lane, Reply<T> done);

    CoreRuntime &m_runtime;
    std::shared_ptr<Shared> m_shared;
};

} // namespace virtuoso::ui
