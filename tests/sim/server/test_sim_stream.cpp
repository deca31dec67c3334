// The public stream /v5/public/linear against the formats of Bybit's real messages (tests/data/bybit).
#include "SimFixture.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <map>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

QJsonObject sample(const QString &name)
{
    QFile file(virtuoso::test::dataFile(QStringLiteral("bybit/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList list = o.keys();
    return QSet<QString>(list.begin(), list.end());
}

// A client-side book that applies Bybit snapshot/delta messages.
struct ClientBook
{
    std::map<double, QString, std::greater<>> bids;
    std::map<double, QString> asks;
    qint64 u = 0;
    bool gap = false;

    void apply(const QJsonObject &message)
    {
        const QJsonObject data = message.value(QStringLiteral("data")).toObject();
        const qint64 nextU = data.value(QStringLiteral("u")).toInteger();
        if (str(message, "type") == u"snapshot") {
            bids.clear();
            asks.clear();
        } else if (nextU != u + 1) {
            gap = true;
        }
        u = nextU;
        auto side = [](auto &book, const QJsonArray &levels) {
            for (const QJsonValue &level : levels) {
                const QJsonArray pair = level.toArray();
                const double price = pair.at(0).toString().toDouble();
                if (pair.at(1).toString().toDouble() == 0)
                    book.erase(price);
                else
                    book[price] = pair.at(0).toString() + QLatin1Char('/') + pair.at(1).toString();
            }
        };
        side(bids, data.value(QStringLiteral("b")).toArray());
        side(asks, data.value(QStringLiteral("a")).toArray());
    }

    static QStringList render(const QJsonArray &levels)
    {
        QStringList out;
        for (const QJsonValue &level : levels)
            out << level.toArray().at(0).toString() + QLatin1Char('/') + level.toArray().at(1).toString();
        return out;
    }
    template<typename Map>
    static QStringList render(const Map &book)
    {
        QStringList out;
        for (const auto &entry : book)
            out << entry.second;
        return out;
    }
};

class StreamTest : public SimFixture
{
protected:
    void SetUp() override { startSim(); }
};

} // namespace

TEST_F(StreamTest, SubscribeAckHasBybitsFieldsAndOrder)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.sendRaw(QStringLiteral(R"({"op":"subscribe","args":["orderbook.50.BTCUSDT"],"req_id":"sub-orderbook-1"})"));
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return !client.texts.isEmpty(); }, 5000));
    const QString raw = client.texts.first();
    const QJsonObject ack = jsonOf(raw);
    EXPECT_EQ(keys(ack), keys(sample(QStringLiteral("ws_subscription_ack.json"))));
    EXPECT_TRUE(raw.startsWith(QStringLiteral(R"({"success":true,"ret_msg":"","conn_id":")"))) << raw.toStdString();
    EXPECT_TRUE(raw.endsWith(QStringLiteral(R"(,"req_id":"sub-orderbook-1","op":"subscribe"})"))) << raw.toStdString();
    EXPECT_FALSE(str(ack, "conn_id").isEmpty());
}

TEST_F(StreamTest, PingGetsBybitsPong)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.sendRaw(QStringLiteral(R"({"op":"ping","req_id":"p-7"})"));
    const auto pong = client.waitForOp(QStringLiteral("ping"));
    ASSERT_TRUE(pong);
    EXPECT_EQ(pong->value(QStringLiteral("success")).toBool(), true);
    EXPECT_EQ(str(*pong, "ret_msg"), QStringLiteral("pong"));
    EXPECT_EQ(str(*pong, "req_id"), QStringLiteral("p-7"));
    EXPECT_EQ(keys(*pong), (QSet<QString>{QStringLiteral("success"), QStringLiteral("ret_msg"),
                                          QStringLiteral("conn_id"), QStringLiteral("req_id"), QStringLiteral("op")}));
    client.sendRaw(QStringLiteral(R"({"op":"ping"})"));
    const auto bare = client.waitForOp(QStringLiteral("ping"));
    ASSERT_TRUE(bare);
    EXPECT_FALSE(bare->contains(QStringLiteral("req_id")));
}

