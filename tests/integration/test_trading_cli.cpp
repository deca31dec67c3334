// `virtuoso order|cancel|orders|positions|kill` against `virtuoso sim` as separate processes, as an
// operator runs them from a shell: each command connects, reconciles, acts, prints and exits, and
// the simulator's truth (its control API) agrees with what they printed.
#include "ExitCode.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso::test;

namespace {

struct CommandRun
{
    int exit = -1;
    QString out;
    QString err;
};

class TradingCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = headlessEnvironment(m_home);
        m_env.insert(QStringLiteral("STATE_DIRECTORY"), m_home.filePath(QStringLiteral("state")));
        m_sim.setProcessEnvironment(m_env);
        m_sim.start(QStringLiteral(VIRTUOSO_BINARY),
                    {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--symbols"),
                     QStringLiteral("BTCUSDT,ETHUSDT"), QStringLiteral("--account"),
                     m_key + QLatin1Char(':') + m_secret});
        ASSERT_TRUE(m_sim.waitForStarted(5000));
        QByteArray out;
        ASSERT_TRUE(waitFor(
            [&] {
                out += m_sim.readAllStandardOutput();
                return out.contains("account: ") || m_sim.state() == QProcess::NotRunning;
            },
            20000))
            << out.toStdString();
        const QRegularExpression rest(QStringLiteral("rest: (\\S+)")), priv(QStringLiteral("ws_private: (\\S+)")),
            control(QStringLiteral("control: (\\S+)"));
        m_rest = rest.match(QString::fromUtf8(out)).captured(1);
        m_private = priv.match(QString::fromUtf8(out)).captured(1);
        m_control = control.match(QString::fromUtf8(out)).captured(1);
        ASSERT_FALSE(m_rest.isEmpty() || m_private.isEmpty() || m_control.isEmpty()) << out.toStdString();
    }
    void TearDown() override
    {
        m_sim.kill();
        m_sim.waitForFinished(3000);
    }

    CommandRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--set") << QStringLiteral("trading.venue=simulator") << QStringLiteral("--set")
                  << QStringLiteral("exchange.rest_url=") + m_rest << QStringLiteral("--set")
                  << QStringLiteral("exchange.ws_private_url=") + m_private << QStringLiteral("--set")
                  << QStringLiteral("exchange.api_key=") + m_key << QStringLiteral("--set")
                  << QStringLiteral("exchange.api_secret=") + m_secret << QStringLiteral("--set")
                  << QStringLiteral("risk.max_order_notional=5000");
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(VIRTUOSO_BINARY), arguments);
        CommandRun r;
        if (!process.waitForStarted(5000))
            return r;
        waitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        r.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QJsonObject truth()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(m_control + QStringLiteral("/truth/account?key=") + m_key)));
        waitFor([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }
    int truthOpenOrders() { return truth().value(QStringLiteral("openOrders")).toArray().size(); }
    double truthPosition(const QString &symbol)
    {
        for (const QJsonValue &p : truth().value(QStringLiteral("positions")).toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QStringLiteral("symbol")).toString() == symbol) {
                const double size = o.value(QStringLiteral("size")).toString().toDouble();
                return o.value(QStringLiteral("side")).toString() == u"Sell" ? -size : size;
            }
        }
        return 0;
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_sim;
    const QString m_key = QStringLiteral("CLITESTKEY42");
    const QString m_secret = QStringLiteral("cli-test-secret-0123456789");
    QString m_rest, m_private, m_control;
};

} // namespace

