// Main-thread cost of the workstation under the load: 50 symbols updating at 10 Hz, with
// connections and the timeout tail, applied to every view; the cost of painting a full frame; and
// in remote mode the cost of turning one stream update into a snapshot.
// Run: QT_QPA_PLATFORM=offscreen build/bench/ui/bench_views --benchmark_min_time=3
#include "AccountPanel.h"
#include "MainWindow.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "PriceLadder.h"
#include "WorkstationViews.h"
#include "api/SnapshotDocument.h"
#include "api/SnapshotReader.h"
#include "base/Clock.h"
#include "base/JsonMergePatch.h"
#include "engine/CoreRuntime.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>

using namespace virtuoso;

#include <memory>

namespace {

constexpr int kSymbols = 50;
constexpr int kConnections = 4;
constexpr qint64 kT0 = 1'764'300'000'000;

CoreSnapshotPtr makeSnapshot(quint64 revision)
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = revision;
    s->epochMs = kT0 + static_cast<qint64>(revision) * 100;
    s->feedState = QStringLiteral("streaming on 4 connections");
    for (int c = 0; c < kConnections; ++c) {
        health::ConnectionStatus st;
        st.connId = QStringLiteral("conn_%1").arg(c);
        st.state = health::ConnectionState::Live;
        st.sinceEpochMs = kT0;
        st.topicsTotal = st.topicsLive = 100;
        st.framesReceived = revision * 40;
        st.latency = {100 + static_cast<qint64>(revision % 13), 900, 4000, revision * 40};
        st.transitions = {{kT0 - 1000, health::ConnectionState::Subscribing, health::ConnectionState::Live, {}}};
        s->connections.push_back(st);
    }
    for (int i = 0; i < kSymbols; ++i) {
        MarketSummary m;
        m.symbol = QStringLiteral("SYM%1USDT").arg(i, 2, 10, QLatin1Char('0'));
        const double price = 100.0 + i + std::sin(static_cast<double>(revision + static_cast<quint64>(i)) / 7.0);
        m.lastPriceValue = price;
        m.lastPrice = QString::number(price, 'f', 4);
        m.bestBidPrice = price - 0.01;
        m.bestAskPrice = price + 0.01;
        m.bestBid = QString::number(m.bestBidPrice, 'f', 4);
        m.bestAsk = QString::number(m.bestAskPrice, 'f', 4);
        m.bookValid = true;
        m.bookDepth = 50;
        m.price24hPcnt = QStringLiteral("0.01");
        m.change24hPercent = 1.0 + (revision % 5) * 0.01;
        m.volume24h = QString::number(100000 + revision * 3);
        m.fundingRate = QStringLiteral("0.0001");
        m.openInterest = QString::number(5000 + revision);
        s->markets.push_back(std::move(m));
    }
    for (quint64 k = 0; k < 50; ++k) {
        health::TimeoutEntry e;
        e.id = revision * 2 + k; // two new entries per tick
        e.ts = s->epochMs - static_cast<qint64>(50 - k) * 50;
        e.kind = health::TimeoutKind::HandlerSlow;
        e.connId = QStringLiteral("conn_%1").arg(k % kConnections);
        e.detail = QStringLiteral("handler took 60 ms");
        s->recentTimeouts.push_back(e);
    }
    return s;
}

// A host answering at once with a 50-level book and 20 warning codes, so the benchmark measures
// the views' drawing, not a source.
struct SyntheticSource final : ui::ViewDataSource
{
    void orderBook(const QString &symbol, int depth, Reply<std::optional<OrderBookView>> done) override
    {
        OrderBookView book;
        book.symbol = symbol;
        book.valid = true;
        for (int i = 0; i < depth; ++i) {
            book.bids.emplace_back(QString::number(100.0 - i * 0.01, 'f', 2), QStringLiteral("1.5"));
            book.asks.emplace_back(QString::number(100.02 + i * 0.01, 'f', 2), QStringLiteral("1.2"));
        }
        done(book);
    }
    void warnings(Reply<std::vector<health::WarningAggregate>> done) override
    {
        std::vector<health::WarningAggregate> w(20);
        for (size_t i = 0; i < w.size(); ++i) {
            w[i].code = QByteArray("CODE_") + QByteArray::number(static_cast<int>(i));
            w[i].count = 10 * static_cast<qint64>(i);
            w[i].ratePerMin = static_cast<double>(i);
            w[i].lastMessage = QStringLiteral("sample message");
        }
        done(w);
    }
    bool hasOrderBooks() const override { return true; }
    bool hasWarnings() const override { return true; }
};

