#pragma once

#include "base/Backoff.h"
#include "connector/HandoverQueue.h"
#include "connector/InstrumentCatalog.h"
#include "connector/MarketBootstrap.h"
#include "connector/PublicConnection.h"
#include "connector/PublicMessageDecoder.h"
#include "connector/RestClient.h"
#include "connector/TopicPlanner.h"
#include "model/market/PublicMessage.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace virtuoso::health {
class ConnectionStatusBoard;
}

namespace virtuoso::exchange {

class ConnectionPacer;

using MessageQueue = HandoverQueue<PublicMessage>;

struct MarketFeedSettings
{
    QUrl wsPublicUrl{QStringLiteral("wss://stream.bybit.com/v5/public/linear")};
    QStringList symbols;
    TopicPlanSettings plan;
    PublicConnectionSettings connection; // template: connId, index, url and topics are filled per connection
    WebSocketTransportSettings transport;
    int queueCapacity = 8192;
    qint64 pollIntervalMs = 100;
    bool bootstrap = true; // fetch history over REST at start
    BootstrapSettings history;
    qint64 bootstrapAfterOutageMs = 300'000; // no live connection this long → fetch history again
};

// Where bootstrap history goes (called on the network thread; the receiver posts to the engine).
struct HistoryHandlers
{
    std::function<void(const QStringList &symbols, const QList<int> &klineMinutes)> begin;
    std::function<void(HistoryPiece piece)> piece;
    std::function<void()> end;
};

// How a changed symbol set lands on the running connections. Removed symbols leave their
// connection; added ones join a connection that changes anyway (room permitting), then a connection
// slot left empty, then a new conn_N. Connections whose symbols did not change keep their socket and
// subscriptions; every connection keeps its conn_N name. A restart packs the set afresh.
struct SymbolSetChange
{
    std::vector<ConnectionPlan> plan; // one entry per connection slot; an empty one has no socket
    std::vector<int> changed;         // slots whose topics changed (new slots included), ascending
    QStringList symbols;              // the new set, normalised and sorted
    QStringList added, removed;
};

// The network thread's side of the public market data: the instrument catalog (REST), one
// PublicConnection per planned connection, decoding of each data frame, and hand-over to the
// engine through one bounded queue per connection. Never waits on the engine.
class PublicMarketFeed final : public QObject, public PublicFrameSink
{
    Q_OBJECT
public:
    PublicMarketFeed(MarketFeedSettings settings, RestClient &rest, health::TimeoutJournal &journal,
                     ConnectionPacer &pacer, health::ConnectionStatusBoard &board, const Clock &clock,
                     QObject *parent = nullptr);
    ~PublicMarketFeed() override;

    // Available right after construction, so the consumer can be wired before the threads start.
    const std::vector<ConnectionPlan> &plan() const { return m_plan; }
    std::vector<MessageQueue *> queues() const;
    // Called (on the network thread) when a queue has new messages and no wake-up is pending.
    void setWakeHandler(std::function<void()> wake) { m_wake = std::move(wake); }
    // Called (on the network thread) with each new instrument catalog.
    void setCatalogHandler(std::function<void(std::shared_ptr<const InstrumentCatalog>)> handler)
    {
        m_onCatalog = std::move(handler);
    }
    void setHistoryHandlers(HistoryHandlers handlers) { m_history = std::move(handlers); }
    // Called (network thread, at most once a minute) when a connection keeps failing to reconnect.
    void setRepeatedFailureHandler(std::function<void()> handler) { m_onRepeatedFailures = std::move(handler); }
    // Called (network thread) when a symbol-set change opens a connection slot: its new queue.
    void setConnectionAddedHandler(std::function<void(MessageQueue *, const QString &connId)> handler)
    {
        m_onConnectionAdded = std::move(handler);
    }
    // Called (network thread) with the new symbol set once the connections carry it; every frame of
    // a removed symbol's topics was pushed before this call.
    void setSymbolSetHandler(std::function<void(const QStringList &symbols)> handler)
    {
        m_onSymbolSet = std::move(handler);
    }
    // The consumer calls this as it starts draining. With `rearm` the next push wakes it again;
    // without, the wake-up stays pending (the consumer comes back by itself within its drain window)
    // and only a backlog of kUrgentFraction of a queue wakes it before that.
    void acknowledgeWake(bool rearm = true)
    {
        m_urgentPending.store(false, std::memory_order_relaxed);
        // Sequentially consistent, as the check in wakeEngine: either the consumer's next look at
        // the queues sees a message, or the producer sees the cleared flag and posts a wake-up.
        if (rearm)
            m_wakePending.store(false, std::memory_order_seq_cst);
    }

