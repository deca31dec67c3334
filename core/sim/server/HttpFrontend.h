#pragma once

#include "sim/server/HttpMessage.h"

#include <QHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocketServer;

namespace virtuoso::sim {

// The simulator's one listening port: HTTP/1.1 with keep-alive for REST and the control API, and
// WebSocket upgrades on the public stream path handed to a QWebSocketServer, like Bybit's single host.
class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxHeadBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int maxConnections = 2048;
        qint64 idleTimeoutMs = 120'000; // keep-alive connections silent this long are closed
    };
    // A handler answers through `reply`, now or later; answers on one connection keep request order.
    using Reply = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest &, Reply)>;

    HttpFrontend(QWebSocketServer *webSockets, QString webSocketPath, Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    bool listen(const QHostAddress &host, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    void close();

private:
    struct ConnectionState
    {
        bool awaitingReply = false;
        qint64 lastActivityMs = 0;
    };

    void acceptConnections();
    void readRequests(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);
    void closeIdleConnections();

    QTcpServer *m_server;
    QTimer *m_idleTimer;
    QElapsedTimer m_uptime;
    QWebSocketServer *m_webSockets;
    QString m_webSocketPath;
    Handler m_handler;
    Limits m_limits;
    QHash<QTcpSocket *, ConnectionState> m_connections;
};

} // namespace virtuoso::sim
