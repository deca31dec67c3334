#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <mutex>
#include <vector>

namespace virtuoso::health {

// The life of one exchange connection (docs/connector.md: one state machine per connection).
enum class ConnectionState { Idle, Connecting, Subscribing, Live, Stale, Backoff, Stopped };

inline const char *connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return "idle";
    case ConnectionState::Connecting:
        return "connecting";
    case ConnectionState::Subscribing:
        return "subscribing";
    case ConnectionState::Live:
        return "live";
    case ConnectionState::Stale:
        return "stale";
    case ConnectionState::Backoff:
        return "backoff";
    case ConnectionState::Stopped:
        return "stopped";
    }
    return "unknown";
}

struct ConnectionTransition
{
    qint64 epochMs = 0;
    ConnectionState from = ConnectionState::Idle;
    ConnectionState to = ConnectionState::Idle;
    QString reason;
};

// Handler latency (frame received on the network thread → applied on the engine thread), microseconds.
// p50/p99/max/count cover the whole run; the recent figures cover the last 30–60 s, restarted when a
// history bootstrap ends, so start-up work does not hide (or excuse) the steady state.
struct HandlerLatency
{
    qint64 p50Us = 0;
    qint64 p99Us = 0;
    qint64 maxUs = 0;
    quint64 count = 0;
    qint64 recentP50Us = 0;
    qint64 recentP99Us = 0;
    qint64 recentMaxUs = 0;
    quint64 recentCount = 0;
    qint64 recentSpanMs = 0; // how far back the recent figures reach
};

// One subscribed topic of a connection. Counts come from the network thread (a few additions per
// message, no allocation); rates, `since` and ages are derived when the board is updated.
struct TopicStatus
{
    QString topic;           // "orderbook.50.BTCUSDT"
    QString state;           // "pending", "live", "stale", "rejected"
    qint64 sinceEpochMs = 0; // when the board first saw it in this state
    quint64 messages = 0;    // data messages on this topic since start
    quint64 bytes = 0;
    double messagesPerSec = 0; // over the last full second (or more) between board updates
    double bytesPerSec = 0;
    qint64 lastMessageAgeMs = -1; // -1: nothing received yet
    // Stale after this much silence: a few times the measured cadence, within [1 s, the configured
    // maximum]; the maximum until enough messages were seen. 0: event-driven, never judged stale.
    qint64 staleAfterMs = 0;
    HandlerLatency latency; // frame read → applied, for this topic
    QString lastError;      // the exchange's refusal, or why it went stale
};

// What an operator needs to see about one connection: where it is, why, and since when.
struct ConnectionStatus
{
    QString connId; // conn_0 … conn_N (stable for the same symbol set)
    QString url;
    ConnectionState state = ConnectionState::Idle;
    QString reason; // why it entered this state
    qint64 sinceEpochMs = 0;
    int backoffAttempt = 0; // n of Backoff(n); 0 when not backing off
    qint64 backoffDelayMs = 0;
    int topicsTotal = 0;
    int topicsLive = 0;
    int topicsStale = 0;
    QStringList rejectedTopics; // refused by the exchange; the others carry on
    qint64 lastPongRttMs = -1;
    quint64 framesReceived = 0;
    int reconnects = 0;
    int resyncs = 0;
    int maxSubscribesPerTopic = 0; // on the current socket; above 1 would be a duplicate subscription
    HandlerLatency latency;
    std::vector<ConnectionTransition> transitions; // most recent last, bounded
    quint64 bytesReceived = 0;                     // every frame, control frames included
    double messagesPerSec = 0;                     // frames per second (see TopicStatus for the window)
    double bytesPerSec = 0;
    qint64 lastMessageAgeMs = -1;  // since the last frame of any kind; -1 before the first
    qint64 lastDataAgeMs = -1;     // since the last data frame (pongs and acks do not count)
    qint64 staleAfterMs = 0;       // the fastest topic's threshold: silence beyond it is a stale connection
    QString lastError;             // the last failure that dropped the socket; empty when none
    qint64 sampledMonotonicMs = 0; // when these counts were read (monotonic clock)
    qint64 sampledEpochMs = 0;
    std::vector<TopicStatus> topics; // in subscription order
};

// One stage of a connectivity probe: DNS, TCP, TLS, HTTP, each timed.
struct ProbeStage
{
    QString name; // "dns", "tcp", "tls", "http"
    bool ok = false;
    qint64 ms = 0;
    QString detail; // the address, the status line, or what failed
};

