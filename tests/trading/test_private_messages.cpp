// The private API's readers on Bybit's own example payloads (tests/data/bybit/private) and on
// broken ones, and the request bodies the order path sends.
#include "ScriptedIO.h"

#include "trading/PrivateMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;
using virtuoso::test::readSample;
using virtuoso::test::sv;

namespace {

struct Messages : ::testing::Test
{
    test::SampleInstruments instruments;
    InstrumentLookup lookup = instruments.lookup();

    PrivateFrame decode(const QByteArray &frame, ParseIssues &issues, std::string_view coin = "USDT")
    {
        PrivateFrame out;
        EXPECT_FALSE(frame.isEmpty());
        decodePrivateFrame(sv(frame), lookup, coin, out, issues);
        return out;
    }
};

} // namespace

TEST_F(Messages, StreamOrderBecomesAnOrderUpdateOnTheGrid)
{
    ParseIssues issues;
    const PrivateFrame frame = decode(readSample("ws_order.json"), issues);
    ASSERT_TRUE(issues.ok()) << issues.error;
    EXPECT_TRUE(issues.skipped.empty());
    EXPECT_EQ(frame.topic, PrivateTopic::Order);
    EXPECT_EQ(frame.creationTimeMs, 1672364262474);
    ASSERT_EQ(frame.orders.size(), 1u);
    const OrderUpdate &u = frame.orders[0];
    EXPECT_EQ(u.orderId, "5cf98598-39a7-459e-97bf-76ca765ee020");
    EXPECT_EQ(u.orderLinkId, "");
    EXPECT_EQ(u.symbol, "ETH-30DEC22-1400-C");
    EXPECT_EQ(u.side, Side::Sell);
    EXPECT_EQ(u.type, OrderType::Market);
    EXPECT_EQ(u.timeInForce, TimeInForce::IOC);
    EXPECT_EQ(u.status, OrderStatus::Filled);
    EXPECT_EQ(u.price, 725);            // 72.5 at tick 0.1
    EXPECT_EQ(u.quantity, 100);         // 1 at step 0.01
    EXPECT_EQ(u.cumulativeFilled, 100); // cumExecQty 1
    EXPECT_EQ(u.timeMs, 1672364262457);
    EXPECT_EQ(u.reason, ""); // EC_NoError and UNKNOWN say nothing
}

