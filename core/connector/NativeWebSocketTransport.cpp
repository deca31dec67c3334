#include "connector/NativeWebSocketTransport.h"

#include "connector/ReadPacer.h"

#include "base/Clock.h"
#include "connector/WebSocketHandshake.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace virtuoso::exchange {

namespace {

// Bytes taken from the socket per read() call; a larger backlog is read in several calls of one pass.
constexpr qint64 kReadChunk = 256 * 1024;
// A socket closing after its close frame gets this long to finish writing.
constexpr int kCloseGraceMs = 2000;

QString closeText(quint16 code, std::string_view reason)
{
    if (code == websocket_close::NoStatus)
        return QStringLiteral("closed by peer (no close code)");
    if (reason.empty())
        return QStringLiteral("closed by peer (code %1)").arg(code);
    return QStringLiteral("closed by peer (code %1: %2)")
        .arg(code)
        .arg(QString::fromUtf8(reason.data(), static_cast<qsizetype>(reason.size())));
}

} // namespace

NativeWebSocketTransport::NativeWebSocketTransport(const Clock &clock, qint64 maxMessageBytes, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_reader(maxMessageBytes)
{}

NativeWebSocketTransport::~NativeWebSocketTransport()
{
    discardSocket();
}

void NativeWebSocketTransport::discardSocket(quint16 closeCode, const QByteArray &reason)
{
    m_reader.reset();
    m_holding = false;
    if (m_holdTimer)
        m_holdTimer->cancel();
    m_head.clear();
    QTcpSocket *socket = m_socket;
    const bool open = m_phase == Phase::Open;
    m_socket = nullptr;
    m_phase = Phase::Idle;
    if (!socket)
        return;
    socket->disconnect(this);
    if (closeCode > 0 && open && socket->state() == QAbstractSocket::ConnectedState) {
        m_out.clear();
        const QByteArray payload =
            closeCode == websocket_close::NoStatus ? QByteArray() : closePayload(closeCode, reason);
        appendClientFrame(m_out, WebSocketOpcode::Close, std::string_view(payload.constData(), size_t(payload.size())),
                          QRandomGenerator::system()->generate());
        socket->write(m_out);
        // The close frame is written before the socket closes; a peer that never reads is cut off.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void NativeWebSocketTransport::open(const QUrl &url)
{
    discardSocket();
    m_url = url;
    const bool tls = url.scheme() == u"wss";
    if (!tls && url.scheme() != u"ws") {
        // Reported on the next turn of the event loop, as any failure to connect.
        QTimer::singleShot(0, this, [this, scheme = url.scheme()] {
            if (m_listener && !m_socket)
                m_listener->onTransportClosed(QStringLiteral("unsupported URL scheme \"%1\"").arg(scheme));
        });
        return;
    }
    // A fresh socket per attempt: no state of a failed attempt leaks into the next.
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    // Bounded, so a held stream stays in the kernel's buffers (and TCP slows the peer) rather than here.
    socket->setReadBufferSize(kMaxBufferedBytes);
    m_socket = socket;
    m_phase = Phase::Connecting;
    connect(socket, &QAbstractSocket::readyRead, this, &NativeWebSocketTransport::onReadyRead);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != m_socket)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError && socket->bytesAvailable() > 0)
            onReadyRead(); // what the peer sent before closing (a close frame, perhaps) comes first
        if (socket != m_socket)
            return;
        if (error != QAbstractSocket::RemoteHostClosedError)
            fail(socket->errorString());
        else if (m_phase == Phase::Handshake)
            fail(QStringLiteral("handshake: the server closed the connection before answering"));
        else
            fail(QStringLiteral("remote host closed the connection without a close frame"));
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            fail(QStringLiteral("remote host closed the connection without a close frame"));
    });
    const int port = url.port(tls ? 443 : 80);
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
            if (socket != m_socket)
                return;
            fail(QStringLiteral("TLS: ") +
                 (errors.isEmpty() ? QStringLiteral("TLS error") : errors.first().errorString()));
        });
        connect(ssl, &QSslSocket::encrypted, this, &NativeWebSocketTransport::onSocketReady);
        ssl->connectToHostEncrypted(url.host(), static_cast<quint16>(port));
    } else {
        connect(socket, &QAbstractSocket::connected, this, &NativeWebSocketTransport::onSocketReady);
        socket->connectToHost(url.host(), static_cast<quint16>(port));
    }
}

void NativeWebSocketTransport::abort()
{
    discardSocket(websocket_close::Normal);
}

void NativeWebSocketTransport::fail(const QString &reason)
{
    discardSocket();
    if (m_listener)
        m_listener->onTransportClosed(reason);
}

void NativeWebSocketTransport::failProtocol(quint16 code, QString reason)
{
    discardSocket(code, reason.toUtf8());
    if (m_listener)
        m_listener->onTransportClosed(QStringLiteral("protocol error: %1 (closed with %2)").arg(reason).arg(code));
}

void NativeWebSocketTransport::onSocketReady()
{
    if (!m_socket || m_phase != Phase::Connecting)
        return;
    m_phase = Phase::Handshake;
    m_key = websocket_handshake::newKey();
    m_socket->write(websocket_handshake::request(m_url, m_key));
}

