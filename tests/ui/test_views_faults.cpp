// Every view of the workstation on the real core and the embedded simulator, with faults fired
// through the simulator's control API: the workstation is put together as `virtuoso` builds it
// (main window, views, host manager with the in-process core and the host sidebar), or, for the
// host sidebar in remote mode, as `virtuoso --remote` builds it against a daemon on the simulator.
//
// Waiting is on conditions (waitFor), never on fixed sleeps: the core runs on real threads and
// sockets here, so the real clock is the one that moves it.
#include "ConnectionStateStyle.h"
#include "ConnectionsModel.h"
#include "ConnectionsView.h"
#include "CsvExport.h"
#include "HostManager.h"
#include "HostSidebar.h"
#include "LocalDataSource.h"
#include "LogAnalysisView.h"
#include "MainWindow.h"
#include "MarketView.h"
#include "MarketsModel.h"
#include "SignalsView.h"
#include "TimeoutHistoryModel.h"
#include "TimeoutHistoryView.h"
#include "WarningsModel.h"
#include "WarningsView.h"
#include "WorkstationViews.h"
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/CoreRuntime.h"
#include "model/health/WarningAggregator.h"
#include "sim/server/EmbeddedSimulator.h"

#include "TestSupport.h"
#include "engine/LoggingSetup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <set>

using namespace virtuoso;
using health::ConnectionState;
using virtuoso::test::waitFor;

namespace {

const QStringList kSymbols{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};

// Three symbols on three connections (a small subscription budget), quick reconnects, and pings
// and stale limits short enough that a stall shows within seconds.
Config configFor(const sim::EmbeddedSimulator &simulator)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = {
        QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
        QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
        QStringLiteral("exchange.symbols=%1").arg(kSymbols.join(u',')), QStringLiteral("connection.max_args_chars=200"),
        QStringLiteral("connection.connect_spacing_ms=500"), QStringLiteral("connection.backoff_initial_ms=200"),
        QStringLiteral("connection.ping_interval_s=5"), QStringLiteral("connection.pong_timeout_s=1"),
        QStringLiteral("connection.stale_factor=1.5"),
        // Each test starts with an empty history: nothing read back from earlier runs.
        QStringLiteral("store.enabled=false")};
    auto result = Config::load(options);
    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    return result.config;
}

int fireFault(const sim::EmbeddedSimulator &simulator, const QJsonObject &fault)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(simulator.controlUrl() + QStringLiteral("/faults"))};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(fault).toJson(QJsonDocument::Compact));
    waitFor([&] { return reply->isFinished(); }, 5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QJsonObject fault(const char *kind, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("kind"), QLatin1String(kind));
    if (!fields.contains(QStringLiteral("conn")) && std::string_view(kind) != "ban")
        fields.insert(QStringLiteral("conn"), QStringLiteral("all"));
    return fields;
}

ConnectionState rowState(ui::ConnectionsModel *model, int row)
{
    return static_cast<ConnectionState>(model->index(row, 0).data(ui::ConnectionsModel::StateRole).toInt());
}

bool allRowsLive(ui::ConnectionsModel *model, int expectedRows)
{
    if (model->rowCount() != expectedRows)
        return false;
    for (int r = 0; r < model->rowCount(); ++r)
        if (rowState(model, r) != ConnectionState::Live)
            return false;
    return true;
}

// The log lines of the process in the readable stderr format, kept in memory while `capturing`.
struct CapturedLog
{
    std::mutex mutex;
    QByteArray text;
    bool capturing = true;
};

class CapturingSink final : public log::Sink
{
public:
    explicit CapturingSink(std::shared_ptr<CapturedLog> log)
        : m_log(std::move(log))
    {}
    void write(const log::Entry &entry) override
    {
        const std::lock_guard lock(m_log->mutex);
        if (m_log->capturing)
            m_log->text += log::StderrSink::format(entry, log::StderrSink::Style::Readable);
    }

private:
    std::shared_ptr<CapturedLog> m_log;
};

