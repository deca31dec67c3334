#pragma once
// The fixture of the API server suites: a MonitoringApi on a loopback port over a fake core, with
// helpers to publish snapshots and to talk to it over HTTP and WebSocket.
#include "ApiTestSupport.h"

#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <memory>

namespace virtuoso::test {

using namespace virtuoso::api;

class FakeCore : public MonitoredCore
{
public:
    bool running = true;
    qint64 lagMs = 7;
    bool isRunning() const override { return running; }
    qint64 worstHeartbeatAgeMs() const override { return lagMs; }
};

const QByteArray kToken = "test-token-0123456789abcdef";

class ApiServerTest : public ::testing::Test
{
protected:
    static ApiSettings defaultSettings()
    {
        ApiSettings s;
        s.server.address = QHostAddress::LocalHost;
        s.server.port = 0;
        s.server.limits.maxRequestBytes = 4096;
        s.rateLimitPerSecond = 10000;
        // The fixture's clock stands still: budgets that refill with time would run dry.
        s.server.connectsPerClientPerSecond = 1'000'000;
        s.server.evictionsPerSecond = 1'000'000;
        return s;
    }

    void start(ApiSettings settings = defaultSettings())
    {
        m_tls = settings.server.tls.has_value();
        api = std::make_unique<MonitoringApi>(std::move(settings), core, clock);
        QString error;
        ASSERT_TRUE(api->start(&error)) << error.toStdString();
        ASSERT_NE(api->port(), 0);
    }

    void publish(quint64 revision, const QString &source = QStringLiteral("embedded simulator"))
    {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = revision;
        s->epochMs = clock.epochMs();
        s->dataSource = source;
        api->onSnapshot(s);
    }

    // A snapshot with one connection in `state` and two markets, BTCUSDT's book valid.
    void publishMarket(quint64 revision, health::ConnectionState state, int topicsStale = 0, bool ethBookValid = true)
    {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = revision;
        s->epochMs = clock.epochMs();
        s->dataSource = QStringLiteral("embedded simulator");
        s->feedState = QStringLiteral("streaming on 1 connection");
        health::ConnectionStatus c;
        c.connId = QStringLiteral("conn_0");
        c.url = QStringLiteral("ws://127.0.0.1:1/v5/public/linear");
        c.state = state;
        c.reason = state == health::ConnectionState::Live ? QString() : QStringLiteral("pong timeout");
        c.topicsTotal = 6;
        c.topicsLive = 6 - topicsStale;
        c.topicsStale = topicsStale;
        c.framesReceived = revision * 10;
        s->connections.push_back(c);
        for (const char *symbol : {"BTCUSDT", "ETHUSDT"}) {
            MarketSummary m;
            m.symbol = QLatin1String(symbol);
            m.bookValid = m.symbol == u"BTCUSDT" || ethBookValid;
            m.bestBid = QStringLiteral("100.5");
            m.bestAsk = QStringLiteral("100.6");
            m.lastPrice = QString::number(100 + revision);
            s->markets.push_back(m);
        }
        health::TimeoutEntry t;
        t.id = 7;
        t.ts = clock.epochMs();
        t.kind = health::TimeoutKind::PongTimeout;
        t.connId = QStringLiteral("conn_0");
        t.durationMs = 10000;
        t.detail = QStringLiteral("no pong within 10 s");
        s->recentTimeouts.push_back(t);
        api->onSnapshot(s);
    }

    QUrl url(const QString &pathAndQuery, bool ws = false) const
    {
        const QString scheme = ws ? (m_tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                                  : (m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(api->port()).arg(pathAndQuery));
    }

    HttpReply get(const QString &path, const QByteArray &bearer = {}, const QByteArray &method = "GET")
    {
        return httpGet(nam, url(path), bearer, m_clientTls, method);
    }

    ManualClock clock;
    FakeCore core;
    QNetworkAccessManager nam;
    std::unique_ptr<MonitoringApi> api;
    std::optional<QSslConfiguration> m_clientTls;
    bool m_tls = false;
};

// Collects the text messages of one stream connection.
struct StreamClient
{
    QWebSocket socket;
    QList<QJsonObject> messages;
    bool connected = false;
    bool closed = false;

    explicit StreamClient(const QNetworkRequest &request, const std::optional<QSslConfiguration> &tls = {})
    {
        if (tls)
            socket.setSslConfiguration(*tls);
        QObject::connect(&socket, &QWebSocket::connected, [this] { connected = true; });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { messages << QJsonDocument::fromJson(text.toUtf8()).object(); });
        socket.open(request);
    }
};

} // namespace virtuoso::test
