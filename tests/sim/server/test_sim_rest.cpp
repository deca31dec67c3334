// Bybit v5 market REST endpoints of the simulator, their envelope, paging, limits and headers, and
// the HTTP front door under hostile input.
#include "SimFixture.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

class RestTest : public SimFixture
{
protected:
    void SetUp() override { startSim(); }

    QJsonObject result(const HttpResult &r) { return r.json().value(QStringLiteral("result")).toObject(); }

    // Writes raw bytes on a fresh connection and returns what came back before the server closed
    // it (or `waitMs` passed).
    QByteArray rawExchange(const QByteArray &bytes, int waitMs = 2000)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), sim->port());
        if (!socket.waitForConnected(2000))
            return "not connected";
        socket.write(bytes);
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        virtuoso::test::waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, waitMs);
        received += socket.readAll();
        return received;
    }
};

} // namespace

TEST_F(RestTest, ServerTimeInTheEnvelopeWithLimitHeaders)
{
    RestClient rest(restUrl());
    const HttpResult r = rest.get(QStringLiteral("/v5/market/time"));
    ASSERT_EQ(r.status, 200);
    const QJsonObject body = r.json();
    EXPECT_EQ(body.keys(),
              (QStringList{QStringLiteral("result"), QStringLiteral("retCode"), QStringLiteral("retExtInfo"),
                           QStringLiteral("retMsg"), QStringLiteral("time")}));
    EXPECT_TRUE(r.body.startsWith(R"({"retCode":0,"retMsg":"OK","result":{)"));
    EXPECT_EQ(result(r).value(QStringLiteral("timeSecond")).toString(), QString::number(clock.epochMs() / 1000));
    EXPECT_EQ(body.value(QStringLiteral("time")).toInteger(), clock.epochMs());
    EXPECT_EQ(r.header("X-Bapi-Limit"), QByteArray("600"));
    EXPECT_EQ(r.header("X-Bapi-Limit-Status"), QByteArray("599"));
    EXPECT_EQ(r.header("X-Bapi-Limit-Reset-Timestamp").toLongLong(), clock.epochMs() + 5000);
}

