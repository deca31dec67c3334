// The alert routes of the monitoring API: the journal with its filters (every bad parameter a 400
// that says why), the live board, muting a rule or a key, and a test alert through a channel —
// each 503 with the reason when alerts are off.
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "model/alerts/AlertBoard.h"
#include "model/snapshot/SnapshotPublisher.h"
#include "store/AlertJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace virtuoso::api {
namespace {

constexpr qint64 kT0 = 1'733'011'200'000;

store::AlertRecord record(qint64 id, qint64 timeMs, alerts::AlertSeverity severity, const QString &key)
{
    store::AlertRecord r;
    r.id = id;
    r.rule = QStringLiteral("whales");
    r.event.source = alerts::AlertSource::Whale;
    r.event.severity = severity;
    r.event.key = key;
    r.event.symbol = QStringLiteral("BTCUSDT");
    r.event.title = QStringLiteral("BTCUSDT whale");
    r.event.timeMs = timeMs;
    r.event.value = 250'000;
    store::AlertDeliveryRecord d;
    d.channel = QStringLiteral("ops");
    d.status = QStringLiteral("delivered");
    d.attempts = 2;
    d.latencyMs = 40;
    d.updatedMs = timeMs + 40;
    r.deliveries.push_back(d);
    return r;
}

// A core whose alerts are a fixed journal and a recorder of mutes and tests.
class AlertsCore final : public MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
    std::optional<std::vector<store::AlertRecord>> alertHistory(const store::AlertJournalQuery &query,
                                                                QString *error) const override
    {
        if (!enabled) {
            *error = QStringLiteral("alerts are off in this process");
            return std::nullopt;
        }
        lastQuery = query;
        std::vector<store::AlertRecord> out;
        for (const store::AlertRecord &r : journal) {
            if (r.event.timeMs < query.sinceMs || (query.untilMs > 0 && r.event.timeMs >= query.untilMs))
                continue;
            if (query.minSeverity && r.event.severity < *query.minSeverity)
                continue;
            out.push_back(r);
        }
        if (static_cast<int>(out.size()) > query.limit)
            out.erase(out.begin(), out.end() - query.limit);
        return out;
    }
    QString muteAlerts(bool rule, const QString &name, qint64 durationMs) override
    {
        if (!enabled)
            return QStringLiteral("alerts are off in this process");
        mutes.push_back({rule, name, durationMs});
        return {};
    }
    QString sendTestAlert(const QString &channel, bool *unknown) override
    {
        *unknown = false;
        if (!enabled)
            return QStringLiteral("alerts are off in this process");
        if (channel != u"ops") {
            *unknown = true;
            return QStringLiteral("there is no channel '%1'").arg(channel);
        }
        tests << channel;
        return {};
    }

    struct Mute
    {
        bool rule;
        QString name;
        qint64 durationMs;
    };
    bool enabled = true;
    std::vector<store::AlertRecord> journal;
    mutable store::AlertJournalQuery lastQuery;
    std::vector<Mute> mutes;
    QStringList tests;
};

HttpResponse call(MonitoringApi &api, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    HttpRequest req;
    req.method = method;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    req.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        req.query = QUrlQuery(path.mid(q + 1));
    req.body = body;
    req.peer = QHostAddress::LocalHost;
    return api.handle(req);
}

