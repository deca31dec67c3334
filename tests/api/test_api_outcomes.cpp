// /api/v1/signals/outcomes and /api/v1/signals/scorecard answer from the outcome database the live
// tracker writes: filters and limits, every bad parameter a 400 that says why, 503 without outcomes,
// and a scorecard computed at most every few seconds.
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "store/OutcomeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace virtuoso::api {
namespace {

using outcomes::Outcome;

constexpr qint64 kT0 = 1'733'011'200'000;

class OutcomesCore final : public MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
    QString outcomesPath() const override { return path; }
    QString path;
};

HttpResponse get(MonitoringApi &api, const QString &path)
{
    HttpRequest req;
    req.method = "GET";
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    req.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        req.query = QUrlQuery(path.mid(q + 1));
    req.peer = QHostAddress::LocalHost;
    return api.handle(req);
}

Outcome closed(const char *symbol, int n, qint64 timeMs, double netR)
{
    Outcome o;
    o.id = std::string(symbol) + "-" + std::to_string(n);
    o.signal.symbol = symbol;
    o.signal.timeMs = timeMs;
    o.signal.score = netR > 0 ? 82 : 74;
    o.signal.direction = outcomes::Direction::Long;
    o.signal.referencePrice = 100;
    o.signal.atr = 2;
    o.status = outcomes::OutcomeStatus::Closed;
    o.plan = outcomes::makeTradePlan(outcomes::Direction::Long, 100, 2, 99, 101);
    o.entryTimeMs = timeMs + 1000;
    o.exitTimeMs = timeMs + 60'000;
    o.exitReason = netR > 0 ? outcomes::ExitReason::Target : outcomes::ExitReason::Stop;
    o.exitPrice = o.plan.entry + netR * o.plan.risk;
    o.grossR = netR;
    o.costR = 0;
    o.netR = netR;
    return o;
}

