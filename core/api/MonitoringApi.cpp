#include "api/MonitoringApi.h"

#include "api/LogsAnalyzeRoute.h"
#include "api/MonitoredCore.h"
#include "api/SnapshotDocument.h"
#include "api/StreamHub.h"
#include "api/TradingDocument.h"
#include "base/Clock.h"
#include "base/ProcessMetrics.h"
#include "base/http/HttpServer.h"
#include "base/logging/Log.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/health/TimeoutIncidents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>

namespace virtuoso::api {

namespace {

const QString kStreamPath = QStringLiteral("/api/v1/stream");
// Times in query parameters: Unix milliseconds up to the year 3000. Bounding them keeps every
// range computation far from overflow.
constexpr qint64 kLatestTimeMs = 32'503'680'000'000;

// After a 401/403 the connection's next request is read this much later: guessing tokens costs
// the guesser a second per connection, and a client with the right token never waits.
constexpr int kAuthFailureHoldMs = 1000;

bool isOpenEndpoint(const QString &path)
{
    return path == u"/health" || path == u"/ready";
}

// Requests that trade: only the trading token opens them (api.token_file's never does). Reading
// orders is monitoring; placing or cancelling one is trading.
bool isTradingRequest(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/api/v1/kill" || path == u"/api/v1/kill/reset")
        return true;
    return (request.method == "POST" && path == u"/api/v1/orders") ||
           ((request.method == "DELETE" || request.method == "PATCH") && path.startsWith(u"/api/v1/orders/"));
}

bool validSymbol(const QString &symbol)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{2,30}$"));
    return pattern.match(symbol).hasMatch();
}

} // namespace

MonitoringApi::MonitoringApi(ApiSettings settings, MonitoredCore &core, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_core(core)
    , m_clock(clock)
    , m_rateLimiter(clock, m_settings.rateLimitPerSecond)
{
    m_stream = new StreamHub(2, this);
    m_stream->setStallLimit(&m_clock, m_settings.streamStallTimeoutMs);
    m_startedMs = m_clock.monotonicMs();
    registerApiMetrics();
    addRoutes();
}

MonitoringApi::~MonitoringApi()
{
    stop();
}

bool MonitoringApi::start(QString *error)
{
    HttpServer::Options options = m_settings.server;
    options.clock = &m_clock; // the connect and eviction budgets
    m_server = std::make_unique<HttpServer>(options, [this](const HttpRequest &r) { return handle(r); });
    // With every ordinary connection taken, a holder of the token still gets through.
    m_server->setPrivilegedRequest([this](const HttpRequest &r) {
        return m_settings.token && m_settings.token->accepts(r.header("authorization"));
    });
    m_server->setWebSocketHandling(
        [this](const HttpRequest &request) -> std::optional<HttpResponse> {
            if (request.path != kStreamPath) {
                countResponse(404);
                return errorResponse(
                    404,
                    QStringLiteral("no WebSocket endpoint at %1; use %2").arg(request.path.left(200), kStreamPath));
            }
            if (auto refusal = checkAccess(request, false)) {
                countResponse(refusal->status);
                return refusal;
            }
            if (m_stream->subscriberCount() >= m_settings.maxStreamSubscribers) {
                countResponse(503);
                return errorResponse(
                    503,
                    QStringLiteral("%1 stream subscribers already; retry later").arg(m_settings.maxStreamSubscribers));
            }
            return std::nullopt;
        },
        [this](QWebSocket *socket) {
            // The newest state is built on demand while nobody subscribes (see onSnapshot).
            if (m_snapshot && m_stream->latestRevision() != m_snapshot->revision)
                m_stream->publish(m_snapshot);
            m_stream->addSubscriber(socket);
        });
    if (!m_server->listen(error)) {
        m_server.reset();
        return false;
    }
    m_startedMs = m_clock.monotonicMs();
    VLOG(Notice, "api", "API_LISTENING") << "monitoring API listening on " << listenDescription()
                                         << (m_settings.token ? " (bearer token required)" : " (no token)");
    return true;
}

void MonitoringApi::stop()
{
    if (m_server) {
        // A restarted API keeps the port it had, even when configured with port 0.
        m_settings.server.port = m_server->port();
        m_server.reset();
    }
    m_stream->closeAll();
}

quint16 MonitoringApi::port() const
{
    return m_server ? m_server->port() : 0;
}

QString MonitoringApi::listenDescription() const
{
    const QHostAddress address = m_server ? m_server->address() : m_settings.server.address;
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(m_settings.server.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port());
}

int MonitoringApi::openConnections() const
{
    return m_server ? m_server->openConnections() : 0;
}

int MonitoringApi::streamSubscribers() const
{
    return m_stream->subscriberCount();
}

void MonitoringApi::onSnapshot(CoreSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = std::move(snapshot);
    m_snapshotReceivedMs = m_clock.monotonicMs();
    // A patch costs milliseconds for 300 symbols: only build them while someone listens.
    if (m_stream->subscriberCount() > 0)
        m_stream->publish(m_snapshot);
}

qint64 MonitoringApi::snapshotAgeMs() const
{
    return m_snapshot ? m_clock.monotonicMs() - m_snapshotReceivedMs : -1;
}

std::optional<HttpResponse> MonitoringApi::checkAccess(const HttpRequest &request, bool openEndpoint)
{
    const ClientRateLimiter::Decision decision = m_rateLimiter.admit(request.peer);
    if (!decision.allowed) {
        m_rateLimited->inc();
        HttpResponse r = errorResponse(429, QStringLiteral("more than %1 requests per second from this client; "
                                                           "retry after the Retry-After delay")
                                                .arg(m_settings.rateLimitPerSecond));
        r.addHeader("Retry-After", QByteArray::number((decision.retryAfterMs + 999) / 1000));
        // What the client pipelined behind it waits until a request would be admitted again: a
        // flood costs one answer per refill, not one per request sent.
        r.holdReadingMs = static_cast<int>(std::clamp<qint64>(decision.retryAfterMs, 1, 1000));
        return r;
    }
    if (openEndpoint || !m_settings.token)
        return std::nullopt;
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        HttpResponse r = errorResponse(401, QStringLiteral("this endpoint needs an 'Authorization: Bearer <token>' "
                                                           "header with the token of api.token_file"));
        r.addHeader("WWW-Authenticate", "Bearer realm=\"virtuoso\"");
        r.holdReadingMs = kAuthFailureHoldMs;
        return r;
    }
    if (!m_settings.token->accepts(authorization)) {
        HttpResponse r =
            errorResponse(403, QStringLiteral("the bearer token is not the one configured in api.token_file"));
        r.holdReadingMs = kAuthFailureHoldMs;
        return r;
    }
    return std::nullopt;
}

