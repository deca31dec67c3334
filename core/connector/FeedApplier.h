#pragma once

#include "connector/InstrumentCatalog.h"
#include "connector/MarketBootstrap.h"
#include "connector/MarketObserver.h"
#include "connector/MarketTap.h"
#include "connector/PublicMarketFeed.h"
#include "connector/WakeTimer.h"
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/MarketFeedAdapter.h"
#include "model/health/CompactLatencyHistogram.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/LatencyHistogram.h"
#include "model/health/MetricsRegistry.h"
#include "model/market/MarketState.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace virtuoso {
class Clock;
namespace health {
class TimeoutJournal;
}
} // namespace virtuoso

namespace virtuoso::exchange {

// The engine thread's end of the hand-over queues: applies each decoded message to MarketState,
// measures handler latency per connection (frame read → applied), reports HANDLER_SLOW above the
// budget (an event, never a disconnect) and asks the network side to resync a topic when the book
// says so (gap, crossed, undecodable).
class FeedApplier final : public QObject
{
    Q_OBJECT
public:
    FeedApplier(std::vector<MessageQueue *> queues, QStringList connIds, health::TimeoutJournal &journal,
                const Clock &clock, qint64 handlerBudgetMs, market::MarketLimits limits = {},
                QObject *parent = nullptr);

    // Posted to the network thread: (connection index, topic, reason).
    void setResyncHandler(std::function<void(int, const QString &, const QString &)> handler)
    {
        m_resync = std::move(handler);
    }
    // Called as each drain starts: with true the next push wakes the engine again, with false the
    // wake-up stays pending through the drain window (PublicMarketFeed::acknowledgeWake).
    void setWakeAcknowledger(std::function<void(bool rearm)> ack) { m_ackWake = std::move(ack); }
    // Engine thread: while messages keep coming, drain at most once per `windowNs` (0: at every
    // wake-up). A wake-up after a quiet spell longer than the window drains at once; one that
    // comes within the window of the last drain keeps the wake-up pending, so the network thread
    // posts nothing, and `timer` brings the engine back when the window ends to drain what came
    // meanwhile — again and again while the stream keeps coming. A message so waits for the engine
    // `windowNs` at most (plus the wait for a core); a backlog wakes it at once
    // (PublicMarketFeed::kUrgentFraction).
    void setDrainWindow(qint64 windowNs, std::unique_ptr<WakeTimer> timer);
    qint64 drainWindowNs() const { return m_windowNs; }
    quint64 drainCount() const { return m_drains; }

    // Engine thread: the feed opened a connection slot for added symbols; its queue is drained too.
    void addConnection(MessageQueue *queue, const QString &connId);
    // Engine thread: only `symbols` are watched from now on. Applies everything queued first (the feed
    // queued the last frame of a removed topic before telling), then forgets every other symbol:
    // market state, held stream data, confluence state and signal. History of other
    // symbols still in flight is ignored from here on.
    void setWatchedSymbols(const QStringList &symbols);

    // Engine thread: applies what is queued (in bounded batches, re-posting itself when more waits).
    // Market state first, confluence inputs after: between two confluence inputs, whatever arrived
    // meanwhile is applied to the market state, so an evaluation delays it by one evaluation at most.
    void drain();
    // Engine thread: applies to the market state what has arrived, confluence inputs left for the
    // next drain. Cheap when nothing is queued; long engine work calls it between its steps.
    void applyArrived();
    void setCatalog(std::shared_ptr<const InstrumentCatalog> catalog) { m_catalog = std::move(catalog); }
    // Engine thread: mark prices go to `tap` after each drain, and with `withBooks` the top
    // `bookDepth` levels of each book that changed and every trade (the paper broker's market).
    void setMarketTap(MarketTap tap, bool withBooks, int bookDepth = 25);
    // Engine thread: the tap is handed on at most once per `intervalNs` (0: after every drain),
    // the first batch after a quiet interval at once; a later one with the first drain after the
    // interval, or by `timer` kTapGraceNs after it when no drain comes (in a stream the drains come
    // more often than that, so the engine is not woken for the tap as well). Every mark (as it changed) and every trade
    // go in order; a book goes as it is when the batch leaves, the newest levels of the interval.
    void setTapInterval(qint64 intervalNs, std::unique_ptr<WakeTimer> timer);
    static constexpr qint64 kTapGraceNs = 2'000'000;
    // Engine thread: `observer` sees every applied trade, liquidation, ticker and confluence signal
    // from now on, and afterDrain() after each drain. Not owned; removeObserver before it dies.
    void addObserver(MarketObserver *observer);
    void removeObserver(MarketObserver *observer);

