#include "FakeBybit.h"
#include "TestSupport.h"

#include "base/Clock.h"
#include "base/config/Config.h"
#include "connector/ConnectionPacer.h"
#include "connector/ConnectivityProbe.h"
#include "connector/FeedApplier.h"
#include "connector/PublicMarketFeed.h"
#include "connector/RestClient.h"
#include "engine/CoreRuntime.h"
#include "model/health/TimeoutJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

using namespace virtuoso;
using virtuoso::test::FakeBybit;
using virtuoso::test::waitFor;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(test::dataFile(QStringLiteral("bybit/") + name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

Config configFor(const FakeBybit &server, QStringList extra = {})
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides =
        QStringList{QStringLiteral("exchange.rest_url=%1").arg(server.restUrl().toString()),
                    QStringLiteral("exchange.ws_public_url=%1").arg(server.wsUrl().toString()),
                    QStringLiteral("exchange.symbols=BTCUSDT"), QStringLiteral("connection.orderbook_depth=1")} +
        extra;
    auto result = Config::load(options);
    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    return result.config;
}

} // namespace

TEST(MarketFeed, ConfiguredUrlsAloneGiveALiveBookInTheSnapshot)
{
    FakeBybit server;
    server.answer(QStringLiteral("/v5/market/instruments-info"),
                  {{200, fixture(QStringLiteral("http_get_instruments_linear.json"))}});
    server.onSubscribe(QStringLiteral("orderbook.1.BTCUSDT"), {fixture(QStringLiteral("ws_orderbook_snapshot.json")),
                                                               fixture(QStringLiteral("ws_orderbook_delta.json"))});
    server.refuse(QStringLiteral("allLiquidation.BTCUSDT"));

    CoreRuntime runtime(configFor(server), Clock::system());
    CoreSnapshotPtr last;
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, [&](const CoreSnapshotPtr &s) { last = s; });
    QString error;
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();
    EXPECT_EQ(runtime.dataSourceDescription(), QStringLiteral("bybit: %1").arg(server.wsUrl().toString()));

    const auto bookReady = [&] {
        if (!last || last->connections.empty() || last->markets.empty())
            return false;
        return last->connections[0].state == health::ConnectionState::Live &&
               last->markets[0].bookUpdateId == 123456790;
    };
    ASSERT_TRUE(waitFor(bookReady, 10000)) << (last ? last->feedState.toStdString() : std::string("no snapshot"));
    const health::ConnectionStatus &conn = last->connections[0];
    EXPECT_EQ(conn.connId, QStringLiteral("conn_0"));
    EXPECT_EQ(conn.rejectedTopics, QStringList{QStringLiteral("allLiquidation.BTCUSDT")});
    EXPECT_EQ(conn.topicsTotal, 8);
    EXPECT_GE(conn.latency.count, 2u);
    const MarketSummary &m = last->markets[0];
    EXPECT_EQ(m.symbol, QStringLiteral("BTCUSDT"));
    EXPECT_TRUE(m.bookValid);
    EXPECT_EQ(m.bestBid, QStringLiteral("27450.00"));
    EXPECT_EQ(m.bestBidSize, QStringLiteral("0.400"));
    EXPECT_EQ(m.bestAsk, QStringLiteral("27451.50")); // the delta deleted 27451.00
    EXPECT_EQ(m.bookSeq, 987654322u);

    const auto book = runtime.orderBook(QStringLiteral("btcusdt"), 50);
    ASSERT_TRUE(book.has_value());
    ASSERT_EQ(book->bids.size(), 2u);
    EXPECT_EQ(book->bids[0], std::make_pair(QStringLiteral("27450.00"), QStringLiteral("0.400")));
    EXPECT_EQ(book->bids[1], std::make_pair(QStringLiteral("27449.50"), QStringLiteral("1.000")));
    ASSERT_EQ(book->asks.size(), 1u);
    EXPECT_EQ(book->updateId, 123456790u);

    // The refusal is in the journal, and in the snapshot's tail.
    bool journaled = false;
    for (const auto &e : last->recentTimeouts)
        journaled = journaled || (e.topic == u"allLiquidation.BTCUSDT" && e.kind == health::TimeoutKind::StaleStream);
    EXPECT_TRUE(journaled);
    runtime.stop();
}

