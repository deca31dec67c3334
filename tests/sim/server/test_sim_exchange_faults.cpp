// The private exchange's faults: a lost create answer, a cut private stream, held execution
// reports, a skewed exchange clock; and disconnect-cancel-all when the private stream stays away.
#include "ExchangeFixture.h"

#include <QTcpSocket>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

class ExchangeFaultTest : public ExchangeFixture
{
protected:
    void SetUp() override { startExchange(); }

    int openOrders() { return static_cast<int>(truth().value(QStringLiteral("openOrders")).toArray().size()); }
    int privateConnections() { return truth().value(QStringLiteral("privateConnections")).toInt(-1); }
    // A request/answer round trip on the stream: whatever the server sent before the pong has arrived.
    void barrier(StreamClient &stream)
    {
        const qsizetype before = stream.texts.size();
        stream.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("ping")}});
        ASSERT_TRUE(virtuoso::test::waitFor(
            [&] {
                for (qsizetype i = before; i < stream.texts.size(); ++i) {
                    if (stream.texts.at(i).contains(QLatin1String("\"op\":\"pong\"")))
                        return true;
                }
                return false;
            },
            5000));
    }
};

} // namespace

TEST_F(ExchangeFaultTest, AckLostExecutesTheCreateButClosesTheConnectionUnanswered)
{
    fireFault(*rest, QJsonObject{{QStringLiteral("kind"), QStringLiteral("ack_lost")}});
    const QByteArray body = QJsonDocument(limitOrder(QStringLiteral("Buy"), farBuyPrice(0.97), QStringLiteral("0.01"),
                                                     QStringLiteral("lost-1")))
                                .toJson(QJsonDocument::Compact);
    QByteArray request = "POST /v5/order/create HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    for (const auto &h : signedHeaders(body))
        request += h.first + ": " + h.second + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), sim->port());
    ASSERT_TRUE(socket.waitForConnected(2000));
    socket.write(request);
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    EXPECT_TRUE(socket.readAll().isEmpty()) << "the answer must be lost";

    // The order exists: a client that looks it up by orderLinkId finds it.
    const HttpResult r =
        signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=linear&orderLinkId=lost-1"));
    ASSERT_EQ(list(r).size(), 1) << r.body.toStdString();
    EXPECT_EQ(str(list(r).at(0).toObject(), "orderStatus"), QStringLiteral("New"));
    // Only the next create was affected.
    EXPECT_EQ(retCode(signedPost(QStringLiteral("/v5/order/create"),
                                 limitOrder(QStringLiteral("Buy"), farBuyPrice(0.965), QStringLiteral("0.01")))),
              0);
    EXPECT_EQ(openOrders(), 2);
}

