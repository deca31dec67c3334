#include "LegitClient.h"

#include "Common.h"
#include "HttpFraming.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>

namespace hostile {

double LegitStats::p99Ms() const
{
    return percentile(latencyMs, 99);
}

QString LegitStats::describe() const
{
    return QStringLiteral("%1 of %2 requests served (200), p50 %3 ms, p99 %4 ms, max %5 ms%6; stream: %7 messages, "
                          "longest gap %8 ms, %9 drops")
        .arg(served)
        .arg(served + failed)
        .arg(percentile(latencyMs, 50), 0, 'f', 2)
        .arg(percentile(latencyMs, 99), 0, 'f', 2)
        .arg(percentile(latencyMs, 100), 0, 'f', 2)
        .arg(failures.isEmpty() ? QString()
                                : QStringLiteral(" (failures: %1)").arg(failures.join(QStringLiteral("; "))))
        .arg(streamMessages)
        .arg(streamMaxGapMs)
        .arg(streamDrops);
}

LegitClient::LegitClient(quint16 port, QByteArray token)
    : m_port(port)
    , m_token(std::move(token))
{}

void LegitClient::begin()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &LegitClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_busy)
            fail(QStringLiteral("connection closed before the answer"));
    });
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &LegitClient::tick);
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    m_socket->waitForConnected(2000);
    connectStream();
    m_timer->start();
}

void LegitClient::connectStream()
{
    delete m_stream;
    m_stream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_stream, &QWebSocket::textMessageReceived, this, [this] {
        if (m_lastMessage.isValid())
            m_stats.streamMaxGapMs = std::max(m_stats.streamMaxGapMs, m_lastMessage.elapsed());
        m_lastMessage.start();
        ++m_stats.streamMessages;
    });
    connect(m_stream, &QWebSocket::disconnected, this, [this] {
        ++m_stats.streamDrops;
        QTimer::singleShot(500, this, &LegitClient::connectStream);
    });
    QNetworkRequest r(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(m_port)));
    r.setRawHeader("Authorization", "Bearer " + m_token);
    m_stream->open(r);
}

void LegitClient::end()
{
    m_timer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->close();
    }
    m_socket->disconnect(this);
    m_socket->abort();
}

void LegitClient::resetStats()
{
    m_stats = LegitStats{};
    m_lastMessage.start();
}

void LegitClient::fail(const QString &why)
{
    ++m_stats.failed;
    if (m_stats.failures.size() < 5)
        m_stats.failures << why;
    m_busy = false;
    m_socket->abort();
}

void LegitClient::tick()
{
    if (m_busy) {
        if (m_sent.elapsed() > 2000)
            fail(QStringLiteral("no answer within 2 s"));
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Closed between requests (an idle connection may be closed to make room): a new one.
        m_socket->abort();
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket->waitForConnected(2000)) {
            fail(QStringLiteral("cannot connect: ") + m_socket->errorString());
            return;
        }
    }
    m_buffer.clear();
    m_busy = true;
    m_sent.start();
    m_socket->write("GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
}

void LegitClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    const ::virtuoso::bench::HttpFrame frame = ::virtuoso::bench::httpFrame(m_buffer);
    if (!m_busy || !frame.complete)
        return;
    const qsizetype headerEnd = frame.headerEnd;
    m_stats.latencyMs.push_back(static_cast<double>(m_sent.nsecsElapsed()) / 1e6);
    m_busy = false;
    if (m_buffer.startsWith("HTTP/1.1 200"))
        ++m_stats.served;
    else
        fail(QStringLiteral("answered ") + QString::fromLatin1(m_buffer.left(m_buffer.indexOf('\r'))) +
             QLatin1Char(' ') + QString::fromUtf8(m_buffer.mid(headerEnd + 4, 160)));
}

} // namespace hostile