TEST(MarketFeed, ADroppedConnectionResubscribesEachTopicOnceAndRebuildsTheBook)
{
    FakeBybit server;
    server.answer(QStringLiteral("/v5/market/instruments-info"),
                  {{200, fixture(QStringLiteral("http_get_instruments_linear.json"))}});
    server.onSubscribe(QStringLiteral("orderbook.1.BTCUSDT"), {fixture(QStringLiteral("ws_orderbook_snapshot.json"))});
    CoreRuntime runtime(configFor(server, {QStringLiteral("connection.backoff_initial_ms=200")}), Clock::system());
    QString error;
    ASSERT_TRUE(runtime.start(&error));
    const auto live = [&] {
        const auto c = runtime.connections();
        return !c.empty() && c[0].state == health::ConnectionState::Live;
    };
    ASSERT_TRUE(waitFor(live, 10000));
    ASSERT_TRUE(waitFor([&] { return runtime.orderBook(QStringLiteral("BTCUSDT"), 5).has_value(); }, 5000));
    server.dropAll();
    ASSERT_TRUE(waitFor([&] { return server.wsConnections() == 2; }, 5000));
    ASSERT_TRUE(waitFor(live, 5000));
    EXPECT_EQ(server.subscribeCount(QStringLiteral("orderbook.1.BTCUSDT")), 2); // once per connection
    EXPECT_EQ(server.subscribeCount(QStringLiteral("kline.240.BTCUSDT")), 2);
    const auto c = runtime.connections();
    EXPECT_EQ(c[0].reconnects, 1);
    bool sawBackoff = false;
    for (const auto &t : c[0].transitions)
        sawBackoff = sawBackoff || t.to == health::ConnectionState::Backoff;
    EXPECT_TRUE(sawBackoff);
    runtime.stop();
}

// The stream host goes away: the reconnects fail, the connectivity probe runs by itself and
// journals the stage that failed; when the host is back after an outage longer than
// bootstrap_after_outage_s, history is fetched again because the streams cannot fill the gap.
TEST(MarketFeed, AnOutageRunsTheProbeAndFetchesHistoryAgainOnceBack)
{
    FakeBybit server;
    server.answer(QStringLiteral("/v5/market/instruments-info"),
                  {{200, fixture(QStringLiteral("http_get_instruments_linear.json"))}});
    server.onSubscribe(QStringLiteral("orderbook.1.BTCUSDT"), {fixture(QStringLiteral("ws_orderbook_snapshot.json"))});
    CoreRuntime runtime(configFor(server, {QStringLiteral("connection.backoff_initial_ms=100"),
                                           QStringLiteral("connection.backoff_max_ms=1000"),
                                           QStringLiteral("connection.bootstrap_after_outage_s=10"),
                                           QStringLiteral("store.enabled=false")}),
                        Clock::system());
    QString error;
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();
    const auto live = [&] {
        const auto c = runtime.connections();
        return !c.empty() && c[0].state == health::ConnectionState::Live;
    };
    ASSERT_TRUE(waitFor(live, 10000));
    // The first bootstrap is over once the candle requests stop coming.
    int klineRequests = 0;
    QElapsedTimer sinceLastRequest;
    sinceLastRequest.start();
    ASSERT_TRUE(waitFor(
        [&] {
            const int n = server.httpRequests(QStringLiteral("/v5/market/kline"));
            if (n != klineRequests) {
                klineRequests = n;
                sinceLastRequest.restart();
            }
            return n > 0 && sinceLastRequest.elapsed() > 500;
        },
        10000));

    QElapsedTimer outage;
    outage.start();
    server.goOffline();
    health::TimeoutQuery probeFailures;
    probeFailures.kind = health::TimeoutKind::ProbeFailed;
    ASSERT_TRUE(waitFor([&] { return !runtime.timeoutHistory(probeFailures).entries.empty(); }, 8000))
        << "no probe after repeated connection failures";
    const health::ProbeResult probe = runtime.lastProbe();
    EXPECT_EQ(probe.trigger, QStringLiteral("repeated connection failures"));
    EXPECT_FALSE(probe.ok());
    // The stream host's stage is named (this fake REST host has no /v5/market/time, so its HTTP stage fails too).
    bool streamStageNamed = false;
    for (const auto &e : runtime.timeoutHistory(probeFailures).entries)
        streamStageNamed = streamStageNamed || e.detail.startsWith(QStringLiteral("TCP to ws://127.0.0.1:"));
    EXPECT_TRUE(streamStageNamed);
    EXPECT_EQ(server.httpRequests(QStringLiteral("/v5/market/kline")), klineRequests); // none while down

    ASSERT_TRUE(waitFor([&] { return outage.elapsed() > 10500; }, 12000));
    ASSERT_TRUE(server.comeBack());
    ASSERT_TRUE(waitFor(live, 5000));
    EXPECT_TRUE(waitFor([&] { return server.httpRequests(QStringLiteral("/v5/market/kline")) > klineRequests; }, 5000))
        << "history was not fetched again after the outage";
    runtime.stop();
}

