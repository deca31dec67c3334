// Every fault kind, observed from a plain QWebSocket / QNetworkAccessManager client. Fault windows
// run on the ManualClock; only socket traffic needs real time.
#include "SimFixture.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QTcpSocket>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

class FaultTest : public SimFixture
{
protected:
    void SetUp() override
    {
        startSim();
        rest = std::make_unique<RestClient>(restUrl());
    }
    void TearDown() override
    {
        rest.reset();
        SimFixture::TearDown();
    }

    QJsonObject fire(const QJsonObject &fault) { return fireFault(*rest, fault); }
    QJsonObject counters() { return rest->get(QStringLiteral("/sim/v1/faults")).json(); }

    bool pongWithin(StreamClient &client, int ms, const QString &reqId = QStringLiteral("p"))
    {
        client.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("ping")}, {QStringLiteral("req_id"), reqId}});
        return client.waitFor([&](const QJsonObject &o) { return str(o, "req_id") == reqId; }, ms).has_value();
    }

    std::unique_ptr<RestClient> rest;
};

std::vector<qint64> bookUs(const StreamClient &client, const QString &topic)
{
    std::vector<qint64> out;
    for (const QString &text : client.texts) {
        const QJsonObject o = jsonOf(text);
        if (str(o, "topic") == topic)
            out.push_back(o.value(QStringLiteral("data")).toObject().value(QStringLiteral("u")).toInteger());
    }
    return out;
}

} // namespace

TEST_F(FaultTest, DropAbortsOneConnectionOrAll)
{
    StreamClient a, b;
    ASSERT_TRUE(a.open(wsUrl()));
    ASSERT_TRUE(b.open(wsUrl()));
    const QString connA = a.subscribe({QStringLiteral("publicTrade.BTCUSDT")});
    b.subscribe({QStringLiteral("publicTrade.BTCUSDT")});
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("conn"), connA}});
    ASSERT_TRUE(a.waitDisconnected());
    EXPECT_TRUE(pongWithin(b, 2000));
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}});
    EXPECT_TRUE(b.waitDisconnected());
    EXPECT_EQ(counters().value(QStringLiteral("counters")).toObject().value(QStringLiteral("drop")).toInt(), 2);
    EXPECT_EQ(rest->post(QStringLiteral("/sim/v1/faults"), R"({"kind":"drop","conn":"no-such-conn"})").status, 404);
}

TEST_F(FaultTest, DropSendsNoCloseFrame)
{
    // A raw WebSocket handshake: after it, a dropped connection must end with no bytes at all
    // (a close frame would be 0x88 ...).
    QTcpSocket raw;
    raw.connectToHost(QStringLiteral("127.0.0.1"), sim->port());
    ASSERT_TRUE(raw.waitForConnected(2000));
    raw.write("GET /v5/public/linear HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray received;
    QObject::connect(&raw, &QTcpSocket::readyRead, &raw, [&] { received += raw.readAll(); });
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return received.contains("\r\n\r\n"); }, 3000));
    EXPECT_TRUE(received.startsWith("HTTP/1.1 101"));
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}});
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 3000));
    received += raw.readAll();
    EXPECT_TRUE(received.endsWith("\r\n\r\n")) << received.toHex().toStdString();
}

TEST_F(FaultTest, StallSendsNothingAndNoPongsUntilTheWindowEnds)
{
    StreamClient stalled, other;
    ASSERT_TRUE(stalled.open(wsUrl()));
    ASSERT_TRUE(other.open(wsUrl()));
    const QString conn = stalled.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    other.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    ASSERT_TRUE(stalled.waitForTopic(QStringLiteral("orderbook.50.BTCUSDT")));
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("stall")},
                     {QStringLiteral("conn"), conn},
                     {QStringLiteral("seconds"), 5}});
    settle(100);
    const int before = static_cast<int>(stalled.texts.size());
    const int otherBefore = static_cast<int>(other.texts.size());
    advance(3000);
    EXPECT_FALSE(pongWithin(stalled, 300));
    EXPECT_EQ(stalled.texts.size(), before);
    EXPECT_FALSE(stalled.disconnected);
    EXPECT_GT(other.texts.size(), otherBefore + 10);
    advance(2500);
    EXPECT_TRUE(pongWithin(stalled, 2000, QStringLiteral("after")));
    EXPECT_GT(stalled.texts.size(), before + 10); // the held frames arrive after the window
    EXPECT_GE(counters().value(QStringLiteral("effects")).toObject().value(QStringLiteral("stall")).toInt(), 1);
}

