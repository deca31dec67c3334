#include "sim/server/HttpFrontend.h"

#include "base/logging/Log.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

namespace virtuoso::sim {

HttpFrontend::HttpFrontend(QWebSocketServer *webSockets, QString webSocketPath, Handler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_idleTimer(new QTimer(this))
    , m_webSockets(webSockets)
    , m_webSocketPath(std::move(webSocketPath))
    , m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpFrontend::acceptConnections);
    // Silent connections (slowloris, forgotten keep-alives) are a network matter, measured in real time.
    m_uptime.start();
    connect(m_idleTimer, &QTimer::timeout, this, &HttpFrontend::closeIdleConnections);
    m_idleTimer->start(5000);
}

void HttpFrontend::closeIdleConnections()
{
    const qint64 now = m_uptime.elapsed();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        const ConnectionState state = m_connections.value(socket);
        if (!state.awaitingReply && now - state.lastActivityMs > m_limits.idleTimeoutMs) {
            m_connections.remove(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::listen(const QHostAddress &host, quint16 port, QString *error)
{
    if (!m_server->listen(host, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3").arg(host.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 HttpFrontend::port() const
{
    return m_server->serverPort();
}

QHostAddress HttpFrontend::address() const
{
    return m_server->serverAddress();
}

void HttpFrontend::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

void HttpFrontend::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            VLOG(Warning, "sim", "SIM_HTTP_CONN_LIMIT") << "connection refused: " << m_limits.maxConnections
                                                        << " connections already open";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, {false, m_uptime.elapsed()});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.remove(socket))
                socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequests(socket);
    }
}

void HttpFrontend::readRequests(QTcpSocket *socket)
{
    auto state = m_connections.find(socket);
    if (state == m_connections.end())
        return;
    state->lastActivityMs = m_uptime.elapsed();
    // One request at a time: the head is peeked (not consumed) so that an upgrade request reaches
    // the WebSocket server intact; requests pipelined behind a pending answer wait in the socket.
    while (!state->awaitingReply && socket->bytesAvailable() > 0) {
        const QByteArray peeked = socket->peek(m_limits.maxHeadBytes + 4);
        HttpRequestHead head = parseRequestHead(peeked, m_limits.maxHeadBytes);
        if (head.state == HttpRequestHead::State::Incomplete)
            return;
        if (head.state == HttpRequestHead::State::TooLarge) {
            answer(socket, HttpResponse::text(431, "request head too large\n"), false);
            return;
        }
        if (head.state == HttpRequestHead::State::Invalid) {
            answer(socket, HttpResponse::text(400, "bad request: " + head.error.toUtf8() + "\n"), false);
            return;
        }
        HttpRequest &request = head.request;
        if (request.isWebSocketUpgrade()) {
            if (request.path != m_webSocketPath) {
                answer(socket, HttpResponse::text(404, "no WebSocket endpoint at this path\n"), false);
                return;
            }
            // The WebSocket server reads the handshake itself and takes the socket over.
            socket->disconnect(this);
            m_connections.erase(state);
            socket->setParent(nullptr);
            m_webSockets->handleConnection(socket);
            return;
        }
        if (head.contentLength > m_limits.maxBodyBytes) {
            answer(socket, HttpResponse::text(413, "request body too large\n"), false);
            return;
        }
        if (socket->bytesAvailable() < head.headLength + head.contentLength)
            return;
        socket->skip(head.headLength);
        request.body = socket->read(head.contentLength);
        request.peer = socket->peerAddress().toString();
        request.peerIsLoopback = socket->peerAddress().isLoopback();
        const bool keepAlive = request.keepAlive();
        state->awaitingReply = true;
        QPointer<QTcpSocket> guard(socket);
        m_handler(request, [this, guard, keepAlive](HttpResponse response) {
            if (!guard)
                return;
            auto it = m_connections.find(guard.data());
            if (it == m_connections.end())
                return;
            it->awaitingReply = false;
            it->lastActivityMs = m_uptime.elapsed();
            answer(guard.data(), response, keepAlive);
            if (keepAlive && !response.closeAfter && guard && guard->bytesAvailable() > 0)
                QMetaObject::invokeMethod(this, [this, guard] { if (guard) readRequests(guard.data()); },
                                          Qt::QueuedConnection);
        });
        // The handler may have answered synchronously and closed the connection.
        state = m_connections.find(socket);
        if (state == m_connections.end())
            return;
    }
}

void HttpFrontend::answer(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    const bool keep = keepAlive && !response.closeAfter;
    socket->write(response.serialize(keep));
    if (keep)
        return;
    m_connections.remove(socket);
    socket->disconnect(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace virtuoso::sim
