#include "sim/server/StreamSession.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/server/FaultBoard.h"
#include "sim/server/FrameRecorder.h"

#include <QWebSocket>

#include <algorithm>

namespace virtuoso::sim {

namespace {
// A client that reads nothing while the simulator keeps producing is cut off, as an exchange does.
constexpr qint64 kMaxBacklogBytes = 64 * 1024 * 1024;
} // namespace

StreamSession::StreamSession(QWebSocket *socket, QString connId, const Clock &clock, FaultBoard &faults,
                             FrameRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_connId(std::move(connId))
    , m_connIdUtf8(m_connId.toUtf8())
    , m_clock(clock)
    , m_faults(faults)
    , m_recorder(recorder)
{
    m_socket->setParent(this);
    lastPingMonoMs = m_clock.monotonicMs();
    m_lastPumpMonoMs = lastPingMonoMs;
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit closed(this); });
}

StreamSession::~StreamSession() = default;

QString StreamSession::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

bool StreamSession::holding() const
{
    const qint64 now = m_clock.monotonicMs();
    return m_faults.active(FaultKind::Stall, m_connId, now) || m_faults.active(FaultKind::SlowSend, m_connId, now);
}

void StreamSession::sendText(const QString &frame)
{
    Outgoing out;
    out.text = frame;
    if (m_queue.empty() && !holding())
        transmit(out);
    else
        enqueue(std::move(out));
}

void StreamSession::sendBinary(const QByteArray &frame)
{
    Outgoing out;
    out.binary = frame;
    out.isBinary = true;
    if (m_queue.empty() && !holding())
        transmit(out);
    else
        enqueue(std::move(out));
}

void StreamSession::enqueue(Outgoing frame)
{
    m_queuedBytes += frame.bytes();
    m_queue.push_back(std::move(frame));
    if (m_queuedBytes > kMaxBacklogBytes) {
        VLOG(Warning, "sim", "SIM_SLOW_CONSUMER").conn(m_connId)
            << "outgoing backlog above " << kMaxBacklogBytes << " bytes; dropping the connection";
        abort();
    }
}

void StreamSession::transmit(const Outgoing &frame)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (frame.isBinary)
        m_socket->sendBinaryMessage(frame.binary);
    else
        m_socket->sendTextMessage(frame.text);
    ++framesSent;
    if (m_recorder)
        m_recorder->record(m_connId, frame.isBinary ? frame.binary : frame.text.toUtf8(), frame.isBinary);
    if (m_socket->bytesToWrite() > kMaxBacklogBytes) {
        VLOG(Warning, "sim", "SIM_SLOW_CONSUMER").conn(m_connId)
            << "socket backlog above " << kMaxBacklogBytes << " bytes; dropping the connection";
        abort();
    }
}

void StreamSession::pump()
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 elapsed = std::max<qint64>(0, now - m_lastPumpMonoMs);
    m_lastPumpMonoMs = now;
    if (m_queue.empty()) {
        m_sendCredit = 0;
        return;
    }
    if (m_faults.active(FaultKind::Stall, m_connId, now))
        return;
    const Fault *slow = m_faults.active(FaultKind::SlowSend, m_connId, now);
    if (slow) {
        const double rate = static_cast<double>(slow->bytesPerSecond);
        m_sendCredit = std::min(m_sendCredit + rate * static_cast<double>(elapsed) / 1000.0, std::max(rate, 1.0));
    }
    while (!m_queue.empty()) {
        const qsizetype size = m_queue.front().bytes();
        if (slow) {
            // A frame larger than a second's budget still goes out once the budget is full.
            if (m_sendCredit < static_cast<double>(size) && m_sendCredit < static_cast<double>(slow->bytesPerSecond))
                break;
            m_sendCredit -= static_cast<double>(size);
            m_faults.countEffect(FaultKind::SlowSend);
        }
        Outgoing frame = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= frame.bytes();
        transmit(frame);
    }
}

void StreamSession::abort()
{
    m_queue.clear();
    m_queuedBytes = 0;
    m_socket->abort();
}

} // namespace virtuoso::sim
