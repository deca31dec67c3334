#pragma once

#include "connector/MarketObserver.h"
#include "model/outcomes/OutcomeTracker.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace virtuoso {
class Clock;
namespace exchange {
class FeedApplier;
}
namespace store {
class OutcomeStore;
}

// What the live tracker handed on since its last batch: outcomes that changed and forward-return
// samples that are new or resolved further. Written by the store's thread, never the engine's.
struct OutcomeBatch
{
    std::vector<outcomes::Outcome> outcomes;
    std::vector<outcomes::ForwardSample> samples;
};

// How the live tracker stands (any thread).
struct OutcomesSummary
{
    long long evaluations = 0;
    long long opened = 0;      // outcomes opened (with or without a plan)
    long long noPlan = 0;      // signals without a plan (ATR not ready yet)
    int active = 0;            // outcomes pending or open now
    long long handedOn = 0;    // outcomes handed to the store so far (each change counts)
    qint64 lastDataTimeMs = 0; // the newest exchange time the tracker saw
};

// Live signal accountability on the engine thread (docs/backtest.md, "In the running core"): an
// OutcomeTracker fed by the feed applier as it applies the market — each trade and candle before
// the confluence engine sees it, each evaluation from the engine's signal sink — so the live
// outcomes follow the same rules as a backtest's. Every `flushIntervalMs` (after a drain) what
// changed goes to `sink` in one batch; the sink hands it to the store's thread. Outcomes done and
// persisted for a day of data time are forgotten, so memory holds what is still moving.
class SignalOutcomes : public QObject, public exchange::MarketObserver
{
    Q_OBJECT
public:
    using BatchSink = std::function<void(OutcomeBatch)>;

    SignalOutcomes(const Clock &clock, outcomes::OutcomeSettings settings, BatchSink sink,
                   qint64 flushIntervalMs = 2000);
    ~SignalOutcomes() override;

    // Engine thread: observe `applier` (may be null: no market feed).
    void start(exchange::FeedApplier *applier);
    // Engine thread: hands on what is left and stops observing.
    void stop();
    // Engine thread: hands on what changed now (afterDrain does it every flushIntervalMs).
    void flush();

    // Engine thread: the tracker (tests, reports).
    const outcomes::OutcomeTracker &tracker() const { return m_tracker; }
    // Any thread: the counters as of the last flush.
    OutcomesSummary summary() const;

    // MarketObserver (engine thread).
    void onTrades(const exchange::TradeMessage &message, const exchange::InstrumentSpec &spec) override;
    void onLiquidations(const exchange::LiquidationMessage &message) override;
    void onTicker(const exchange::TickerMessage &message, const exchange::InstrumentSpec &spec) override;
    void onSignal(const confluence::ConfluenceSignal &signal) override;
    void onCandles(const exchange::KlineMessage &message, const exchange::InstrumentSpec &spec) override;
    void afterDrain() override;

    // Data time kept after an outcome is done and handed on.
    static constexpr qint64 KeepMs = 24 * 3600 * 1000LL;

private:
    const Clock &m_clock;
    outcomes::OutcomeTracker m_tracker;
    BatchSink m_sink;
    qint64 m_flushIntervalMs;
    qint64 m_lastFlushMs = -1;
    qint64 m_lastDataMs = 0;
    long long m_handedOn = 0;
    bool m_dirty = false;
    exchange::FeedApplier *m_applier = nullptr;
    // Resolved horizons of each sample handed on, by (symbol, time, number): a sample goes again
    // only when it resolved further.
    std::unordered_map<std::string, int> m_samplesHanded;
    mutable std::mutex m_summaryMutex;
    OutcomesSummary m_summary;
};

// The store's side: owns the OutcomeStore on its own thread and writes each batch to the "live"
// run in one transaction per table.
class OutcomeWriter : public QObject
{
    Q_OBJECT
public:
    OutcomeWriter(QString path, std::string settingsJson, qint64 createdMs);
    ~OutcomeWriter() override;
    // Store thread: opens the file (once); false, logged, when it cannot.
    bool open();
    void write(const OutcomeBatch &batch);

    static QString liveRun() { return QStringLiteral("live"); }

private:
    QString m_path;
    std::string m_settingsJson;
    qint64 m_createdMs;
    std::unique_ptr<store::OutcomeStore> m_store;
    bool m_failed = false;
};

} // namespace virtuoso
