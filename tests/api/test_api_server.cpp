// The monitoring API over real loopback sockets: every endpoint, tokens, TLS, limits, the stream.
#include "ApiServerFixture.h"
#include "ApiTestSupport.h"
#include "TestSupport.h"

#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "base/JsonMergePatch.h"
#include "base/config/Config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <random>

using namespace virtuoso;
using namespace virtuoso::api;
using namespace virtuoso::test;

TEST_F(ApiServerTest, HealthIsMeasuredEachTime)
{
    start();
    HttpReply r = get(QStringLiteral("/health"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.json().value(QStringLiteral("heartbeat_lag_ms")).toInteger(), 7);

    core.lagMs = 4500; // an event loop stopped answering
    r = get(QStringLiteral("/health"));
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("unresponsive"));
    EXPECT_EQ(r.json().value(QStringLiteral("heartbeat_lag_ms")).toInteger(), 4500);
    EXPECT_TRUE(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("4500 ms")));

    core.lagMs = 3;
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
    core.running = false;
    EXPECT_EQ(get(QStringLiteral("/health")).status, 503);
}

TEST_F(ApiServerTest, ReadyExplainsWhyNot)
{
    start();
    HttpReply r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 503);
    EXPECT_FALSE(r.json().value(QStringLiteral("ready")).toBool());
    EXPECT_TRUE(
        r.json().value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("no snapshot")));

    publish(5);
    r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 503);
    EXPECT_TRUE(
        r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("no connection status yet")));

    clock.advanceMs(10'000); // the engine stopped publishing
    r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 503);
    EXPECT_TRUE(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("10000 ms ago")))
        << r.body.toStdString();
}