QJsonObject json(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

class ApiAlerts : public ::testing::Test
{
protected:
    ManualClock clock{kT0 + 48 * 3'600'000LL};
    AlertsCore core;
    std::unique_ptr<MonitoringApi> api;

    void SetUp() override
    {
        const qint64 now = clock.epochMs();
        core.journal = {record(1, now - 30 * 3'600'000LL, alerts::AlertSeverity::Critical, QStringLiteral("old")),
                        record(2, now - 3'600'000, alerts::AlertSeverity::Info, QStringLiteral("a")),
                        record(3, now - 1'800'000, alerts::AlertSeverity::Warning, QStringLiteral("b")),
                        record(4, now - 60'000, alerts::AlertSeverity::Critical, QStringLiteral("c"))};
        api = std::make_unique<MonitoringApi>(ApiSettings{}, core, clock);
    }
    QStringList keys(const HttpResponse &r) const
    {
        QStringList out;
        for (const QJsonValue &v : json(r).value(QStringLiteral("alerts")).toArray())
            out << v.toObject().value(QStringLiteral("key")).toString();
        return out;
    }
};

TEST_F(ApiAlerts, TheJournalOfTheLastDayByDefaultFilteredBySeverityTimeAndLimit)
{
    const HttpResponse all = call(*api, "GET", QStringLiteral("/api/v1/alerts"));
    ASSERT_EQ(all.status, 200) << all.body.toStdString();
    EXPECT_EQ(keys(all), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(json(all).value(QStringLiteral("since")).toInteger(), clock.epochMs() - 24 * 3'600'000LL);
    const QJsonObject first = json(all).value(QStringLiteral("alerts")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    EXPECT_EQ(first.value(QStringLiteral("rule")).toString(), QStringLiteral("whales"));
    const QJsonObject delivery = first.value(QStringLiteral("deliveries")).toArray().at(0).toObject();
    EXPECT_EQ(delivery.value(QStringLiteral("channel")).toString(), QStringLiteral("ops"));
    EXPECT_EQ(delivery.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(delivery.value(QStringLiteral("attempts")).toInt(), 2);

    EXPECT_EQ(keys(call(*api, "GET", QStringLiteral("/api/v1/alerts?severity=warning"))),
              (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(keys(call(*api, "GET", QStringLiteral("/api/v1/alerts?since=0&limit=2"))),
              (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    const qint64 until = clock.epochMs() - 1'000'000;
    const HttpResponse window = call(*api, "GET", QStringLiteral("/api/v1/alerts?since=0&until=%1").arg(until));
    EXPECT_EQ(keys(window), (QStringList{QStringLiteral("old"), QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(json(window).value(QStringLiteral("until")).toInteger(), until);
}

TEST_F(ApiAlerts, EveryBadParameterIsA400ThatSaysWhy)
{
    for (const char *query : {"since=yesterday", "since=-1", "until=99999999999999999", "since=2000&until=1000",
                              "severity=loud", "limit=0", "limit=5001", "limit=ten"}) {
        const HttpResponse r = call(*api, "GET", QStringLiteral("/api/v1/alerts?") + QLatin1String(query));
        EXPECT_EQ(r.status, 400) << query;
        EXPECT_FALSE(json(r).value(QStringLiteral("error")).toString().isEmpty()) << query;
    }
}

TEST_F(ApiAlerts, TheBoardWithChannelsCountsTotalsAndTheTape)
{
    EXPECT_EQ(call(*api, "GET", QStringLiteral("/api/v1/alerts/status")).status, 503); // nothing published yet
    auto board = std::make_shared<alerts::AlertBoard>();
    alerts::ChannelHealth ops;
    ops.name = QStringLiteral("ops");
    ops.type = QStringLiteral("discord");
    ops.state = QStringLiteral("retrying");
    ops.queued = 3;
    ops.lastError = QStringLiteral("HTTP 429");
    board->channels.push_back(ops);
    alerts::AlertItem item;
    item.sequence = 7;
    item.key = QStringLiteral("whale:BTCUSDT:Buy");
    item.more = 4;
    board->recent.push_back(item);
    board->tape.push_back(
        {alerts::MarketEvent::Kind::Liquidation, 1, kT0, QStringLiteral("ETHUSDT"), false, 3000, 50, 150'000});
    board->totals.push_back({QString(), 150'000, 150'000, 1});
    board->mutedKeys << QStringLiteral("whale:SOLUSDT:Sell");
    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->alerts = board;
    api->onSnapshot(snapshot);

    const HttpResponse r = call(*api, "GET", QStringLiteral("/api/v1/alerts/status"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject status = json(r);
    const QJsonObject channel =
        status.value(QStringLiteral("channels")).toObject().value(QStringLiteral("ops")).toObject();
    EXPECT_EQ(channel.value(QStringLiteral("state")).toString(), QStringLiteral("retrying"));
    EXPECT_EQ(channel.value(QStringLiteral("queued")).toInt(), 3);
    EXPECT_EQ(status.value(QStringLiteral("recent")).toArray().at(0).toObject().value(QStringLiteral("more")).toInt(),
              4);
    const QJsonObject event = status.value(QStringLiteral("market_events")).toArray().at(0).toObject();
    EXPECT_EQ(event.value(QStringLiteral("kind")).toString(), QStringLiteral("liquidation"));
    EXPECT_EQ(event.value(QStringLiteral("side")).toString(), QStringLiteral("Sell"));
    EXPECT_DOUBLE_EQ(event.value(QStringLiteral("notional")).toDouble(), 150'000);
    EXPECT_DOUBLE_EQ(status.value(QStringLiteral("liquidation_totals"))
                         .toObject()
                         .value(QStringLiteral("*"))
                         .toObject()
                         .value(QStringLiteral("last_5m"))
                         .toDouble(),
                     150'000);
    EXPECT_EQ(status.value(QStringLiteral("muted_keys")).toArray().at(0).toString(),
              QStringLiteral("whale:SOLUSDT:Sell"));
}

TEST_F(ApiAlerts, MuteARuleOrAKeyAndLiftIt)
{
    HttpResponse r =
        call(*api, "POST", QStringLiteral("/api/v1/alerts/mute"), R"({"rule":"whales","duration_s":3600})");
    ASSERT_EQ(r.status, 202) << r.body.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("rule")).toString(), QStringLiteral("whales"));
    EXPECT_EQ(json(r).value(QStringLiteral("muted_for_s")).toInt(), 3600);
    r = call(*api, "POST", QStringLiteral("/api/v1/alerts/mute"), R"({"key":"whale:BTCUSDT:Buy","duration_s":0})");
    ASSERT_EQ(r.status, 202);
    ASSERT_EQ(core.mutes.size(), 2u);
    EXPECT_TRUE(core.mutes[0].rule);
    EXPECT_EQ(core.mutes[0].durationMs, 3'600'000);
    EXPECT_FALSE(core.mutes[1].rule);
    EXPECT_EQ(core.mutes[1].name, QStringLiteral("whale:BTCUSDT:Buy"));
    EXPECT_EQ(core.mutes[1].durationMs, 0);

    for (const char *body : {"", "[]", "{\"duration_s\":60}", "{\"rule\":\"a\",\"key\":\"b\",\"duration_s\":60}",
                             "{\"rule\":\"a\"}", "{\"rule\":\"a\",\"duration_s\":-1}",
                             "{\"rule\":\"a\",\"duration_s\":604801}", "{\"rule\":\"a\",\"duration_s\":\"60\"}",
                             "{\"rule\":\"\",\"duration_s\":60}", "{\"rule\":7,\"duration_s\":60}"}) {
        const HttpResponse bad = call(*api, "POST", QStringLiteral("/api/v1/alerts/mute"), body);
        EXPECT_EQ(bad.status, 400) << body;
    }
    EXPECT_EQ(core.mutes.size(), 2u);
}

TEST_F(ApiAlerts, ATestAlertGoesToAKnownChannelOnly)
{
    HttpResponse r = call(*api, "POST", QStringLiteral("/api/v1/alerts/test"), R"({"channel":"ops"})");
    ASSERT_EQ(r.status, 202) << r.body.toStdString();
    EXPECT_TRUE(json(r).value(QStringLiteral("queued")).toBool());
    EXPECT_EQ(core.tests, QStringList{QStringLiteral("ops")});
    r = call(*api, "POST", QStringLiteral("/api/v1/alerts/test"), R"({"channel":"nope"})");
    EXPECT_EQ(r.status, 404);
    EXPECT_TRUE(json(r).value(QStringLiteral("error")).toString().contains(QStringLiteral("nope")));
    for (const char *body : {"", "{}", "{\"channel\":3}", "{\"channel\":\"\"}"})
        EXPECT_EQ(call(*api, "POST", QStringLiteral("/api/v1/alerts/test"), body).status, 400) << body;
    EXPECT_EQ(core.tests.size(), 1);
}

TEST_F(ApiAlerts, WithAlertsOffEveryRouteSaysSo)
{
    core.enabled = false;
    for (const auto &[method, path, body] : std::vector<std::tuple<QByteArray, QString, QByteArray>>{
             {"GET", QStringLiteral("/api/v1/alerts"), {}},
             {"GET", QStringLiteral("/api/v1/alerts/status"), {}},
             {"POST", QStringLiteral("/api/v1/alerts/mute"), R"({"rule":"x","duration_s":60})"},
             {"POST", QStringLiteral("/api/v1/alerts/test"), R"({"channel":"ops"})"}}) {
        const HttpResponse r = call(*api, method, path, body);
        EXPECT_EQ(r.status, 503) << path.toStdString();
        EXPECT_TRUE(json(r).value(QStringLiteral("error")).toString().contains(QStringLiteral("off")))
            << path.toStdString();
    }
}

} // namespace
} // namespace virtuoso::api
