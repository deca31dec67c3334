#include "sim/server/SimulatorService.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/exchange/PrivateRestApi.h"
#include "sim/exchange/PrivateStreams.h"
#include "sim/exchange/SimExchange.h"
#include "sim/exchange/SkewedClock.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/ControlApi.h"
#include "sim/server/FrameRecorder.h"
#include "sim/server/MarketStreams.h"
#include "sim/server/ReplayStreams.h"
#include "sim/server/RequestBudget.h"
#include "sim/server/RestMarketApi.h"
#include "sim/server/StreamEndpoint.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

#include <openssl/crypto.h>

namespace virtuoso::sim {

namespace {

constexpr qint64 kMaxCatchUpMs = 1000; // a late tick advances the market at most this far
constexpr int kRateLimitedCode = 10006;

} // namespace

SimulatorService::SimulatorService(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : Clock::system())
    , m_exchangeClock(std::make_unique<SkewedClock>(m_clock))
{}

SimulatorService::~SimulatorService()
{
    stop();
}

quint16 SimulatorService::port() const
{
    return m_http ? m_http->port() : 0;
}

bool SimulatorService::start(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_http)
        return fail(QStringLiteral("the simulator is already running"));
    if (!m_options.faultScript.isEmpty()) {
        m_script = loadFaultScript(m_options.faultScript);
        if (!m_script.ok())
            return fail(m_script.error);
    }

    m_endpoint = new StreamEndpoint(m_clock, m_faults, this);
    m_endpoint->setIdleTimeoutMs(m_options.idleTimeoutMs);
    m_endpoint->setQuiet(m_options.quiet);
    if (!m_options.replayFile.isEmpty()) {
        m_replay = std::make_unique<ReplayStreams>(m_clock);
        m_replay->setSpeed(m_options.replaySpeed);
        QString why;
        if (!m_replay->load(m_options.replayFile, &why)) {
            m_replay.reset();
            return fail(why);
        }
        m_endpoint->setTopicSource(m_replay.get());
    } else {
        MarketConfig config;
        config.seed = m_options.seed;
        config.symbols = m_options.symbols;
        config.startEpochMs = m_clock.epochMs();
        config.stepsPerSecond = m_options.stepsPerSecond;
        config.historyMinutes = m_options.historyMinutes;
        config.tradeRateScale = m_options.tradeRateScale;
        config.volatilityScale = m_options.volatilityScale;
        m_market = std::make_unique<MarketSimulator>(config);
        for (const QString &symbol : std::as_const(m_options.symbols)) {
            if (!m_market->instrument(symbol))
                return fail(
                    QStringLiteral("unknown symbol %1; the simulator knows the default instruments").arg(symbol));
        }
        m_live = std::make_unique<MarketStreams>(*m_market, m_clock, m_faults);
        m_endpoint->setTopicSource(m_live.get());
        // The exchange sits between the market and the public streams and trades against the market.
        m_exchange = std::make_unique<SimExchange>(*m_market, *m_exchangeClock, m_faults);
        m_exchange->setDownstream(m_live.get());
        m_exchange->setQuiet(m_options.quiet);
        for (const SimAccount &account : m_options.accounts) {
            if (!m_exchange->addAccount(account))
                return fail(QStringLiteral("account %1 is given twice").arg(account.key));
        }
        m_privateStreams = new PrivateStreams(
            *m_exchangeClock, m_faults,
            [this](const QString &key) {
                const SimAccount *account = m_exchange->account(key);
                return account ? account->secret : QByteArray();
            },
            this);
        m_privateStreams->setIdleTimeoutMs(m_options.idleTimeoutMs);
        m_privateStreams->setConnectionsChanged(
            [this](const QString &key, int connections) { m_exchange->connectionsChanged(key, connections); });
        m_exchange->setStreams(m_privateStreams);
        m_private = std::make_unique<PrivateRestApi>(*m_exchange, *m_exchangeClock);
    }
    if (!m_options.recordDirectory.isEmpty()) {
        m_recorder = std::make_unique<FrameRecorder>(m_clock);
        QString why;
        if (!m_recorder->open(m_options.recordDirectory, &why))
            return fail(why);
        m_endpoint->setRecorder(m_recorder.get());
    }
    m_budget = std::make_unique<RequestBudget>(m_clock, m_options.restBudgetPerWindow);
    m_rest = std::make_unique<RestMarketApi>(m_market.get(), *m_exchangeClock);
    m_control = std::make_unique<ControlApi>(*this);

