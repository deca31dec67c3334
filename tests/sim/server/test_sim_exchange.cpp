// The simulator as a Bybit v5 exchange for private endpoints: signed requests and their retCodes,
// each endpoint's answer, the private stream's auth and pushes, the control API's truth.
#include "ExchangeFixture.h"

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

class ExchangeTest : public ExchangeFixture
{
protected:
    void SetUp() override { startExchange(); }
};

const QString kWallet = QStringLiteral("/v5/account/wallet-balance");
const QString kUnified = QStringLiteral("accountType=UNIFIED");

} // namespace

TEST_F(ExchangeTest, AGoodSignatureIsAnsweredAndEachBadOneGetsBybitsRetCode)
{
    EXPECT_EQ(retCode(signedGet(kWallet, kUnified)), 0);

    const QByteArray query = kUnified.toUtf8();
    // A signature made with another secret: 10004.
    HttpResult r = rest->send("GET", kWallet + "?" + kUnified, {}, signedHeaders(query, 0, {}, "wrongsecret"));
    EXPECT_EQ(retCode(r), 10004) << r.body.toStdString();
    EXPECT_FALSE(r.body.contains(secret));
    // A signature over other parameters than those sent: 10004.
    r = rest->send("GET", kWallet + "?" + kUnified, {}, signedHeaders("accountType=CONTRACT"));
    EXPECT_EQ(retCode(r), 10004);
    // An unknown key: 10003.
    r = rest->send("GET", kWallet + "?" + kUnified, {}, signedHeaders(query, 0, QStringLiteral("NOSUCHKEY")));
    EXPECT_EQ(retCode(r), 10003);
    // No headers at all: 10003.
    EXPECT_EQ(retCode(rest->get(kWallet + "?" + kUnified)), 10003);
    // A timestamp older than recv_window, or more than a second ahead: 10002.
    EXPECT_EQ(retCode(signedGet(kWallet, kUnified, clock.epochMs() - 5001)), 10002);
    EXPECT_EQ(retCode(signedGet(kWallet, kUnified, clock.epochMs() + 1500)), 10002);
    EXPECT_EQ(retCode(signedGet(kWallet, kUnified, clock.epochMs() - 4900)), 0);
    // A body changed after signing: 10004.
    const QByteArray body = R"({"category":"linear","symbol":"BTCUSDT","timeWindow":10})";
    r = rest->send("POST", QStringLiteral("/v5/order/disconnected-cancel-all"), R"({"timeWindow":20})",
                   signedHeaders(body));
    EXPECT_EQ(retCode(r), 10004);
}

TEST_F(ExchangeTest, WalletBalanceListsTheUnifiedAccountWithItsUsdt)
{
    const HttpResult r = signedGet(kWallet, kUnified);
    ASSERT_EQ(list(r).size(), 1);
    const QJsonObject account = list(r).at(0).toObject();
    EXPECT_EQ(str(account, "accountType"), QStringLiteral("UNIFIED"));
    EXPECT_EQ(str(account, "totalEquity"), QStringLiteral("100000"));
    const QJsonObject usdt = account.value(QStringLiteral("coin")).toArray().at(0).toObject();
    EXPECT_EQ(str(usdt, "coin"), QStringLiteral("USDT"));
    EXPECT_EQ(str(usdt, "walletBalance"), QStringLiteral("100000"));
    EXPECT_EQ(retCode(signedGet(kWallet, QStringLiteral("accountType=SPOT"))), 10001);
}