TEST_F(ApiServerTest, ReadyWhenEveryStreamIsLiveAndFresh)
{
    start();
    publishMarket(1, health::ConnectionState::Live);
    HttpReply r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_TRUE(r.json().value(QStringLiteral("ready")).toBool());

    publishMarket(2, health::ConnectionState::Live, 2);
    r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 503);
    EXPECT_TRUE(
        r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("conn_0: 2 of 6 topics stale")))
        << r.body.toStdString();

    publishMarket(3, health::ConnectionState::Backoff, 0, false);
    r = get(QStringLiteral("/ready"));
    EXPECT_EQ(r.status, 503);
    const QString error = r.json().value(QStringLiteral("error")).toString();
    EXPECT_TRUE(error.contains(QStringLiteral("conn_0 is backoff: pong timeout"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no valid order book yet for ETHUSDT"))) << error.toStdString();
}

TEST_F(ApiServerTest, ConnectionsAndStatusComeFromTheSnapshot)
{
    start();
    publishMarket(4, health::ConnectionState::Live);
    HttpReply r = get(QStringLiteral("/api/v1/connections"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject conn =
        r.json().value(QStringLiteral("connections")).toObject().value(QStringLiteral("conn_0")).toObject();
    EXPECT_EQ(conn.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    EXPECT_EQ(conn.value(QStringLiteral("topics_live")).toInt(), 6);
    EXPECT_EQ(conn.value(QStringLiteral("frames_received")).toInteger(), 40);

    r = get(QStringLiteral("/api/v1/status"));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QStringLiteral("connections")).toObject().value(QStringLiteral("live")).toInt(), 1);
    EXPECT_EQ(r.json().value(QStringLiteral("markets")).toObject().value(QStringLiteral("valid_books")).toInt(), 2);
    EXPECT_TRUE(r.json().value(QStringLiteral("ready")).toBool());
}

TEST_F(ApiServerTest, MetricsArePrometheusText)
{
    start();
    publish(42);
    clock.advanceMs(1500);
    const HttpReply r = get(QStringLiteral("/metrics"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    EXPECT_TRUE(r.body.contains("\nvirtuoso_snapshot_revision 42\n")) << r.body.toStdString();
    EXPECT_TRUE(r.body.contains("\nvirtuoso_snapshot_age_seconds 1.5\n"));
    EXPECT_TRUE(r.body.contains("virtuoso_up 1\n"));
    EXPECT_TRUE(r.body.contains("\nvirtuoso_heartbeat_lag_seconds 0.007\n"));
    EXPECT_TRUE(r.body.contains("# TYPE process_resident_memory_bytes gauge"));
    // Responses are counted by status: the 404 and the three 200s before this one.
    get(QStringLiteral("/api/v1/nowhere"));
    get(QStringLiteral("/health"));
    get(QStringLiteral("/health"));
    const QByteArray after = get(QStringLiteral("/metrics")).body;
    EXPECT_TRUE(after.contains("\nvirtuoso_api_responses_total{code=\"404\"} 1\n")) << after.toStdString();
    EXPECT_TRUE(after.contains("\nvirtuoso_api_responses_total{code=\"200\"} 3\n")) << after.toStdString();
    // Every sample line is "name{labels} value".
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        ASSERT_EQ(parts.size(), 2) << line.toStdString();
        bool ok = false;
        parts.at(1).toDouble(&ok);
        EXPECT_TRUE(ok) << line.toStdString();
    }
}

TEST_F(ApiServerTest, StatusReportsTheSnapshot)
{
    start();
    publish(9, QStringLiteral("bybit: wss://example.invalid/v5/public/linear"));
    const HttpReply r = get(QStringLiteral("/api/v1/status"));
    ASSERT_EQ(r.status, 200);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("revision")).toInteger(), 9);
    EXPECT_EQ(o.value(QStringLiteral("data_source")).toString(),
              QStringLiteral("bybit: wss://example.invalid/v5/public/linear"));
    EXPECT_TRUE(o.value(QStringLiteral("healthy")).toBool());
    EXPECT_FALSE(o.value(QStringLiteral("ready")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("version")).toString(), QStringLiteral(VIRTUOSO_VERSION));
}

TEST_F(ApiServerTest, PartsNotRunningYetSay503WithAReason)
{
    start();
    publish(1);
    for (const QString &path :
         {QStringLiteral("/api/v1/connections"), QStringLiteral("/api/v1/signals"),
          QStringLiteral("/api/v1/signals/BTCUSDT"), QStringLiteral("/api/v1/warnings"),
          QStringLiteral("/api/v1/timeouts?since=0"), QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5"),
          QStringLiteral("/api/v1/candles/BTCUSDT?interval=5")}) {
        const HttpReply r = get(path);
        EXPECT_EQ(r.status, 503) << path.toStdString();
        EXPECT_TRUE(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("not")))
            << path.toStdString() << r.body.toStdString();
    }
}

TEST_F(ApiServerTest, BadParametersAre400)
{
    start();
    for (const QString &path :
         {QStringLiteral("/api/v1/orderbook/btc-usdt"), QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=0"),
          QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=abc"), QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5000"),
          QStringLiteral("/api/v1/timeouts?since=yesterday"), QStringLiteral("/api/v1/timeouts?limit=0"),
          QStringLiteral("/api/v1/signals/x"), QStringLiteral("/api/v1/candles/btc-usdt"),
          QStringLiteral("/api/v1/candles/BTCUSDT?interval=7"), QStringLiteral("/api/v1/candles/BTCUSDT?interval=1m"),
          QStringLiteral("/api/v1/candles/BTCUSDT?limit=0"), QStringLiteral("/api/v1/candles/BTCUSDT?limit=1501")}) {
        const HttpReply r = get(path);
        EXPECT_EQ(r.status, 400) << path.toStdString();
        EXPECT_FALSE(r.json().value(QStringLiteral("error")).toString().isEmpty());
    }
}

