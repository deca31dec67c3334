#include "api/LogsAnalyzeRoute.h"

#include "base/Clock.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogReport.h"

namespace virtuoso::api {

LogsAnalyzeRoute::LogsAnalyzeRoute(const Clock &clock, Reader reader)
    : m_clock(clock)
    , m_reader(std::move(reader))
{}

HttpResponse LogsAnalyzeRoute::handle(const HttpRequest &request)
{
    const qint64 now = m_clock.epochMs();
    qint64 since = now - 3'600'000;
    qint64 until = now;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("since"), &since}, std::pair{QStringLiteral("until"), &until}}) {
        if (!request.query.hasQueryItem(name))
            continue;
        bool ok = false;
        *target = request.query.queryItemValue(name).toLongLong(&ok);
        if (!ok || *target < 0)
            return errorResponse(
                400,
                QStringLiteral("%1 must be a time in Unix milliseconds, e.g. since=%2").arg(name).arg(now - 3'600'000));
    }
    if (until <= since)
        return errorResponse(400, QStringLiteral("until must be after since"));
    if (until - since > MaxRangeMs)
        return errorResponse(
            400, QStringLiteral("at most 24 hours per request (since=%1 for the last 24 h)").arg(until - MaxRangeMs));
    {
        std::lock_guard lock(m_mutex);
        const qint64 mono = m_clock.monotonicMs();
        if (m_any && mono - m_lastMs < MinIntervalMs) {
            HttpResponse r = errorResponse(429, QStringLiteral("one log analysis per 10 s; try again shortly"));
            r.addHeader("Retry-After", QByteArray::number((MinIntervalMs - (mono - m_lastMs) + 999) / 1000));
            return r;
        }
        m_any = true;
        m_lastMs = mono;
    }
    logs::JournalQuery query;
    query.sinceUs = since * 1000;
    query.untilUs = until * 1000;
    logs::AnalyzeOptions options;
    const logs::AnalysisResult result = logs::analyzeRecords(
        QStringLiteral("journal"), [&](logs::RecordSink &sink) { return m_reader(query, sink); }, options);
    return jsonResponse(logs::buildLogReport(result));
}

} // namespace virtuoso::api
