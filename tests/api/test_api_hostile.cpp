// The monitoring API against a hostile client: extreme query parameters on every route, one
// address opening hundreds of connections, huge WebSocket frames, a TLS key of another
// certificate. Each case once crashed, starved or bloated the daemon.
#include "ApiServerFixture.h"
#include "HeapMeter.h"
#include "TestSupport.h"

#include "api/ApiSettings.h"
#include "base/config/Config.h"
#include "model/confluence/ConfluenceTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace virtuoso;
using namespace virtuoso::api;
using namespace virtuoso::test;

namespace {

// A core with an (empty) timeout journal, as the daemon has once the connector runs: the timeout
// routes go all the way to their computations instead of stopping at 503.
class JournalCore : public FakeCore
{
public:
    std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &) const override
    {
        return store::TimeoutHistoryResult{};
    }
};

HttpRequest getRequest(const QString &path, const QList<QPair<QString, QString>> &query = {})
{
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    for (const auto &[name, value] : query)
        r.query.addQueryItem(name, value);
    r.peer = QHostAddress::LocalHost;
    r.headers.append(qMakePair(QByteArray("host"), QByteArray("127.0.0.1")));
    return r;
}

// Every answer is either a success or an error with the API's JSON error shape.
void expectWellFormed(const HttpResponse &r, const std::string &what)
{
    EXPECT_TRUE(r.status == 200 || r.status == 400 || r.status == 404 || r.status == 429 || r.status == 503)
        << what << " → " << r.status;
    if (r.status >= 400) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        EXPECT_FALSE(body.value(QStringLiteral("error")).toString().isEmpty()) << what << " → " << r.body.toStdString();
        // /health and /ready keep their own "status" word; every other error carries the code.
        if (body.value(QStringLiteral("status")).isDouble()) {
            EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), r.status) << what;
        }
    }
}

// Hostile values for a numeric or textual query parameter.
QStringList extremeValues()
{
    return {QString::number(std::numeric_limits<qint64>::max()),
            QString::number(std::numeric_limits<qint64>::min()),
            QStringLiteral("18446744073709551616"),
            QStringLiteral("-1"),
            QStringLiteral("0"),
            QStringLiteral("1"),
            QStringLiteral("-0"),
            QStringLiteral("NaN"),
            QStringLiteral("inf"),
            QStringLiteral("-inf"),
            QStringLiteral("1e308"),
            QStringLiteral("0x7fffffff"),
            QStringLiteral(" 5"),
            QStringLiteral("+5"),
            QStringLiteral(""),
            QStringLiteral("2147483648"),
            QStringLiteral("-2147483649"),
            QStringLiteral("32503680000001"),
            QStringLiteral("9223372036854775807000"),
            QString(60000, QLatin1Char('9')),
            QString(60000, QLatin1Char('A')),
            QStringLiteral("\u00e9\u4e2d\U0001F600"),
            QStringLiteral("true"),
            QStringLiteral("conn_999999")};
}

struct Route
{
    QString path;
    QStringList parameters;
};

QList<Route> everyRoute()
{
    const QStringList timeRange = {QStringLiteral("since"), QStringLiteral("until"),  QStringLiteral("kind"),
                                   QStringLiteral("conn"),  QStringLiteral("symbol"), QStringLiteral("limit")};
    return {
        {QStringLiteral("/health"), {}},
        {QStringLiteral("/ready"), {}},
        {QStringLiteral("/metrics"), {}},
        {QStringLiteral("/api/v1/status"), {}},
        {QStringLiteral("/api/v1/connections"), {}},
        {QStringLiteral("/api/v1/warnings"), {}},
        {QStringLiteral("/api/v1/signals"), {}},
        {QStringLiteral("/api/v1/signals/BTCUSDT"), {}},
        {QStringLiteral("/api/v1/timeouts"), timeRange},
        {QStringLiteral("/api/v1/timeouts/incidents"),
         timeRange + QStringList{QStringLiteral("window_ms"), QStringLiteral("isolated")}},
        {QStringLiteral("/api/v1/timeouts/histogram"), timeRange + QStringList{QStringLiteral("bucket_ms")}},
        {QStringLiteral("/api/v1/orderbook/BTCUSDT"), {QStringLiteral("depth")}},
        {QStringLiteral("/api/v1/candles/BTCUSDT"), {QStringLiteral("interval"), QStringLiteral("limit")}},
    };
}