// The workstation as `virtuoso` builds it on the in-process core, the core on the simulator.
class LiveWorkstation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // As runWorkstation does: log lines pass the process-wide warning aggregator.
        log::configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), /*daemonMode=*/false);
        sim::SimulatorOptions simOptions;
        simOptions.symbols = kSymbols;
        simulator = std::make_unique<sim::EmbeddedSimulator>(simOptions);
        QString error;
        ASSERT_TRUE(simulator->start(&error)) << error.toStdString();
        runtime = std::make_unique<CoreRuntime>(configFor(*simulator), Clock::system());
        window = std::make_unique<ui::MainWindow>(*runtime);
        views = new ui::WorkstationViews(*window, std::make_shared<ui::LocalDataSource>(*runtime),
                                         ui::WorkstationSettings{});
        hosts = new ui::HostManager(*window, *views, runtime.get(), Clock::system());
        hosts->installSidebar();
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(runtime->start(&error)) << error.toStdString();
        connections = views->connections()->model();
        ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 15000)) << "rows: " << connections->rowCount();
    }

    void TearDown() override
    {
        if (runtime)
            runtime->stop();
        window.reset();
        if (simulator)
            simulator->stop();
    }

    QString healthLabel()
    {
        window->refreshStatus();
        auto *label = window->findChild<QLabel *>(QStringLiteral("HealthLabel"));
        return label ? label->text() : QString();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::EmbeddedSimulator> simulator;
    std::unique_ptr<CoreRuntime> runtime;
    std::unique_ptr<ui::MainWindow> window;
    ui::WorkstationViews *views = nullptr; // children of the window
    ui::HostManager *hosts = nullptr;
    ui::ConnectionsModel *connections = nullptr;
};

TEST_F(LiveWorkstation, ADropTurnsTheStatusBarAndTheLocalHostDegradedWithinASecondThenLiveAgain)
{
    ASSERT_TRUE(waitFor([&] { return healthLabel().contains(QStringLiteral("● Live")); }, 5000))
        << healthLabel().toStdString();
    ASSERT_EQ(hosts->count(), 1);
    hosts->sidebar()->refresh();
    QTreeWidgetItem *local = hosts->sidebar()->list()->topLevelItem(0);
    ASSERT_TRUE(local);
    EXPECT_EQ(local->text(0), QStringLiteral("This computer"));
    EXPECT_EQ(local->text(1), QStringLiteral("Live"));

    ASSERT_EQ(fireFault(*simulator, fault("drop")), 200);
    QElapsedTimer sinceDrop;
    sinceDrop.start();
    ASSERT_TRUE(waitFor([&] { return healthLabel().contains(QStringLiteral("Degraded")); }, 1000))
        << healthLabel().toStdString();
    EXPECT_LT(sinceDrop.elapsed(), 1000);
    EXPECT_TRUE(healthLabel().contains(QStringLiteral("connections live"))) << healthLabel().toStdString();
    hosts->sidebar()->refresh();
    EXPECT_EQ(local->data(1, Qt::UserRole).toInt(), int(ui::RemoteHost::Health::Degraded));
    EXPECT_EQ(local->text(1), QStringLiteral("Degraded"));

    ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 10000));
    ASSERT_TRUE(waitFor([&] { return healthLabel().contains(QStringLiteral("● Live")); }, 3000))
        << healthLabel().toStdString();
    hosts->sidebar()->refresh();
    EXPECT_EQ(local->text(1), QStringLiteral("Live"));
    for (int r = 0; r < connections->rowCount(); ++r)
        EXPECT_GE(connections->index(r, ui::ConnectionsModel::ReconnectsColumn).data().toInt(), 1) << r;
}