TEST_F(Messages, ACancelledOrderCarriesItsReason)
{
    ParseIssues issues;
    QFile file(QStringLiteral(VIRTUOSO_TEST_DATA_DIR "/bybit/ws_account_order.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const PrivateFrame frame = decode(file.readAll(), issues);
    ASSERT_EQ(frame.orders.size(), 1u);
    EXPECT_EQ(frame.orders[0].status, OrderStatus::Cancelled);
    EXPECT_EQ(frame.orders[0].reason, "CancelByUser");
    EXPECT_EQ(frame.orders[0].orderLinkId, "client-1");
    EXPECT_EQ(frame.orders[0].price, 300000); // 30000 at 0.10
    EXPECT_EQ(frame.orders[0].quantity, 10);  // 0.010 at 0.001
}

TEST_F(Messages, StreamExecutionIsAFill)
{
    ParseIssues issues;
    const PrivateFrame frame = decode(readSample("ws_execution.json"), issues);
    ASSERT_TRUE(issues.ok()) << issues.error;
    ASSERT_EQ(frame.executions.size(), 1u);
    const Execution &e = frame.executions[0];
    EXPECT_EQ(e.execId, "7e2ae69c-4edf-5800-a352-893d52b446aa");
    EXPECT_EQ(e.orderId, "f6e324ff-99c2-4e89-9739-3086e47f9381");
    EXPECT_EQ(e.symbol, "XRPUSDT");
    EXPECT_EQ(e.side, Side::Sell);
    EXPECT_EQ(e.price, 3374); // 0.3374 at 0.0001
    EXPECT_EQ(e.quantity, 25);
    EXPECT_TRUE(e.fee.equals(exchange::Decimal::parse("0.005061").value));
    EXPECT_FALSE(e.maker);
    EXPECT_EQ(e.timeMs, 1672364174443);
}

TEST_F(Messages, FundingIsNotAFill)
{
    QByteArray funding = readSample("ws_execution.json");
    funding.replace("\"execType\": \"Trade\"", "\"execType\": \"Funding\"");
    ParseIssues issues;
    const PrivateFrame frame = decode(funding, issues);
    EXPECT_TRUE(issues.ok());
    EXPECT_TRUE(issues.skipped.empty());
    EXPECT_TRUE(frame.executions.empty());

    QByteArray list = readSample("rest_execution_list.json");
    list.replace("\"execType\": \"Trade\"", "\"execType\": \"Funding\"");
    std::vector<Execution> out;
    std::string cursor;
    ASSERT_TRUE(parseExecutionList(sv(list), lookup, out, cursor, issues));
    EXPECT_TRUE(out.empty());
}

TEST_F(Messages, StreamPositionAndWallet)
{
    ParseIssues issues;
    const PrivateFrame position = decode(readSample("ws_position.json"), issues);
    ASSERT_TRUE(issues.ok()) << issues.error;
    ASSERT_EQ(position.positions.size(), 1u);
    const PositionReport &p = position.positions[0];
    EXPECT_EQ(p.symbol, "BTCUSDT");
    EXPECT_EQ(p.size, 0);
    EXPECT_EQ(p.markTicks, 281845); // 28184.5 at 0.10
    EXPECT_DOUBLE_EQ(p.leverage, 10);
    EXPECT_DOUBLE_EQ(p.cumulativeRealisedPnl, -25.06579337);
    EXPECT_DOUBLE_EQ(p.liquidationPrice, 0);
    EXPECT_EQ(p.timeMs, 1697682317038);

    const PrivateFrame wallet = decode(readSample("ws_wallet.json"), issues, "BTC");
    ASSERT_EQ(wallet.wallets.size(), 1u);
    EXPECT_EQ(wallet.wallets[0].coin, "BTC");
    EXPECT_DOUBLE_EQ(wallet.wallets[0].equity, 0.00102964);
    EXPECT_DOUBLE_EQ(wallet.wallets[0].available, 0.00102964);
    EXPECT_DOUBLE_EQ(wallet.wallets[0].cumulativeRealisedPnl, -0.00000973);
    EXPECT_EQ(wallet.wallets[0].timeMs, 1700034722104);
    // No USDT in that wallet: the entry is skipped with a reason, the frame is still read.
    ParseIssues usdt;
    const PrivateFrame none = decode(readSample("ws_wallet.json"), usdt, "USDT");
    EXPECT_TRUE(usdt.ok());
    EXPECT_TRUE(none.wallets.empty());
    ASSERT_EQ(usdt.skipped.size(), 1u);
    EXPECT_NE(usdt.skipped[0].find("USDT"), std::string::npos);
}

TEST_F(Messages, ControlFrames)
{
    ParseIssues issues;
    PrivateFrame f = decode(readSample("ws_auth_success.json"), issues);
    EXPECT_EQ(f.topic, PrivateTopic::None);
    EXPECT_EQ(f.op, "auth");
    EXPECT_TRUE(f.success);
    f = decode(readSample("ws_pong.json"), issues);
    EXPECT_EQ(f.op, "pong");
    EXPECT_EQ(f.reqId, "test");
    QFile failure(QStringLiteral(VIRTUOSO_TEST_DATA_DIR "/bybit/ws_auth_failure.json"));
    ASSERT_TRUE(failure.open(QIODevice::ReadOnly));
    f = decode(failure.readAll(), issues);
    EXPECT_EQ(f.op, "auth");
    EXPECT_FALSE(f.success);
    EXPECT_EQ(f.message, "Invalid apikey");
}

TEST_F(Messages, RestListsAndAnswers)
{
    ParseIssues issues;
    std::string cursor;
    std::vector<OrderUpdate> orders;
    ASSERT_TRUE(parseOrderList(sv(readSample("rest_order_realtime.json")), lookup, orders, cursor, issues));
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].orderLinkId, "test-000005");
    EXPECT_EQ(orders[0].status, OrderStatus::New);
    EXPECT_EQ(orders[0].price, 160000); // 1600.00 at 0.01
    EXPECT_EQ(orders[0].quantity, 10);  // 0.10 at 0.01
    EXPECT_EQ(orders[0].timeMs, 1684738540561);
    EXPECT_EQ(orders[0].takeProfit, 250000); // 2500.00: the order's take-profit and stop-loss
    EXPECT_EQ(orders[0].stopLoss, 150000);
    EXPECT_TRUE(orders[0].stopOrderType.empty()) << "UNKNOWN is no stop order";
    EXPECT_EQ(cursor, "page_args%3Dfd4300ae-7847-404e-b947-b46980a4d140%26symbol%3D6%26");

    std::vector<Execution> executions;
    ASSERT_TRUE(parseExecutionList(sv(readSample("rest_execution_list.json")), lookup, executions, cursor, issues));
    ASSERT_EQ(executions.size(), 1u);
    EXPECT_EQ(executions[0].price, 23803); // 1190.15 at 0.05
    EXPECT_EQ(executions[0].quantity, 100);
    EXPECT_EQ(executions[0].side, Side::Buy);
    EXPECT_EQ(cursor, "132766%3A2%2C132766%3A2");

    std::vector<PositionReport> positions;
    ASSERT_TRUE(parsePositionList(sv(readSample("rest_position_list.json")), lookup, positions, cursor, issues));
    ASSERT_EQ(positions.size(), 1u);
    EXPECT_EQ(positions[0].size, -300); // a short
    EXPECT_EQ(positions[0].markTicks, 56449);
    EXPECT_DOUBLE_EQ(positions[0].averagePrice, 27464.50441675);
    EXPECT_DOUBLE_EQ(positions[0].initialMargin, 0.00010923);
    EXPECT_TRUE(cursor.empty());

    WalletReport wallet;
    ASSERT_TRUE(parseWalletBalance(sv(readSample("rest_wallet_balance.json")), "BTC", wallet, issues));
    EXPECT_DOUBLE_EQ(wallet.equity, 0);
    EXPECT_EQ(wallet.timeMs, 1690872862481);

    std::string orderId, linkId;
    ASSERT_TRUE(parseOrderAck(sv(readSample("rest_order_create.json")), orderId, linkId, issues));
    EXPECT_EQ(orderId, "1321003749386327552");
    EXPECT_EQ(linkId, "spot-test-postonly");

    qint64 serverMs = 0;
    ASSERT_TRUE(parseServerTime(sv(readSample("rest_market_time.json")), serverMs, issues));
    EXPECT_EQ(serverMs, 1688639403423);
}

