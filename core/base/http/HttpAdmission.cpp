// HttpServer's admission: what happens to a connection between the kernel's accept() and the
// moment a socket object is built for it (docs/api.md, "Connection limits"). Everything here works
// on bare descriptors, so refusing a connection costs a few system calls, not a QTcpSocket.
#include "base/http/HttpServer.h"

#include "base/Clock.h"
#include "base/QueuedCall.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace virtuoso::api {

namespace {

// At most this many sockets are built per turn of the event loop: Qt stops accepting once this
// many wait to be taken (QTcpServer's pending limit), and they are taken in the next turn.
constexpr int kMaxSocketsPerTurn = 16;
// Descriptors judged in one turn beyond this are no longer refused on the spot but built, which
// fills the pending limit and so ends the turn's accepting.
constexpr int kMaxScreenedPerTurn = 256;
// With the server full, a newcomer that has not sent anything yet waits as a bare descriptor for
// its first bytes, at most this long and among at most this many (the oldest goes first).
constexpr qint64 kMaxWaitMs = 1000;
constexpr int kMaxWaiting = 128;
// The admission tick: waiting newcomers are looked at, and while the server is full, accepting
// (paused after each batch) resumes. Under a flood the API thread then wakes for new connections
// about this often rather than once per connect, each wake-up costing a poll over every socket.
constexpr int kTickMs = 10;
// The kernel's queue of connections not yet accepted: room for what arrives during a pause.
constexpr int kListenBacklog = 1024;

// A listener that shows each accepted descriptor to the server before Qt builds a socket for it.
template<class Base>
class ScreenedListener final : public Base
{
public:
    ScreenedListener(std::function<bool(qintptr)> screen, QObject *parent)
        : Base(parent)
        , m_screen(std::move(screen))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_screen(descriptor))
            Base::incomingConnection(descriptor);
    }

private:
    std::function<bool(qintptr)> m_screen;
};

QByteArray refusal(int status, const QString &reason, int retryAfterS = 0)
{
    HttpResponse response = errorResponse(status, reason);
    if (retryAfterS > 0)
        response.addHeader("Retry-After", QByteArray::number(retryAfterS));
    return response.serialize(false);
}

} // namespace

void HttpServer::prepareAdmission()
{
    m_rateAnswer = refusal(429,
                           QStringLiteral("more than %1 new connections a second from this address; keep connections "
                                          "alive and reuse them")
                               .arg(m_options.connectsPerClientPerSecond),
                           1);
    m_fullAnswer = refusal(503, QStringLiteral("too many open connections; retry later"));
    m_perClientAnswer =
        refusal(503, QStringLiteral("more than %1 open connections from this address; reuse or close them")
                         .arg(m_options.maxConnectionsPerClient));
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &HttpServer::tick);
}

const Clock &HttpServer::clock() const
{
    return m_options.clock ? *m_options.clock : Clock::system();
}

QTcpServer *HttpServer::makeListener()
{
    QTcpServer *server = nullptr;
    const auto screen = [this](qintptr descriptor) { return this->screen(descriptor); };
    if (m_options.tls) {
        auto *ssl = new ScreenedListener<QSslServer>(screen, this);
        ssl->setSslConfiguration(*m_options.tls);
        ssl->setHandshakeTimeout(std::min(m_options.idleTimeoutMs, 10000));
        server = ssl;
    } else {
        server = new ScreenedListener<QTcpServer>(screen, this);
    }
    // Qt accepts in a loop until the kernel has nothing more or this many sockets wait to be taken;
    // they are taken in the next turn of the event loop, so one turn builds at most this many.
    server->setMaxPendingConnections(kMaxSocketsPerTurn);
    server->setListenBacklogSize(kListenBacklog);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        if (m_drainPending)
            return;
        m_drainPending = true;
        postQueued(this, [this] {
            m_drainPending = false;
            acceptPending();
        });
    });
    connect(server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
    return server;
}

void HttpServer::newTurn()
{
    if (m_turnPending)
        return;
    m_turnPending = true;
    postQueued(this, [this] {
        m_turnPending = false;
        m_screenedInTurn = 0;
    });
}

double HttpServer::evictionsAvailable()
{
    const double rate = std::max(1, m_options.evictionsPerSecond);
    const qint64 now = clock().monotonicNs();
    m_evictionTokens = std::min(rate, m_evictionTokens + static_cast<double>(now - m_evictionRefillNs) * 1e-9 * rate);
    m_evictionRefillNs = now;
    return m_evictionTokens;
}

bool HttpServer::mayMakeRoom()
{
    return m_ordinary + m_built < m_options.maxConnections || m_reserved < m_options.reservedConnections ||
           evictionsAvailable() >= 1.0;
}

bool HttpServer::isProbeOrPrivileged(const HttpRequest &request) const
{
    if (request.path == u"/health" || request.path == u"/ready")
        return true;
    return m_privileged && m_privileged(request);
}