TEST_F(RestTest, InstrumentsArePagedWithCursor)
{
    RestClient rest(restUrl());
    QStringList symbols;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult r =
            rest.get(QStringLiteral("/v5/market/instruments-info?category=linear&limit=2&cursor=%1").arg(cursor));
        ASSERT_EQ(r.json().value(QStringLiteral("retCode")).toInt(), 0) << r.body.toStdString();
        const QJsonObject res = result(r);
        for (const QJsonValue &v : res.value(QStringLiteral("list")).toArray()) {
            const QJsonObject inst = v.toObject();
            symbols << inst.value(QStringLiteral("symbol")).toString();
            EXPECT_FALSE(inst.value(QStringLiteral("priceFilter"))
                             .toObject()
                             .value(QStringLiteral("tickSize"))
                             .toString()
                             .isEmpty());
            EXPECT_FALSE(inst.value(QStringLiteral("lotSizeFilter"))
                             .toObject()
                             .value(QStringLiteral("qtyStep"))
                             .toString()
                             .isEmpty());
        }
        cursor = res.value(QStringLiteral("nextPageCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 2);
    symbols.sort();
    EXPECT_EQ(symbols, (QStringList{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("XRPUSDT")}));
    const HttpResult spot = rest.get(QStringLiteral("/v5/market/instruments-info?category=spot"));
    EXPECT_EQ(spot.json().value(QStringLiteral("retCode")).toInt(), 0);
    EXPECT_TRUE(result(spot).value(QStringLiteral("list")).toArray().isEmpty());
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/instruments-info?category=futures"))
                  .json()
                  .value(QStringLiteral("retCode"))
                  .toInt(),
              10001);
    const HttpResult bad = rest.get(QStringLiteral("/v5/market/instruments-info?category=linear&cursor=%%%"));
    EXPECT_EQ(bad.json().value(QStringLiteral("retCode")).toInt(), 10001);
}

TEST_F(RestTest, MarketEndpointsServeHistoryFromTheFirstSecond)
{
    RestClient rest(restUrl());
    const QJsonObject book =
        result(rest.get(QStringLiteral("/v5/market/orderbook?category=linear&symbol=BTCUSDT&limit=200")));
    EXPECT_EQ(book.value(QStringLiteral("b")).toArray().size(), 200);
    for (const char *key : {"s", "b", "a", "ts", "u", "seq", "cts"})
        EXPECT_TRUE(book.contains(QLatin1String(key))) << key;

    const QJsonArray trades =
        result(rest.get(QStringLiteral("/v5/market/recent-trade?category=linear&symbol=BTCUSDT&limit=1000")))
            .value(QStringLiteral("list"))
            .toArray();
    EXPECT_EQ(trades.size(), 1000);
    EXPECT_EQ(trades.at(0).toObject().keys().contains(QStringLiteral("execId")), true);

    const QJsonArray klines =
        result(rest.get(QStringLiteral("/v5/market/kline?category=linear&symbol=BTCUSDT&interval=1&limit=1000")))
            .value(QStringLiteral("list"))
            .toArray();
    ASSERT_EQ(klines.size(), 1000);
    EXPECT_EQ(klines.at(0).toArray().size(), 7);
    EXPECT_GT(klines.at(0).toArray().at(0).toString().toLongLong(),
              klines.at(1).toArray().at(0).toString().toLongLong());

    const QJsonArray tickers =
        result(rest.get(QStringLiteral("/v5/market/tickers?category=linear"))).value(QStringLiteral("list")).toArray();
    EXPECT_EQ(tickers.size(), 3);
    EXPECT_FALSE(tickers.at(0).toObject().value(QStringLiteral("lastPrice")).toString().isEmpty());

    const QJsonObject oi = result(rest.get(
        QStringLiteral("/v5/market/open-interest?category=linear&symbol=BTCUSDT&intervalTime=5min&limit=200")));
    EXPECT_EQ(oi.value(QStringLiteral("list")).toArray().size(), 200);
    EXPECT_FALSE(oi.value(QStringLiteral("nextPageCursor")).toString().isEmpty());

    const QJsonArray funding =
        result(rest.get(QStringLiteral("/v5/market/funding/history?category=linear&symbol=BTCUSDT")))
            .value(QStringLiteral("list"))
            .toArray();
    EXPECT_GT(funding.size(), 0);
    EXPECT_TRUE(funding.at(0).toObject().contains(QStringLiteral("fundingRateTimestamp")));

    const QJsonArray ratio =
        result(rest.get(QStringLiteral("/v5/market/account-ratio?category=linear&symbol=BTCUSDT&period=1h&limit=10")))
            .value(QStringLiteral("list"))
            .toArray();
    EXPECT_EQ(ratio.size(), 10);
    EXPECT_TRUE(ratio.at(0).toObject().contains(QStringLiteral("buyRatio")));
}

TEST_F(RestTest, ParameterErrorsUseBybitRetCodes)
{
    RestClient rest(restUrl());
    const struct
    {
        const char *query;
        const char *message;
    } cases[] = {
        {"/v5/market/orderbook?category=linear&symbol=NOPEUSDT", "params error: symbol invalid"},
        {"/v5/market/orderbook?category=linear", "params error: symbol is required"},
        {"/v5/market/orderbook?symbol=BTCUSDT", "params error: category is required"},
        {"/v5/market/orderbook?category=linear&symbol=BTCUSDT&limit=501", nullptr},
        {"/v5/market/orderbook?category=linear&symbol=BTCUSDT&limit=abc", nullptr},
        {"/v5/market/kline?category=linear&symbol=BTCUSDT&interval=7", "params error: interval invalid"},
        {"/v5/market/open-interest?category=linear&symbol=BTCUSDT", "params error: intervalTime is required"},
        {"/v5/market/account-ratio?category=linear&symbol=BTCUSDT&period=2h", "params error: period invalid"},
        {"/v5/market/recent-trade?category=linear&symbol=FOO", "params error: symbol invalid"},
    };
    for (const auto &c : cases) {
        const HttpResult r = rest.get(QString::fromLatin1(c.query));
        EXPECT_EQ(r.status, 200) << c.query;
        EXPECT_EQ(r.json().value(QStringLiteral("retCode")).toInt(), 10001) << c.query;
        if (c.message) {
            EXPECT_EQ(r.json().value(QStringLiteral("retMsg")).toString(), QLatin1String(c.message)) << c.query;
        }
    }
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/nothing")).status, 404);
}

TEST_F(RestTest, BudgetOf600PerFiveSecondsAnswers10006)
{
    sim.reset();
    SimulatorOptions options;
    options.restBudgetPerWindow = 5;
    startSim(options);
    RestClient rest(restUrl());
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).json().value(QStringLiteral("retCode")).toInt(), 0);
    const HttpResult limited = rest.get(QStringLiteral("/v5/market/time"));
    EXPECT_EQ(limited.json().value(QStringLiteral("retCode")).toInt(), 10006);
    EXPECT_EQ(limited.header("X-Bapi-Limit-Status"), QByteArray("0"));
    EXPECT_TRUE(limited.hasHeader("X-Bapi-Limit-Reset-Timestamp"));
    clock.advanceMs(5000);
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).json().value(QStringLiteral("retCode")).toInt(), 0);
}

TEST_F(RestTest, KeepAliveAndPipelinedRequestsOnOneConnection)
{
    const QByteArray two = "GET /v5/market/time HTTP/1.1\r\nHost: x\r\n\r\n"
                           "GET /v5/market/time HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray answer = rawExchange(two);
    EXPECT_EQ(answer.count("HTTP/1.1 200 OK"), 2) << answer.toStdString();
    EXPECT_TRUE(answer.contains("Connection: keep-alive"));
}

TEST_F(RestTest, HostileRequestsGetErrorsAndTheServerCarriesOn)
{
    EXPECT_TRUE(rawExchange("this is not http\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(rawExchange(QByteArray::fromHex("160301020001000001fc03030000")).startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(
        rawExchange("GET / HTTP/1.1\r\nX-Big: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n").startsWith("HTTP/1.1 431"));
    EXPECT_TRUE(
        rawExchange("POST /sim/v1/faults HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n").startsWith("HTTP/1.1 413"));
    EXPECT_TRUE(
        rawExchange("POST /sim/v1/faults HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(rawExchange("GET /v5/public/linear HTTP/1.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(rawExchange("GET /elsewhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += static_cast<char>((i * 7919) % 256);
    rawExchange(noise, 500);
    RestClient rest(restUrl());
    const HttpResult bad = rest.post(QStringLiteral("/sim/v1/faults"), "{not json");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(rest.post(QStringLiteral("/sim/v1/faults"), R"({"kind":"explode"})").status, 400);
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).status, 200);
}