    // One port for REST, the control API and the public stream, like Bybit's single host. The limits
    // are a test exchange's: many clients from one address (a load test), slow answers when a
    // fault asks for them, subscribe messages as long as a connection's whole topic list.
    api::HttpServer::Options http;
    if (m_options.host == u"localhost")
        http.address = QHostAddress::LocalHost;
    else if (!http.address.setAddress(m_options.host))
        return fail(QStringLiteral("--host must be an IP address, got '%1'").arg(m_options.host));
    http.port = m_options.port;
    http.limits.maxRequestBytes = 1024 * 1024 + 16 * 1024;
    http.limits.maxHeadBytes = 16 * 1024;
    http.idleTimeoutMs = 120'000;
    http.maxConnections = 2048;
    http.maxConnectionsPerClient = 2048;
    http.reservedConnections = 0;
    http.connectsPerClientPerSecond = 1'000'000; // a load test opens connections as fast as it likes
    http.evictionsPerSecond = 1'000'000;
    http.maxWebSocketMessageBytes = StreamEndpoint::kMaxIncomingMessageBytes;
    m_http = new api::HttpServer(
        http,
        api::HttpServer::DeferredRequestHandler(
            [this](const HttpRequest &request, const api::HttpServer::Reply &reply) { route(request, reply); }),
        this);
    m_http->setWebSocketHandling(
        [this](const HttpRequest &request) -> std::optional<HttpResponse> {
            if (request.path != u"/v5/public/linear" && !(request.path == u"/v5/private" && m_privateStreams))
                return HttpResponse::text(404, "no WebSocket endpoint at this path\n");
            return std::nullopt;
        },
        [this](QWebSocket *socket) {
            if (socket->requestUrl().path() == u"/v5/private" && m_privateStreams)
                m_privateStreams->adopt(socket);
            else
                m_endpoint->adopt(socket);
        });
    if (!m_http->listen(error)) {
        delete m_http;
        m_http = nullptr;
        return false;
    }

    m_startMonoMs = m_clock.monotonicMs();
    m_lastFlushMonoMs = m_startMonoMs;
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimulatorService::tick);
    m_timer->start(m_options.tickIntervalMs);
    // Each symbol's frames go out when its phase is due, not in one burst per housekeeping tick: the
    // market timer runs as often as symbols fall due (one every 1000 / (steps/s × symbols) ms), but
    // not more often than marketTickMs.
    const int symbolSpacingMs =
        m_market ? 1000 / std::max(1, m_options.stepsPerSecond * static_cast<int>(m_market->instruments().size())) : 0;
    const int marketTickMs = std::max(m_options.marketTickMs, symbolSpacingMs);
    if (m_market && m_options.marketTickMs > 0 && marketTickMs < m_options.tickIntervalMs) {
        m_marketTimer = new QTimer(this);
        m_marketTimer->setTimerType(Qt::PreciseTimer);
        connect(m_marketTimer, &QTimer::timeout, this, &SimulatorService::advanceMarket);
        m_marketTimer->start(marketTickMs);
    }
    VLOG(Notice, "sim", "SIM_LISTENING") << "simulator listening on " << m_options.host << ":" << port()
                                         << (m_replay ? QStringLiteral(" replaying %1").arg(m_options.replayFile)
                                                      : QStringLiteral(" with a live market"));
    return true;
}

void SimulatorService::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_marketTimer)
        m_marketTimer->stop();
    if (m_endpoint)
        m_endpoint->closeAll();
    if (m_privateStreams)
        m_privateStreams->closeAll();
    if (m_http)
        m_http->close();
    if (m_recorder)
        m_recorder->flush();
}

