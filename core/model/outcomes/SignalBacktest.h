#pragma once

#include "base/Clock.h"
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/MarketFeedAdapter.h"
#include "model/market/InstrumentSpec.h"
#include "model/market/MarketState.h"
#include "model/market/PublicMessage.h"
#include "model/outcomes/OutcomeTracker.h"

#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace virtuoso::outcomes {

// Replays data through the real confluence engine (and, for stream messages, the real market state
// and feed adapter) into one or more outcome trackers (one per threshold pair of a sweep). Time is
// the data's own: a ManualClock follows the candles' close times or the recorded frame times, so the
// live rate limit and every result depend on the data only.
//
// Each event reaches the trackers before the engine, the order OutcomeTracker asks for; a live owner
// wires the same order on the engine thread (tracker.feedTrade, then the adapter's trade; the engine's
// signal sink calls tracker.onSignal).
class SignalBacktest
{
public:
    SignalBacktest(const confluence::ConfluenceSettings &engine, const std::vector<OutcomeSettings> &trackers,
                   OutcomeTracker::PriceSource prices);
    ~SignalBacktest();
    SignalBacktest(const SignalBacktest &) = delete;
    SignalBacktest &operator=(const SignalBacktest &) = delete;

    // Candle mode: one closed 1m candle of `symbol` (per symbol in time order; symbols in any order).
    void feedCandle(const QString &symbol, const confluence::Candle &minute);
    // Stream mode: one decoded public message recorded at `recordedMs` (epoch ms), with its
    // instrument's grids. Messages in recorded order.
    void feedMessage(const exchange::PublicMessage &message, const exchange::InstrumentSpec &spec,
                     std::int64_t recordedMs);

    int trackerCount() const { return static_cast<int>(m_trackers.size()); }
    const OutcomeTracker &tracker(int index) const { return *m_trackers[static_cast<size_t>(index)]; }
    OutcomeTracker &tracker(int index) { return *m_trackers[static_cast<size_t>(index)]; }
    const confluence::ConfluenceEngine &engine() const { return m_engine; }
    long long evaluations() const { return m_evaluations; }
    long long messages() const { return m_messages; }
    long long resyncs() const { return m_resyncs; }

private:
    void advanceTo(std::int64_t epochMs);
    struct Names
    {
        QString text;
        std::string key;
    };
    const Names &namesOf(const exchange::Symbol &symbol);

    ManualClock m_clock{0, 0};
    confluence::ConfluenceEngine m_engine;
    confluence::MarketFeedAdapter m_adapter{m_engine};
    market::MarketState m_market;
    std::vector<std::unique_ptr<OutcomeTracker>> m_trackers;
    std::unordered_map<exchange::Symbol, Names> m_names;
    std::int64_t m_nowMs = 0;
    std::int64_t m_nextFlushMs = 0;
    long long m_evaluations = 0;
    long long m_messages = 0;
    long long m_resyncs = 0;
};

} // namespace virtuoso::outcomes
