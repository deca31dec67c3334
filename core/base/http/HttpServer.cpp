#include "base/http/HttpServer.h"

#include "base/QueuedCall.h"

#include "base/Clock.h"
#include "base/http/ClientAddress.h"
#include "base/logging/Log.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>
#include <unistd.h>

namespace virtuoso::api {

namespace {
// A client that stops reading its responses is not served more until it catches up.
constexpr qint64 kMaxUnsentBytes = 4 * 1024 * 1024;
// A connection closed with an answer (408, 503) is dropped this long after, read or not.
constexpr int kCloseGraceMs = 2000;
// At most this many refused connections wait for their 503 to be sent; beyond, they are reset.
constexpr int kMaxRefusing = 128;
// After accept() failed for want of file descriptors, accepting resumes this much later.
constexpr int kAcceptRetryMs = 100;
} // namespace

// One accepted socket: parses requests in order, answers them, and either keeps the connection
// for the next request, closes it, or hands it to the WebSocket server.
class HttpConnection : public QObject
{
public:
    enum class Pool { Ordinary, Reserved, Refused };

    HttpConnection(HttpServer *server, QTcpSocket *socket, Pool pool)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_client(clientKey(socket->peerAddress()))
        , m_pool(pool)
    {
        ++m_server->m_perClient[m_client];
        if (m_pool == Pool::Ordinary)
            ++m_server->m_ordinary;
        else if (m_pool == Pool::Reserved)
            ++m_server->m_reserved;
        else
            ++m_server->m_refusing;
        m_server->m_connections.append(this);
        m_idle.start();
        m_since.start();
        m_socket->setParent(this);
        m_deadline.setSingleShot(true);
        // A reserved connection serves one request, sent at once by the probes it is for: a client
        // that holds one without sending its request gives it up soon.
        m_deadline.setInterval(m_pool == Pool::Reserved ? std::min(server->m_options.idleTimeoutMs, kCloseGraceMs)
                                                        : server->m_options.idleTimeoutMs);
        m_deadline.start();
        connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
        m_hold.setSingleShot(true);
        connect(&m_hold, &QTimer::timeout, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
                close();
        });
        postQueued(this, [this] { process(); });
    }
    ~HttpConnection() override { release(); }

    // Refuses a connection without parsing anything; it is dropped if the client does not leave.
    void refuse(const QString &reason)
    {
        m_closing = true;
        m_deadline.start(std::min(m_server->m_options.idleTimeoutMs, kCloseGraceMs));
        send(errorResponse(503, reason), false);
    }

    // Between requests with nothing buffered: closing it loses nothing.
    bool isIdle() const
    {
        return m_socket && !m_closing && !m_inRequest && !m_awaiting && m_socket->bytesAvailable() == 0 &&
               m_socket->bytesToWrite() == 0;
    }
    qint64 idleMs() const { return m_idle.elapsed(); }
    Pool pool() const { return m_pool; }
    // Whether it has been answered at least once: a client that proved itself, kept over the
    // others when the server is full.
    bool served() const { return m_requests > 0; }
    // Still sending its request after `slowMs` (a slowloris), or never said anything yet (then
    // since its accept): the first to go when the server is full, oldest first.
    std::optional<qint64> unprovenForMs(qint64 slowMs) const
    {
        if (!m_socket || m_closing || m_awaiting)
            return std::nullopt;
        if (m_inRequest && m_since.elapsed() >= slowMs)
            return m_since.elapsed();
        if (!served() && isIdle())
            return m_since.elapsed();
        return std::nullopt;
    }

    // Closes it to make room: a request in progress is told why (408), an idle connection is
    // simply closed (it had nothing in flight).
    void evict()
    {
        if (m_inRequest && m_socket) {
            m_closing = true;
            send(errorResponse(408, QStringLiteral("the server is full and this request was the slowest to arrive; "
                                                   "send requests whole")),
                 false);
            m_deadline.start(kCloseGraceMs); // then dropped, whether or not the client reads
            release();
            return;
        }
        close();
    }