void SimulatorService::route(const HttpRequest &request, const api::HttpServer::Reply &reply)
{
    if (request.path == u"/sim/v1" || request.path.startsWith(QLatin1String("/sim/v1/"))) {
        if (!request.peer.isLoopback()) {
            reply(HttpResponse::json(403, R"({"error":"the control API answers loopback clients only"})"));
            return;
        }
        if (!m_options.controlToken.isEmpty()) {
            const QByteArray expected = "Bearer " + m_options.controlToken;
            const QByteArray presented = request.header("authorization");
            if (presented.size() != expected.size() ||
                CRYPTO_memcmp(presented.constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0) {
                reply(HttpResponse::json(401, R"({"error":"the control API of this simulator needs its token: )"
                                              R"(Authorization: Bearer <token>"})"));
                return;
            }
        }
        reply(m_control->handle(request));
        return;
    }
    if (RestMarketApi::handles(request.path)) {
        answerMarket(request, reply);
        return;
    }
    if (PrivateRestApi::handles(request.path)) {
        if (!m_private) {
            reply(HttpResponse::json(404, bybitEnvelope(10001, QStringLiteral("the private API needs the live market"),
                                                        QJsonObject{}, m_exchangeClock->epochMs())));
            return;
        }
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!admitRest(request, reply, &headers))
            return;
        HttpResponse response = m_private->handle(request);
        response.headers += headers;
        reply(response);
        return;
    }
    if (request.path == u"/v5/public/linear" || request.path == u"/v5/private") {
        reply(HttpResponse::text(400, "this path takes a WebSocket upgrade\n"));
        return;
    }
    if (request.path == u"/") {
        reply(HttpResponse::text(200, "virtuoso Bybit v5 simulator\nrest: /v5/market/...\n"
                                      "ws_public: /v5/public/linear\ncontrol: /sim/v1\n"));
        return;
    }
    reply(HttpResponse::json(404, bybitEnvelope(404, QStringLiteral("Not Found"), QJsonObject{}, m_clock.epochMs())));
}

bool SimulatorService::admitRest(const HttpRequest &request, const api::HttpServer::Reply &reply,
                                 QList<QPair<QByteArray, QByteArray>> *headers)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_faults.active(FaultKind::Ban, QStringLiteral("all"), now)) {
        m_faults.countEffect(FaultKind::Ban);
        reply(HttpResponse::text(403, "403 Forbidden: access too frequent, your IP has been banned\n"));
        return false;
    }
    if (const Fault *fault = m_faults.active(FaultKind::Http5xx, QStringLiteral("all"), now)) {
        m_faults.countEffect(FaultKind::Http5xx);
        reply(HttpResponse::text(fault->status,
                                 QByteArray::number(fault->status) + " " + api::reasonPhrase(fault->status) + "\n"));
        return false;
    }
    auto rateLimited = [this](bool withHeaders, int limit, qint64 resetEpochMs) {
        HttpResponse r = HttpResponse::json(200, bybitEnvelope(kRateLimitedCode, QStringLiteral("Too many visits!"),
                                                               QJsonObject{}, m_exchangeClock->epochMs()));
        if (withHeaders) {
            r.headers.append(qMakePair(QByteArray("X-Bapi-Limit"), QByteArray::number(limit)));
            r.headers.append(qMakePair(QByteArray("X-Bapi-Limit-Status"), QByteArray("0")));
            r.headers.append(qMakePair(QByteArray("X-Bapi-Limit-Reset-Timestamp"), QByteArray::number(resetEpochMs)));
        }
        return r;
    };
    if (const Fault *fault = m_faults.active(FaultKind::RateLimit, QStringLiteral("all"), now)) {
        m_faults.countEffect(FaultKind::RateLimit);
        reply(rateLimited(fault->resetHeaders, m_options.restBudgetPerWindow, m_clock.epochMs() + 1000));
        return false;
    }
    const RequestBudget::Decision budget = m_budget->take(request.peer.toString());
    if (!budget.allowed) {
        reply(rateLimited(true, budget.limit, budget.resetEpochMs));
        return false;
    }
    headers->append(qMakePair(QByteArray("X-Bapi-Limit"), QByteArray::number(budget.limit)));
    headers->append(qMakePair(QByteArray("X-Bapi-Limit-Status"), QByteArray::number(budget.remaining)));
    headers->append(qMakePair(QByteArray("X-Bapi-Limit-Reset-Timestamp"), QByteArray::number(budget.resetEpochMs)));
    return true;
}

