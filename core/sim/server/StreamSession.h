#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>

class QWebSocket;

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

class FaultBoard;
class FrameRecorder;

// One client of the public stream: its socket, its topics, and its outgoing queue, which is where
// the stall and slow-send faults act (frames wait there instead of reaching the socket).
class StreamSession : public QObject
{
    Q_OBJECT
public:
    StreamSession(QWebSocket *socket, QString connId, const Clock &clock, FaultBoard &faults, FrameRecorder *recorder,
                  QObject *parent = nullptr);
    ~StreamSession() override;

    const QString &connId() const { return m_connId; }
    QByteArray connIdUtf8() const { return m_connIdUtf8; }
    QWebSocket *socket() const { return m_socket; }
    QString peer() const;

    void sendText(const QString &frame);
    void sendBinary(const QByteArray &frame);
    // Releases queued frames as far as the faults in force allow.
    void pump();
    // Ends the connection without a close frame (what a dropped network path looks like).
    void abort();

    // Topic → characters counted against the exchange's per-connection args budget.
    QHash<QString, int> topics;
    qint64 lastPingMonoMs = 0;
    int pendingBookGaps = 0; // u_gap: book deltas still to withhold
    quint64 framesSent = 0;

signals:
    void closed(StreamSession *session);

private:
    struct Outgoing
    {
        QString text;
        QByteArray binary;
        bool isBinary = false;
        qsizetype bytes() const { return isBinary ? binary.size() : text.size(); }
    };
    void enqueue(Outgoing frame);
    void transmit(const Outgoing &frame);
    bool holding() const;

    QWebSocket *m_socket;
    QString m_connId;
    QByteArray m_connIdUtf8;
    const Clock &m_clock;
    FaultBoard &m_faults;
    FrameRecorder *m_recorder;
    std::deque<Outgoing> m_queue;
    qint64 m_queuedBytes = 0;
    double m_sendCredit = 0;
    qint64 m_lastPumpMonoMs = 0;
};

} // namespace virtuoso::sim
