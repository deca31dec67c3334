#pragma once

#include "base/Backoff.h"
#include "connector/TopicPlanner.h"
#include "connector/WebSocketTransport.h"
#include "model/health/ConnectionStatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace virtuoso {
class Clock;
namespace health {
class TimeoutJournal;
}
} // namespace virtuoso

namespace virtuoso::exchange {

class ConnectionPacer;
using health::ConnectionState;
using health::ConnectionStatus;
using health::ConnectionTransition;
using health::TimeoutJournal;

// Receives the data frames of a connection on its network thread. Decoding and hand-over to the
// engine happen behind this seam; the connection only needs to know whether the frame got through.
class PublicFrameSink
{
public:
    virtual ~PublicFrameSink() = default;
    // Returns false when the frame could not be handed over (queue full): the topic is resynced.
    virtual bool deliverFrame(int connIndex, std::string_view topic, const QByteArray &frame, qint64 receivedNs) = 0;
    // Every frame of one socket read was delivered (work handed over per frame may be flushed).
    virtual void endOfRead(int connIndex) { Q_UNUSED(connIndex); }
    // Whether a frame can be handed over now without loss (room in the queue).
    virtual bool canTakeFrame(int connIndex)
    {
        Q_UNUSED(connIndex);
        return true;
    }
};

struct PublicConnectionSettings
{
    QString connId = QStringLiteral("conn_0");
    int index = 0;
    QUrl url;
    QStringList topics;
    qint64 pingIntervalMs = 20000;
    qint64 pongTimeoutMs = 10000;
    qint64 connectTimeoutMs = 10000;
    qint64 subscribeTimeoutMs = 10000;
    qint64 minResyncIntervalMs = 1000; // one topic is resubscribed at most this often
    // A watched topic is stale after staleFactor × its measured median interval, at least 1 s (and at
    // least the silence the exchange allows it, TopicInfo::normalSilenceMs: 60 s for candles) and at
    // most staleFactor × its nominal interval (TopicInfo::expectedIntervalMs). A topic resubscribes, and
    // a connection with no data at all reconnects, only once the maximum has passed.
    double staleFactor = 5;
    Backoff::Settings backoff;
    quint64 seed = 0; // 0: random
    TopicPlanSettings batching;
    int transitionHistory = 32;
};

enum class TopicState { Pending, Live, Stale, Rejected };

// One public WebSocket and its state machine:
//   Connecting → Subscribing → Live ⇄ Stale → Backoff(n) → Connecting
// Every transition carries a reason. Time comes only from the injected Clock; the owner calls
// poll() from a timer (or a test calls it after advancing a ManualClock). Lives on one thread.
class PublicConnection final : public WebSocketTransport::Listener
{
public:
    PublicConnection(PublicConnectionSettings settings, WebSocketTransport &transport, ConnectionPacer &pacer,
                     TimeoutJournal &journal, const Clock &clock, PublicFrameSink *sink = nullptr);
    ~PublicConnection() override;

    void start();
    void stop(const QString &reason);
    // Runs timers: connect slot and deadline, pings and pong deadline, ack deadline, data-age watchdog.
    void poll();

    // Unsubscribe + subscribe one topic for a fresh snapshot (u gap, crossed book, queue overflow).
    // Returns false when not connected (the next connection subscribes anew) or throttled.
    bool resyncTopic(const QString &topic, const QString &reason);
    // Never subscribes `topic` (e.g. its symbol is not listed); reported like an exchange refusal.
    void rejectTopic(const QString &topic, const QString &why);
    // Drops the socket and reconnects through the backoff (e.g. an operator's request).
    void reconnect(const QString &reason);

    const QString &connId() const { return m_settings.connId; }
    int index() const { return m_settings.index; }
    ConnectionState state() const { return m_state; }
    TopicState topicState(const QString &topic) const;
    QStringList topics() const { return m_settings.topics; }
    ConnectionStatus status() const;
    // Subscribe args sent for `topic` on the current socket (resyncs unsubscribe first); for tests
    // proving that a reconnect subscribes each topic exactly once.
    int subscribesThisSession(const QString &topic) const;
    qint64 retryAtMs() const { return m_retryAtMs; }