void SimulatorService::answerMarket(const HttpRequest &request, const api::HttpServer::Reply &reply)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!admitRest(request, reply, &headers))
        return;
    HttpResponse response = m_rest->handle(request);
    response.headers += headers;
    if (request.path == u"/v5/market/time") {
        const qint64 now = m_clock.monotonicMs();
        if (const Fault *fault = m_faults.active(FaultKind::SlowTime, QStringLiteral("all"), now)) {
            m_faults.countEffect(FaultKind::SlowTime);
            m_delayed.push_back({now + fault->delayMs, response, reply});
            return;
        }
    }
    reply(response);
}

QString SimulatorService::fire(const Fault &fault)
{
    if (!fault.targetsAll() && m_endpoint->sessions(fault.conn).empty())
        return QStringLiteral("no public stream connection with conn_id '%1'").arg(fault.conn);
    if (fault.kind == FaultKind::Restart && !m_live)
        return QStringLiteral("restart needs the live market; a replay cannot restart its streams");
    const bool exchangeFault = fault.kind == FaultKind::AckLost || fault.kind == FaultKind::PrivateDrop ||
                               fault.kind == FaultKind::ExecDelay || fault.kind == FaultKind::ClockSkew;
    if (exchangeFault && !m_exchange)
        return QStringLiteral("%1 needs the exchange, which runs with the live market only")
            .arg(QLatin1String(faultKindName(fault.kind)));
    if (exchangeFault && fault.account != u"all" && !m_exchange->account(fault.account))
        return QStringLiteral("no account with API key '%1'").arg(fault.account);
    m_faults.fire(fault, m_clock.monotonicMs());
    switch (fault.kind) {
    case FaultKind::Drop:
        m_endpoint->drop(fault.conn);
        break;
    case FaultKind::Malformed:
        m_endpoint->sendMalformed(fault.conn, fault.variant, fault.count);
        break;
    case FaultKind::UGap:
        m_endpoint->skipBookDeltas(fault.conn, fault.count);
        break;
    case FaultKind::Restart:
        m_live->restart(m_endpoint->sessions(fault.conn), fault.targetsAll());
        break;
    case FaultKind::AckLost:
    case FaultKind::PrivateDrop:
        m_exchange->fire(fault);
        break;
    case FaultKind::ClockSkew:
        m_exchangeClock->setSkewMs(fault.skewMs);
        break;
    default:
        break; // windowed faults act through the board
    }
    return {};
}

void SimulatorService::setFeedPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        advanceMarket(); // everything up to now is published before the book freezes
        m_pausedAtEpochMs = m_clock.epochMs();
    } else {
        m_marketLagMs += m_clock.epochMs() - m_pausedAtEpochMs;
    }
    VLOG(Notice, "sim", "SIM_FEED") << (paused ? "market feed paused" : "market feed resumed");
}

QJsonObject SimulatorService::faultReport() const
{
    return m_faults.report(m_clock.monotonicMs());
}

QJsonArray SimulatorService::connections() const
{
    return m_endpoint ? m_endpoint->describeConnections() : QJsonArray{};
}

