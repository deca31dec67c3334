// The sockets-free parts of the monitoring API: request parsing, routing, rate limiting, tokens,
// merge patches, and a seeded storm of malformed requests through parser and handler.
#include "api/ApiSettings.h"
#include "base/Clock.h"
#include "base/JsonMergePatch.h"
#include "base/config/Config.h"
#include "base/http/BearerToken.h"
#include "base/http/ClientAddress.h"
#include "base/http/ClientRateLimiter.h"
#include "base/http/HttpRequestParser.h"
#include "base/http/HttpRouter.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace virtuoso;
using namespace virtuoso::api;
using Kind = HttpRequestParser::Result::Kind;

namespace {

HttpRequestParser::Result parse(const QByteArray &data, qint64 maxBytes = 65536)
{
    HttpRequestParser::Limits limits;
    limits.maxRequestBytes = maxBytes;
    return HttpRequestParser::parse(data, limits);
}

} // namespace

TEST(HttpRequestParser, ParsesRequestLineHeadersAndQuery)
{
    const auto r = parse("GET /api/v1/orderbook/BTCUSDT?depth=5&x=a%20b HTTP/1.1\r\nHost: x\r\n"
                         "Authorization:  Bearer abc  \r\n\r\nNEXT");
    ASSERT_EQ(r.kind, Kind::Complete);
    EXPECT_EQ(r.request.method, "GET");
    EXPECT_EQ(r.request.path, QStringLiteral("/api/v1/orderbook/BTCUSDT"));
    EXPECT_EQ(r.request.query.queryItemValue(QStringLiteral("depth")), QStringLiteral("5"));
    EXPECT_EQ(r.request.header("authorization"), "Bearer abc");
    EXPECT_TRUE(r.request.keepAlive);
    EXPECT_EQ(r.consumed, qsizetype(QByteArray("GET /api/v1/orderbook/BTCUSDT?depth=5&x=a%20b HTTP/1.1\r\nHost: x\r\n"
                                               "Authorization:  Bearer abc  \r\n\r\n")
                                        .size()));
}

TEST(HttpRequestParser, WaitsForTheRestOfHeadersAndBody)
{
    EXPECT_EQ(parse("GET /health HTTP/1.1\r\nHost").kind, Kind::Incomplete);
    EXPECT_EQ(parse("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345").kind, Kind::Incomplete);
    const auto r = parse("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n12345");
    ASSERT_EQ(r.kind, Kind::Complete);
    EXPECT_EQ(r.request.body, "12345");
}