// Found by fuzz_rest_responses: a timeSecond beyond 64 bits of milliseconds overflowed; a clock past
// the year 3000 would make the offset of every signed request overflow.
TEST_F(Messages, AServerTimeBeyondTheYear3000IsNoClock)
{
    qint64 serverMs = 0;
    ParseIssues issues;
    const auto answer = [](const std::string &result, const std::string &time) {
        return R"({"retCode":0,"retMsg":"OK","result":{)" + result + R"(},"retExtInfo":{},"time":)" + time + "}";
    };
    ASSERT_TRUE(parseServerTime(answer(R"("timeSecond":"71796592933000000")", "1796592934813"), serverMs, issues))
        << issues.error;
    EXPECT_EQ(serverMs, 1796592934813) << "an unusable timeSecond gives way to the envelope's time";
    EXPECT_FALSE(
        parseServerTime(answer(R"("timeSecond":"71796592933000000")", "9223372036854775807"), serverMs, issues));
    EXPECT_NE(issues.error.find("year 3000"), std::string::npos) << issues.error;
    issues = {};
    EXPECT_FALSE(parseServerTime(answer(R"("timeNano":"99999999999999999999")", "0"), serverMs, issues));
    EXPECT_FALSE(issues.error.empty());
    issues = {};
    ASSERT_TRUE(parseServerTime(answer(R"("timeSecond":"32503680000")", "0"), serverMs, issues)) << issues.error;
    EXPECT_EQ(serverMs, 32'503'680'000'000);
}

TEST_F(Messages, BadEntriesAreSkippedWithAReason)
{
    QByteArray body = readSample("rest_order_realtime.json");
    std::string cursor;
    std::vector<OrderUpdate> orders;
    ParseIssues issues;
    QByteArray offGrid = body;
    offGrid.replace("\"1600.00\"", "\"1600.005\"");
    ASSERT_TRUE(parseOrderList(sv(offGrid), lookup, orders, cursor, issues));
    EXPECT_TRUE(orders.empty());
    ASSERT_EQ(issues.skipped.size(), 1u);
    EXPECT_NE(issues.skipped[0].find("price '1600.005'"), std::string::npos) << issues.skipped[0];

    QByteArray unknown = body;
    unknown.replace("\"ETHUSDT\"", "\"NOPEUSDT\"");
    issues = {};
    ASSERT_TRUE(parseOrderList(sv(unknown), lookup, orders, cursor, issues));
    ASSERT_EQ(issues.skipped.size(), 1u);
    EXPECT_NE(issues.skipped[0].find("NOPEUSDT"), std::string::npos);

    QByteArray status = body;
    status.replace("\"New\"", "\"Exploded\"");
    issues = {};
    ASSERT_TRUE(parseOrderList(sv(status), lookup, orders, cursor, issues));
    ASSERT_EQ(issues.skipped.size(), 1u);
    EXPECT_TRUE(orders.empty());
}

