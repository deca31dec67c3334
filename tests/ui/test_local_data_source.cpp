// The views' data source on the in-process core never waits: with the engine thread and the query
// thread (which reads the SQLite store) both held busy, every request returns at once, the views
// keep drawing, and the answers arrive on the GUI thread once the core is free again.
#include "LocalDataSource.h"
#include "MainWindow.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

// How long the core's threads are held when nothing lets them go earlier: a request that waited
// for them would take at least this long.
constexpr int kHoldMs = 3000;

// The core on the embedded simulator with its history store in a scratch folder.
struct LocalCore
{
    QTemporaryDir dir;
    sim::EmbeddedSimulator simulator{[] {
        sim::SimulatorOptions o;
        o.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")};
        return o;
    }()};
    std::unique_ptr<CoreRuntime> runtime;

    bool start()
    {
        QString error;
        if (!simulator.start(&error))
            return false;
        Config::LoadOptions options;
        options.searchDefaultLocations = false;
        options.overrides = {QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                             QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                             QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT"),
                             QStringLiteral("store.path=%1").arg(dir.filePath(QStringLiteral("history.db")))};
        auto loaded = Config::load(options);
        if (!loaded.ok())
            return false;
        runtime = std::make_unique<CoreRuntime>(loaded.config, Clock::system());
        return runtime->start(&error);
    }
};

// Holds the engine thread and the query thread busy (a stalled engine, a store that does not
// answer) until release(), or kHoldMs at the latest so that a request that waits ends the test
// with a failure instead of hanging it.
class BusyCore
{
public:
    explicit BusyCore(CoreRuntime &runtime)
    {
        m_engineResident.moveToThread(runtime.engineThread());
        QMetaObject::invokeMethod(
            &m_engineResident,
            [this] {
                m_entered.release();
                m_gate.tryAcquire(1, kHoldMs);
            },
            Qt::QueuedConnection);
        runtime.postQuery([this] {
            m_entered.release();
            m_gate.tryAcquire(1, kHoldMs);
        });
    }
    ~BusyCore()
    {
        release();
        m_engineResident.moveToThread(nullptr);
    }
    // True once both threads are held.
    bool held() { return m_entered.tryAcquire(2, 5000); }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_gate.release(2);
        }
    }

private:
    QSemaphore m_entered;
    QSemaphore m_gate;
    QObject m_engineResident;
    bool m_released = false;
};

qint64 medianNs(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

TEST(LocalDataSource, EveryRequestReturnsAtOnceWhileTheEngineAndTheStoreAreBusy)
{
    LocalCore core;
    ASSERT_TRUE(core.start());
    ui::LocalDataSource source(*core.runtime);
    // The feed is up, so the engine has books to answer with once it is free.
    ASSERT_TRUE(waitFor([&] { return core.runtime->orderBook(QStringLiteral("BTCUSDT"), 5).has_value(); }, 15000));

    BusyCore busy(*core.runtime);
    ASSERT_TRUE(busy.held());

    int books = 0, candles = 0, timeouts = 0, history = 0, warnings = 0;
    bool allOnGuiThread = true;
    const auto onGui = [&allOnGuiThread] {
        allOnGuiThread = allOnGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
    };
    std::vector<qint64> costs;
    qint64 worstNs = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        source.orderBook(QStringLiteral("BTCUSDT"), 50, [&](std::optional<OrderBookView> book) {
            onGui();
            books += book ? 1 : 0;
        });
        source.candles(QStringLiteral("BTCUSDT"), 1, 120, [&](std::optional<CandleSeriesView>) {
            onGui();
            ++candles;
        });
        source.timeoutsAfter(0, [&](std::vector<health::TimeoutEntry>) {
            onGui();
            ++timeouts;
        });
        source.timeoutHistory(0, QDateTime::currentMSecsSinceEpoch(), [&](std::vector<health::TimeoutEntry>) {
            onGui();
            ++history;
        });
        source.warnings([&](std::vector<health::WarningAggregate>) {
            onGui();
            ++warnings;
        });
        const qint64 ns = timer.nsecsElapsed();
        costs.push_back(ns);
        worstNs = std::max(worstNs, ns);
    }
    // Five requests on the GUI thread cost well under 2 ms (the median, so that a moment of
    // preemption on a loaded machine does not count); none waited for the held threads.
    EXPECT_LT(medianNs(costs), 2'000'000) << "median of five requests: " << medianNs(costs) << " ns";
    EXPECT_LT(worstNs, qint64(kHoldMs) * 1'000'000 / 2) << "a request waited for a busy thread";
    QCoreApplication::processEvents();
    EXPECT_EQ(books + candles + timeouts + history + warnings, 0) << "answered while the core was held";

    busy.release();
    // One request of each kind was in flight and the newest waited its turn: both are answered.
    ASSERT_TRUE(
        waitFor([&] { return books >= 2 && candles >= 2 && timeouts >= 2 && history >= 2 && warnings >= 2; }, 10000))
        << books << ' ' << candles << ' ' << timeouts << ' ' << history << ' ' << warnings;
    EXPECT_LE(books, 2); // the other 18 were replaced while waiting, not queued behind the engine
    EXPECT_TRUE(allOnGuiThread);
}