TEST(RestClient, Http403StopsAllRestAndSaysWhy)
{
    FakeBybit server;
    server.answer(QStringLiteral("/v5/market/time"), {{403, "forbidden"}});
    const Clock &clock = Clock::system(); // the client waits in real time between retries
    health::TimeoutJournal journal(clock);
    exchange::RestClientSettings settings;
    settings.baseUrl = server.restUrl();
    exchange::RestClient rest(settings, journal, clock);
    std::optional<exchange::RestReply> first, second;
    rest.get(QStringLiteral("/v5/market/time"), {}, [&](const exchange::RestReply &r) { first = r; });
    ASSERT_TRUE(waitFor([&] { return first.has_value(); }, 5000));
    EXPECT_FALSE(first->ok);
    EXPECT_TRUE(first->error.contains(QLatin1String("403")));
    EXPECT_EQ(first->attempts, 1); // a ban is not retried
    rest.get(QStringLiteral("/v5/market/kline"), {}, [&](const exchange::RestReply &r) { second = r; });
    ASSERT_TRUE(second.has_value()); // refused at once, without touching the network
    EXPECT_TRUE(second->error.contains(QLatin1String("paused")));
    EXPECT_EQ(server.httpRequests(QStringLiteral("/v5/market/kline")), 0);
    EXPECT_EQ(journal.count(health::TimeoutKind::RateLimited), 1);
}

TEST(RestClient, TransientFailuresAreRetriedBoundedAndTimeoutsJournaled)
{
    FakeBybit server;
    server.answer(QStringLiteral("/v5/market/time"), {{503, "busy"},
                                                      {200, R"({"retCode":10006,"retMsg":"Too many visits!"})"},
                                                      {200, R"({"retCode":0,"retMsg":"OK","result":{}})"}});
    server.answer(QStringLiteral("/v5/market/kline"), {FakeBybit::HttpAnswer::never()});
    const Clock &clock = Clock::system(); // the client waits in real time between retries
    health::TimeoutJournal journal(clock);
    exchange::RestClientSettings settings;
    settings.baseUrl = server.restUrl();
    settings.timeoutMs = 300;
    settings.maxRetries = 2;
    settings.retryBackoff = {50, 200, 60000};
    settings.limits.limitedBackoffInitialMs = 50;
    exchange::RestClient rest(settings, journal, clock);
    std::optional<exchange::RestReply> time, kline;
    rest.get(QStringLiteral("/v5/market/time"), {}, [&](const exchange::RestReply &r) { time = r; });
    rest.get(
        QStringLiteral("/v5/market/kline"), {}, [&](const exchange::RestReply &r) { kline = r; },
        QStringLiteral("BTCUSDT"));
    ASSERT_TRUE(waitFor([&] { return time.has_value() && kline.has_value(); }, 10000));
    EXPECT_TRUE(time->ok) << time->error.toStdString();
    EXPECT_EQ(time->attempts, 3);
    EXPECT_FALSE(kline->ok);
    EXPECT_EQ(kline->attempts, 3); // 1 + max_retries
    EXPECT_TRUE(kline->error.contains(QLatin1String("timeout")));
    EXPECT_EQ(journal.count(health::TimeoutKind::RestTimeout), 3);
    EXPECT_EQ(journal.count(health::TimeoutKind::RateLimited), 1);
    health::TimeoutQuery q;
    q.symbol = QStringLiteral("BTCUSDT");
    EXPECT_EQ(journal.query(q).size(), 3u);
}