TEST_F(ApiServerTest, UnknownPathIs404AndWrongMethod405)
{
    start();
    HttpReply r = get(QStringLiteral("/api/v2/status"));
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toInt(), 404);
    r = get(QStringLiteral("/api/v1/status"), {}, "DELETE");
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.header("Allow"), "GET, HEAD");
    r = get(QStringLiteral("/api/v1/stream"));
    EXPECT_EQ(r.status, 426);
}

// Every refusal, whatever produced it, is a JSON object naming the error and its status.
TEST_F(ApiServerTest, EveryErrorStatusIsAJsonBodyWithTheReason)
{
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    s.rateLimitPerSecond = 20;
    start(std::move(s));
    const auto expectJsonError = [](const HttpReply &r, int status, const char *what) {
        EXPECT_EQ(r.status, status) << what;
        EXPECT_TRUE(r.header("Content-Type").startsWith("application/json"))
            << what << ": " << r.header("Content-Type").toStdString();
        EXPECT_EQ(r.json().value(QStringLiteral("status")).toInt(), status) << what << ": " << r.body.toStdString();
        EXPECT_FALSE(r.json().value(QStringLiteral("error")).toString().isEmpty())
            << what << ": " << r.body.toStdString();
    };
    expectJsonError(get(QStringLiteral("/api/v1/timeouts?since=yesterday"), kToken), 400, "bad parameter");
    expectJsonError(get(QStringLiteral("/api/v1/status")), 401, "missing token");
    expectJsonError(get(QStringLiteral("/api/v1/status"), "test-token-0123456789abcdeX"), 403, "wrong token");
    expectJsonError(get(QStringLiteral("/api/v2/status"), kToken), 404, "unknown path");
    expectJsonError(get(QStringLiteral("/api/v1/status"), kToken, "DELETE"), 405, "wrong method");

    // 413 and 400 from the parser: raw bytes, before any routing or authentication.
    for (const QByteArray &raw :
         {QByteArray("POST /api/v1/status HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\n\r\n"),
          QByteArray("GARBAGE\r\n\r\n")}) {
        const QByteArray reply = rawExchange(api->port(), raw);
        const qsizetype bodyAt = reply.indexOf("\r\n\r\n");
        ASSERT_GT(bodyAt, 0) << reply.toStdString();
        const int status = reply.mid(9, 3).toInt();
        EXPECT_TRUE(status == 413 || status == 400) << reply.toStdString();
        EXPECT_TRUE(reply.left(bodyAt).toLower().contains("content-type: application/json")) << reply.toStdString();
        const QJsonObject body = QJsonDocument::fromJson(reply.mid(bodyAt + 4)).object();
        EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), status) << reply.toStdString();
        EXPECT_FALSE(body.value(QStringLiteral("error")).toString().isEmpty()) << reply.toStdString();
    }

    HttpReply limited;
    for (int i = 0; i < 40 && limited.status != 429; ++i)
        limited = get(QStringLiteral("/health"));
    expectJsonError(limited, 429, "over the rate");
}

TEST_F(ApiServerTest, HeadHasHeadersButNoBody)
{
    start();
    const QByteArray reply = rawExchange(api->port(), "HEAD /health HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200 OK\r\n")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("Content-Length: "));
    EXPECT_TRUE(reply.endsWith("\r\n\r\n"));
}

TEST_F(ApiServerTest, TokenGuardsEverythingButProbes)
{
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    start(std::move(s));

    HttpReply r = get(QStringLiteral("/api/v1/status"));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.header("WWW-Authenticate"), "Bearer realm=\"virtuoso\"");
    r = get(QStringLiteral("/api/v1/status"), "test-token-0123456789abcdeX");
    EXPECT_EQ(r.status, 403);
    EXPECT_FALSE(r.body.contains("test-token")) << "a response never echoes a token";
    EXPECT_EQ(get(QStringLiteral("/metrics")).status, 401);
    EXPECT_EQ(get(QStringLiteral("/api/v1/nothing")).status, 401) << "no endpoint discovery without a token";

    EXPECT_EQ(get(QStringLiteral("/api/v1/status"), kToken).status, 200);
    EXPECT_EQ(get(QStringLiteral("/metrics"), kToken).status, 200);
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200) << "probes stay open";
    EXPECT_EQ(get(QStringLiteral("/ready")).status, 503) << "probes stay open";

    const HttpReply metrics = get(QStringLiteral("/metrics"), kToken);
    EXPECT_FALSE(metrics.body.contains(kToken));
}

