// The monitoring API's signal-outcome routes (docs/api.md, "Signal outcomes"): the live run of the
// outcome database, read through a read-only connection of the API's own thread.
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "model/outcomes/Scorecard.h"
#include "store/OutcomeStore.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cstdio>
#include <memory>
#include <string>

namespace virtuoso::api {

namespace {

constexpr qint64 kLatestTimeMs = 32'503'680'000'000; // the year 3000
constexpr qint64 kScorecardCacheMs = 5000;
constexpr int kMaxLimit = 5000;
const QString kLiveRun = QStringLiteral("live");

bool readTime(const HttpRequest &request, const QString &name, qint64 *out)
{
    if (!request.hasQueryValue(name))
        return true;
    bool ok = false;
    *out = request.queryValue(name).toLongLong(&ok);
    return ok && *out >= 0 && *out <= kLatestTimeMs;
}

// The store's JSON texts joined into one document.
std::optional<QJsonDocument> parsed(const std::string &json)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

struct ScorecardCache
{
    qint64 computedMonotonicMs = -1;
    QByteArray body;
};

} // namespace

void MonitoringApi::addOutcomeRoutes()
{
    const auto openStore = [this](store::OutcomeStore &db, QString *error) {
        const QString path = m_core.outcomesPath();
        if (path.isEmpty()) {
            *error = QStringLiteral(
                "signal outcomes are off in this process (they are kept with the history: [store] enabled)");
            return false;
        }
        if (!db.open(path, true)) {
            *error = QStringLiteral("the outcome database cannot be read yet: %1").arg(db.lastError());
            return false;
        }
        return true;
    };
    // Outcomes of the live run: signals in [since, until), of one symbol or all, the newest `limit`.
    m_router.add("GET", QStringLiteral("/api/v1/signals/outcomes"),
                 [openStore](const HttpRequest &request, const PathParams &) {
                     store::OutcomeQuery query;
                     query.limit = 500;
                     if (!readTime(request, QStringLiteral("since"), &query.sinceMs) ||
                         !readTime(request, QStringLiteral("until"), &query.untilMs))
                         return errorResponse(400, QStringLiteral("since and until are Unix times in milliseconds"));
                     if (query.untilMs > 0 && query.untilMs <= query.sinceMs)
                         return errorResponse(400, QStringLiteral("until must be after since"));
                     if (request.hasQueryValue(QStringLiteral("symbol"))) {
                         static const QRegularExpression symbolPattern(QStringLiteral("^[A-Z0-9]{2,30}$"));
                         query.symbol = request.queryValue(QStringLiteral("symbol"));
                         if (!symbolPattern.match(query.symbol).hasMatch())
                             return errorResponse(400, QStringLiteral("symbol is 2 to 30 capital letters or digits, "
                                                                      "e.g. BTCUSDT"));
                     }
                     if (request.hasQueryValue(QStringLiteral("limit"))) {
                         bool ok = false;
                         query.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
                         if (!ok || query.limit < 1 || query.limit > kMaxLimit)
                             return errorResponse(400, QStringLiteral("limit is a whole number from 1 to 5000"));
                     }
                     store::OutcomeStore db;
                     QString error;
                     if (!openStore(db, &error))
                         return errorResponse(503, error);
                     std::string json = "{\"run\":\"live\",\"outcomes\":[";
                     bool first = true;
                     for (const outcomes::Outcome &o : db.loadOutcomes(kLiveRun, query)) {
                         json += first ? "" : ",";
                         json += o.toJson();
                         first = false;
                     }
                     json += "]}";
                     const std::optional<QJsonDocument> doc = parsed(json);
                     if (!doc)
                         return errorResponse(500, QStringLiteral("the stored outcomes could not be encoded"));
                     return jsonResponse(*doc);
                 });
    // Auto-paper: every tracked signal traded on the paper venue, next to its tracked outcome.
    m_router.add("GET", QStringLiteral("/api/v1/signals/paper"), [this](const HttpRequest &, const PathParams &) {
        const JsonResult result = m_core.autoPaper();
        if (result.status != 200)
            return errorResponse(result.status, result.error);
        return jsonResponse(QJsonDocument(result.json));
    });
    // The scorecard of every stored live outcome and sample with its R equity curve (cumulative net R
    // by exit time), computed at most every 5 seconds.
    m_router.add(
        "GET", QStringLiteral("/api/v1/signals/scorecard"),
        [this, openStore, cache = std::make_shared<ScorecardCache>()](const HttpRequest &, const PathParams &) {
            const qint64 now = m_clock.monotonicMs();
            const QString path = m_core.outcomesPath();
            if (!path.isEmpty() && cache->computedMonotonicMs >= 0 &&
                now - cache->computedMonotonicMs < kScorecardCacheMs) {
                if (const std::optional<QJsonDocument> doc = parsed(cache->body.toStdString()))
                    return jsonResponse(*doc);
            }
            store::OutcomeStore db;
            QString error;
            if (!openStore(db, &error))
                return errorResponse(503, error);
            const outcomes::Scorecard card =
                outcomes::Scorecard::compute(db.loadOutcomes(kLiveRun), db.loadSamples(kLiveRun));
            std::string json = "{\"run\":\"live\",\"computed_ms\":" + std::to_string(m_clock.epochMs()) +
                               ",\"scorecard\":" + card.toJson() + ",\"equity_r\":[";
            for (size_t i = 0; i < card.equityR.size(); ++i) {
                char number[32];
                std::snprintf(number, sizeof number, "%s%.6g", i ? "," : "", card.equityR[i]);
                json += number;
            }
            json += "]}";
            const std::optional<QJsonDocument> doc = parsed(json);
            if (!doc)
                return errorResponse(500, QStringLiteral("the scorecard could not be encoded"));
            cache->computedMonotonicMs = now;
            cache->body = QByteArray::fromStdString(json);
            return jsonResponse(*doc);
        });
}

} // namespace virtuoso::api
