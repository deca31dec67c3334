#pragma once

#include "base/CrossThreadGate.h"
#include "base/WorkerThread.h"
#include "base/config/Config.h"
#include "connector/ConnectionPacer.h"
#include "model/alerts/AlertBoard.h"
#include "model/health/ConnectionMetrics.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/TimeoutJournal.h"
#include "model/market/MarketRecords.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"
#include "store/TimeoutHistory.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace virtuoso {

class Clock;
namespace exchange {
class RestClient;
class PublicMarketFeed;
class FeedApplier;
class ConnectivityProbe;
} // namespace exchange
namespace sim {
class EmbeddedSimulator;
}
namespace store {
class HistoryStore;
}
namespace alerts {
class AlertService;
class DesktopNotifier;
class RecordingDesktopNotifier;
} // namespace alerts
class AlertSources;
class SignalOutcomes;
class AutoPaper;
namespace outcomes {
struct OutcomeSettings;
}
class OutcomeWriter;
struct OutcomesSummary;
namespace trading {
class TradingService;
struct TradingView;
} // namespace trading
class HistoryRecorder;

// The core of the program as docs/architecture.md (Threads) lays it out: a network thread for the exchange sockets,
// an engine thread for market state and analysis, and the caller's (main) thread for consumers.
// The GUI and the daemon both own one CoreRuntime; tests create their own with a ManualClock.
class CoreRuntime : public QObject
{
    Q_OBJECT
public:
    explicit CoreRuntime(Config config, const Clock &clock, QObject *parent = nullptr);
    ~CoreRuntime() override;

    // Starts the threads and their workers. Returns false with a user-facing reason on failure.
    bool start(QString *error);
    // Stops workers and joins the threads; safe to call twice.
    void stop();

    // True when every owned event loop answered a heartbeat within `maxLagMs`. Measured, not assumed.
    bool isResponsive(qint64 maxLagMs = 2000) const;
    // Milliseconds since the slowest thread last answered a heartbeat.
    qint64 worstHeartbeatAgeMs() const;

    const Config &config() const { return m_config; }
    // A reloaded configuration (SIGHUP). Applies what can change while running — exchange.symbols
    // (only the connections whose topics change are resubscribed) and the warning limits of
    // [logging] — and returns every other key that differs from the configuration the core started
    // with: those take effect after a restart. The caller reports them.
    QStringList applyConfig(const Config &next);
    QString dataSourceDescription() const;

    QThread *networkThread() { return m_network.thread(); }
    QThread *engineThread() { return m_engine.thread(); }

    // Every timeout and failure of the connector (thread-safe).
    health::TimeoutJournal &timeoutJournal() { return m_journal; }
    // The latest state of every exchange connection (thread-safe copy).
    std::vector<health::ConnectionStatus> connections() const { return m_board.read(); }
    // The connector's book of `symbol`, up to `depth` levels per side; nothing when there is none
    // (yet) or the core is not running. Asks the engine thread and waits for its answer.
    std::optional<OrderBookView> orderBook(const QString &symbol, int depth) const;
    // The newest `limit` exchange candles of `symbol` for one interval in minutes (1, 5, 30, 240 are
    // kept), bootstrap history included; asks the engine thread like orderBook().
    std::optional<CandleSeriesView> candles(const QString &symbol, int intervalMinutes, int limit) const;
    // The same reads for callers that must never wait (the desktop's GUI thread). Each returns at
    // once; `done` runs later on the engine thread, with the answer orderBook()/candles() would
    // give. Nothing is answered when the core is not running, or stops before the engine gets to it.
    void orderBookAsync(const QString &symbol, int depth, std::function<void(std::optional<OrderBookView>)> done);
    void candlesAsync(const QString &symbol, int intervalMinutes, int limit,
                      std::function<void(std::optional<CandleSeriesView>)> done);
    // The public trades of `symbol` at or after `sinceMs` (exchange time), oldest first, at most
    // `limit` of the newest; answered like orderBookAsync (the trading desk's ladder flashes them).
    void recentTradesAsync(const QString &symbol, qint64 sinceMs, int limit,
                           std::function<void(std::vector<market::TradeRecord>)> done);
    // The endpoints in use (the embedded simulator's when exchange.source = sim); empty before start().
    QUrl restUrl() const { return m_restUrl; }
    QUrl wsPublicUrl() const { return m_wsPublicUrl; }
    // The embedded simulator's control API and its Authorization value; empty without one.
    QString simulatorControlUrl() const;
    QByteArray simulatorControlAuthorization() const;
    // Operator's request: drop every exchange connection and reconnect through the backoff.
    void reconnectAll(const QString &reason);
    // Times DNS, TCP, TLS and HTTP to the exchange hosts and the clock skew, on the probe's own
    // thread; the result lands in the snapshots (and PROBE_FAILED entries). Diagnostics, never a
    // gate. Thread-safe; ignored while a probe is running.
    void runConnectivityProbe(const QString &trigger = QStringLiteral("on demand"));
    health::ProbeResult lastProbe() const { return m_board.probe(); }

