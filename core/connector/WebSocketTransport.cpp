#include "connector/WebSocketTransport.h"

#include "base/Clock.h"
#include "connector/NativeWebSocketTransport.h"

#include <QWebSocket>

namespace virtuoso::exchange {

QtWebSocketTransport::QtWebSocketTransport(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

QtWebSocketTransport::~QtWebSocketTransport()
{
    discardSocket();
}

void QtWebSocketTransport::discardSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void QtWebSocketTransport::open(const QUrl &url)
{
    discardSocket();
    // A fresh socket per attempt: no state of a failed attempt leaks into the next.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket && m_listener)
            m_listener->onTransportOpened();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        QString reason = socket->closeReason();
        if (reason.isEmpty())
            reason = socket->errorString();
        if (reason.isEmpty() || reason == u"Unknown error")
            reason = QStringLiteral("closed by peer (code %1)").arg(int(socket->closeCode()));
        discardSocket();
        if (m_listener)
            m_listener->onTransportClosed(reason);
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket != m_socket)
                    return;
                const QString reason = socket->errorString();
                discardSocket();
                if (m_listener)
                    m_listener->onTransportClosed(reason);
            });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket != m_socket)
            return;
        const QString reason = errors.isEmpty() ? QStringLiteral("TLS error") : errors.first().errorString();
        discardSocket();
        if (m_listener)
            m_listener->onTransportClosed(QStringLiteral("TLS: ") + reason);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
        const qint64 receivedNs = m_clock.monotonicNs();
        if (socket != m_socket || !m_listener)
            return;
        m_utf8.resize(m_encoder.requiredSpace(message.size()));
        char *end = m_encoder.appendToBuffer(m_utf8.data(), message);
        m_utf8.truncate(end - m_utf8.constData());
        m_listener->onTransportText(m_utf8, receivedNs);
        // QWebSocket hands over one message per signal: each is a read of its own.
        if (socket == m_socket && m_listener)
            m_listener->onTransportReadDone();
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        const qint64 receivedNs = m_clock.monotonicNs();
        if (socket == m_socket && m_listener)
            m_listener->onTransportPong(receivedNs);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &message) {
        const qint64 receivedNs = m_clock.monotonicNs();
        if (socket != m_socket || !m_listener)
            return;
        m_listener->onTransportText(message, receivedNs);
        if (socket == m_socket && m_listener)
            m_listener->onTransportReadDone();
    });
    socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_maxMessageBytes));
    socket->open(url);
}

void QtWebSocketTransport::abort()
{
    discardSocket();
}

bool QtWebSocketTransport::sendPing(const QByteArray &payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->ping(payload);
    return true;
}

bool QtWebSocketTransport::sendText(const QByteArray &text)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return m_socket->sendTextMessage(QString::fromUtf8(text)) > 0;
}

std::optional<WebSocketTransportKind> parseWebSocketTransportKind(const QString &name)
{
    if (name == u"native")
        return WebSocketTransportKind::Native;
    if (name == u"qt")
        return WebSocketTransportKind::Qt;
    return std::nullopt;
}

std::unique_ptr<WebSocketTransport> makeWebSocketTransport(const WebSocketTransportSettings &settings,
                                                           const Clock &clock)
{
    if (settings.kind == WebSocketTransportKind::Qt) {
        auto transport = std::make_unique<QtWebSocketTransport>(clock);
        transport->setMaxMessageBytes(settings.maxMessageBytes);
        return transport;
    }
    return std::make_unique<NativeWebSocketTransport>(clock, settings.maxMessageBytes);
}

} // namespace virtuoso::exchange