TEST_F(LiveWorkstation, DuringAStallTheRowsTurnStaleTheMarketRowsGreyAndTheStatusBarIsNoLongerLive)
{
    ASSERT_TRUE(waitFor([&] { return healthLabel().contains(QStringLiteral("● Live")); }, 5000))
        << healthLabel().toStdString();
    ui::MarketsModel *markets = views->market()->model();
    ASSERT_TRUE(waitFor([&] { return markets->rowCount() == 3; }, 5000));
    // The books stream many times a second: a threshold well below the maximum (1.5 × 3 s) is measured.
    ASSERT_TRUE(waitFor(
        [&] {
            for (int r = 0; r < connections->rowCount(); ++r) {
                const health::ConnectionStatus *s = connections->status(r);
                if (!s || s->staleAfterMs <= 0 || s->staleAfterMs >= 4500)
                    return false;
            }
            return true;
        },
        10000));
    qint64 threshold = 0;
    for (int r = 0; r < connections->rowCount(); ++r)
        threshold = std::max(threshold, connections->status(r)->staleAfterMs);
    for (int r = 0; r < markets->rowCount(); ++r)
        EXPECT_FALSE(markets->index(r, 0).data(ui::MarketsModel::StaleRole).toBool()) << r;

    ASSERT_EQ(fireFault(*simulator, fault("stall", {{QStringLiteral("seconds"), 4}})), 200);
    QElapsedTimer sinceStall;
    sinceStall.start();
    const auto anyRowStale = [&] {
        for (int r = 0; r < connections->rowCount(); ++r)
            if (rowState(connections, r) == ConnectionState::Stale)
                return true;
        return false;
    };
    // Stale within 2 s of the threshold (plus a snapshot interval), before any reconnect.
    ASSERT_TRUE(waitFor(anyRowStale, threshold + 2500)) << "threshold " << threshold;
    EXPECT_LE(sinceStall.elapsed(), threshold + 2500);
    const QString stalled = healthLabel();
    EXPECT_FALSE(stalled.contains(QStringLiteral("● Live"))) << stalled.toStdString();
    EXPECT_TRUE(stalled.contains(QStringLiteral("stale"))) << stalled.toStdString();
    int staleRow = -1;
    for (int r = 0; r < connections->rowCount(); ++r)
        if (rowState(connections, r) == ConnectionState::Stale)
            staleRow = r;
    ASSERT_GE(staleRow, 0);
    EXPECT_TRUE(connections->index(staleRow, ui::ConnectionsModel::ReasonColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("no data on")));
    // The market rows of the stalled symbols grey out; their ages are coloured.
    ASSERT_TRUE(waitFor(
        [&] {
            for (int r = 0; r < markets->rowCount(); ++r)
                if (markets->index(r, 0).data(ui::MarketsModel::StaleRole).toBool())
                    return true;
            return false;
        },
        2000));
    const auto colouredAge = [&] {
        for (int r = 0; r < markets->rowCount(); ++r) {
            const QColor c =
                markets->index(r, ui::MarketsModel::AgeColumn).data(Qt::ForegroundRole).value<QBrush>().color();
            if (c == ui::ageColor(ui::AgeLevel::Late) || c == ui::ageColor(ui::AgeLevel::Stale))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(waitFor(colouredAge, 2000)) << "ages amber or red";
    // The journal says why, naming a topic and the silence.
    EXPECT_TRUE(waitFor(
        [&] {
            for (const auto &e : views->timeouts()->model()->entries())
                if (e.kind == health::TimeoutKind::StaleStream && !e.topic.isEmpty())
                    return true;
            return false;
        },
        3000));

    // When the stall ends everything is live and fresh again, and so is the status bar.
    ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 15000));
    ASSERT_TRUE(waitFor([&] { return healthLabel().contains(QStringLiteral("● Live")); }, 5000))
        << healthLabel().toStdString();
}

