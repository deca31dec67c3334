#pragma once

#include "base/http/HttpMessage.h"
#include "base/http/HttpRequestParser.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace virtuoso::api {

class HttpConnection;

// Our HTTP/1.1 server: the only place that touches listening sockets, so nothing else in the
// program depends on a Qt HTTP server API (docs/api.md explains why it is built on QTcpServer /
// QSslServer rather than QHttpServer 6.4). Keep-alive, pipelining in order, a whole-request size
// limit before the body is read, an idle/slow-request deadline, a connection cap, TLS, and
// WebSocket upgrades handed to QWebSocketServer after the application accepted them.
//
// Admission (docs/api.md, "Connection limits"): each client address (an IPv6 /64 counts as one)
// holds at most maxConnectionsPerClient sockets, so one address cannot fill the server; when all
// maxConnections are taken, the longest-idle keep-alive connection makes room, and a small reserve
// beyond the cap still serves loopback clients, /health, /ready and requests the application
// marks as privileged (a valid token) — one request per reserved connection.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        std::optional<QSslConfiguration> tls;
        HttpRequestParser::Limits limits;
        int idleTimeoutMs = 15000; // a connection must complete a request within this time, and is
                                   // closed when it stays idle this long between requests
        int maxConnections = 512;
        int maxConnectionsPerClient = 32;
        int reservedConnections = 32;
        // When the server is full, a connection still sending its request after this long is
        // closed (408) before a served keep-alive connection is, and a served one is closed only
        // when it has been idle at least this long.
        int slowRequestMs = 1000;
        // Incoming WebSocket frames and messages larger than this close the socket with 1009.
        quint64 maxWebSocketMessageBytes = 4096;
    };
    using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;
    // A handler that may answer later (a delay the application chooses): it calls `reply` once,
    // now or from a later turn of the event loop. Requests pipelined behind it wait in the socket,
    // and the connection's deadline does not run while the application holds the answer.
    using Reply = std::function<void(HttpResponse)>;
    using DeferredRequestHandler = std::function<void(const HttpRequest &, Reply)>;
    // Decides about a WebSocket upgrade: std::nullopt accepts it, a response refuses it.
    using UpgradeFilter = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    // Receives each accepted WebSocket; the receiver takes ownership.
    using WebSocketHandler = std::function<void(QWebSocket *)>;
    // Whether a request may use a reserved connection (beyond the cap) from a non-loopback client.
    using PrivilegedRequest = std::function<bool(const HttpRequest &)>;

    HttpServer(Options options, RequestHandler handler, QObject *parent = nullptr);
    HttpServer(Options options, DeferredRequestHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setWebSocketHandling(UpgradeFilter filter, WebSocketHandler handler);
    void setPrivilegedRequest(PrivilegedRequest privileged) { m_privileged = std::move(privileged); }

    // Binds and listens. False with a reason (address in use, no permission, ...) on failure.
    bool listen(QString *error);
    void close();

    quint16 port() const;
    QHostAddress address() const;
    bool isTls() const { return m_options.tls.has_value(); }
    // Every accepted socket not yet closed or handed to the WebSocket server, refused ones included.
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    int connectionsFrom(const QHostAddress &peer) const;
    quint64 refusedConnections() const { return m_refused; }
    quint64 evictedConnections() const { return m_evicted; } // closed to make room for a newcomer
    quint64 acceptErrors() const { return m_acceptErrors; }  // accept() failures (out of descriptors)

private:
    friend class HttpConnection;
    void acceptPending();
    QTcpServer *makeListener();
    void onAcceptError(QAbstractSocket::SocketError error);
    void renewListener();
    bool evictIdleConnection();
    // Answers 503 with the reason and closes; resets at once when many refusals are pending.
    void refuse(QTcpSocket *socket, const QString &reason);
    void forget(HttpConnection *connection);

    Options m_options;
    DeferredRequestHandler m_handler;
    UpgradeFilter m_upgradeFilter;
    WebSocketHandler m_webSocketHandler;
    PrivilegedRequest m_privileged;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_webSockets = nullptr;
    int m_ordinary = 0; // counted against maxConnections
    int m_reserved = 0; // counted against reservedConnections
    int m_refusing = 0; // refused, their 503 being sent
    quint64 m_refused = 0;
    quint64 m_evicted = 0;
    quint64 m_acceptErrors = 0;
    bool m_renewPending = false;
    QHash<QHostAddress, int> m_perClient;
    QList<HttpConnection *> m_connections;
};

} // namespace virtuoso::api
