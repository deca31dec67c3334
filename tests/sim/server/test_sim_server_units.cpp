// Pure pieces of the simulator's protocol side: decimal formatting, fault scripts, REST answers.
#include "sim/server/DecimalText.h"
#include "sim/server/FaultPlan.h"
#include "sim/server/RequestBudget.h"
#include "sim/server/StreamFrames.h"

#include "base/Clock.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace virtuoso;
using namespace virtuoso::sim;

TEST(DecimalText, FormatsTicksWithInstrumentDecimals)
{
    EXPECT_EQ(DecimalText(0.1, 2).text(965001), QByteArray("96500.10"));
    EXPECT_EQ(DecimalText(0.0001, 4).text(19531), QByteArray("1.9531"));
    EXPECT_EQ(DecimalText(0.001, 3).text(5), QByteArray("0.005"));
    EXPECT_EQ(DecimalText(1, 0).text(6203), QByteArray("6203"));
    EXPECT_EQ(DecimalText(0.5, 1).text(3), QByteArray("1.5"));
    EXPECT_EQ(DecimalText(0.0000001, 7).text(192000), QByteArray("0.0192000"));
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