TEST(ConnectivityProbe, TimesEachStageAndMeasuresClockSkew)
{
    FakeBybit server;
    const qint64 skewed = Clock::system().epochMs() + 2500; // the server's clock runs 2.5 s ahead
    server.answer(
        QStringLiteral("/v5/market/time"),
        {{200, QStringLiteral(R"({"retCode":0,"retMsg":"OK","result":{"timeSecond":"%1","timeNano":"%2"},"time":%3})")
                   .arg(skewed / 1000)
                   .arg(skewed * 1'000'000)
                   .arg(skewed)
                   .toUtf8()}});
    health::TimeoutJournal journal(Clock::system());
    exchange::ConnectivityProbe probe(server.restUrl(), server.wsUrl(), journal, Clock::system(), 2000);
    // The probe blocks; the servers need this thread's event loop, so it runs on its own thread.
    health::ProbeResult result;
    std::atomic<bool> done{false};
    QThread thread;
    probe.moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(&probe, [&] {
        result = probe.run(QStringLiteral("test"));
        done = true;
    });
    ASSERT_TRUE(waitFor([&] { return done.load(); }, 10000));
    thread.quit();
    thread.wait();
    ASSERT_EQ(result.targets.size(), 2u);
    for (const auto &target : result.targets) {
        QStringList names;
        for (const auto &s : target.stages) {
            names << s.name;
            EXPECT_TRUE(s.ok) << target.url.toStdString() << " " << s.name.toStdString() << ": "
                              << s.detail.toStdString();
        }
        EXPECT_EQ(names, (QStringList{"dns", "tcp", "http"})); // plain http/ws: no TLS stage
    }
    EXPECT_TRUE(result.ok());
    ASSERT_TRUE(result.skewKnown);
    EXPECT_NEAR(double(result.clockSkewMs), 2500.0, 400.0);
    EXPECT_EQ(journal.count(health::TimeoutKind::ProbeFailed), 0);
}

TEST(ConnectivityProbe, NamesTheStageThatFailed)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    health::TimeoutJournal journal(Clock::system());
    exchange::ConnectivityProbe probe(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                      QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(port)), journal,
                                      Clock::system(), 1000);
    const health::ProbeResult result = probe.run(QStringLiteral("test"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.targets[0].stages.size(), 2u);
    EXPECT_TRUE(result.targets[0].stages[0].ok);  // dns
    EXPECT_FALSE(result.targets[0].stages[1].ok); // tcp
    health::TimeoutQuery q;
    q.kind = health::TimeoutKind::ProbeFailed;
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 2u); // one per host
    EXPECT_TRUE(entries[0].detail.startsWith(QLatin1String("TCP")));
}

namespace {

QByteArray bookFrame(bool snapshot, quint64 u, const char *bidSize)
{
    return QStringLiteral(R"({"topic":"orderbook.1.BTCUSDT","type":"%1","ts":%2,"data":{"s":"BTCUSDT",)"
                          R"("b":[["27450.00","%3"]],"a":[["27451.00","1.000"]],"u":%4,"seq":%4},"cts":%2})")
        .arg(snapshot ? QStringLiteral("snapshot") : QStringLiteral("delta"))
        .arg(1700000000000 + qint64(u))
        .arg(QLatin1String(bidSize))
        .arg(u)
        .toUtf8();
}

// One BTCUSDT connection to a fake exchange with a depth-1 book and no history bootstrap, counting
// the engine's wake-ups: the setup of the hand-over and wake-up tests. `frames` are what the exchange
// sends when the book is subscribed.
struct OneBookFeed
{
    explicit OneBookFeed(size_t queueCapacity, std::vector<QByteArray> frames = {})
    {
        server.answer(QStringLiteral("/v5/market/instruments-info"),
                      {{200, fixture(QStringLiteral("http_get_instruments_linear.json"))}});
        if (!frames.empty())
            server.onSubscribe(QStringLiteral("orderbook.1.BTCUSDT"), std::move(frames));
        exchange::RestClientSettings restSettings;
        restSettings.baseUrl = server.restUrl();
        rest = std::make_unique<exchange::RestClient>(restSettings, journal, Clock::system());
        settings.wsPublicUrl = server.wsUrl();
        settings.symbols = {QStringLiteral("BTCUSDT")};
        settings.plan.orderbookDepth = 1;
        settings.queueCapacity = queueCapacity;
        settings.bootstrap = false;
        feed = std::make_unique<exchange::PublicMarketFeed>(settings, *rest, journal, pacer, board, Clock::system());
        feed->setWakeHandler([this] { ++wakes; });
        feed->setCatalogHandler(
            [this](std::shared_ptr<const exchange::InstrumentCatalog> c) { catalog = std::move(c); });
        feed->start();
    }
    // The catalog has arrived and the one connection is up.
    bool connected()
    {
        return waitFor([this] { return catalog && feed->connectionCount() == 1; }, 5000);
    }

