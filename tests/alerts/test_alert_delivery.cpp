// Delivery against local HTTP receivers that behave like Discord (429 with retry_after, then 204),
// Slack (200 "ok"), Telegram (200 {"ok":true}), a signed webhook, and a receiver that stops
// answering and recovers: every alert arrives exactly once, in order per channel, and the journal
// holds each delivery. Waits for events, never for a fixed time.
#include "TestSupport.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertFormat.h"
#include "base/http/HttpServer.h"
#include "store/AlertJournal.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::alerts;
using virtuoso::api::HttpRequest;
using virtuoso::api::HttpResponse;
using virtuoso::api::HttpServer;

namespace {

// A receiver on 127.0.0.1: `answer` decides each request (std::nullopt: hold it, unanswered).
struct Receiver
{
    std::function<std::optional<HttpResponse>(const HttpRequest &)> answer;
    std::vector<HttpRequest> accepted; // requests answered with 2xx
    int requests = 0;
    std::vector<HttpServer::Reply> held;
    std::unique_ptr<HttpServer> server;

    explicit Receiver(std::function<std::optional<HttpResponse>(const HttpRequest &)> a)
        : answer(std::move(a))
    {
        server =
            std::make_unique<HttpServer>(HttpServer::Options{}, [this](const HttpRequest &r, HttpServer::Reply reply) {
                ++requests;
                auto response = answer(r);
                if (!response) {
                    held.push_back(std::move(reply));
                    return;
                }
                if (response->status >= 200 && response->status < 300)
                    accepted.push_back(r);
                reply(*response);
            });
        QString error;
        EXPECT_TRUE(server->listen(&error)) << error.toStdString();
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(server->port()).arg(path);
    }
};

ChannelSettings channel(const QString &name, ChannelType type, const QString &url)
{
    ChannelSettings c;
    c.name = name;
    c.type = type;
    c.url = url;
    c.timeoutMs = 300;
    c.maxRetries = 2;
    c.backoffInitialMs = 10;
    c.backoffMaxMs = 50;
    return c;
}

AlertDecision decision(int n, const QStringList &channels)
{
    AlertDecision d;
    d.rule = QStringLiteral("test");
    d.event.source = AlertSource::Whale;
    d.event.severity = n % 3 == 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
    d.event.key = QStringLiteral("whale:BTCUSDT:%1").arg(n);
    d.event.symbol = QStringLiteral("BTCUSDT");
    d.event.title = QStringLiteral("alert %1").arg(n);
    d.event.fields = {{QStringLiteral("N"), QString::number(n)}, {QStringLiteral("Side"), QStringLiteral("Buy")}};
    d.event.timeMs = 1'700'000'000'000 + n;
    for (const QString &c : channels)
        d.messages.push_back({c, n == 0 ? 3 : 0, 120'000});
    return d;
}

QString titleOf(const ChannelType type, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    switch (type) {
    case ChannelType::Discord:
        return o.value(QStringLiteral("embeds")).toArray().at(0).toObject().value(QStringLiteral("title")).toString();
    case ChannelType::Slack:
        return o.value(QStringLiteral("blocks"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("text"))
            .toObject()
            .value(QStringLiteral("text"))
            .toString();
    case ChannelType::Telegram:
        return o.value(QStringLiteral("text"))
            .toString()
            .section(QLatin1Char('\n'), 0, 0)
            .remove(QStringLiteral("<b>"))
            .remove(QStringLiteral("</b>"));
    default:
        return o.value(QStringLiteral("title")).toString();
    }
}

QStringList titles(ChannelType type, const std::vector<HttpRequest> &requests)
{
    QStringList out;
    for (const HttpRequest &r : requests)
        out << titleOf(type, r.body);
    return out;
}

QStringList expectedTitles(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("alert %1").arg(i);
    return out;
}

} // namespace

TEST(AlertDelivery, DiscordSlackTelegramAndASignedWebhookEachGetEveryAlertOnceInOrder)
{
    int discordCalls = 0;
    Receiver discord([&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (++discordCalls % 4 == 1) // Discord's rate limit: 429 with a JSON retry_after in seconds
            return HttpResponse::json(429,
                                      R"({"message":"You are being rate limited.","retry_after":0.05,"global":false})");
        HttpResponse r = HttpResponse::text(204, {});
        return r;
    });
    Receiver slack([](const HttpRequest &) { return std::optional<HttpResponse>(HttpResponse::text(200, "ok")); });
    Receiver telegram([](const HttpRequest &r) {
        if (r.path != u"/botSECRET123/sendMessage")
            return std::optional<HttpResponse>(HttpResponse::json(404, R"({"ok":false})"));
        return std::optional<HttpResponse>(HttpResponse::json(200, R"({"ok":true,"result":{}})"));
    });
    Receiver webhook([](const HttpRequest &r) {
        if (r.header("x-virtuoso-signature") != webhookSignature(r.body, "hmac-key"))
            return std::optional<HttpResponse>(HttpResponse::text(401, "bad signature"));
        return std::optional<HttpResponse>(HttpResponse::text(202, {}));
    });

    QTemporaryDir dir;
    ChannelSettings tg =
        channel(QStringLiteral("tg"), ChannelType::Telegram, telegram.url(QStringLiteral("/botSECRET123")));
    tg.chatId = QStringLiteral("-100200");
    ChannelSettings hook = channel(QStringLiteral("hook"), ChannelType::Webhook, webhook.url(QStringLiteral("/in")));
    hook.hmacKey = "hmac-key";
    RecordingDesktopNotifier desktop;
    AlertDispatcher::Options options;
    options.journalPath = dir.filePath(QStringLiteral("alerts.sqlite"));
    options.desktop = &desktop;
    const QStringList names{QStringLiteral("discord"), QStringLiteral("slack"), QStringLiteral("tg"),
                            QStringLiteral("hook"), QStringLiteral("desk")};
    {
        AlertService service(
            {channel(QStringLiteral("discord"), ChannelType::Discord,
                     discord.url(QStringLiteral("/api/webhooks/1/abc"))),
             channel(QStringLiteral("slack"), ChannelType::Slack, slack.url(QStringLiteral("/services/T/B/X"))), tg,
             hook, channel(QStringLiteral("desk"), ChannelType::Desktop, {})},
            options);
        constexpr int N = 12;
        for (int i = 0; i < N; ++i)
            service.submit(decision(i, names));
        ASSERT_TRUE(test::waitFor(
            [&] {
                return discord.accepted.size() == N && slack.accepted.size() == N && telegram.accepted.size() == N &&
                       webhook.accepted.size() == N && desktop.messages().size() == N;
            },
            20000))
            << discord.accepted.size() << " " << slack.accepted.size() << " " << telegram.accepted.size() << " "
            << webhook.accepted.size() << " " << desktop.messages().size();
        // The receivers have every alert before the service has read every answer: wait for that too,
        // so the journal below records the deliveries and not answers still on their way.
        ASSERT_TRUE(test::waitFor(
            [&] {
                for (const ChannelStatus &s : service.status())
                    if (s.queued != 0 || s.delivered != static_cast<quint64>(N))
                        return false;
                return true;
            },
            20000));
        EXPECT_EQ(titles(ChannelType::Discord, discord.accepted), expectedTitles(N));
        EXPECT_EQ(titles(ChannelType::Slack, slack.accepted), expectedTitles(N));
        EXPECT_EQ(titles(ChannelType::Telegram, telegram.accepted), expectedTitles(N));
        EXPECT_EQ(titles(ChannelType::Webhook, webhook.accepted), expectedTitles(N));
        EXPECT_GT(discordCalls, N) << "the 429s were retried";

        const QJsonObject embed = QJsonDocument::fromJson(discord.accepted[0].body)
                                      .object()
                                      .value(QStringLiteral("embeds"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        EXPECT_EQ(embed.value(QStringLiteral("color")).toInt(), discordColour(AlertSeverity::Critical));
        EXPECT_EQ(embed.value(QStringLiteral("description")).toString(),
                  QStringLiteral("and 3 more like this in 2 min"));
        EXPECT_EQ(embed.value(QStringLiteral("fields")).toArray().size(), 2);
        const QJsonObject tgBody = QJsonDocument::fromJson(telegram.accepted[0].body).object();
        EXPECT_EQ(tgBody.value(QStringLiteral("chat_id")).toString(), QStringLiteral("-100200"));
        EXPECT_EQ(tgBody.value(QStringLiteral("parse_mode")).toString(), QStringLiteral("HTML"));
        const QJsonObject hookBody = QJsonDocument::fromJson(webhook.accepted[0].body).object();
        EXPECT_EQ(hookBody.value(QStringLiteral("version")).toInt(), 1);
        EXPECT_EQ(hookBody.value(QStringLiteral("source")).toString(), QStringLiteral("whale"));
        EXPECT_EQ(hookBody.value(QStringLiteral("more")).toInt(), 3);
        EXPECT_GT(hookBody.value(QStringLiteral("id")).toInteger(), 0);
        for (const ChannelStatus &s : service.status())
            EXPECT_EQ(s.state, ChannelStatus::State::Ok) << s.name.toStdString();
    }
    store::AlertJournal journal;
    ASSERT_TRUE(journal.open(options.journalPath, /*readOnly=*/true)) << journal.lastError().toStdString();
    const auto records = journal.query({});
    ASSERT_EQ(records.size(), 12u);
    for (const store::AlertRecord &r : records) {
        ASSERT_EQ(r.deliveries.size(), 5u);
        for (const store::AlertDeliveryRecord &d : r.deliveries) {
            EXPECT_EQ(d.status, QStringLiteral("delivered")) << d.channel.toStdString();
            EXPECT_GE(d.latencyMs, 0);
        }
    }
    EXPECT_TRUE(journal.pending().empty());
    EXPECT_EQ(QFileInfo(options.journalPath).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST(AlertDelivery, AReceiverThatTimesOutIsMarkedFailingAndGetsEveryAlertOnceWhenItRecovers)
{
    bool down = true;
    Receiver hook([&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (down)
            return std::nullopt; // never answers: the client's timeout ends the attempt
        return HttpResponse::text(200, "ok");
    });
    QTemporaryDir dir;
    AlertDispatcher::Options options;
    options.journalPath = dir.filePath(QStringLiteral("alerts.sqlite"));
    AlertService service({channel(QStringLiteral("hook"), ChannelType::Webhook, hook.url(QStringLiteral("/in")))},
                         options);
    constexpr int N = 5;
    for (int i = 0; i < N; ++i)
        service.submit(decision(i, {QStringLiteral("hook")}));
    ASSERT_TRUE(test::waitFor(
        [&] { return !service.status().empty() && service.status()[0].state == ChannelStatus::State::Failing; },
        20000));
    const ChannelStatus failing = service.status()[0];
    EXPECT_EQ(failing.queued, N);
    EXPECT_EQ(failing.lastError, QStringLiteral("no answer within 300 ms"));
    EXPECT_FALSE(failing.lastError.contains(QStringLiteral("127.0.0.1"))) << "a URL is never shown";
    EXPECT_TRUE(hook.accepted.empty());
    {
        store::AlertJournal reader;
        ASSERT_TRUE(reader.open(options.journalPath, true));
        EXPECT_EQ(reader.pending().size(), static_cast<size_t>(N)) << "journaled while failing";
    }

    down = false;
    ASSERT_TRUE(test::waitFor([&] { return hook.accepted.size() == N && service.status()[0].queued == 0; }, 20000));
    EXPECT_EQ(titles(ChannelType::Webhook, hook.accepted), expectedTitles(N));
    EXPECT_EQ(service.status()[0].state, ChannelStatus::State::Ok);
    EXPECT_EQ(service.status()[0].delivered, static_cast<quint64>(N));
}

TEST(AlertDelivery, UndeliveredAlertsOfARunAreDeliveredByTheNextOneFromTheJournal)
{
    bool down = true;
    Receiver hook([&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (down)
            return HttpResponse::text(503, "down");
        return HttpResponse::text(200, "ok");
    });
    QTemporaryDir dir;
    AlertDispatcher::Options options;
    options.journalPath = dir.filePath(QStringLiteral("alerts.sqlite"));
    const auto settings = channel(QStringLiteral("hook"), ChannelType::Webhook, hook.url(QStringLiteral("/in")));
    {
        AlertService first({settings}, options);
        for (int i = 0; i < 3; ++i)
            first.submit(decision(i, {QStringLiteral("hook")}));
        ASSERT_TRUE(test::waitFor([&] { return first.status()[0].state == ChannelStatus::State::Failing; }, 20000));
        EXPECT_EQ(first.status()[0].lastError, QStringLiteral("HTTP 503"));
    }
    down = false;
    AlertService second({settings}, options);
    // At least once across a restart: a request of the first run still on its way when it stopped may
    // be answered after all, and is delivered again by the second (the webhook's id tells a receiver
    // it has seen it). Every alert arrives, first deliveries in order.
    std::vector<HttpRequest> unique;
    ASSERT_TRUE(test::waitFor(
        [&] {
            unique.clear();
            QSet<qint64> ids;
            for (const HttpRequest &r : hook.accepted)
                if (!ids.contains(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toInteger())) {
                    ids.insert(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toInteger());
                    unique.push_back(r);
                }
            return unique.size() == 3 && second.status()[0].queued == 0;
        },
        20000))
        << hook.accepted.size();
    EXPECT_EQ(titles(ChannelType::Webhook, unique), expectedTitles(3));
}

TEST(AlertDelivery, RetryAfterHeaderIsHonoured)
{
    int calls = 0;
    Receiver slack([&](const HttpRequest &) {
        if (++calls == 1) {
            HttpResponse r = HttpResponse::text(429, "slow down");
            r.addHeader("Retry-After", "1");
            return std::optional<HttpResponse>(r);
        }
        return std::optional<HttpResponse>(HttpResponse::text(200, "ok"));
    });
    AlertService service({channel(QStringLiteral("slack"), ChannelType::Slack, slack.url(QStringLiteral("/hook")))},
                         {});
    QElapsedTimer timer;
    timer.start();
    service.submit(decision(1, {QStringLiteral("slack")}));
    ASSERT_TRUE(test::waitFor([&] { return slack.accepted.size() == 1; }, 20000));
    EXPECT_GE(timer.elapsed(), 900) << "the second attempt waited for Retry-After: 1";
    EXPECT_EQ(calls, 2);
    // The receiver has the alert before the channel has read its answer: wait for that answer.
    EXPECT_TRUE(test::waitFor([&] { return service.status()[0].state == ChannelStatus::State::Ok; }, 20000))
        << "a 429 alone does not mark a channel failing";
}
