// The monitoring API inside the real `virtuoso --daemon` process.
#include "ApiTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <csignal>

using namespace virtuoso::test;

namespace {

class ApiDaemonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = headlessEnvironment(m_home);
    }
    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    // Starts the daemon on an ephemeral port and returns the port it logged, or 0.
    quint16 startDaemon(const QStringList &extra = {}) { return startDaemonProcess(m_process, m_env, extra, &m_err); }

    int terminate()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        m_process.waitForFinished(5000);
        m_err += m_process.readAllStandardError();
        return m_process.exitCode();
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_process;
    QByteArray m_err;
    QNetworkAccessManager m_nam;
};

} // namespace

TEST_F(ApiDaemonTest, ServesTheApiOnAnEphemeralPortBeforeReady)
{
    const quint16 port = startDaemon({QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0")});
    ASSERT_NE(port, 0) << m_err.toStdString();
    // The port is logged before the daemon reports itself ready.
    EXPECT_LT(m_err.indexOf("API_LISTENING"),
              m_err.indexOf("DAEMON_READY") < 0 ? m_err.size() + 1 : m_err.indexOf("DAEMON_READY"));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

    const HttpReply health = httpGet(m_nam, QUrl(base + QStringLiteral("/health")));
    EXPECT_EQ(health.status, 200) << health.body.toStdString();
    EXPECT_EQ(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    ASSERT_TRUE(waitFor(
        [&] {
            return httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/status")))
                       .json()
                       .value(QStringLiteral("revision"))
                       .toInteger() > 0;
        },
        5000));
    const HttpReply status = httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/status")));
    EXPECT_EQ(status.json().value(QStringLiteral("data_source")).toString(), QStringLiteral("embedded simulator"));

    const HttpReply metrics = httpGet(m_nam, QUrl(base + QStringLiteral("/metrics")));
    EXPECT_EQ(metrics.status, 200);
    EXPECT_TRUE(metrics.body.contains("virtuoso_up 1\n")) << metrics.body.toStdString();

    // The journal and the warnings are real even when empty; a book exists once the feed delivered one.
    const HttpReply timeouts = httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/timeouts?since=0")));
    EXPECT_EQ(timeouts.status, 200) << timeouts.body.toStdString();
    EXPECT_TRUE(timeouts.json().value(QStringLiteral("timeouts")).isArray());
    const HttpReply warnings = httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/warnings")));
    EXPECT_EQ(warnings.status, 200) << warnings.body.toStdString();
    EXPECT_TRUE(warnings.json().value(QStringLiteral("warnings")).isArray());
    const HttpReply book = httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=3")));
    if (book.status == 200) {
        EXPECT_LE(book.json().value(QStringLiteral("b")).toArray().size(), 3);
        EXPECT_TRUE(book.json().contains(QStringLiteral("u")));
        EXPECT_TRUE(book.json().contains(QStringLiteral("seq")));
    } else {
        EXPECT_EQ(book.status, 404) << book.body.toStdString();
        EXPECT_TRUE(book.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("BTCUSDT")));
    }

    // The stream delivers the full state, then increments from the running publisher.
    QWebSocket stream;
    QList<QJsonObject> messages;
    QObject::connect(&stream, &QWebSocket::textMessageReceived,
                     [&](const QString &t) { messages << QJsonDocument::fromJson(t.toUtf8()).object(); });
    stream.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
    ASSERT_TRUE(waitFor([&] { return messages.size() >= 3; }, 5000));
    EXPECT_TRUE(messages.at(0).value(QStringLiteral("full_update")).toBool());
    EXPECT_FALSE(messages.at(2).value(QStringLiteral("full_update")).toBool());
    EXPECT_GT(messages.at(2).value(QStringLiteral("revision")).toInteger(),
              messages.at(0).value(QStringLiteral("revision")).toInteger());
    stream.close();

    EXPECT_EQ(terminate(), 0) << m_err.toStdString();
}

TEST_F(ApiDaemonTest, RefusesANonLoopbackAddressWithoutTokenAndTls)
{
    startDaemon({QStringLiteral("--set"), QStringLiteral("api.listen=0.0.0.0:0")});
    ASSERT_TRUE(m_process.state() == QProcess::NotRunning || m_process.waitForFinished(10000));
    m_err += m_process.readAllStandardError();
    EXPECT_EQ(m_process.exitCode(), 3) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("API_REFUSED")) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("--insecure-listen"));
}

