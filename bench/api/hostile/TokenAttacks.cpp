// Attacks that need the protocol: a flood of wrong bearer tokens (and the answer time of a token
// sharing a long prefix with the real one), and stream subscribers that never read.
#include "Attacks.h"
#include "Common.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace hostile {

namespace {

QString describeCounts(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// Removes every whole response from `buffer`; the status of each.
QList<int> takeResponses(QByteArray &buffer)
{
    QList<int> statuses;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return statuses;
        const qsizetype at = buffer.indexOf("Content-Length: ");
        const qint64 length =
            at >= 0 && at < end ? buffer.mid(at + 16, buffer.indexOf('\r', at) - at - 16).toLongLong() : 0;
        if (buffer.size() < end + 4 + length)
            return statuses;
        statuses << buffer.mid(9, 3).toInt();
        buffer.remove(0, end + 4 + length);
    }
}

class TokenFlood : public Attack
{
public:
    explicit TokenFlood(const AttackSettings &s)
        : m_s(s)
    {}
    ~TokenFlood() override { qDeleteAll(m_owner.children()); }

    void start() override
    {
        m_running = true;
        m_window.start();
        for (int i = 0; i < m_s.tokenConnections; ++i)
            open(i);
    }

    QString finish() override
    {
        m_running = false;
        const double seconds = static_cast<double>(m_window.elapsed()) / 1000.0;
        for (QObject *child : m_owner.children())
            if (auto *socket = qobject_cast<QTcpSocket *>(child)) {
                socket->disconnect(&m_owner);
                socket->abort();
            }
        qDeleteAll(m_owner.children());
        int answered = 0;
        for (int n : std::as_const(m_statuses))
            answered += n;
        QString report =
            QStringLiteral("  attackers: %1 keep-alive connections (one per address), 8 requests in flight "
                           "each, wrong tokens: %2 answers in %3 s (%4/s) {%5}; %6 reconnects\n")
                .arg(m_s.tokenConnections)
                .arg(answered)
                .arg(seconds, 0, 'f', 1)
                .arg(answered / seconds, 0, 'f', 0)
                .arg(describeCounts(m_statuses))
                .arg(m_reconnects);
        return report + timing();
    }

private:
    static constexpr int kDepth = 8;

    QByteArray wrongRequest()
    {
        QByteArray t = m_s.token;
        t[static_cast<int>(m_sent++ % t.size())] ^= 1;
        return "GET /api/v1/status HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + t + "\r\n\r\n";
    }

    void open(int index)
    {
        if (!m_running)
            return;
        auto *socket = new QTcpSocket(&m_owner);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::connected, &m_owner, [this, socket] {
            for (int i = 0; i < kDepth; ++i)
                socket->write(wrongRequest());
        });
        QObject::connect(socket, &QTcpSocket::readyRead, &m_owner, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (int status : takeResponses(*buffer)) {
                ++m_statuses[QString::number(status)];
                if (m_running)
                    socket->write(wrongRequest());
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, &m_owner, [this, socket, index] {
            socket->deleteLater();
            ++m_reconnects;
            QTimer::singleShot(10, &m_owner, [this, index] { open(index); });
        });
        socket->bind(attackerAddress(index));
        socket->connectToHost(QHostAddress::LocalHost, m_s.port);
    }