    // History (REST bootstrap). Between begin and the piece (or end), stream candles and trades of
    // those symbols are held back, so history lands first and the rings stay in time order.
    void beginHistory(const QStringList &symbols, const QList<int> &klineMinutes);
    void applyHistory(const HistoryPiece &piece);
    void endHistory();
    bool holdingHistory() const { return !m_holds.empty(); }

    // Runs the confluence engine next to the market state: every accepted message, the 1m history
    // and the slow series feed it; a 100 ms timer evaluates symbols the live rate limit held back.
    void attachConfluence(const confluence::ConfluenceSettings &settings);
    const confluence::ConfluenceEngine *confluence() const { return m_confluence.get(); }
    // The newest signal of each symbol, sorted by symbol (shared until the symbol is evaluated again).
    std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> confluenceSignals();

    const market::MarketState &market() const { return m_market; }
    market::MarketState &market() { return m_market; }
    health::HandlerLatency latency(int connIndex) const;
    const health::LatencyHistogram &histogram(int connIndex) const { return m_histograms[size_t(connIndex)]; }
    quint64 appliedCount() const { return m_applied; }

    // Snapshot parts (engine thread).
    std::vector<MarketSummary> summaries();
    std::optional<OrderBookView> orderBook(const QString &symbol, int depth) const;
    // The newest `limit` candles of one interval (minutes), oldest first; nothing when the symbol
    // or interval is unknown or its instrument has not arrived.
    std::optional<CandleSeriesView> candles(const QString &symbol, int intervalMinutes, int limit) const;
    // Fills the latency of each status from this thread's histograms.
    // Observes every message's handler latency in virtuoso_handler_latency_seconds{conn} too.
    // Call before the first drain (the registry must outlive the applier).
    void setMetrics(health::MetricsRegistry *metrics);
    // Messages waiting in each connection's hand-over queue, by connection id.
    std::vector<std::pair<QString, size_t>> queueDepths() const;
    // Fills the latency of each status and of its topics from this thread's histograms.
    void addLatency(std::vector<health::ConnectionStatus> &statuses);

private:
    // Market state, latency, resync requests; returns whether the confluence engine wants it.
    bool applyToMarket(PublicMessage &message);
    // Feeds the confluence inputs of up to `maxMessages` applied messages per queue and frees them,
    // applying arrivals in between; true when more is waiting.
    bool feedBacklog(std::size_t maxMessages);
    void recordLatency(int connIndex, qint64 latencyNs, qint64 nowMs);
    void feedConfluence(const PublicMessage &message);
    // The symbol's name as the confluence engine keys it, made once per symbol.
    const QString &confluenceName(const Symbol &symbol);
    void feedConfluenceHistory(const HistoryPiece &piece);
    void reportDecodeError(int connIndex, const DecodeError &error);
    void reportSlow(int connIndex, qint64 latencyNs, const std::optional<TopicKey> &topic);

    struct Held
    {
        std::deque<KlineMessage> klines;
        std::deque<TradeMessage> trades;
    };
    static QString holdKey(const Symbol &symbol, TopicKind kind, int interval);
    bool holdBack(const PublicMessage &message);
    void release(const QString &key);

