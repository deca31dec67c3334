// Candle files for `virtuoso indicators`: every accepted format, and errors that name the line.
#include "model/confluence/KlineFile.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso::confluence;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(virtuoso::test::dataFile(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

} // namespace

TEST(KlineFile, ReadsAJsonArrayOfCandles)
{
    const auto result = parseKlines(readData(QStringLiteral("market/btc_klines_1m.json")));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.candles.size(), 13681u);
    EXPECT_EQ(result.candles.front().openTimeMs, 1509836520000);
    EXPECT_DOUBLE_EQ(result.candles.front().volume, 108.14853839);
}

TEST(KlineFile, ReadsBybitRestAndWebSocketKlines)
{
    const auto rest = parseKlines(readData(QStringLiteral("bybit/http_get_klines_linear.json")));
    ASSERT_TRUE(rest.ok()) << rest.error.toStdString();
    ASSERT_EQ(rest.candles.size(), 1u);
    EXPECT_DOUBLE_EQ(rest.candles[0].high, 27460);
    EXPECT_DOUBLE_EQ(rest.candles[0].volume, 123.45);

    const auto ws = parseKlines(readData(QStringLiteral("bybit/ws_kline.json")));
    ASSERT_TRUE(ws.ok()) << ws.error.toStdString();
    ASSERT_EQ(ws.candles.size(), 1u);
    EXPECT_EQ(ws.candles[0].openTimeMs, 1672324800000);
    EXPECT_DOUBLE_EQ(ws.candles[0].low, 16608);
}

TEST(KlineFile, SortsNewestFirstRepliesIntoTimeOrder)
{
    const QByteArray reply = R"({"retCode":0,"retMsg":"OK","result":{"list":[
        ["120000","3","4","2","3.5","10","0"],
        ["60000","2","3","1","2.5","10","0"],
        ["0","1","2","0.5","1.5","10","0"]]}})";
    const auto result = parseKlines(reply);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.candles.size(), 3u);
    EXPECT_EQ(result.candles[0].openTimeMs, 0);
    EXPECT_EQ(result.candles[2].openTimeMs, 120000);
}

TEST(KlineFile, ReadsWebSocketMessagesOneALine)
{
    const QByteArray stream =
        R"({"topic":"kline.1.X","data":[{"start":0,"open":"1","high":"2","low":"0.5","close":"1.5","volume":"3","confirm":false}]})"
        "\n"
        R"({"topic":"kline.1.X","data":[{"start":0,"open":"1","high":"2","low":"0.5","close":"1.7","volume":"4","confirm":true}]})"
        "\n"
        R"({"topic":"kline.1.X","data":[{"start":60000,"open":"1.7","high":"2","low":"1","close":"1.8","volume":"1","confirm":true}]})"
        "\n";
    const auto result = parseKlines(stream);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.candles.size(), 2u);
    EXPECT_DOUBLE_EQ(result.candles[0].close, 1.7); // the later update of the same candle wins
}

TEST(KlineFile, ReadsCsvWithOrWithoutAHeader)
{
    const auto withHeader = parseKlines("t,open,high,low,close,volume\n0,1,2,0.5,1.5,3\n60000,1.5,2,1,1.8,2\n");
    ASSERT_TRUE(withHeader.ok()) << withHeader.error.toStdString();
    EXPECT_EQ(withHeader.candles.size(), 2u);
    const auto bare = parseKlines("0,1,2,0.5,1.5,3\n");
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare.candles.size(), 1u);
}