TEST_F(LiveWorkstation, AStallOnEveryConnectionIsAnIncidentInTheTimeoutHistoryAndABookGapAResync)
{
    ui::TimeoutHistoryView *timeouts = views->timeouts();
    ui::TimeoutHistoryModel *model = timeouts->model();
    const auto entriesOf = [&](health::TimeoutKind kind) {
        std::set<QString> conns;
        for (const auto &e : model->entries())
            if (e.kind == kind)
                conns.insert(e.connId);
        return conns;
    };
    const auto kindIndex = [](health::TimeoutKind kind) {
        const auto &kinds = ui::TimeoutHistoryModel::allKinds();
        return static_cast<size_t>(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
    };
    const auto chartCount = [&](health::TimeoutKind kind) {
        int n = 0;
        for (const auto &bucket : timeouts->bucketCounts())
            n += bucket[kindIndex(kind)];
        return n;
    };
    const auto anyIncident = [&] {
        const auto &b = timeouts->incidentBuckets();
        return std::find(b.begin(), b.end(), true) != b.end();
    };
    EXPECT_TRUE(entriesOf(health::TimeoutKind::StaleStream).empty());
    EXPECT_TRUE(entriesOf(health::TimeoutKind::PongTimeout).empty());
    EXPECT_FALSE(anyIncident());

    // A withheld book delta: the book resyncs, which the journal and the view record.
    ASSERT_EQ(fireFault(*simulator, fault("u_gap")), 200);
    ASSERT_TRUE(waitFor([&] { return !entriesOf(health::TimeoutKind::BookResync).empty(); }, 5000));
    ASSERT_TRUE(waitFor([&] { return chartCount(health::TimeoutKind::BookResync) > 0; }, 3000));

    // Every connection stalls: each reports a stale stream (or a missing pong) within seconds of the
    // others, so the chart marks an incident; when the stall ends they reconnect.
    ASSERT_EQ(fireFault(*simulator, fault("stall", {{QStringLiteral("seconds"), 6}})), 200);
    const auto failedConnections = [&] {
        std::set<QString> conns = entriesOf(health::TimeoutKind::StaleStream);
        conns.merge(entriesOf(health::TimeoutKind::PongTimeout));
        return conns.size();
    };
    ASSERT_TRUE(waitFor([&] { return failedConnections() == 3; }, 9000)) << failedConnections();
    ASSERT_TRUE(waitFor(
        [&] {
            return anyIncident() &&
                   chartCount(health::TimeoutKind::StaleStream) + chartCount(health::TimeoutKind::PongTimeout) >= 3;
        },
        3000));
    bool markedRow = false;
    for (int r = 0; r < model->rowCount(); ++r)
        markedRow = markedRow || model->isIncident(r);
    EXPECT_TRUE(markedRow);
    auto *summary = timeouts->findChild<QLabel *>(QStringLiteral("TimeoutSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("incidents"))) << summary->text().toStdString();

    // Filters: one connection, one kind.
    timeouts->setFilters(QStringLiteral("conn_1"), QStringLiteral("BOOK_RESYNC"), {});
    QSortFilterProxyModel *filtered = timeouts->filteredModel();
    ASSERT_GT(filtered->rowCount(), 0);
    for (int r = 0; r < filtered->rowCount(); ++r) {
        EXPECT_EQ(filtered->index(r, ui::TimeoutHistoryModel::ConnectionColumn).data().toString(),
                  QStringLiteral("conn_1"));
        EXPECT_EQ(filtered->index(r, ui::TimeoutHistoryModel::KindColumn).data().toString(),
                  QStringLiteral("BOOK_RESYNC"));
    }
    EXPECT_EQ(chartCount(health::TimeoutKind::StaleStream) + chartCount(health::TimeoutKind::PongTimeout),
              0); // the chart follows the filters
    EXPECT_GT(chartCount(health::TimeoutKind::BookResync), 0);

    // The filtered history exported as CSV: a header, then one line per row shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeouts.csv"));
    ASSERT_TRUE(views->exportTimeoutsCsv(path).isEmpty());
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), filtered->rowCount() + 1);
    EXPECT_TRUE(lines.first().startsWith("Time,Kind,Connection")) << lines.first().toStdString();
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(",BOOK_RESYNC,conn_1,")) << lines[i].toStdString();

    ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 10000));
}

TEST_F(LiveWorkstation, MalformedFramesAppearInTheWarningsTableAndItsExport)
{
    ui::WarningsModel *model = views->warnings()->model();
    const auto decodeErrors = [&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ui::WarningsModel::CodeColumn).data().toString() == u"DECODE_ERROR")
                return model->index(r, ui::WarningsModel::CountColumn).data(ui::WarningsModel::SortRole).toLongLong();
        return 0LL;
    };
    const qint64 before = decodeErrors(); // the aggregator is process-wide
    ASSERT_EQ(fireFault(*simulator, fault("malformed", {{QStringLiteral("variant"), QStringLiteral("truncated")},
                                                        {QStringLiteral("count"), 3}})),
              200);
    // A decode error is logged once a second at most, and counted by the aggregator each time;
    // the view reads the aggregator once a second.
    ASSERT_TRUE(waitFor([&] { return decodeErrors() > before; }, 5000)) << decodeErrors() - before;

    // Filtering by text keeps only that code; the export writes what the filter shows.
    views->warnings()->setTextFilter(QStringLiteral("DECODE_ERROR"));
    QSortFilterProxyModel *filtered = views->warnings()->filteredModel();
    ASSERT_GE(filtered->rowCount(), 1);
    for (int r = 0; r < filtered->rowCount(); ++r)
        EXPECT_EQ(filtered->index(r, ui::WarningsModel::CodeColumn).data().toString(), QStringLiteral("DECODE_ERROR"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warnings.csv"));
    ASSERT_TRUE(views->exportWarningsCsv(path).isEmpty());
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), filtered->rowCount() + 1);
    EXPECT_TRUE(lines.first().startsWith("Code,Severity,Count")) << lines.first().toStdString();
    EXPECT_TRUE(lines.at(1).startsWith("DECODE_ERROR,warning,")) << lines.at(1).toStdString();

    // The connections carry on: a bad frame is skipped, not a reason to reconnect.
    EXPECT_TRUE(allRowsLive(connections, 3));
}

