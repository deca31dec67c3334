// The monitoring API's own Prometheus families (docs/api.md, "GET /metrics"): up, readiness,
// connections, refusals, evictions, stream drops and responses by status.
#include "api/MonitoringApi.h"

#include "api/MonitoredCore.h"
#include "api/SnapshotDocument.h"
#include "api/StreamHub.h"
#include "base/Clock.h"
#include "base/ProcessMetrics.h"
#include "base/http/HttpServer.h"

namespace virtuoso::api {

void MonitoringApi::registerApiMetrics()
{
    health::MetricsRegistry &m = m_apiMetrics;
    const auto gauge = [&m](const char *name, const char *help, std::function<double()> read) {
        m.describeGauge(name, QString::fromLatin1(help));
        m.gaugeFunction(name, {}, std::move(read));
    };
    gauge("virtuoso_up", "1 while the core runs and its event loops answer heartbeats.", [this] {
        return m_core.isRunning() && m_core.worstHeartbeatAgeMs() <= m_core.maxHeartbeatLagMs() ? 1.0 : 0.0;
    });
    gauge("virtuoso_heartbeat_lag_seconds", "Time since the slowest event loop answered a heartbeat.",
          [this] { return static_cast<double>(m_core.worstHeartbeatAgeMs()) / 1000.0; });
    gauge("virtuoso_uptime_seconds", "Time since the monitoring API started.",
          [this] { return static_cast<double>(m_clock.monotonicMs() - m_startedMs) / 1000.0; });
    gauge("virtuoso_snapshot_revision", "Revision of the newest published core snapshot.",
          [this] { return m_snapshot ? static_cast<double>(m_snapshot->revision) : 0.0; });
    gauge("virtuoso_snapshot_age_seconds", "Time since the newest core snapshot arrived (-1: none yet).",
          [this] { return m_snapshot ? static_cast<double>(snapshotAgeMs()) / 1000.0 : -1.0; });
    gauge("virtuoso_ready", "1 when every configured stream is live and fresh (/ready).",
          [this] { return snapshot_document::readiness(m_snapshot.get(), snapshotAgeMs()).ready ? 1.0 : 0.0; });
    gauge("virtuoso_api_stream_subscribers", "Open /api/v1/stream WebSockets.",
          [this] { return static_cast<double>(m_stream->subscriberCount()); });
    gauge("virtuoso_api_http_connections", "Open HTTP connections (stream subscribers apart).",
          [this] { return m_server ? static_cast<double>(m_server->openConnections()) : 0.0; });
    m.describeCounter("virtuoso_api_connections_refused_total",
                      QStringLiteral("Connections refused with 503 (over the per-client limit, or with every "
                                     "connection busy) or 429 (over the per-client connect rate)."));
    m.counterFunction("virtuoso_api_connections_refused_total", {},
                      [this] { return m_server ? static_cast<double>(m_server->refusedConnections()) : 0.0; });
    m.describeCounter("virtuoso_api_connections_shed_total",
                      QStringLiteral("Of the refused connections, those answered and closed as they were accepted, "
                                     "before a socket was built for them."));
    m.counterFunction("virtuoso_api_connections_shed_total", {},
                      [this] { return m_server ? static_cast<double>(m_server->shedConnections()) : 0.0; });
    m.describeCounter("virtuoso_api_connects_rate_limited_total",
                      QStringLiteral("Connections refused (429) for coming too fast from one client."));
    m.counterFunction("virtuoso_api_connects_rate_limited_total", {},
                      [this] { return m_server ? static_cast<double>(m_server->connectRateLimited()) : 0.0; });
    m.describeCounter("virtuoso_api_connections_evicted_total",
                      QStringLiteral("Connections closed to make room for a new one with every connection taken: "
                                     "silent or slow (408) ones first, then the longest-idle keep-alive one."));
    m.counterFunction("virtuoso_api_connections_evicted_total", {},
                      [this] { return m_server ? static_cast<double>(m_server->evictedConnections()) : 0.0; });
    m.describeCounter("virtuoso_api_accept_errors_total",
                      QStringLiteral("Connections that could not be accepted (out of file descriptors)."));
    m.counterFunction("virtuoso_api_accept_errors_total", {},
                      [this] { return m_server ? static_cast<double>(m_server->acceptErrors()) : 0.0; });
    m.describeCounter("virtuoso_api_stream_dropped_total",
                      QStringLiteral("Stream subscribers closed (1008) for not reading."));
    m.counterFunction("virtuoso_api_stream_dropped_total", {},
                      [this] { return static_cast<double>(m_stream->subscribersDropped()); });
    m.describeCounter("virtuoso_api_stream_full_states_total",
                      QStringLiteral("Whole states serialised for new stream subscribers (one per snapshot, "
                                     "shared by all who join in it)."));
    m.counterFunction("virtuoso_api_stream_full_states_total", {},
                      [this] { return static_cast<double>(m_stream->fullStatesBuilt()); });
    m.describeCounter("virtuoso_api_rate_limited_total", QStringLiteral("Requests refused with 429."));
    m_rateLimited = &m.counter("virtuoso_api_rate_limited_total");
    m.describeCounter("virtuoso_api_responses_total", QStringLiteral("API responses by HTTP status."));
    // Process usage for a core whose registry does not carry it.
    health::registerProcessMetrics(m_processMetrics);
}

void MonitoringApi::countResponse(int status)
{
    // Looked up in the registry once per status code; the request path only adds to the counter.
    auto it = m_responseCounters.find(status);
    if (it == m_responseCounters.end())
        it = m_responseCounters
                 .emplace(status,
                          &m_apiMetrics.counter("virtuoso_api_responses_total", {{"code", QString::number(status)}}))
                 .first;
    it->second->inc();
}

} // namespace virtuoso::api
