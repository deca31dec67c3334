#include "LocalDataSource.h"

#include "base/QueuedCall.h"
#include "engine/CoreRuntime.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <array>

namespace virtuoso::ui {

// What the answers reach back to: the lanes, and whether the source still exists. Touched only
// on the GUI thread; the answering threads hold it only to hand it back.
struct LocalDataSource::Shared
{
    std::array<LaneState, LaneCount> lanes;
    bool alive = true;
};

LocalDataSource::LocalDataSource(CoreRuntime &runtime)
    : m_runtime(runtime)
    , m_shared(std::make_shared<Shared>())
{}

LocalDataSource::~LocalDataSource()
{
    m_shared->alive = false;
    // A request waiting for its lane holds the shared state through its reply, and the state holds
    // the request: let the waiting requests go here, or the two keep each other alive for good.
    for (LaneState &lane : m_shared->lanes)
        lane.next = nullptr;
}

void LocalDataSource::submit(Lane lane, std::function<void()> launch)
{
    LaneState &state = m_shared->lanes[lane];
    if (state.busy && state.since.isValid() && state.since.elapsed() < kLaneTimeoutMs) {
        state.next = std::move(launch);
        return;
    }
    state.busy = true;
    state.since.start();
    state.next = nullptr;
    launch();
}

template<typename T>
std::function<void(T)> LocalDataSource::onGuiThread(Lane lane, Reply<T> done)
{
    // The application object lives on the GUI thread for the whole run, so the answer can always
    // be posted to it; whether the source still exists is checked there.
    return [shared = m_shared, lane, done = std::move(done), self = this](T value) mutable {
        postQueued(QCoreApplication::instance(),
                   [shared, lane, done = std::move(done), self, value = std::move(value)]() mutable {
                       if (!shared->alive)
                           return;
                       LaneState &state = shared->lanes[lane];
                       state.busy = false;
                       std::function<void()> next = std::move(state.next);
                       state.next = nullptr;
                       done(std::move(value));
                       if (next && shared->alive)
                           self->submit(lane, std::move(next));
                   });
    };
}

void LocalDataSource::orderBook(const QString &symbol, int depth, Reply<std::optional<OrderBookView>> done)
{
    submit(BookLane, [this, symbol, depth, reply = onGuiThread(BookLane, std::move(done))] {
        m_runtime.orderBookAsync(symbol, depth, reply);
    });
}

void LocalDataSource::candles(const QString &symbol, int intervalMinutes, int limit,
                              Reply<std::optional<CandleSeriesView>> done)
{
    submit(CandleLane, [this, symbol, intervalMinutes, limit, reply = onGuiThread(CandleLane, std::move(done))] {
        m_runtime.candlesAsync(symbol, intervalMinutes, limit, reply);
    });
}

void LocalDataSource::timeoutsAfter(quint64 afterId, Reply<std::vector<health::TimeoutEntry>> done)
{
    submit(TimeoutLane, [this, afterId, reply = onGuiThread(TimeoutLane, std::move(done))] {
        health::TimeoutQuery query;
        query.afterId = afterId;
        m_runtime.timeoutHistoryAsync(
            query, [reply](store::TimeoutHistoryResult result) { reply(std::move(result.entries)); });
    });
}

void LocalDataSource::timeoutHistory(qint64 sinceMs, qint64 untilMs, Reply<std::vector<health::TimeoutEntry>> done)
{
    submit(HistoryLane, [this, sinceMs, untilMs, reply = onGuiThread(HistoryLane, std::move(done))] {
        health::TimeoutQuery query;
        query.sinceMs = sinceMs;
        query.untilMs = untilMs;
        query.limit = 10'000;
        m_runtime.timeoutHistoryAsync(
            query, [reply](store::TimeoutHistoryResult result) { reply(std::move(result.entries)); });
    });
}

void LocalDataSource::warnings(Reply<std::vector<health::WarningAggregate>> done)
{
    // The process-wide aggregator answers from memory under its own lock; read on the query
    // thread like the rest so the GUI thread never contends with the threads that warn.
    submit(WarningLane, [this, reply = onGuiThread(WarningLane, std::move(done))] {
        m_runtime.postQuery([reply] { reply(health::WarningAggregator::process().snapshot()); });
    });
}

} // namespace virtuoso::ui
