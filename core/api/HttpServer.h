#pragma once

#include "api/HttpMessage.h"
#include "api/HttpRequestParser.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace virtuoso::api {

// Our HTTP/1.1 server: the only place that touches listening sockets, so nothing else in the
// program depends on a Qt HTTP server API (docs/api.md explains why it is built on QTcpServer /
// QSslServer rather than QHttpServer 6.4). Keep-alive, pipelining in order, a whole-request size
// limit before the body is read, an idle/slow-request deadline, a connection cap, TLS, and
// WebSocket upgrades handed to QWebSocketServer after the application accepted them.
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
        int idleTimeoutMs = 30000; // a connection must complete a request within this time
        int maxConnections = 512;
    };
    using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;
    // Decides about a WebSocket upgrade: std::nullopt accepts it, a response refuses it.
    using UpgradeFilter = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    // Receives each accepted WebSocket; the receiver takes ownership.
    using WebSocketHandler = std::function<void(QWebSocket *)>;

    HttpServer(Options options, RequestHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setWebSocketHandling(UpgradeFilter filter, WebSocketHandler handler);

    // Binds and listens. False with a reason (address in use, no permission, ...) on failure.
    bool listen(QString *error);
    void close();

    quint16 port() const;
    QHostAddress address() const;
    bool isTls() const { return m_options.tls.has_value(); }
    int openConnections() const { return m_openConnections; }

private:
    friend class HttpConnection;
    void acceptPending();

    Options m_options;
    RequestHandler m_handler;
    UpgradeFilter m_upgradeFilter;
    WebSocketHandler m_webSocketHandler;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_webSockets = nullptr;
    int m_openConnections = 0;
};

} // namespace virtuoso::api
