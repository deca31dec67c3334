// Clients that abuse the API's resources rather than its parser (bench/api/hostile_clients measures
// the same against the real daemon): slow requests, silent connections that fill the server,
// stream subscribers that stop reading, and a process out of file descriptors.
#include "ApiServerFixture.h"
#include "TestSupport.h"
#include "api/ApiSettings.h"
#include "api/StreamHub.h"
#include "base/config/Config.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

#include <algorithm>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace virtuoso::test {
namespace {

// Everything the server sent until it closed the connection (or `timeoutMs` passed).
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs)
{
    QByteArray all;
    waitFor(
        [&] {
            all += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return all + socket.readAll();
}

// One whole response on a keep-alive connection (headers and Content-Length body).
QByteArray readResponse(QTcpSocket &socket, int timeoutMs)
{
    QByteArray all;
    waitFor(
        [&] {
            all += socket.readAll();
            const qsizetype end = all.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const qsizetype at = all.toLower().indexOf("content-length: ");
            const qint64 length = at < 0 ? 0 : all.mid(at + 16, all.indexOf('\r', at) - at - 16).toLongLong();
            return all.size() >= end + 4 + length;
        },
        timeoutMs);
    return all;
}

class ApiAbuseTest : public ApiServerTest
{
};

TEST_F(ApiAbuseTest, ARequestNotCompleteByItsDeadlineIsAnswered408)
{
    // Before: the deadline reset the socket without a word, so a client could not tell a slow
    // request from a network failure.
    ApiSettings s = defaultSettings();
    s.server.idleTimeoutMs = 300;
    start(std::move(s));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(waitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 5000));
    slow.write("GET /health HTTP/1.1\r\nHost: a\r\nX-Slow: ");
    const QByteArray reply = readUntilClosed(slow, 10000);
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 408 ")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("not complete 300 ms after its first byte")) << reply.toStdString();
    EXPECT_EQ(slow.state(), QAbstractSocket::UnconnectedState) << "closed after the answer";
}

TEST_F(ApiAbuseTest, AnIdleKeepAliveConnectionIsClosedWithoutAnAnswer)
{
    // The other side of the deadline: between requests nothing is in flight, nothing is said.
    ApiSettings s = defaultSettings();
    s.server.idleTimeoutMs = 300;
    start(std::move(s));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
    client.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    ASSERT_TRUE(readResponse(client, 5000).startsWith("HTTP/1.1 200 "));
    EXPECT_TRUE(readUntilClosed(client, 10000).isEmpty());
}

TEST_F(ApiAbuseTest, AFullServerClosesASilentConnectionBeforeAServedKeepAliveOne)
{
    // Before: the longest-idle connection made room, and a client polling on a kept-alive
    // connection is idle between its requests while silent attackers count as idle from their
    // accept on: a flood of silent connections pushed the served client out.
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 4;
    s.server.maxConnectionsPerClient = 100;
    s.server.reservedConnections = 0;
    start(std::move(s));
    QTcpSocket served;
    served.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(waitFor([&] { return served.state() == QAbstractSocket::ConnectedState; }, 5000));
    served.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    ASSERT_TRUE(readResponse(served, 5000).startsWith("HTTP/1.1 200 "));

    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 3; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QHostAddress::LocalHost, api->port());
    }
    ASSERT_TRUE(waitFor([&] { return api->openConnections() == 4; }, 5000));
    // A newcomer that asks for something: the server is full, one connection has to go. (One that
    // says nothing makes no room; see ASilentNewcomerToAFullServerClosesNothing.)
    QTcpSocket newcomer;
    newcomer.connectToHost(QHostAddress::LocalHost, api->port());
    newcomer.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    ASSERT_TRUE(waitFor(
        [&] {
            for (const auto &socket : silent)
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    return true;
            return served.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    EXPECT_EQ(served.state(), QAbstractSocket::ConnectedState) << "the served client was closed to make room";
    EXPECT_EQ(silent.front()->state(), QAbstractSocket::UnconnectedState) << "the oldest silent one goes first";
    served.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    EXPECT_TRUE(readResponse(served, 5000).startsWith("HTTP/1.1 200 "));
}

TEST_F(ApiAbuseTest, AServedClientIsNotClosedForANewcomerWhileItKeepsAsking)
{
    // Before: with every connection taken, the longest-idle one made room, however short its idle
    // time: a client polling every 100 ms was pushed out by slowloris connections arriving anew.
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 2;
    s.server.maxConnectionsPerClient = 100;
    s.server.reservedConnections = 0;
    s.server.slowRequestMs = 60'000; // nobody here has been idle or slow that long
    start(std::move(s));
    std::vector<std::unique_ptr<QTcpSocket>> served;
    for (int i = 0; i < 2; ++i) {
        served.push_back(std::make_unique<QTcpSocket>());
        served.back()->connectToHost(QHostAddress::LocalHost, api->port());
        ASSERT_TRUE(served.back()->waitForConnected(5000));
        served.back()->write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
        ASSERT_TRUE(readResponse(*served.back(), 5000).startsWith("HTTP/1.1 200 "));
    }
    QTcpSocket newcomer;
    newcomer.connectToHost(QHostAddress::LocalHost, api->port());
    newcomer.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    const QByteArray refused = readUntilClosed(newcomer, 5000);
    EXPECT_TRUE(refused.startsWith("HTTP/1.1 503 ")) << refused.toStdString();
    for (const auto &socket : served) {
        EXPECT_EQ(socket->state(), QAbstractSocket::ConnectedState);
        socket->write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
        EXPECT_TRUE(readResponse(*socket, 5000).startsWith("HTTP/1.1 200 "));
    }
}

TEST_F(ApiAbuseTest, RequestsPipelinedBehindA429WaitInTheirSocket)
{
    // Before: a client over its rate got a 429 for every request it sent, as fast as it sent
    // them: a flood of wrong tokens from a few addresses kept the API thread busy answering.
    ApiSettings s = defaultSettings();
    s.rateLimitPerSecond = 1; // the clock stands still: the next request is admitted in 1 s
    start(std::move(s));
    QTcpSocket flood;
    flood.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(flood.waitForConnected(5000));
    for (int i = 0; i < 5; ++i)
        flood.write("GET /api/v1/status HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray received;
    const auto answers = [&] {
        received += flood.readAll();
        return received.count("HTTP/1.1 ");
    };
    ASSERT_TRUE(waitFor([&] { return answers() >= 2; }, 5000));
    EXPECT_TRUE(received.startsWith("HTTP/1.1 200 ")) << received.toStdString();
    EXPECT_TRUE(received.contains("HTTP/1.1 429 ")) << received.toStdString();
    EXPECT_FALSE(waitFor([&] { return answers() >= 3; }, 300)) << "answered at once: " << received.toStdString();
    // Held, not dropped: the next is read once the hold is over.
    EXPECT_TRUE(waitFor([&] { return answers() >= 3; }, 5000));
    EXPECT_EQ(flood.state(), QAbstractSocket::ConnectedState);
}

TEST_F(ApiAbuseTest, AWrongTokenCostsTheGuesserASecondPerConnection)
{
    // Before: wrong tokens pipelined on a connection were answered as fast as they came, up to the
    // rate limit of every address a guesser had: thousands per second kept the API thread busy.
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    start(std::move(s));
    QTcpSocket guesser;
    guesser.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(guesser.waitForConnected(5000));
    for (int i = 0; i < 4; ++i)
        guesser.write("GET /api/v1/status HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer wrong-token-" +
                      QByteArray::number(i) + "\r\n\r\n");
    QByteArray received;
    const auto answers = [&] {
        received += guesser.readAll();
        return received.count("HTTP/1.1 403 ");
    };
    ASSERT_TRUE(waitFor([&] { return answers() >= 1; }, 5000));
    EXPECT_FALSE(waitFor([&] { return answers() >= 2; }, 300)) << "answered at once: " << received.toStdString();
    EXPECT_TRUE(waitFor([&] { return answers() >= 2; }, 5000)) << "held, not dropped";
    // The right token on another connection is answered at once all along.
    EXPECT_EQ(get(QStringLiteral("/api/v1/status"), kToken).status, 200);
}

// A socket whose kernel receive buffer is tiny and that is never read: the server's send queue
// for it fills within one large message.
int nonReadingSocket(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int size = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

TEST_F(ApiAbuseTest, AStreamSubscriberThatStopsReadingIsClosedAfterTheStallLimit)
{
    // Before: a subscriber that never read stayed forever, skipped, holding its queued megabyte
    // and the old snapshot it was last sent.
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    s.streamStallTimeoutMs = 30'000;
    start(std::move(s));
    // A state of several megabytes: its first message alone backs the subscriber up.
    const auto bigSnapshot = [this](quint64 revision) {
        auto snapshot = std::make_shared<CoreSnapshot>();
        snapshot->revision = revision;
        snapshot->epochMs = clock.epochMs();
        for (int i = 0; i < 12000; ++i) {
            MarketSummary m;
            m.symbol = QStringLiteral("S%1USDT").arg(i);
            m.lastPrice = QString::number(100 + revision * 1000 + i);
            m.bestBid = QStringLiteral("100.5");
            m.bestAsk = QStringLiteral("100.6");
            snapshot->markets.push_back(m);
        }
        api->onSnapshot(snapshot);
    };
    bigSnapshot(1);

    const int fd = nonReadingSocket(api->port());
    ASSERT_GE(fd, 0);
    QTcpSocket stalled;
    stalled.setSocketDescriptor(fd);
    stalled.setReadBufferSize(4096);
    stalled.write("GET /api/v1/stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                  "Authorization: Bearer " +
                  kToken + "\r\n\r\n");
    ASSERT_TRUE(waitFor([&] { return api->streamSubscribers() == 1; }, 5000));

    bigSnapshot(2); // backed up from here on (the clock's now)
    clock.advanceMs(29'999);
    bigSnapshot(3);
    EXPECT_EQ(api->streamSubscribers(), 1) << "closed before the limit";
    clock.advanceMs(1);
    bigSnapshot(4);
    EXPECT_EQ(api->streamSubscribers(), 0) << "still subscribed after 30 s without reading";
    EXPECT_TRUE(get(QStringLiteral("/metrics"), kToken).body.contains("virtuoso_api_stream_dropped_total 1"));
    // Its socket goes too, after the short grace for the close frame.
    stalled.setReadBufferSize(0);
    const QByteArray received = readUntilClosed(stalled, 10000);
    EXPECT_EQ(stalled.state(), QAbstractSocket::UnconnectedState);
    EXPECT_TRUE(received.startsWith("HTTP/1.1 101 ")) << received.left(200).toStdString();
}

TEST_F(ApiAbuseTest, AReadingSubscriberIsNeverDropped)
{
    ApiSettings s = defaultSettings();
    s.streamStallTimeoutMs = 1000;
    start(std::move(s));
    publish(1);
    QWebSocket ws;
    int received = 0;
    QObject::connect(&ws, &QWebSocket::textMessageReceived, [&] { ++received; });
    ws.open(url(QStringLiteral("/api/v1/stream"), true));
    ASSERT_TRUE(waitFor([&] { return received == 1; }, 5000));
    for (int r = 2; r < 6; ++r) {
        clock.advanceMs(5000);
        publish(static_cast<quint64>(r));
        ASSERT_TRUE(waitFor([&] { return received == r; }, 5000)) << r;
    }
    EXPECT_EQ(api->streamSubscribers(), 1);
}

TEST(ApiAbuseServer, TheServerAcceptsAgainAfterRunningOutOfFileDescriptors)
{
    // Before: QTcpServer stops accepting for good when accept() fails with EMFILE, so one burst of
    // connections beyond the process's descriptor limit took the API down until a restart.
#if defined(__SANITIZE_ADDRESS__)
    // The ASan build carries UndefinedBehaviorSanitizer, whose check of a virtual call's object
    // reads the vtable through a pipe: with no descriptor left, the first virtual call (the accept
    // failure's log line) is reported as an object with an invalid vptr.
    GTEST_SKIP() << "UndefinedBehaviorSanitizer's vptr check needs descriptors this test takes away";
#endif
    HttpServer server(HttpServer::Options{}, [](const HttpRequest &) { return jsonResponse(QJsonObject{}); });
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error.toStdString();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(5000)); // the kernel completed it; the server has not accepted yet
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    // The lowest free descriptor becomes the limit: the next accept() fails with EMFILE.
    const int lowestFree = ::dup(0);
    ASSERT_GE(lowestFree, 0);
    ::close(lowestFree);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(lowestFree);
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &tight), 0);
    const bool failed = waitFor([&] { return server.acceptErrors() > 0; }, 5000);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    ASSERT_TRUE(failed) << "accept() did not fail under the tight limit";
    client.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    const QByteArray reply = readResponse(client, 5000);
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200 ")) << "never accepted: " << reply.toStdString();
    // And it keeps accepting at full speed: no further error, no pause between connections.
    const quint64 errors = server.acceptErrors();
    for (int i = 0; i < 5; ++i) {
        QTcpSocket next;
        next.connectToHost(QHostAddress::LocalHost, server.port());
        ASSERT_TRUE(next.waitForConnected(5000));
        next.write("GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
        EXPECT_TRUE(readResponse(next, 5000).startsWith("HTTP/1.1 200 ")) << i;
    }
    EXPECT_EQ(server.acceptErrors(), errors) << "the listener kept Qt's first accept error";
}

TEST(ApiAbuseSettings, TheNewLimitsComeFromTheConfiguration)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = {QStringLiteral("api.request_timeout_s=7"), QStringLiteral("api.max_stream_subscribers=5"),
                         QStringLiteral("api.stream_stall_timeout_s=12")};
    const Config::LoadResult loaded = Config::load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    const ApiSettings::Result r = ApiSettings::fromConfig(loaded.config, false);
    ASSERT_TRUE(r.settings) << r.error.toStdString();
    EXPECT_EQ(r.settings->server.idleTimeoutMs, 7000);
    EXPECT_EQ(r.settings->maxStreamSubscribers, 5);
    EXPECT_EQ(r.settings->streamStallTimeoutMs, 12'000);

    options.overrides = {QStringLiteral("api.request_timeout_s=0")};
    EXPECT_FALSE(Config::load(options).ok()) << "a zero deadline would close every connection at once";
}

TEST_F(ApiAbuseTest, TheSubscriberLimitIsTheConfiguredOne)
{
    ApiSettings s = defaultSettings();
    s.maxStreamSubscribers = 1;
    start(std::move(s));
    publish(1);
    QWebSocket first;
    first.open(url(QStringLiteral("/api/v1/stream"), true));
    ASSERT_TRUE(waitFor([&] { return api->streamSubscribers() == 1; }, 5000));
    const HttpReply second = get(QStringLiteral("/api/v1/stream"));
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(raw.waitForConnected(5000));
    raw.write("GET /api/v1/stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    const QByteArray reply = readUntilClosed(raw, 5000);
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 503 ")) << reply.left(200).toStdString();
    EXPECT_TRUE(reply.contains("1 stream subscribers already")) << reply.toStdString();
    EXPECT_EQ(second.status, 426);
}

TEST(ApiStreamCrowd, SubscribersJoiningTogetherShareOneWholeStateSentAFewPerTurn)
{
    // Before: each new subscriber had the whole state serialised for it and sent to it at once, so 60
    // joining together held the API thread for most of a second (the daemon's other answers waited).
    QWebSocketServer listener(QStringLiteral("crowd"), QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost));
    constexpr int kCrowd = 20;
    std::vector<std::unique_ptr<QWebSocket>> clients;
    std::vector<int> received(kCrowd + 1, 0);
    const auto join = [&] {
        const int i = static_cast<int>(clients.size());
        clients.push_back(std::make_unique<QWebSocket>());
        QObject::connect(clients.back().get(), &QWebSocket::textMessageReceived,
                         [&received, i](const QString &) { ++received[i]; });
        clients.back()->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(listener.serverPort())));
    };
    std::vector<QWebSocket *> accepted;
    const auto acceptAll = [&](size_t count) {
        return waitFor(
            [&] {
                while (QWebSocket *socket = listener.nextPendingConnection())
                    accepted.push_back(socket);
                return accepted.size() == count;
            },
            5000);
    };
    for (int i = 0; i < kCrowd; ++i)
        join();
    ASSERT_TRUE(acceptAll(kCrowd));

    StreamHub hub;
    const auto snapshot = [](quint64 revision) {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = revision;
        s->dataSource = QStringLiteral("embedded simulator");
        for (int i = 0; i < 30; ++i) {
            MarketSummary m;
            m.symbol = QStringLiteral("X%1USDT").arg(i);
            m.lastPrice = QString::number(100 + revision);
            s->markets.push_back(m);
        }
        return s;
    };
    hub.publish(snapshot(1));
    // What the hub sends in each turn of the event loop.
    std::vector<quint64> perTurn;
    quint64 counted = 0;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        perTurn.push_back(hub.messagesSent() - counted);
        counted = hub.messagesSent();
    });
    turn.start();
    for (QWebSocket *socket : accepted) // all in the same turn
        hub.addSubscriber(socket);
    ASSERT_TRUE(waitFor([&] { return std::count(received.begin(), received.end(), 0) == 1; }, 5000));
    EXPECT_EQ(hub.fullStatesBuilt(), 1u) << "the whole state was serialised once per subscriber";
    EXPECT_LE(*std::max_element(perTurn.begin(), perTurn.end()), 2u * StreamHub::kFullStatesPerTurn)
        << "the crowd was sent the whole state in one turn";

    // A subscriber joining after the next snapshot gets that snapshot's state, written once more.
    hub.publish(snapshot(2));
    join();
    ASSERT_TRUE(acceptAll(kCrowd + 1));
    hub.addSubscriber(accepted.back());
    ASSERT_TRUE(waitFor([&] { return received.back() == 1; }, 5000));
    EXPECT_EQ(hub.fullStatesBuilt(), 2u);
}