TEST_F(ApiServerTest, StreamRefusesAMissingOrWrongToken)
{
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    start(std::move(s));
    publish(1);

    StreamClient anonymous{QNetworkRequest(url(QStringLiteral("/api/v1/stream"), true))};
    ASSERT_TRUE(waitFor([&] { return anonymous.closed || anonymous.connected; }, 5000));
    EXPECT_FALSE(anonymous.connected);

    QNetworkRequest wrong(url(QStringLiteral("/api/v1/stream"), true));
    wrong.setRawHeader("Authorization", "Bearer nope-nope-nope-nope-nope");
    StreamClient intruder{wrong};
    ASSERT_TRUE(waitFor([&] { return intruder.closed || intruder.connected; }, 5000));
    EXPECT_FALSE(intruder.connected);

    QNetworkRequest right(url(QStringLiteral("/api/v1/stream"), true));
    right.setRawHeader("Authorization", "Bearer " + kToken);
    StreamClient member{right};
    ASSERT_TRUE(waitFor([&] { return !member.messages.isEmpty(); }, 5000));
    EXPECT_TRUE(member.messages.first().value(QStringLiteral("full_update")).toBool());
}

TEST_F(ApiServerTest, ServesHttpsWithAConfiguredCertificate)
{
    QTemporaryDir dir;
    QString certPath, keyPath;
    if (!makeTestCertificate(dir, &certPath, &keyPath))
        GTEST_SKIP() << "the openssl command is not available";
    QFile certFile(certPath);
    ASSERT_TRUE(certFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certFile.readAll());
    const QString tokenPath = writeFile(dir, QStringLiteral("api.token"), kToken + '\n');

    // Through the configuration, as the daemon does it: cert, key and token files.
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = {QStringLiteral("api.listen=127.0.0.1:0"), QStringLiteral("api.tls_cert=") + certPath,
                         QStringLiteral("api.tls_key=") + keyPath, QStringLiteral("api.token_file=") + tokenPath};
    const Config::LoadResult loaded = Config::load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    ApiSettings::Result settings = ApiSettings::fromConfig(loaded.config, false);
    ASSERT_TRUE(settings.settings) << settings.error.toStdString();
    ASSERT_TRUE(settings.settings->server.tls);
    start(std::move(*settings.settings));
    publish(3);

    // A client that does not trust the certificate gets no answer. (Asked first: a resumed TLS
    // session of a trusting client would skip verification.)
    QNetworkAccessManager untrusting;
    HttpReply r = httpGet(untrusting, url(QStringLiteral("/health")), {}, QSslConfiguration::defaultConfiguration());
    EXPECT_EQ(r.status, 0);
    EXPECT_FALSE(r.networkError.isEmpty());

    // The client trusts exactly the test certificate: verification really happens.
    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setCaCertificates(certs);
    m_clientTls = clientTls;
    r = get(QStringLiteral("/api/v1/status"), kToken);
    EXPECT_EQ(r.status, 200) << r.networkError.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("revision")).toInteger(), 3);

    // Plain HTTP to the TLS port gets nothing either.
    const QByteArray plain = rawExchange(api->port(), "GET /health HTTP/1.1\r\nHost: a\r\n\r\n", 3000);
    EXPECT_FALSE(plain.startsWith("HTTP/1.1 200"));

    // WSS with the token.
    QNetworkRequest wss(url(QStringLiteral("/api/v1/stream"), true));
    wss.setRawHeader("Authorization", "Bearer " + kToken);
    StreamClient stream{wss, clientTls};
    ASSERT_TRUE(waitFor([&] { return !stream.messages.isEmpty() || stream.closed; }, 5000));
    ASSERT_FALSE(stream.messages.isEmpty());
    EXPECT_EQ(stream.messages.first().value(QStringLiteral("revision")).toInteger(), 3);
}

