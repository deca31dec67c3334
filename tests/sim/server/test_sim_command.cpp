// `virtuoso sim` as a process: the announced lines, a working endpoint, a clean stop on SIGTERM; and
// the embedded simulator on its own thread.
#include "SimTestClient.h"

#include "TestSupport.h"

#include "sim/server/EmbeddedSimulator.h"

#include <gtest/gtest.h>

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
            return out.count('\n') >= 4 || process.state() == QProcess::NotRunning;
        },
        20000))
        << process.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << out.toStdString();
    const QRegularExpression first(QStringLiteral("^virtuoso sim listening on 127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = first.match(lines.at(0));
    ASSERT_TRUE(match.hasMatch()) << lines.at(0).toStdString();
    const QString port = match.captured(1);
    EXPECT_EQ(lines.at(1), QStringLiteral("rest: http://127.0.0.1:%1").arg(port));
    EXPECT_EQ(lines.at(2), QStringLiteral("ws_public: ws://127.0.0.1:%1/v5/public/linear").arg(port));
    EXPECT_EQ(lines.at(3), QStringLiteral("control: http://127.0.0.1:%1/sim/v1").arg(port));

    RestClient rest(QStringLiteral("http://127.0.0.1:%1").arg(port));
    EXPECT_EQ(rest.get(QStringLiteral("/v5/market/time")).json().value(QStringLiteral("retCode")).toInt(), 0);
    StreamClient stream;
    ASSERT_TRUE(stream.open(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(port)));
    stream.subscribe({QStringLiteral("orderbook.50.BTCUSDT")});
    EXPECT_TRUE(stream.waitForTopic(QStringLiteral("orderbook.50.BTCUSDT")));

    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
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