TEST_F(FaultTest, NoPongKeepsDataFlowing)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("orderbook.50.ETHUSDT")});
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("no_pong")}, {QStringLiteral("seconds"), 10}});
    const int before = static_cast<int>(client.texts.size());
    EXPECT_FALSE(pongWithin(client, 300));
    advance(2000);
    settle(100);
    EXPECT_GT(client.texts.size(), before + 10);
    advance(8100);
    EXPECT_TRUE(pongWithin(client, 2000, QStringLiteral("later")));
}

TEST_F(FaultTest, SlowTimeDelaysOnlyServerTime)
{
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow_time")},
                     {QStringLiteral("delay_ms"), 4000},
                     {QStringLiteral("seconds"), 30}});
    auto answer = std::make_shared<HttpResult>();
    rest->getAsync(QStringLiteral("/v5/market/time"), answer);
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/tickers?category=linear")).status, 200);
    settle(200);
    EXPECT_FALSE(answer->finished);
    advance(4000, 500);
    EXPECT_TRUE(virtuoso::test::waitFor([&] { return answer->finished; }, 3000));
    EXPECT_EQ(answer->json().value(QStringLiteral("retCode")).toInt(), 0);
}

TEST_F(FaultTest, RateLimitWithAndWithoutResetHeaders)
{
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")}, {QStringLiteral("seconds"), 2}});
    const HttpResult withHeaders = rest->get(QStringLiteral("/v5/market/time"));
    EXPECT_EQ(withHeaders.json().value(QStringLiteral("retCode")).toInt(), 10006);
    EXPECT_TRUE(withHeaders.hasHeader("X-Bapi-Limit-Reset-Timestamp"));
    clock.advanceMs(2000);
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/time")).json().value(QStringLiteral("retCode")).toInt(), 0);
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")}, {QStringLiteral("headers"), false}});
    const HttpResult bare = rest->get(QStringLiteral("/v5/market/time"));
    EXPECT_EQ(bare.json().value(QStringLiteral("retCode")).toInt(), 10006);
    EXPECT_FALSE(bare.hasHeader("X-Bapi-Limit-Reset-Timestamp"));
    EXPECT_FALSE(bare.hasHeader("X-Bapi-Limit"));
}

TEST_F(FaultTest, BanAnswers403ForTheWindow)
{
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ban")}, {QStringLiteral("seconds"), 600}});
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/time")).status, 403);
    clock.advanceMs(599'000);
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/orderbook?category=linear&symbol=BTCUSDT")).status, 403);
    EXPECT_EQ(rest->get(QStringLiteral("/sim/v1/faults")).status, 200); // control stays reachable
    clock.advanceMs(1000);
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/time")).status, 200);
}

TEST_F(FaultTest, Http5xxForTheWindow)
{
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("http_5xx")},
                     {QStringLiteral("status"), 502},
                     {QStringLiteral("seconds"), 3}});
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/time")).status, 502);
    clock.advanceMs(3000);
    EXPECT_EQ(rest->get(QStringLiteral("/v5/market/time")).status, 200);
}

TEST_F(FaultTest, MalformedFramesOfEachVariant)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    const QString conn = client.subscribe({QStringLiteral("publicTrade.BTCUSDT")});
    settle(50);
    const int before = static_cast<int>(client.texts.size());
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")},
                     {QStringLiteral("conn"), conn},
                     {QStringLiteral("count"), 2}});
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")},
                     {QStringLiteral("variant"), QStringLiteral("not_json")}});
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")},
                     {QStringLiteral("variant"), QStringLiteral("binary")}});
    ASSERT_TRUE(
        virtuoso::test::waitFor([&] { return client.texts.size() >= before + 3 && !client.binaries.isEmpty(); }, 3000));
    int invalid = 0;
    for (int i = before; i < client.texts.size(); ++i) {
        QJsonParseError error;
        QJsonDocument::fromJson(client.texts.at(i).toUtf8(), &error);
        invalid += error.error != QJsonParseError::NoError ? 1 : 0;
    }
    EXPECT_EQ(invalid, 3);
    EXPECT_TRUE(pongWithin(client, 2000)); // the connection survives
}

TEST_F(FaultTest, UGapSkipsOneUpdateId)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    const QString conn = client.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    advance(1000);
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("u_gap")}, {QStringLiteral("conn"), conn}});
    advance(1000);
    settle(200);
    const auto us = bookUs(client, QStringLiteral("orderbook.50.BTCUSDT"));
    ASSERT_GT(us.size(), 10u);
    int gaps = 0;
    for (size_t i = 1; i < us.size(); ++i) {
        if (us[i] != us[i - 1] + 1) {
            EXPECT_EQ(us[i], us[i - 1] + 2);
            ++gaps;
        }
    }
    EXPECT_EQ(gaps, 1);
}