std::optional<HttpResponse> MonitoringApi::checkTradingAccess(const HttpRequest &request)
{
    if (auto limited = checkAccess(request, true)) // the rate limit, no monitoring token
        return limited;
    if (!m_settings.tradingToken)
        return errorResponse(403, QStringLiteral("trading through the API is off: set trading.token_file to a file "
                                                 "(mode 0600) holding a token other than the monitoring one"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        HttpResponse r = errorResponse(401, QStringLiteral("this endpoint trades: it needs 'Authorization: Bearer "
                                                           "<token>' with the token of trading.token_file"));
        r.addHeader("WWW-Authenticate", "Bearer realm=\"virtuoso-trading\"");
        return r;
    }
    if (!m_settings.tradingToken->accepts(authorization))
        return errorResponse(403, QStringLiteral("the bearer token is not the trading token of trading.token_file "
                                                 "(the monitoring token cannot trade)"));
    return std::nullopt;
}

HttpResponse MonitoringApi::handle(const HttpRequest &request)
{
    HttpResponse response;
    const bool trading = isTradingRequest(request);
    if (auto refusal = trading ? checkTradingAccess(request) : checkAccess(request, isOpenEndpoint(request.path)))
        response = std::move(*refusal);
    else if (request.path == kStreamPath && request.method == "GET")
        response = errorResponse(
            426, QStringLiteral("%1 is a WebSocket endpoint; connect with ws:// or wss://").arg(kStreamPath));
    else
        response = m_router.dispatch(request);
    countResponse(response.status);
    if (response.status == 426)
        response.addHeader("Upgrade", "websocket");
    return response;
}

HttpResponse MonitoringApi::confluenceSignals(const QString &symbol) const
{
    // Without signals in the snapshot the core says why (503 while the engine is not running).
    if (!m_snapshot || m_snapshot->confluenceSignals.empty())
        return fromResult(m_core.signalsFor(symbol));
    const auto toObject = [](const confluence::ConfluenceSignal &signal) {
        return QJsonDocument::fromJson(QByteArray::fromStdString(signal.toJson())).object();
    };
    if (symbol.isEmpty()) {
        QJsonArray list;
        for (const auto &signal : m_snapshot->confluenceSignals)
            if (signal)
                list.append(toObject(*signal));
        QJsonObject body;
        body.insert(QStringLiteral("revision"), static_cast<qint64>(m_snapshot->revision));
        body.insert(QStringLiteral("signals"), list);
        return fromResult(JsonResult::ok(body));
    }
    for (const auto &signal : m_snapshot->confluenceSignals)
        if (signal && QString::fromStdString(signal->symbol) == symbol)
            return fromResult(JsonResult::ok(toObject(*signal)));
    return errorResponse(404, QStringLiteral("no confluence signal for %1: the symbol is not watched or has had no "
                                             "market data yet")
                                  .arg(symbol));
}

HttpResponse MonitoringApi::fromResult(const JsonResult &result)
{
    if (result.status >= 400)
        return errorResponse(result.status, result.error);
    return jsonResponse(result.json, result.status);
}

void MonitoringApi::addRoutes()
{
    const auto get = [this](const QString &pattern, auto handler) {
        m_router.add("GET", pattern, [handler](const HttpRequest &r, const PathParams &p) { return handler(r, p); });
    };
    get(QStringLiteral("/health"), [this](const HttpRequest &, const PathParams &) { return health(); });
    get(QStringLiteral("/ready"), [this](const HttpRequest &, const PathParams &) { return ready(); });
    get(QStringLiteral("/metrics"), [this](const HttpRequest &, const PathParams &) { return metrics(); });
    get(QStringLiteral("/api/v1/status"), [this](const HttpRequest &, const PathParams &) { return status(); });
    get(QStringLiteral("/api/v1/connections"),
        [this](const HttpRequest &, const PathParams &) { return connections(); });
    get(QStringLiteral("/api/v1/timeouts"), [this](const HttpRequest &r, const PathParams &) { return timeouts(r); });
    get(QStringLiteral("/api/v1/timeouts/incidents"),
        [this](const HttpRequest &r, const PathParams &) { return timeoutIncidents(r); });
    get(QStringLiteral("/api/v1/timeouts/histogram"),
        [this](const HttpRequest &r, const PathParams &) { return timeoutHistogram(r); });
    get(QStringLiteral("/api/v1/warnings"),
        [this](const HttpRequest &, const PathParams &) { return fromResult(m_core.warnings()); });
    addOutcomeRoutes(); // before /api/v1/signals/{symbol}, which would take its paths
    get(QStringLiteral("/api/v1/signals"),
        [this](const HttpRequest &, const PathParams &) { return confluenceSignals({}); });
    get(QStringLiteral("/api/v1/signals/{symbol}"), [this](const HttpRequest &, const PathParams &p) {
        const QString symbol = p.value(QStringLiteral("symbol"));
        if (!validSymbol(symbol))
            return errorResponse(400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
        return confluenceSignals(symbol);
    });
    get(QStringLiteral("/api/v1/orderbook/{symbol}"),
        [this](const HttpRequest &r, const PathParams &p) { return orderBook(r, p.value(QStringLiteral("symbol"))); });
    get(QStringLiteral("/api/v1/candles/{symbol}"),
        [this](const HttpRequest &r, const PathParams &p) { return candles(r, p.value(QStringLiteral("symbol"))); });
    addTradingRoutes();
    addAlertRoutes();
    get(QStringLiteral("/api/v1/logs/analyze"),
        [route = std::make_shared<LogsAnalyzeRoute>(m_clock)](const HttpRequest &r, const PathParams &) {
            return route->handle(r);
        });
}

void MonitoringApi::addTradingRoutes()
{
    namespace doc = trading_document;
    // Each answers from the newest trading view; 503 when this core does not trade.
    const auto withView = [this](auto build) {
        return [this, build](const HttpRequest &request, const PathParams &) {
            const auto view = m_core.tradingView();
            if (!view)
                return errorResponse(503, QStringLiteral("trading is not running in this process"));
            return build(request, *view);
        };
    };
    const auto limitOf = [](const HttpRequest &request, int fallback, int *limit) {
        if (!request.hasQueryValue(QStringLiteral("limit"))) {
            *limit = fallback;
            return true;
        }
        bool ok = false;
        *limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        return ok && *limit >= 1 && *limit <= 5000;
    };
    const auto symbolOf = [](const HttpRequest &request, QString *symbol) {
        *symbol = request.queryValue(QStringLiteral("symbol"));
        return symbol->isEmpty() || validSymbol(*symbol);
    };
    m_router.add("GET", QStringLiteral("/api/v1/orders"),
                 withView([limitOf, symbolOf](const HttpRequest &r, const trading::TradingView &view) {
                     const QString status = r.queryValue(QStringLiteral("status"));
                     if (!status.isEmpty() && status != u"open" && status != u"all")
                         return errorResponse(400, QStringLiteral("status is 'open' or 'all'"));
                     int limit = 0;
                     QString symbol;
                     if (!limitOf(r, 500, &limit))
                         return errorResponse(400, QStringLiteral("limit is a whole number from 1 to 5000"));
                     if (!symbolOf(r, &symbol))
                         return errorResponse(
                             400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
                     return jsonResponse(doc::orders(view, status == u"open", symbol, limit));
                 }));
    m_router.add("GET", QStringLiteral("/api/v1/executions"),
                 withView([limitOf, symbolOf](const HttpRequest &r, const trading::TradingView &view) {
                     int limit = 0;
                     QString symbol;
                     if (!limitOf(r, 200, &limit))
                         return errorResponse(400, QStringLiteral("limit is a whole number from 1 to 5000"));
                     if (!symbolOf(r, &symbol))
                         return errorResponse(
                             400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
                     return jsonResponse(doc::executions(view, symbol, limit));
                 }));
    m_router.add("GET", QStringLiteral("/api/v1/positions"),
                 withView([](const HttpRequest &, const trading::TradingView &view) {
                     return jsonResponse(doc::positions(view));
                 }));
    m_router.add("GET", QStringLiteral("/api/v1/account"),
                 withView([](const HttpRequest &, const trading::TradingView &view) {
                     return jsonResponse(doc::account(view));
                 }));
    m_router.add("POST", QStringLiteral("/api/v1/kill"), [this](const HttpRequest &request, const PathParams &) {
        QString reason = QStringLiteral("API request");
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !body.isObject())
                return errorResponse(400, QStringLiteral("the body is optional; when present it is a JSON object "
                                                         "such as {\"reason\": \"...\"}"));
            const QJsonValue given = body.object().value(QStringLiteral("reason"));
            if (!given.isUndefined() && !given.isString())
                return errorResponse(400, QStringLiteral("reason is a string"));
            if (given.isString() && !given.toString().trimmed().isEmpty())
                reason = QStringLiteral("API: ") + given.toString().left(200);
        }
        if (!m_core.engageKillSwitch(reason))
            return errorResponse(503, QStringLiteral("trading is not running in this process"));
        return jsonResponse(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("engaged")},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("report"), QStringLiteral("/api/v1/account (kill_switch.last)")}},
            202);
    });
    m_router.add("POST", QStringLiteral("/api/v1/orders"), [this](const HttpRequest &request, const PathParams &) {
        QJsonParseError error{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !body.isObject())
            return errorResponse(400, QStringLiteral("the body is a JSON object: {\"symbol\": \"BTCUSDT\", \"side\": "
                                                     "\"Buy\", \"type\": \"Limit\", \"qty\": \"0.001\", \"price\": "
                                                     "\"60000\"}"));
        const JsonResult result = m_core.placeOrder(body.object());
        if (!result.error.isEmpty())
            return errorResponse(result.status, result.error);
        return jsonResponse(result.json, result.status);
    });
    m_router.add("DELETE", QStringLiteral("/api/v1/orders/{id}"), [this](const HttpRequest &, const PathParams &p) {
        const QString id = p.value(QStringLiteral("id"));
        if (!trading::isValidOrderLinkId(id.toStdString()))
            return errorResponse(400, QStringLiteral("an orderLinkId is 1 to 36 characters of A-Z a-z 0-9 _ -"));
        const JsonResult result = m_core.cancelOrder(id);
        if (!result.error.isEmpty())
            return errorResponse(result.status, result.error);
        return jsonResponse(result.json, result.status);
    });
    m_router.add(
        "PATCH", QStringLiteral("/api/v1/orders/{id}"), [this](const HttpRequest &request, const PathParams &p) {
            const QString id = p.value(QStringLiteral("id"));
            if (!trading::isValidOrderLinkId(id.toStdString()))
                return errorResponse(400, QStringLiteral("an orderLinkId is 1 to 36 characters of A-Z a-z 0-9 _ -"));
            QJsonParseError error{};
            const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !body.isObject())
                return errorResponse(
                    400, QStringLiteral("the body is a JSON object: {\"price\": \"60000.5\", \"qty\": \"0.002\"} "
                                        "(either or both)"));
            const JsonResult result = m_core.amendOrder(id, body.object());
            if (!result.error.isEmpty())
                return errorResponse(result.status, result.error);
            return jsonResponse(result.json, result.status);
        });
    m_router.add("POST", QStringLiteral("/api/v1/kill/reset"), [this](const HttpRequest &, const PathParams &) {
        const QString error = m_core.resetKillSwitch();
        if (!error.isEmpty())
            return errorResponse(409, error);
        return jsonResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("reset")}});
    });
}