TEST_F(Messages, MalformedInputIsAClearErrorNeverACrash)
{
    ParseIssues issues;
    std::vector<OrderUpdate> orders;
    std::string cursor;
    EXPECT_FALSE(parseOrderList("{\"retCode\":0,\"result\":{\"list\":[", lookup, orders, cursor, issues));
    EXPECT_NE(issues.error.find("not JSON"), std::string::npos) << issues.error;
    issues = {};
    EXPECT_FALSE(parseOrderList("[1,2]", lookup, orders, cursor, issues));
    EXPECT_NE(issues.error.find("not a Bybit answer"), std::string::npos) << issues.error;
    issues = {};
    EXPECT_FALSE(
        parseOrderList(R"({"retCode":10003,"retMsg":"Invalid apikey","result":{}})", lookup, orders, cursor, issues));
    EXPECT_EQ(issues.error, "retCode 10003: Invalid apikey");
    issues = {};
    EXPECT_FALSE(parseOrderList(R"({"retCode":0,"retMsg":"OK","result":{"list":7}})", lookup, orders, cursor, issues));
    EXPECT_NE(issues.error.find("result.list"), std::string::npos);
    PrivateFrame frame;
    issues = {};
    EXPECT_FALSE(decodePrivateFrame(R"({"topic":"order","data":{}})", lookup, "USDT", frame, issues));
    EXPECT_NE(issues.error.find("data list"), std::string::npos);
    issues = {};
    EXPECT_FALSE(decodePrivateFrame(R"({"hello":1})", lookup, "USDT", frame, issues));

    // Every prefix of every sample: an error or a partial read, never a crash.
    for (const char *name :
         {"ws_order.json", "ws_execution.json", "ws_position.json", "ws_wallet.json", "rest_order_realtime.json",
          "rest_execution_list.json", "rest_position_list.json", "rest_wallet_balance.json"}) {
        const QByteArray sample = readSample(name);
        for (qsizetype cut = 0; cut < sample.size(); cut += 7) {
            const QByteArray part = sample.left(cut);
            ParseIssues i;
            std::vector<Execution> executions;
            std::vector<PositionReport> positions;
            WalletReport wallet;
            decodePrivateFrame(sv(part), lookup, "USDT", frame, i);
            parseOrderList(sv(part), lookup, orders, cursor, i);
            parseExecutionList(sv(part), lookup, executions, cursor, i);
            parsePositionList(sv(part), lookup, positions, cursor, i);
            parseWalletBalance(sv(part), "USDT", wallet, i);
        }
    }
}

TEST(RequestBodies, CreateIsPrintedOnTheGrid)
{
    const exchange::InstrumentSpec btc = test::btcSpec();
    RequestBodyWriter writer;
    OrderIntent intent;
    intent.orderLinkId = "vw-1-abc";
    intent.symbol = "BTCUSDT";
    intent.side = Side::Buy;
    intent.type = OrderType::Limit;
    intent.timeInForce = TimeInForce::PostOnly;
    intent.price = 274505; // 27450.50
    intent.quantity = 12;  // 0.012
    EXPECT_EQ(writer.create(intent, btc),
              R"({"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.012",)"
              R"("price":"27450.50","timeInForce":"PostOnly","orderLinkId":"vw-1-abc","reduceOnly":false,)"
              R"("positionIdx":0})");
    intent.type = OrderType::Market;
    intent.side = Side::Sell;
    intent.reduceOnly = true;
    intent.price = 0;
    EXPECT_EQ(writer.create(intent, btc),
              R"({"category":"linear","symbol":"BTCUSDT","side":"Sell","orderType":"Market","qty":"0.012",)"
              R"("timeInForce":"IOC","orderLinkId":"vw-1-abc","reduceOnly":true,"positionIdx":0})");
    // Valid JSON every time, from the same buffer.
    EXPECT_FALSE(QJsonDocument::fromJson(QByteArray::fromStdString(std::string(writer.create(intent, btc)))).isNull());
}

