// Log budget of the whole daemon against the simulator in its own process: 20 symbols from a cold
// start under an IP ban, through malformed frames, a book gap, a dropped connection and an outage
// of the exchange (the simulator killed and started again), back to steady state. At the daemon's
// default level (warning) the run must stay well under 50 lines, and each injected error (the ban,
// the failed connectivity probe during the outage) must be in the log at error priority. The ten
// simulated minutes of warm-up and repeated warnings are covered on a ManualClock by
// test_warning_log_budget and test_log_budget_stack; this test runs the real process end to end.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <map>

using namespace virtuoso::test;

namespace {

const QString kSymbols = QStringLiteral("BTCUSDT,ETHUSDT,SOLUSDT,XRPUSDT,DOGEUSDT,BNBUSDT,ADAUSDT,LINKUSDT,AVAXUSDT,"
                                        "SUIUSDT,LTCUSDT,DOTUSDT,TRXUSDT,TONUSDT,NEARUSDT,APTUSDT,ARBUSDT,OPUSDT,"
                                        "WIFUSDT,1000PEPEUSDT");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class LogBudgetDaemon : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = headlessEnvironment(m_home);
    }
    void TearDown() override
    {
        for (QProcess *p : {&m_daemon, &m_sim}) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
    }

    // Starts the simulator on `port` (0 = any) with a ban in force from its first second; returns its port.
    quint16 startSimulator(quint16 port, bool banAtStart)
    {
        QStringList args{QStringLiteral("sim"), QStringLiteral("--port"), QString::number(port)};
        if (banAtStart)
            // Long enough that a daemon slow to start (a loaded machine, a cold page cache) still meets
            // it; shorter than the daemon's 10 s ban pause, so the first retry finds it lifted.
            args << QStringLiteral("--faults") << writeFile(m_home, QStringLiteral("faults.txt"), "0s ban seconds=8\n");
        m_sim.setProcessEnvironment(m_env);
        m_sim.start(QStringLiteral(VIRTUOSO_BINARY), args);
        if (!m_sim.waitForStarted(5000))
            return 0;
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        quint16 bound = 0;
        waitFor(
            [&] {
                out += m_sim.readAllStandardOutput();
                const auto m = listening.match(QString::fromUtf8(out));
                if (m.hasMatch())
                    bound = static_cast<quint16>(m.captured(1).toUInt());
                return bound != 0 || m_sim.state() == QProcess::NotRunning;
            },
            10000);
        return bound;
    }

    QJsonObject get(const QString &path)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(m_api + path)));
        waitFor([&] { return reply->isFinished(); }, 5000);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }

    bool ready() { return get(QStringLiteral("/ready")).value(QLatin1String("ready")).toBool(); }

    bool postFault(quint16 simPort, const QByteArray &fault)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/v1/faults").arg(simPort)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(request, fault);
        waitFor([&] { return reply->isFinished(); }, 5000);
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    QString log()
    {
        m_log += m_daemon.readAllStandardError();
        return QString::fromUtf8(m_log);
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_sim;
    QProcess m_daemon;
    QNetworkAccessManager m_nam;
    QString m_api;
    QByteArray m_log;
};

} // namespace