TEST_F(StreamTest, UnknownTopicsAndOrderbook500AreRefused)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    for (const QString &topic :
         {QStringLiteral("orderbook.500.BTCUSDT"), QStringLiteral("orderbook.25.BTCUSDT"),
          QStringLiteral("kline.2.BTCUSDT"), QStringLiteral("liquidation.BTCUSDT"), QStringLiteral("nonsense")}) {
        client.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                {QStringLiteral("args"), QJsonArray{topic}}});
        const auto ack = client.waitForOp(QStringLiteral("subscribe"));
        ASSERT_TRUE(ack) << topic.toStdString();
        EXPECT_FALSE(ack->value(QStringLiteral("success")).toBool());
        EXPECT_EQ(str(*ack, "ret_msg"), QStringLiteral("error:handler not found,topic:") + topic);
    }
    client.sendRaw(QStringLiteral(R"({"op":"subscribe","args":["publicTrade.BTCUSDT"]})"));
    ASSERT_TRUE(client.waitForOp(QStringLiteral("subscribe")));
    client.sendRaw(QStringLiteral(R"({"op":"subscribe","args":["publicTrade.BTCUSDT"]})"));
    const auto again = client.waitForOp(QStringLiteral("subscribe"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(str(*again, "ret_msg").contains(QStringLiteral("already subscribed")));
}

TEST_F(StreamTest, ArgsOver21000CharactersAreRejected)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    QJsonArray args;
    for (int i = 0; i < 1100; ++i)
        args.append(QStringLiteral("orderbook.50.BTCUSDT%1").arg(i)); // ~24,000 characters
    client.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")}, {QStringLiteral("args"), args}});
    const auto ack = client.waitForOp(QStringLiteral("subscribe"));
    ASSERT_TRUE(ack);
    EXPECT_FALSE(ack->value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(str(*ack, "ret_msg").contains(QStringLiteral("21000")));
}

TEST_F(StreamTest, OrderbookSnapshotThenDeltasInSampleFormat)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    const auto snapshot = client.waitForTopic(QStringLiteral("orderbook.50.BTCUSDT"));
    ASSERT_TRUE(snapshot);
    const QJsonObject sampleSnapshot = sample(QStringLiteral("ws_orderbook_snapshot.json"));
    EXPECT_TRUE(keys(*snapshot).contains(keys(sampleSnapshot)));
    EXPECT_TRUE(snapshot->contains(QStringLiteral("cts")));
    EXPECT_EQ(str(*snapshot, "type"), QStringLiteral("snapshot"));
    const QJsonObject data = snapshot->value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keys(data), keys(sampleSnapshot.value(QStringLiteral("data")).toObject()));
    EXPECT_EQ(data.value(QStringLiteral("b")).toArray().size(), 50);
    EXPECT_EQ(data.value(QStringLiteral("a")).toArray().size(), 50);
    EXPECT_TRUE(data.value(QStringLiteral("b")).toArray().at(0).toArray().at(0).isString());

    advance(2000);
    qint64 u = data.value(QStringLiteral("u")).toInteger();
    int deltas = 0;
    while (const auto delta = client.waitForTopic(QStringLiteral("orderbook.50.BTCUSDT"), 500)) {
        EXPECT_EQ(str(*delta, "type"), QStringLiteral("delta"));
        const QJsonObject d = delta->value(QStringLiteral("data")).toObject();
        EXPECT_EQ(d.value(QStringLiteral("u")).toInteger(), u + 1);
        EXPECT_GE(d.value(QStringLiteral("seq")).toInteger(), data.value(QStringLiteral("seq")).toInteger());
        u = d.value(QStringLiteral("u")).toInteger();
        ++deltas;
    }
    EXPECT_GT(deltas, 10);
}

