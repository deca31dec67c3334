#pragma once

#include "api/ApiSettings.h"
#include "base/http/ClientRateLimiter.h"
#include "base/http/HttpRouter.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/TimeoutJournal.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QObject>

#include <map>
#include <memory>
#include <variant>

namespace virtuoso {
class Clock;
}

namespace virtuoso::api {

class HttpServer;
class MonitoredCore;
class StreamHub;

// The monitoring API (docs/api.md), living in the process that owns the connections so that what
// it reports is measured, not assumed: /health, /ready, /metrics and /api/v1/* over HTTP(S), and
// the /api/v1/stream WebSocket. Runs on the thread that created it (the daemon's main thread).
class MonitoringApi : public QObject
{
    Q_OBJECT
public:
    MonitoringApi(ApiSettings settings, MonitoredCore &core, const Clock &clock, QObject *parent = nullptr);
    ~MonitoringApi() override;

    bool start(QString *error);
    void stop();

    quint16 port() const;
    QString listenDescription() const; // "https://127.0.0.1:8787", for the log and systemd STATUS=
    int streamSubscribers() const;
    int openConnections() const; // HTTP connections, not counting stream subscribers

    // Answers one request as the network side would; the HTTP server calls it, and so do tests
    // and the fuzzer that want no sockets.
    HttpResponse handle(const HttpRequest &request);

public slots:
    void onSnapshot(virtuoso::CoreSnapshotPtr snapshot);

private:
    void addRoutes();
    std::optional<HttpResponse> checkAccess(const HttpRequest &request, bool openEndpoint);
    std::optional<HttpResponse> checkTradingAccess(const HttpRequest &request);
    void addTradingRoutes();
    void addAlertRoutes();   // AlertsRoutes.cpp
    void addOutcomeRoutes(); // OutcomesRoutes.cpp
    HttpResponse health() const;
    HttpResponse ready() const;
    HttpResponse metrics() const;
    HttpResponse status() const;
    HttpResponse connections() const;
    HttpResponse timeouts(const HttpRequest &request) const;
    HttpResponse timeoutIncidents(const HttpRequest &request) const;
    HttpResponse timeoutHistogram(const HttpRequest &request) const;
    // Reads since/until/kind/conn/symbol/limit; an error response when one is malformed.
    std::variant<health::TimeoutQuery, HttpResponse> timeoutQuery(const HttpRequest &request, int defaultLimit,
                                                                  qint64 defaultSpanMs) const;
    HttpResponse orderBook(const HttpRequest &request, const QString &symbol) const;
    HttpResponse candles(const HttpRequest &request, const QString &symbol) const;
    HttpResponse confluenceSignals(const QString &symbol) const;
    qint64 snapshotAgeMs() const;
    static HttpResponse fromResult(const struct JsonResult &result);

    ApiSettings m_settings;
    MonitoredCore &m_core;
    const Clock &m_clock;
    HttpRouter m_router;
    ClientRateLimiter m_rateLimiter;
    std::unique_ptr<HttpServer> m_server;
    StreamHub *m_stream = nullptr;
    CoreSnapshotPtr m_snapshot;
    qint64 m_snapshotReceivedMs = 0; // monotonic
    qint64 m_startedMs = 0;          // monotonic
    // The API's own families (up, readiness, connections, responses by status), rendered after the
    // core's by the one Prometheus writer; process usage when the core's registry has none.
    void registerApiMetrics();
    void countResponse(int status);
    health::MetricsRegistry m_apiMetrics{health::MetricsRegistry::Vocabulary::Empty};
    health::MetricsRegistry m_processMetrics{health::MetricsRegistry::Vocabulary::Empty};
    health::Counter *m_rateLimited = nullptr;
    std::map<int, health::Counter *> m_responseCounters; // by HTTP status, at most a few dozen
};

} // namespace virtuoso::api