TEST(LocalDataSource, TheViewsKeepDrawingWhileTheEngineAndTheStoreAreBusy)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    LocalCore core;
    ASSERT_TRUE(core.start());
    ui::MainWindow window(*core.runtime);
    ui::WorkstationViews views(window, std::make_shared<ui::LocalDataSource>(*core.runtime), ui::WorkstationSettings{});
    window.resize(1400, 900);
    window.show();
    CoreSnapshotPtr latest;
    QObject::connect(core.runtime.get(), &CoreRuntime::snapshotPublished,
                     [&latest](const CoreSnapshotPtr &s) { latest = s; });
    ASSERT_TRUE(waitFor([&] { return latest && !latest->markets.empty(); }, 15000));

    BusyCore busy(*core.runtime);
    ASSERT_TRUE(busy.held());
    // Each snapshot drawn asks for the selected book, the candles, the timeout history and the
    // warnings; none of it may wait for the held engine or store.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i) {
        CoreSnapshot next = *latest;
        next.revision += static_cast<quint64>(i + 1);
        next.epochMs += 1000 * (i + 1);
        views.applySnapshot(next);
    }
    EXPECT_LT(timer.elapsed(), kHoldMs / 2) << "drawing waited for a busy thread";
    busy.release();
    // Once the engine answers, the book of the selected symbol is drawn.
    EXPECT_TRUE(waitFor(
        [&] {
            CoreSnapshot next = *latest;
            next.revision += 100;
            next.epochMs += 100'000;
            views.applySnapshot(next);
            return views.market()->drawnDepthLevels() > 0;
        },
        10000));
}

TEST(LocalDataSource, ARequestWaitingForItsLaneIsLetGoWithTheSource)
{
    LocalCore core;
    ASSERT_TRUE(core.start());
    auto token = std::make_shared<int>(0);
    const std::weak_ptr<int> watched = token;
    {
        ui::LocalDataSource source(*core.runtime);
        // The first request is in flight until its answer is handled on this thread, so the
        // second waits for the lane, holding its reply (and with it the token).
        source.candles(QStringLiteral("BTCUSDT"), 1, 10, [](std::optional<CandleSeriesView>) {});
        source.candles(QStringLiteral("BTCUSDT"), 1, 10,
                       [token = std::move(token)](std::optional<CandleSeriesView>) { ++*token; });
        ASSERT_FALSE(watched.expired());
    }
    // The source is gone: the waiting request, which will never run, is freed with it.
    EXPECT_TRUE(watched.expired());
}