constexpr std::int64_t kMaxBytesPerRequest = 4 * 1024 * 1024;

class HostileApiTest : public ApiServerTest
{
protected:
    JournalCore journalCore;
    std::unique_ptr<MonitoringApi> direct;

    void SetUp() override { direct = std::make_unique<MonitoringApi>(defaultSettings(), journalCore, clock); }

    // One request answered without sockets; fails when it needs more than a few MB at any moment.
    HttpResponse ask(const HttpRequest &request, const std::string &what)
    {
        heap_meter::resetPeak();
        const std::int64_t before = heap_meter::currentBytes();
        HttpResponse r = direct->handle(request);
        EXPECT_LT(heap_meter::peakBytes() - before, kMaxBytesPerRequest) << what;
        expectWellFormed(r, what);
        return r;
    }
};

} // namespace

TEST_F(HostileApiTest, AHistogramSinceAtInt64MaxIsRefusedInsteadOfAllocatingExabytes)
{
    // Before: since=INT64_MAX made a negative bucket count, cast to int → std::bad_alloc, exit 134.
    for (const QString &since : {QStringLiteral("9223372036854775807"), QStringLiteral("32503680000000"),
                                 QString::number(clock.epochMs() + 3'600'000)}) {
        const HttpResponse r =
            ask(getRequest(QStringLiteral("/api/v1/timeouts/histogram"), {{QStringLiteral("since"), since}}),
                since.toStdString());
        EXPECT_EQ(r.status, 400) << since.toStdString() << ": " << r.body.toStdString();
    }
    // since > until, and a zero-length range.
    const QString now = QString::number(clock.epochMs());
    EXPECT_EQ(ask(getRequest(QStringLiteral("/api/v1/timeouts/histogram"),
                             {{QStringLiteral("since"), now}, {QStringLiteral("until"), QStringLiteral("1000")}}),
                  "since > until")
                  .status,
              400);
    // A sane range still answers, with whole buckets.
    const HttpResponse ok = ask(getRequest(QStringLiteral("/api/v1/timeouts/histogram"),
                                           {{QStringLiteral("since"), QString::number(clock.epochMs() - 7'200'000)}}),
                                "two hours");
    EXPECT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(ok.body).object().value(QStringLiteral("buckets")).toArray().size(), 3);
}

TEST_F(HostileApiTest, EveryRouteSurvivesExtremeValuesOfEveryParameter)
{
    const QStringList values = extremeValues();
    int requests = 0;
    for (const Route &route : everyRoute()) {
        // Each parameter alone with each value, and an unknown parameter, must answer cleanly.
        for (const QString &name : route.parameters + QStringList{QStringLiteral("unknown")}) {
            for (const QString &value : values) {
                ask(getRequest(route.path, {{name, value}}),
                    (route.path + u'?' + name + u'=' + value.left(30)).toStdString());
                ++requests;
            }
        }
    }
    EXPECT_GT(requests, 500);
}

TEST_F(HostileApiTest, RandomCombinationsOfParametersNeverCrashOrBloat)
{
    std::mt19937 rng(20261206);
    const QStringList values = extremeValues();
    const QList<Route> routes = everyRoute();
    const auto pick = [&](qsizetype n) { return static_cast<qsizetype>(rng() % static_cast<quint32>(n)); };
    for (int i = 0; i < 3000; ++i) {
        const Route &route = routes.at(pick(routes.size()));
        QList<QPair<QString, QString>> query;
        for (const QString &name : route.parameters) {
            if (rng() % 2 == 0)
                continue;
            QString value;
            switch (rng() % 3) {
            case 0:
                value = values.at(pick(values.size()));
                break;
            case 1:
                value = QString::number(static_cast<qint64>((static_cast<quint64>(rng()) << 32) | rng()));
                break;
            default:
                value = QString::number(clock.epochMs() - static_cast<qint64>(rng() % 200'000'000));
                break;
            }
            query.append({name, value});
        }
        ask(getRequest(route.path, query), route.path.toStdString() + " #" + std::to_string(i));
    }
}

