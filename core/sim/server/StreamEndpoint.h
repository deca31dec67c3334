#pragma once

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <vector>

class QWebSocket;

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

class FaultBoard;
class FrameRecorder;
class StreamSession;

// What serves the topics of the public stream: the live market or a recording.
class TopicSource
{
public:
    virtual ~TopicSource() = default;
    // Empty when `topic` can be subscribed, else the exchange's ret_msg for the refusal.
    virtual QString validate(const QString &topic) const = 0;
    // Starts serving `topic` to `session` (its snapshot goes out now, after the ack).
    virtual void subscribe(StreamSession &session, const QString &topic) = 0;
    virtual void unsubscribe(StreamSession &session, const QString &topic) = 0;
    virtual void sessionClosed(StreamSession &session) = 0;
    // Called on every housekeeping tick of the simulator thread.
    virtual void tick() = 0;
};

// Bybit's public WebSocket protocol on /v5/public/linear: the op messages (subscribe, unsubscribe,
// ping) with the exchange's acks and pongs, the args budget, idle cut-off, and the connection-level
// faults (drop, malformed frames, stall, no pong, slow send).
class StreamEndpoint : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxArgsChars = 21'000;

    StreamEndpoint(const Clock &clock, FaultBoard &faults, QObject *parent = nullptr);
    ~StreamEndpoint() override;

    // Takes over a public stream connection the HTTP server accepted (the upgrade to /v5/public/linear).
    void adopt(QWebSocket *socket);
    // Client messages larger than this close the connection (1009).
    static constexpr qint64 kMaxIncomingMessageBytes = 64 * 1024;
    void setTopicSource(TopicSource *source) { m_source = source; }
    void setRecorder(FrameRecorder *recorder) { m_recorder = recorder; }
    void setIdleTimeoutMs(qint64 ms) { m_idleTimeoutMs = ms; }

    // Housekeeping: releases held frames, closes idle connections.
    void tick();
    void closeAll();

    // Faults acting on connections; each returns how many connections it reached.
    int drop(const QString &conn);
    int sendMalformed(const QString &conn, const QString &variant, int count);
    int skipBookDeltas(const QString &conn, int count);

    std::vector<StreamSession *> sessions(const QString &conn) const; // "all" or one conn_id
    QJsonArray describeConnections() const;
    int connectionCount() const { return static_cast<int>(m_sessions.size()); }

    // Each connection's opening and closing at debug level rather than info (SimulatorOptions::quiet).
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    void onText(StreamSession *session, const QString &message);
    void onBinary(StreamSession *session);
    void onClosed(StreamSession *session);
    void reply(StreamSession *session, bool success, const QString &retMsg, const QByteArray &reqIdJson,
               const QString &op);

    const Clock &m_clock;
    FaultBoard &m_faults;
    bool m_quiet = false;
    TopicSource *m_source = nullptr;
    FrameRecorder *m_recorder = nullptr;
    qint64 m_idleTimeoutMs = 600'000;
    QString m_connPrefix;
    quint64 m_connCounter = 0;
    std::vector<StreamSession *> m_sessions;
};

} // namespace virtuoso::sim
