#include "api/HttpServer.h"

#include "logging/Log.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace virtuoso::api {

namespace {
// A client that stops reading its responses is not served more until it catches up.
constexpr qint64 kMaxUnsentBytes = 4 * 1024 * 1024;
} // namespace

// One accepted socket: parses requests in order, answers them, and either keeps the connection
// for the next request, closes it, or hands it to the WebSocket server.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        ++m_server->m_openConnections;
        m_socket->setParent(this);
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(server->m_options.idleTimeoutMs);
        m_deadline.start();
        connect(&m_deadline, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        });
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
    }
    ~HttpConnection() override { --m_server->m_openConnections; }

    // Refuses a connection over the cap without parsing anything.
    void refuseOverloaded()
    {
        m_closing = true;
        send(errorResponse(503, QStringLiteral("too many open connections; retry later")), false);
    }

private:
    void process()
    {
        if (!m_socket)
            return; // handed to the WebSocket server; a queued call may still arrive
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        const HttpServer::Options &options = m_server->m_options;
        while (m_socket->bytesAvailable() > 0 && m_socket->bytesToWrite() < kMaxUnsentBytes) {
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
            if (request.isWebSocketUpgrade()) {
                upgrade(request);
                return;
            }
            m_socket->skip(parsed.consumed);
            m_deadline.start(); // the next request gets a fresh deadline
            const HttpResponse response = m_server->m_handler(request);
            send(response, request.keepAlive, request.method == "HEAD");
            if (!request.keepAlive)
                return;
        }
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
        m_deadline.stop();
        m_socket->disconnect(this);
        m_socket->setParent(m_server->m_webSockets);
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        m_server->m_webSockets->handleConnection(socket);
        deleteLater();
    }

    void send(const HttpResponse &response, bool keepAlive, bool head = false)
    {
        if (!m_socket)
            return;
        m_socket->write(response.serialize(keepAlive, head));
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_deadline;
    bool m_closing = false;
};

HttpServer::HttpServer(Options options, RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_handler(std::move(handler))
{
    m_webSockets = new QWebSocketServer(QStringLiteral("virtuoso"), QWebSocketServer::NonSecureMode, this);
    m_webSockets->setHandshakeTimeout(std::chrono::milliseconds(m_options.idleTimeoutMs));
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets->nextPendingConnection()) {
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
}

void HttpServer::setWebSocketHandling(UpgradeFilter filter, WebSocketHandler handler)
{
    m_upgradeFilter = std::move(filter);
    m_webSocketHandler = std::move(handler);
}

bool HttpServer::listen(QString *error)
{
    close();
    if (m_options.tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*m_options.tls);
        ssl->setHandshakeTimeout(std::min(m_options.idleTimeoutMs, 10000));
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
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

void HttpServer::close()
{
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

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const bool overloaded = m_openConnections >= m_options.maxConnections;
        auto *connection = new HttpConnection(this, socket);
        if (overloaded)
            connection->refuseOverloaded();
    }
}

} // namespace virtuoso::api
