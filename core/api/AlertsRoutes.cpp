// The monitoring API's alert routes (docs/api.md, "Alerts").
#include "api/AlertsDocument.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace virtuoso::api {

namespace {

// Times in query parameters: Unix milliseconds up to the year 3000.
constexpr qint64 kLatestTimeMs = 32'503'680'000'000;
constexpr qint64 kMaxMuteS = 7 * 24 * 3600;

bool readTime(const HttpRequest &request, const QString &name, qint64 *out)
{
    if (!request.hasQueryValue(name))
        return true;
    bool ok = false;
    *out = request.queryValue(name).toLongLong(&ok);
    return ok && *out >= 0 && *out <= kLatestTimeMs;
}

} // namespace

void MonitoringApi::addAlertRoutes()
{
    // The journal: every alert that went out, with its deliveries.
    m_router.add("GET", QStringLiteral("/api/v1/alerts"), [this](const HttpRequest &request, const PathParams &) {
        store::AlertJournalQuery query;
        query.sinceMs = m_clock.epochMs() - 24 * 3'600'000LL;
        if (!readTime(request, QStringLiteral("since"), &query.sinceMs) ||
            !readTime(request, QStringLiteral("until"), &query.untilMs))
            return errorResponse(400, QStringLiteral("since and until are Unix times in milliseconds"));
        if (query.untilMs > 0 && query.untilMs <= query.sinceMs)
            return errorResponse(400, QStringLiteral("until must be after since"));
        if (request.hasQueryValue(QStringLiteral("severity"))) {
            query.minSeverity = alerts::severityFromName(request.queryValue(QStringLiteral("severity")));
            if (!query.minSeverity)
                return errorResponse(400, QStringLiteral("severity is info, warning or critical (the least shown)"));
        }
        if (request.hasQueryValue(QStringLiteral("limit"))) {
            bool ok = false;
            query.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || query.limit < 1 || query.limit > 5000)
                return errorResponse(400, QStringLiteral("limit is a whole number from 1 to 5000"));
        }
        QString error;
        const auto records = m_core.alertHistory(query, &error);
        if (!records)
            return errorResponse(503, error);
        QJsonArray list;
        for (const store::AlertRecord &r : *records)
            list.append(alerts_document::record(r));
        QJsonObject body{{QStringLiteral("since"), query.sinceMs}, {QStringLiteral("alerts"), list}};
        if (query.untilMs > 0)
            body.insert(QStringLiteral("until"), query.untilMs);
        return jsonResponse(body);
    });
    // The live board: recent alerts, channel health, the market-events tape, liquidation totals.
    m_router.add("GET", QStringLiteral("/api/v1/alerts/status"), [this](const HttpRequest &, const PathParams &) {
        const CoreSnapshotPtr snapshot = m_snapshot;
        if (!snapshot || !snapshot->alerts)
            return errorResponse(503, QStringLiteral("alerts are off in this process, or the core has not "
                                                     "published yet"));
        QJsonObject body = alerts_document::status(*snapshot->alerts);
        QJsonArray recent;
        for (const alerts::AlertItem &a : snapshot->alerts->recent)
            recent.append(alerts_document::item(a));
        QJsonArray tape;
        for (const alerts::MarketEvent &e : snapshot->alerts->tape)
            tape.append(alerts_document::marketEvent(e));
        body.insert(QStringLiteral("recent"), recent);
        body.insert(QStringLiteral("market_events"), tape);
        return jsonResponse(body);
    });
    // {"rule": NAME} or {"key": KEY}, with "duration_s" (0 lifts the mute).
    m_router.add("POST", QStringLiteral("/api/v1/alerts/mute"), [this](const HttpRequest &request, const PathParams &) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parse);
        const QJsonObject body = doc.object();
        const QJsonValue duration = body.value(QLatin1String("duration_s"));
        const bool byRule = body.value(QLatin1String("rule")).isString();
        const bool byKey = body.value(QLatin1String("key")).isString();
        if (parse.error != QJsonParseError::NoError || !doc.isObject() || byRule == byKey || !duration.isDouble() ||
            duration.toDouble() < 0 || duration.toDouble() > kMaxMuteS)
            return errorResponse(400, QStringLiteral("the body is {\"rule\": NAME} or {\"key\": KEY} with "
                                                     "\"duration_s\" from 0 (lift the mute) to 604800"));
        const QString name = body.value(QLatin1String(byRule ? "rule" : "key")).toString();
        if (name.isEmpty() || name.size() > 200)
            return errorResponse(400, QStringLiteral("the rule or key is 1 to 200 characters"));
        const qint64 durationMs = static_cast<qint64>(duration.toDouble() * 1000.0);
        if (const QString error = m_core.muteAlerts(byRule, name, durationMs); !error.isEmpty())
            return errorResponse(503, error);
        QJsonObject answer{{QStringLiteral("muted_for_s"), durationMs / 1000}};
        answer.insert(byRule ? QStringLiteral("rule") : QStringLiteral("key"), name);
        return jsonResponse(answer, 202);
    });
    // {"channel": NAME}: one test alert through that channel, as `virtuoso alerts test NAME` sends.
    m_router.add("POST", QStringLiteral("/api/v1/alerts/test"), [this](const HttpRequest &request, const PathParams &) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parse);
        const QString channel = doc.object().value(QLatin1String("channel")).toString();
        if (parse.error != QJsonParseError::NoError || !doc.isObject() || channel.isEmpty() || channel.size() > 64)
            return errorResponse(400,
                                 QStringLiteral("the body is {\"channel\": NAME}, a channel of the configuration"));
        bool unknown = false;
        if (const QString error = m_core.sendTestAlert(channel, &unknown); !error.isEmpty())
            return errorResponse(unknown ? 404 : 503, error);
        return jsonResponse(QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("queued"), true}}, 202);
    });
}

} // namespace virtuoso::api
