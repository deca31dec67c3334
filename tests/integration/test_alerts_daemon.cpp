// What an operator runs: `virtuosod` against `virtuoso sim` as separate processes, faults fired
// through the simulator's control API. An IP ban, a stall of every connection (stale connections
// and one incident, then their recoveries) and a liquidation cascade each raise the alerts their
// rules ask for, read back from the daemon's API, every one journaled and delivered. Waits for the
// events (the API's state), never for a fixed time.
#include "ApiTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace virtuoso::test;

namespace {

class AlertsDaemon : public ::testing::Test
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
                     QStringLiteral("BTCUSDT,ETHUSDT,SOLUSDT,XRPUSDT,DOGEUSDT,ADAUSDT")});
        ASSERT_TRUE(m_sim.waitForStarted(5000));
        QByteArray out;
        ASSERT_TRUE(waitFor(
            [&] {
                out += m_sim.readAllStandardOutput();
                return out.contains("ws_private: ") || m_sim.state() == QProcess::NotRunning;
            },
            20000))
            << out.toStdString();
        const auto line = [&out](const char *name) {
            return QRegularExpression(QString::fromLatin1(name) + QStringLiteral(": (\\S+)"))
                .match(QString::fromUtf8(out))
                .captured(1);
        };
        m_rest = line("rest");
        m_public = line("ws_public");
        m_control = line("control");
        ASSERT_FALSE(m_rest.isEmpty() || m_public.isEmpty() || m_control.isEmpty()) << out.toStdString();
    }
    void TearDown() override
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(10000);
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }

    void fault(const QByteArray &body)
    {
        const HttpReply r = httpSend(m_nam, "POST", QUrl(m_control + QStringLiteral("/faults")), body);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
    }
    // The API's answer, asked at most every 100 ms per path (the API limits a client's request rate;
    // a poll loop would otherwise be refused with 429).
    QJsonObject get(const QString &path)
    {
        Cached &c = m_cache[path];
        if (c.asked.isValid() && c.asked.elapsed() < 100)
            return c.json;
        const HttpReply r = httpGet(m_nam, QUrl(m_api + path));
        c.asked.start();
        if (r.status == 200)
            c.json = r.json();
        return c.json;
    }
    QStringList keys()
    {
        QStringList out;
        for (const QJsonValue &a :
             get(QStringLiteral("/api/v1/alerts/status")).value(QStringLiteral("recent")).toArray())
            out << a.toObject().value(QStringLiteral("key")).toString();
        return out;
    }
    bool hasKey(const QString &prefix)
    {
        const QStringList all = keys();
        return std::any_of(all.begin(), all.end(), [&prefix](const QString &k) { return k.startsWith(prefix); });
    }
    bool allLive()
    {
        const QJsonObject connections =
            get(QStringLiteral("/api/v1/status")).value(QStringLiteral("connections")).toObject();
        const int total = connections.value(QStringLiteral("total")).toInt();
        return total > 0 && connections.value(QStringLiteral("live")).toInt() == total;
    }

    struct Cached
    {
        QElapsedTimer asked;
        QJsonObject json;
    };
    std::map<QString, Cached> m_cache;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_sim;
    QProcess m_daemon;
    QNetworkAccessManager m_nam;
    QString m_rest, m_public, m_control, m_api;
};

