#include "Attacks.h"

#include "Common.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <vector>

namespace hostile {

namespace {

// "408", "413", ... from the first status line, or how the connection ended without one.
QString outcomeOf(const QByteArray &received, QAbstractSocket::SocketError error)
{
    if (received.startsWith("HTTP/1.1 "))
        return received.mid(9, 3);
    if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::UnknownSocketError)
        return QStringLiteral("closed without an answer");
    return QStringLiteral("no answer (%1)").arg(static_cast<int>(error));
}

QString describeCounts(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// Connections that are opened from attacker addresses, reopened when the server closes them, and
// whose ends are counted by what the server said.
class ConnectionAttack : public Attack
{
public:
    ConnectionAttack(const AttackSettings &s, int count, int reopenMs)
        : m_s(s)
        , m_count(count)
        , m_reopenMs(reopenMs)
    {}
    ~ConnectionAttack() override { closeAll(); }

    void start() override
    {
        m_running = true;
        m_window.start();
        // In batches: a SYN flood is not the point, holding connections is.
        auto *opener = new QTimer(&m_owner);
        opener->setInterval(50);
        QObject::connect(opener, &QTimer::timeout, &m_owner, [this, opener] {
            for (int i = 0; i < 250 && m_opened < m_count; ++i)
                open(m_opened++);
            if (m_opened >= m_count)
                opener->stop();
        });
        opener->start();
        if (m_dripMs > 0) {
            auto *drip = new QTimer(&m_owner);
            drip->setInterval(m_dripMs);
            QObject::connect(drip, &QTimer::timeout, &m_owner, [this] {
                for (QTcpSocket *socket : m_sockets)
                    if (socket && socket->state() == QAbstractSocket::ConnectedState)
                        socket->write("a");
            });
            drip->start();
        }
    }

    QString finish() override
    {
        m_running = false;
        int open = 0;
        for (QTcpSocket *socket : m_sockets)
            open += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        std::vector<double> lifetimes = m_lifetimesS;
        QString report =
            QStringLiteral("  attackers: %1 connections from %2 addresses, %3 connects in all; %4 open at the "
                           "end; closed by the server: %5 (%6); lifetime of a closed one p50 %7 s, "
                           "max %8 s\n")
                .arg(m_count)
                .arg(std::min(m_count, m_s.addresses))
                .arg(m_connects)
                .arg(open)
                .arg(m_closedByServer)
                .arg(describeCounts(m_outcomes))
                .arg(percentile(lifetimes, 50), 0, 'f', 1)
                .arg(percentile(lifetimes, 100), 0, 'f', 1);
        closeAll();
        return report;
    }

protected:
    QByteArray m_opening; // sent on connect
    int m_dripMs = 0;     // then one byte this often

private:
    void open(int index)
    {
        if (!m_running)
            return;
        if (static_cast<int>(m_sockets.size()) <= index)
            m_sockets.resize(index + 1);
        auto *socket = new QTcpSocket(&m_owner);
        m_sockets[index] = socket;
        auto received = std::make_shared<QByteArray>();
        auto since = std::make_shared<QElapsedTimer>();
        QObject::connect(socket, &QTcpSocket::connected, &m_owner, [this, socket, since] {
            ++m_connects;
            since->start();
            if (!m_opening.isEmpty())
                socket->write(m_opening);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, &m_owner,
                         [socket, received] { *received += socket->readAll().left(64); });
        QObject::connect(socket, &QTcpSocket::errorOccurred, &m_owner,
                         [this, socket, index, received, since](QAbstractSocket::SocketError error) {
                             if (!m_running || m_sockets[index] != socket)
                                 return;
                             *received += socket->readAll().left(64);
                             if (since->isValid()) {
                                 ++m_closedByServer;
                                 ++m_outcomes[outcomeOf(*received, error)];
                                 m_lifetimesS.push_back(static_cast<double>(since->elapsed()) / 1000.0);
                             } else {
                                 ++m_outcomes[QStringLiteral("connect failed")];
                             }
                             m_sockets[index] = nullptr;
                             socket->deleteLater();
                             QTimer::singleShot(m_reopenMs, &m_owner, [this, index] { open(index); });
                         });
        socket->bind(attackerAddress(index % m_s.addresses));
        socket->connectToHost(QHostAddress::LocalHost, m_s.port);
    }

    void closeAll()
    {
        m_running = false;
        for (QTcpSocket *socket : m_sockets) {
            if (socket) {
                socket->disconnect(&m_owner);
                socket->abort();
            }
        }
        m_sockets.clear();
        qDeleteAll(m_owner.children());
    }

    AttackSettings m_s;
    int m_count;
    int m_reopenMs;
    QObject m_owner;
    bool m_running = false;
    int m_opened = 0;
    int m_connects = 0;
    int m_closedByServer = 0;
    QMap<QString, int> m_outcomes;
    std::vector<double> m_lifetimesS;
    std::vector<QTcpSocket *> m_sockets;
    QElapsedTimer m_window;
};

class Slowloris : public ConnectionAttack
{
public:
    explicit Slowloris(const AttackSettings &s)
        : ConnectionAttack(s, s.slowloris, 100)
    {
        m_opening = "GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
        m_dripMs = s.dripMs;
    }
};

class IdleConnections : public ConnectionAttack
{
public:
    explicit IdleConnections(const AttackSettings &s)
        : ConnectionAttack(s, s.idle, 1000)
    {}
};

// One request per connection, each on a fresh address: oversized, malformed, truncated.
class Oversized : public Attack
{
public:
    explicit Oversized(const AttackSettings &s)
        : m_s(s)
    {
        const QByteArray mb(1024 * 1024, 'a');
        const auto add = [this](const char *name, QByteArray bytes, qint64 bodyBytes = 0, bool truncate = false) {
            m_cases.push_back({QLatin1String(name), std::move(bytes), bodyBytes, truncate});
        };
        add("request line 1 MB", "GET /" + mb + " HTTP/1.1\r\nHost: a\r\n\r\n");
        add("header 1 MB", "GET /api/v1/status HTTP/1.1\r\nHost: a\r\nX-Big: " + mb + "\r\n\r\n");
        add("body 100 MB", "POST /api/v1/alerts/mute HTTP/1.1\r\nHost: a\r\nContent-Length: 104857600\r\n\r\n",
            100LL * 1024 * 1024);
        add("200 headers", [] {
            QByteArray r = "GET /health HTTP/1.1\r\nHost: a\r\n";
            for (int i = 0; i < 200; ++i)
                r += "X-H" + QByteArray::number(i) + ": v\r\n";
            return r + "\r\n";
        }());
        add("binary garbage", [] {
            QByteArray r(4096, '\0');
            for (char &c : r)
                c = static_cast<char>(QRandomGenerator::global()->bounded(256));
            return r;
        }());
        add("bare LF", "GET /health HTTP/1.1\nHost: a\n\n");
        add("HTTP/2.0", "GET /health HTTP/2.0\r\nHost: a\r\n\r\n");
        add("no Host", "GET /health HTTP/1.1\r\n\r\n");
        add("negative length", "POST /api/v1/alerts/mute HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n");
        add("chunked", "POST /api/v1/alerts/mute HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        add("NUL in path", "GET /he%00alth HTTP/1.1\r\nHost: a\r\n\r\n");
        add("truncated request", "GET /api/v1/sta", 0, true);
        add("truncated body", "POST /api/v1/alerts/mute HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{\"r", 0,
            true);
    }
    ~Oversized() override { qDeleteAll(m_owner.children()); }

    void start() override
    {
        m_running = true;
        for (int w = 0; w < m_s.workers; ++w)
            next();
    }

    QString finish() override
    {
        m_running = false;
        QString report =
            QStringLiteral("  attackers: %1 requests in flight, %2 sent in all\n").arg(m_s.workers).arg(m_sent);
        for (const Case &c : m_cases) {
            const Result &r = m_results[c.name];
            report += QStringLiteral("    %1: %2 sent; answers {%3}; answer time p50 %4 ms, max %5 ms%6\n")
                          .arg(c.name)
                          .arg(r.sent)
                          .arg(describeCounts(r.outcomes))
                          .arg(percentile(r.answerMs, 50), 0, 'f', 1)
                          .arg(percentile(r.answerMs, 100), 0, 'f', 1)
                          .arg(c.bodyBytes > 0 ? QStringLiteral("; body bytes written before the close: max %1 KB")
                                                     .arg(r.maxBodyWritten / 1024)
                                               : QString());
        }
        for (QObject *child : m_owner.children())
            if (auto *socket = qobject_cast<QTcpSocket *>(child)) {
                socket->disconnect(&m_owner);
                socket->abort();
            }
        qDeleteAll(m_owner.children());
        return report;
    }

private:
    struct Case
    {
        QString name;
        QByteArray bytes;
        qint64 bodyBytes;
        bool truncate;
    };
    struct Result
    {
        int sent = 0;
        QMap<QString, int> outcomes;
        std::vector<double> answerMs;
        qint64 maxBodyWritten = 0;
    };

    void next()
    {
        if (!m_running)
            return;
        const Case &c = m_cases[m_next++ % m_cases.size()];
        Result &result = m_results[c.name];
        ++result.sent;
        ++m_sent;
        auto *socket = new QTcpSocket(&m_owner);
        auto received = std::make_shared<QByteArray>();
        auto timer = std::make_shared<QElapsedTimer>();
        auto bodyWritten = std::make_shared<qint64>(0);
        auto done = std::make_shared<bool>(false);
        const auto end = [this, socket, received, timer, bodyWritten, done, &result](const QString &outcome) {
            if (*done)
                return;
            *done = true;
            ++result.outcomes[outcome];
            result.answerMs.push_back(static_cast<double>(timer->nsecsElapsed()) / 1e6);
            result.maxBodyWritten = std::max(result.maxBodyWritten, *bodyWritten);
            socket->disconnect(&m_owner);
            socket->abort();
            socket->deleteLater();
            QTimer::singleShot(0, &m_owner, [this] { next(); });
        };
        const qint64 bodyBytes = c.bodyBytes;
        const bool truncate = c.truncate;
        const QByteArray bytes = c.bytes;
        QObject::connect(socket, &QTcpSocket::connected, &m_owner, [=] {
            timer->start();
            socket->write(bytes);
            if (truncate) {
                // The client gives up half-way: nothing to answer, the server must just let go.
                socket->flush();
                end(QStringLiteral("client closed"));
            }
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, &m_owner, [=] {
            if (bodyBytes <= *bodyWritten || socket->bytesToWrite() > 1024 * 1024 || !received->isEmpty())
                return;
            const qint64 chunk = std::min<qint64>(1024 * 1024, bodyBytes - *bodyWritten);
            socket->write(QByteArray(chunk, 'b'));
            *bodyWritten += chunk;
        });
        QObject::connect(socket, &QTcpSocket::readyRead, &m_owner, [=] {
            *received += socket->readAll();
            if (received->contains("\r\n\r\n"))
                end(outcomeOf(*received, QAbstractSocket::UnknownSocketError));
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, &m_owner, [=](QAbstractSocket::SocketError error) {
            *received += socket->readAll();
            end(outcomeOf(*received, error));
        });
        QTimer::singleShot(20000, socket, [=] { end(QStringLiteral("no answer in 20 s")); });
        socket->bind(attackerAddress(m_addressIndex++ % m_s.addresses));
        socket->connectToHost(QHostAddress::LocalHost, m_s.port);
    }

    AttackSettings m_s;
    QObject m_owner;
    std::vector<Case> m_cases;
    QMap<QString, Result> m_results;
    bool m_running = false;
    int m_next = 0;
    int m_sent = 0;
    int m_addressIndex = 0;
};

} // namespace

std::unique_ptr<Attack> makeTokenFlood(const AttackSettings &s);    // TokenAttacks.cpp
std::unique_ptr<Attack> makeStalledStream(const AttackSettings &s); // TokenAttacks.cpp

std::unique_ptr<Attack> makeAttack(const QString &name, const AttackSettings &settings)
{
    if (name == u"slowloris")
        return std::make_unique<Slowloris>(settings);
    if (name == u"idle")
        return std::make_unique<IdleConnections>(settings);
    if (name == u"oversized")
        return std::make_unique<Oversized>(settings);
    if (name == u"tokens")
        return makeTokenFlood(settings);
    if (name == u"stalled")
        return makeStalledStream(settings);
    return nullptr;
}

} // namespace hostile