struct Workstation
{
    QTemporaryDir settingsDir;
    CoreRuntime runtime{Config{}, Clock::system()};
    ui::MainWindow window{runtime};
    ui::WorkstationViews *views = nullptr;
    std::vector<CoreSnapshotPtr> snapshots;

    Workstation()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        views = new ui::WorkstationViews(window, std::make_shared<SyntheticSource>(), ui::WorkstationSettings{});
        window.resize(1600, 1000);
        window.show();
        for (quint64 r = 1; r <= 600; ++r) // a minute of snapshots, reused in rotation
            snapshots.push_back(makeSnapshot(r));
    }
};

// Built on first use and destroyed in main() while the QApplication still exists (a function-local
// static would outlive it and crash on exit).
std::unique_ptr<Workstation> g_workstation;

Workstation &workstation()
{
    if (!g_workstation)
        g_workstation = std::make_unique<Workstation>();
    return *g_workstation;
}

void BM_ApplySnapshotToAllViews(benchmark::State &state)
{
    Workstation &w = workstation();
    size_t i = 0;
    quint64 revision = 1000;
    for (auto _ : state) {
        auto s = std::make_shared<CoreSnapshot>(*w.snapshots[i++ % w.snapshots.size()]);
        s->revision = ++revision;
        s->epochMs = kT0 + static_cast<qint64>(revision) * 100;
        w.views->applySnapshot(*s);
        // The repaints the update caused are main-thread work too.
        QCoreApplication::processEvents();
    }
    state.counters["snapshots_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ApplySnapshotToAllViews)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PaintFullWindowFrame(benchmark::State &state)
{
    Workstation &w = workstation();
    w.views->applySnapshot(*w.snapshots.back());
    for (auto _ : state) {
        QPixmap frame = w.window.grab(); // paints every visible widget of the window
        benchmark::DoNotOptimize(frame);
    }
    state.counters["frames_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PaintFullWindowFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

// The whole pipeline running as in the program for 10 s: snapshots submitted at 10 Hz, the views
// refreshed by their own timer, and a frame requested every 20 ms (50 fps) by repainting the whole
// window, the worst case of every chart and table changing at once. Reports the frames actually
// painted per second and how busy the main thread was (its CPU time over the wall time).
class FrameCounter : public QObject
{
public:
    int frames = 0;       // the whole window painted (the 50 fps frames that were kept)
    int backingSyncs = 0; // every repaint pass, including the views' own partial updates

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++frames;
        else if (event->type() == QEvent::UpdateRequest)
            ++backingSyncs;
        return QObject::eventFilter(watched, event);
    }
};

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void BM_SustainedTenHzAtFiftyFps(benchmark::State &state)
{
    Workstation &w = workstation();
    const int seconds = static_cast<int>(state.range(0));
    double fps = 0;
    double repaints = 0;
    double busy = 0;
    for (auto _ : state) {
        FrameCounter counter;
        w.window.installEventFilter(&counter);
        quint64 revision = 100'000;
        size_t i = 0;
        QTimer snapshots;
        snapshots.setTimerType(Qt::PreciseTimer);
        QObject::connect(&snapshots, &QTimer::timeout, [&] {
            auto s = std::make_shared<CoreSnapshot>(*w.snapshots[i++ % w.snapshots.size()]);
            s->revision = ++revision;
            s->epochMs = kT0 + static_cast<qint64>(revision) * 100;
            w.views->submitSnapshot(s);
        });
        QTimer frames;
        frames.setTimerType(Qt::PreciseTimer);
        QObject::connect(&frames, &QTimer::timeout, [&] { w.window.update(); });
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        const qint64 cpuBefore = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        snapshots.start(100);
        frames.start(20);
        loop.exec();
        const double wallNs = static_cast<double>(wall.nsecsElapsed());
        busy = static_cast<double>(threadCpuNs() - cpuBefore) / wallNs * 100.0;
        fps = counter.frames / (wallNs / 1e9);
        repaints = counter.backingSyncs / (wallNs / 1e9);
        w.window.removeEventFilter(&counter);
    }
    state.counters["fps"] = fps;
    state.counters["repaints_per_s"] = repaints;
    state.counters["main_thread_busy_pct"] = busy;
}
BENCHMARK(BM_SustainedTenHzAtFiftyFps)->Arg(10)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// The trading desk under load: a view of 50 symbols (50 positions, 100 open orders, 200 fills) at
// 10 Hz through the orders, positions and fills tables (sorted proxies, rows changed in place) and
// the account panel with a day of equity samples, while the ladder follows one book at 100 updates/s
// with a trade flashing on every update. The main thread's busy share over `seconds`.
trading::TradingView deskView(quint64 tick,
                              const std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> &equity)
{
    trading::TradingView v;
    v.venue = trading::VenueKind::Paper;
    v.running = true;
    v.streamUp = true;
    v.timeMs = kT0 + static_cast<qint64>(tick) * 100;
    v.wallet.equity = 10'000 + std::sin(static_cast<double>(tick) / 9.0) * 50;
    v.wallet.available = 8'000;
    v.wallet.walletBalance = 10'000;
    v.wallet.initialMargin = 2'000;
    v.dailyPnl = -20 + std::sin(static_cast<double>(tick) / 5.0) * 10;
    v.limits.dailyLossLimit = 500;
    v.equity = equity;
    v.startedMs = kT0;
    for (int i = 0; i < kSymbols; ++i) {
        const std::string symbol = QStringLiteral("SYM%1USDT").arg(i, 2, 10, QLatin1Char('0')).toStdString();
        const double price = 100.0 + i + std::sin(static_cast<double>(tick + static_cast<quint64>(i)) / 7.0);
        trading::TradingView::PositionRow p;
        p.symbol = symbol;
        p.size = (i % 2 ? -1.0 : 1.0) * (1 + i % 5);
        p.sizeText = QString::number(p.size, 'f', 3).toStdString();
        p.averageEntry = 100.0 + i;
        p.mark = price;
        p.unrealisedPnl = (price - p.averageEntry) * p.size;
        p.realisedPnl = i * 0.5;
        p.liquidationPrice = p.averageEntry * (p.size > 0 ? 0.9 : 1.1);
        v.positions.push_back(std::move(p));
        for (int k = 0; k < 2; ++k) {
            trading::TradingView::OrderRow o;
            o.order.intent.orderLinkId = "vw-bench-" + std::to_string(i * 2 + k);
            o.order.intent.symbol = symbol;
            o.order.intent.side = k ? trading::Side::Sell : trading::Side::Buy;
            o.order.status = (tick + static_cast<quint64>(i)) % 7 == 0 ? trading::OrderStatus::PartiallyFilled
                                                                       : trading::OrderStatus::New;
            o.order.createdMs = kT0 + i * 1000 + k;
            o.order.updatedMs = o.order.createdMs;
            o.price = QString::number(price + (k ? 1 : -1), 'f', 2).toStdString();
            o.quantity = "1.000";
            o.filled = o.order.status == trading::OrderStatus::New ? "0.000" : "0.250";
            v.orders.push_back(std::move(o));
        }
    }
    for (int e = 0; e < 200; ++e) {
        trading::TradingView::ExecutionRow x;
        x.execution.execId = "exec-" + std::to_string(tick / 10 + static_cast<quint64>(e));
        x.execution.symbol = v.positions[static_cast<size_t>(e) % kSymbols].symbol;
        x.execution.timeMs = kT0 + static_cast<qint64>(tick / 10 + static_cast<quint64>(e)) * 1000;
        x.price = "100.00";
        x.quantity = "0.100";
        v.executions.push_back(std::move(x));
    }
    return v;
}

void BM_DeskTablesTenHzLadderHundredHz(benchmark::State &state)
{
    const int seconds = static_cast<int>(state.range(0));
    QWidget desk;
    ui::PriceLadder ladder;
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(1, 1);
    spec.quantity = exchange::DecimalGrid(1, 3);
    ladder.setInstrument(spec);
    ui::OrdersModel orders;
    ui::PositionsModel positions;
    ui::ExecutionsModel executions;
    ui::AccountPanel account;
    std::vector<QSortFilterProxyModel *> proxies;
    auto *tables = new QVBoxLayout;
    for (ui::TradingTableModel *model :
         std::initializer_list<ui::TradingTableModel *>{&orders, &positions, &executions}) {
        auto *proxy = new QSortFilterProxyModel(&desk);
        proxy->setSourceModel(model);
        proxy->setSortRole(ui::TradingTableModel::SortRole);
        proxy->setDynamicSortFilter(true);
        proxy->sort(0, Qt::DescendingOrder);
        auto *table = new QTableView(&desk);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        tables->addWidget(table);
    }
    auto *layout = new QHBoxLayout(&desk);
    layout->addWidget(&account);
    layout->addWidget(&ladder);
    layout->addLayout(tables, 1);
    desk.resize(1600, 1000);
    desk.show();
    // A day of equity samples, as the trading service keeps them.
    auto equity = std::make_shared<std::vector<trading::TradingView::EquityPoint>>();
    for (int i = 0; i < 8640; ++i)
        equity->push_back({kT0 + i * 10'000LL, 10'000 + std::sin(i / 50.0) * 100, 0});
    const std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> curve = equity;
    double busy = 0, bookRate = 0;
    for (auto _ : state) {
        quint64 tick = 0, books = 0;
        QTimer views, book;
        views.setTimerType(Qt::PreciseTimer);
        book.setTimerType(Qt::PreciseTimer);
        QObject::connect(&views, &QTimer::timeout, [&] {
            const trading::TradingView v = deskView(++tick, curve);
            orders.apply(v);
            positions.apply(v);
            executions.apply(v);
            account.apply(v);
        });
        QObject::connect(&book, &QTimer::timeout, [&] {
            ++books;
            const qint64 mid = 500'000 + static_cast<qint64>(std::lround(std::sin(books / 40.0) * 30));
            std::vector<std::pair<QString, QString>> bids, asks;
            for (int l = 0; l < 50; ++l) {
                bids.emplace_back(QString::fromStdString(spec.price.format(mid - l)), QStringLiteral("1.250"));
                asks.emplace_back(QString::fromStdString(spec.price.format(mid + 1 + l)), QStringLiteral("0.750"));
            }
            ladder.setBook(bids, asks, true);
            ladder.addTrades({{mid + static_cast<qint64>(books % 3), books % 2 == 0}});
        });
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        const qint64 cpuBefore = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        views.start(100);
        book.start(10);
        loop.exec();
        const double wallNs = static_cast<double>(wall.nsecsElapsed());
        busy = static_cast<double>(threadCpuNs() - cpuBefore) / wallNs * 100.0;
        bookRate = static_cast<double>(books) / (wallNs / 1e9);
    }
    state.counters["main_thread_busy_pct"] = busy;
    state.counters["book_updates_per_s"] = bookRate;
    state.counters["ladder_paints"] = ladder.paintCount();
}
BENCHMARK(BM_DeskTablesTenHzLadderHundredHz)->Arg(10)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Remote mode adds, per stream message on the main thread: applying the daemon's merge patch to the
// state the client keeps, and reading that state back into a snapshot for the views.
void BM_RemoteUpdateToSnapshot(benchmark::State &state)
{
    std::vector<QJsonObject> states;
    std::vector<QJsonObject> patches;
    for (quint64 r = 1; r <= 64; ++r)
        states.push_back(api::snapshot_document::streamState(*makeSnapshot(r)));
    for (size_t i = 0; i + 1 < states.size(); ++i)
        patches.push_back(api::merge_patch::diff(states[i], states[i + 1]));
    size_t i = 0;
    QJsonObject current = states.front();
    for (auto _ : state) {
        if (i % patches.size() == 0)
            current = states.front();
        current = api::merge_patch::apply(current, patches[i++ % patches.size()]);
        auto read = api::snapshot_reader::fromStreamState(current);
        benchmark::DoNotOptimize(read.snapshot);
    }
    state.counters["updates_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RemoteUpdateToSnapshot)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_workstation.reset();
    return 0;
}
