#pragma once

#include "base/http/ClientRateLimiter.h"
#include "base/http/HttpMessage.h"
#include "base/http/HttpRequestParser.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace virtuoso {
class Clock;
}

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
//
// Refusing is cheap (HttpAdmission.cpp): each accepted descriptor is judged before a socket object
// is built for it (QTcpServer::incomingConnection). A client over its connect rate, or a newcomer
// when nothing can make room for it, gets a fixed answer written straight to the descriptor, which
// is then closed; a newcomer that has said nothing while the server is full waits for its first
// bytes as a bare descriptor, closing nothing and taking no reserve. Closing connections to make
// room is rationed (evictionsPerSecond) except for probes and privileged requests, so a flood cannot
// make the server accept and close connections without end; and at most a handful of sockets are
// built per turn of the event loop, so a burst of connects does not hold up requests being served.
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
        // New connections one client may open per second (a burst of as many); beyond, they are
        // answered 429 and closed before anything is built for them.
        int connectsPerClientPerSecond = 32;
        // With every connection taken, at most this many a second (a burst of as many) are closed
        // to make room for newcomers; beyond, a newcomer gets the reserve or a 503.
        int evictionsPerSecond = 64;
        // The clock of the two budgets above; the system clock when null.
        const Clock *clock = nullptr;
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
    // Refused with 503 or 429 (over the connect rate), however it was done.
    quint64 refusedConnections() const { return m_refused; }
    // Of those, refused as they were accepted: answered and closed before a socket was built.
    quint64 shedConnections() const { return m_shed; }
    // Of those, over their client's connect rate (429).
    quint64 connectRateLimited() const { return m_connectRateLimited; }
    // Newcomers that said nothing yet while the server was full: held as bare descriptors.
    int waitingConnections() const { return static_cast<int>(m_waiting.size()); }
    quint64 evictedConnections() const { return m_evicted; } // closed to make room for a newcomer
    quint64 acceptErrors() const { return m_acceptErrors; }  // accept() failures (out of descriptors)

private:
    friend class HttpConnection;
    // Admission, before a socket is built (HttpAdmission.cpp).
    void prepareAdmission();
    const Clock &clock() const;
    // Judges an accepted descriptor: false when it was refused and closed, or set aside to wait.
    bool screen(qintptr descriptor);
    // Refuses a bare descriptor: writes `answer` if it fits at once, then closes it.
    void shed(int descriptor, const QByteArray &answer);
    void newTurn();
    // Evictions the budget allows now (refilled at evictionsPerSecond).
    double evictionsAvailable();
    // Whether a newcomer that asks for something could get an ordinary or reserved connection.
    bool mayMakeRoom();
    // /health, /ready, or what the application marks privileged: may use the reserve from anywhere.
    bool isProbeOrPrivileged(const HttpRequest &request) const;
    // Whether the request already waiting whole in `descriptor` is one of those (read, not taken).
    bool asksAsProbeOrPrivileged(int descriptor, const QHostAddress &peer) const;
    // A newcomer that has said nothing while the server is full waits, socketless, for its bytes.
    void wait(int descriptor, const QHostAddress &peer);
    void checkWaiting();
    // While the server is full, accepting pauses after each batch until the next tick.
    void pauseWhileFull();
    void tick();
    void dropWaiting();

    // Bytes from the client wait in the socket (always true over TLS, whose handshake came first).
    bool hasSentSomething(QTcpSocket *socket) const;
    void acceptPending();
    // Gives a built socket its connection: ordinary, reserved, or refused (503).
    void admit(QTcpSocket *socket);
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
    quint64 m_shed = 0;
    quint64 m_connectRateLimited = 0;
    int m_built = 0;          // sockets built and not yet taken by acceptPending
    int m_screenedInTurn = 0; // descriptors judged since the event loop last came round
    bool m_turnPending = false;
    bool m_drainPending = false;
    ClientRateLimiter m_connectRate;
    struct Waiting
    {
        int descriptor;
        qint64 sinceMs;
        QHostAddress peer;
    };
    std::deque<Waiting> m_waiting; // oldest first
    QTimer *m_tick = nullptr;
    bool m_acceptPaused = false; // full: accepting waits for the next tick
    double m_evictionTokens = 0;
    qint64 m_evictionRefillNs = 0;
    QByteArray m_rateAnswer;      // 429, written as is to a descriptor
    QByteArray m_fullAnswer;      // 503 "too many open connections"
    QByteArray m_perClientAnswer; // 503 "more than N open connections from this address"
    quint64 m_evicted = 0;
    quint64 m_acceptErrors = 0;
    bool m_renewPending = false;
    QHash<QHostAddress, int> m_perClient;
    QList<HttpConnection *> m_connections;
};

} // namespace virtuoso::api