TEST_F(StreamTest, TickerDeltasCarryOnlyChangedFields)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("tickers.ETHUSDT")});
    const auto snapshot = client.waitForTopic(QStringLiteral("tickers.ETHUSDT"));
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(str(*snapshot, "type"), QStringLiteral("snapshot"));
    QJsonObject state = snapshot->value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keys(state),
              keys(sample(QStringLiteral("ws_ticker_linear.json")).value(QStringLiteral("data")).toObject()));
    advance(5000);
    int deltas = 0;
    while (const auto delta = client.waitForTopic(QStringLiteral("tickers.ETHUSDT"), 500)) {
        EXPECT_EQ(str(*delta, "type"), QStringLiteral("delta"));
        const QJsonObject d = delta->value(QStringLiteral("data")).toObject();
        EXPECT_EQ(str(d, "symbol"), QStringLiteral("ETHUSDT"));
        EXPECT_LT(d.size(), state.size());
        for (auto it = d.begin(); it != d.end(); ++it) {
            if (it.key() != u"symbol") {
                EXPECT_NE(state.value(it.key()), it.value()) << it.key().toStdString() << " sent unchanged";
            }
            state.insert(it.key(), it.value());
        }
        ++deltas;
    }
    EXPECT_GT(deltas, 0);
}

TEST_F(StreamTest, KlineConfirmsTheClosedCandle)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("kline.1.BTCUSDT")});
    const QSet<QString> sampleKeys =
        keys(sample(QStringLiteral("ws_kline.json")).value(QStringLiteral("data")).toArray().at(0).toObject());
    advance(61'000, 250);
    bool confirmed = false;
    int messages = 0;
    while (const auto k = client.waitForTopic(QStringLiteral("kline.1.BTCUSDT"), 500)) {
        const QJsonObject candle = k->value(QStringLiteral("data")).toArray().at(0).toObject();
        EXPECT_EQ(keys(candle), sampleKeys);
        EXPECT_EQ(str(candle, "interval"), QStringLiteral("1"));
        EXPECT_EQ(candle.value(QStringLiteral("end")).toInteger() - candle.value(QStringLiteral("start")).toInteger(),
                  59'999);
        confirmed = confirmed || candle.value(QStringLiteral("confirm")).toBool();
        ++messages;
    }
    EXPECT_TRUE(confirmed);
    EXPECT_GT(messages, 30);
}

TEST_F(StreamTest, TradesAndLiquidationsFlow)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("publicTrade.BTCUSDT"), QStringLiteral("allLiquidation.BTCUSDT")});
    RestClient rest(restUrl());
    EXPECT_EQ(rest.post(QStringLiteral("/sim/v1/market/liquidations"), R"({"symbol":"BTCUSDT"})").status, 200);
    advance(5000);
    const auto trade = client.waitForTopic(QStringLiteral("publicTrade.BTCUSDT"));
    ASSERT_TRUE(trade);
    const QJsonObject t = trade->value(QStringLiteral("data")).toArray().at(0).toObject();
    for (const char *key : {"T", "s", "S", "v", "p", "i", "BT", "L"})
        EXPECT_TRUE(t.contains(QLatin1String(key))) << key;
    client.consumed = 0;
    const auto liquidation = client.waitForTopic(QStringLiteral("allLiquidation.BTCUSDT"), 2000);
    ASSERT_TRUE(liquidation);
    EXPECT_EQ(keys(liquidation->value(QStringLiteral("data")).toArray().at(0).toObject()),
              (QSet<QString>{QStringLiteral("T"), QStringLiteral("s"), QStringLiteral("S"), QStringLiteral("v"),
                             QStringLiteral("p")}));
}

TEST_F(StreamTest, TopOfBookIsRepushedEveryThreeSecondsWhenUnchanged)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("orderbook.1.XRPUSDT")});
    ASSERT_TRUE(client.waitForTopic(QStringLiteral("orderbook.1.XRPUSDT")));
    RestClient rest(restUrl());
    ASSERT_EQ(rest.post(QStringLiteral("/sim/v1/feed"), R"({"paused":true})").status, 200);
    settle(100);
    client.consumed = client.texts.size();
    advance(2900);
    EXPECT_FALSE(client.waitForTopic(QStringLiteral("orderbook.1.XRPUSDT"), 300));
    advance(200);
    const auto repush = client.waitForTopic(QStringLiteral("orderbook.1.XRPUSDT"));
    ASSERT_TRUE(repush);
    EXPECT_EQ(str(*repush, "type"), QStringLiteral("snapshot"));
}