    void close()
    {
        release();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        deleteLater();
    }

private:
    void onDeadline()
    {
        if (!m_socket)
            return;
        if (m_inRequest && !m_closing) {
            // A request that did not arrive whole in time (a slowloris, or a client that gave up):
            // say so, then let go of the socket whether or not the client reads it.
            m_closing = true;
            send(errorResponse(408, QStringLiteral("the request was not complete %1 ms after its first byte")
                                        .arg(m_server->m_options.idleTimeoutMs)),
                 false);
            m_deadline.start(kCloseGraceMs);
            return;
        }
        m_socket->abort(); // idle keep-alive, or a closing connection whose client does not leave
    }

    // Gives back the connection's counts once, whether it closed, was evicted or was upgraded.
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        if (--m_server->m_perClient[m_client] <= 0)
            m_server->m_perClient.remove(m_client);
        if (m_pool == Pool::Ordinary)
            --m_server->m_ordinary;
        else if (m_pool == Pool::Reserved)
            --m_server->m_reserved;
        else
            --m_server->m_refusing;
        m_server->forget(this);
    }

    void process()
    {
        if (!m_socket)
            return; // handed to the WebSocket server; a queued call may still arrive
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        if (m_awaiting || m_hold.isActive())
            return; // one request at a time: the next waits in the socket for this one's answer
        const HttpServer::Options &options = m_server->m_options;
        while (m_socket->bytesAvailable() > 0 && m_socket->bytesToWrite() < kMaxUnsentBytes) {
            if (!m_inRequest) {
                m_inRequest = true;
                m_since.restart();
                m_deadline.start(); // a request must be complete within the deadline of its first byte
            }
            const QByteArray buffered =
                m_socket->peek(std::min<qint64>(m_socket->bytesAvailable(), options.limits.maxRequestBytes + 1));
            const HttpRequestParser::Result parsed = HttpRequestParser::parse(buffered, options.limits);
            if (parsed.kind == HttpRequestParser::Result::Kind::Incomplete)
                return;
            if (parsed.kind == HttpRequestParser::Result::Kind::Error) {
                m_closing = true;
                m_socket->readAll();
                send(errorResponse(parsed.errorStatus, parsed.errorMessage), false);
                return;
            }
            HttpRequest request = parsed.request;
            request.peer = m_socket->peerAddress();
            request.secure = qobject_cast<QSslSocket *>(m_socket) != nullptr;
            if (m_pool == Pool::Reserved && !mayUseReserve(request)) {
                m_closing = true;
                m_socket->readAll();
                send(errorResponse(503, QStringLiteral("too many open connections; retry later (only /health, "
                                                       "/ready and authenticated requests are served now)")),
                     false);
                return;
            }
            if (request.isWebSocketUpgrade()) {
                upgrade(request);
                return;
            }
            m_socket->skip(parsed.consumed);
            m_inRequest = false;
            m_idle.restart();
            // A reserved connection serves one request, so the reserve is free for the next client.
            const bool keepAlive = request.keepAlive && m_pool == Pool::Ordinary;
            const bool head = request.method == "HEAD";
            m_awaiting = true;
            m_deadline.stop();
            const quint64 serial = ++m_requests;
            m_server->m_handler(
                request, [self = QPointer<HttpConnection>(this), serial, keepAlive, head](HttpResponse response) {
                    if (HttpConnection *connection = self.data())
                        connection->answer(serial, response, keepAlive, head);
                });
            if (m_awaiting || !keepAlive || m_hold.isActive())
                return; // the answer comes later, the connection closes after it, or it is held
        }
    }

    // The answer to request `serial`; the next pipelined request is read once it is sent.
    void answer(quint64 serial, const HttpResponse &response, bool keepAlive, bool head)
    {
        if (!m_awaiting || serial != m_requests)
            return; // answered twice: the first answer counts
        m_awaiting = false;
        m_deadline.start(); // idle keep-alive connections are closed after the same deadline
        send(response, keepAlive, head);
        if (keepAlive && response.holdReadingMs > 0) {
            m_hold.start(response.holdReadingMs); // then process() reads on
            m_deadline.start(m_server->m_options.idleTimeoutMs + response.holdReadingMs);
            return;
        }
        if (keepAlive && m_socket && m_socket->bytesAvailable() > 0)
            postQueued(this, [this] { process(); });
    }

    bool mayUseReserve(const HttpRequest &request) const
    {
        return request.peer.isLoopback() || m_server->isProbeOrPrivileged(request);
    }

    void upgrade(const HttpRequest &request)
    {
        if (!m_server->m_webSocketHandler) {
            m_closing = true;
            send(errorResponse(404, QStringLiteral("no WebSocket endpoint here")), false);
            return;
        }
        if (auto refusal = m_server->m_upgradeFilter ? m_server->m_upgradeFilter(request) : std::nullopt) {
            m_closing = true;
            m_socket->readAll();
            send(*refusal, false);
            return;
        }
        // The handshake bytes are still unread in the socket: QWebSocketServer reads them itself.
        // From here the stream's own limits apply; this connection no longer counts.
        m_deadline.stop();
        m_socket->disconnect(this);
        m_socket->setParent(m_server->m_webSockets);
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        release();
        m_server->m_webSockets->handleConnection(socket);
        deleteLater();
    }

    void send(const HttpResponse &response, bool keepAlive, bool head = false)
    {
        if (!m_socket)
            return;
        if (response.dropConnection) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(response.serialize(keepAlive, head));
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QHostAddress m_client;
    Pool m_pool;
    QTimer m_deadline;
    QTimer m_hold; // running: requests are not read (see HttpResponse::holdReadingMs)
    QElapsedTimer m_idle;
    QElapsedTimer m_since; // since the accept, then since the first byte of the current request
    bool m_closing = false;
    bool m_inRequest = false;
    bool m_awaiting = false; // the application holds the answer to the last request read
    quint64 m_requests = 0;  // requests handed to the application
    bool m_released = false;
};