QJsonObject body(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

class ApiOutcomes : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    ManualClock clock{kT0};
    OutcomesCore core;
    std::unique_ptr<MonitoringApi> api;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        core.path = dir.filePath(QStringLiteral("outcomes.sqlite"));
        store::OutcomeStore db;
        ASSERT_TRUE(db.open(core.path));
        ASSERT_TRUE(db.saveRun(QStringLiteral("live"), QStringLiteral("live"), kT0, "{}"));
        ASSERT_TRUE(
            db.saveOutcomes(QStringLiteral("live"), {closed("BTCUSDT", 1, kT0, 3), closed("ETHUSDT", 1, kT0 + 1000, -1),
                                                     closed("BTCUSDT", 2, kT0 + 2000, -1)}));
        // A backtest's run in the same file is not the live one.
        ASSERT_TRUE(db.saveRun(QStringLiteral("test"), QStringLiteral("backtest"), kT0, "{}"));
        ASSERT_TRUE(db.saveOutcomes(QStringLiteral("test"), {closed("SOLUSDT", 1, kT0, 3)}));
        api = std::make_unique<MonitoringApi>(ApiSettings{}, core, clock);
    }
    QStringList ids(const HttpResponse &r) const
    {
        QStringList out;
        for (const QJsonValue &v : body(r).value(QStringLiteral("outcomes")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
};

TEST_F(ApiOutcomes, TheLiveRunFilteredBySymbolTimeAndLimit)
{
    const HttpResponse all = get(*api, QStringLiteral("/api/v1/signals/outcomes"));
    ASSERT_EQ(all.status, 200) << all.body.toStdString();
    EXPECT_EQ(ids(all), (QStringList{"BTCUSDT-1", "ETHUSDT-1", "BTCUSDT-2"}));
    const QJsonObject first = body(all).value(QStringLiteral("outcomes")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

    EXPECT_EQ(ids(get(*api, QStringLiteral("/api/v1/signals/outcomes?symbol=BTCUSDT"))),
              (QStringList{"BTCUSDT-1", "BTCUSDT-2"}));
    EXPECT_EQ(
        ids(get(*api, QStringLiteral("/api/v1/signals/outcomes?since=%1&until=%2").arg(kT0 + 1000).arg(kT0 + 2000))),
        QStringList{"ETHUSDT-1"});
    EXPECT_EQ(ids(get(*api, QStringLiteral("/api/v1/signals/outcomes?limit=1"))), QStringList{"BTCUSDT-2"})
        << "the newest";
    EXPECT_TRUE(ids(get(*api, QStringLiteral("/api/v1/signals/outcomes?symbol=XRPUSDT"))).isEmpty());
}

TEST_F(ApiOutcomes, EveryBadParameterIsA400ThatSaysWhy)
{
    const struct
    {
        const char *query;
        const char *says;
    } cases[] = {
        {"since=yesterday", "since and until"},
        {"until=-5", "since and until"},
        {"since=99999999999999999", "since and until"},
        {"since=2000&until=1000", "after since"},
        {"symbol=btc-usdt", "symbol"},
        {"symbol=", "symbol"},
        {"limit=0", "limit"},
        {"limit=5001", "limit"},
        {"limit=ten", "limit"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.query);
        const HttpResponse r = get(*api, QStringLiteral("/api/v1/signals/outcomes?") + QLatin1String(c.query));
        EXPECT_EQ(r.status, 400);
        EXPECT_TRUE(body(r).value(QStringLiteral("error")).toString().contains(QLatin1String(c.says)))
            << r.body.toStdString();
    }
}

TEST_F(ApiOutcomes, TheScorecardOfTheLiveRunIsCachedForSeconds)
{
    const HttpResponse r = get(*api, QStringLiteral("/api/v1/signals/scorecard"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QJsonObject card = body(r).value(QStringLiteral("scorecard")).toObject();
    EXPECT_EQ(card.value(QStringLiteral("closed")).toInt(), 3);
    EXPECT_EQ(body(r).value(QStringLiteral("equity_r")).toArray().size(), 3);
    EXPECT_EQ(body(r).value(QStringLiteral("equity_r")).toArray().last().toDouble(), 1.0);

    // A new outcome is not in the scorecard until the cache expires.
    {
        store::OutcomeStore db;
        ASSERT_TRUE(db.open(core.path));
        ASSERT_TRUE(db.saveOutcomes(QStringLiteral("live"), {closed("ETHUSDT", 2, kT0 + 3000, 3)}));
    }
    clock.advanceMs(1000);
    card = body(get(*api, QStringLiteral("/api/v1/signals/scorecard"))).value(QStringLiteral("scorecard")).toObject();
    EXPECT_EQ(card.value(QStringLiteral("closed")).toInt(), 3);
    clock.advanceMs(5000);
    card = body(get(*api, QStringLiteral("/api/v1/signals/scorecard"))).value(QStringLiteral("scorecard")).toObject();
    EXPECT_EQ(card.value(QStringLiteral("closed")).toInt(), 4);
}

TEST_F(ApiOutcomes, WithoutOutcomesBothRoutesAnswer503)
{
    core.path.clear();
    for (const char *path : {"/api/v1/signals/outcomes", "/api/v1/signals/scorecard"}) {
        const HttpResponse r = get(*api, QLatin1String(path));
        EXPECT_EQ(r.status, 503) << path;
        EXPECT_TRUE(body(r).value(QStringLiteral("error")).toString().contains(QLatin1String("off"))) << path;
    }
    // A path that cannot be read yet is a 503 too, not a crash.
    core.path = dir.filePath(QStringLiteral("missing/outcomes.sqlite"));
    EXPECT_EQ(get(*api, QStringLiteral("/api/v1/signals/outcomes")).status, 503);
    // The symbol route still answers its own paths.
    EXPECT_EQ(get(*api, QStringLiteral("/api/v1/signals/BTCUSDT")).status, 503);
}

} // namespace
} // namespace virtuoso::api
