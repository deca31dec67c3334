// /api/v1/signals answers from the confluence signals in the newest snapshot.
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace virtuoso::api {
namespace {

class RunningCore final : public MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
};

HttpResponse get(MonitoringApi &api, const QString &path)
{
    HttpRequest req;
    req.method = "GET";
    req.path = path;
    req.peer = QHostAddress::LocalHost;
    return api.handle(req);
}

std::shared_ptr<const confluence::ConfluenceSignal> signal(const char *symbol, double score)
{
    auto s = std::make_shared<confluence::ConfluenceSignal>();
    s->symbol = symbol;
    s->score = score;
    s->direction = score > 50 ? confluence::Direction::Long : confluence::Direction::Short;
    s->ready = true;
    return s;
}

TEST(ApiSignals, ListAndOneSymbolFromTheSnapshotElse503)
{
    ManualClock clock;
    RunningCore core;
    MonitoringApi api(ApiSettings{}, core, clock);
    EXPECT_EQ(get(api, QStringLiteral("/api/v1/signals")).status, 503);

    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->revision = 7;
    snapshot->confluenceSignals = {signal("BTCUSDT", 71.5), signal("ETHUSDT", 28.25)};
    api.onSnapshot(snapshot);

    const HttpResponse all = get(api, QStringLiteral("/api/v1/signals"));
    ASSERT_EQ(all.status, 200) << all.body.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(all.body).object().value(QStringLiteral("signals")).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("symbol")).toString(), QStringLiteral("BTCUSDT"));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("symbol")).toString(), QStringLiteral("ETHUSDT"));

    const HttpResponse one = get(api, QStringLiteral("/api/v1/signals/ETHUSDT"));
    ASSERT_EQ(one.status, 200) << one.body.toStdString();
    const QJsonObject eth = QJsonDocument::fromJson(one.body).object();
    EXPECT_EQ(eth, list.at(1).toObject());
    EXPECT_EQ(QJsonDocument(eth).toJson(QJsonDocument::Compact),
              QJsonDocument::fromJson(QByteArray::fromStdString(snapshot->confluenceSignals[1]->toJson()))
                  .toJson(QJsonDocument::Compact));

    const HttpResponse missing = get(api, QStringLiteral("/api/v1/signals/SOLUSDT"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_TRUE(QJsonDocument::fromJson(missing.body).object().contains(QStringLiteral("error")));

    api.onSnapshot(std::make_shared<CoreSnapshot>());
    EXPECT_EQ(get(api, QStringLiteral("/api/v1/signals/BTCUSDT")).status, 503);
}

} // namespace
} // namespace virtuoso::api