HttpResponse MonitoringApi::health() const
{
    const bool running = m_core.isRunning();
    const qint64 lag = m_core.worstHeartbeatAgeMs();
    const qint64 maxLag = m_core.maxHeartbeatLagMs();
    QJsonObject body{
        {QStringLiteral("heartbeat_lag_ms"), lag},
        {QStringLiteral("max_heartbeat_lag_ms"), maxLag},
        {QStringLiteral("uptime_s"), (m_clock.monotonicMs() - m_startedMs) / 1000},
    };
    if (!running) {
        body.insert(QStringLiteral("status"), QStringLiteral("stopped"));
        body.insert(QStringLiteral("error"), QStringLiteral("the core is not running"));
        return jsonResponse(body, 503);
    }
    if (lag > maxLag) {
        body.insert(QStringLiteral("status"), QStringLiteral("unresponsive"));
        body.insert(QStringLiteral("error"),
                    QStringLiteral("an event loop has not answered for %1 ms (limit %2 ms)").arg(lag).arg(maxLag));
        return jsonResponse(body, 503);
    }
    body.insert(QStringLiteral("status"), QStringLiteral("ok"));
    return jsonResponse(body);
}

HttpResponse MonitoringApi::ready() const
{
    const auto readiness = snapshot_document::readiness(m_snapshot.get(), snapshotAgeMs());
    QJsonObject body{{QStringLiteral("ready"), readiness.ready},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(readiness.reasons)}};
    if (m_snapshot)
        body.insert(QStringLiteral("revision"), static_cast<qint64>(m_snapshot->revision));
    if (!readiness.ready)
        body.insert(QStringLiteral("error"), readiness.reasons.join(QStringLiteral("; ")));
    return jsonResponse(body, readiness.ready ? 200 : 503);
}