TEST_F(HostileApiTest, HostilePathSymbolsAreRefused)
{
    for (const QString &symbol :
         {QStringLiteral("../../etc/passwd"), QString(5000, QLatin1Char('B')), QStringLiteral("btcusdt"),
          QStringLiteral("BTC%00USDT"), QStringLiteral(""), QStringLiteral("\u4e2d\u6587")}) {
        for (const QString &prefix : {QStringLiteral("/api/v1/signals/"), QStringLiteral("/api/v1/orderbook/"),
                                      QStringLiteral("/api/v1/candles/")})
            ask(getRequest(prefix + symbol), (prefix + symbol.left(30)).toStdString());
    }
}

TEST_F(HostileApiTest, OneAddressCannotTakeEveryConnection)
{
    // Before: the cap was global, so 512 idle sockets from one address locked every client out.
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 64;
    s.server.maxConnectionsPerClient = 8;
    start(std::move(s));
    std::vector<std::unique_ptr<QTcpSocket>> attacker;
    for (int i = 0; i < 40; ++i) {
        attacker.push_back(std::make_unique<QTcpSocket>());
        attacker.back()->connectToHost(QHostAddress::LocalHost, api->port());
    }
    // Eight are kept (idle), the rest are answered 503 and closed.
    ASSERT_TRUE(waitFor(
        [&] {
            int closed = 0;
            for (const auto &socket : attacker)
                closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
            return closed == 32;
        },
        10000));
    EXPECT_EQ(api->openConnections(), 8);

    // Another address (127.0.0.2 is loopback too, but another client) is served at once.
    QTcpSocket other;
    other.bind(QHostAddress(QStringLiteral("127.0.0.2")));
    other.connectToHost(QHostAddress::LocalHost, api->port());
    ASSERT_TRUE(waitFor([&] { return other.state() == QAbstractSocket::ConnectedState; }, 5000));
    other.write("GET /api/v1/status HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    waitFor(
        [&] {
            reply += other.readAll();
            return other.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    reply += other.readAll();
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200 ")) << reply.left(300).toStdString();
}

TEST_F(HostileApiTest, AFullServerClosesItsLongestIdleConnectionForANewClient)
{
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 16;
    s.server.maxConnectionsPerClient = 100;
    s.server.reservedConnections = 0;
    start(std::move(s));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 16; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, api->port());
    }
    ASSERT_TRUE(waitFor([&] { return api->openConnections() == 16; }, 5000));
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200) << "an idle connection made room";
}

TEST_F(HostileApiTest, TheReserveServesProbesAndTokenHoldersWhenEveryConnectionIsBusy)
{
    ApiSettings s = defaultSettings();
    s.server.maxConnections = 16;
    s.server.maxConnectionsPerClient = 100;
    s.server.reservedConnections = 4;
    s.token = BearerToken::fromValue(kToken);
    start(std::move(s));
    // Sixteen connections each in the middle of a request: none is idle, none can be closed.
    std::vector<std::unique_ptr<QTcpSocket>> busy;
    for (int i = 0; i < 16; ++i) {
        busy.push_back(std::make_unique<QTcpSocket>());
        busy.back()->connectToHost(QHostAddress::LocalHost, api->port());
        busy.back()->write("GET /api/v1/status HTTP/1.1\r\nX-Slow: ");
    }
    ASSERT_TRUE(waitFor([&] { return api->openConnections() == 16; }, 5000));
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
    EXPECT_EQ(get(QStringLiteral("/api/v1/status"), kToken).status, 200);
}