TEST_F(LiveWorkstation, SignalsScoreEverySymbolAndKeepScoringThroughADropAndABookRestart)
{
    ui::SignalsView *signalsView = views->signalsView();
    QTableWidget *table = signalsView->signalTable();
    const auto symbolsShown = [&] {
        QStringList symbols;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0))
                symbols << table->item(r, 0)->text();
        return symbols;
    };
    ASSERT_TRUE(waitFor([&] { return signalsView->engineRunning() && symbolsShown() == kSymbols; }, 10000))
        << symbolsShown().join(u',').toStdString();
    for (int r = 0; r < table->rowCount(); ++r) {
        bool ok = false;
        const double score = table->item(r, 1)->text().toDouble(&ok);
        EXPECT_TRUE(ok) << table->item(r, 1)->text().toStdString();
        EXPECT_GE(score, 0);
        EXPECT_LE(score, 100);
        EXPECT_TRUE(table->item(r, 3)->text().endsWith(QStringLiteral("%")));
    }
    // The breakdown of the selected symbol: components with their sub-indicators.
    table->selectRow(1);
    EXPECT_EQ(signalsView->selectedSymbol(), kSymbols.at(1));
    QTreeWidget *breakdown = signalsView->breakdownTree();
    ASSERT_GT(breakdown->topLevelItemCount(), 0);
    int subs = 0;
    for (int i = 0; i < breakdown->topLevelItemCount(); ++i)
        subs += breakdown->topLevelItem(i)->childCount();
    EXPECT_GT(subs, 0);

    // Faults on the feed: the engine keeps a signal per symbol, and the selection stays.
    ASSERT_EQ(fireFault(*simulator, fault("drop")), 200);
    ASSERT_TRUE(waitFor([&] { return !allRowsLive(connections, 3); }, 2000));
    ASSERT_EQ(fireFault(*simulator, fault("restart")), 200);
    ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 10000));
    EXPECT_TRUE(signalsView->engineRunning());
    EXPECT_EQ(symbolsShown(), kSymbols);
    EXPECT_EQ(signalsView->selectedSymbol(), kSymbols.at(1));
    // Its score history kept growing through the faults, and the chart shows it.
    EXPECT_GE(signalsView->historyPoints(kSymbols.at(1)), 2);
    EXPECT_EQ(signalsView->drawnHistoryPoints(), signalsView->historyPoints(kSymbols.at(1)));
}

TEST_F(LiveWorkstation, TheLogAnalysisViewFindsTheFaultsOfThisRunInItsOwnLog)
{
    auto captured = std::make_shared<CapturedLog>();
    log::Logger::instance().addSink(std::make_unique<CapturingSink>(captured));
    ASSERT_EQ(fireFault(*simulator, fault("malformed", {{QStringLiteral("variant"), QStringLiteral("truncated")},
                                                        {QStringLiteral("count"), 2}})),
              200);
    ASSERT_EQ(fireFault(*simulator, fault("drop")), 200);
    ASSERT_TRUE(waitFor([&] { return !allRowsLive(connections, 3); }, 2000));
    ASSERT_TRUE(waitFor([&] { return allRowsLive(connections, 3); }, 10000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("virtuoso.log"));
    {
        const std::lock_guard lock(captured->mutex);
        captured->capturing = false;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(captured->text);
    }

    // The view is the one in the window's central tabs.
    ui::LogAnalysisView *view = window->findChild<ui::LogAnalysisView *>(QStringLiteral("LogAnalysisView"));
    ASSERT_TRUE(view);
    bool shown = false;
    QObject::connect(view, &ui::LogAnalysisView::reportShown, [&] { shown = true; });
    view->openFile(path);
    ASSERT_TRUE(waitFor([&] { return shown; }, 10000)) << view->statusText().toStdString();
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("analysed"))) << view->statusText().toStdString();
    EXPECT_FALSE(view->verdictText().isEmpty());

    // The warnings section names the decode errors and the dropped connections' state changes.
    QStringList warningTemplates;
    QTreeWidget *findings = view->findings();
    for (int i = 0; i < findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = findings->topLevelItem(i);
        for (int c = 0; c < section->childCount(); ++c)
            warningTemplates << section->child(c)->text(0) + QLatin1Char(' ') + section->child(c)->text(4);
    }
    const QString all = warningTemplates.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("DECODE_ERROR"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("CONN_STATE"))) << all.toStdString();
}

