#pragma once

#include "base/http/HttpMessage.h"
#include "logs/JournalSource.h"

#include <functional>
#include <mutex>

namespace virtuoso {
class Clock;
}

namespace virtuoso::api {

// GET /api/v1/logs/analyze?since=MS[&until=MS]: the log analyzer's JSON report over this daemon's
// own journal (SYSLOG_IDENTIFIER=virtuoso, read through sd-journal). Bounded: at most 24 h, 200,000
// entries and 3 s of reading per request, and one analysis per 10 s (429 with Retry-After).
class LogsAnalyzeRoute
{
public:
    using Reader = std::function<QString(const logs::JournalQuery &, logs::RecordSink &)>;
    static constexpr qint64 MinIntervalMs = 10'000;
    static constexpr qint64 MaxRangeMs = 24 * 3'600'000LL;

    explicit LogsAnalyzeRoute(const Clock &clock, Reader reader = &logs::readJournal);
    HttpResponse handle(const HttpRequest &request);

private:
    const Clock &m_clock;
    Reader m_reader;
    std::mutex m_mutex;
    qint64 m_lastMs = 0;
    bool m_any = false;
};

} // namespace virtuoso::api