TEST_F(ApiServerTest, OversizedRequestsAre413)
{
    start();
    QByteArray reply =
        rawExchange(api->port(), "POST /api/v1/status HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\n\r\n");
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 413 ")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("\"error\""));
    EXPECT_TRUE(reply.contains("Connection: close"));

    reply =
        rawExchange(api->port(), "GET /health HTTP/1.1\r\nHost: a\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n");
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 413 ")) << reply.left(200).toStdString();

    // The server carries on.
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
}

TEST_F(ApiServerTest, RateLimitAnswers429WithRetryAfter)
{
    ApiSettings s = defaultSettings();
    s.rateLimitPerSecond = 5;
    start(std::move(s));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(get(QStringLiteral("/health")).status, 200) << i;
    const HttpReply limited = get(QStringLiteral("/health"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), "1");
    clock.advanceMs(1000);
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
}

TEST_F(ApiServerTest, KeepAliveAndPipelinedRequestsAnswerInOrder)
{
    start();
    const QByteArray reply =
        rawExchange(api->port(), "GET /health HTTP/1.1\r\nHost: a\r\n\r\nGET /nope HTTP/1.1\r\nHost: a\r\n\r\n"
                                 "GET /ready HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    const qsizetype first = reply.indexOf("HTTP/1.1 200");
    const qsizetype second = reply.indexOf("HTTP/1.1 404");
    const qsizetype third = reply.indexOf("HTTP/1.1 503");
    EXPECT_EQ(first, 0) << reply.toStdString();
    EXPECT_GT(second, first);
    EXPECT_GT(third, second);
}

TEST_F(ApiServerTest, MalformedRequestsGet400AndTheServerStays)
{
    start();
    const QByteArray reply = rawExchange(api->port(), "BLAH\x01\x02 nonsense\r\n\r\n");
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 400 ")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("\"error\""));

    // Seeded random bytes over real sockets, then a client that leaves mid-request.
    std::mt19937 rng(99);
    for (int i = 0; i < 200; ++i) {
        QByteArray junk(static_cast<qsizetype>(rng() % 600), '\0');
        for (char &c : junk)
            c = static_cast<char>(rng() % 256);
        if (i % 2 == 0)
            junk.prepend("GET /");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, api->port());
        ASSERT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000));
        socket.write(junk);
        waitFor([&] { return socket.bytesToWrite() == 0; }, 1000);
        socket.abort();
    }
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
}

TEST_F(ApiServerTest, TenThousandRandomRequestsThroughTheHandler)
{
    ApiSettings s = defaultSettings();
    s.token = BearerToken::fromValue(kToken);
    start(std::move(s));
    publish(1);
    std::mt19937 rng(1234);
    const QStringList paths = {QStringLiteral("/health"),
                               QStringLiteral("/ready"),
                               QStringLiteral("/metrics"),
                               QStringLiteral("/api/v1/status"),
                               QStringLiteral("/api/v1/orderbook/BTCUSDT"),
                               QStringLiteral("/api/v1/candles/BTCUSDT"),
                               QStringLiteral("/api/v1/signals/"),
                               QStringLiteral("/api/v1/timeouts"),
                               QStringLiteral("/api/v1/stream"),
                               QStringLiteral("/"),
                               QStringLiteral("//..//")};
    const QList<QByteArray> methods = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "X"};
    int ok = 0;
    for (int i = 0; i < 10000; ++i) {
        HttpRequest req;
        req.method = methods.at(static_cast<int>(rng() % methods.size()));
        req.path = paths.at(static_cast<int>(rng() % paths.size()));
        for (int k = static_cast<int>(rng() % 3); k > 0; --k)
            req.path += QChar(static_cast<char16_t>(rng() % 0x3000));
        req.query.addQueryItem(QStringLiteral("depth"), QString::number(static_cast<int>(rng() % 3000) - 1000));
        req.query.addQueryItem(QStringLiteral("since"), QString::number(static_cast<qint64>(rng()) - 100));
        req.peer = QHostAddress(static_cast<quint32>(rng()));
        if (rng() % 2)
            req.headers.append({"authorization", rng() % 2 ? "Bearer " + kToken : QByteArray("Bearer x")});
        const HttpResponse r = api->handle(req);
        ASSERT_GE(r.status, 200);
        ASSERT_LT(r.status, 600);
        if (r.status >= 400) {
            ASSERT_TRUE(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("error")))
                << r.body.toStdString();
        }
        ASSERT_FALSE(r.body.contains(kToken));
        ok += r.status == 200;
    }
    EXPECT_GT(ok, 20);
}