// Diagnostics of the path to one exchange host; never a gate for reconnecting.
struct ProbeTarget
{
    QString url;
    std::vector<ProbeStage> stages;
    bool ok() const
    {
        for (const auto &s : stages)
            if (!s.ok)
                return false;
        return !stages.empty();
    }
};

struct ProbeResult
{
    qint64 epochMs = 0; // when it ran; 0 = never
    QString trigger;    // "on demand", "repeated connection failures"
    std::vector<ProbeTarget> targets;
    bool skewKnown = false;
    qint64 clockSkewMs = 0; // server time minus local time
    bool ok() const
    {
        for (const auto &t : targets)
            if (!t.ok())
                return false;
        return !targets.empty();
    }
};

// The latest status of every connection, written by the network thread and read by whoever
// publishes snapshots. A copy per read keeps the lock short.
class ConnectionStatusBoard
{
public:
    // Takes the statuses read on the network thread and fills what needs the previous reading:
    // messages/s and bytes/s over windows of at least a second, and each topic's `since`.
    void update(std::vector<ConnectionStatus> statuses)
    {
        std::lock_guard lock(m_mutex);
        for (ConnectionStatus &s : statuses) {
            deriveRates(s.connId, s.sampledMonotonicMs, s.framesReceived, s.bytesReceived, s.messagesPerSec,
                        s.bytesPerSec);
            for (TopicStatus &t : s.topics) {
                const QString key = s.connId + QLatin1Char('/') + t.topic;
                deriveRates(key, s.sampledMonotonicMs, t.messages, t.bytes, t.messagesPerSec, t.bytesPerSec);
                TopicSince &since = m_topicSince[key];
                if (since.state != t.state) {
                    since.state = t.state;
                    since.epochMs = s.sampledEpochMs;
                }
                t.sinceEpochMs = since.epochMs;
            }
        }
        m_statuses = std::move(statuses);
    }
    std::vector<ConnectionStatus> read() const
    {
        std::lock_guard lock(m_mutex);
        return m_statuses;
    }
    // One line on the feed as a whole: "fetching instruments", "streaming on 2 connections", ...
    void setFeedState(const QString &state)
    {
        std::lock_guard lock(m_mutex);
        m_feedState = state;
    }
    QString feedState() const
    {
        std::lock_guard lock(m_mutex);
        return m_feedState;
    }

    void setProbe(ProbeResult probe)
    {
        std::lock_guard lock(m_mutex);
        m_probe = std::move(probe);
    }
    ProbeResult probe() const
    {
        std::lock_guard lock(m_mutex);
        return m_probe;
    }

    // Rates need at least this much time between two readings; until then the last rate stands.
    static constexpr qint64 RateWindowMs = 1000;

private:
    struct RateWindow
    {
        qint64 startMs = -1;
        quint64 messages = 0;
        quint64 bytes = 0;
        double messagesPerSec = 0;
        double bytesPerSec = 0;
    };
    struct TopicSince
    {
        QString state;
        qint64 epochMs = 0;
    };

    void deriveRates(const QString &key, qint64 nowMs, quint64 messages, quint64 bytes, double &messagesPerSec,
                     double &bytesPerSec)
    {
        RateWindow &w = m_rates[key];
        if (w.startMs < 0 || messages < w.messages || bytes < w.bytes || nowMs < w.startMs) {
            w = RateWindow{nowMs, messages, bytes, 0, 0}; // first reading, or counters started over
        } else if (nowMs - w.startMs >= RateWindowMs) {
            const double seconds = static_cast<double>(nowMs - w.startMs) / 1000.0;
            w.messagesPerSec = static_cast<double>(messages - w.messages) / seconds;
            w.bytesPerSec = static_cast<double>(bytes - w.bytes) / seconds;
            w.startMs = nowMs;
            w.messages = messages;
            w.bytes = bytes;
        }
        messagesPerSec = w.messagesPerSec;
        bytesPerSec = w.bytesPerSec;
    }

    mutable std::mutex m_mutex;
    std::vector<ConnectionStatus> m_statuses;
    std::map<QString, RateWindow> m_rates;
    std::map<QString, TopicSince> m_topicSince;
    QString m_feedState;
    ProbeResult m_probe;
};

} // namespace virtuoso::health