TEST_F(AlertsDaemon, ABanAStallAndALiquidationCascadeFromTheSimulatorReachTheJournal)
{
    // Banned before the daemon starts: its first request (the instrument catalog) is answered 403.
    fault(R"({"kind":"ban","seconds":3})");
    QByteArray err;
    const quint16 port = startDaemonProcess(
        m_daemon, m_env,
        {QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"), QStringLiteral("--set"),
         QStringLiteral("exchange.rest_url=") + m_rest, QStringLiteral("--set"),
         QStringLiteral("exchange.ws_public_url=") + m_public, QStringLiteral("--set"),
         QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT,SOLUSDT,XRPUSDT,DOGEUSDT,ADAUSDT"),
         // A short pause after the ban (Bybit's is ten minutes), and several connections, so that a
         // stall of all of them is an incident.
         QStringLiteral("--set"), QStringLiteral("rest.ban_pause_s=10"), QStringLiteral("--set"),
         QStringLiteral("connection.max_args_chars=200"), QStringLiteral("--set"),
         QStringLiteral("alerts.journal_path=") + m_home.filePath(QStringLiteral("alerts.sqlite")),
         QStringLiteral("--set"), QStringLiteral("channel.desk.type=desktop"), QStringLiteral("--set"),
         QStringLiteral("rule.feed.source=connection"), QStringLiteral("--set"),
         QStringLiteral("rule.feed.stale_after_s=2"), QStringLiteral("--set"),
         QStringLiteral("rule.feed.channels=desk"), QStringLiteral("--set"),
         QStringLiteral("rule.incidents.source=incident"), QStringLiteral("--set"),
         QStringLiteral("rule.incidents.channels=desk"), QStringLiteral("--set"),
         QStringLiteral("rule.ban.source=rest_ban"), QStringLiteral("--set"), QStringLiteral("rule.ban.channels=desk"),
         QStringLiteral("--set"), QStringLiteral("rule.cascade.source=liquidation"), QStringLiteral("--set"),
         QStringLiteral("rule.cascade.total_notional=1"), QStringLiteral("--set"),
         QStringLiteral("rule.cascade.window_s=60"), QStringLiteral("--set"),
         QStringLiteral("rule.cascade.channels=desk")},
        &err, DaemonProgram::Virtuosod);
    ASSERT_NE(port, 0) << err.toStdString();
    m_api = QStringLiteral("http://127.0.0.1:%1").arg(port);

    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("rest_ban")); }, 20000)) << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 40000)) << "the feed recovers once the ban is over";
    ASSERT_GE(get(QStringLiteral("/api/v1/status"))
                  .value(QStringLiteral("connections"))
                  .toObject()
                  .value(QStringLiteral("total"))
                  .toInt(),
              2);

    fault(R"({"kind":"stall","conn":"all","seconds":6})");
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("connection:")); }, 15000))
        << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("incident:")); }, 15000)) << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 30000));
    ASSERT_TRUE(waitFor([&] { return keys().join(' ').contains(QStringLiteral("recovered")); }, 15000))
        << keys().join(' ').toStdString();

    const HttpReply cascade = httpSend(m_nam, "POST", QUrl(m_control + QStringLiteral("/market/liquidations")),
                                       R"({"symbol":"all","scale":20})");
    ASSERT_EQ(cascade.status, 200) << cascade.body.toStdString();
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("liquidation:all:total")); }, 15000))
        << keys().join(' ').toStdString();
    const QJsonObject status = get(QStringLiteral("/api/v1/alerts/status"));
    EXPECT_GT(status.value(QStringLiteral("liquidation_totals"))
                  .toObject()
                  .value(QStringLiteral("*"))
                  .toObject()
                  .value(QStringLiteral("last_5m"))
                  .toDouble(),
              0);

    // One incident for one stall, however many connections took part.
    const QStringList all = keys();
    EXPECT_EQ(std::count_if(all.begin(), all.end(), [](const QString &k) { return k.startsWith(u"incident:"); }), 1)
        << all.join(' ').toStdString();

    // Every alert of the board is in the journal, delivered to the desktop channel.
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray journal =
                get(QStringLiteral("/api/v1/alerts?since=0")).value(QStringLiteral("alerts")).toArray();
            if (journal.size() < keys().size())
                return false;
            for (const QJsonValue &a : journal)
                for (const QJsonValue &d : a.toObject().value(QStringLiteral("deliveries")).toArray())
                    if (d.toObject().value(QStringLiteral("status")).toString() != u"delivered")
                        return false;
            return true;
        },
        15000));
    // And counted per source on /metrics.
    const QByteArray metrics = httpGet(m_nam, QUrl(m_api + QStringLiteral("/metrics"))).body;
    EXPECT_TRUE(metrics.contains("virtuoso_alert")) << metrics.left(400).toStdString();
}

} // namespace
