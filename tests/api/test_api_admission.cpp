// HttpServer's admission under connection floods (docs/api.md, "Connection limits";
// bench/api/hostile_clients measures the same against the daemon): what a newcomer costs before a
// socket is built for it, how often connections are closed to make room, a client's connect rate,
// and how many connections one turn of the event loop takes on.
#include "TestSupport.h"
#include "base/Clock.h"
#include "base/http/HttpServer.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace virtuoso::test {
namespace {

using namespace virtuoso::api;

const QByteArray kAsk = "GET /status HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";

class AdmissionTest : public ::testing::Test
{
protected:
    // A server on a loopback port whose budgets run on `clock`, which moves only when told.
    void start(HttpServer::Options options)
    {
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.clock = &clock;
        server = std::make_unique<HttpServer>(options, [](const HttpRequest &) {
            return jsonResponse(QJsonObject{{QStringLiteral("ok"), true}});
        });
        QString error;
        ASSERT_TRUE(server->listen(&error)) << error.toStdString();
    }

    std::unique_ptr<QTcpSocket> connectFrom(const char *address = "127.0.0.1")
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(QHostAddress(QString::fromLatin1(address)));
        socket->connectToHost(QHostAddress::LocalHost, server->port());
        return socket;
    }

    // Everything the server sent until it closed the connection.
    static QByteArray readUntilClosed(QTcpSocket &socket)
    {
        QByteArray all;
        waitFor(
            [&] {
                all += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return all + socket.readAll();
    }

    QByteArray ask(const char *address = "127.0.0.1", const QByteArray &request = kAsk)
    {
        auto socket = connectFrom(address);
        socket->write(request);
        return readUntilClosed(*socket);
    }

    // `count` connections that never send anything, all of them held by the server.
    std::vector<std::unique_ptr<QTcpSocket>> silent(int count)
    {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < count; ++i)
            sockets.push_back(connectFrom());
        EXPECT_TRUE(waitFor([&] { return server->openConnections() == count; }, 5000));
        return sockets;
    }

    static HttpServer::Options fullAtTwo()
    {
        HttpServer::Options o;
        o.maxConnections = 2;
        o.maxConnectionsPerClient = 100;
        o.reservedConnections = 1;
        o.connectsPerClientPerSecond = 10000;
        return o;
    }

    ManualClock clock;
    std::unique_ptr<HttpServer> server;
};

TEST_F(AdmissionTest, ASilentNewcomerToAFullServerClosesNothing)
{
    // Before: every newcomer closed the oldest silent connection to make room, so 10,000 idle
    // sockets reconnecting after each close kept the server accepting and closing ~1,000 a second.
    start(fullAtTwo());
    auto held = silent(2);
    auto newcomer = connectFrom();
    ASSERT_TRUE(waitFor([&] { return server->waitingConnections() == 1; }, 5000));
    EXPECT_EQ(server->evictedConnections(), 0u);
    EXPECT_EQ(server->openConnections(), 2) << "a silent newcomer took the reserve";
    // It said nothing for a second: answered 503 and closed, without a socket ever built for it.
    clock.advanceMs(1001);
    const QByteArray answer = readUntilClosed(*newcomer);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 503 ")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("too many open connections")) << answer.toStdString();
    EXPECT_EQ(server->shedConnections(), 1u);
    EXPECT_EQ(server->waitingConnections(), 0);
    for (const auto &socket : held)
        EXPECT_EQ(socket->state(), QAbstractSocket::ConnectedState);
}

TEST_F(AdmissionTest, ANewcomerThatSpeaksLateIsServedOnceItDoes)
{
    // A client whose request arrives after the accept is not refused for being slow to write.
    start(fullAtTwo());
    auto held = silent(2);
    auto newcomer = connectFrom();
    ASSERT_TRUE(waitFor([&] { return server->waitingConnections() == 1; }, 5000));
    newcomer->write(kAsk);
    const QByteArray answer = readUntilClosed(*newcomer);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 ")) << answer.toStdString();
    EXPECT_EQ(server->evictedConnections(), 1u) << "the oldest silent connection made room";
    EXPECT_EQ(held.front()->state(), QAbstractSocket::UnconnectedState);
}

TEST_F(AdmissionTest, ClosingConnectionsToMakeRoomIsRationed)
{
    // Before: a newcomer closed a connection whenever the server was full, as often as newcomers came.
    HttpServer::Options o = fullAtTwo();
    o.maxConnections = 3;
    o.reservedConnections = 0;
    o.evictionsPerSecond = 1;
    start(o);
    auto held = silent(3);
    // The first newcomer makes room, and keeps its connection.
    auto first = connectFrom();
    first->write("GET /status HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray answer;
    ASSERT_TRUE(waitFor(
        [&] {
            answer += first->readAll();
            return answer.contains("\r\n\r\n");
        },
        5000));
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 ")) << answer.toStdString();
    EXPECT_EQ(server->evictedConnections(), 1u);
    const QByteArray refused = ask();
    EXPECT_TRUE(refused.startsWith("HTTP/1.1 503 ")) << refused.toStdString();
    EXPECT_EQ(server->evictedConnections(), 1u) << "a second eviction within the same second";
    EXPECT_EQ(server->shedConnections(), 1u) << "refused before a socket was built for it";
    clock.advanceMs(1000);
    EXPECT_TRUE(ask().startsWith("HTTP/1.1 200 ")) << "a second later, the next one makes room";
    EXPECT_EQ(server->evictedConnections(), 2u);
}

TEST_F(AdmissionTest, AProbeOrATokenHolderIsNotTurnedAwayWhenTheRationIsSpent)
{
    // With the reserve taken and the ration spent, a probe or the operator (the token) still has a
    // connection closed for it: the reserve's promise holds whoever fills the reserve.
    HttpServer::Options o = fullAtTwo();
    o.maxConnections = 4;
    o.reservedConnections = 0;
    o.evictionsPerSecond = 1;
    start(o);
    server->setPrivilegedRequest([](const HttpRequest &r) { return r.header("authorization") == "Bearer good"; });
    auto held = silent(4);
    // Each asks on a kept-alive connection and keeps it, so nobody leaves room behind.
    std::vector<std::unique_ptr<QTcpSocket>> served;
    const auto askAndHold = [&](const QByteArray &path, const QByteArray &token) {
        served.push_back(connectFrom());
        QTcpSocket &socket = *served.back();
        socket.write("GET " + path + " HTTP/1.1\r\nHost: a\r\n" +
                     (token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token + "\r\n") + "\r\n");
        QByteArray answer;
        waitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return answer + socket.readAll();
    };
    EXPECT_TRUE(askAndHold("/status", {}).startsWith("HTTP/1.1 200 ")) << "within the ration";
    EXPECT_TRUE(askAndHold("/status", {}).startsWith("HTTP/1.1 503 ")) << "the ration is spent";
    const QByteArray probe = askAndHold("/health", {});
    EXPECT_TRUE(probe.startsWith("HTTP/1.1 200 ")) << probe.toStdString();
    const QByteArray operatorAsks = askAndHold("/status", "good");
    EXPECT_TRUE(operatorAsks.startsWith("HTTP/1.1 200 ")) << operatorAsks.toStdString();
    EXPECT_EQ(server->evictedConnections(), 3u);
    const QByteArray wrongToken = askAndHold("/status", "bad");
    EXPECT_TRUE(wrongToken.startsWith("HTTP/1.1 503 ")) << wrongToken.toStdString();
    EXPECT_EQ(server->evictedConnections(), 3u);
}

TEST_F(AdmissionTest, AClientOverItsConnectRateIsAnswered429BeforeASocketIsBuilt)
{
    HttpServer::Options o;
    o.connectsPerClientPerSecond = 3;
    start(o);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(ask().startsWith("HTTP/1.1 200 ")) << i;
    const QByteArray limited = ask();
    EXPECT_TRUE(limited.startsWith("HTTP/1.1 429 ")) << limited.toStdString();
    EXPECT_TRUE(limited.contains("Retry-After: 1\r\n")) << limited.toStdString();
    EXPECT_EQ(server->connectRateLimited(), 1u);
    EXPECT_EQ(server->shedConnections(), 1u);
    EXPECT_TRUE(ask("127.0.0.2").startsWith("HTTP/1.1 200 ")) << "another client has its own budget";
    clock.advanceMs(1000);
    EXPECT_TRUE(ask().startsWith("HTTP/1.1 200 ")) << "a second later";
}

TEST_F(AdmissionTest, ABurstOfConnectionsIsTakenOverSeveralTurnsOfTheEventLoop)
{
    // Before: Qt accepted every queued connection in one go and each was set up at once, so a burst
    // of thousands held up every request already in progress.
    HttpServer::Options o;
    o.maxConnectionsPerClient = 100;
    o.connectsPerClientPerSecond = 10000;
    start(o);
    constexpr int kBurst = 40;
    // Connected by the kernel while the server's event loop is not running: all queued at once.
    std::vector<std::unique_ptr<QTcpSocket>> burst;
    for (int i = 0; i < kBurst; ++i) {
        burst.push_back(connectFrom());
        ASSERT_TRUE(burst.back()->waitForConnected(5000)) << i;
    }
    // What the server holds at each turn of the event loop.
    std::vector<int> seen;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] { seen.push_back(server->openConnections()); });
    turn.start();
    ASSERT_TRUE(waitFor([&] { return server->openConnections() == kBurst; }, 5000));
    const bool partly = std::any_of(seen.begin(), seen.end(), [](int n) { return n > 0 && n < kBurst; });
    EXPECT_TRUE(partly) << "all " << kBurst << " connections were set up in one turn";
}

} // namespace
} // namespace virtuoso::test