    bool watched(const Symbol &symbol) const;
    void tapMessage(const PublicMessage &message);
    void observe(const PublicMessage &message);
    std::vector<MarketObserver *> m_observers;
    // `windowEnded`: called by the window's timer rather than a wake-up.
    void drainQueues(bool windowEnded);
    void onWindowEnd();
    bool anyReadable() const;
    bool tapWaiting() const;
    void maybeFlushTap(qint64 nowNs);
    void flushTap();

    MarketTap m_tap;
    bool m_tapBooks = false;
    int m_tapDepth = 25;
    std::shared_ptr<MarketTapBatch> m_tapBatch;
    std::vector<std::pair<Symbol, int>> m_tapDirtyBooks; // symbol, depth topic
    std::unordered_map<Symbol, Ticks> m_tapMarks;        // the last mark handed on
    std::unordered_map<Symbol, QString> m_symbolNames;
    qint64 m_tapIntervalNs = 0;
    qint64 m_lastTapNs = -1;
    std::unique_ptr<WakeTimer> m_tapTimer;

    qint64 m_windowNs = 0;
    bool m_windowOpen = false; // the wake-up is held; the timer ends the window
    qint64 m_lastDrainNs = -1;
    quint64 m_drains = 0;
    std::unique_ptr<WakeTimer> m_windowTimer;

    std::map<QString, Held> m_holds;
    std::optional<QSet<QString>> m_watched; // unset: whatever the feed sends
    std::vector<MessageQueue *> m_queues;
    QStringList m_connIds;
    health::TimeoutJournal &m_journal;
    const Clock &m_clock;
    qint64 m_budgetNs;
    market::MarketState m_market;
    std::shared_ptr<const InstrumentCatalog> m_catalog;
    std::vector<health::LatencyHistogram> m_histograms; // since start
    // The recent window: the current slice and the one before; restarted when history ends.
    struct RecentLatency
    {
        health::LatencyHistogram current, previous;
        qint64 sliceStartMs = -1;
        qint64 windowStartMs = -1;
    };
    std::vector<RecentLatency> m_recent;
    // Per queue: messages applied to the market but still waiting for the confluence inputs (they
    // stay in their slots), and whether each wants them, in a ring indexed by arrival.
    struct Backlog
    {
        std::size_t applied = 0;
        std::uint64_t fedSeq = 0;
        std::vector<std::uint8_t> wantsConfluence;
    };
    std::vector<Backlog> m_backlog;
    health::MetricsRegistry *m_metrics = nullptr;
    std::vector<health::Histogram *> m_latencyMetrics; // per connection, empty without metrics
    struct TopicKeyHash
    {
        size_t operator()(const TopicKey &k) const
        {
            return std::hash<Symbol>{}(k.symbol) ^ (size_t(k.kind) << 20) ^ size_t(k.param);
        }
    };
    std::unordered_map<TopicKey, health::CompactLatencyHistogram, TopicKeyHash> m_topicLatency;
    TopicKey m_lastTopic;                                          // the topic of the previous message
    health::CompactLatencyHistogram *m_lastTopicLatency = nullptr; // its entry (entries are never erased)
    struct SlowWindow
    {
        qint64 windowStartMs = -1;
        int count = 0;
        qint64 worstNs = 0;
    };
    std::vector<SlowWindow> m_slow;
    std::function<void(int, const QString &, const QString &)> m_resync;
    std::function<void(bool)> m_ackWake;
    quint64 m_applied = 0;
    quint64 m_decodeErrors = 0;
    qint64 m_lastDecodeLogMs = -1;
    bool m_drainPosted = false;
    std::unique_ptr<confluence::ConfluenceEngine> m_confluence;
    std::unique_ptr<confluence::MarketFeedAdapter> m_confluenceFeed;
};

} // namespace virtuoso::exchange
