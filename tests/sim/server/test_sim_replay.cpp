// Recording every frame sent, and replaying a recording or a raw Bybit capture to subscribers.
#include "SimFixture.h"

#include "TestSupport.h"
#include "sim/server/ReplayStreams.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

class ReplayTest : public SimFixture
{
};

} // namespace

TEST_F(ReplayTest, ServesTheXrpCaptureIncludingOrderbook500PacedByTs)
{
    const QString capture = virtuoso::test::dataFile(QStringLiteral("bybit/xrpusdt_orderbook500_2024-12-01.jsonl"));
    QFile file(capture);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    ASSERT_EQ(lines.size(), 50);
    const qint64 firstTs = QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("ts")).toInteger();
    const qint64 lastTs = QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("ts")).toInteger();

    SimulatorOptions options;
    options.replayFile = capture;
    options.replaySpeed = 2.0;
    startSim(options);
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.send(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                            {QStringLiteral("args"), QJsonArray{QStringLiteral("orderbook.50.XRPUSDT")}}});
    const auto refused = client.waitForOp(QStringLiteral("subscribe"));
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->value(QStringLiteral("success")).toBool()); // only what was recorded is served
    EXPECT_TRUE(client.subscribe({QStringLiteral("orderbook.500.XRPUSDT")}).size() > 0);
    const auto first = client.waitForTopic(QStringLiteral("orderbook.500.XRPUSDT"));
    ASSERT_TRUE(first);
    EXPECT_EQ(str(*first, "type"), QStringLiteral("snapshot"));

    // Half the capture's duration at speed 2 plays everything; less than that does not.
    const qint64 fullMs = (lastTs - firstTs) / 2;
    advance(fullMs - 200, 50);
    settle(200);
    int received = 0;
    for (const QString &t : std::as_const(client.texts))
        received += str(jsonOf(t), "topic") == u"orderbook.500.XRPUSDT" ? 1 : 0;
    EXPECT_LT(received, 50);
    advance(400, 50);
    ASSERT_TRUE(virtuoso::test::waitFor(
        [&] {
            int n = 0;
            for (const QString &t : std::as_const(client.texts))
                n += str(jsonOf(t), "topic") == u"orderbook.500.XRPUSDT" ? 1 : 0;
            return n == 50;
        },
        3000));
    // Frames are the capture's lines, byte for byte and in order.
    QStringList served;
    for (const QString &t : std::as_const(client.texts)) {
        if (t.contains(QStringLiteral("\"topic\":\"orderbook.500.XRPUSDT\"")))
            served << t;
    }
    ASSERT_EQ(served.size(), 50);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(served.at(i), QString::fromUtf8(lines.at(i))) << "frame " << i;
}

TEST_F(ReplayTest, RecordingOfALiveSessionReplaysTheSameFrames)
{
    QTemporaryDir dir;
    SimulatorOptions options;
    options.recordDirectory = dir.path() + QStringLiteral("/rec");
    startSim(options);
    {
        StreamClient client;
        ASSERT_TRUE(client.open(wsUrl()));
        client.subscribe({QStringLiteral("orderbook.50.ETHUSDT"), QStringLiteral("publicTrade.ETHUSDT")});
        advance(3000);
        settle(300);
    }
    sim.reset(); // flushes the recording
    const QStringList files = QDir(dir.path() + QStringLiteral("/rec")).entryList({QStringLiteral("*.jsonl")});
    ASSERT_EQ(files.size(), 1);
    const QString recording = dir.path() + QStringLiteral("/rec/") + files.first();
    QFile file(recording);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList recordedBook;
    int lines = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        EXPECT_TRUE(o.contains(QStringLiteral("t")));
        EXPECT_FALSE(str(o, "conn").isEmpty());
        if (str(jsonOf(str(o, "frame")), "topic") == u"orderbook.50.ETHUSDT")
            recordedBook << str(o, "frame");
    }
    EXPECT_GT(lines, 20);
    ASSERT_GT(recordedBook.size(), 20);

    SimulatorOptions replay;
    replay.replayFile = recording;
    replay.replaySpeed = 10;
    startSim(replay);
    StreamClient client;
    ASSERT_TRUE(client.open(wsUrl()));
    client.subscribe({QStringLiteral("orderbook.50.ETHUSDT")});
    advance(1000, 50);
    ASSERT_TRUE(virtuoso::test::waitFor([&] { return client.texts.size() >= recordedBook.size() + 1; }, 3000));
    QStringList served;
    for (const QString &t : std::as_const(client.texts)) {
        if (str(jsonOf(t), "topic") == u"orderbook.50.ETHUSDT")
            served << t;
    }
    EXPECT_EQ(served, recordedBook);
}

TEST_F(ReplayTest, UnreadableRecordingsAreReportedAtStart)
{
    QTemporaryDir dir;
    SimulatorOptions options;
    options.clock = &clock;
    options.replayFile =
        virtuoso::test::writeFile(dir, QStringLiteral("junk.jsonl"), "not json\n{\"a\":1}\n{\"topic\":");
    SimulatorService broken(options);
    QString error;
    EXPECT_FALSE(broken.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("no topic messages"))) << error.toStdString();
    options.replayFile = dir.path() + QStringLiteral("/missing.jsonl");
    SimulatorService missing(options);
    EXPECT_FALSE(missing.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot read"))) << error.toStdString();
}

// Found by fuzz_candles_recordings: a recorded time of 1.8e28 was converted to 64 bits unchecked. A
// line whose time is not epoch ms up to the year 3000 is skipped and counted; the rest still plays.
TEST(ReplayStreamsLoad, ALineWhoseTimeIsNoTimeIsSkipped)
{
    QTemporaryDir dir;
    const QByteArray frame = R"({\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1,\"data\":[]})";
    const QString path =
        virtuoso::test::writeFile(dir, QStringLiteral("times.jsonl"),
                                  R"({"t":1796592917739,"conn":"c1","frame":")" + frame + "\"}\n" +
                                      R"({"t":17965929177390000000000000000,"conn":"c1","frame":")" + frame + "\"}\n" +
                                      R"({"t":-1,"conn":"c1","frame":")" + frame + "\"}\n" +
                                      R"({"topic":"tickers.BTCUSDT","ts":1e300,"data":{}})" + "\n" +
                                      R"({"topic":"tickers.BTCUSDT","ts":1733011200691,"data":{}})" + "\n");
    ManualClock clock;
    ReplayStreams replay(clock);
    QString error;
    ASSERT_TRUE(replay.load(path, &error)) << error.toStdString();
    EXPECT_EQ(replay.frameCount(QStringLiteral("publicTrade.BTCUSDT")), 1);
    EXPECT_EQ(replay.frameCount(QStringLiteral("tickers.BTCUSDT")), 1);
    EXPECT_EQ(replay.skippedLines(), 3);
}