    // Network thread: fetch instruments, then start the connections.
    void start();
    void stop();
    // Network thread (queued from the engine): one topic needs a fresh snapshot.
    void requestResync(int connIndex, const QString &topic, const QString &reason);
    // Network thread: drop every connection and reconnect through the backoff.
    void reconnectAll(const QString &reason);
    // Network thread: watch `symbols` from now on. The instrument catalog is fetched again (a new
    // listing must be known), then only the connections whose topics change are recycled, new
    // symbols get their history, and the consumer is told the new set (see setSymbolSetHandler).
    void updateSymbols(const QStringList &symbols);
    QStringList symbols() const { return m_settings.symbols; }
    static SymbolSetChange replan(const std::vector<ConnectionPlan> &current, const QStringList &symbols,
                                  const TopicPlanSettings &settings);

    // Null for a slot left empty by a symbol-set change.
    PublicConnection *connection(int index) const;
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    QString stateText() const { return m_stateText; }
    quint64 droppedFrames() const { return m_dropped; }
    // Loss notes waiting for room in a full queue (bounded by the connection's topics).
    std::size_t pendingLossNotes(int connIndex) const { return m_lost[static_cast<size_t>(connIndex)].size(); }

    // PublicFrameSink
    bool deliverFrame(int connIndex, std::string_view topic, const QByteArray &frame, qint64 receivedNs) override;
    void endOfRead(int connIndex) override;
    // Room for the frame and the loss notes waiting before it. When there is none the native
    // transport stops reading until there is (back-pressure instead of a loss).
    bool canTakeFrame(int connIndex) override;
    // The engine is woken once per socket read, or after this many messages of one long read.
    static constexpr int kWakeAfterMessages = 64;
    // While the engine holds its wake-up (its drain window), a queue filled to 1/kUrgentFraction of
    // its capacity wakes it anyway: a burst never waits for the window to end.
    static constexpr std::size_t kUrgentFraction = 8;

private:
    void fetchInstruments();
    void onInstruments(const RestReply &reply);
    void startConnections();
    void openConnection(size_t index);
    void applySymbolSet();
    void startBootstrap(const QStringList &symbols);
    void tick();
    bool flushLossNotes(int connIndex, MessageQueue &queue, qint64 nowNs);
    void noteLoss(int connIndex, std::string_view topic, qint64 receivedNs);
    // `queue`: the one just pushed to, for the backlog check (none from the timer).
    void wakeEngine(const MessageQueue *queue);

    MarketFeedSettings m_settings;
    RestClient &m_rest;
    health::TimeoutJournal &m_journal;
    ConnectionPacer &m_pacer;
    health::ConnectionStatusBoard &m_board;
    const Clock &m_clock;
    std::vector<ConnectionPlan> m_plan;
    std::vector<std::unique_ptr<MessageQueue>> m_queues;
    std::vector<std::unique_ptr<WebSocketTransport>> m_transports;
    std::vector<std::unique_ptr<PublicConnection>> m_connections;
    PublicMessageDecoder m_decoder;
    std::vector<InstrumentSpec> m_collected; // instruments pages gathered so far
    QString m_cursor;
    Backoff m_catalogRetry;
    QTimer m_timer;
    std::function<void()> m_wake;
    std::function<void(std::shared_ptr<const InstrumentCatalog>)> m_onCatalog;
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_urgentPending{false}; // a wake-up posted past a pending one for a backlog
    int m_unannounced = 0;                    // messages queued since the engine was last woken
    HistoryHandlers m_history;
    std::shared_ptr<const InstrumentCatalog> m_catalog;
    MarketBootstrap *m_bootstrap = nullptr;
    QString m_historyText;
    QStringList m_historyWaiting; // added symbols whose history waits for the running bootstrap
    std::function<void(MessageQueue *, const QString &)> m_onConnectionAdded;
    std::function<void(const QStringList &)> m_onSymbolSet;
    std::optional<QStringList> m_pendingSymbols; // applied once the refreshed catalog arrives
    bool m_fetching = false;
    qint64 m_outageSinceMs = -1;
    std::function<void()> m_onRepeatedFailures;
    qint64 m_lastFailureReportMs = -1;
    QString m_stateText;
    quint64 m_dropped = 0;
    qint64 m_lastOverflowLogMs = -1;
    // Per queue: book and ticker topics that lost frames and whose loss note is not queued yet.
    std::vector<std::vector<HandoverLoss>> m_lost;
    bool m_running = false;
};

} // namespace virtuoso::exchange