TEST_F(ExchangeTest, ALimitOrderRestsIsAmendedAndCancelledWithBybitsShapes)
{
    const QString price = farBuyPrice(0.97);
    HttpResult r =
        signedPost(QStringLiteral("/v5/order/create"),
                   limitOrder(QStringLiteral("Buy"), price, QStringLiteral("0.010"), QStringLiteral("link-1")));
    ASSERT_EQ(retCode(r), 0) << r.body.toStdString();
    const QString orderId = str(result(r), "orderId");
    EXPECT_FALSE(orderId.isEmpty());
    EXPECT_EQ(str(result(r), "orderLinkId"), QStringLiteral("link-1"));
    // The same orderLinkId again: 110072.
    r = signedPost(QStringLiteral("/v5/order/create"),
                   limitOrder(QStringLiteral("Buy"), price, QStringLiteral("0.010"), QStringLiteral("link-1")));
    EXPECT_EQ(retCode(r), 110072);

    r = signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=linear&symbol=BTCUSDT"));
    ASSERT_EQ(retCode(r), 0);
    EXPECT_EQ(str(result(r), "category"), QStringLiteral("linear"));
    EXPECT_TRUE(result(r).contains(QStringLiteral("nextPageCursor")));
    ASSERT_EQ(list(r).size(), 1);
    QJsonObject o = list(r).at(0).toObject();
    EXPECT_EQ(str(o, "orderId"), orderId);
    EXPECT_EQ(str(o, "orderStatus"), QStringLiteral("New"));
    EXPECT_EQ(str(o, "price"), price);
    EXPECT_EQ(str(o, "qty"), QStringLiteral("0.010"));
    EXPECT_EQ(str(o, "leavesQty"), QStringLiteral("0.010"));
    EXPECT_EQ(str(o, "cumExecQty"), QStringLiteral("0.000"));
    EXPECT_EQ(str(o, "side"), QStringLiteral("Buy"));
    EXPECT_EQ(str(o, "orderType"), QStringLiteral("Limit"));
    EXPECT_EQ(str(o, "timeInForce"), QStringLiteral("GTC"));
    EXPECT_EQ(str(o, "createdTime"), QString::number(clock.epochMs()));

    const QString lower = farBuyPrice(0.96);
    r = signedPost(QStringLiteral("/v5/order/amend"),
                   QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                               {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                               {QStringLiteral("orderId"), orderId},
                               {QStringLiteral("price"), lower},
                               {QStringLiteral("qty"), QStringLiteral("0.02")}});
    ASSERT_EQ(retCode(r), 0) << r.body.toStdString();
    o = list(signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=linear&symbol=BTCUSDT")))
            .at(0)
            .toObject();
    EXPECT_EQ(str(o, "price"), lower);
    EXPECT_EQ(str(o, "qty"), QStringLiteral("0.020"));

    r = signedPost(QStringLiteral("/v5/order/cancel"),
                   QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                               {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                               {QStringLiteral("orderLinkId"), QStringLiteral("link-1")}});
    ASSERT_EQ(retCode(r), 0);
    EXPECT_EQ(str(result(r), "orderId"), orderId);
    EXPECT_TRUE(list(signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=linear&symbol=BTCUSDT")))
                    .isEmpty());
    // By id the closed order is still found, as Bybit finds recent ones.
    r = signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=linear&orderId=%1").arg(orderId));
    ASSERT_EQ(list(r).size(), 1);
    EXPECT_EQ(str(list(r).at(0).toObject(), "orderStatus"), QStringLiteral("Cancelled"));
    EXPECT_EQ(str(list(r).at(0).toObject(), "cancelType"), QStringLiteral("CancelByUser"));
    // Cancelling again: 110001 (gone) or 110008 (finished).
    r = signedPost(QStringLiteral("/v5/order/cancel"),
                   QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                               {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                               {QStringLiteral("orderId"), orderId}});
    EXPECT_TRUE(retCode(r) == 110001 || retCode(r) == 110008) << r.body.toStdString();
    r = signedGet(QStringLiteral("/v5/order/history"), QStringLiteral("category=linear&symbol=BTCUSDT"));
    ASSERT_EQ(list(r).size(), 1);
    EXPECT_EQ(str(list(r).at(0).toObject(), "orderId"), orderId);
}

TEST_F(ExchangeTest, CancelAllListsTheCancelledOrders)
{
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(retCode(signedPost(
                      QStringLiteral("/v5/order/create"),
                      limitOrder(QStringLiteral("Buy"), farBuyPrice(0.97 - 0.005 * i), QStringLiteral("0.01")))),
                  0);
    }
    const HttpResult r = signedPost(QStringLiteral("/v5/order/cancel-all"),
                                    QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                                                {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")}});
    ASSERT_EQ(retCode(r), 0);
    EXPECT_EQ(list(r).size(), 3);
    EXPECT_EQ(str(result(r), "success"), QStringLiteral("1"));
    EXPECT_TRUE(truth().value(QStringLiteral("openOrders")).toArray().isEmpty());
}

TEST_F(ExchangeTest, AMarketOrderFillsAndShowsInExecutionsPositionAndWalletAsTheTruthHoldsThem)
{
    HttpResult r =
        signedPost(QStringLiteral("/v5/order/create"), marketOrder(QStringLiteral("Buy"), QStringLiteral("0.05")));
    ASSERT_EQ(retCode(r), 0) << r.body.toStdString();
    const QString orderId = str(result(r), "orderId");

    r = signedGet(QStringLiteral("/v5/execution/list"), QStringLiteral("category=linear&symbol=BTCUSDT"));
    ASSERT_EQ(retCode(r), 0);
    ASSERT_GE(list(r).size(), 1);
    double filled = 0;
    for (const QJsonValue &v : list(r)) {
        const QJsonObject e = v.toObject();
        EXPECT_EQ(str(e, "orderId"), orderId);
        EXPECT_EQ(str(e, "execType"), QStringLiteral("Trade"));
        EXPECT_FALSE(e.value(QStringLiteral("isMaker")).toBool());
        EXPECT_FALSE(str(e, "execId").isEmpty());
        filled += str(e, "execQty").toDouble();
    }
    EXPECT_NEAR(filled, 0.05, 1e-9);

    r = signedGet(QStringLiteral("/v5/position/list"), QStringLiteral("category=linear&symbol=BTCUSDT"));
    ASSERT_EQ(list(r).size(), 1);
    const QJsonObject p = list(r).at(0).toObject();
    EXPECT_EQ(str(p, "side"), QStringLiteral("Buy"));
    EXPECT_EQ(str(p, "size"), QStringLiteral("0.050"));
    EXPECT_EQ(str(p, "leverage"), QStringLiteral("10"));

    const QJsonObject t = truth();
    EXPECT_EQ(t.value(QStringLiteral("executions")).toArray().size(),
              list(signedGet(QStringLiteral("/v5/execution/list"), QStringLiteral("category=linear"))).size());
    EXPECT_EQ(t.value(QStringLiteral("positions")).toArray().at(0).toObject().value(QStringLiteral("size")),
              p.value(QStringLiteral("size")));
    const QJsonObject wallet = list(signedGet(kWallet, kUnified)).at(0).toObject();
    EXPECT_LT(str(wallet, "totalWalletBalance").toDouble(), 100'000.0); // the taker fee
    EXPECT_EQ(t.value(QStringLiteral("wallet")).toObject().value(QStringLiteral("totalWalletBalance")),
              wallet.value(QStringLiteral("totalWalletBalance")));

    // A reduce-only sell closes it; a reduce-only sell on a flat position is refused.
    r = signedPost(QStringLiteral("/v5/order/create"),
                   marketOrder(QStringLiteral("Sell"), QStringLiteral("0.05"), true));
    ASSERT_EQ(retCode(r), 0) << r.body.toStdString();
    r = signedGet(QStringLiteral("/v5/position/list"), QStringLiteral("category=linear&symbol=BTCUSDT"));
    EXPECT_EQ(str(list(r).at(0).toObject(), "size"), QStringLiteral("0.000"));
    r = signedPost(QStringLiteral("/v5/order/create"),
                   marketOrder(QStringLiteral("Sell"), QStringLiteral("0.05"), true));
    EXPECT_EQ(retCode(r), 110017) << r.body.toStdString();
}

TEST_F(ExchangeTest, LeverageDcpAndTheLookUpsClientsMakeAtStart)
{
    auto leverage = [&](const char *value) {
        return signedPost(QStringLiteral("/v5/position/set-leverage"),
                          QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                                      {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                                      {QStringLiteral("buyLeverage"), QLatin1String(value)},
                                      {QStringLiteral("sellLeverage"), QLatin1String(value)}});
    };
    EXPECT_EQ(retCode(leverage("5")), 0);
    EXPECT_EQ(retCode(leverage("5")), 110043);
    EXPECT_EQ(str(list(signedGet(QStringLiteral("/v5/position/list"), QStringLiteral("category=linear&symbol=BTCUSDT")))
                      .at(0)
                      .toObject(),
                  "leverage"),
              QStringLiteral("5"));
    EXPECT_EQ(retCode(signedPost(QStringLiteral("/v5/order/disconnected-cancel-all"),
                                 QJsonObject{{QStringLiteral("timeWindow"), 10}})),
              0);
    const HttpResult info = signedGet(QStringLiteral("/v5/account/info"), {});
    EXPECT_EQ(result(info).value(QStringLiteral("timeWindow")).toInt(), 10);
    EXPECT_EQ(result(info).value(QStringLiteral("unifiedMarginStatus")).toInt(), 6);
    EXPECT_EQ(result(signedGet(QStringLiteral("/v5/user/query-api"), {})).value(QStringLiteral("uta")).toInt(), 1);
    EXPECT_EQ(retCode(signedGet(QStringLiteral("/v5/asset/coin/query-info"), {})), 0);
    EXPECT_EQ(retCode(signedGet(QStringLiteral("/v5/order/realtime"), QStringLiteral("category=spot"))), 10001);
}

TEST_F(ExchangeTest, PrivateStreamAuthenticatesAndPushesAFillOnEveryTopic)
{
    StreamClient refused;
    ASSERT_TRUE(refused.open(QStringLiteral("ws://127.0.0.1:%1/v5/private").arg(sim->port())));
    const qint64 expires = clock.epochMs() + 10'000;
    refused.send(QJsonObject{
        {QStringLiteral("op"), QStringLiteral("auth")},
        {QStringLiteral("args"),
         QJsonArray{key, static_cast<double>(expires),
                    QString::fromLatin1(hmacSha256Hex("wrong", "GET/realtime" + QByteArray::number(expires)))}}});
    const auto no = refused.waitForOp(QStringLiteral("auth"));
    ASSERT_TRUE(no);
    EXPECT_FALSE(no->value(QStringLiteral("success")).toBool());
    refused.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                             {QStringLiteral("args"), QJsonArray{QStringLiteral("order")}}});
    const auto notYet = refused.waitForOp(QStringLiteral("subscribe"));
    ASSERT_TRUE(notYet);
    EXPECT_FALSE(notYet->value(QStringLiteral("success")).toBool());

    StreamClient stream;
    openPrivate(stream);
    stream.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("ping")}, {QStringLiteral("req_id"), QStringLiteral("p1")}});
    const auto pong = stream.waitForOp(QStringLiteral("pong"));
    ASSERT_TRUE(pong);
    EXPECT_EQ(str(*pong, "req_id"), QStringLiteral("p1"));

    ASSERT_EQ(retCode(signedPost(QStringLiteral("/v5/order/create"),
                                 marketOrder(QStringLiteral("Buy"), QStringLiteral("0.02")))),
              0);
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return !messages(stream, QStringLiteral("wallet")).isEmpty(); }, 5000));
    for (const char *topic : {"order", "execution", "position", "wallet"}) {
        const auto got = messages(stream, QLatin1String(topic));
        ASSERT_FALSE(got.isEmpty()) << topic;
        EXPECT_TRUE(got.last().contains(QStringLiteral("id")));
        EXPECT_TRUE(got.last().value(QStringLiteral("creationTime")).isDouble());
        EXPECT_FALSE(got.last().value(QStringLiteral("data")).toArray().isEmpty()) << topic;
    }
    const QJsonObject order =
        messages(stream, QStringLiteral("order")).last().value(QStringLiteral("data")).toArray().at(0).toObject();
    EXPECT_EQ(str(order, "orderStatus"), QStringLiteral("Filled"));
    EXPECT_EQ(str(order, "category"), QStringLiteral("linear"));
    const QJsonObject position =
        messages(stream, QStringLiteral("position")).last().value(QStringLiteral("data")).toArray().at(0).toObject();
    EXPECT_EQ(str(position, "size"), QStringLiteral("0.020"));
    const QJsonObject exec =
        messages(stream, QStringLiteral("execution")).first().value(QStringLiteral("data")).toArray().at(0).toObject();
    EXPECT_EQ(str(exec, "orderId"), str(order, "orderId"));
}
