#pragma once
// The legitimate client of the hostile-clients bench: polls /api/v1/status at 10 Hz on a keep-alive
// connection from 127.0.0.1 with the token, and follows /api/v1/stream. Lives on a thread of its
// own, so the attackers' sockets in the bench's main thread do not delay its measurements.
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <vector>

class QWebSocket;

namespace hostile {

struct LegitStats
{
    std::vector<double> latencyMs; // answered requests (any status)
    int served = 0;                // 200 answers
    int failed = 0;                // another status, a closed connection, or no answer within 2 s
    QStringList failures;          // the first few, why
    int streamMessages = 0;
    qint64 streamMaxGapMs = 0;
    int streamDrops = 0;
    double p99Ms() const;
    QString describe() const;
};

class LegitClient : public QObject
{
public:
    LegitClient(quint16 port, QByteArray token);
    void begin();
    void end();
    void resetStats();
    LegitStats stats() const { return m_stats; }

private:
    void tick();
    void onReadyRead();
    void fail(const QString &why);
    void connectStream();

    quint16 m_port;
    QByteArray m_token;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QWebSocket *m_stream = nullptr;
    QByteArray m_buffer;
    QElapsedTimer m_sent;
    QElapsedTimer m_lastMessage;
    bool m_busy = false;
    LegitStats m_stats;
};

} // namespace hostile
