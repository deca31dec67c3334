// A live run and a backtest over the same recording give the same outcomes. The recording is the
// simulator's own (its recorder, on a ManualClock: 25 simulated minutes of three symbols as the
// connector subscribes them). It goes once through `virtuoso backtest --replay DIR --report json`
// (the built program) and once through the live path of the running core — the real decoder into
// hand-over queues, the FeedApplier with its confluence engine, SignalOutcomes observing the applier,
// OutcomeWriter into outcomes.sqlite — on a ManualClock set to each frame's recorded time, one drain
// per frame and the applier's 100 ms timer fired at each 100 ms of recorded time. docs/backtest.md
// ("Live and backtest: the same outcomes") says why a wall-clock run cannot be made identical.
#include "SimTestClient.h"
#include "TestSupport.h"

#include "ExitCode.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "connector/FeedApplier.h"
#include "connector/InstrumentCatalog.h"
#include "connector/PublicMessageDecoder.h"
#include "engine/SignalOutcomes.h"
#include "model/confluence/ConfluenceSettings.h"
#include "model/health/TimeoutJournal.h"
#include "sim/market/InstrumentCatalog.h"
#include "sim/server/SimulatorService.h"
#include "store/OutcomeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>

using namespace virtuoso;
using namespace virtuoso::test;

