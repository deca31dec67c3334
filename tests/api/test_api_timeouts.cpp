// /api/v1/timeouts with its filters, /api/v1/timeouts/incidents and /api/v1/timeouts/histogram,
// over a real journal (and no store: older ranges say so).
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "model/health/TimeoutJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace virtuoso::api {
namespace {

constexpr qint64 kT0 = 1'764'318'490'000; // 08:28:10 UTC
constexpr qint64 kHour = 3'600'000;
using health::TimeoutKind;

class JournalCore final : public MonitoredCore
{
public:
    explicit JournalCore(const health::TimeoutJournal &journal)
        : m_journal(journal)
    {}
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
    std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &query) const override
    {
        return store::queryTimeoutHistory(m_journal, nullptr, query);
    }

private:
    const health::TimeoutJournal &m_journal;
};

struct ApiTimeouts : ::testing::Test
{
    ManualClock clock{kT0 + 2 * kHour};
    health::TimeoutJournal journal{clock};
    JournalCore core{journal};
    ApiSettings settings;
    std::unique_ptr<MonitoringApi> api;

    void SetUp() override
    {
        settings.rateLimitPerSecond = 10000;
        api = std::make_unique<MonitoringApi>(settings, core, clock);
        const auto add = [&](qint64 ts, TimeoutKind kind, const char *conn, const char *symbol = "") {
            health::TimeoutEntry e;
            e.ts = ts;
            e.kind = kind;
            e.connId = QLatin1String(conn);
            e.symbol = QLatin1String(symbol);
            e.detail = QStringLiteral("test");
            journal.record(e);
        };
        add(kT0, TimeoutKind::PongTimeout, "conn_0");
        add(kT0 + 1000, TimeoutKind::PongTimeout, "conn_1");
        add(kT0 + 2500, TimeoutKind::StaleStream, "conn_2", "ETHUSDT");
        add(kT0 + kHour, TimeoutKind::HandlerSlow, "conn_0", "BTCUSDT");
        add(kT0 + kHour + 10, TimeoutKind::ReconnectFailed, "conn_1");
    }
    QJsonObject get(const QString &path, const QString &query, int expectStatus = 200)
    {
        HttpRequest req;
        req.method = "GET";
        req.path = path;
        req.query = QUrlQuery(query);
        req.peer = QHostAddress::LocalHost;
        const HttpResponse r = api->handle(req);
        EXPECT_EQ(r.status, expectStatus)
            << path.toStdString() << "?" << query.toStdString() << " " << r.body.toStdString();
        return QJsonDocument::fromJson(r.body).object();
    }
};

} // namespace

TEST_F(ApiTimeouts, FiltersByTimeRangeKindConnectionAndSymbol)
{
    QJsonObject body = get(QStringLiteral("/api/v1/timeouts"), QStringLiteral("since=%1").arg(kT0));
    EXPECT_EQ(body.value(QLatin1String("timeouts")).toArray().size(), 5);
    EXPECT_EQ(body.value(QLatin1String("source")).toString(), QStringLiteral("journal"));

    body = get(QStringLiteral("/api/v1/timeouts"),
               QStringLiteral("since=%1&until=%2").arg(kT0 + 500).arg(kT0 + kHour + 5));
    EXPECT_EQ(body.value(QLatin1String("timeouts")).toArray().size(), 3);
    EXPECT_EQ(body.value(QLatin1String("until")).toInteger(), kT0 + kHour + 5);

    body = get(QStringLiteral("/api/v1/timeouts"), QStringLiteral("kind=pong_timeout&conn=conn_1"));
    const QJsonArray one = body.value(QLatin1String("timeouts")).toArray();
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one[0].toObject().value(QLatin1String("conn_id")).toString(), QStringLiteral("conn_1"));

    body = get(QStringLiteral("/api/v1/timeouts"), QStringLiteral("symbol=ETHUSDT"));
    EXPECT_EQ(body.value(QLatin1String("timeouts")).toArray().size(), 1);

    // Before the ring's oldest entry (since defaults to 0), with no store: said plainly.
    body = get(QStringLiteral("/api/v1/timeouts"), {});
    EXPECT_EQ(body.value(QLatin1String("timeouts")).toArray().size(), 5);
    EXPECT_TRUE(body.value(QLatin1String("source")).toString().contains(QStringLiteral("no history store")));

    for (const QString &bad :
         {QStringLiteral("kind=LATE"), QStringLiteral("conn=x;drop"), QStringLiteral("symbol=btc"),
          QStringLiteral("until=-1"), QStringLiteral("since=5&until=5"), QStringLiteral("limit=0")}) {
        const QJsonObject error = get(QStringLiteral("/api/v1/timeouts"), bad, 400);
        EXPECT_FALSE(error.value(QLatin1String("error")).toString().isEmpty()) << bad.toStdString();
    }
}