void NativeWebSocketTransport::onReadyRead()
{
    QTcpSocket *socket = m_socket;
    if (!socket)
        return;
    if (m_holding)
        return; // the hold's timer reads on; until then the bytes wait in the socket
    m_readNs = m_clock.monotonicNs();
    ++m_reads;
    ReadPacer::noteThreadRead(m_readNs);
    if (m_phase == Phase::Handshake && !readHandshake())
        return;
    if (socket != m_socket || m_phase != Phase::Open)
        return;
    readFrames();
    if (socket == m_socket && m_listener)
        m_listener->onTransportReadDone();
}

bool NativeWebSocketTransport::readHandshake()
{
    m_head += m_socket->read(websocket_handshake::kMaxResponseBytes + 1 - m_head.size());
    const websocket_handshake::Outcome outcome = websocket_handshake::check(m_head, m_key);
    switch (outcome.state) {
    case websocket_handshake::Outcome::Incomplete:
        return false;
    case websocket_handshake::Outcome::Refused:
        fail(outcome.reason);
        return false;
    case websocket_handshake::Outcome::Accepted:
        break;
    }
    // Frames that came with the head are parsed first.
    const QByteArray rest = m_head.mid(outcome.headBytes);
    m_head.clear();
    m_phase = Phase::Open;
    QTcpSocket *socket = m_socket;
    if (m_listener)
        m_listener->onTransportOpened();
    if (socket != m_socket || rest.isEmpty())
        return socket == m_socket;
    if (!m_reader.feed(std::string_view(rest.constData(), size_t(rest.size())), *this)) {
        failProtocol(m_reader.failure().closeCode, m_reader.failure().reason);
        return false;
    }
    return socket == m_socket;
}

void NativeWebSocketTransport::readFrames()
{
    QTcpSocket *socket = m_socket;
    if (m_reader.held()) {
        // Held mid-read: what was read already goes first.
        if (!m_reader.process(*this)) {
            failProtocol(m_reader.failure().closeCode, m_reader.failure().reason);
            return;
        }
        if (socket != m_socket || m_reader.closed() || m_holding)
            return;
    }
    for (;;) {
        const qint64 available = socket->bytesAvailable();
        if (available <= 0)
            return;
        const qint64 chunk = std::min(available, kReadChunk);
        const qint64 n = socket->read(m_reader.prepare(size_t(chunk)), chunk);
        if (n <= 0)
            return;
        m_reader.commit(size_t(n));
        if (!m_reader.process(*this)) {
            failProtocol(m_reader.failure().closeCode, m_reader.failure().reason);
            return;
        }
        if (socket != m_socket || m_reader.closed() || m_holding)
            return;
    }
}

bool NativeWebSocketTransport::ready()
{
    if (!m_listener || m_listener->transportMayDeliver())
        return true;
    // Hold the stream: nothing more is read until the listener has room.
    if (!m_holding) {
        m_holding = true;
        ++m_holds;
        if (!m_holdTimer) {
            m_holdTimer = makeWakeTimer();
            m_holdTimer->setHandler([this] { retryHeld(); });
        }
    }
    m_holdTimer->arm(kHoldRetryNs);
    return false;
}

void NativeWebSocketTransport::retryHeld()
{
    QTcpSocket *socket = m_socket;
    if (!socket || !m_holding)
        return;
    if (m_listener && !m_listener->transportMayDeliver()) {
        m_holdTimer->arm(kHoldRetryNs);
        return;
    }
    m_holding = false;
    // The messages of the held read keep the time they were read: their wait counts as latency.
    readFrames();
    if (socket == m_socket && m_listener)
        m_listener->onTransportReadDone();
}

bool NativeWebSocketTransport::sendFrame(WebSocketOpcode opcode, std::string_view payload)
{
    if (!m_socket || m_phase != Phase::Open)
        return false;
    m_out.clear();
    appendClientFrame(m_out, opcode, payload, QRandomGenerator::system()->generate());
    return m_socket->write(m_out) == m_out.size();
}

bool NativeWebSocketTransport::sendText(const QByteArray &text)
{
    return sendFrame(WebSocketOpcode::Text, std::string_view(text.constData(), size_t(text.size())));
}

bool NativeWebSocketTransport::sendPing(const QByteArray &payload)
{
    const auto size = static_cast<size_t>(std::min<qsizetype>(payload.size(), 125));
    return sendFrame(WebSocketOpcode::Ping, std::string_view(payload.constData(), size));
}

void NativeWebSocketTransport::onMessage(const QByteArray &message, bool text)
{
    Q_UNUSED(text); // binary messages carry text too for some servers; the decoder judges the bytes
    ++m_messages;
    if (m_listener)
        m_listener->onTransportText(message, m_readNs);
}

void NativeWebSocketTransport::onPing(std::string_view payload)
{
    sendFrame(WebSocketOpcode::Pong, payload);
}

void NativeWebSocketTransport::onPong(std::string_view payload)
{
    Q_UNUSED(payload);
    if (m_listener)
        m_listener->onTransportPong(m_readNs);
}

void NativeWebSocketTransport::onClose(quint16 code, std::string_view reason)
{
    // Answered with the peer's code (RFC 6455 5.5.1), then closed; the listener hears why.
    const QString why = closeText(code, reason);
    discardSocket(code == websocket_close::NoStatus ? websocket_close::NoStatus : code,
                  QByteArray(reason.data(), static_cast<qsizetype>(reason.size())));
    if (m_listener)
        m_listener->onTransportClosed(why);
}

} // namespace virtuoso::exchange
