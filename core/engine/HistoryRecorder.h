#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QObject>
#include <QString>

#include <map>

class QTimer;

namespace virtuoso {

class Clock;
namespace health {
class ConnectionStatusBoard;
class TimeoutJournal;
class WarningAggregator;
} // namespace health
namespace store {
class HistoryStore;
}

struct HistoryRecorderSettings
{
    int intervalMs = 500;              // how often the sources are read (store.flush_interval_ms)
    qint64 warningIntervalMs = 60'000; // warning aggregates that changed are written this often
    qint64 signalIntervalMs = 5'000;   // a symbol's score within its minute is rewritten at most this often
};

// Feeds the history store from the running core, off every hot path: it lives on its own
// low-priority thread and reads, once per interval, what the core already keeps — the timeout
// journal (new entries by id), the connection board (new transitions), the warning aggregates
// (those that changed) and the newest snapshot's confluence scores (one value per symbol and
// minute, the minute's last). The store queues and commits in batches on its own thread.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(store::HistoryStore &store, const health::TimeoutJournal &journal,
                    const health::ConnectionStatusBoard &board, const health::WarningAggregator *warnings,
                    const Clock &clock, HistoryRecorderSettings settings = {});

    // Starts the periodic collection; call on the recorder's thread.
    void start();
    // One last collection (everything seen so far, the current minute's scores included), then stops.
    void stop();
    // Reads every source once. Public for tests driving a ManualClock.
    void collect();
    // The newest snapshot; its signals are written at the next collection.
    void onSnapshot(virtuoso::CoreSnapshotPtr snapshot);

    quint64 timeoutsQueued() const { return m_timeouts; }
    quint64 statesQueued() const { return m_states; }
    quint64 warningsQueued() const { return m_warnings; }
    quint64 signalsQueued() const { return m_signals; }

private:
    void collectStates();
    void collectWarnings(bool force);
    void collectSignals(bool force);

    store::HistoryStore &m_store;
    const health::TimeoutJournal &m_journal;
    const health::ConnectionStatusBoard &m_board;
    const health::WarningAggregator *m_warningSource;
    const Clock &m_clock;
    HistoryRecorderSettings m_settings;
    QTimer *m_timer = nullptr;

    quint64 m_lastTimeoutId = 0;
    struct WrittenTransitions
    {
        qint64 epochMs = 0; // the newest transition written
        int atEpoch = 0;    // how many of the transitions at that time were written
    };
    std::map<QString, WrittenTransitions> m_lastTransition; // per connection
    std::map<QString, qint64> m_warningCounts;              // per code and key: count last written
    qint64 m_lastWarningWriteMs = -1;
    struct SignalState
    {
        qint64 minuteMs = -1;
        double score = 0;
        bool written = true;     // the value above is in the store
        qint64 writtenAtMs = -1; // monotonic
    };
    std::map<QString, SignalState> m_signalState;
    CoreSnapshotPtr m_snapshot;

    quint64 m_timeouts = 0;
    quint64 m_states = 0;
    quint64 m_warnings = 0;
    quint64 m_signals = 0;
};

} // namespace virtuoso