bool HttpServer::asksAsProbeOrPrivileged(int descriptor, const QHostAddress &peer) const
{
    if (isTls())
        return false; // the request is inside the TLS session: not readable here
    const qint64 limit =
        std::min<qint64>(16 * 1024, m_options.limits.maxHeadBytes > 0 ? m_options.limits.maxHeadBytes
                                                                      : m_options.limits.maxRequestBytes);
    QByteArray buffer(limit, Qt::Uninitialized);
    const ssize_t n = ::recv(descriptor, buffer.data(), static_cast<size_t>(limit), MSG_PEEK | MSG_DONTWAIT);
    if (n <= 0)
        return false;
    buffer.truncate(n);
    HttpRequestParser::Result parsed = HttpRequestParser::parse(buffer, m_options.limits);
    if (parsed.kind != HttpRequestParser::Result::Kind::Complete)
        return false;
    parsed.request.peer = peer;
    return isProbeOrPrivileged(parsed.request);
}

void HttpServer::shed(int descriptor, const QByteArray &answer)
{
    ++m_refused;
    ++m_shed;
    if (!isTls()) {
        // What the client already sent is read first: closing a socket with unread bytes resets it,
        // and the client could lose the answer. Nothing here waits.
        char sink[4096];
        while (::recv(descriptor, sink, sizeof sink, MSG_DONTWAIT) > 0) {
        }
        [[maybe_unused]] const ssize_t sent =
            ::send(descriptor, answer.constData(), static_cast<size_t>(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    }
    ::close(descriptor);
}

void HttpServer::pauseWhileFull()
{
    if (m_acceptPaused || !m_server || m_ordinary + m_built < m_options.maxConnections)
        return;
    // This batch is still taken whole (Qt accepts until the kernel has none left); the next waits
    // for the tick.
    m_acceptPaused = true;
    m_server->pauseAccepting();
    if (!m_tick->isActive())
        m_tick->start();
}

void HttpServer::tick()
{
    checkWaiting();
    if (m_acceptPaused) {
        m_acceptPaused = false;
        if (m_server)
            m_server->resumeAccepting();
    }
    if (m_waiting.empty() && !m_acceptPaused)
        m_tick->stop();
}

bool HttpServer::hasSentSomething(QTcpSocket *socket) const
{
    if (isTls() || socket->bytesAvailable() > 0)
        return true;
    char byte = 0;
    return ::recv(static_cast<int>(socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

bool HttpServer::screen(qintptr descriptor)
{
    const int fd = static_cast<int>(descriptor);
    newTurn();
    pauseWhileFull();
    if (++m_screenedInTurn > kMaxScreenedPerTurn) {
        m_built += isTls() ? 0 : 1; // judged in acceptPending, next turn
        return true;
    }
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        ::close(fd); // the client is gone already
        return false;
    }
    const QHostAddress peer(reinterpret_cast<const sockaddr *>(&storage));
    if (!m_connectRate.admit(peer).allowed) {
        ++m_connectRateLimited;
        shed(fd, m_rateAnswer);
        return false;
    }
    if (connectionsFrom(peer) >= m_options.maxConnectionsPerClient) {
        shed(fd, m_perClientAnswer);
        return false;
    }
    if (m_ordinary + m_built < m_options.maxConnections || isTls()) {
        m_built += isTls() ? 0 : 1; // a TLS socket is taken after its handshake, if ever: not counted
        return true;
    }
    // The server is full. A newcomer that has not said anything yet does not make a connection
    // close for it, nor take the reserve: it waits for its first bytes without a socket.
    char byte = 0;
    if (::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) <= 0) {
        wait(fd, peer);
        return false;
    }
    if (!mayMakeRoom() && !asksAsProbeOrPrivileged(fd, peer)) {
        shed(fd, m_fullAnswer);
        return false;
    }
    ++m_built;
    return true;
}

void HttpServer::wait(int descriptor, const QHostAddress &peer)
{
    if (static_cast<int>(m_waiting.size()) >= kMaxWaiting) {
        shed(m_waiting.front().descriptor, m_fullAnswer);
        m_waiting.pop_front();
    }
    m_waiting.push_back({descriptor, clock().monotonicMs(), peer});
    if (!m_tick->isActive())
        m_tick->start();
}

void HttpServer::checkWaiting()
{
    const qint64 now = clock().monotonicMs();
    int built = 0;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        char byte = 0;
        const ssize_t n = ::recv(it->descriptor, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            ::close(it->descriptor); // the client left
            it = m_waiting.erase(it);
            continue;
        }
        const bool room = m_ordinary + m_built < m_options.maxConnections;
        if ((n > 0 || room) && built < kMaxSocketsPerTurn) {
            if (room || mayMakeRoom() || asksAsProbeOrPrivileged(it->descriptor, it->peer)) {
                ++built;
                auto *socket = new QTcpSocket(this);
                if (socket->setSocketDescriptor(it->descriptor))
                    admit(socket);
                else {
                    ::close(it->descriptor);
                    delete socket;
                }
            } else {
                shed(it->descriptor, m_fullAnswer);
            }
            it = m_waiting.erase(it);
            continue;
        }
        if (now - it->sinceMs >= kMaxWaitMs) {
            shed(it->descriptor, m_fullAnswer);
            it = m_waiting.erase(it);
            continue;
        }
        ++it;
    }
}

void HttpServer::dropWaiting()
{
    for (const Waiting &w : m_waiting)
        ::close(w.descriptor);
    m_waiting.clear();
    if (m_tick)
        m_tick->stop();
    m_acceptPaused = false;
}

} // namespace virtuoso::api