    // WebSocketTransport::Listener
    void onTransportOpened() override;
    void onTransportClosed(const QString &reason) override;
    void onTransportText(const QByteArray &frame, qint64 receivedNs) override;
    void onTransportReadDone() override;
    bool transportMayDeliver() override;

    // No topic is judged stale sooner than this, however fast it streams.
    static constexpr qint64 MinStaleAfterMs = 1000;
    // Intervals seen before the measured cadence replaces the nominal one.
    static constexpr int MinCadenceSamples = 8;

private:
    struct TopicSlot
    {
        QString name;
        TopicInfo info;
        TopicState state = TopicState::Pending;
        qint64 subscribedAtMs = 0;
        qint64 lastDataMs = 0;
        qint64 nextStaleReportMs = 0;
        int staleReports = 0;
        qint64 lastResyncMs = -1;
        bool resyncDeferred = false;
        QString deferredReason;
        int sessionSubscribes = 0;
        QString rejection;
        quint64 messages = 0; // data messages, for the connection registry
        quint64 bytes = 0;
        // Cadence: the most recent inter-message intervals, and the threshold derived from them.
        std::array<qint64, 16> gaps{};
        int gapCount = 0;
        int gapNext = 0;
        qint64 cadenceStaleAfterMs = 0; // 0 until enough intervals were seen
    };
    struct PendingRequest
    {
        QByteArray reqId;
        bool subscribe = true;
        std::vector<int> topics;
        qint64 sentMs = 0;
    };
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    void transition(ConnectionState to, const QString &reason);
    void enterConnecting(const QString &reason);
    void failAndBackoff(const QString &reason);
    void sendSubscribe(const std::vector<int> &topics, bool subscribe);
    void sendPing(qint64 now);
    void handleControl(const QByteArray &frame, qint64 now);
    void handleAck(const QJsonObject &ack, bool subscribe, qint64 now);
    void rejectTopic(int slot, const QString &why);
    void markTopicLive(TopicSlot &slot, qint64 now);
    void checkSubscribed(qint64 now);
    void runWatchdog(qint64 now);
    void refreshLiveness(const QString &why);
    void noteInterval(TopicSlot &slot, qint64 gapMs);
    qint64 maxStaleAfter(const TopicSlot &slot) const;
    qint64 staleAfter(const TopicSlot &slot) const;
    int findTopic(std::string_view name) const;
    QByteArray nextReqId();
    bool connected() const;

    PublicConnectionSettings m_settings;
    WebSocketTransport &m_transport;
    ConnectionPacer &m_pacer;
    TimeoutJournal &m_journal;
    const Clock &m_clock;
    PublicFrameSink *m_sink;
    Backoff m_backoff;

    ConnectionState m_state = ConnectionState::Idle;
    QString m_reason;
    qint64 m_sinceEpochMs = 0;
    std::deque<ConnectionTransition> m_transitions;

    std::vector<TopicSlot> m_topics;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_topicIndex;
    // The entry found last (entries are only ever added, so it stays valid): a stream repeats its
    // topic from frame to frame, and one comparison replaces a hash of the name.
    mutable const std::pair<const std::string, int> *m_lastTopic = nullptr;
    std::deque<PendingRequest> m_pending;

    bool m_opening = false;
    qint64 m_connectAtMs = 0;
    qint64 m_connectDeadlineMs = 0;
    qint64 m_retryAtMs = 0;
    qint64 m_backoffDelayMs = 0;
    qint64 m_openedAtMs = 0;
    qint64 m_nextPingMs = 0;
    qint64 m_pingSentMs = -1; // outstanding ping, -1 when none
    QByteArray m_pingReqId;
    qint64 m_lastPongRttMs = -1;
    qint64 m_lastFrameMs = 0;
    qint64 m_lastDataMs = 0;
    qint64 m_subscribedAtMs = 0;
    quint64 m_framesReceived = 0;
    quint64 m_bytesReceived = 0;
    QString m_lastError;
    quint64 m_session = 0;
    quint64 m_reqCounter = 0;
    int m_reconnects = 0;
    int m_resyncs = 0;
    bool m_everLive = false;
    bool m_silent = false; // no data on any topic beyond the fastest topic's threshold (journaled once)
};

} // namespace virtuoso::exchange