TEST_F(ApiDaemonTest, InsecureListenOverridesTheRefusal)
{
    const quint16 port = startDaemon(
        {QStringLiteral("--set"), QStringLiteral("api.listen=0.0.0.0:0"), QStringLiteral("--insecure-listen")});
    ASSERT_NE(port, 0) << m_err.toStdString();
    ASSERT_EQ(m_process.state(), QProcess::Running) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("API_INSECURE")) << m_err.toStdString();
    EXPECT_EQ(terminate(), 0);
}

TEST_F(ApiDaemonTest, TokenFileReadableByOthersStopsStartUp)
{
    const QString tokenFile = writeFile(m_home, QStringLiteral("api.token"), "daemon-test-token-abcdef0123\n",
                                        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    startDaemon({QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"), QStringLiteral("--set"),
                 QStringLiteral("api.token_file=") + tokenFile});
    ASSERT_TRUE(m_process.state() == QProcess::NotRunning || m_process.waitForFinished(10000));
    m_err += m_process.readAllStandardError();
    EXPECT_EQ(m_process.exitCode(), 3);
    EXPECT_TRUE(m_err.contains("chmod 600")) << m_err.toStdString();
    EXPECT_FALSE(m_err.contains("daemon-test-token")) << "the token never reaches the log";
}

TEST_F(ApiDaemonTest, TokenProtectsTheDaemonsApi)
{
    const QString tokenFile = writeFile(m_home, QStringLiteral("api.token"), "daemon-test-token-abcdef0123\n");
    const quint16 port = startDaemon({QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                                      QStringLiteral("--set"), QStringLiteral("api.token_file=") + tokenFile});
    ASSERT_NE(port, 0) << m_err.toStdString();
    const QUrl status(QStringLiteral("http://127.0.0.1:%1/api/v1/status").arg(port));
    EXPECT_EQ(httpGet(m_nam, status).status, 401);
    EXPECT_EQ(httpGet(m_nam, status, "daemon-test-token-abcdef0124").status, 403);
    EXPECT_EQ(httpGet(m_nam, status, "daemon-test-token-abcdef0123").status, 200);
    EXPECT_EQ(terminate(), 0);
    EXPECT_FALSE(m_err.contains("daemon-test-token")) << "the token never reaches the log";
}

TEST_F(ApiDaemonTest, ReloadSaysWhenAnApiChangeNeedsARestart)
{
    const QString file = writeFile(m_home, QStringLiteral("daemon.conf"), "[api]\nlisten = 127.0.0.1:0\n");
    const quint16 port = startDaemon({QStringLiteral("--config"), file});
    ASSERT_NE(port, 0) << m_err.toStdString();
    writeFile(m_home, QStringLiteral("daemon.conf"), "[api]\nlisten = 127.0.0.1:0\nrate_limit_per_s = 7\n");
    ::kill(static_cast<pid_t>(m_process.processId()), SIGHUP);
    ASSERT_TRUE(waitFor(
        [&] {
            m_err += m_process.readAllStandardError();
            return m_err.contains("RELOADED");
        },
        5000))
        << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("api.rate_limit_per_s changed")) << m_err.toStdString();
    // The API keeps serving on its port.
    EXPECT_EQ(httpGet(m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))).status, 200);
    EXPECT_EQ(terminate(), 0);
}