TEST_F(StreamTest, IdleConnectionsAreClosedWithoutPing)
{
    StreamClient quiet;
    StreamClient pinging;
    ASSERT_TRUE(quiet.open(wsUrl()));
    ASSERT_TRUE(pinging.open(wsUrl()));
    for (int minute = 0; minute < 11; ++minute) {
        pinging.sendRaw(QStringLiteral(R"({"op":"ping"})"));
        ASSERT_TRUE(pinging.waitForOp(QStringLiteral("ping")));
        advance(60'000, 10'000);
    }
    EXPECT_TRUE(quiet.waitDisconnected());
    settle(200);
    EXPECT_FALSE(pinging.disconnected);
}

TEST_F(StreamTest, ClientBookEqualsTruthAfterPause)
{
    const QStringList symbols{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("XRPUSDT")};
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    QStringList topics;
    for (const QString &s : symbols)
        topics << QStringLiteral("orderbook.50.") + s;
    client.subscribe(topics);
    advance(10'000, 50);
    RestClient rest(restUrl());
    ASSERT_EQ(rest.post(QStringLiteral("/sim/v1/feed"), R"({"paused":true})").status, 200);
    settle(300);
    std::map<QString, ClientBook> books;
    for (const QString &text : std::as_const(client.texts)) {
        const QJsonObject m = jsonOf(text);
        if (str(m, "topic").startsWith(QStringLiteral("orderbook.")))
            books[str(m, "topic")].apply(m);
    }
    for (const QString &s : symbols) {
        const ClientBook &book = books[QStringLiteral("orderbook.50.") + s];
        EXPECT_FALSE(book.gap);
        const HttpResult truth = rest.get(QStringLiteral("/sim/v1/truth/orderbook?symbol=%1&depth=50").arg(s));
        ASSERT_EQ(truth.status, 200);
        const QJsonObject t = truth.json();
        EXPECT_EQ(t.value(QStringLiteral("u")).toInteger(), book.u) << s.toStdString();
        EXPECT_EQ(ClientBook::render(book.bids), ClientBook::render(t.value(QStringLiteral("b")).toArray()))
            << s.toStdString();
        EXPECT_EQ(ClientBook::render(book.asks), ClientBook::render(t.value(QStringLiteral("a")).toArray()))
            << s.toStdString();
        EXPECT_EQ(t.value(QStringLiteral("b")).toArray().size(), 50);
    }
}

TEST_F(StreamTest, HostileMessagesGetErrorsNotCrashes)
{
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    for (const QString &bad :
         {QStringLiteral("not json"), QStringLiteral("[1,2,3]"), QStringLiteral("{\"op\":42}"),
          QStringLiteral("{\"op\":\"subscribe\",\"args\":\"x\"}"),
          QStringLiteral("{\"op\":\"subscribe\",\"args\":[1,{}]}"), QStringLiteral("{\"op\":\"auth\"}")}) {
        client.sendRaw(bad);
    }
    client.socket.sendBinaryMessage(QByteArray::fromHex("00ff00ff"));
    client.sendRaw(QStringLiteral(R"({"op":"ping","req_id":"alive"})"));
    ASSERT_TRUE(client.waitFor([](const QJsonObject &o) { return str(o, "req_id") == u"alive"; }));
    int failures = 0;
    for (const QString &text : std::as_const(client.texts))
        failures += jsonOf(text).value(QStringLiteral("success")).toBool(true) ? 0 : 1;
    EXPECT_EQ(failures, 7);

    // A message beyond the size limit ends that connection; the server carries on.
    StreamClient huge;
    ASSERT_TRUE(huge.open(wsUrl()));
    huge.sendRaw(QString(200'000, QLatin1Char('x')));
    EXPECT_TRUE(huge.waitDisconnected());
    client.sendRaw(QStringLiteral(R"({"op":"ping","req_id":"still"})"));
    EXPECT_TRUE(client.waitFor([](const QJsonObject &o) { return str(o, "req_id") == u"still"; }));
}