TEST_F(ApiServerTest, StreamSendsSnapshotThenIncrementsAndResumes)
{
    start();
    publish(1);
    StreamClient first{QNetworkRequest(url(QStringLiteral("/api/v1/stream"), true))};
    ASSERT_TRUE(waitFor([&] { return !first.messages.isEmpty(); }, 5000));
    const QJsonObject hello = first.messages.first();
    EXPECT_TRUE(hello.value(QStringLiteral("full_update")).toBool());
    EXPECT_EQ(hello.value(QStringLiteral("revision")).toInteger(), 1);
    QJsonObject state = hello.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(state.value(QStringLiteral("data_source")).toString(), QStringLiteral("embedded simulator"));
    const QString instance = hello.value(QStringLiteral("instance")).toString();
    EXPECT_FALSE(instance.isEmpty());
    EXPECT_EQ(api->streamSubscribers(), 1);

    clock.advanceMs(100);
    publish(2);
    clock.advanceMs(100);
    publish(3, QStringLiteral("bybit: wss://example.invalid"));
    ASSERT_TRUE(waitFor([&] { return first.messages.size() >= 3; }, 5000));
    for (int i = 1; i < 3; ++i) {
        const QJsonObject m = first.messages.at(i);
        EXPECT_FALSE(m.value(QStringLiteral("full_update")).toBool());
        EXPECT_EQ(m.value(QStringLiteral("base_revision")).toInteger(), i);
        EXPECT_EQ(m.value(QStringLiteral("revision")).toInteger(), i + 1);
        EXPECT_FALSE(m.value(QStringLiteral("data")).toObject().contains(QStringLiteral("data_source")) && i == 1)
            << "an increment carries only what changed";
        state = merge_patch::apply(state, m.value(QStringLiteral("data")).toObject());
    }
    EXPECT_EQ(state.value(QStringLiteral("revision")).toInteger(), 3);
    EXPECT_EQ(state.value(QStringLiteral("data_source")).toString(), QStringLiteral("bybit: wss://example.invalid"));

    // Reconnect from revision 2 of this instance: only the difference to 3 arrives.
    first.socket.close();
    QUrl resumeUrl = url(QStringLiteral("/api/v1/stream"), true);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since_revision"), QStringLiteral("2"));
    q.addQueryItem(QStringLiteral("instance"), instance);
    resumeUrl.setQuery(q);
    StreamClient resumed{QNetworkRequest{resumeUrl}};
    ASSERT_TRUE(waitFor([&] { return !resumed.messages.isEmpty(); }, 5000));
    EXPECT_FALSE(resumed.messages.first().value(QStringLiteral("full_update")).toBool());
    EXPECT_EQ(resumed.messages.first().value(QStringLiteral("base_revision")).toInteger(), 2);
    EXPECT_EQ(resumed.messages.first().value(QStringLiteral("revision")).toInteger(), 3);

    // A revision of another process instance is never patched: full state instead.
    q.removeQueryItem(QStringLiteral("instance"));
    q.addQueryItem(QStringLiteral("instance"), QStringLiteral("another-process"));
    resumeUrl.setQuery(q);
    StreamClient stranger{QNetworkRequest{resumeUrl}};
    ASSERT_TRUE(waitFor([&] { return !stranger.messages.isEmpty(); }, 5000));
    EXPECT_TRUE(stranger.messages.first().value(QStringLiteral("full_update")).toBool());
    EXPECT_EQ(stranger.messages.first().value(QStringLiteral("data")).toObject(), state);
}