HttpServer::HttpServer(Options options, RequestHandler handler, QObject *parent)
    : HttpServer(std::move(options),
                 DeferredRequestHandler([handler = std::move(handler)](const HttpRequest &request, const Reply &reply) {
                     reply(handler(request));
                 }),
                 parent)
{}

HttpServer::HttpServer(Options options, DeferredRequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_handler(std::move(handler))
    , m_connectRate(clock(), m_options.connectsPerClientPerSecond)
    , m_evictionTokens(std::max(1, m_options.evictionsPerSecond))
    , m_evictionRefillNs(clock().monotonicNs())
{
    prepareAdmission();
    m_webSockets = new QWebSocketServer(QStringLiteral("virtuoso"), QWebSocketServer::NonSecureMode, this);
    m_webSockets->setHandshakeTimeout(std::chrono::milliseconds(m_options.idleTimeoutMs));
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets->nextPendingConnection()) {
            // Client input on our streams is small (pings, a close); a huge frame is refused with
            // 1009 from its header instead of being buffered.
            socket->setMaxAllowedIncomingFrameSize(m_options.maxWebSocketMessageBytes);
            socket->setMaxAllowedIncomingMessageSize(m_options.maxWebSocketMessageBytes);
            if (m_webSocketHandler)
                m_webSocketHandler(socket);
            else
                socket->deleteLater();
        }
    });
}

HttpServer::~HttpServer()
{
    close();
    // The connections give back their counts as they go: before this object's members are gone.
    const QList<HttpConnection *> connections = m_connections;
    qDeleteAll(connections);
}

void HttpServer::setWebSocketHandling(UpgradeFilter filter, WebSocketHandler handler)
{
    m_upgradeFilter = std::move(filter);
    m_webSocketHandler = std::move(handler);
}