    // The SQLite history (store.*); null when disabled, not started or unavailable.
    const store::HistoryStore *history() const { return m_history.get(); }
    // Timeout entries from the ring and, for older ranges, from the history store (thread-safe).
    store::TimeoutHistoryResult timeoutHistory(const health::TimeoutQuery &query) const;
    // The same on the query thread, which waits for the store so that no caller does: `done` runs
    // there. Nothing is answered when the core is not running.
    void timeoutHistoryAsync(const health::TimeoutQuery &query, std::function<void(store::TimeoutHistoryResult)> done);
    // Runs `work` on the query thread; dropped when the core is not running.
    void postQuery(std::function<void()> work);
    // Every metric of this core for /metrics: connections, timeouts, REST, queues, latency,
    // warnings by code and process usage.
    health::MetricsRegistry &metrics() { return m_metrics; }
    const health::MetricsRegistry &metrics() const { return m_metrics; }

    // Trading (docs/trading.md): paper by default, on its own thread. The view is never null once
    // the core has started (it says why when trading could not start). Thread-safe.
    std::shared_ptr<const trading::TradingView> tradingView() const;
    // Runs `work` on the trading thread with the service; dropped when the core is not running.
    void postTrading(std::function<void(trading::TradingService &)> work);
    // The operator typed the confirmation a live venue needs; call before start().
    void setLiveTradingConfirmed(bool confirmed) { m_liveConfirmed = confirmed; }

    // Alerts (docs/alerts.md): the rules evaluated on the engine thread, delivered on their own.
    // Where desktop channels deliver (the workstation's tray); call before start(). Without one,
    // desktop alerts are kept in memory (the daemon has no desktop); not owned.
    void setDesktopNotifier(alerts::DesktopNotifier *notifier) { m_desktopNotifier = notifier; }
    // The alerts' part of the snapshots as of now; null when alerts are off or the core is stopped.
    alerts::AlertBoardPtr alertBoard() const;
    // The alert journal's file; empty when alerts are off.
    QString alertJournalPath() const { return m_alertJournalPath; }
    // An operator mutes a rule or a key for `durationMs` (0 lifts the mute). Thread-safe.
    void muteAlertRule(const QString &rule, qint64 durationMs);
    void muteAlertKey(const QString &key, qint64 durationMs);
    // One test alert through `channel`; `done` runs on the engine thread with an error text (empty:
    // queued for delivery). Not answered when alerts are off or the core is stopped.
    void sendTestAlert(const QString &channel, std::function<void(QString)> done);