HttpResponse MonitoringApi::metrics() const
{
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    const std::optional<QByteArray> registry = m_core.prometheusMetrics();
    if (registry)
        r.body = *registry;
    r.body += m_apiMetrics.renderPrometheus();
    if (!registry || !registry->contains(health::metric::ProcessResidentMemoryBytes))
        r.body += m_processMetrics.renderPrometheus();
    return r;
}

HttpResponse MonitoringApi::status() const
{
    const qint64 lag = m_core.worstHeartbeatAgeMs();
    const auto readiness = snapshot_document::readiness(m_snapshot.get(), snapshotAgeMs());
    QJsonObject body{
        {QStringLiteral("version"), QStringLiteral(VIRTUOSO_VERSION)},
        {QStringLiteral("uptime_s"), (m_clock.monotonicMs() - m_startedMs) / 1000},
        {QStringLiteral("healthy"), m_core.isRunning() && lag <= m_core.maxHeartbeatLagMs()},
        {QStringLiteral("heartbeat_lag_ms"), lag},
        {QStringLiteral("ready"), readiness.ready},
        {QStringLiteral("ready_reasons"), QJsonArray::fromStringList(readiness.reasons)},
        {QStringLiteral("stream"), QJsonObject{{QStringLiteral("instance"), m_stream->instance()},
                                               {QStringLiteral("subscribers"), m_stream->subscriberCount()}}},
    };
    if (m_snapshot) {
        body.insert(QStringLiteral("revision"), static_cast<qint64>(m_snapshot->revision));
        body.insert(QStringLiteral("snapshot_epoch_ms"), m_snapshot->epochMs);
        body.insert(QStringLiteral("snapshot_age_ms"), snapshotAgeMs());
        body.insert(QStringLiteral("data_source"), m_snapshot->dataSource);
        body.insert(QStringLiteral("feed_state"), m_snapshot->feedState);
        int live = 0;
        for (const health::ConnectionStatus &c : m_snapshot->connections)
            live += c.state == health::ConnectionState::Live ? 1 : 0;
        body.insert(QStringLiteral("connections"),
                    QJsonObject{{QStringLiteral("total"), static_cast<int>(m_snapshot->connections.size())},
                                {QStringLiteral("live"), live}});
        int validBooks = 0;
        QStringList symbols;
        for (const MarketSummary &m : m_snapshot->markets) {
            validBooks += m.bookValid ? 1 : 0;
            symbols << m.symbol;
        }
        symbols.sort();
        body.insert(QStringLiteral("markets"),
                    QJsonObject{{QStringLiteral("total"), static_cast<int>(m_snapshot->markets.size())},
                                {QStringLiteral("valid_books"), validBooks},
                                {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}});
        body.insert(QStringLiteral("recent_timeouts"), static_cast<int>(m_snapshot->recentTimeouts.size()));
    }
    return jsonResponse(body);
}