TEST_F(TradingCliTest, OrdersCancelsAndKillsAgainstTheSimulator)
{
    const CommandRun market =
        run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("BTCUSDT"), QStringLiteral("--side"),
             QStringLiteral("buy"), QStringLiteral("--qty"), QStringLiteral("0.010")});
    ASSERT_EQ(market.exit, virtuoso::ExitOk) << market.out.toStdString() << market.err.toStdString();
    EXPECT_TRUE(market.out.contains(QStringLiteral(" Filled 0.010 at "))) << market.out.toStdString();
    EXPECT_NEAR(truthPosition(QStringLiteral("BTCUSDT")), 0.010, 1e-9) << QJsonDocument(truth()).toJson().toStdString();

    const CommandRun resting = run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("ETHUSDT"),
                                    QStringLiteral("--side"), QStringLiteral("buy"), QStringLiteral("--qty"),
                                    QStringLiteral("0.10"), QStringLiteral("--price"), QStringLiteral("3400.00")});
    ASSERT_EQ(resting.exit, virtuoso::ExitOk) << resting.out.toStdString() << resting.err.toStdString();
    const QString restingId = resting.out.section(QLatin1Char(' '), 0, 0);
    EXPECT_TRUE(resting.out.contains(QStringLiteral(" New"))) << resting.out.toStdString();
    EXPECT_EQ(truthOpenOrders(), 1);

    // A fresh process sees what the earlier ones did (reconciled from the venue).
    const CommandRun orders = run({QStringLiteral("orders")});
    EXPECT_EQ(orders.exit, virtuoso::ExitOk);
    EXPECT_TRUE(orders.out.contains(restingId)) << orders.out.toStdString();
    const CommandRun positions = run({QStringLiteral("positions")});
    EXPECT_TRUE(positions.out.contains(QStringLiteral("BTCUSDT"))) << positions.out.toStdString();
    EXPECT_TRUE(positions.out.contains(QStringLiteral("Long"))) << positions.out.toStdString();

    // Refused by the gate: the rule and the numbers, exit 1, nothing at the venue.
    const CommandRun refused =
        run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("BTCUSDT"), QStringLiteral("--side"),
             QStringLiteral("buy"), QStringLiteral("--qty"), QStringLiteral("1.000")});
    EXPECT_EQ(refused.exit, virtuoso::ExitFailure);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("refused by max_order_notional"))) << refused.err.toStdString();
    EXPECT_EQ(truthOpenOrders(), 1);

    const CommandRun cancelled = run({QStringLiteral("cancel"), restingId});
    EXPECT_EQ(cancelled.exit, virtuoso::ExitOk) << cancelled.out.toStdString() << cancelled.err.toStdString();
    EXPECT_TRUE(cancelled.out.contains(QStringLiteral("Cancelled")));
    EXPECT_EQ(truthOpenOrders(), 0);

    // Another resting order, then the kill switch: all cancelled and flat at the venue.
    run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("ETHUSDT"), QStringLiteral("--side"),
         QStringLiteral("sell"), QStringLiteral("--qty"), QStringLiteral("0.10"), QStringLiteral("--price"),
         QStringLiteral("3600.00")});
    EXPECT_EQ(truthOpenOrders(), 1);
    const CommandRun kill = run({QStringLiteral("kill"), QStringLiteral("--reason"), QStringLiteral("drill")});
    EXPECT_EQ(kill.exit, virtuoso::ExitOk) << kill.out.toStdString() << kill.err.toStdString();
    EXPECT_TRUE(kill.out.contains(QStringLiteral("1 of 1 positions flattened; now 0 open orders and 0 positions")))
        << kill.out.toStdString();
    EXPECT_EQ(truthOpenOrders(), 0);
    EXPECT_EQ(truthPosition(QStringLiteral("BTCUSDT")), 0);

    // The kill switch outlives the process that engaged it: the next one is refused until a reset.
    const QStringList buy{QStringLiteral("order"),  QStringLiteral("--symbol"), QStringLiteral("BTCUSDT"),
                          QStringLiteral("--side"), QStringLiteral("buy"),      QStringLiteral("--qty"),
                          QStringLiteral("0.001")};
    const CommandRun killed = run(buy);
    EXPECT_EQ(killed.exit, virtuoso::ExitFailure);
    EXPECT_TRUE(killed.err.contains(QStringLiteral("refused by kill_switch"))) << killed.err.toStdString();
    EXPECT_EQ(truthPosition(QStringLiteral("BTCUSDT")), 0);
    const CommandRun reset = run({QStringLiteral("kill"), QStringLiteral("--reset")});
    EXPECT_EQ(reset.exit, virtuoso::ExitOk) << reset.out.toStdString() << reset.err.toStdString();
    EXPECT_TRUE(reset.out.contains(QStringLiteral("new orders allowed again"))) << reset.out.toStdString();
    const CommandRun again = run(buy);
    EXPECT_EQ(again.exit, virtuoso::ExitOk) << again.out.toStdString() << again.err.toStdString();
    EXPECT_NEAR(truthPosition(QStringLiteral("BTCUSDT")), 0.001, 1e-9);

    // Nothing printed names the secret.
    for (const CommandRun &r : {market, resting, orders, positions, refused, cancelled, kill, killed, reset, again}) {
        EXPECT_FALSE(r.out.contains(m_secret) || r.err.contains(m_secret));
    }
}

TEST_F(TradingCliTest, PaperAndUnknownCommandsAreRefusedWithAReason)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(VIRTUOSO_BINARY), {QStringLiteral("positions")});
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), virtuoso::ExitUsage);
    EXPECT_TRUE(process.readAllStandardError().contains("the paper broker lives in a running daemon"));

    const CommandRun missing = run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("BTCUSDT")});
    EXPECT_EQ(missing.exit, virtuoso::ExitUsage);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("needs --symbol, --side and --qty"))) << missing.err.toStdString();
}