std::optional<QJsonObject> SimulatorService::truthBook(const QString &symbol, int depth, QString *error) const
{
    if (!m_market) {
        *error = QStringLiteral("no live market while replaying a recording");
        return std::nullopt;
    }
    const SimInstrument *instrument = m_market->instrument(symbol);
    if (!instrument) {
        *error = QStringLiteral("unknown symbol '%1'").arg(symbol);
        return std::nullopt;
    }
    const BookSnapshot book = m_market->book(symbol, depth);
    const auto streamU = m_live->streamU(QStringLiteral("orderbook.%1.%2").arg(depth).arg(symbol));
    return QJsonObject{{QStringLiteral("s"), symbol},
                       {QStringLiteral("b"), levelsJson(book.bids, instrument->spec)},
                       {QStringLiteral("a"), levelsJson(book.asks, instrument->spec)},
                       {QStringLiteral("u"), static_cast<double>(streamU.value_or(book.u))},
                       {QStringLiteral("seq"), static_cast<double>(book.seq)},
                       {QStringLiteral("ts"), static_cast<double>(m_market->nowMs())}};
}

QString SimulatorService::triggerLiquidations(const QString &symbol, double scale)
{
    if (!m_market)
        return QStringLiteral("the market is not running");
    if (symbol == u"ALL") { // a cascade across the market
        for (const SimInstrument &instrument : m_market->instruments())
            m_market->triggerLiquidationBurst(instrument.name, scale);
        return {};
    }
    if (!m_market->instrument(symbol))
        return QStringLiteral("unknown symbol '%1'").arg(symbol);
    m_market->triggerLiquidationBurst(symbol, scale);
    return {};
}

QString SimulatorService::triggerVolatility(const QString &symbol, int seconds)
{
    if (!m_market || !m_market->instrument(symbol))
        return QStringLiteral("unknown symbol '%1'").arg(symbol);
    m_market->triggerVolatilityBurst(symbol, seconds);
    return {};
}

QStringList SimulatorService::accountKeys() const
{
    return m_exchange ? m_exchange->accountKeys() : QStringList{};
}

std::optional<QJsonObject> SimulatorService::truthAccount(const QString &key) const
{
    if (!m_exchange || !m_exchange->account(key))
        return std::nullopt;
    return m_exchange->truth(key);
}

void SimulatorService::advanceMarket()
{
    if (!m_market || m_paused)
        return;
    qint64 target = m_clock.epochMs() - m_marketLagMs;
    if (target - m_market->nowMs() > kMaxCatchUpMs) {
        // After a stall of this thread the market skips ahead instead of replaying every missed step.
        m_marketLagMs += target - m_market->nowMs() - kMaxCatchUpMs;
        target = m_clock.epochMs() - m_marketLagMs;
    }
    if (target > m_market->nowMs())
        m_market->advanceTo(target, *m_exchange);
    m_exchange->flushBooks(); // resting orders meet the books the market just published
}

void SimulatorService::tick()
{
    const qint64 now = m_clock.monotonicMs();
    while (m_nextScripted < m_script.faults.size() &&
           now - m_startMonoMs >= m_script.faults[m_nextScripted].atOffsetMs) {
        const Fault &fault = m_script.faults[m_nextScripted++];
        const QString error = fire(fault);
        if (!error.isEmpty()) {
            VLOG(Warning, "sim", "SIM_FAULT_SKIPPED")
                << "scripted fault " << faultKindName(fault.kind) << " not fired: " << error;
        }
    }
    advanceMarket();
    if (m_live)
        m_live->tick();
    if (m_replay)
        m_replay->tick();
    m_endpoint->tick();
    if (m_exchange) {
        m_exchange->tick();
        m_privateStreams->tick();
    }
    for (size_t i = 0; i < m_delayed.size();) {
        if (m_delayed[i].dueMonoMs <= now) {
            DelayedReply delayed = std::move(m_delayed[i]);
            m_delayed.erase(m_delayed.begin() + static_cast<std::ptrdiff_t>(i));
            delayed.reply(delayed.response);
        } else {
            ++i;
        }
    }
    if (m_recorder && now - m_lastFlushMonoMs >= 1000) {
        m_recorder->flush();
        m_lastFlushMonoMs = now;
    }
}

} // namespace virtuoso::sim
