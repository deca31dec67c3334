#pragma once

#include <QString>
#include <QStringList>

#include <mutex>
#include <vector>

namespace virtuoso::health {

// The life of one exchange connection (DESIGN §1: one state machine per connection).
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
    void update(std::vector<ConnectionStatus> statuses)
    {
        std::lock_guard lock(m_mutex);
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

private:
    mutable std::mutex m_mutex;
    std::vector<ConnectionStatus> m_statuses;
    QString m_feedState;
    ProbeResult m_probe;
};

} // namespace virtuoso::health