TEST_F(FaultTest, RestartSendsAU1SnapshotToOneConnectionOrAll)
{
    StreamClient a, b;
    ASSERT_TRUE(a.open(wsUrl()));
    ASSERT_TRUE(b.open(wsUrl()));
    const QString connA = a.subscribe({QStringLiteral("orderbook.1.BTCUSDT")});
    b.subscribe({QStringLiteral("orderbook.1.BTCUSDT")});
    advance(1000);
    settle(200);
    a.consumed = static_cast<int>(a.texts.size());
    b.consumed = static_cast<int>(b.texts.size());
    const size_t framesBefore = bookUs(a, QStringLiteral("orderbook.1.BTCUSDT")).size();
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("restart")}, {QStringLiteral("conn"), connA}});
    advance(500);
    settle(200);
    auto isRestart = [](const QJsonObject &o) {
        return str(o, "type") == u"snapshot" &&
               o.value(QStringLiteral("data")).toObject().value(QStringLiteral("u")).toInteger() == 1;
    };
    EXPECT_TRUE(a.waitFor(isRestart, 1000));
    EXPECT_FALSE(b.waitFor(isRestart, 200));
    // After its restart, a's stream counts on from 1 without gaps.
    const auto us = bookUs(a, QStringLiteral("orderbook.1.BTCUSDT"));
    const auto restartAt = std::find(us.begin() + static_cast<std::ptrdiff_t>(framesBefore), us.end(), 1);
    ASSERT_NE(restartAt, us.end());
    for (auto it = restartAt + 1; it != us.end(); ++it)
        EXPECT_EQ(*it, *(it - 1) + 1);
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("restart")}});
    EXPECT_TRUE(b.waitFor(isRestart, 2000));
}

TEST_F(FaultTest, SlowSendThrottlesTheConnection)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    const QString conn = client.subscribe({QStringLiteral("orderbook.200.BTCUSDT")});
    settle(100);
    fire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow_send")},
                     {QStringLiteral("conn"), conn},
                     {QStringLiteral("bytes_per_second"), 2000},
                     {QStringLiteral("seconds"), 10}});
    qint64 bytesBefore = 0;
    for (const QString &t : std::as_const(client.texts))
        bytesBefore += t.size();
    advance(5000);
    settle(300);
    qint64 bytesDuring = -bytesBefore;
    for (const QString &t : std::as_const(client.texts))
        bytesDuring += t.size();
    // Five seconds at 2,000 bytes/s, plus at most one frame that exceeded the remaining budget.
    EXPECT_LE(bytesDuring, 5 * 2000 + 12'000);
    EXPECT_GT(bytesDuring, 0);
    advance(5500);
    settle(300);
    qint64 bytesAfter = -bytesBefore - bytesDuring;
    for (const QString &t : std::as_const(client.texts))
        bytesAfter += t.size();
    EXPECT_GT(bytesAfter, 20'000); // the backlog goes out once the window closes
}

TEST_F(FaultTest, ScriptedFaultsFireAtTheirOffsets)
{
    sim.reset();
    QTemporaryDir dir;
    const QString script = virtuoso::test::writeFile(dir, QStringLiteral("faults.txt"),
                                                     "# rehearsal\n2s http_5xx seconds=1\n5s ban seconds=1\n");
    SimulatorOptions options;
    options.faultScript = script;
    startSim(options);
    RestClient client(restUrl());
    EXPECT_EQ(client.get(QStringLiteral("/v5/market/time")).status, 200);
    advance(2000);
    EXPECT_EQ(client.get(QStringLiteral("/v5/market/time")).status, 503);
    advance(3000);
    EXPECT_EQ(client.get(QStringLiteral("/v5/market/time")).status, 403);
    const QJsonObject fired =
        client.get(QStringLiteral("/sim/v1/faults")).json().value(QStringLiteral("counters")).toObject();
    EXPECT_EQ(fired.value(QStringLiteral("http_5xx")).toInt(), 1);
    EXPECT_EQ(fired.value(QStringLiteral("ban")).toInt(), 1);
}

TEST_F(FaultTest, BadScriptStopsTheStartWithTheLine)
{
    sim.reset();
    QTemporaryDir dir;
    SimulatorOptions options;
    options.clock = &clock;
    options.faultScript = virtuoso::test::writeFile(dir, QStringLiteral("faults.txt"), "1s stall\nnow drop\n");
    SimulatorService broken(options);
    QString error;
    EXPECT_FALSE(broken.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << error.toStdString();
}