    FakeBybit server;
    health::TimeoutJournal journal{Clock::system()};
    std::unique_ptr<exchange::RestClient> rest;
    exchange::ConnectionPacer pacer{0};
    health::ConnectionStatusBoard board;
    exchange::MarketFeedSettings settings;
    std::unique_ptr<exchange::PublicMarketFeed> feed;
    int wakes = 0;
    std::shared_ptr<const exchange::InstrumentCatalog> catalog;
};

} // namespace

TEST(MarketFeed, AFullHandOverQueueLeavesALossNoteWhereTheFramesWentMissing)
{
    OneBookFeed f(64);
    ASSERT_TRUE(f.connected());
    exchange::PublicMarketFeed &feed = *f.feed;
    health::TimeoutJournal &journal = f.journal;
    const auto &catalog = f.catalog;

    exchange::MessageQueue &queue = *feed.queues()[0];
    exchange::FeedApplier applier(feed.queues(), {QStringLiteral("conn_0")}, journal, Clock::system(), 1000);
    applier.setCatalog(catalog);
    int resyncRequests = 0;
    applier.setResyncHandler([&](int, const QString &, const QString &) { ++resyncRequests; });
    const std::string_view topic = "orderbook.1.BTCUSDT";
    const auto deliver = [&](const QByteArray &frame) {
        return feed.deliverFrame(0, topic, frame, Clock::system().monotonicNs());
    };
    const auto book = [&] { return applier.orderBook(QStringLiteral("BTCUSDT"), 1); };

    // The engine stalls: the snapshot and 63 deltas fill the queue, the next ten find it full. They
    // are refused (the connection resyncs the topic) and leave one note, not one per frame.
    ASSERT_TRUE(deliver(bookFrame(true, 1, "1.000")));
    for (quint64 u = 2; u <= 64; ++u)
        ASSERT_TRUE(deliver(bookFrame(false, u, "1.000"))) << u;
    for (quint64 u = 65; u <= 75; ++u)
        EXPECT_FALSE(deliver(bookFrame(false, u, "2.000"))) << u;
    EXPECT_TRUE(feed.deliverFrame(0, "publicTrade.BTCUSDT", "{}", 0)) << "trades are superseded, not resynced";
    EXPECT_EQ(queue.sizeApprox(), queue.capacity());
    EXPECT_EQ(feed.droppedFrames(), 12u);
    EXPECT_EQ(feed.pendingLossNotes(0), 1u);

    applier.drain();
    ASSERT_TRUE(book() && book()->valid);
    EXPECT_EQ(book()->updateId, 64u);

    // Room again: the note goes in ahead of the next frame, so the engine learns of the loss exactly
    // where it happened. The book waits for the resync's snapshot instead of taking u=76 as a gap
    // and asking for a second resync.
    ASSERT_TRUE(deliver(bookFrame(false, 76, "3.000")));
    EXPECT_EQ(feed.pendingLossNotes(0), 0u);
    EXPECT_EQ(queue.sizeApprox(), 2u);
    applier.drain();
    ASSERT_TRUE(book().has_value());
    EXPECT_FALSE(book()->valid);
    EXPECT_EQ(resyncRequests, 0);
    const market::SymbolMarket *m = applier.market().find(*exchange::Symbol::from(QStringLiteral("BTCUSDT")));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->counters().bookGaps, 0u);
    EXPECT_EQ(m->counters().bookDeltasWhileStale, 1u);

    ASSERT_TRUE(deliver(bookFrame(true, 100, "4.000")));
    applier.drain();
    ASSERT_TRUE(book() && book()->valid);
    EXPECT_EQ(book()->updateId, 100u);
    EXPECT_EQ(book()->bids.front().second, QStringLiteral("4.000"));
    feed.stop();
}