TEST_F(ApiServerTest, StreamIncrementsCarryOnlyChangedMarketFields)
{
    start();
    publishMarket(1, health::ConnectionState::Live);
    StreamClient client{QNetworkRequest(url(QStringLiteral("/api/v1/stream"), true))};
    ASSERT_TRUE(waitFor([&] { return !client.messages.isEmpty(); }, 5000));
    const QJsonObject full = client.messages.first().value(QStringLiteral("data")).toObject();
    EXPECT_EQ(full.value(QStringLiteral("markets"))
                  .toObject()
                  .value(QStringLiteral("BTCUSDT"))
                  .toObject()
                  .value(QStringLiteral("last_price")),
              QStringLiteral("101"));
    EXPECT_EQ(full.value(QStringLiteral("timeouts"))
                  .toObject()
                  .value(QStringLiteral("7"))
                  .toObject()
                  .value(QStringLiteral("kind")),
              QStringLiteral("PONG_TIMEOUT"));

    publishMarket(2, health::ConnectionState::Live);
    ASSERT_TRUE(waitFor([&] { return client.messages.size() >= 2; }, 5000));
    const QJsonObject patch = client.messages.at(1).value(QStringLiteral("data")).toObject();
    const QJsonObject btc =
        patch.value(QStringLiteral("markets")).toObject().value(QStringLiteral("BTCUSDT")).toObject();
    EXPECT_EQ(btc, (QJsonObject{{QStringLiteral("last_price"), QStringLiteral("102")}})) << "only the price moved";
    EXPECT_FALSE(patch.contains(QStringLiteral("timeouts")));
    EXPECT_EQ(merge_patch::apply(full, patch).value(QStringLiteral("revision")).toInteger(), 2);
}

TEST_F(ApiServerTest, ConnectionsOverTheCapAre503)
{
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 2;
    s.server.reservedConnections = 0;
    start(std::move(s));
    // Both in the middle of a request: neither is idle, so neither makes room.
    QTcpSocket a, b;
    a.connectToHost(QHostAddress::LocalHost, api->port());
    b.connectToHost(QHostAddress::LocalHost, api->port());
    a.write("GET /health HTTP/1.1\r\n");
    b.write("GET /health HTTP/1.1\r\n");
    ASSERT_TRUE(waitFor([&] { return api->openConnections() == 2; }, 5000));
    const QByteArray third = rawExchange(api->port(), "GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
    EXPECT_TRUE(third.startsWith("HTTP/1.1 503 ")) << third.toStdString();
    a.abort();
    ASSERT_TRUE(waitFor([&] { return api->openConnections() < 2; }, 5000));
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
}

TEST_F(ApiServerTest, IdleConnectionsAreClosedAfterTheDeadline)
{
    ApiSettings s = defaultSettings();
    s.server.idleTimeoutMs = 200;
    start(std::move(s));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(waitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 5000));
    slow.write("GET /health HTTP/1.1\r\nX-Slow: "); // never finishes its headers
    EXPECT_TRUE(waitFor([&] { return slow.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

TEST_F(ApiServerTest, WebSocketUpgradeElsewhereIs404)
{
    start();
    StreamClient lost{QNetworkRequest(url(QStringLiteral("/api/v1/elsewhere"), true))};
    ASSERT_TRUE(waitFor([&] { return lost.closed || lost.connected; }, 5000));
    EXPECT_FALSE(lost.connected);
}
