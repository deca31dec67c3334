// ApiClient against a real MonitoringApi on loopback: sync, staleness, reconnect and resume.
#include "TestSupport.h"

#include "api/ApiClient.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "api/SnapshotDocument.h"
#include "base/Clock.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::api;
using namespace virtuoso::test;

namespace {

class FakeCore : public MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 1; }
};

const QByteArray kToken = "client-test-token-0123456789";

class ApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ApiSettings s;
        s.server.address = QHostAddress::LocalHost;
        s.rateLimitPerSecond = 10000;
        s.token = BearerToken::fromValue(kToken);
        api = std::make_unique<MonitoringApi>(std::move(s), core, serverClock);
        QString error;
        ASSERT_TRUE(api->start(&error)) << error.toStdString();
    }

    CoreSnapshotPtr publish(quint64 revision)
    {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = revision;
        s->epochMs = 1'700'000'000'000 + static_cast<qint64>(revision);
        s->dataSource = QStringLiteral("embedded simulator");
        MarketSummary m;
        m.symbol = QStringLiteral("BTCUSDT");
        m.lastPrice = QString::number(50000 + revision);
        s->markets.push_back(m);
        api->onSnapshot(s);
        return s;
    }

    ApiClient::Options options(const QByteArray &token = kToken) const
    {
        ApiClient::Options o;
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(api->port()));
        o.token = token;
        o.backoffInitialMs = 20;
        o.backoffMaxMs = 200;
        return o;
    }

    ManualClock serverClock;
    ManualClock clientClock;
    FakeCore core;
    std::unique_ptr<MonitoringApi> api;
};

} // namespace

TEST_F(ApiClientTest, KeepsTheServersStateInSync)
{
    publish(1);
    ApiClient client(options(), clientClock);
    QList<bool> fullUpdates;
    QObject::connect(&client, &ApiClient::stateChanged, [&](quint64, bool full) { fullUpdates << full; });
    client.start();
    ASSERT_TRUE(waitFor([&] { return client.revision() == 1; }, 5000));
    publish(2);
    const CoreSnapshotPtr latest = publish(3);
    ASSERT_TRUE(waitFor([&] { return client.revision() == 3; }, 5000));
    EXPECT_EQ(client.state(), snapshot_document::streamState(*latest));
    EXPECT_EQ(fullUpdates, (QList<bool>{true, false, false}));
    EXPECT_TRUE(client.isConnected());
}

TEST_F(ApiClientTest, BecomesStaleWhenUpdatesStop)
{
    publish(1);
    ApiClient client(options(), clientClock);
    EXPECT_TRUE(client.isStale()) << "nothing received yet";
    client.start();
    ASSERT_TRUE(waitFor([&] { return client.revision() == 1; }, 5000));
    EXPECT_FALSE(client.isStale());
    clientClock.advanceMs(2999);
    EXPECT_FALSE(client.isStale());
    clientClock.advanceMs(2);
    EXPECT_TRUE(client.isStale());
    publish(2);
    ASSERT_TRUE(waitFor([&] { return client.revision() == 2; }, 5000));
    EXPECT_FALSE(client.isStale());
}

TEST_F(ApiClientTest, ReconnectsAndResumesFromItsRevision)
{
    publish(1);
    ApiClient client(options(), clientClock);
    QList<QPair<quint64, bool>> updates;
    QObject::connect(&client, &ApiClient::stateChanged, [&](quint64 r, bool full) { updates.append({r, full}); });
    client.start();
    ASSERT_TRUE(waitFor([&] { return client.revision() == 1; }, 5000));

    api->stop(); // drops the stream; the API comes back on the same port
    ASSERT_TRUE(waitFor([&] { return !client.isConnected(); }, 5000));
    publish(2);
    const CoreSnapshotPtr latest = publish(3);
    QString error;
    ASSERT_TRUE(api->start(&error)) << error.toStdString();

    ASSERT_TRUE(waitFor([&] { return client.revision() == 3; }, 10000));
    EXPECT_EQ(updates.last(), (QPair<quint64, bool>{3, false})) << "resumed with a patch from revision 1";
    EXPECT_EQ(client.state(), snapshot_document::streamState(*latest));
}

TEST_F(ApiClientTest, QueriesCarryTheTokenAndReportErrors)
{
    ApiClient client(options(), clientClock);
    std::optional<ApiClient::Reply> reply;
    client.get(QStringLiteral("/api/v1/status"), [&](const ApiClient::Reply &r) { reply = r; });
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }, 5000));
    EXPECT_TRUE(reply->ok());
    EXPECT_TRUE(reply->json.contains(QStringLiteral("version")));

    ApiClient intruder(options("wrong-token-0123456789abc"), clientClock);
    reply.reset();
    intruder.get(QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5"), [&](const ApiClient::Reply &r) { reply = r; });
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }, 5000));
    EXPECT_EQ(reply->status, 403);
    EXPECT_TRUE(reply->error.contains(QStringLiteral("token"))) << reply->error.toStdString();
}

// A host that answers with more than the client reads (a compromised or broken daemon): the request
// fails with the reason, the whole body is never held.
TEST(ApiClientLimits, AnAnswerLargerThanTheLimitIsCutOff)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    const qint64 size = ApiClient::kMaxReplyBytes + (1 << 20);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, size] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, size] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(size) + "\r\n\r\n");
            const QByteArray chunk(1 << 20, ' ');
            for (qint64 sent = 0; sent < size && socket->state() == QAbstractSocket::ConnectedState;
                 sent += chunk.size())
                socket->write(chunk);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    ApiClient::Options o;
    o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    ManualClock clock;
    ApiClient client(o, clock);
    std::optional<ApiClient::Reply> reply;
    client.get(QStringLiteral("/api/v1/signals/outcomes"), [&](const ApiClient::Reply &r) { reply = r; });
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }, 20000));
    EXPECT_FALSE(reply->ok());
    EXPECT_TRUE(reply->error.contains(QStringLiteral("larger than"))) << reply->error.toStdString();
}