// A wake-up costs the network and engine threads several microseconds each, as much as a message:
// the engine is woken once per socket read (and after every 64 messages of a long one), never once
// per message, and never while a wake-up is still pending.
TEST(MarketFeed, TheEngineIsWokenOncePerReadNotPerMessage)
{
    OneBookFeed f(1024);
    ASSERT_TRUE(f.connected());
    exchange::PublicMarketFeed &feed = *f.feed;
    const int &wakes = f.wakes;
    const std::string_view topic = "orderbook.1.BTCUSDT";
    exchange::MessageQueue &queue = *feed.queues()[0];
    const qsizetype before = qsizetype(queue.sizeApprox());
    const int wakesBefore = wakes;

    // A read of ten messages: one wake-up, at its end.
    for (quint64 u = 1; u <= 10; ++u)
        ASSERT_TRUE(feed.deliverFrame(0, topic, bookFrame(u == 1, u, "1.000"), 0));
    EXPECT_EQ(wakes, wakesBefore) << "no wake-up in the middle of a read";
    feed.endOfRead(0);
    EXPECT_EQ(wakes, wakesBefore + 1);
    EXPECT_EQ(qsizetype(queue.sizeApprox()), before + 10);
    // The engine has not started yet: the next read is seen by the same wake-up.
    feed.deliverFrame(0, topic, bookFrame(false, 11, "1.000"), 0);
    feed.endOfRead(0);
    EXPECT_EQ(wakes, wakesBefore + 1);
    // Once the engine acknowledges, a long read wakes it every 64 messages and at its end.
    feed.acknowledgeWake();
    for (quint64 u = 12; u < 12 + 64; ++u)
        feed.deliverFrame(0, topic, bookFrame(false, u, "1.000"), 0);
    EXPECT_EQ(wakes, wakesBefore + 2);
    feed.acknowledgeWake();
    feed.deliverFrame(0, topic, bookFrame(false, 76, "1.000"), 0);
    feed.endOfRead(0);
    EXPECT_EQ(wakes, wakesBefore + 3);
    // A read that only held control frames wakes nobody.
    feed.acknowledgeWake();
    feed.endOfRead(0);
    EXPECT_EQ(wakes, wakesBefore + 3);
}

