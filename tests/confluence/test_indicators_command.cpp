// `virtuoso indicators` as a user runs it: JSON lines out, exit codes, errors naming the line.
#include "TestSupport.h"

#include "ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::test;

TEST(IndicatorsCommand, PrintsOneJsonObjectPerCandle)
{
    QTemporaryDir home;
    const auto result = runVirtuoso({QStringLiteral("indicators"), QStringLiteral("--klines"),
                                     dataFile(QStringLiteral("market/btc_klines_1m.json")), QStringLiteral("--only"),
                                     QStringLiteral("rsi,adx")},
                                    headlessEnvironment(home));
    ASSERT_TRUE(result.finished);
    ASSERT_EQ(result.exitCode, ExitOk) << result.err.toStdString();
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 13681);
    const QJsonObject early = QJsonDocument::fromJson(lines[3]).object();
    EXPECT_TRUE(early.value(QStringLiteral("rsi14")).isNull());
    const QJsonObject later = QJsonDocument::fromJson(lines[100]).object();
    EXPECT_EQ(later.keys().size(), 5); // t, rsi14, plus_di14, minus_di14, adx14
    EXPECT_GT(later.value(QStringLiteral("rsi14")).toDouble(), 0);
    EXPECT_GT(later.value(QStringLiteral("adx14")).toDouble(), 0);
}

TEST(IndicatorsCommand, ABadFileIsAnErrorNamingTheLine)
{
    QTemporaryDir home;
    const QString bad = writeFile(home, QStringLiteral("bad.csv"), "t,o,h,l,c,v\n0,1,2,0.5,1.5,3\n60000,1,2\n");
    const auto result =
        runVirtuoso({QStringLiteral("indicators"), QStringLiteral("--klines"), bad}, headlessEnvironment(home));
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, ExitStartupFailed);
    EXPECT_TRUE(result.err.contains("line 3")) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST(IndicatorsCommand, UsageErrors)
{
    QTemporaryDir home;
    const auto missing = runVirtuoso({QStringLiteral("indicators")}, headlessEnvironment(home));
    EXPECT_EQ(missing.exitCode, ExitUsage);
    EXPECT_TRUE(missing.err.contains("--klines")) << missing.err.toStdString();
    const auto unknown = runVirtuoso({QStringLiteral("indicators"), QStringLiteral("--klines"),
                                      dataFile(QStringLiteral("bybit/ws_kline.json")), QStringLiteral("--only"),
                                      QStringLiteral("rsi,nonsense")},
                                     headlessEnvironment(home));
    EXPECT_EQ(unknown.exitCode, ExitUsage);
    EXPECT_TRUE(unknown.err.contains("nonsense")) << unknown.err.toStdString();
    const auto unreadable = runVirtuoso(
        {QStringLiteral("indicators"), QStringLiteral("--klines"), home.filePath(QStringLiteral("absent.json"))},
        headlessEnvironment(home));
    EXPECT_EQ(unreadable.exitCode, ExitStartupFailed);
}