TEST_F(LogBudgetDaemon, ColdStartFaultsAndAnOutageStayUnderFiftyLinesWithErrorsAtErrorPriority)
{
    const quint16 simPort = startSimulator(0, true);
    ASSERT_NE(simPort, 0);
    const quint16 apiPort = freePort();
    ASSERT_NE(apiPort, 0);
    m_api = QStringLiteral("http://127.0.0.1:%1").arg(apiPort);
    const QString exchange = QStringLiteral("127.0.0.1:%1").arg(simPort);
    m_daemon.setProcessEnvironment(m_env);
    m_daemon.start(QStringLiteral(VIRTUOSO_BINARY),
                   {QStringLiteral("--daemon"),
                    QStringLiteral("--set"),
                    QStringLiteral("exchange.source=bybit"),
                    QStringLiteral("--set"),
                    QStringLiteral("exchange.rest_url=http://") + exchange,
                    QStringLiteral("--set"),
                    QStringLiteral("exchange.ws_public_url=ws://%1/v5/public/linear").arg(exchange),
                    QStringLiteral("--set"),
                    QStringLiteral("exchange.symbols=") + kSymbols,
                    QStringLiteral("--set"),
                    QStringLiteral("rest.ban_pause_s=10"),
                    QStringLiteral("--set"),
                    QStringLiteral("connection.backoff_initial_ms=100"),
                    QStringLiteral("--set"),
                    QStringLiteral("connection.backoff_max_ms=1000"),
                    QStringLiteral("--set"),
                    QStringLiteral("api.listen=127.0.0.1:%1").arg(apiPort),
                    QStringLiteral("--set"),
                    QStringLiteral("store.enabled=false"),
                    QStringLiteral("--set"),
                    QStringLiteral("logging.target=syslog-prefix")});
    ASSERT_TRUE(m_daemon.waitForStarted(5000));

    // Cold start: the ban pauses REST for 10 s, then instruments, history and streams come up.
    ASSERT_TRUE(waitFor([&] { return ready(); }, 30000)) << log().toStdString();

    // Stream faults; each is recovered from without an error.
    ASSERT_TRUE(postFault(simPort, R"({"kind":"malformed","conn":"all","variant":"not_json","count":3})"));
    ASSERT_TRUE(postFault(simPort, R"({"kind":"u_gap","conn":"all"})"));
    ASSERT_TRUE(postFault(simPort, R"({"kind":"drop","conn":"all"})"));
    ASSERT_TRUE(waitFor([&] { return !ready(); }, 5000));
    ASSERT_TRUE(waitFor([&] { return ready(); }, 10000)) << log().toStdString();

    // An outage of the exchange: reconnects fail until the probe names the failing stage.
    m_sim.kill();
    m_sim.waitForFinished(2000);
    ASSERT_TRUE(waitFor([&] { return log().contains(QStringLiteral("[PROBE_FAILED]")); }, 15000))
        << log().toStdString();
    ASSERT_EQ(startSimulator(simPort, false), simPort);
    ASSERT_TRUE(waitFor([&] { return ready(); }, 15000)) << log().toStdString();

    ::kill(static_cast<pid_t>(m_daemon.processId()), SIGTERM);
    ASSERT_TRUE(m_daemon.waitForFinished(5000));
    EXPECT_EQ(m_daemon.exitCode(), 0);

    const QStringList lines = log().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::map<QString, int> byCode;
    static const QRegularExpression code(QStringLiteral("\\[([A-Z_]+)\\]"));
    for (const QString &line : lines)
        ++byCode[code.match(line).captured(1)];
    std::string summary;
    for (const auto &[c, n] : byCode)
        summary += c.toStdString() + " x" + std::to_string(n) + "\n";
    std::printf("%lld lines at the default level:\n%s", static_cast<long long>(lines.size()),
                log().toUtf8().constData());
    EXPECT_LT(lines.size(), 50) << summary;

    const auto atErrorPriority = [&](const QString &tag) {
        for (const QString &line : lines)
            if (line.contains(tag))
                return line.startsWith(QStringLiteral("<3>"));
        return false;
    };
    EXPECT_TRUE(atErrorPriority(QStringLiteral("[REST_BANNED]"))) << log().toStdString();
    EXPECT_TRUE(atErrorPriority(QStringLiteral("[PROBE_FAILED]"))) << log().toStdString();
    // Nothing else is an error: recovered stream faults are warnings at most.
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("<3>")) || line.startsWith(QStringLiteral("<2>"))) {
            EXPECT_TRUE(line.contains(QStringLiteral("[REST_BANNED]")) ||
                        line.contains(QStringLiteral("[PROBE_FAILED]")))
                << line.toStdString();
        }
    }
}