// With a drain window the engine keeps its wake-up pending between drains: the network thread posts
// nothing for the reads in between, except once for a backlog of an eighth of the queue, so a
// burst never waits for the window to end. Every delta is applied, in order.
TEST(MarketFeed, AHeldWakeUpPostsNothingButABacklogWakesTheEngineOnce)
{
    OneBookFeed f(1024);
    ASSERT_TRUE(f.connected());
    exchange::PublicMarketFeed &feed = *f.feed;
    const int &wakes = f.wakes;

    // The engine on a clock that stands still: every drain after the first is within the window.
    ManualClock engineClock;
    exchange::FeedApplier applier(feed.queues(), {QStringLiteral("conn_0")}, f.journal, engineClock, 1000);
    applier.setCatalog(f.catalog);
    applier.setWakeAcknowledger([&](bool rearm) { feed.acknowledgeWake(rearm); });
    class Timer final : public exchange::WakeTimer
    {
    public:
        void arm(qint64) override { m_armed = true; }
        void cancel() override { m_armed = false; }
        void fireNow() { fire(); }
    };
    auto owned = std::make_unique<Timer>();
    Timer &timer = *owned;
    applier.setDrainWindow(500'000, std::move(owned));
    int wakesSeen = wakes;
    // The event loop: a posted wake-up runs one drain.
    const auto runEngine = [&] {
        const bool posted = wakes != wakesSeen;
        wakesSeen = wakes;
        if (posted)
            applier.drain();
        return posted;
    };
    const std::string_view topic = "orderbook.1.BTCUSDT";
    quint64 u = 1;
    const auto read = [&](int messages) {
        for (int i = 0; i < messages; ++i, ++u)
            ASSERT_TRUE(feed.deliverFrame(0, topic, bookFrame(u == 1, u, "1.000"), 0));
        feed.endOfRead(0);
    };

    read(1);
    EXPECT_TRUE(runEngine()) << "the first read wakes the engine";
    read(1);
    EXPECT_TRUE(runEngine()) << "so does the next: the engine re-armed";
    ASSERT_TRUE(timer.armed()) << "within the window: the wake-up is held";
    for (int r = 0; r < 20; ++r)
        read(5);
    EXPECT_FALSE(runEngine()) << "twenty reads, no wake-up";
    // A burst: at 128 messages queued (1024 / 8) the engine is woken once, though the window holds.
    read(200);
    EXPECT_EQ(wakes, wakesSeen + 1);
    EXPECT_TRUE(runEngine());
    read(100);
    EXPECT_FALSE(runEngine()) << "below the backlog mark: no wake-up";
    timer.fireNow();
    const auto book = applier.orderBook(QStringLiteral("BTCUSDT"), 1);
    ASSERT_TRUE(book && book->valid);
    EXPECT_EQ(book->updateId, u - 1) << "every delta applied";
    const market::SymbolMarket *m = applier.market().find(*exchange::Symbol::from(QStringLiteral("BTCUSDT")));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->counters().bookGaps, 0u);
    EXPECT_EQ(feed.droppedFrames(), 0u);
    feed.stop();
}

// A hand-over queue without room holds the stream instead of losing frames: the native client stops
// reading (the socket keeps a bounded buffer, TCP holds the rest and slows the sender) and reads
// on when the engine has made room. Far more than the socket's buffer is sent while the engine
// stands still; every delta arrives, in order, with no loss and no resync.
TEST(MarketFeed, AFullQueueHoldsTheStreamInsteadOfLosingFrames)
{
    constexpr quint64 kDeltas = 40'000; // about 9 MB, twice the socket's read buffer
    std::vector<QByteArray> frames;
    for (quint64 u = 1; u <= kDeltas; ++u)
        frames.push_back(bookFrame(u == 1, u, u % 2 ? "1.000" : "2.000"));
    const QString topic = QStringLiteral("orderbook.1.BTCUSDT");
    OneBookFeed f(64, std::move(frames));
    ASSERT_EQ(f.settings.transport.kind, exchange::WebSocketTransportKind::Native);
    exchange::PublicMarketFeed &feed = *f.feed;
    health::TimeoutJournal &journal = f.journal;
    const auto &catalog = f.catalog;
    FakeBybit &server = f.server;
    exchange::MessageQueue &queue = *feed.queues()[0];

    // The engine stands still: the queue fills and stays full, and nothing is dropped.
    ASSERT_TRUE(waitFor([&] { return queue.sizeApprox() == queue.capacity(); }, 10000));
    waitFor([] { return false; }, 300);
    EXPECT_EQ(queue.sizeApprox(), queue.capacity());
    EXPECT_EQ(feed.droppedFrames(), 0u);

    exchange::FeedApplier applier(feed.queues(), {QStringLiteral("conn_0")}, journal, Clock::system(), 1000);
    applier.setCatalog(catalog);
    int resyncs = 0;
    applier.setResyncHandler([&](int, const QString &, const QString &) { ++resyncs; });
    const auto done = [&] {
        applier.drain();
        const auto book = applier.orderBook(QStringLiteral("BTCUSDT"), 1);
        return book && book->valid && book->updateId == kDeltas;
    };
    ASSERT_TRUE(waitFor(done, 60000)) << "applied so far: " << applier.appliedCount();
    EXPECT_EQ(feed.droppedFrames(), 0u);
    EXPECT_EQ(resyncs, 0);
    EXPECT_EQ(server.subscribeCount(topic), 1) << "no resync";
    const market::SymbolMarket *m = applier.market().find(*exchange::Symbol::from(QStringLiteral("BTCUSDT")));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->counters().bookGaps, 0u);
    feed.stop();
}