HttpResponse MonitoringApi::connections() const
{
    if (!m_snapshot)
        return errorResponse(503, QStringLiteral("no snapshot published yet: the engine has not started publishing"));
    const auto conns = snapshot_document::connections(*m_snapshot);
    if (!conns)
        return errorResponse(503, m_snapshot->feedState.isEmpty()
                                      ? QStringLiteral("no connection status yet: the connector has not published any")
                                      : QStringLiteral("no connection status yet: %1").arg(m_snapshot->feedState));
    return jsonResponse(QJsonObject{{QStringLiteral("revision"), static_cast<qint64>(m_snapshot->revision)},
                                    {QStringLiteral("connections"), *conns}});
}

std::variant<health::TimeoutQuery, HttpResponse>
MonitoringApi::timeoutQuery(const HttpRequest &request, int defaultLimit, qint64 defaultSpanMs) const
{
    const QUrlQuery &q = request.query;
    const qint64 now = m_clock.epochMs();
    health::TimeoutQuery query;
    query.sinceMs = defaultSpanMs > 0 ? now - defaultSpanMs : 0;
    const auto time = [&](const char *name, qint64 *out) -> std::optional<HttpResponse> {
        const QString key = QLatin1String(name);
        if (!q.hasQueryItem(key))
            return std::nullopt;
        bool ok = false;
        const qint64 v = q.queryItemValue(key).toLongLong(&ok);
        if (!ok || v < 0 || v > kLatestTimeMs)
            return errorResponse(400, QStringLiteral("%1 must be a time in Unix milliseconds from 0 to %2, e.g. %1=%3")
                                          .arg(key)
                                          .arg(kLatestTimeMs)
                                          .arg(now - 3'600'000));
        *out = v;
        return std::nullopt;
    };
    if (auto bad = time("since", &query.sinceMs))
        return *bad;
    if (auto bad = time("until", &query.untilMs))
        return *bad;
    if (query.untilMs > 0 && query.untilMs <= query.sinceMs)
        return errorResponse(400, QStringLiteral("until must be later than since"));
    if (q.hasQueryItem(QStringLiteral("kind"))) {
        const QString name = q.queryItemValue(QStringLiteral("kind"));
        query.kind = health::parseTimeoutKind(name);
        if (!query.kind)
            return errorResponse(400, QStringLiteral("unknown kind '%1'; kinds are CONNECT_TIMEOUT, PONG_TIMEOUT, "
                                                     "STALE_STREAM, HANDLER_SLOW, REST_TIMEOUT, RATE_LIMITED, "
                                                     "PROBE_FAILED, RECONNECT_FAILED, BULK_FETCH_PARTIAL, BOOK_RESYNC")
                                          .arg(name.left(40)));
    }
    if (q.hasQueryItem(QStringLiteral("conn"))) {
        query.connId = q.queryItemValue(QStringLiteral("conn"));
        static const QRegularExpression connPattern(QStringLiteral("^conn_[0-9]{1,6}$"));
        if (!connPattern.match(query.connId).hasMatch())
            return errorResponse(400, QStringLiteral("conn is a connection id such as conn_0"));
    }
    if (q.hasQueryItem(QStringLiteral("symbol"))) {
        query.symbol = q.queryItemValue(QStringLiteral("symbol"));
        if (!validSymbol(query.symbol))
            return errorResponse(400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
    }
    query.limit = defaultLimit;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 10000)
            return errorResponse(400, QStringLiteral("limit must be a number from 1 to 10000"));
    }
    return query;
}