namespace {

const QStringList kSymbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
constexpr int kMinutes = 25;
constexpr double kLong = 55, kShort = 45; // loose zones: many signals in a short recording
constexpr int kPlanMinutes = 1;           // plans after 15 minutes instead of 75

// The simulator's recorder writes what it sends; a client subscribed as the connector does.
QString record(const QTemporaryDir &home)
{
    const QString dir = home.filePath(QStringLiteral("rec"));
    ManualClock clock(1'733'011'200'000);
    sim::SimulatorOptions options;
    options.clock = &clock;
    options.symbols = kSymbols;
    options.recordDirectory = dir;
    options.stepsPerSecond = 5;
    options.idleTimeoutMs = 0; // the client sends no pings
    sim::SimulatorService service(options);
    QString error;
    EXPECT_TRUE(service.start(&error)) << error.toStdString();
    sim::test::StreamClient client;
    EXPECT_TRUE(client.open(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(service.port())));
    QStringList topics;
    for (const QString &s : kSymbols)
        topics << QStringLiteral("orderbook.50.") + s << QStringLiteral("publicTrade.") + s
               << QStringLiteral("tickers.") + s << QStringLiteral("kline.1.") + s
               << QStringLiteral("allLiquidation.") + s;
    EXPECT_FALSE(client.subscribe(topics).isEmpty());
    for (int step = 0; step < kMinutes * 60 * 4; ++step) {
        clock.advanceMs(250);
        service.tick();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    sim::test::settle(200);
    return dir;
}

// One recorded frame: when it was sent, on which connection, and the text.
struct Frame
{
    qint64 t = 0;
    QString conn;
    QByteArray text;
};

std::vector<Frame> framesOf(const QString &dir)
{
    std::vector<Frame> frames;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(QDir(dir).filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        while (!f.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(f.readLine()).object();
            if (!line.contains(QStringLiteral("frame")))
                continue; // binary frames
            frames.push_back({line.value(QStringLiteral("t")).toInteger(),
                              line.value(QStringLiteral("conn")).toString(),
                              line.value(QStringLiteral("frame")).toString().toUtf8()});
        }
    }
    return frames;
}

// The live path of CoreRuntime's engine thread, on the recording's own clock.
class LiveReplay
{
public:
    explicit LiveReplay(const QString &dbPath)
    {
        Config::LoadOptions load;
        load.searchDefaultLocations = false;
        load.overrides = {QStringLiteral("confluence.long_threshold=%1").arg(kLong),
                          QStringLiteral("confluence.short_threshold=%1").arg(kShort)};
        const auto loaded = Config::load(load);
        EXPECT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
        std::vector<exchange::InstrumentSpec> specs;
        for (const QString &s : kSymbols)
            specs.push_back(sim::instrumentForSymbol(s)->spec);
        m_catalog = std::make_shared<const exchange::InstrumentCatalog>(specs);
        m_decoder = std::make_unique<exchange::PublicMessageDecoder>(m_catalog);
        m_applier = std::make_unique<exchange::FeedApplier>(std::vector<exchange::MessageQueue *>{}, QStringList{},
                                                            m_journal, m_clock, 50);
        m_applier->setCatalog(m_catalog);
        // As CoreRuntime: the engine from [confluence], the tracker with the same thresholds.
        m_applier->attachConfluence(confluence::ConfluenceSettings::fromConfig(loaded.config));
        // The engine thread's 100 ms timer for evaluations the rate limit held back: the applier's only
        // timer, fired below on the recording's time instead of the wall clock's.
        EXPECT_EQ(m_applier->findChildren<QTimer *>().size(), 1);
        m_flushTimer = m_applier->findChild<QTimer *>();
        if (m_flushTimer)
            m_flushTimer->stop();
        outcomes::OutcomeSettings settings;
        settings.longThreshold = loaded.config.get(key::ConfluenceLongThreshold);
        settings.shortThreshold = loaded.config.get(key::ConfluenceShortThreshold);
        settings.planTimeframeMinutes = kPlanMinutes;
        m_writer = std::make_unique<OutcomeWriter>(dbPath, "{}", 0);
        EXPECT_TRUE(m_writer->open());
        m_tracker =
            std::make_unique<SignalOutcomes>(m_clock, settings, [this](OutcomeBatch batch) { m_writer->write(batch); });
        m_tracker->start(m_applier.get());
    }
    ~LiveReplay() { m_tracker->stop(); }

    // One frame as the network thread hands it over: decoded into its connection's queue, then the
    // engine's drain. The applier's 100 ms timer fires first when the recorded time crossed one.
    void feed(const Frame &frame)
    {
        exchange::PublicMessage probe;
        m_decoder->decode(std::string_view(frame.text.constData(), size_t(frame.text.size())), 0, probe);
        const std::optional<exchange::TopicKey> topic = probe.topic();
        if (!topic || probe.as<exchange::DecodeError>())
            return; // acks and pongs: the backtest skips them too
        const auto [known, added] = m_connOfTopic.try_emplace(topic->toQString(), frame.conn);
        if (!added && known->second != frame.conn)
            return; // the live core subscribes each topic once
        if (frame.t > m_nowMs) {
            m_clock.advanceMs(frame.t - m_nowMs);
            m_nowMs = frame.t;
        }
        if (m_nowMs >= m_nextFlushMs && m_flushTimer) {
            QMetaObject::invokeMethod(m_flushTimer, "timeout");
            m_nextFlushMs = (m_nowMs / 100 + 1) * 100;
        }
        exchange::MessageQueue &queue = queueOf(frame.conn);
        exchange::PublicMessage *slot = queue.tryBeginPush();
        ASSERT_NE(slot, nullptr);
        m_decoder->decode(std::string_view(frame.text.constData(), size_t(frame.text.size())), m_clock.monotonicNs(),
                          *slot);
        slot->connectionIndex = m_connIndex.at(frame.conn);
        queue.commitPush();
        m_applier->drain();
        ++m_fed;
    }
    void finish() { m_tracker->stop(); }
    long long fed() const { return m_fed; }
    const SignalOutcomes &tracker() const { return *m_tracker; }

private:
    exchange::MessageQueue &queueOf(const QString &conn)
    {
        if (!m_connIndex.contains(conn)) {
            m_connIndex[conn] = int(m_queues.size());
            m_queues.push_back(std::make_unique<exchange::MessageQueue>(1024));
            m_applier->addConnection(m_queues.back().get(), conn);
        }
        return *m_queues[size_t(m_connIndex.at(conn))];
    }

    ManualClock m_clock{0, 0};
    health::TimeoutJournal m_journal{m_clock};
    std::shared_ptr<const exchange::InstrumentCatalog> m_catalog;
    std::unique_ptr<exchange::PublicMessageDecoder> m_decoder;
    std::vector<std::unique_ptr<exchange::MessageQueue>> m_queues;
    std::map<QString, int> m_connIndex;
    std::map<QString, QString> m_connOfTopic;
    std::unique_ptr<exchange::FeedApplier> m_applier;
    QTimer *m_flushTimer = nullptr;
    std::unique_ptr<OutcomeWriter> m_writer;
    std::unique_ptr<SignalOutcomes> m_tracker;
    qint64 m_nowMs = 0;
    qint64 m_nextFlushMs = 0;
    long long m_fed = 0;
};

// id → the outcome's JSON object.
std::map<QString, QJsonObject> byId(const QJsonArray &outcomes)
{
    std::map<QString, QJsonObject> out;
    for (const QJsonValue &v : outcomes)
        out[v.toObject().value(QStringLiteral("id")).toString()] = v.toObject();
    return out;
}

} // namespace

TEST(OutcomesReplay, ALiveRunAndABacktestOfOneRecordingGiveTheSameOutcomes)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString recording = record(home);
    const std::vector<Frame> frames = framesOf(recording);
    ASSERT_GT(frames.size(), 10'000u);

    // The backtest, as a user runs it.
    const ProcessResult run =
        runVirtuoso({QStringLiteral("backtest"), QStringLiteral("--replay"), recording,
                     QStringLiteral("--plan-timeframe"), QString::number(kPlanMinutes),
                     QStringLiteral("--long-threshold"), QString::number(kLong), QStringLiteral("--short-threshold"),
                     QString::number(kShort), QStringLiteral("--report"), QStringLiteral("json")},
                    headlessEnvironment(home), 120'000);
    ASSERT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const std::map<QString, QJsonObject> backtest = byId(report.value(QStringLiteral("outcomes")).toArray());

    // The live path over the same frames, kept in outcomes.sqlite as the running core keeps them.
    const QString db = home.filePath(QStringLiteral("outcomes.sqlite"));
    {
        LiveReplay live(db);
        for (const Frame &frame : frames)
            live.feed(frame);
        EXPECT_EQ(live.fed(), report.value(QStringLiteral("messages")).toInteger());
        live.finish();
    }
    store::OutcomeStore store;
    ASSERT_TRUE(store.open(db, true)) << store.lastError().toStdString();
    QJsonArray stored;
    for (const outcomes::Outcome &o : store.loadOutcomes(OutcomeWriter::liveRun()))
        stored.append(QJsonDocument::fromJson(QByteArray::fromStdString(o.toJson())).object());
    const std::map<QString, QJsonObject> live = byId(stored);

    // Enough to mean something: plans, entries, exits of every kind the data produced.
    int closed = 0, withPlan = 0;
    for (const auto &[id, o] : backtest) {
        withPlan += o.contains(QStringLiteral("plan")) ? 1 : 0;
        closed += o.value(QStringLiteral("status")).toString() == u"closed" ? 1 : 0;
    }
    std::printf("%zu outcomes, %d with a plan, %d closed; %lld frames fed\n", backtest.size(), withPlan, closed,
                static_cast<long long>(report.value(QStringLiteral("messages")).toInteger()));
    EXPECT_GE(withPlan, 10) << "outcomes: " << backtest.size();
    EXPECT_GE(closed, 3) << "outcomes: " << backtest.size();

    // The same ids, and for each every field: signal, entry, stop, targets, exit, R, excursions.
    QStringList onlyBacktest, onlyLive, differ;
    for (const auto &[id, o] : backtest)
        if (!live.contains(id))
            onlyBacktest << id;
        else if (live.at(id) != o)
            differ << id;
    for (const auto &[id, o] : live)
        if (!backtest.contains(id))
            onlyLive << id;
    EXPECT_TRUE(onlyBacktest.isEmpty()) << onlyBacktest.join(u' ').toStdString();
    EXPECT_TRUE(onlyLive.isEmpty()) << onlyLive.join(u' ').toStdString();
    for (const QString &id : differ.mid(0, 3))
        ADD_FAILURE() << id.toStdString()
                      << "\n backtest: " << QJsonDocument(backtest.at(id)).toJson(QJsonDocument::Compact).toStdString()
                      << "\n live:     " << QJsonDocument(live.at(id)).toJson(QJsonDocument::Compact).toStdString();
    EXPECT_EQ(differ.size(), 0);
}