TEST(HttpRequestParser, KeepAliveFollowsVersionAndConnectionHeader)
{
    EXPECT_FALSE(parse("GET / HTTP/1.0\r\n\r\n").request.keepAlive);
    EXPECT_TRUE(parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").request.keepAlive);
    EXPECT_FALSE(parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").request.keepAlive);
}

TEST(HttpRequestParser, RejectsMalformedRequestsWithAReason)
{
    const std::vector<std::pair<QByteArray, int>> cases = {
        {"GET\r\n\r\n", 400},
        {"GET /a HTTP/1.1 extra\r\n\r\n", 400},
        {"GET a HTTP/1.1\r\n\r\n", 400},
        {"GET /a HTTP/2.0\r\n\r\n", 505},
        {"GET /a FTP/1.0\r\n\r\n", 400},
        {"G(T /a HTTP/1.1\r\n\r\n", 400},
        {"GET /a HTTP/1.1\r\nNo colon here\r\n\r\n", 400},
        {"GET /a HTTP/1.1\r\n folded: x\r\n\r\n", 400},
        {"GET /a HTTP/1.1\r\nX: a\x01b\r\n\r\n", 400},
        {"POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400},
        {"POST /a HTTP/1.1\r\nContent-Length: 12x\r\n\r\n", 400},
        {"POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
        {"POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 400},
        {"GET /a%00b HTTP/1.1\r\n\r\n", 400},
        {"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400}, // a TLS ClientHello on a plain port
    };
    for (const auto &[request, status] : cases) {
        const auto r = parse(request);
        EXPECT_EQ(r.kind, Kind::Error) << request.toStdString();
        EXPECT_EQ(r.errorStatus, status) << request.toStdString();
        EXPECT_FALSE(r.errorMessage.isEmpty());
    }
}

TEST(HttpRequestParser, AnHttp11RequestWithoutHostIs400)
{
    const auto r = parse("GET /health HTTP/1.1\r\nAccept: */*\r\n\r\n");
    EXPECT_EQ(r.kind, Kind::Error);
    EXPECT_EQ(r.errorStatus, 400);
    EXPECT_TRUE(r.errorMessage.contains(QStringLiteral("Host")));
    // HTTP/1.0 has no Host requirement.
    EXPECT_EQ(parse("GET /health HTTP/1.0\r\n\r\n").kind, Kind::Complete);
}

TEST(HttpRequestParser, ABareLineFeedIsRefusedAtOnceInsteadOfWaitingForCrlf)
{
    // Before: no CRLF CRLF ever arrives, so the request waited for the idle deadline (30 s).
    for (const QByteArray &request :
         {QByteArray("GET /health HTTP/1.1\n\n"), QByteArray("GET /health HTTP/1.1\r\nHost: a\n\n"),
          QByteArray("GET /health HTTP/1.1\nHost: a\r\n")}) {
        const auto r = parse(request);
        EXPECT_EQ(r.kind, Kind::Error) << request.toStdString();
        EXPECT_EQ(r.errorStatus, 400) << request.toStdString();
        EXPECT_TRUE(r.errorMessage.contains(QStringLiteral("CRLF")));
    }
    // A CRLF split across reads is still just incomplete.
    EXPECT_EQ(parse("GET /health HTTP/1.1\r").kind, Kind::Incomplete);
    EXPECT_EQ(parse("GET /health HTTP/1.1\r\nHost: a\r\n").kind, Kind::Incomplete);
}

TEST(HttpRequestParser, OversizedRequestsAre413BeforeTheBodyArrives)
{
    // Declared body larger than the limit: refused from the headers alone.
    const auto declared = parse("POST /a HTTP/1.1\r\nContent-Length: 100000\r\n\r\n", 2048);
    EXPECT_EQ(declared.kind, Kind::Error);
    EXPECT_EQ(declared.errorStatus, 413);
    // Headers that never end.
    const auto endless = parse("GET /a HTTP/1.1\r\nX: " + QByteArray(5000, 'a'), 2048);
    EXPECT_EQ(endless.errorStatus, 413);
    // Exactly at the limit is fine.
    const QByteArray head = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n";
    EXPECT_EQ(parse(head + QByteArray(100, 'x'), head.size() + 100).kind, Kind::Complete);
    EXPECT_EQ(parse(head + QByteArray(100, 'x'), head.size() + 99).errorStatus, 413);
}

TEST(HttpRouter, MatchesParametersAndAnswers404And405)
{
    HttpRouter router;
    router.add("GET", QStringLiteral("/api/v1/signals/{symbol}"), [](const HttpRequest &, const PathParams &p) {
        return jsonResponse(QJsonObject{{QStringLiteral("symbol"), p.value(QStringLiteral("symbol"))}});
    });
    HttpRequest req;
    req.method = "GET";
    req.path = QStringLiteral("/api/v1/signals/ETHUSDT");
    HttpResponse r = router.dispatch(req);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("ETHUSDT"));

    req.method = "HEAD";
    EXPECT_EQ(router.dispatch(req).status, 200);

    req.method = "DELETE";
    r = router.dispatch(req);
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.headers.value(0).second, "GET, HEAD");

    req.method = "GET";
    req.path = QStringLiteral("/api/v1/signals/ETHUSDT/extra");
    EXPECT_EQ(router.dispatch(req).status, 404);
}

TEST(ClientRateLimiter, RefusesOverTheRateAndTellsWhenToRetry)
{
    ManualClock clock;
    ClientRateLimiter limiter(clock, 10);
    const QHostAddress a(QStringLiteral("10.0.0.1"));
    const QHostAddress b(QStringLiteral("10.0.0.2"));
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(limiter.admit(a).allowed) << i;
    const auto refused = limiter.admit(a);
    EXPECT_FALSE(refused.allowed);
    EXPECT_GT(refused.retryAfterMs, 0);
    EXPECT_LE(refused.retryAfterMs, 100);
    EXPECT_TRUE(limiter.admit(b).allowed) << "clients have separate budgets";
    clock.advanceMs(refused.retryAfterMs);
    EXPECT_TRUE(limiter.admit(a).allowed);
    EXPECT_FALSE(limiter.admit(a).allowed);
}

TEST(ClientRateLimiter, ForgetsIdleClientsInsteadOfGrowing)
{
    ManualClock clock;
    ClientRateLimiter limiter(clock, 5, 16);
    for (quint32 i = 0; i < 16; ++i)
        limiter.admit(QHostAddress(0x0a000000 + i));
    EXPECT_EQ(limiter.trackedClients(), 16);
    clock.advanceMs(2000);
    EXPECT_TRUE(limiter.admit(QHostAddress(0x0b000000)).allowed);
    EXPECT_EQ(limiter.trackedClients(), 1);
}

TEST(ClientRateLimiter, AFullTableOfActiveClientsStillAdmitsANewcomer)
{
    // Before: with the table full of active addresses every new client got 429.
    ManualClock clock;
    ClientRateLimiter limiter(clock, 5, 16);
    for (quint32 i = 0; i < 16; ++i) {
        limiter.admit(QHostAddress(0x0a000000 + i));
        clock.advanceMs(1);
    }
    EXPECT_TRUE(limiter.admit(QHostAddress(0x0b000000)).allowed) << "the least recent client makes room";
    EXPECT_EQ(limiter.trackedClients(), 16);
    // The newest client's budget is kept: it still runs out after its burst.
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(limiter.admit(QHostAddress(0x0b000000)).allowed) << i;
    EXPECT_FALSE(limiter.admit(QHostAddress(0x0b000000)).allowed);
}

TEST(ClientRateLimiter, AnIpv6Slash64IsOneClient)
{
    // Ten thousand addresses of one /64 share one budget instead of filling the table.
    ManualClock clock;
    ClientRateLimiter limiter(clock, 5, 64);
    int allowed = 0;
    for (int i = 0; i < 10000; ++i) {
        Q_IPV6ADDR a{};
        a[0] = 0x20;
        a[1] = 0x01;
        a[7] = 0x42;
        a[14] = static_cast<quint8>(i >> 8);
        a[15] = static_cast<quint8>(i);
        allowed += limiter.admit(QHostAddress(a)).allowed ? 1 : 0;
    }
    EXPECT_EQ(allowed, 5);
    EXPECT_EQ(limiter.trackedClients(), 1);
    EXPECT_TRUE(limiter.admit(QHostAddress(QStringLiteral("2001:0:0:43::1"))).allowed) << "another /64";
    // An IPv4-mapped address is the IPv4 client.
    EXPECT_EQ(clientKey(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))), QHostAddress(QStringLiteral("10.1.2.3")));
}

TEST(BearerToken, AcceptsOnlyTheExactToken)
{
    const BearerToken token = BearerToken::fromValue("0123456789abcdef0123");
    EXPECT_TRUE(token.accepts("Bearer 0123456789abcdef0123"));
    EXPECT_TRUE(token.accepts("bearer 0123456789abcdef0123"));
    EXPECT_FALSE(token.accepts("Bearer 0123456789abcdef012"));
    EXPECT_FALSE(token.accepts("Bearer 0123456789abcdef01234"));
    EXPECT_FALSE(token.accepts("Bearer 0123456789abcdef0124"));
    EXPECT_FALSE(token.accepts("Basic 0123456789abcdef0123"));
    EXPECT_FALSE(token.accepts("0123456789abcdef0123"));
    EXPECT_FALSE(token.accepts(""));
}

TEST(BearerToken, LoadsOnlyFromAPrivateFile)
{
    QTemporaryDir dir;
    const QString good = test::writeFile(dir, QStringLiteral("good"), "s3cret-token-value-123\n");
    const auto loaded = BearerToken::load(good);
    ASSERT_TRUE(loaded.token) << loaded.error.toStdString();
    EXPECT_TRUE(loaded.token->accepts("Bearer s3cret-token-value-123"));

    const QString open = test::writeFile(dir, QStringLiteral("open"), "s3cret-token-value-123\n",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const auto refused = BearerToken::load(open);
    EXPECT_FALSE(refused.token);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("chmod 600"))) << refused.error.toStdString();
    EXPECT_FALSE(refused.error.contains(QStringLiteral("s3cret"))) << "the error never shows the token";

    const auto shortToken = BearerToken::load(test::writeFile(dir, QStringLiteral("short"), "abc\n"));
    EXPECT_FALSE(shortToken.token);
    const auto missing = BearerToken::load(dir.filePath(QStringLiteral("missing")));
    EXPECT_FALSE(missing.token);
    EXPECT_FALSE(missing.error.isEmpty());
}

namespace {

// A random JSON object of the shape stream states have: nested objects, scalars, arrays, no nulls.
QJsonObject randomState(std::mt19937 &rng, int depth)
{
    std::uniform_int_distribution<int> keys(0, 6);
    std::uniform_int_distribution<int> kind(0, depth > 0 ? 4 : 3);
    QJsonObject o;
    const int n = keys(rng);
    for (int i = 0; i < n; ++i) {
        const QString key = QStringLiteral("k%1").arg(keys(rng));
        switch (kind(rng)) {
        case 0:
            o.insert(key, static_cast<int>(rng() % 5));
            break;
        case 1:
            o.insert(key, QStringLiteral("s%1").arg(rng() % 3));
            break;
        case 2:
            o.insert(key, rng() % 2 == 0);
            break;
        case 3:
            o.insert(key, QJsonArray{static_cast<int>(rng() % 3), 1});
            break;
        default:
            o.insert(key, randomState(rng, depth - 1));
            break;
        }
    }
    return o;
}

} // namespace

TEST(JsonMergePatch, PatchTurnsEveryStateIntoTheNext)
{
    std::mt19937 rng(20261128);
    for (int i = 0; i < 2000; ++i) {
        const QJsonObject from = randomState(rng, 3);
        const QJsonObject to = randomState(rng, 3);
        const QJsonObject patch = merge_patch::diff(from, to);
        ASSERT_EQ(merge_patch::apply(from, patch), to) << i;
        EXPECT_TRUE(merge_patch::diff(to, to).isEmpty());
    }
}

TEST(JsonMergePatch, SendsOnlyWhatChanged)
{
    const QJsonObject from{
        {QStringLiteral("revision"), 1},
        {QStringLiteral("connections"),
         QJsonObject{{QStringLiteral("conn_0"), QJsonObject{{QStringLiteral("state"), QStringLiteral("live")}}},
                     {QStringLiteral("conn_1"), QJsonObject{{QStringLiteral("state"), QStringLiteral("live")}}}}}};
    QJsonObject to = from;
    to[QStringLiteral("revision")] = 2;
    QJsonObject conns = to[QStringLiteral("connections")].toObject();
    conns.remove(QStringLiteral("conn_1"));
    to[QStringLiteral("connections")] = conns;
    const QJsonObject patch = merge_patch::diff(from, to);
    EXPECT_EQ(patch, (QJsonObject{
                         {QStringLiteral("revision"), 2},
                         {QStringLiteral("connections"), QJsonObject{{QStringLiteral("conn_1"), QJsonValue::Null}}}}));
}

TEST(HttpRequestParser, TenThousandMalformedRequestsNeverCrash)
{
    // Seeded mutations of valid requests plus pure noise; every result must be one of the three
    // kinds with a consistent payload.
    std::mt19937 rng(7);
    const QList<QByteArray> seeds = {
        "GET /health HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /api/v1/orderbook/BTCUSDT?depth=5 HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer x\r\n\r\n",
        "POST /api/v1/status HTTP/1.0\r\nContent-Length: 3\r\n\r\nabc",
        "GET /api/v1/stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
    };
    HttpRequestParser::Limits limits;
    limits.maxRequestBytes = 4096;
    int complete = 0, errors = 0, incomplete = 0;
    for (int i = 0; i < 10000; ++i) {
        QByteArray data = seeds.at(static_cast<int>(rng() % seeds.size()));
        const int mutations = static_cast<int>(rng() % 8);
        for (int m = 0; m < mutations && !data.isEmpty(); ++m) {
            const auto pos = static_cast<qsizetype>(rng() % static_cast<quint32>(data.size()));
            switch (rng() % 4) {
            case 0:
                data[pos] = static_cast<char>(rng() % 256);
                break;
            case 1:
                data.remove(pos, 1 + static_cast<qsizetype>(rng() % 8));
                break;
            case 2:
                data.insert(pos, QByteArray(1 + static_cast<qsizetype>(rng() % 64), static_cast<char>(rng() % 256)));
                break;
            default:
                data.truncate(pos);
                break;
            }
        }
        if (i % 10 == 0) {
            data.resize(static_cast<qsizetype>(rng() % 6000));
            for (char &c : data)
                c = static_cast<char>(rng() % 256);
        }
        const auto r = HttpRequestParser::parse(data, limits);
        switch (r.kind) {
        case Kind::Complete:
            ++complete;
            ASSERT_GT(r.consumed, 0);
            ASSERT_LE(r.consumed, data.size());
            ASSERT_TRUE(r.request.path.startsWith(QLatin1Char('/')));
            break;
        case Kind::Error:
            ++errors;
            ASSERT_GE(r.errorStatus, 400);
            ASSERT_FALSE(r.errorMessage.isEmpty());
            break;
        case Kind::Incomplete:
            ++incomplete;
            ASSERT_LE(data.size(), limits.maxRequestBytes);
            break;
        }
    }
    EXPECT_GT(complete, 100);
    EXPECT_GT(errors, 100);
    EXPECT_GT(incomplete, 10);
}

namespace {

ApiSettings::Result settingsFor(const QStringList &overrides, bool insecure = false)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = overrides;
    const Config::LoadResult loaded = Config::load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    return ApiSettings::fromConfig(loaded.config, insecure);
}

} // namespace