TEST(RequestBodies, CreateCarriesTakeProfitAndStopLossForTheWholePosition)
{
    const exchange::InstrumentSpec btc = test::btcSpec();
    RequestBodyWriter writer;
    OrderIntent intent;
    intent.orderLinkId = "vw-1-tpsl";
    intent.symbol = "BTCUSDT";
    intent.side = Side::Buy;
    intent.type = OrderType::Limit;
    intent.price = 274505; // 27450.50
    intent.quantity = 12;  // 0.012
    intent.takeProfit = 280000;
    intent.stopLoss = 270010;
    intent.slTriggerBy = TriggerBy::MarkPrice;
    EXPECT_EQ(writer.create(intent, btc),
              R"({"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.012",)"
              R"("price":"27450.50","timeInForce":"GTC","orderLinkId":"vw-1-tpsl","reduceOnly":false,)"
              R"("positionIdx":0,"tpslMode":"Full","takeProfit":"28000.00","tpTriggerBy":"LastPrice",)"
              R"("stopLoss":"27001.00","slTriggerBy":"MarkPrice"})");
    // Only the stop-loss: no take-profit fields at all.
    intent.takeProfit = 0;
    const QJsonObject body =
        QJsonDocument::fromJson(QByteArray::fromStdString(std::string(writer.create(intent, btc)))).object();
    EXPECT_FALSE(body.contains(QStringLiteral("takeProfit")));
    EXPECT_FALSE(body.contains(QStringLiteral("tpTriggerBy")));
    EXPECT_EQ(body.value(QStringLiteral("stopLoss")).toString(), QStringLiteral("27001.00"));
    EXPECT_EQ(body.value(QStringLiteral("tpslMode")).toString(), QStringLiteral("Full"));
    // Neither: the body of an order without them, no tpslMode.
    intent.stopLoss = 0;
    const std::string plain(writer.create(intent, btc));
    for (const char *field : {"tpslMode", "takeProfit", "stopLoss", "TriggerBy"})
        EXPECT_EQ(plain.find(field), std::string::npos) << field;
}

TEST_F(Messages, PositionsReportTheirTakeProfitAndStopLoss)
{
    QByteArray frame = readSample("ws_position.json");
    frame.replace("\"takeProfit\": \"0\"", "\"takeProfit\": \"29000.5\"");
    frame.replace("\"stopLoss\": \"0\"", "\"stopLoss\": \"27500\"");
    ParseIssues issues;
    const PrivateFrame position = decode(frame, issues);
    ASSERT_TRUE(issues.ok()) << issues.error;
    ASSERT_EQ(position.positions.size(), 1u);
    EXPECT_EQ(position.positions[0].takeProfit, 290005); // at 0.10
    EXPECT_EQ(position.positions[0].stopLoss, 275000);
    // "0" is none.
    const PrivateFrame flat = decode(readSample("ws_position.json"), issues);
    ASSERT_EQ(flat.positions.size(), 1u);
    EXPECT_EQ(flat.positions[0].takeProfit, 0);
    EXPECT_EQ(flat.positions[0].stopLoss, 0);
}

TEST(RequestBodies, AmendCancelAndSettings)
{
    const exchange::InstrumentSpec btc = test::btcSpec();
    RequestBodyWriter writer;
    EXPECT_EQ(writer.amend(btc, "vw-1", "", 274510, std::nullopt),
              R"({"category":"linear","symbol":"BTCUSDT","orderLinkId":"vw-1","price":"27451.00"})");
    EXPECT_EQ(writer.amend(btc, "vw-1", "123", std::nullopt, 5),
              R"({"category":"linear","symbol":"BTCUSDT","orderId":"123","qty":"0.005"})");
    EXPECT_EQ(writer.cancel("BTCUSDT", "vw-1", ""), R"({"category":"linear","symbol":"BTCUSDT","orderLinkId":"vw-1"})");
    EXPECT_EQ(writer.cancelAll(""), R"({"category":"linear","settleCoin":"USDT"})");
    EXPECT_EQ(writer.cancelAll("ETHUSDT"), R"({"category":"linear","symbol":"ETHUSDT"})");
    EXPECT_EQ(writer.setLeverage("BTCUSDT", 2.5),
              R"({"category":"linear","symbol":"BTCUSDT","buyLeverage":"2.5","sellLeverage":"2.5"})");
    EXPECT_EQ(leverageText(10), "10");
    EXPECT_EQ(leverageText(1.25), "1.25");
    EXPECT_EQ(writer.disconnectedCancelAll(10), R"({"product":"DERIVATIVES","timeWindow":10})");
    // A quote in an id cannot end the string early.
    EXPECT_EQ(writer.cancel("BTCUSDT", "", "a\"b"), R"({"category":"linear","symbol":"BTCUSDT","orderId":"a\"b"})");
}
