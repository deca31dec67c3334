// `virtuoso sim` as a process: the announced lines, a working endpoint, a clean stop on SIGTERM; and
// the embedded simulator on its own thread.
#include "SimTestClient.h"

#include "TestSupport.h"

#include "sim/server/EmbeddedSimulator.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>

using namespace virtuoso;
using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

TEST(SimCommand, PortZeroPrintsTheUrlsServesAndStopsOnSigterm)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(virtuoso::test::headlessEnvironment(home));
    process.start(QStringLiteral(VIRTUOSO_BINARY),
                  {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--symbols"),
                   QStringLiteral("BTCUSDT,ETHUSDT")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray out;
    ASSERT_TRUE(virtuoso::test::waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return (out.contains("secret_file: ") && out.endsWith('\n')) || process.state() == QProcess::NotRunning;
        },
        20000))
        << process.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << out.toStdString();
    const QRegularExpression first(QStringLiteral("^virtuoso sim listening on 127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = first.match(lines.at(0));
    ASSERT_TRUE(match.hasMatch()) << lines.at(0).toStdString();
    const QString port = match.captured(1);
    EXPECT_EQ(lines.at(1), QStringLiteral("rest: http://127.0.0.1:%1").arg(port));
    EXPECT_EQ(lines.at(2), QStringLiteral("ws_public: ws://127.0.0.1:%1/v5/public/linear").arg(port));
    EXPECT_EQ(lines.at(3), QStringLiteral("control: http://127.0.0.1:%1/sim/v1").arg(port));
    EXPECT_EQ(lines.at(4), QStringLiteral("ws_private: ws://127.0.0.1:%1/v5/private").arg(port));
    // No --account: a generated one, its key on stdout, its secret in a file only its owner can read.
    ASSERT_TRUE(lines.at(5).startsWith(QLatin1String("account: "))) << lines.at(5).toStdString();
    ASSERT_TRUE(lines.at(6).startsWith(QLatin1String("secret_file: "))) << lines.at(6).toStdString();
    const QString secretPath = lines.at(6).mid(13);
    QFile secretFile(secretPath);
    ASSERT_TRUE(secretFile.open(QIODevice::ReadOnly)) << secretPath.toStdString();
    const QByteArray secret = secretFile.readAll().trimmed();
    EXPECT_EQ(secret.size(), 36);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_FALSE(secretFile.permissions() & others);
    EXPECT_TRUE(secretFile.permissions() & QFileDevice::ReadOwner);
    EXPECT_FALSE(out.contains(secret));

    RestClient rest(QStringLiteral("http://127.0.0.1:%1").arg(port));
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).json().value(QStringLiteral("retCode")).toInt(), 0);
    StreamClient stream;
    ASSERT_TRUE(stream.open(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(port)));
    stream.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    EXPECT_TRUE(stream.waitForTopic(QStringLiteral("orderbook.50.BTCUSDT")));

    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_FALSE(err.contains(secret)) << "the secret must never be logged";
    QFile::remove(secretPath);
}

TEST(SimCommand, GivenAccountsArePrintedByKeyOnlyAndABadOneIsAUsageError)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(virtuoso::test::headlessEnvironment(home));
    process.start(QStringLiteral(VIRTUOSO_BINARY),
                  {QStringLiteral("sim"), QStringLiteral("--symbols"), QStringLiteral("BTCUSDT"),
                   QStringLiteral("--account"), QStringLiteral("KEYONE:secretnumberone"), QStringLiteral("--account"),
                   QStringLiteral("KEYTWO:secretnumbertwo:250")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray out;
    ASSERT_TRUE(virtuoso::test::waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.count('\n') >= 7 || process.state() == QProcess::NotRunning;
        },
        20000));
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << out.toStdString();
    EXPECT_EQ(lines.at(5), QStringLiteral("account: KEYONE"));
    EXPECT_EQ(lines.at(6), QStringLiteral("account: KEYTWO"));
    EXPECT_FALSE(out.contains("secretnumber"));
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_FALSE(process.readAllStandardError().contains("secretnumber"));

    QProcess bad;
    bad.setProcessEnvironment(virtuoso::test::headlessEnvironment(home));
    bad.start(QStringLiteral(VIRTUOSO_BINARY),
              {QStringLiteral("sim"), QStringLiteral("--account"), QStringLiteral("nosecret")});
    ASSERT_TRUE(bad.waitForFinished(10000));
    EXPECT_EQ(bad.exitCode(), 2);
}

TEST(SimCommand, BadArgumentsAreUsageErrors)
{
    QTemporaryDir home;
    const auto env = virtuoso::test::headlessEnvironment(home);
    EXPECT_EQ(
        virtuoso::test::runVirtuoso({QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("99999")}, env)
            .exitCode,
        2);
    EXPECT_EQ(virtuoso::test::runVirtuoso({QStringLiteral("sim"), QStringLiteral("--bogus")}, env).exitCode, 2);
    const auto missing = virtuoso::test::runVirtuoso(
        {QStringLiteral("sim"), QStringLiteral("--replay"), home.path() + QStringLiteral("/none.jsonl")}, env);
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_TRUE(missing.err.contains("cannot read")) << missing.err.toStdString();
    const auto help = virtuoso::test::runVirtuoso({QStringLiteral("sim"), QStringLiteral("--help")}, env);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--faults"));
    EXPECT_TRUE(help.out.startsWith("Usage: virtuoso sim [options]")) << help.out.toStdString();
    EXPECT_FALSE(help.out.contains("<executable_name>")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("docs/simulator.md")) << help.out.toStdString();
}

TEST(EmbeddedSimulator, ListensOnLoopbackAndStops)
{
    EmbeddedSimulator simulator;
    QString error;
    ASSERT_TRUE(simulator.start(&error)) << error.toStdString();
    EXPECT_TRUE(simulator.restUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    EXPECT_TRUE(simulator.wsPublicUrl().endsWith(QStringLiteral("/v5/public/linear")));
    EXPECT_TRUE(simulator.controlUrl().endsWith(QStringLiteral("/sim/v1")));
    RestClient rest(simulator.restUrl());
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/instruments-info?category=linear"))
                  .json()
                  .value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("list"))
                  .toArray()
                  .size(),
              20);
    StreamClient stream;
    ASSERT_TRUE(stream.open(simulator.wsPublicUrl()));
    stream.subscribe({QStringLiteral("tickers.BTCUSDT")});
    EXPECT_TRUE(stream.waitForTopic(QStringLiteral("tickers.BTCUSDT")));
    simulator.stop();
    EXPECT_TRUE(stream.waitDisconnected());
    EXPECT_FALSE(simulator.isRunning());
}

namespace {

int controlStatus(const EmbeddedSimulator &simulator, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(simulator.controlUrl() + QStringLiteral("/faults")));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    virtuoso::test::waitFor([reply] { return reply->isFinished(); }, 5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

TEST(EmbeddedSimulator, AControlTokenKeepsOtherLocalUsersOut)
{
    // Before: any local user could inject faults into the program's embedded simulator.
    SimulatorOptions options;
    options.controlToken = "0123456789abcdef0123456789abcdef";
    EmbeddedSimulator simulator(options);
    ASSERT_TRUE(simulator.start());
    EXPECT_EQ(controlStatus(simulator, {}), 401);
    EXPECT_EQ(controlStatus(simulator, "Bearer 0123456789abcdef0123456789abcdeX"), 401);
    EXPECT_EQ(controlStatus(simulator, simulator.controlAuthorization()), 200);
    // The market data itself stays open: the core reads it like Bybit's public API.
    RestClient rest(simulator.restUrl());
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).status, 200);
}