TEST(ApiStreamCrowd, ASubscriberThatStopsReadingHoldsLittleInTheDaemonUntilItIsDropped)
{
    // Before: the hub sent a backed-up subscriber more until a mebibyte waited in its socket, so 60
    // subscribers that never read cost the daemon 73 MB until the stall limit closed them.
    QWebSocketServer listener(QStringLiteral("stalled"), QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost));
    const int fd = nonReadingSocket(listener.serverPort());
    ASSERT_GE(fd, 0);
    const QByteArray handshake = "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    ASSERT_EQ(::write(fd, handshake.constData(), static_cast<size_t>(handshake.size())), handshake.size());
    QWebSocket *subscriber = nullptr;
    ASSERT_TRUE(waitFor([&] { return (subscriber = listener.nextPendingConnection()) != nullptr; }, 5000));

    StreamHub hub;
    // Every snapshot changes every price: each patch is tens of kilobytes.
    const auto snapshot = [](quint64 revision) {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = revision;
        for (int i = 0; i < 1000; ++i) {
            MarketSummary m;
            m.symbol = QStringLiteral("S%1USDT").arg(i);
            m.lastPrice = QString::number(revision * 1000 + i);
            s->markets.push_back(m);
        }
        return s;
    };
    hub.publish(snapshot(1));
    hub.addSubscriber(subscriber);
    // Published until the kernel's buffers are full and the hub skips the subscriber.
    quint64 sent = 0;
    int unchanged = 0;
    for (quint64 r = 2; r < 3000 && unchanged < 20; ++r) {
        hub.publish(snapshot(r));
        QCoreApplication::processEvents();
        unchanged = hub.messagesSent() == sent ? unchanged + 1 : 0;
        sent = hub.messagesSent();
    }
    ASSERT_EQ(unchanged, 20) << "the subscriber never backed up";
    EXPECT_GT(subscriber->bytesToWrite(), 0);
    EXPECT_LT(subscriber->bytesToWrite(), 512 * 1024) << "queued in the daemon for a client that does not read";
    ::close(fd);
}

} // namespace
} // namespace virtuoso::test