TEST_F(ApiTimeouts, IncidentsGroupConnectionsFailingTogether)
{
    QJsonObject body = get(QStringLiteral("/api/v1/timeouts/incidents"), {});
    QJsonArray incidents = body.value(QLatin1String("incidents")).toArray();
    ASSERT_EQ(incidents.size(), 1);
    const QJsonObject incident = incidents[0].toObject();
    EXPECT_TRUE(incident.value(QLatin1String("correlated")).toBool());
    EXPECT_EQ(incident.value(QLatin1String("events")).toInt(), 3);
    EXPECT_EQ(incident.value(QLatin1String("start_ms")).toInteger(), kT0);
    EXPECT_EQ(incident.value(QLatin1String("conn_ids")).toArray().size(), 3);
    EXPECT_TRUE(incident.value(QLatin1String("summary"))
                    .toString()
                    .startsWith(QStringLiteral("3 connections timed out together at 08:28:10 UTC")));
    EXPECT_EQ(body.value(QLatin1String("isolated_failures")).toInt(), 1); // the reconnect failure an hour later

    body = get(QStringLiteral("/api/v1/timeouts/incidents"), QStringLiteral("isolated=true"));
    EXPECT_EQ(body.value(QLatin1String("incidents")).toArray().size(), 2);
    body = get(QStringLiteral("/api/v1/timeouts/incidents"), QStringLiteral("window_ms=500"));
    EXPECT_EQ(body.value(QLatin1String("incidents")).toArray().size(), 0);
    get(QStringLiteral("/api/v1/timeouts/incidents"), QStringLiteral("window_ms=abc"), 400);
}

TEST_F(ApiTimeouts, HistogramCountsPerHourByKind)
{
    const QJsonObject body = get(QStringLiteral("/api/v1/timeouts/histogram"), {});
    EXPECT_EQ(body.value(QLatin1String("bucket_ms")).toInteger(), kHour);
    const QJsonArray buckets = body.value(QLatin1String("buckets")).toArray();
    ASSERT_EQ(buckets.size(), 25); // 24 hours back, rounded down to the hour, through now
    int total = 0;
    int incidentBuckets = 0;
    for (const QJsonValue &v : buckets) {
        const QJsonObject b = v.toObject();
        total += b.value(QLatin1String("total")).toInt();
        incidentBuckets += b.value(QLatin1String("incident")).toBool();
        if (b.value(QLatin1String("start_ms")).toInteger() == kT0 - kT0 % kHour) {
            EXPECT_EQ(b.value(QLatin1String("counts")).toObject().value(QLatin1String("PONG_TIMEOUT")).toInt(), 2);
            EXPECT_TRUE(b.value(QLatin1String("incident")).toBool());
        }
    }
    EXPECT_EQ(total, 5);
    EXPECT_EQ(incidentBuckets, 1);
    get(QStringLiteral("/api/v1/timeouts/histogram"), QStringLiteral("bucket_ms=10"), 400);
    get(QStringLiteral("/api/v1/timeouts/histogram"), QStringLiteral("since=0&bucket_ms=60000"), 400); // too many
}

} // namespace virtuoso::api