TEST(KlineFile, ErrorsNameTheLine)
{
    const auto csv = parseKlines("t,o,h,l,c,v\n0,1,2,0.5,1.5,3\n60000,1.5,abc,1,1.8,2\n");
    ASSERT_FALSE(csv.ok());
    EXPECT_TRUE(csv.error.startsWith(QStringLiteral("line 3:"))) << csv.error.toStdString();

    const auto syntax = parseKlines("[[0,1,2,0.5,1.5,3],\n[60000,1.5,2,1,1.8,2],\n[120000,1.5,2,1,1.8 2]]\n");
    ASSERT_FALSE(syntax.ok());
    EXPECT_TRUE(syntax.error.startsWith(QStringLiteral("line 3:"))) << syntax.error.toStdString();

    const auto shape = parseKlines("[\n[0,1,2,0.5,1.5,3],\n[60000,1.5,2],\n[120000,1.5,2,1,1.8,2]]\n");
    ASSERT_FALSE(shape.ok());
    EXPECT_TRUE(shape.error.startsWith(QStringLiteral("line 3:"))) << shape.error.toStdString();

    const auto inverted = parseKlines("[\n[0,1,2,0.5,1.5,3],\n\n[60000,1.5,1,2,1.8,2]]\n");
    ASSERT_FALSE(inverted.ok());
    EXPECT_TRUE(inverted.error.startsWith(QStringLiteral("line 4:"))) << inverted.error.toStdString();
    EXPECT_TRUE(inverted.error.contains(QStringLiteral("below low"))) << inverted.error.toStdString();

    const auto truncated = parseKlines("[[0,1,2,0.5,1.5,3],\n[60000,1.5,2,");
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error.startsWith(QStringLiteral("line 2:"))) << truncated.error.toStdString();

    const auto wsField =
        parseKlines("{\"topic\":\"kline.1.X\",\"data\":[\n{\"start\":0,\"open\":\"1\",\n\"high\":\"x\","
                    "\"low\":\"0.5\",\"close\":\"1.5\",\"volume\":\"3\"}]}");
    ASSERT_FALSE(wsField.ok());
    EXPECT_TRUE(wsField.error.startsWith(QStringLiteral("line 3:"))) << wsField.error.toStdString();

    const auto restError = parseKlines(R"({"retCode":10001,"retMsg":"params error","result":{}})");
    ASSERT_FALSE(restError.ok());
    EXPECT_TRUE(restError.error.contains(QStringLiteral("params error"))) << restError.error.toStdString();

    EXPECT_FALSE(parseKlines("").ok());
    EXPECT_FALSE(parseKlines("[]").ok());
    EXPECT_FALSE(parseKlines(QByteArray(5000, '[')).ok()); // nesting bomb: an error, not a crash
}

// Found by fuzz_candles_recordings: an open time of 1.9e28 was converted to 64 bits before any check.
// Every reader (CSV, arrays, WebSocket objects) refuses open times after the year 3000 by line.
TEST(KlineFile, AnOpenTimeAfterTheYear3000IsAnError)
{
    for (const QByteArray &content :
         {QByteArray("0,1,2,0.5,1.5,3\n19007200000000000000000000000,1,2,0.5,1.5,3\n"),
          QByteArray("[[0,1,2,0.5,1.5,3],\n[1e300,1,2,0.5,1.5,3]]"),
          QByteArray("{\"data\":[{\"start\":0,\"open\":\"1\",\"high\":\"2\",\"low\":\"0.5\",\"close\":\"1.5\","
                     "\"volume\":\"3\"},\n{\"start\":\"32503680000001\",\"open\":\"1\",\"high\":\"2\",\"low\":\"0.5\","
                     "\"close\":\"1.5\",\"volume\":\"3\"}]}")}) {
        const auto result = parseKlines(content);
        ASSERT_FALSE(result.ok()) << content.toStdString();
        EXPECT_TRUE(result.error.startsWith(QStringLiteral("line 2:"))) << result.error.toStdString();
        EXPECT_TRUE(result.error.contains(QStringLiteral("after the year 3000"))) << result.error.toStdString();
    }
    const auto last = parseKlines("32503680000000,1,2,0.5,1.5,3\n");
    ASSERT_TRUE(last.ok()) << last.error.toStdString();
    EXPECT_EQ(last.candles[0].openTimeMs, 32'503'680'000'000);
    const auto negative = parseKlines("-60000,1,2,0.5,1.5,3\n");
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error.contains(QStringLiteral("negative"))) << negative.error.toStdString();
}

// Found by fuzz_candles_recordings (AddressSanitizer): a "\\u" escape in the last four bytes of the file
// moved the string reader past the end, and it read on in memory that was not the file's.
TEST(KlineFile, AnEscapeAtTheEndOfTheFileIsAnUnterminatedString)
{
    // The file ends after the escape; what follows in memory would close the string and the arrays.
    const std::string memory = R"([[0,1,2,0.5,1.5,3,"\u)" + std::string(R"(AB"]])");
    const QByteArray file = QByteArray::fromRawData(memory.data(), qsizetype(memory.size() - 5));
    ASSERT_TRUE(file.endsWith("\\u"));
    const auto result = parseKlines(file);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("unterminated string"))) << result.error.toStdString();

    for (const char *content : {R"({"6\"]\t}]\u})", R"(["\u12)", R"(["\)"}) {
        const auto cut = parseKlines(content);
        EXPECT_FALSE(cut.ok()) << content;
    }
    const auto escaped = parseKlines(R"([[0,1,2,0.5,1.5,3,"\u00e9x"]])");
    EXPECT_TRUE(escaped.ok()) << escaped.error.toStdString();
}