bool HttpServer::listen(QString *error)
{
    close();
    m_server = makeListener();
    if (!m_server->listen(m_options.address, m_options.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer stops accepting for good when accept() fails for want of file descriptors
    // (EMFILE/ENFILE): the API would be gone until a restart. It listens again shortly instead.
    ++m_acceptErrors;
    VLOG(Warning, "api", "API_ACCEPT_FAILED")
        << "cannot accept a connection (" << (m_server ? m_server->errorString() : QString()) << ", error "
        << static_cast<int>(error) << ") with " << m_connections.size() << " connections open; accepting again in "
        << kAcceptRetryMs << " ms";
    if (!m_renewPending) {
        m_renewPending = true;
        QTimer::singleShot(kAcceptRetryMs, this, &HttpServer::renewListener);
    }
}

void HttpServer::renewListener()
{
    m_renewPending = false;
    if (!m_server)
        return;
    // Qt's socket engine keeps its first error for good: after EMFILE, every later "nothing more to
    // accept" reads as the same error and pauses accepting again. A listener on a duplicate of the
    // same socket starts clean, and the connections the kernel holds for it stay queued.
    const int fd = ::dup(static_cast<int>(m_server->socketDescriptor()));
    if (fd < 0) {
        onAcceptError(QAbstractSocket::SocketResourceError); // still out of descriptors: later
        return;
    }
    QTcpServer *fresh = makeListener();
    if (!fresh->setSocketDescriptor(fd)) {
        ::close(fd);
        delete fresh;
        onAcceptError(QAbstractSocket::SocketResourceError);
        return;
    }
    acceptPending(); // nothing accepted is left behind in the old listener
    delete m_server;
    m_server = fresh;
}

void HttpServer::close()
{
    m_built = 0;
    dropWaiting();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpServer::address() const
{
    return m_server ? m_server->serverAddress() : m_options.address;
}

int HttpServer::connectionsFrom(const QHostAddress &peer) const
{
    return m_perClient.value(clientKey(peer), 0);
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.removeOne(connection);
}

bool HttpServer::evictIdleConnection()
{
    // First a connection that has not proved itself: one that never sent anything, or one still
    // trickling its request after slowRequestMs (a slowloris), the oldest. Only then a served
    // keep-alive connection idle for at least as long, the longest idle: a client that was answered
    // and keeps asking is never closed for a newcomer that was not.
    HttpConnection *unproven = nullptr;
    qint64 unprovenMs = -1;
    HttpConnection *idle = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->pool() != HttpConnection::Pool::Ordinary)
            continue;
        if (const std::optional<qint64> ms = c->unprovenForMs(m_options.slowRequestMs); ms && *ms > unprovenMs) {
            unproven = c;
            unprovenMs = *ms;
        } else if (c->isIdle() && c->idleMs() >= m_options.slowRequestMs && (!idle || c->idleMs() > idle->idleMs())) {
            idle = c;
        }
    }
    HttpConnection *victim = unproven ? unproven : idle;
    if (!victim)
        return false;
    ++m_evicted;
    victim->evict();
    return true;
}

void HttpServer::refuse(QTcpSocket *socket, const QString &reason)
{
    ++m_refused;
    if (m_refusing >= kMaxRefusing) {
        // A flood: saying why to each would hold a descriptor per connection for seconds.
        socket->abort();
        delete socket;
        return;
    }
    (new HttpConnection(this, socket, HttpConnection::Pool::Refused))->refuse(reason);
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (!isTls())
            m_built = std::max(0, m_built - 1);
        admit(socket);
    }
    if (m_acceptPaused && m_server)
        m_server->pauseAccepting(); // taking a pending socket turned accepting back on
}

void HttpServer::admit(QTcpSocket *socket)
{
    using Pool = HttpConnection::Pool;
    if (connectionsFrom(socket->peerAddress()) >= m_options.maxConnectionsPerClient) {
        refuse(socket, QStringLiteral("more than %1 open connections from this address; reuse or close them")
                           .arg(m_options.maxConnectionsPerClient));
        return;
    }
    // Closing a connection to make room is rationed (evictionsPerSecond): a flood of newcomers
    // could otherwise make the server accept and close connections as fast as they come.
    // Only a newcomer that has sent something may have a connection closed for it (see screen()).
    const bool full = m_ordinary >= m_options.maxConnections;
    if (!full || (evictionsAvailable() >= 1.0 && hasSentSomething(socket) && evictIdleConnection())) {
        if (full)
            m_evictionTokens -= 1.0;
        new HttpConnection(this, socket, Pool::Ordinary);
        return;
    }
    if (m_reserved < m_options.reservedConnections) {
        new HttpConnection(this, socket, Pool::Reserved);
        return;
    }
    // A probe or a holder of the token is not turned away while a connection could make room.
    if (asksAsProbeOrPrivileged(static_cast<int>(socket->socketDescriptor()), socket->peerAddress()) &&
        evictIdleConnection()) {
        new HttpConnection(this, socket, Pool::Ordinary);
        return;
    }
    refuse(socket, QStringLiteral("too many open connections; retry later"));
}

} // namespace virtuoso::api
