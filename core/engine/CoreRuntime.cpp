#include "engine/CoreRuntime.h"

#include "alerts/AlertDispatcher.h"
#include "base/Clock.h"
#include "base/FreedMemory.h"
#include "base/ProcessMetrics.h"
#include "base/QueuedCall.h"
#include "base/ThreadScheduling.h"
#include "base/config/ConfigKeys.h"
#include "base/config/ConfigSchema.h"
#include "base/logging/Log.h"
#include "connector/ConnectivityProbe.h"
#include "connector/FeedApplier.h"
#include "connector/PublicMarketFeed.h"
#include "connector/ReadPacer.h"
#include "connector/RestClient.h"
#include "engine/AlertSources.h"
#include "engine/AutoPaper.h"
#include "engine/HistoryRecorder.h"
#include "engine/WarningFilterSink.h"
#include "model/confluence/ConfluenceSettings.h"
#include "model/health/WarningAggregator.h"
#include "sim/exchange/SimAccounts.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/EmbeddedSimulator.h"
#include "store/HistoryStore.h"
#include "trading/TradingService.h"

#include <QMetaObject>
#include <QRandomGenerator>
#include <QSet>

namespace virtuoso {

namespace {

const QUrl kBybitRest{QStringLiteral("https://api.bybit.com")};
const QUrl kBybitWsPublic{QStringLiteral("wss://stream.bybit.com/v5/public/linear")};
// The trading thread hears the market at most this often (marks and trades all, in order; each
// changed book as it is then): one wake-up per interval instead of one per engine drain.
constexpr qint64 kMarketTapIntervalNs = 5'000'000;

bool usesSimulator(const Config &config)
{
    // Setting either URL implies a real (or test-double) exchange, whatever the source says.
    return config.get(key::ExchangeSource) == u"sim" && config.get(key::ExchangeRestUrl).isEmpty() &&
           config.get(key::ExchangeWsPublicUrl).isEmpty();
}

exchange::MarketFeedSettings feedSettings(const Config &c, const QUrl &wsUrl)
{
    exchange::MarketFeedSettings s;
    s.wsPublicUrl = wsUrl;
    s.symbols = c.get(key::ExchangeSymbols);
    s.plan.orderbookDepth = static_cast<int>(c.get(key::ConnectionOrderbookDepth).toInt());
    s.plan.maxArgsChars = static_cast<int>(c.get(key::ConnectionMaxArgsChars));
    s.queueCapacity = static_cast<int>(c.get(key::ConnectionQueueCapacity));
    s.bootstrapAfterOutageMs = c.get(key::ConnectionBootstrapAfterOutageS) * 1000;
    s.transport.kind = exchange::parseWebSocketTransportKind(c.get(key::ConnectionTransport))
                           .value_or(exchange::WebSocketTransportKind::Native);
    s.transport.maxMessageBytes = c.get(key::ConnectionMaxMessageMib) * 1024 * 1024;
    exchange::PublicConnectionSettings &k = s.connection;
    k.pingIntervalMs = c.get(key::ConnectionPingIntervalS) * 1000;
    k.pongTimeoutMs = c.get(key::ConnectionPongTimeoutS) * 1000;
    k.connectTimeoutMs = std::max<qint64>(k.pongTimeoutMs, 10'000);
    k.subscribeTimeoutMs = k.connectTimeoutMs;
    k.staleFactor = c.get(key::ConnectionStaleFactor);
    k.backoff.initialMs = c.get(key::ConnectionBackoffInitialMs);
    k.backoff.maxMs = c.get(key::ConnectionBackoffMaxMs);
    k.backoff.resetAfterMs = c.get(key::ConnectionBackoffResetS) * 1000;
    return s;
}

exchange::RestClientSettings restSettings(const Config &c, const QUrl &restUrl)
{
    exchange::RestClientSettings s;
    s.baseUrl = restUrl;
    s.timeoutMs = c.get(key::RestTimeoutMs);
    s.maxRetries = static_cast<int>(c.get(key::RestMaxRetries));
    s.limits.ipLimitPer5s = static_cast<int>(c.get(key::RestIpLimitPer5s));
    s.limits.banPauseMs = c.get(key::RestBanPauseS) * 1000;
    return s;
}

} // namespace

CoreRuntime::CoreRuntime(Config config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_startConfig(m_config)
    , m_clock(clock)
    , m_journal(clock)
    , m_pacer(m_config.get(key::ConnectionConnectSpacingMs))
{
    m_heartbeatTimer.setInterval(250);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &CoreRuntime::sendHeartbeats);
    health::registerProcessMetrics(m_metrics);
    m_journal.attachMetrics(&m_metrics);
}

CoreRuntime::~CoreRuntime()
{
    stop();
    m_journal.attachMetrics(nullptr);
}

QString CoreRuntime::dataSourceDescription() const
{
    if (usesSimulator(m_config))
        return QStringLiteral("embedded simulator");
    QString url = m_config.get(key::ExchangeWsPublicUrl);
    if (url.isEmpty())
        url = kBybitWsPublic.toString();
    return QStringLiteral("bybit: %1").arg(url);
}

QString CoreRuntime::simulatorControlUrl() const
{
    return m_simulator ? m_simulator->controlUrl() : QString();
}

QByteArray CoreRuntime::simulatorControlAuthorization() const
{
    return m_simulator ? m_simulator->controlAuthorization() : QByteArray();
}

bool CoreRuntime::resolveEndpoints(QString *error)
{
    if (usesSimulator(m_config)) {
        // The default a new user sees: a Bybit-compatible simulator in-process, on a free loopback port.
        sim::SimulatorOptions options;
        options.symbols = m_config.get(key::ExchangeSymbols);
        // The built-in instruments too, so a reloaded symbol set can take any of them on.
        for (const sim::SimInstrument &instrument : sim::MarketSimulator::defaultInstruments())
            if (!options.symbols.contains(instrument.name))
                options.symbols << instrument.name;
        // The control API can inject faults into what the operator sees: only this process knows its token.
        QByteArray token(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(token.begin(), token.end());
        options.controlToken = token.toHex();
        m_simulator = std::make_unique<sim::EmbeddedSimulator>(options);
        QString why;
        if (!m_simulator->start(&why)) {
            if (error)
                *error = QStringLiteral("the embedded simulator did not start: %1").arg(why);
            m_simulator.reset();
            return false;
        }
        m_restUrl = QUrl(m_simulator->restUrl());
        m_wsPublicUrl = QUrl(m_simulator->wsPublicUrl());
        return true;
    }
    const QString rest = m_config.get(key::ExchangeRestUrl);
    const QString ws = m_config.get(key::ExchangeWsPublicUrl);
    m_restUrl = rest.isEmpty() ? kBybitRest : QUrl(rest);
    m_wsPublicUrl = ws.isEmpty() ? kBybitWsPublic : QUrl(ws);
    return true;
}

void CoreRuntime::startTrading()
{
    auto parsed = trading::TradingServiceSettings::fromConfig(m_config);
    trading::TradingServiceSettings settings = parsed.settings.value_or(trading::TradingServiceSettings{});
    settings.liveConfirmed = m_liveConfirmed;
    if (parsed.settings && settings.venue == trading::VenueKind::Simulator && m_simulator &&
        !m_simulator->accounts().empty()) {
        // The embedded simulator's exchange, with the account it generated for this program.
        const sim::SimAccount &account = m_simulator->accounts().front();
        settings.restUrl = QUrl(m_simulator->restUrl());
        settings.streamUrl = QUrl(m_simulator->wsPrivateUrl());
        settings.apiKey = account.key.toStdString();
        settings.apiSecret = account.secret.toStdString();
    }
    m_trading = m_tradingThread.create<trading::TradingService>(std::move(settings), m_clock);
    connect(m_trading, &trading::TradingService::viewChanged, this, &CoreRuntime::tradingChanged, Qt::QueuedConnection);
    m_tradingThread.start();
    trading::TradingService *service = m_trading;
    const QString configError = parsed.settings ? QString() : parsed.error;
    callBlocking(service, [service, configError] {
        QString why = configError;
        if (why.isEmpty() && service->start(&why))
            return;
        VLOG(Error, "trading", "TRADING_UNAVAILABLE") << "trading is off: " << why;
    });
}

void CoreRuntime::stopTrading()
{
    if (!m_trading)
        return;
    trading::TradingService *service = m_trading;
    callBlocking(service, [service] { service->stop(); });
    m_tradingThread.stop();
    m_trading = nullptr;
}

std::shared_ptr<const trading::TradingView> CoreRuntime::tradingView() const
{
    return m_trading ? m_trading->view() : nullptr;
}

void CoreRuntime::postTrading(std::function<void(trading::TradingService &)> work)
{
    if (!m_started || !m_trading || !m_gate)
        return;
    trading::TradingService *service = m_trading;
    m_gate->post(service, [service, work = std::move(work)] { work(*service); });
}

bool CoreRuntime::start(QString *error)
{
    if (m_started)
        return true;
    if (!resolveEndpoints(error))
        return false;
    log::setWarningLimits(static_cast<int>(m_config.get(key::LoggingSummaryIntervalS)),
                          static_cast<int>(m_config.get(key::LoggingMaxPerCodePerMin)));

    // The anchor is the network thread's first resident; the exchange connections join it.
    m_networkAnchor = m_network.create<QObject>();
    m_publisher = m_engine.create<SnapshotPublisher>(m_clock, static_cast<int>(m_config.get(key::ConfluencePublishHz)),
                                                     dataSourceDescription());
    connectQueued(m_publisher, &SnapshotPublisher::published, this,
                  [this](CoreSnapshotPtr snapshot) { emit snapshotPublished(std::move(snapshot)); });
    // Warnings by code count into this core's registry while it runs.
    health::WarningAggregator::process().attachMetrics(&m_metrics);
    startTrading(); // before the feed: the catalog and the market tap go to it
    if (m_restUrl.isValid() && m_wsPublicUrl.isValid())
        startMarketFeed();
    startHistory();
    startAlerts();
    startOutcomes(); // core/engine/CoreRuntimeOutcomes.cpp

    if (m_restUrl.isValid() && m_wsPublicUrl.isValid())
        m_probe = m_probeThread.create<exchange::ConnectivityProbe>(m_restUrl, m_wsPublicUrl, m_journal, m_clock);

    m_network.start();
    m_engine.start();
    m_probeThread.start(QThread::LowPriority);
    m_queryAnchor = m_queryThread.create<QObject>();
    m_queryThread.start(QThread::LowPriority);
    // The market data path sleeps between short bursts of work; on a busy machine its threads would
    // otherwise wait up to a whole default slice of another task for a core at each wake-up.
    for (QObject *resident : {static_cast<QObject *>(m_networkAnchor), static_cast<QObject *>(m_publisher)})
        postQueued(resident, [] { requestTimeSlice(kLatencySliceNs); });
    // The network thread reads a busy stream in windows (docs/connector.md, "Reading in windows").
    postQueued(m_networkAnchor, [anchor = m_networkAnchor, clock = &m_clock,
                                 windowNs = m_config.get(key::ConnectionReadWindowUs) * 1000] {
        exchange::ReadPacer::installOnCurrentThread(anchor, *clock, windowNs);
    });
    postQueued(m_publisher, [publisher = m_publisher] { publisher->start(); });
    if (m_feed)
        postQueued(m_feed, [feed = m_feed] { feed->start(); });

    const qint64 now = m_clock.monotonicMs();
    for (auto &beat : m_lastBeat)
        beat.store(now);
    m_heartbeatTimer.start();
    m_started = true;
    VLOG(Info, "runtime", "CORE_STARTED") << "core started; data source: " << dataSourceDescription();
    return true;
}

void CoreRuntime::startMarketFeed()
{
    // Workers are created here and moved to their threads; they are wired only through queued
    // calls and the lock-free hand-over queues, so the network thread never waits on the engine.
    m_rest = m_network.create<exchange::RestClient>(restSettings(m_config, m_restUrl), m_journal, m_clock);
    m_rest->setMetrics(&m_metrics); // before the thread starts: no request has been made yet
    m_feed = m_network.create<exchange::PublicMarketFeed>(feedSettings(m_config, m_wsPublicUrl), *m_rest, m_journal,
                                                          m_pacer, m_board, m_clock);
    QStringList connIds;
    for (const auto &plan : m_feed->plan())
        connIds << plan.connId;
    m_applier = m_engine.create<exchange::FeedApplier>(m_feed->queues(), connIds, m_journal, m_clock,
                                                       m_config.get(key::ConnectionHandlerBudgetMs));

    m_applier->setMetrics(&m_metrics);
    exchange::PublicMarketFeed *feed = m_feed;
    exchange::FeedApplier *applier = m_applier;
    // Queued ahead of every drain and history piece, so the engine sees the market from its start.
    const auto confluenceSettings = confluence::ConfluenceSettings::fromConfig(m_config);
    postQueued(applier, [applier, confluenceSettings] { applier->attachConfluence(confluenceSettings); });
    auto gate = std::make_shared<CrossThreadGate>();
    m_gate = gate;
    feed->setWakeHandler([gate, applier] { gate->post(applier, [applier] { applier->drain(); }); });
    trading::TradingService *tradingService = m_trading;
    feed->setCatalogHandler(
        [gate, applier, tradingService](std::shared_ptr<const exchange::InstrumentCatalog> catalog) {
            gate->post(applier, [applier, catalog] { applier->setCatalog(catalog); });
            if (tradingService)
                gate->post(tradingService,
                           [tradingService, catalog] { tradingService->setInstruments(catalog->instruments()); });
        });
    if (tradingService) {
        // Marks always; books and trades only for the paper broker, which fills against them.
        const bool withBooks = tradingService->wantsBooks();
        postQueued(applier, [applier, gate, tradingService, withBooks] {
            applier->setMarketTap(
                [gate, tradingService](std::shared_ptr<exchange::MarketTapBatch> batch) {
                    gate->post(tradingService, [tradingService, batch] {
                        for (const auto &mark : batch->marks)
                            tradingService->onMark(mark.symbol, mark.markTicks);
                        for (const auto &book : batch->books)
                            tradingService->onBook(book.symbol, book.bids, book.asks);
                        for (const auto &print : batch->trades)
                            tradingService->onTrade(print.symbol, print.takerSide, print.price, print.size);
                    });
                },
                withBooks);
            applier->setTapInterval(kMarketTapIntervalNs, exchange::makeWakeTimer());
        });
    }
    applier->setWakeAcknowledger([feed](bool rearm) { feed->acknowledgeWake(rearm); });
    // The timer of the drain window lives on the engine thread: made there.
    const qint64 windowNs = m_config.get(key::ConnectionDrainWindowUs) * 1000;
    postQueued(applier, [applier, windowNs] { applier->setDrainWindow(windowNs, exchange::makeWakeTimer()); });
    applier->setResyncHandler([gate, feed](int conn, const QString &topic, const QString &reason) {
        gate->post(feed, [feed, conn, topic, reason] { feed->requestResync(conn, topic, reason); });
    });
    exchange::HistoryHandlers history;
    history.begin = [gate, applier](const QStringList &symbols, const QList<int> &minutes) {
        gate->post(applier, [applier, symbols, minutes] { applier->beginHistory(symbols, minutes); });
    };
    history.piece = [gate, applier](exchange::HistoryPiece piece) {
        auto shared = std::make_shared<exchange::HistoryPiece>(std::move(piece));
        gate->post(applier, [applier, shared] { applier->applyHistory(*shared); });
    };
    history.end = [gate, applier, clock = &m_clock] {
        gate->post(applier, [applier, clock] {
            applier->endHistory();
            // The bootstrap's replies and pieces are freed by now; the steady state never reuses that much.
            const qint64 startNs = clock->monotonicNs();
            const double released = releaseFreedMemory();
            VLOG(Info, "runtime", "MEMORY_RELEASED")
                << QStringLiteral("history bootstrap over: %1 MB of freed memory returned to the system in %2 ms")
                       .arg(released / 1e6, 0, 'f', 1)
                       .arg(double(clock->monotonicNs() - startNs) / 1e6, 0, 'f', 1);
        });
    };
    feed->setHistoryHandlers(std::move(history));
    feed->setConnectionAddedHandler([gate, applier](exchange::MessageQueue *queue, const QString &connId) {
        gate->post(applier, [applier, queue, connId] { applier->addConnection(queue, connId); });
    });
    feed->setSymbolSetHandler([gate, applier](const QStringList &symbols) {
        gate->post(applier, [applier, symbols] { applier->setWatchedSymbols(symbols); });
    });
    // The probe is started from the main thread, which owns the probe pointer.
    feed->setRepeatedFailureHandler([gate, this] {
        gate->post(this, [this] { runConnectivityProbe(QStringLiteral("repeated connection failures")); });
    });
    m_publisher->setContributor([this, applier](CoreSnapshot &snapshot) {
        snapshot.feedState = m_board.feedState();
        snapshot.connections = m_board.read();
        applier->addLatency(snapshot.connections);
        // Prometheus series from the same reading, once a second (the engine thread owns them).
        const qint64 now = m_clock.monotonicMs();
        if (m_lastConnectionMetricsMs < 0 || now - m_lastConnectionMetricsMs >= 1000) {
            m_lastConnectionMetricsMs = now;
            m_connectionMetrics.update(snapshot.connections, [applier] { applier->applyArrived(); });
            for (const auto &[connId, depth] : applier->queueDepths())
                m_metrics.gauge(health::metric::QueueDepth, {{"conn", connId}}).set(static_cast<double>(depth));
        }
        snapshot.markets = applier->summaries();
        snapshot.recentTimeouts = m_journal.tail(50);
        snapshot.probe = m_board.probe();
        snapshot.confluenceSignals = applier->confluenceSignals();
        if (AlertSources *alerts = m_alertSources)
            snapshot.alerts = alerts->snapshotBoard();
    });
}

void CoreRuntime::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_heartbeatTimer.stop();
    // From here on no worker posts to another: they may be deleted as their threads end.
    if (m_gate)
        m_gate->close();
    stopAlerts();
    stopOutcomes();
    stopTrading();
    m_autoPaper.reset(); // its trading thread is gone
    // Order matters: the feed stops producing first, then the engine (the consumer) goes, then
    // the network thread that owns the queues.
    if (m_feed)
        callBlocking(m_feed, [feed = m_feed] { feed->stop(); });
    if (m_publisher)
        callBlocking(m_publisher, [publisher = m_publisher] { publisher->stop(); });
    m_engine.stop();
    m_alertSources = nullptr;
    m_alertService.reset(); // what is still queued stays journaled and goes out after a restart
    m_network.stop();
    m_queryThread.stop(); // before the store goes: a query in progress finishes first
    m_queryAnchor = nullptr;
    stopHistory();        // after the producers: the last collection sees everything they recorded
    m_probeThread.stop(); // a running probe finishes its stage first (bounded by its timeout)
    m_probe = nullptr;
    m_publisher = nullptr;
    m_networkAnchor = nullptr;
    m_rest = nullptr;
    m_feed = nullptr;
    m_applier = nullptr;
    m_gate.reset();
    if (m_simulator)
        m_simulator->stop();
    m_simulator.reset();
    health::WarningAggregator::process().attachMetrics(nullptr);
    VLOG(Info, "runtime", "CORE_STOPPED") << "core stopped";
}

template<typename Query>
auto CoreRuntime::askEngine(Query query) const -> decltype(query(std::declval<const exchange::FeedApplier &>()))
{
    if (!m_started || !m_applier)
        return std::nullopt;
    const exchange::FeedApplier *applier = m_applier;
    if (QThread::currentThread() == applier->thread())
        return query(*applier);
    return callBlocking(m_applier, [&query, applier] { return query(*applier); });
}

QStringList CoreRuntime::applyConfig(const Config &next)
{
    const QSet<QString> hot{key::ExchangeSymbols.qualifiedName(), key::LoggingSummaryIntervalS.qualifiedName(),
                            key::LoggingMaxPerCodePerMin.qualifiedName()};
    QStringList needRestart;
    for (const ConfigKey &key : ConfigSchema::instance().keys()) {
        const QString name = key.qualifiedName();
        if (!hot.contains(name) && next.value(name) != m_startConfig.value(name))
            needRestart << name;
    }
    const QStringList symbols = next.get(key::ExchangeSymbols);
    const bool symbolsChanged = symbols != m_config.get(key::ExchangeSymbols);
    m_config = next;
    log::setWarningLimits(static_cast<int>(m_config.get(key::LoggingSummaryIntervalS)),
                          static_cast<int>(m_config.get(key::LoggingMaxPerCodePerMin)));
    if (symbolsChanged && m_started && m_feed) {
        if (m_simulator) {
            QStringList unknown;
            for (const QString &symbol : symbols)
                if (!m_simulator->symbols().contains(symbol))
                    unknown << symbol;
            if (!unknown.isEmpty()) {
                VLOG(Warning, "runtime", "SYMBOL_NOT_SIMULATED")
                    << "the embedded simulator simulates the built-in instruments and the symbols it started with; "
                    << unknown.join(QLatin1String(", ")) << " will stream after a restart";
            }
        }
        exchange::PublicMarketFeed *feed = m_feed;
        postQueued(feed, [feed, symbols] { feed->updateSymbols(symbols); });
    }
    needRestart << reloadAlerts(next);
    return needRestart;
}

void CoreRuntime::startHistory()
{
    if (!m_config.get(key::StoreEnabled))
        return;
    const store::HistoryStoreOptions options = store::HistoryStoreOptions::fromConfig(m_config);
    auto history = std::make_unique<store::HistoryStore>(m_clock, options);
    QString error;
    if (!history->open(&error)) {
        // History is an aid, not a condition for running: say why once, at error priority.
        VLOG(Error, "store", "STORE_UNAVAILABLE") << error;
        return;
    }
    m_history = std::move(history);
    HistoryRecorderSettings settings;
    settings.intervalMs = options.flushIntervalMs;
    m_recorder = m_historyThread.create<HistoryRecorder>(*m_history, m_journal, m_board,
                                                         &health::WarningAggregator::process(), m_clock, settings);
    HistoryRecorder *recorder = m_recorder;
    connectQueued(m_publisher, &SnapshotPublisher::published, recorder,
                  [recorder](CoreSnapshotPtr snapshot) { recorder->onSnapshot(std::move(snapshot)); });
    m_historyThread.start(QThread::LowPriority);
    postQueued(m_recorder, [recorder = m_recorder] { recorder->start(); });
    VLOG(Info, "store", "STORE_OPENED") << "history in " << options.path << ", kept " << qint64(options.retentionDays)
                                        << " days";
}

void CoreRuntime::stopHistory()
{
    if (m_recorder)
        callBlocking(m_recorder, [recorder = m_recorder] { recorder->stop(); });
    m_historyThread.stop();
    m_recorder = nullptr;
    m_history.reset(); // commits what is queued
}

store::TimeoutHistoryResult CoreRuntime::timeoutHistory(const health::TimeoutQuery &query) const
{
    return store::queryTimeoutHistory(m_journal, m_history.get(), query);
}

std::optional<OrderBookView> CoreRuntime::orderBook(const QString &symbol, int depth) const
{
    return askEngine([&](const exchange::FeedApplier &applier) { return applier.orderBook(symbol, depth); });
}

std::optional<CandleSeriesView> CoreRuntime::candles(const QString &symbol, int intervalMinutes, int limit) const
{
    return askEngine(
        [&](const exchange::FeedApplier &applier) { return applier.candles(symbol, intervalMinutes, limit); });
}

template<typename Query, typename Done>
void CoreRuntime::askEngineLater(Query query, Done done)
{
    if (!m_started || !m_applier)
        return;
    const exchange::FeedApplier *applier = m_applier;
    postQueued(m_applier, [applier, query = std::move(query), done = std::move(done)] { done(query(*applier)); });
}

void CoreRuntime::orderBookAsync(const QString &symbol, int depth,
                                 std::function<void(std::optional<OrderBookView>)> done)
{
    askEngineLater([symbol, depth](const exchange::FeedApplier &applier) { return applier.orderBook(symbol, depth); },
                   std::move(done));
}

void CoreRuntime::candlesAsync(const QString &symbol, int intervalMinutes, int limit,
                               std::function<void(std::optional<CandleSeriesView>)> done)
{
    askEngineLater(
        [symbol, intervalMinutes, limit](const exchange::FeedApplier &applier) {
            return applier.candles(symbol, intervalMinutes, limit);
        },
        std::move(done));
}

void CoreRuntime::recentTradesAsync(const QString &symbol, qint64 sinceMs, int limit,
                                    std::function<void(std::vector<market::TradeRecord>)> done)
{
    askEngineLater(
        [symbol, sinceMs, limit](const exchange::FeedApplier &applier) {
            std::vector<market::TradeRecord> out;
            const auto name = exchange::Symbol::from(symbol.toUpper());
            const market::SymbolMarket *m = name ? applier.market().find(*name) : nullptr;
            if (!m)
                return out;
            const auto &ring = m->trades();
            std::size_t first = ring.size();
            while (first > 0 && ring[first - 1].timeMs >= sinceMs && ring.size() - first < std::size_t(limit))
                --first;
            for (std::size_t i = first; i < ring.size(); ++i)
                out.push_back(ring[i]);
            return out;
        },
        std::move(done));
}

void CoreRuntime::timeoutHistoryAsync(const health::TimeoutQuery &query,
                                      std::function<void(store::TimeoutHistoryResult)> done)
{
    postQuery([this, query, done = std::move(done)] { done(timeoutHistory(query)); });
}

void CoreRuntime::postQuery(std::function<void()> work)
{
    if (!m_started || !m_queryAnchor)
        return;
    postQueued(m_queryAnchor, std::move(work));
}

void CoreRuntime::reconnectAll(const QString &reason)
{
    if (!m_feed)
        return;
    exchange::PublicMarketFeed *feed = m_feed;
    postQueued(feed, [feed, reason] { feed->reconnectAll(reason); });
}

void CoreRuntime::runConnectivityProbe(const QString &trigger)
{
    if (!m_probe || m_probeRunning.exchange(true))
        return;
    exchange::ConnectivityProbe *probe = m_probe;
    postQueued(probe, [this, probe, trigger] {
        m_board.setProbe(probe->run(trigger));
        m_probeRunning.store(false);
    });
}

void CoreRuntime::sendHeartbeats()
{
    m_lastBeat[0].store(m_clock.monotonicMs());
    // Repeated warnings are summarised on time even when no new one arrives to trigger it.
    log::emitDueWarningSummaries();
    const auto beat = [this](int slot) { m_lastBeat[slot].store(m_clock.monotonicMs()); };
    if (m_networkAnchor)
        postQueued(m_networkAnchor, [beat] { beat(1); });
    if (m_publisher)
        postQueued(m_publisher, [beat] { beat(2); });
}

qint64 CoreRuntime::worstHeartbeatAgeMs() const
{
    const qint64 now = m_clock.monotonicMs();
    qint64 worst = 0;
    for (const auto &beat : m_lastBeat)
        worst = std::max(worst, now - beat.load());
    return worst;
}

bool CoreRuntime::isResponsive(qint64 maxLagMs) const
{
    return m_started && worstHeartbeatAgeMs() <= maxLagMs;
}

} // namespace virtuoso