namespace {

HttpResponse noJournal()
{
    return errorResponse(503, QStringLiteral("the timeout journal is not available yet: the connector has not "
                                             "attached it to the core"));
}

QString sourceOf(const store::TimeoutHistoryResult &r)
{
    if (r.fromStore)
        return QStringLiteral("journal+store");
    return r.storeMissing ? QStringLiteral("journal (older entries unavailable: no history store)")
                          : QStringLiteral("journal");
}

QJsonArray kindNames(const std::vector<health::TimeoutKind> &kinds)
{
    QJsonArray out;
    for (health::TimeoutKind k : kinds)
        out.append(QLatin1String(health::timeoutKindName(k)));
    return out;
}

} // namespace

HttpResponse MonitoringApi::timeouts(const HttpRequest &request) const
{
    auto parsed = timeoutQuery(request, 1000, 0);
    if (auto *error = std::get_if<HttpResponse>(&parsed))
        return *error;
    const health::TimeoutQuery query = std::get<health::TimeoutQuery>(parsed);
    const std::optional<store::TimeoutHistoryResult> result = m_core.timeoutHistory(query);
    if (!result)
        return noJournal();
    QJsonArray list;
    for (const health::TimeoutEntry &e : result->entries)
        list.append(snapshot_document::timeoutEntry(e));
    QJsonObject body{{QStringLiteral("since"), query.sinceMs},
                     {QStringLiteral("source"), sourceOf(*result)},
                     {QStringLiteral("timeouts"), list}};
    if (query.untilMs > 0)
        body.insert(QStringLiteral("until"), query.untilMs);
    return jsonResponse(body);
}