namespace {

QStringList marketSymbols(QNetworkAccessManager &nam, quint16 port)
{
    const HttpReply status = httpGet(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/status").arg(port)));
    QStringList out;
    for (const QJsonValue &v :
         status.json().value(QStringLiteral("markets")).toObject().value(QStringLiteral("symbols")).toArray())
        out << v.toString();
    return out;
}

} // namespace

TEST_F(ApiDaemonTest, SighupAppliesAChangedSymbolSetInTheSameProcess)
{
    // The waits below poll faster than the default per-client limit allows.
    const QByteArray api = "[api]\nlisten = 127.0.0.1:0\nrate_limit_per_s = 10000\n";
    const QString file =
        writeFile(m_home, QStringLiteral("daemon.conf"), api + "[exchange]\nsymbols = BTCUSDT,ETHUSDT,SOLUSDT\n");
    const quint16 port = startDaemon({QStringLiteral("--config"), file});
    ASSERT_NE(port, 0) << m_err.toStdString();
    const qint64 pid = m_process.processId();
    const QStringList before{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
    ASSERT_TRUE(waitFor([&] { return marketSymbols(m_nam, port) == before; }, 15000))
        << marketSymbols(m_nam, port).join(u',').toStdString() << "\n"
        << m_err.toStdString();

    writeFile(m_home, QStringLiteral("daemon.conf"), api + "[exchange]\nsymbols = BTCUSDT,ETHUSDT,XRPUSDT\n");
    ::kill(static_cast<pid_t>(pid), SIGHUP);
    const QStringList after{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("XRPUSDT")};
    EXPECT_TRUE(waitFor([&] { return marketSymbols(m_nam, port) == after; }, 15000))
        << marketSymbols(m_nam, port).join(u',').toStdString() << "\n"
        << m_err.toStdString();
    m_err += m_process.readAllStandardError();
    EXPECT_TRUE(m_err.contains("SYMBOLS_CHANGED")) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("added: XRPUSDT; removed: SOLUSDT")) << m_err.toStdString();
    EXPECT_FALSE(m_err.contains("exchange.symbols changed")) << "a symbol change needs no restart";
    EXPECT_EQ(m_process.processId(), pid);
    EXPECT_EQ(m_process.state(), QProcess::Running);

    // The streams of the new set become live again: the daemon is ready with it.
    EXPECT_TRUE(waitFor(
        [&] { return httpGet(m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1/ready").arg(port))).status == 200; },
        15000))
        << httpGet(m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1/ready").arg(port))).body.toStdString();

    // An invalid file on reload is rejected and the running set stays.
    writeFile(m_home, QStringLiteral("daemon.conf"), api + "[exchange]\nsymbols = btc usdt!\n");
    ::kill(static_cast<pid_t>(pid), SIGHUP);
    ASSERT_TRUE(waitFor(
        [&] {
            m_err += m_process.readAllStandardError();
            return m_err.contains("RELOAD_REJECTED");
        },
        5000))
        << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("exchange.symbols")) << m_err.toStdString();
    EXPECT_EQ(marketSymbols(m_nam, port).join(u','), after.join(u','));
    EXPECT_EQ(m_process.state(), QProcess::Running);
    EXPECT_EQ(terminate(), 0) << m_err.toStdString();
}

TEST_F(ApiDaemonTest, NoSecretAppearsInAnyResponseOrTheLog)
{
    const QByteArray key = "KEYdaemonsecret0123";
    const QByteArray secret = "SECRETdaemonsecret4567";
    const QByteArray token = "daemon-test-token-abcdef0123";
    const QString tokenFile = writeFile(m_home, QStringLiteral("api.token"), token + "\n");
    const QString file =
        writeFile(m_home, QStringLiteral("daemon.conf"),
                  "[api]\nlisten = 127.0.0.1:0\nrate_limit_per_s = 10000\ntoken_file = " + tokenFile.toUtf8() +
                      "\n[exchange]\nsymbols = BTCUSDT,ETHUSDT\napi_key = " + key + "\napi_secret = " + secret + "\n");
    const quint16 port = startDaemon({QStringLiteral("--config"), file});
    ASSERT_NE(port, 0) << m_err.toStdString();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    ASSERT_TRUE(waitFor([&] { return httpGet(m_nam, QUrl(base + QStringLiteral("/ready"))).status == 200; }, 15000));

    QByteArray everything;
    for (const char *path : {"/health", "/ready", "/metrics", "/api/v1/status", "/api/v1/connections",
                             "/api/v1/timeouts?since=0", "/api/v1/warnings", "/api/v1/signals",
                             "/api/v1/orderbook/BTCUSDT", "/api/v1/candles/BTCUSDT", "/api/v1/nothing"}) {
        const HttpReply r = httpGet(m_nam, QUrl(base + QLatin1String(path)), token);
        EXPECT_LT(r.status, 500) << path << ": " << r.body.toStdString();
        everything += r.body;
        for (const auto &header : r.headers)
            everything += header.first + ": " + header.second + "\n";
    }
    QWebSocket stream;
    QByteArray streamed;
    QObject::connect(&stream, &QWebSocket::textMessageReceived, [&](const QString &t) { streamed += t.toUtf8(); });
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + token);
    stream.open(request);
    ASSERT_TRUE(waitFor([&] { return streamed.size() > 100; }, 5000));
    stream.close();
    everything += streamed;

    EXPECT_GT(everything.size(), 1000);
    for (const QByteArray &s : {key, secret, token})
        EXPECT_FALSE(everything.contains(s)) << s.toStdString() << " appeared in a response";
    EXPECT_EQ(terminate(), 0);
    for (const QByteArray &s : {key, secret, token})
        EXPECT_FALSE(m_err.contains(s)) << s.toStdString() << " appeared in the log";
}

TEST_F(ApiDaemonTest, OneHostileGetDoesNotKillTheDaemon)
{
    // Before: this request, with no token needed, ended the daemon with std::bad_alloc (exit 134).
    const quint16 port = startDaemon({QStringLiteral("--set"), QStringLiteral("store.enabled=false"),
                                      QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0")});
    ASSERT_NE(port, 0) << m_err.toStdString();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    // The journal must be attached for the histogram to reach its computation: wait for the feed.
    ASSERT_TRUE(
        waitFor([&] { return httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/timeouts/histogram"))).status == 200; },
                15000));
    for (const char *query : {"since=9223372036854775807", "since=-9223372036854775808", "until=9223372036854775807",
                              "since=1&until=9223372036854775807&bucket_ms=60000", "bucket_ms=-1"}) {
        const HttpReply r =
            httpGet(m_nam, QUrl(base + QStringLiteral("/api/v1/timeouts/histogram?") + QLatin1String(query)));
        EXPECT_EQ(r.status, 400) << query << ": " << r.body.toStdString();
        EXPECT_FALSE(r.json().value(QStringLiteral("error")).toString().isEmpty()) << query;
    }
    EXPECT_EQ(httpGet(m_nam, QUrl(base + QStringLiteral("/health"))).status, 200);
    EXPECT_EQ(m_process.state(), QProcess::Running);
    EXPECT_EQ(terminate(), 0) << m_err.toStdString();
}

TEST_F(ApiDaemonTest, ATlsKeyOfAnotherCertificateStopsTheDaemonWithExit3)
{
    QTemporaryDir one, two;
    QString certOne, keyOne, certTwo, keyTwo;
    if (!makeTestCertificate(one, &certOne, &keyOne) || !makeTestCertificate(two, &certTwo, &keyTwo))
        GTEST_SKIP() << "openssl is not available to make test certificates";
    // Before: the daemon logged that it was ready, and then every TLS handshake failed.
    m_process.setProcessEnvironment(m_env);
    m_process.start(QStringLiteral(VIRTUOSO_BINARY),
                    {QStringLiteral("--daemon"), QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                     QStringLiteral("--set"), QStringLiteral("api.tls_cert=") + certOne, QStringLiteral("--set"),
                     QStringLiteral("api.tls_key=") + keyTwo, QStringLiteral("--set"),
                     QStringLiteral("logging.target=stderr")});
    ASSERT_TRUE(m_process.waitForFinished(30000));
    m_err += m_process.readAllStandardError();
    EXPECT_EQ(m_process.exitCode(), 3) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("does not belong")) << m_err.toStdString();
    EXPECT_FALSE(m_err.contains("DAEMON_READY"));
}