TEST(ApiSettings, LoopbackByDefault)
{
    const auto r = settingsFor({});
    ASSERT_TRUE(r.settings) << r.error.toStdString();
    EXPECT_TRUE(r.settings->server.address.isLoopback());
    EXPECT_EQ(r.settings->server.port, 8787);
    EXPECT_FALSE(r.settings->token);
    EXPECT_FALSE(r.settings->server.tls);
    EXPECT_EQ(r.settings->server.limits.maxRequestBytes, 65536);
}

TEST(ApiSettings, NonLoopbackNeedsTokenAndTlsOrTheOverride)
{
    QTemporaryDir dir;
    const QString token = test::writeFile(dir, QStringLiteral("t"), "0123456789abcdef0123\n");
    for (const QString &listen : {QStringLiteral("0.0.0.0:8787"), QStringLiteral("*:8787"), QStringLiteral("[::]:8787"),
                                  QStringLiteral("192.168.1.10:8787")}) {
        const auto bare = settingsFor({QStringLiteral("api.listen=") + listen});
        EXPECT_FALSE(bare.settings) << listen.toStdString();
        EXPECT_EQ(bare.failure, api::ApiSettings::Result::Failure::Invalid);
        EXPECT_TRUE(bare.error.contains(QStringLiteral("--insecure-listen"))) << bare.error.toStdString();

        const auto tokenOnly =
            settingsFor({QStringLiteral("api.listen=") + listen, QStringLiteral("api.token_file=") + token});
        EXPECT_FALSE(tokenOnly.settings);
        EXPECT_TRUE(tokenOnly.error.contains(QStringLiteral("TLS is not"))) << tokenOnly.error.toStdString();

        EXPECT_TRUE(settingsFor({QStringLiteral("api.listen=") + listen}, true).settings);
    }
    for (const QString &listen :
         {QStringLiteral("localhost:1"), QStringLiteral("[::1]:1"), QStringLiteral("127.0.0.2:1")})
        EXPECT_TRUE(settingsFor({QStringLiteral("api.listen=") + listen}).settings) << listen.toStdString();
}

TEST(ApiSettings, BadListenHostAndMissingFilesAreExplained)
{
    const auto host = settingsFor({QStringLiteral("api.listen=example.com:80")});
    EXPECT_FALSE(host.settings);
    EXPECT_EQ(host.failure, api::ApiSettings::Result::Failure::Invalid);
    EXPECT_TRUE(host.error.contains(QStringLiteral("IP address")));

    const auto missing = settingsFor({QStringLiteral("api.token_file=/nonexistent/api.token")});
    EXPECT_FALSE(missing.settings);
    EXPECT_EQ(missing.failure, api::ApiSettings::Result::Failure::Unavailable);

    QTemporaryDir dir;
    const QString cert = test::writeFile(dir, QStringLiteral("cert.pem"), "not a certificate");
    const QString key = test::writeFile(dir, QStringLiteral("key.pem"), "not a key");
    const auto tls = settingsFor({QStringLiteral("api.tls_cert=") + cert, QStringLiteral("api.tls_key=") + key});
    EXPECT_FALSE(tls.settings);
    EXPECT_EQ(tls.failure, api::ApiSettings::Result::Failure::Invalid);
    EXPECT_TRUE(tls.error.contains(QStringLiteral("no PEM certificate"))) << tls.error.toStdString();
}