// ---- remote mode: the host sidebar of a workstation watching a daemon on the simulator ----

class RunningCore final : public api::MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
};

TEST(RemoteHostsLive, TheSidebarShowsADaemonsDroppedConnectionsAsDegradedThenLive)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    sim::SimulatorOptions simOptions;
    simOptions.symbols = kSymbols;
    sim::EmbeddedSimulator simulator(simOptions);
    QString error;
    ASSERT_TRUE(simulator.start(&error)) << error.toStdString();
    CoreRuntime daemonCore(configFor(simulator), Clock::system());
    api::RuntimeMonitoredCore monitored(daemonCore, nullptr, &health::WarningAggregator::process());
    api::ApiSettings apiSettings;
    apiSettings.server.address = QHostAddress::LocalHost;
    apiSettings.server.port = 0;
    apiSettings.rateLimitPerSecond = 10000;
    api::MonitoringApi daemonApi(apiSettings, monitored, Clock::system());
    QObject::connect(&daemonCore, &CoreRuntime::snapshotPublished, &daemonApi, &api::MonitoringApi::onSnapshot);
    ASSERT_TRUE(daemonApi.start(&error)) << error.toStdString();
    ASSERT_TRUE(daemonCore.start(&error)) << error.toStdString();

    // The workstation without an in-process core, as `virtuoso --remote URL` builds it.
    ui::MainWindow window(nullptr);
    auto *views = new ui::WorkstationViews(window, nullptr, ui::WorkstationSettings{});
    auto *hosts = new ui::HostManager(window, *views, nullptr, Clock::system(), {2000, 100, 400});
    hosts->installSidebar();
    window.resize(1400, 900);
    window.show();
    ASSERT_EQ(hosts->addRemote({QStringLiteral("http://127.0.0.1:%1").arg(daemonApi.port()), {}, {}}, &error), 0)
        << error.toStdString();
    ui::HostSidebar *sidebar = hosts->sidebar();
    const auto sidebarHealth = [&] {
        sidebar->refresh();
        QTreeWidgetItem *item = sidebar->list()->topLevelItem(0);
        return item ? item->text(1) : QString();
    };
    ASSERT_TRUE(waitFor([&] { return sidebarHealth() == u"Live"; }, 15000)) << sidebarHealth().toStdString();
    ASSERT_TRUE(waitFor([&] { return allRowsLive(views->connections()->model(), 3); }, 3000));

    // The simulator drops every stream of the daemon's core: the daemon stays reachable, its
    // connections reconnect, and the sidebar says so with the count.
    ASSERT_EQ(fireFault(simulator, fault("drop")), 200);
    ASSERT_TRUE(waitFor([&] { return sidebarHealth() == u"Degraded"; }, 3000)) << sidebarHealth().toStdString();
    const QString tip = sidebar->list()->topLevelItem(0)->toolTip(1);
    EXPECT_TRUE(tip.contains(QStringLiteral("connections live"))) << tip.toStdString();
    ASSERT_TRUE(waitFor([&] { return sidebarHealth() == u"Live"; }, 10000)) << sidebarHealth().toStdString();
    ASSERT_TRUE(waitFor([&] { return allRowsLive(views->connections()->model(), 3); }, 3000));
    EXPECT_GE(views->connections()->model()->index(0, ui::ConnectionsModel::ReconnectsColumn).data().toInt(), 1);

    hosts->remove(0);
    daemonApi.stop();
    daemonCore.stop();
    simulator.stop();
}

} // namespace