    // Signal outcomes (docs/backtest.md, "In the running core"): every confluence signal tracked on
    // the engine thread and kept in an SQLite file written on its own thread.
    // The outcome database; empty when outcomes are off or the core is not running.
    QString outcomesPath() const { return m_started && m_signalOutcomes ? m_outcomesPath : QString(); }
    // The live tracker's counters as of its last hand-over; nothing when outcomes are off.
    std::optional<OutcomesSummary> outcomesSummary() const;
    // Auto-paper (trading.auto_paper): every tracked signal traded on the paper venue; null when off.
    // Its trades() and summary() are thread-safe.
    const AutoPaper *autoPaper() const { return m_started ? m_autoPaper.get() : nullptr; }

signals:
    // After each change of the trading view (queued to the receiver's thread).
    void tradingChanged();
    void snapshotPublished(virtuoso::CoreSnapshotPtr snapshot);

private:
    bool resolveEndpoints(QString *error);
    void startMarketFeed();
    void sendHeartbeats();
    // Runs `query` on the engine thread against the applier and waits for its answer;
    // nothing when the core is not running.
    template<typename Query>
    auto askEngine(Query query) const -> decltype(query(std::declval<const exchange::FeedApplier &>()));
    // Runs `query` on the engine thread and hands its answer to `done` there; nothing when the
    // core is not running.
    template<typename Query, typename Done>
    void askEngineLater(Query query, Done done);
    void startHistory();
    void stopHistory();
    void startTrading();
    void stopTrading();
    void startAlerts();
    void stopAlerts();
    // The alert rules of a reloaded configuration; channel changes are returned (restart needed).
    QStringList reloadAlerts(const Config &next);
    void startOutcomes();
    void stopOutcomes();
    AutoPaper *startAutoPaper(const outcomes::OutcomeSettings &settings); // CoreRuntimeOutcomes.cpp

    Config m_config;
    Config m_startConfig; // what the threads, sockets and simulator were built from
    const Clock &m_clock;
    health::MetricsRegistry m_metrics; // before the journal, which counts into it
    health::TimeoutJournal m_journal;
    health::ConnectionStatusBoard m_board;
    exchange::ConnectionPacer m_pacer;
    std::unique_ptr<sim::EmbeddedSimulator> m_simulator;
    QUrl m_restUrl;
    QUrl m_wsPublicUrl;
    WorkerThread m_network{QStringLiteral("virtuoso-network")};
    WorkerThread m_engine{QStringLiteral("virtuoso-engine")};
    WorkerThread m_probeThread{QStringLiteral("virtuoso-probe")};
    // Reads that wait on the history store, off every caller's thread and off the engine's.
    WorkerThread m_queryThread{QStringLiteral("virtuoso-queries")};
    QObject *m_queryAnchor = nullptr;
    exchange::ConnectivityProbe *m_probe = nullptr;
    std::atomic<bool> m_probeRunning{false};
    std::shared_ptr<CrossThreadGate> m_gate;
    SnapshotPublisher *m_publisher = nullptr;
    QObject *m_networkAnchor = nullptr;
    exchange::RestClient *m_rest = nullptr;
    exchange::PublicMarketFeed *m_feed = nullptr;
    exchange::FeedApplier *m_applier = nullptr;
    std::unique_ptr<store::HistoryStore> m_history;
    WorkerThread m_historyThread{QStringLiteral("virtuoso-history")};
    HistoryRecorder *m_recorder = nullptr;
    health::ConnectionMetrics m_connectionMetrics{m_metrics}; // engine thread only
    qint64 m_lastConnectionMetricsMs = -1;
    QTimer m_heartbeatTimer;
    // monotonic ms of the last answered heartbeat: [main, network, engine]
    std::array<std::atomic<qint64>, 3> m_lastBeat{};
    WorkerThread m_tradingThread{QStringLiteral("virtuoso-trading")};
    trading::TradingService *m_trading = nullptr;
    bool m_liveConfirmed = false;
    std::shared_ptr<alerts::AlertService> m_alertService;
    AlertSources *m_alertSources = nullptr; // engine thread
    alerts::DesktopNotifier *m_desktopNotifier = nullptr;
    std::unique_ptr<alerts::RecordingDesktopNotifier> m_recordingDesktop;
    QString m_alertJournalPath;
    WorkerThread m_outcomesThread{QStringLiteral("virtuoso-outcomes")};
    SignalOutcomes *m_signalOutcomes = nullptr; // engine thread
    OutcomeWriter *m_outcomeWriter = nullptr;   // outcomes thread
    QString m_outcomesPath;
    std::unique_ptr<AutoPaper> m_autoPaper; // used on the trading thread
    bool m_started = false;
};

} // namespace virtuoso
