// Pure pieces of the simulator's protocol side: decimal formatting, fault scripts, REST answers.
#include "sim/server/FaultPlan.h"
#include "sim/server/RequestBudget.h"
#include "sim/server/StreamFrames.h"

#include "base/Clock.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace virtuoso;
using namespace virtuoso::sim;

TEST(StreamFrames, PrintPricesAndSizesWithTheInstrumentsGrids)
{
    using virtuoso::exchange::DecimalGrid;
    // Tick 0.10 printed with two decimals, qty step 0.001.
    const frames::InstrumentText btc{"BTCUSDT", DecimalGrid(10, 2), DecimalGrid(1, 3)};
    BookSnapshot book;
    book.bids = {{965001, 5}};
    book.asks = {{965002, 6203000}};
    const QByteArray frame = frames::book("orderbook.1.BTCUSDT", "snapshot", book, btc, 1, 2);
    EXPECT_TRUE(frame.contains(R"("b":[["96500.10","0.005"]],"a":[["96500.20","6203.000"]])")) << frame.constData();

    // Tick 0.0000001, qty step 100.
    const frames::InstrumentText pepe{"1000PEPEUSDT", DecimalGrid(1, 7), DecimalGrid(100, 0)};
    Candle candle;
    candle.open = 192000;
    candle.close = 192001;
    candle.high = 192005;
    candle.low = 191990;
    candle.volume = 3;
    const QByteArray kline = frames::kline("kline.1.1000PEPEUSDT", candle, pepe, 0);
    EXPECT_TRUE(
        kline.contains(R"("open":"0.0192000","close":"0.0192001","high":"0.0192005","low":"0.0191990","volume":"300")"))
        << kline.constData();

    TickerState ticker;
    ticker.lastPrice = 19531;
    ticker.bid1Size = 7;
    const frames::InstrumentText xrp{"XRPUSDT", DecimalGrid(1, 4), DecimalGrid(1, 0)};
    const frames::TickerFields fields = frames::tickerFields(ticker, xrp);
    const auto field = [&](const char *name) {
        for (const auto &[key, value] : fields) {
            if (qstrcmp(key, name) == 0)
                return value;
        }
        return QByteArray();
    };
    EXPECT_EQ(field("lastPrice"), QByteArray("1.9531"));
    EXPECT_EQ(field("bid1Size"), QByteArray("7"));
}

TEST(StreamFrames, OpReplyEscapesClientText)
{
    const QByteArray reply = frames::opReply(false, "error:handler not found,topic:a\"b", "c-1", "\"r\"", "subscribe");
    const QJsonObject o = QJsonDocument::fromJson(reply).object();
    EXPECT_EQ(o.value(QStringLiteral("ret_msg")).toString(), QStringLiteral("error:handler not found,topic:a\"b"));
    EXPECT_EQ(o.value(QStringLiteral("req_id")).toString(), QStringLiteral("r"));
    EXPECT_FALSE(frames::opReply(true, "pong", "c", {}, "ping").contains("req_id"));
}

TEST(FaultScript, ParsesLinesAndSortsByTime)
{
    const FaultScript script = parseFaultScript(QStringLiteral("# rehearsal\n"
                                                               "30s stall conn=all seconds=5\n"
                                                               "\n"
                                                               "500ms rate_limit headers=false seconds=2\n"
                                                               "2m http_5xx status=502\n"
                                                               "10 malformed variant=binary count=3\n"));
    ASSERT_TRUE(script.ok()) << script.error.toStdString();
    ASSERT_EQ(script.faults.size(), 4u);
    EXPECT_EQ(script.faults[0].kind, FaultKind::RateLimit);
    EXPECT_EQ(script.faults[0].atOffsetMs, 500);
    EXPECT_FALSE(script.faults[0].resetHeaders);
    EXPECT_EQ(script.faults[1].kind, FaultKind::Malformed);
    EXPECT_EQ(script.faults[1].count, 3);
    EXPECT_EQ(script.faults[2].kind, FaultKind::Stall);
    EXPECT_EQ(script.faults[2].durationMs, 5000);
    EXPECT_EQ(script.faults[3].status, 502);
    EXPECT_EQ(script.faults[3].atOffsetMs, 120'000);
}

TEST(FaultScript, NamesTheBadLine)
{
    const FaultScript unknownKind = parseFaultScript(QStringLiteral("1s stall\n2s explode\n"));
    EXPECT_FALSE(unknownKind.ok());
    EXPECT_TRUE(unknownKind.error.startsWith(QStringLiteral("line 2:"))) << unknownKind.error.toStdString();
    EXPECT_FALSE(parseFaultScript(QStringLiteral("soon stall\n")).ok());
    EXPECT_FALSE(parseFaultScript(QStringLiteral("1s stall seconds=-1\n")).ok());
    EXPECT_FALSE(parseFaultScript(QStringLiteral("1s http_5xx status=404\n")).ok());
    EXPECT_FALSE(parseFaultScript(QStringLiteral("1s stall bogus=1\n")).ok());
    EXPECT_FALSE(loadFaultScript(QStringLiteral("/nonexistent/faults.txt")).ok());
}

TEST(RequestBudget, CountsPerIpAndResetsAfterTheWindow)
{
    ManualClock clock;
    RequestBudget budget(clock, 3, 5000);
    EXPECT_EQ(budget.take(QStringLiteral("a")).remaining, 2);
    budget.take(QStringLiteral("a"));
    EXPECT_TRUE(budget.take(QStringLiteral("a")).allowed);
    const RequestBudget::Decision refused = budget.take(QStringLiteral("a"));
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.resetEpochMs, clock.epochMs() + 5000);
    EXPECT_TRUE(budget.take(QStringLiteral("b")).allowed);
    clock.advanceMs(5000);
    EXPECT_TRUE(budget.take(QStringLiteral("a")).allowed);
}