HttpResponse MonitoringApi::timeoutIncidents(const HttpRequest &request) const
{
    auto parsed = timeoutQuery(request, 10000, 24 * 3'600'000LL);
    if (auto *error = std::get_if<HttpResponse>(&parsed))
        return *error;
    health::TimeoutQuery query = std::get<health::TimeoutQuery>(parsed);
    health::IncidentSettings settings;
    if (request.query.hasQueryItem(QStringLiteral("window_ms"))) {
        bool ok = false;
        settings.windowMs = request.query.queryItemValue(QStringLiteral("window_ms")).toLongLong(&ok);
        if (!ok || settings.windowMs < 100 || settings.windowMs > 600'000)
            return errorResponse(400, QStringLiteral("window_ms must be a number from 100 to 600000"));
    }
    const bool includeIsolated = request.query.queryItemValue(QStringLiteral("isolated")) == u"true";
    const std::optional<store::TimeoutHistoryResult> result = m_core.timeoutHistory(query);
    if (!result)
        return noJournal();
    QJsonArray list;
    int isolated = 0;
    for (const health::TimeoutIncident &g : health::groupIncidents(result->entries, settings)) {
        if (!g.correlated) {
            ++isolated;
            if (!includeIsolated)
                continue;
        }
        list.append(QJsonObject{{QStringLiteral("start_ms"), g.startMs},
                                {QStringLiteral("end_ms"), g.endMs},
                                {QStringLiteral("events"), g.events},
                                {QStringLiteral("correlated"), g.correlated},
                                {QStringLiteral("cause"), g.cause},
                                {QStringLiteral("summary"), g.summary},
                                {QStringLiteral("conn_ids"), QJsonArray::fromStringList(g.connIds)},
                                {QStringLiteral("symbols"), QJsonArray::fromStringList(g.symbols)},
                                {QStringLiteral("kinds"), kindNames(g.kinds)}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("since"), query.sinceMs},
                                    {QStringLiteral("window_ms"), settings.windowMs},
                                    {QStringLiteral("source"), sourceOf(*result)},
                                    {QStringLiteral("isolated_failures"), isolated},
                                    {QStringLiteral("incidents"), list}});
}

HttpResponse MonitoringApi::timeoutHistogram(const HttpRequest &request) const
{
    auto parsed = timeoutQuery(request, 10000, 24 * 3'600'000LL);
    if (auto *error = std::get_if<HttpResponse>(&parsed))
        return *error;
    health::TimeoutQuery query = std::get<health::TimeoutQuery>(parsed);
    qint64 bucketMs = 3'600'000;
    if (request.query.hasQueryItem(QStringLiteral("bucket_ms"))) {
        bool ok = false;
        bucketMs = request.query.queryItemValue(QStringLiteral("bucket_ms")).toLongLong(&ok);
        if (!ok || bucketMs < 60'000 || bucketMs > 86'400'000)
            return errorResponse(400, QStringLiteral("bucket_ms must be a number from 60000 to 86400000"));
    }
    const qint64 until = query.untilMs > 0 ? query.untilMs : m_clock.epochMs() + 1;
    const qint64 from = query.sinceMs - query.sinceMs % bucketMs; // whole buckets (hours by default)
    if (from >= until)
        return errorResponse(400, QStringLiteral("since must be earlier than until (or than now when until is not "
                                                 "given)"));
    // Both ends are in [0, kLatestTimeMs], so neither the span nor the count can overflow or go negative.
    const qint64 buckets = (until - from + bucketMs - 1) / bucketMs;
    if (buckets < 1 || buckets > 2000)
        return errorResponse(400, QStringLiteral("the range holds %1 buckets; at most 2000 (shorten it or widen "
                                                 "bucket_ms)")
                                      .arg(buckets));
    query.sinceMs = from;
    query.limit = 0; // counts need every entry of the range
    const std::optional<store::TimeoutHistoryResult> result = m_core.timeoutHistory(query);
    if (!result)
        return noJournal();
    const std::vector<health::TimeoutIncident> incidents = health::groupIncidents(result->entries);
    QJsonArray list;
    for (const health::TimeoutBucket &b :
         health::timeoutHistogram(result->entries, from, bucketMs, static_cast<int>(buckets), incidents)) {
        QJsonObject counts;
        for (size_t k = 0; k < b.counts.size(); ++k)
            if (b.counts[k] > 0)
                counts.insert(QLatin1String(health::timeoutKindName(static_cast<health::TimeoutKind>(k))), b.counts[k]);
        list.append(QJsonObject{{QStringLiteral("start_ms"), b.startMs},
                                {QStringLiteral("total"), b.total},
                                {QStringLiteral("incident"), b.incident},
                                {QStringLiteral("counts"), counts}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("since"), from},
                                    {QStringLiteral("bucket_ms"), bucketMs},
                                    {QStringLiteral("source"), sourceOf(*result)},
                                    {QStringLiteral("buckets"), list}});
}

HttpResponse MonitoringApi::orderBook(const HttpRequest &request, const QString &symbol) const
{
    if (!validSymbol(symbol))
        return errorResponse(400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
    int depth = 50;
    if (request.query.hasQueryItem(QStringLiteral("depth"))) {
        bool ok = false;
        depth = request.query.queryItemValue(QStringLiteral("depth")).toInt(&ok);
        if (!ok || depth < 1 || depth > 1000)
            return errorResponse(400, QStringLiteral("depth must be a number from 1 to 1000"));
    }
    return fromResult(m_core.orderBook(symbol, depth));
}

HttpResponse MonitoringApi::candles(const HttpRequest &request, const QString &symbol) const
{
    if (!validSymbol(symbol))
        return errorResponse(400, QStringLiteral("a symbol is 2 to 30 capital letters and digits, e.g. BTCUSDT"));
    int interval = 1;
    if (request.query.hasQueryItem(QStringLiteral("interval"))) {
        bool ok = false;
        interval = request.query.queryItemValue(QStringLiteral("interval")).toInt(&ok);
        if (!ok || (interval != 1 && interval != 5 && interval != 30 && interval != 240))
            return errorResponse(400, QStringLiteral("interval must be 1, 5, 30 or 240 (minutes)"));
    }
    int limit = 500;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1500)
            return errorResponse(400, QStringLiteral("limit must be a number from 1 to 1500"));
    }
    return fromResult(m_core.candles(symbol, interval, limit));
}

} // namespace virtuoso::api