    // The answer time over the wire of a token right in all but its last byte against one wrong
    // from its first, interleaved on fresh addresses (each within the per-client rate limit).
    QString timing()
    {
        pause(1500);
        std::vector<double> late, early;
        QMap<QString, int> statuses;
        constexpr int kAddresses = 200, kPerAddress = 20; // within the per-client connect burst too
        // One connection per request: after a 403 the daemon reads a connection's next request a
        // second later. Timed from the write on a connected socket to the whole answer.
        for (int a = 0; a < kAddresses; ++a) {
            for (int i = 0; i < kPerAddress; ++i) {
                QTcpSocket s;
                s.bind(attackerAddress(5000 + a));
                s.connectToHost(QHostAddress::LocalHost, m_s.port);
                if (!s.waitForConnected(2000))
                    continue;
                QByteArray t = m_s.token;
                const bool lastByte = (i + a) % 2 == 0;
                const int at = lastByte ? static_cast<int>(t.size() - 1) : 0;
                t[at] = t[at] == 'x' ? 'y' : 'x';
                QByteArray buffer;
                QElapsedTimer e;
                e.start();
                s.write("GET /api/v1/status HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + t + "\r\n\r\n");
                QList<int> got;
                while (got.isEmpty() && s.waitForReadyRead(2000)) {
                    buffer += s.readAll();
                    got = takeResponses(buffer);
                }
                const double us = static_cast<double>(e.nsecsElapsed()) / 1000.0;
                if (got.isEmpty())
                    continue;
                ++statuses[QString::number(got.front())];
                if (got.front() == 403)
                    (lastByte ? late : early).push_back(us);
            }
        }
        return QStringLiteral("  answer time of a wrong token over the wire (%1 requests {%2}): all but the last byte "
                              "right p50 %3 us, p90 %4 us; first byte wrong p50 %5 us, p90 %6 us\n")
            .arg(kAddresses * kPerAddress)
            .arg(describeCounts(statuses))
            .arg(percentile(late, 50), 0, 'f', 1)
            .arg(percentile(late, 90), 0, 'f', 1)
            .arg(percentile(early, 50), 0, 'f', 1)
            .arg(percentile(early, 90), 0, 'f', 1);
    }

    AttackSettings m_s;
    QObject m_owner;
    bool m_running = false;
    quint64 m_sent = 0;
    int m_reconnects = 0;
    QMap<QString, int> m_statuses;
    QElapsedTimer m_window;
};

// A socket with a small kernel receive buffer (so that it backs up within seconds), connected
// from `from`; -1 on failure.
int smallWindowSocket(const QHostAddress &from, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int size = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(from.toIPv4Address());
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// What a server sent on a WebSocket: text messages and the close frame, if any.
struct StreamEnd
{
    int messages = 0;
    int closeCode = 0;
    QString closeReason;
};

StreamEnd parseFrames(const QByteArray &data)
{
    StreamEnd end;
    qsizetype at = data.indexOf("\r\n\r\n");
    if (at < 0)
        return end;
    at += 4;
    while (at + 2 <= data.size()) {
        const auto b0 = static_cast<quint8>(data[at]), b1 = static_cast<quint8>(data[at + 1]);
        qint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (at + 4 > data.size())
                break;
            length = (static_cast<quint8>(data[at + 2]) << 8) | static_cast<quint8>(data[at + 3]);
            header = 4;
        } else if (length == 127) {
            if (at + 10 > data.size())
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | static_cast<quint8>(data[at + 2 + i]);
            header = 10;
        }
        const int opcode = b0 & 0x0f;
        if (opcode == 1)
            ++end.messages;
        if (opcode == 8 && at + header + length <= data.size() && length >= 2) {
            end.closeCode = (static_cast<quint8>(data[at + header]) << 8) | static_cast<quint8>(data[at + header + 1]);
            end.closeReason = QString::fromUtf8(data.mid(at + header + 2, length - 2));
        }
        at += header + length;
    }
    return end;
}

class StalledStream : public Attack
{
public:
    explicit StalledStream(const AttackSettings &s)
        : m_s(s)
    {}
    ~StalledStream() override { qDeleteAll(m_sockets); }

    void start() override
    {
        for (int i = 0; i < m_s.stalled; ++i) {
            const int fd = smallWindowSocket(attackerAddress(7000 + i), m_s.port);
            if (fd < 0)
                continue;
            auto *socket = new QTcpSocket;
            socket->setSocketDescriptor(fd);
            socket->setReadBufferSize(4096); // and never read: the window closes
            socket->write("GET /api/v1/stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                          "Authorization: Bearer " +
                          m_s.token + "\r\n\r\n");
            m_sockets.push_back(socket);
        }
    }

    QString finish() override
    {
        // Read what each got: the close frame (code and reason) when the server closed it.
        std::vector<QByteArray> data(m_sockets.size());
        for (QTcpSocket *socket : m_sockets)
            socket->setReadBufferSize(0);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000) {
            pause(100);
            for (size_t i = 0; i < m_sockets.size(); ++i)
                data[i] += m_sockets[i]->readAll();
        }
        QMap<QString, int> ends;
        int open = 0;
        for (size_t i = 0; i < m_sockets.size(); ++i) {
            const StreamEnd end = parseFrames(data[i]);
            if (m_sockets[i]->state() == QAbstractSocket::ConnectedState && end.closeCode == 0)
                ++open;
            else
                ++ends[end.closeCode ? QStringLiteral("%1 \"%2\"").arg(end.closeCode).arg(end.closeReason)
                                     : QStringLiteral("closed without a close frame")];
        }
        return QStringLiteral(
                   "  attackers: %1 stream subscribers from %2 addresses that never read (4 KB receive "
                   "window); still open (and still being sent to) at the end: %3; closed by the server: {%4}\n")
            .arg(m_sockets.size())
            .arg(m_sockets.size())
            .arg(open)
            .arg(describeCounts(ends));
    }

private:
    AttackSettings m_s;
    std::vector<QTcpSocket *> m_sockets;
};

} // namespace

std::unique_ptr<Attack> makeTokenFlood(const AttackSettings &s)
{
    return std::make_unique<TokenFlood>(s);
}

std::unique_ptr<Attack> makeStalledStream(const AttackSettings &s)
{
    return std::make_unique<StalledStream>(s);
}

} // namespace hostile