namespace {

// A WebSocket on the stream over a raw socket, so the test can send frames Qt's client never would.
bool openRawStream(QTcpSocket &raw, quint16 port, QByteArray *received)
{
    raw.connectToHost(QHostAddress::LocalHost, port);
    if (!waitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 5000))
        return false;
    raw.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    waitFor(
        [&] {
            *received += raw.readAll();
            return received->contains("\r\n\r\n");
        },
        5000);
    return received->startsWith("HTTP/1.1 101");
}

// The header of a masked text frame announcing `length` payload bytes.
QByteArray frameHeader(quint64 length)
{
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | 127));
    for (int shift = 56; shift >= 0; shift -= 8)
        frame.append(static_cast<char>((length >> shift) & 0xff));
    frame.append("\x01\x02\x03\x04", 4);
    return frame;
}

} // namespace

TEST_F(HostileApiTest, AHugeIncomingWebSocketFrameIsRefusedWith1009FromItsHeader)
{
    // Before: frames up to ~2 GB were buffered although the stream ignores client input.
    start();
    publishMarket(1, health::ConnectionState::Live);
    QTcpSocket raw;
    QByteArray received;
    ASSERT_TRUE(openRawStream(raw, api->port(), &received)) << received.left(200).toStdString();
    // A frame announcing 300 MB; its first bytes only.
    raw.write(frameHeader(300ull * 1024 * 1024) + QByteArray(16, 'x'));
    // The server answers with a close frame carrying 1009 (0x03F1) and ends the connection.
    ASSERT_TRUE(waitFor(
        [&] {
            received += raw.readAll();
            return raw.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    received += raw.readAll();
    const qsizetype close = received.lastIndexOf("\x88\x02\x03\xf1");
    const qsizetype closeWithReason = received.lastIndexOf(char(0x88));
    ASSERT_TRUE(close >= 0 || closeWithReason >= 0) << "no close frame; received " << received.size()
                                                    << " bytes, ending " << received.right(40).toHex().toStdString();
    if (close < 0) {
        ASSERT_GT(received.size(), closeWithReason + 3);
        EXPECT_EQ((static_cast<quint8>(received.at(closeWithReason + 2)) << 8) |
                      static_cast<quint8>(received.at(closeWithReason + 3)),
                  1009);
    }
}

TEST_F(HostileApiTest, AStreamClientPouringMegabytesIsCutOffWithoutBeingBuffered)
{
    start();
    publishMarket(1, health::ConnectionState::Live);
    QTcpSocket raw;
    QByteArray received;
    ASSERT_TRUE(openRawStream(raw, api->port(), &received));
    const std::int64_t heapBefore = heap_meter::currentBytes();
    raw.write(frameHeader(300ull * 1024 * 1024));
    for (int i = 0; i < 32 && raw.state() == QAbstractSocket::ConnectedState; ++i) {
        raw.write(QByteArray(1024 * 1024, 'x'));
        raw.waitForBytesWritten(100);
    }
    ASSERT_TRUE(waitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000));
    // The client's own write buffer is in this process too; the server kept none of the 32 MB.
    EXPECT_LT(heap_meter::currentBytes() - heapBefore, 8 * 1024 * 1024);
    EXPECT_EQ(api->streamSubscribers(), 0);
}

TEST(ApiSettingsHostile, ATlsKeyOfAnotherCertificateIsRefusedAtStartUp)
{
    QTemporaryDir one, two;
    QString certOne, keyOne, certTwo, keyTwo;
    if (!makeTestCertificate(one, &certOne, &keyOne) || !makeTestCertificate(two, &certTwo, &keyTwo))
        GTEST_SKIP() << "openssl is not available to make test certificates";
    const auto settings = [](const QString &cert, const QString &key) {
        Config::LoadOptions options;
        options.searchDefaultLocations = false;
        options.overrides = {QStringLiteral("api.tls_cert=") + cert, QStringLiteral("api.tls_key=") + key};
        const Config::LoadResult loaded = Config::load(options);
        EXPECT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
        return ApiSettings::fromConfig(loaded.config, false);
    };
    const auto mismatched = settings(certOne, keyTwo);
    EXPECT_FALSE(mismatched.settings);
    EXPECT_EQ(mismatched.failure, api::ApiSettings::Result::Failure::Invalid);
    EXPECT_TRUE(mismatched.error.contains(QStringLiteral("does not belong"))) << mismatched.error.toStdString();
    EXPECT_TRUE(settings(certOne, keyOne).settings) << "the matching pair still starts";
}

namespace {

std::shared_ptr<const confluence::ConfluenceSignal> busySignal(const QString &symbol, int tick)
{
    auto s = std::make_shared<confluence::ConfluenceSignal>();
    s->symbol = symbol.toStdString();
    s->timestampMs = 1'760'000'000'000 + tick;
    s->sequence = static_cast<quint64>(tick);
    s->score = 50.0 + (tick % 40);
    s->direction = confluence::Direction::Neutral;
    s->ready = true;
    for (int c = 0; c < confluence::kComponentCount; ++c) {
        confluence::ComponentSummary &comp = s->components[size_t(c)];
        comp.id = static_cast<confluence::ComponentId>(c);
        comp.weight = 0.125;
        comp.perTimeframe = true;
        comp.score = 40.0 + c + tick % 7;
        comp.blended.fill(50.0 + tick % 3);
        for (int t = 0; t < confluence::kTimeframeCount; ++t) {
            confluence::ComponentReading &reading = comp.timeframes[size_t(t)];
            for (const char *name : {"rsi", "adx", "cci", "obv", "vwap"})
                reading.add(name).setReady(40.0 + tick % 11, 55.25, {{"close", 65000.0 + tick}, {"period", 14}});
            reading.finish();
        }
    }
    return s;
}

CoreSnapshotPtr busySnapshot(quint64 revision, int symbols)
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = revision;
    s->epochMs = 1'760'000'000'000 + static_cast<qint64>(revision) * 100;
    s->dataSource = QStringLiteral("embedded simulator");
    for (int i = 0; i < symbols; ++i) {
        MarketSummary m;
        m.symbol = QStringLiteral("X%1USDT").arg(i, 3, 10, QLatin1Char('0'));
        m.bookValid = true;
        m.lastPrice = QString::number(100 + revision);
        s->markets.push_back(m);
        s->confluenceSignals.push_back(busySignal(m.symbol, static_cast<int>(revision)));
    }
    return s;
}

} // namespace

TEST_F(HostileApiTest, AStreamSubscriberDoesNotMakeTheDaemonKeepAHistoryOfStates)
{
    // Before: the stream kept 64 full JSON states (≈ 7.5 MB per symbol) from the first subscriber
    // on, and still held them after it left.
    start();
    constexpr int kSymbols = 40;
    api->onSnapshot(busySnapshot(1, kSymbols));
    const std::int64_t before = heap_meter::currentBytes();

    QWebSocket client;
    int received = 0;
    QObject::connect(&client, &QWebSocket::textMessageReceived, [&](const QString &) { ++received; });
    client.open(url(QStringLiteral("/api/v1/stream"), true));
    ASSERT_TRUE(waitFor([&] { return received >= 1; }, 5000));
    std::int64_t peakHeld = 0;
    for (quint64 r = 2; r <= 80; ++r) {
        api->onSnapshot(busySnapshot(r, kSymbols)); // every signal is a new object: all change
        ASSERT_TRUE(waitFor([&] { return received >= static_cast<int>(r); }, 5000)) << r;
        peakHeld = std::max(peakHeld, heap_meter::currentBytes() - before);
    }
    // A handful of snapshots, not dozens of states: well under 1 MB per symbol.
    EXPECT_LT(peakHeld, kSymbols * 512 * 1024) << peakHeld;

    client.close();
    ASSERT_TRUE(waitFor([&] { return api->streamSubscribers() == 0; }, 5000));
    QCoreApplication::processEvents(); // deferred deletes
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // What stays are the few remembered snapshots (a resuming client patches from them): a fixed
    // number of signal objects per symbol, nothing per message sent.
    EXPECT_LT(heap_meter::currentBytes() - before, kSymbols * 256 * 1024) << "what the subscriber cost is given back";
}