TEST_F(ExchangeFaultTest, ClockSkewGives10002UntilTheClientUsesTheServerTime)
{
    const QString wallet = QStringLiteral("/v5/account/wallet-balance");
    const QString query = QStringLiteral("accountType=UNIFIED");
    fireFault(*rest,
              QJsonObject{{QStringLiteral("kind"), QStringLiteral("clock_skew")}, {QStringLiteral("skew_ms"), 60'000}});
    EXPECT_EQ(retCode(signedGet(wallet, query)), 10002);
    const HttpResult time = rest->get(QStringLiteral("/v5/market/time"));
    const qint64 serverMs = time.json().value(QStringLiteral("time")).toInteger();
    EXPECT_EQ(serverMs, clock.epochMs() + 60'000);
    EXPECT_EQ(result(time).value(QStringLiteral("timeSecond")).toString(), QString::number(serverMs / 1000));
    // Re-synced: timestamps on the server's clock pass.
    EXPECT_EQ(retCode(signedGet(wallet, query, serverMs)), 0);
    fireFault(*rest,
              QJsonObject{{QStringLiteral("kind"), QStringLiteral("clock_skew")}, {QStringLiteral("skew_ms"), 0}});
    EXPECT_EQ(retCode(signedGet(wallet, query)), 0);
}

TEST_F(ExchangeFaultTest, ExecDelayHoldsThePrivateReportsForItsDelay)
{
    StreamClient stream;
    openPrivate(stream);
    fireFault(*rest, QJsonObject{{QStringLiteral("kind"), QStringLiteral("exec_delay")},
                                 {QStringLiteral("delay_ms"), 2000},
                                 {QStringLiteral("seconds"), 30}});
    ASSERT_EQ(retCode(signedPost(QStringLiteral("/v5/order/create"),
                                 marketOrder(QStringLiteral("Buy"), QStringLiteral("0.01")))),
              0);
    barrier(stream);
    EXPECT_TRUE(messages(stream, QStringLiteral("execution")).isEmpty());
    advance(1900);
    barrier(stream);
    EXPECT_TRUE(messages(stream, QStringLiteral("execution")).isEmpty());
    advance(200);
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return !messages(stream, QStringLiteral("wallet")).isEmpty(); }, 5000));
    EXPECT_FALSE(messages(stream, QStringLiteral("execution")).isEmpty());
    // In order: execution and order reports before the wallet's.
    EXPECT_FALSE(messages(stream, QStringLiteral("order")).isEmpty());
}

TEST_F(ExchangeFaultTest, PrivateDropCutsTheAccountsStreamNowOrAtItsNextFill)
{
    StreamClient first;
    openPrivate(first);
    fireFault(*rest, QJsonObject{{QStringLiteral("kind"), QStringLiteral("private_drop")},
                                 {QStringLiteral("on"), QStringLiteral("now")}});
    EXPECT_TRUE(first.waitDisconnected());

    StreamClient second;
    openPrivate(second);
    fireFault(*rest, QJsonObject{{QStringLiteral("kind"), QStringLiteral("private_drop")},
                                 {QStringLiteral("on"), QStringLiteral("fill")},
                                 {QStringLiteral("account"), key}});
    barrier(second);
    ASSERT_EQ(retCode(signedPost(QStringLiteral("/v5/order/create"),
                                 marketOrder(QStringLiteral("Buy"), QStringLiteral("0.01")))),
              0);
    EXPECT_TRUE(second.waitDisconnected());
    // The cut came before the fill's reports: the client must reconcile over REST.
    EXPECT_TRUE(messages(second, QStringLiteral("order")).isEmpty());
    EXPECT_TRUE(messages(second, QStringLiteral("execution")).isEmpty());
    EXPECT_EQ(truth().value(QStringLiteral("executions")).toArray().isEmpty(), false);

    HttpResult bad = rest->post(QStringLiteral("/sim/v1/faults"), R"({"kind":"private_drop","on":"later"})");
    EXPECT_EQ(bad.status, 400);
    bad = rest->post(QStringLiteral("/sim/v1/faults"), R"({"kind":"ack_lost","account":"NOSUCH"})");
    EXPECT_EQ(bad.status, 404);
}

TEST_F(ExchangeFaultTest, DisconnectCancelAllCancelsWhenThePrivateStreamStaysAwayForItsWindow)
{
    ASSERT_EQ(retCode(signedPost(QStringLiteral("/v5/order/disconnected-cancel-all"),
                                 QJsonObject{{QStringLiteral("timeWindow"), 10}})),
              0);
    {
        StreamClient stream;
        openPrivate(stream);
        ASSERT_EQ(retCode(signedPost(QStringLiteral("/v5/order/create"),
                                     limitOrder(QStringLiteral("Buy"), farBuyPrice(0.97), QStringLiteral("0.01")))),
                  0);
        EXPECT_EQ(privateConnections(), 1);
        stream.socket.close();
        ASSERT_TRUE(virtuoso::test::waitFor([&] { return privateConnections() == 0; }, 5000));
    }
    advance(9000);
    EXPECT_EQ(openOrders(), 1);
    // Back within the window: nothing is cancelled.
    StreamClient back;
    openPrivate(back);
    advance(5000);
    EXPECT_EQ(openOrders(), 1);
    back.socket.close();
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return privateConnections() == 0; }, 5000));
    advance(10'100);
    EXPECT_EQ(openOrders(), 0);
    const QJsonArray closed = truth().value(QStringLiteral("closedOrders")).toArray();
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(str(closed.at(0).toObject(), "orderStatus"), QStringLiteral("Cancelled"));
}
