// Remote mode: the workstation watches daemons through their monitoring API. A daemon here is the
// real MonitoringApi on a loopback port, fed by a real CoreRuntime on the embedded simulator or by
// hand-made snapshots; the workstation side is the same MainWindow, views and host sidebar the
// program uses.
#include "ConnectDialog.h"
#include "ConnectionsModel.h"
#include "ConnectionsView.h"
#include "CoreTexts.h"
#include "HostManager.h"
#include "HostSidebar.h"
#include "LogAnalysisView.h"
#include "MainWindow.h"
#include "MarketsModel.h"
#include "NetworkErrorText.h"
#include "SignalsView.h"
#include "SourceOutage.h"
#include "StateTimelineWidget.h"
#include "TimeoutHistoryModel.h"
#include "TimeoutHistoryView.h"
#include "WarningsView.h"
#include "Workstation.h"
#include "WorkstationViews.h"
#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "model/health/WarningAggregator.h"
#include "sim/server/EmbeddedSimulator.h"
#include "store/TimeoutHistory.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace virtuoso;
using health::ConnectionState;
using ui::RemoteHost;
using virtuoso::test::waitFor;

namespace {

api::ApiSettings loopback(quint16 port = 0)
{
    api::ApiSettings s;
    s.server.address = QHostAddress::LocalHost;
    s.server.port = port;
    s.rateLimitPerSecond = 10000;
    return s;
}

class RunningCore final : public api::MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
};

// A daemon publishing hand-made snapshots at 20 Hz: `connections` rows named by `prefix`.
class FakeDaemon
{
public:
    FakeDaemon(QString prefix, int connections)
        : m_prefix(std::move(prefix))
        , m_connections(connections)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { publish(); });
    }

    bool start(quint16 port = 0)
    {
        m_api = std::make_unique<api::MonitoringApi>(loopback(port), m_core, m_clock);
        QString error;
        if (!m_api->start(&error)) {
            ADD_FAILURE() << error.toStdString();
            return false;
        }
        m_port = m_api->port();
        publish();
        m_timer.start(50);
        return true;
    }
    // Stops publishing but keeps the socket open: a daemon that hangs.
    void freeze() { m_timer.stop(); }
    void resume() { m_timer.start(50); }
    void stop()
    {
        m_timer.stop();
        if (m_api)
            m_api->stop();
        m_api.reset();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

private:
    void publish()
    {
        auto s = std::make_shared<CoreSnapshot>();
        s->revision = ++m_revision;
        s->epochMs = m_clock.epochMs();
        s->dataSource = QStringLiteral("embedded simulator");
        for (int i = 0; i < m_connections; ++i) {
            health::ConnectionStatus c;
            c.connId = QStringLiteral("%1_%2").arg(m_prefix).arg(i);
            c.state = ConnectionState::Live;
            c.framesReceived = m_revision * 10;
            s->connections.push_back(c);
        }
        m_api->onSnapshot(s);
    }

    QString m_prefix;
    int m_connections;
    SystemClock m_clock;
    RunningCore m_core;
    std::unique_ptr<api::MonitoringApi> m_api;
    QTimer m_timer;
    quint64 m_revision = 0;
    quint16 m_port = 0;
};

// The workstation without an in-process core, as `virtuoso --remote URL` builds it.
struct RemoteWorkstation
{
    explicit RemoteWorkstation(const Clock &clock)
        : window(nullptr)
        , views(new ui::WorkstationViews(window, nullptr, ui::WorkstationSettings{}))
        , hosts(new ui::HostManager(window, *views, nullptr, clock, {2000, 100, 400}))
    {
        hosts->installSidebar();
        window.resize(1400, 900);
        window.show();
    }

    QStringList connIds() const
    {
        QStringList ids;
        ui::ConnectionsModel *model = views->connections()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(ui::ConnectionsModel::ConnIdRole).toString();
        return ids;
    }
    bool allRowsLive() const
    {
        ui::ConnectionsModel *model = views->connections()->model();
        if (model->rowCount() == 0)
            return false;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ui::ConnectionsModel::StateRole).toInt() != int(ConnectionState::Live))
                return false;
        return true;
    }
    QString label(const char *name) const
    {
        auto *l = window.findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }
    QString sidebarHealth(int row) const
    {
        window.findChild<ui::HostSidebar *>()->refresh();
        QTreeWidgetItem *item = hosts->sidebar()->list()->topLevelItem(row);
        return item ? item->text(1) : QString();
    }

    ui::MainWindow window;
    ui::WorkstationViews *views;
    ui::HostManager *hosts;
};

class RemoteMode : public ::testing::Test
{
protected:
    void SetUp() override { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path()); }

    QTemporaryDir m_settingsDir;
};

Config configFor(const sim::EmbeddedSimulator &simulator)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = {QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                         QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                         QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT"),
                         QStringLiteral("connection.backoff_initial_ms=200")};
    auto result = Config::load(options);
    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    return result.config;
}

TEST_F(RemoteMode, ShowsTheDaemonsConnectionsTurnsDisconnectedWhenItStopsAndLiveAgainWhenItReturns)
{
    // The daemon: the real core on the simulator, its API on a loopback port.
    sim::SimulatorOptions simOptions;
    simOptions.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")};
    sim::EmbeddedSimulator simulator(simOptions);
    QString error;
    ASSERT_TRUE(simulator.start(&error)) << error.toStdString();
    CoreRuntime runtime(configFor(simulator), Clock::system());
    api::RuntimeMonitoredCore monitored(runtime, nullptr, &health::WarningAggregator::process());
    auto daemonApi = std::make_unique<api::MonitoringApi>(loopback(), monitored, Clock::system());
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, daemonApi.get(), &api::MonitoringApi::onSnapshot);
    ASSERT_TRUE(daemonApi->start(&error)) << error.toStdString();
    const quint16 port = daemonApi->port();
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();
    CoreSnapshotPtr daemonSnapshot;
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, [&](const CoreSnapshotPtr &s) { daemonSnapshot = s; });

    RemoteWorkstation ws(Clock::system());
    const int index = ws.hosts->addRemote({QStringLiteral("http://127.0.0.1:%1").arg(port), {}, {}}, &error);
    ASSERT_EQ(index, 0) << error.toStdString();
    EXPECT_EQ(ws.hosts->current(), 0);

    // The daemon's connection rows, live, in the same views local mode feeds.
    ASSERT_TRUE(waitFor([&] { return ws.allRowsLive(); }, 15000)) << ws.connIds().join(u',').toStdString();
    ASSERT_TRUE(daemonSnapshot);
    QStringList expected;
    for (const health::ConnectionStatus &c : daemonSnapshot->connections)
        expected << c.connId;
    EXPECT_EQ(ws.connIds(), expected);
    ASSERT_TRUE(waitFor([&] { return ws.views->market()->model()->rowCount() == 2; }, 5000));
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Live; }, 5000));
    EXPECT_EQ(ws.label("ModeLabel"), QStringLiteral("Remote"));
    // The daemon's data source, in the user's words (CoreTexts).
    EXPECT_TRUE(ws.label("SourceLabel").contains(ui::CoreTexts::text(daemonSnapshot->dataSource)))
        << ws.label("SourceLabel").toStdString();
    EXPECT_TRUE(ws.label("SourceLabel").contains(QString::number(port)));
    EXPECT_EQ(ws.sidebarHealth(0), QStringLiteral("Live"));
    // Depth comes from the daemon's order-book endpoint, minute candles from its candles endpoint.
    ASSERT_TRUE(waitFor([&] { return ws.views->market()->drawnDepthLevels() > 0; }, 5000));
    ws.views->market()->setCandleIntervalMs(60'000);
    ASSERT_TRUE(waitFor([&] { return ws.views->market()->drawsExchangeCandles(); }, 5000));
    EXPECT_GT(ws.views->market()->drawnCandles(), 0);

    const auto viewsFed = [&] {
        return std::vector<QWidget *>{static_cast<QWidget *>(ws.views->connections()), ws.views->market(),
                                      ws.views->timeouts(), ws.views->warnings(), ws.views->signalsView()};
    };
    for (QWidget *view : viewsFed())
        EXPECT_TRUE(ui::sourceOutageText(view).isEmpty()) << view->objectName().toStdString();

    // The daemon's API goes away: within 2 s every view it feeds is greyed under a banner naming the
    // host, the reason and since when; the host turns disconnected and says for how long it is stale.
    daemonApi->stop();
    daemonApi.reset();
    QElapsedTimer sinceKill;
    sinceKill.start();
    const auto everyViewGreyed = [&] {
        for (QWidget *view : viewsFed()) {
            if (ui::sourceOutageText(view).isEmpty())
                return false;
            const auto children = view->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
            for (QWidget *child : children)
                if (child->objectName() != QStringLiteral("SourceOutageBanner") && child->isEnabled())
                    return false;
        }
        return true;
    };
    ASSERT_TRUE(waitFor(everyViewGreyed, 2000));
    EXPECT_LE(sinceKill.elapsed(), 2000);
    const QString banner = ui::sourceOutageText(ws.views->market());
    EXPECT_TRUE(banner.contains(QStringLiteral("127.0.0.1:%1").arg(port))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("no data since"))) << banner.toStdString();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Disconnected; }, 3000));
    ws.window.refreshStatus();
    EXPECT_TRUE(ws.label("HealthLabel").contains(QStringLiteral("Disconnected")))
        << ws.label("HealthLabel").toStdString();
    EXPECT_TRUE(ws.label("HealthLabel").contains(QStringLiteral("stale for"))) << ws.label("HealthLabel").toStdString();
    EXPECT_EQ(ws.sidebarHealth(0), QStringLiteral("Disconnected"));

    // It comes back on the same port as another process instance (a new stream instance): the
    // client reconnects by itself, the views start over for the new process, the host is live again.
    const ui::ConnectionsView *viewsBefore = ws.views->connections();
    daemonApi = std::make_unique<api::MonitoringApi>(loopback(port), monitored, Clock::system());
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, daemonApi.get(), &api::MonitoringApi::onSnapshot);
    ASSERT_TRUE(daemonApi->start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Live; }, 5000));
    ASSERT_TRUE(waitFor([&] { return ws.views->connections() != viewsBefore && ws.allRowsLive(); }, 3000));
    ASSERT_TRUE(waitFor(
        [&] {
            for (QWidget *view : viewsFed())
                if (!ui::sourceOutageText(view).isEmpty())
                    return false;
            return ws.views->sourceOutage().isEmpty();
        },
        2000));
    EXPECT_GE(ws.hosts->remote(0)->client().reconnectAttempt(), 0);
    ws.window.refreshStatus();
    EXPECT_TRUE(ws.label("HealthLabel").contains(QStringLiteral("Live"))) << ws.label("HealthLabel").toStdString();

    daemonApi->stop();
    runtime.stop();
    simulator.stop();
}

// A daemon that hangs and comes back: the span in which nothing came is kept, in red on the state
// timeline of its connections and as one entry of the timeout history; the daemon's own journal
// cannot know of it.
TEST_F(RemoteMode, AHostsOutageStaysOnTheTimelineAndInTheTimeoutHistory)
{
    FakeDaemon daemon(QStringLiteral("alpha"), 2);
    ASSERT_TRUE(daemon.start());
    RemoteWorkstation ws(Clock::system());
    QString error;
    ASSERT_EQ(ws.hosts->addRemote({daemon.url(), {}, {}}, &error), 0) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Live && ws.allRowsLive(); }, 5000));
    EXPECT_TRUE(ws.hosts->remote(0)->outages().empty());

    const qint64 frozenAt = QDateTime::currentMSecsSinceEpoch();
    daemon.freeze();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->remote(0)->outages().size() == 1u; }, 4000));
    EXPECT_NE(ws.hosts->health(0), RemoteHost::Health::Live);
    EXPECT_EQ(ws.hosts->remote(0)->outages().front().toMs, 0); // still going on
    daemon.resume();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Live; }, 4000));
    const ui::HostOutage outage = ws.hosts->remote(0)->outages().front();
    EXPECT_NEAR(double(outage.fromMs), double(frozenAt), 500.0); // from the last message, not the notice
    EXPECT_GE(outage.toMs - outage.fromMs, 2000);                // at least the stale threshold
    EXPECT_EQ(outage.host, QStringLiteral("127.0.0.1:%1").arg(daemon.port()));

    // On the timeline of the selected connection, and once in the history.
    ASSERT_TRUE(waitFor([&] { return !ws.views->connections()->timeline()->hostOutages().empty(); }, 2000));
    EXPECT_EQ(ws.views->connections()->timeline()->hostOutages().front(), outage);
    const auto outageRows = [&] {
        int rows = 0;
        ui::TimeoutHistoryModel *model = ws.views->timeouts()->model();
        for (const health::TimeoutEntry &e : model->entries())
            if (e.connId == outage.host && e.kind == health::TimeoutKind::StaleStream &&
                e.durationMs == outage.toMs - outage.fromMs)
                ++rows;
        return rows;
    };
    ASSERT_TRUE(waitFor([&] { return outageRows() == 1; }, 2000));
    QTest::qWait(600); // a few more outage updates: still one entry
    EXPECT_EQ(outageRows(), 1);
    daemon.stop();
}

TEST_F(RemoteMode, TwoDaemonsInTheSidebarOneStaleAndSelectingSwitchesEveryView)
{
    ManualClock clock;
    FakeDaemon alpha(QStringLiteral("alpha"), 2);
    FakeDaemon beta(QStringLiteral("beta"), 3);
    ASSERT_TRUE(alpha.start());
    ASSERT_TRUE(beta.start());

    RemoteWorkstation ws(clock);
    QString error;
    ASSERT_EQ(ws.hosts->addRemote({alpha.url(), {}, {}}, &error), 0) << error.toStdString();
    ASSERT_EQ(ws.hosts->addRemote({beta.url(), {}, {}}, &error), 1) << error.toStdString();
    EXPECT_EQ(ws.hosts->addRemote({beta.url() + QStringLiteral("/"), {}, {}}, &error), 1); // not twice
    EXPECT_EQ(ws.hosts->count(), 2);
    EXPECT_EQ(ws.hosts->sidebar()->list()->topLevelItemCount(), 2);
    // The Connect dialog is in the File menu with its shortcut.
    auto *connectAction = ws.window.findChild<QAction *>(QStringLiteral("ConnectAction"));
    ASSERT_TRUE(connectAction);
    EXPECT_EQ(connectAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    auto *fileMenu = ws.window.findChild<QMenu *>(QStringLiteral("FileMenu"));
    ASSERT_TRUE(fileMenu);
    EXPECT_TRUE(fileMenu->actions().contains(connectAction));

    // The first one added is shown.
    ASSERT_TRUE(waitFor(
        [&] {
            return ws.connIds() == QStringList{QStringLiteral("alpha_0"), QStringLiteral("alpha_1")};
        },
        5000))
        << ws.connIds().join(u',').toStdString();
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(1) == RemoteHost::Health::Live; }, 5000));
    EXPECT_EQ(ws.sidebarHealth(0), QStringLiteral("Live"));
    EXPECT_EQ(ws.sidebarHealth(1), QStringLiteral("Live"));

    // Selecting the second host in the sidebar switches the views to its data only.
    ws.hosts->sidebar()->list()->setCurrentItem(ws.hosts->sidebar()->list()->topLevelItem(1));
    EXPECT_EQ(ws.hosts->current(), 1);
    ASSERT_TRUE(waitFor(
        [&] {
            return ws.connIds() ==
                   QStringList{QStringLiteral("beta_0"), QStringLiteral("beta_1"), QStringLiteral("beta_2")};
        },
        3000))
        << ws.connIds().join(u',').toStdString();
    EXPECT_TRUE(ws.label("SourceLabel").contains(QString::number(beta.port())));

    // Beta hangs: its socket stays open but nothing arrives. On the injected clock, 5 s later
    // it is stale, and the status bar says for how long; alpha stays live.
    beta.freeze();
    waitFor([] { return false; }, 200); // let the last message in flight arrive
    clock.advanceMs(5000);
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(1) == RemoteHost::Health::Stale; }, 2000));
    // Alpha's next message (every 50 ms) makes it fresh again on the advanced clock.
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(0) == RemoteHost::Health::Live; }, 2000));
    EXPECT_EQ(ws.sidebarHealth(1), QStringLiteral("Stale"));
    ws.window.refreshStatus();
    EXPECT_TRUE(ws.label("HealthLabel").contains(QStringLiteral("Stale for 5 s")))
        << ws.label("HealthLabel").toStdString();
    EXPECT_TRUE(ws.label("HostsLabel").contains(QStringLiteral("1 live"))) << ws.label("HostsLabel").toStdString();
    EXPECT_TRUE(ws.label("HostsLabel").contains(QStringLiteral("1 stale"))) << ws.label("HostsLabel").toStdString();

    // The host list is kept in the settings.
    const auto saved = ui::HostManager::savedTargets();
    ASSERT_EQ(saved.size(), 2);
    EXPECT_EQ(saved.at(0).url, alpha.url());
    EXPECT_EQ(saved.at(1).url, beta.url());

    // Removing the shown host switches to the other one.
    ws.hosts->remove(1);
    EXPECT_EQ(ws.hosts->count(), 1);
    EXPECT_EQ(ws.hosts->current(), 0);
    ASSERT_TRUE(waitFor([&] { return ws.connIds().value(0) == QStringLiteral("alpha_0"); }, 3000));
    EXPECT_EQ(ui::HostManager::savedTargets().size(), 1);

    alpha.stop();
    beta.stop();
}

TEST_F(RemoteMode, ARememberedHostThatIsNotWatchedSaysSoUntilItIsSelected)
{
    RemoteWorkstation ws(Clock::system());
    QString error;
    // Nothing listens on these ports: a watched host would be a failure (disconnected).
    ASSERT_EQ(ws.hosts->addRemote({QStringLiteral("http://127.0.0.1:9"), {}, {}}, &error), 0) << error.toStdString();
    ASSERT_EQ(ws.hosts->addRemote({QStringLiteral("http://127.0.0.1:7"), {}, {}}, &error, false, /*watch=*/false), 1)
        << error.toStdString();
    EXPECT_EQ(ws.hosts->current(), 0);
    EXPECT_EQ(ws.hosts->health(1), RemoteHost::Health::NotWatched);
    EXPECT_EQ(ws.sidebarHealth(1), QStringLiteral("Not watched"));
    EXPECT_FALSE(ws.hosts->remote(1)->watched());
    ws.window.refreshStatus();
    EXPECT_TRUE(ws.label("HostsLabel").contains(QStringLiteral("1 not watched")))
        << ws.label("HostsLabel").toStdString();

    // Selecting it is asking to watch it: from then on its failures are failures.
    ws.hosts->select(1);
    EXPECT_TRUE(ws.hosts->remote(1)->watched());
    ASSERT_TRUE(waitFor([&] { return ws.hosts->health(1) == RemoteHost::Health::Disconnected; }, 3000));
    EXPECT_EQ(ws.sidebarHealth(1), QStringLiteral("Disconnected"));
}

TEST_F(RemoteMode, TheConnectDialogRefusesBadAddressesAndTokenFilesOthersCanRead)
{
    QTemporaryDir dir;
    const QString open = test::writeFile(dir, QStringLiteral("open.token"), "0123456789abcdef0123",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const QString shortToken = test::writeFile(dir, QStringLiteral("short.token"), "abc");
    const QString good = test::writeFile(dir, QStringLiteral("good.token"), "0123456789abcdef0123\n");

    ui::ConnectDialog dialog;
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("ConnectError"));
    ASSERT_TRUE(error);
    const auto tryAccept = [&](const RemoteHost::Target &t) {
        dialog.setResult(QDialog::Rejected);
        dialog.setTarget(t);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    EXPECT_FALSE(tryAccept({QStringLiteral("ftp://host:1"), {}, {}}));
    EXPECT_TRUE(error->text().contains(QStringLiteral("http(s)://host:port"))) << error->text().toStdString();
    EXPECT_FALSE(tryAccept({QStringLiteral("http://"), {}, {}}));
    EXPECT_FALSE(tryAccept({QStringLiteral("http://127.0.0.1:8787"), open, {}}));
    EXPECT_TRUE(error->text().contains(QStringLiteral("chmod 600"))) << error->text().toStdString();
    EXPECT_FALSE(tryAccept({QStringLiteral("http://127.0.0.1:8787"), shortToken, {}}));
    EXPECT_FALSE(tryAccept({QStringLiteral("http://127.0.0.1:8787"), dir.filePath(QStringLiteral("missing")), {}}));
    EXPECT_FALSE(tryAccept({QStringLiteral("https://127.0.0.1:8787"), good, good})); // not a certificate
    EXPECT_TRUE(error->text().contains(QStringLiteral("certificate"))) << error->text().toStdString();
    EXPECT_TRUE(tryAccept({QStringLiteral("http://127.0.0.1:8787"), good, {}}));
    EXPECT_EQ(dialog.target().tokenFile, good);

    // The token is read from the file and sent; it is never kept in the settings.
    const auto options = RemoteHost::clientOptions({QStringLiteral("http://127.0.0.1:8787/"), good, {}}, nullptr);
    ASSERT_TRUE(options);
    EXPECT_EQ(options->token, QByteArray("0123456789abcdef0123"));
    EXPECT_EQ(options->baseUrl.toString(), QStringLiteral("http://127.0.0.1:8787"));
}

TEST_F(RemoteMode, ASavedDaemonThatCannotBeUsedNowStaysInTheSettings)
{
    QTemporaryDir dir;
    const QString open = test::writeFile(dir, QStringLiteral("open.token"), "0123456789abcdef0123",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    FakeDaemon daemon(QStringLiteral("d"), 1);
    ASSERT_TRUE(daemon.start());
    SystemClock clock;
    RemoteWorkstation ws(clock);
    QString error;
    const RemoteHost::Target unusable{QStringLiteral("http://127.0.0.1:9"), open, {}};
    EXPECT_EQ(ws.hosts->addRemote(unusable, &error, /*keepIfUnusable=*/true), -1);
    EXPECT_TRUE(error.contains(QStringLiteral("chmod 600"))) << error.toStdString();
    EXPECT_EQ(ws.hosts->addRemote({daemon.url(), {}, {}}, &error), 0);
    EXPECT_EQ(ws.hosts->count(), 1);
    const auto saved = ui::HostManager::savedTargets();
    ASSERT_EQ(saved.size(), 2);
    EXPECT_EQ(saved.at(0).url, daemon.url());
    EXPECT_EQ(saved.at(1), unusable);
    daemon.stop();
}

TEST_F(RemoteMode, ADaemonThatNeedsATokenIsReachedWithTheTokenFile)
{
    QTemporaryDir dir;
    const QString tokenFile = test::writeFile(dir, QStringLiteral("api.token"), "s3cr3t-token-0123456789\n");
    RunningCore core;
    SystemClock clock;
    api::ApiSettings settings = loopback();
    settings.token = api::BearerToken::fromValue("s3cr3t-token-0123456789");
    api::MonitoringApi daemonApi(settings, core, clock);
    QString error;
    ASSERT_TRUE(daemonApi.start(&error)) << error.toStdString();
    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->revision = 1;
    health::ConnectionStatus c;
    c.connId = QStringLiteral("conn_0");
    c.state = ConnectionState::Live;
    snapshot->connections.push_back(c);
    daemonApi.onSnapshot(snapshot);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(daemonApi.port());

    // Without the token the daemon refuses: the host stays disconnected and shows no rows.
    RemoteWorkstation without(clock);
    ASSERT_EQ(without.hosts->addRemote({url, {}, {}}, &error), 0);
    // The refusal is said in words the operator can act on, not Qt's handshake message.
    ASSERT_TRUE(waitFor([&] { return without.hosts->healthDetail(0).contains(QStringLiteral("HTTP 401")); }, 3000))
        << without.hosts->healthDetail(0).toStdString();
    EXPECT_TRUE(without.hosts->healthDetail(0).contains(QStringLiteral("check the token file")));
    EXPECT_EQ(without.hosts->health(0), RemoteHost::Health::Disconnected);
    EXPECT_TRUE(without.connIds().isEmpty());

    RemoteWorkstation with(clock);
    ASSERT_EQ(with.hosts->addRemote({url, tokenFile, {}}, &error), 0) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return with.connIds() == QStringList{QStringLiteral("conn_0")}; }, 5000));
    daemonApi.stop();
}

TEST_F(RemoteMode, NetworkFailuresAreSaidInOurOwnTranslatedWords)
{
    // A port nobody listens on: taken, then given back.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
    SystemClock clock;
    RemoteWorkstation ws(clock);
    QString error;
    ASSERT_EQ(ws.hosts->addRemote({url, {}, {}}, &error), 0) << error.toStdString();
    ASSERT_TRUE(
        waitFor([&] { return ws.hosts->healthDetail(0).startsWith(QStringLiteral("connection refused")); }, 3000))
        << ws.hosts->healthDetail(0).toStdString();
    ws.window.refreshStatus();
    EXPECT_TRUE(ws.label("HealthLabel").contains(QStringLiteral("connection refused")))
        << ws.label("HealthLabel").toStdString();

    // The log analysis view asking that address says the same.
    ui::LogAnalysisView logs;
    logs.askDaemon(QUrl(url), {}, 1);
    ASSERT_TRUE(waitFor([&] { return logs.statusText().contains(QStringLiteral("connection refused")); }, 5000))
        << logs.statusText().toStdString();

    // The texts for the common failures, and Qt's own only after a lead of ours.
    EXPECT_TRUE(ui::socketErrorText(QAbstractSocket::HostNotFoundError, QStringLiteral("Host x not found"))
                    .startsWith(QStringLiteral("host not found")));
    EXPECT_TRUE(ui::socketErrorText(QAbstractSocket::ConnectionRefusedError,
                                    QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: "
                                                   "403 (Forbidden)."))
                    .contains(QStringLiteral("HTTP 403")));
    EXPECT_EQ(ui::socketErrorText(QAbstractSocket::UnknownSocketError, QStringLiteral("odd")),
              QStringLiteral("network error: odd"));
    EXPECT_TRUE(ui::replyErrorText(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"))
                    .contains(QStringLiteral("timed out")));
    EXPECT_TRUE(ui::replyErrorText(QNetworkReply::NoError, {}).isEmpty());

    const auto removeTranslators = [] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    };
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("de")).isEmpty());
    EXPECT_TRUE(ui::socketErrorText(QAbstractSocket::ConnectionRefusedError, {})
                    .startsWith(QStringLiteral("Verbindung abgelehnt")))
        << ui::socketErrorText(QAbstractSocket::ConnectionRefusedError, {}).toStdString();
    EXPECT_TRUE(
        ui::socketErrorText(QAbstractSocket::HostNotFoundError, {}).startsWith(QStringLiteral("Host nicht gefunden")));
    EXPECT_EQ(ui::socketErrorText(QAbstractSocket::UnknownSocketError, QStringLiteral("odd")),
              QStringLiteral("Netzwerkfehler: odd"));
    removeTranslators();
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("zh_CN")).isEmpty());
    EXPECT_TRUE(
        ui::socketErrorText(QAbstractSocket::ConnectionRefusedError, {}).startsWith(QStringLiteral("连接被拒绝")))
        << ui::socketErrorText(QAbstractSocket::ConnectionRefusedError, {}).toStdString();
    removeTranslators();
    ws.hosts->remove(0);
}

// A daemon whose store holds an earlier run's timeouts: /api/v1/timeouts answers any range from it.
class CoreWithHistory final : public api::MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 0; }
    std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &query) const override
    {
        ++queries;
        store::TimeoutHistoryResult result;
        result.fromStore = true;
        for (const health::TimeoutEntry &e : stored)
            if (e.ts >= query.sinceMs && (query.untilMs == 0 || e.ts < query.untilMs))
                result.entries.push_back(e);
        return result;
    }
    std::vector<health::TimeoutEntry> stored;
    mutable int queries = 0;
};

TEST_F(RemoteMode, TheTimeoutHistoryReadsOlderRangesFromTheDaemonsStoreWhenZoomedOut)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CoreWithHistory core;
    for (qint64 ago : {3 * 24 * 3'600'000LL, 3 * 24 * 3'600'000LL - 1000, 2 * 3'600'000LL}) {
        health::TimeoutEntry e;
        e.ts = now - ago;
        e.kind = health::TimeoutKind::PongTimeout;
        e.connId = ago == 3 * 24 * 3'600'000LL ? QStringLiteral("conn_0") : QStringLiteral("conn_1");
        e.detail = QStringLiteral("from the store");
        core.stored.push_back(e); // id 0, as the store returns them
    }
    SystemClock clock;
    api::MonitoringApi daemonApi(loopback(), core, clock);
    QString error;
    ASSERT_TRUE(daemonApi.start(&error)) << error.toStdString();
    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->revision = 1;
    snapshot->epochMs = now;
    health::ConnectionStatus c;
    c.connId = QStringLiteral("conn_0");
    c.state = ConnectionState::Live;
    snapshot->connections.push_back(c);
    daemonApi.onSnapshot(snapshot);

    RemoteWorkstation ws(clock);
    ASSERT_EQ(ws.hosts->addRemote({QStringLiteral("http://127.0.0.1:%1").arg(daemonApi.port()), {}, {}}, &error), 0);
    ASSERT_TRUE(waitFor([&] { return ws.connIds() == QStringList{QStringLiteral("conn_0")}; }, 5000));
    ui::TimeoutHistoryView *timeouts = ws.views->timeouts();
    // The first day comes with the first snapshot: the entry of two hours ago, not the older ones.
    ASSERT_TRUE(waitFor([&] { return timeouts->model()->rowCount() == 1 && !timeouts->historyPending(); }, 5000))
        << timeouts->model()->rowCount();
    EXPECT_EQ(timeouts->model()->entries().front().detail, QStringLiteral("from the store"));

    // A week per six hours reaches three days back: asked for, answered from the daemon's store.
    timeouts->setZoom(3);
    ASSERT_TRUE(waitFor([&] { return timeouts->model()->rowCount() == 3; }, 5000)) << timeouts->model()->rowCount();
    EXPECT_EQ(timeouts->model()->entries().front().ts, now - 3 * 24 * 3'600'000LL);
    EXPECT_TRUE(timeouts->model()->isIncident(0)); // two connections a second apart
    int total = 0;
    for (const auto &bucket : timeouts->bucketCounts())
        for (int n : bucket)
            total += n;
    EXPECT_EQ(total, 3);
    const qint64 loadedFrom = timeouts->historyLoadedFromMs();
    timeouts->setZoom(0); // back to a day: already loaded, nothing asked (a request would be pending now)
    EXPECT_FALSE(timeouts->historyPending());
    EXPECT_EQ(timeouts->historyLoadedFromMs(), loadedFrom);
    EXPECT_GE(core.queries, 2); // the first day, then the older days
    ws.hosts->remove(0);
    daemonApi.stop();
}

TEST_F(RemoteMode, TheHostSidebarAndConnectDialogSpeakGermanAndChinese)
{
    SystemClock clock;
    const auto removeTranslators = [] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    };
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("de")).isEmpty());
    {
        RemoteWorkstation ws(clock);
        EXPECT_EQ(ws.hosts->sidebar()->list()->headerItem()->text(1), QStringLiteral("Zustand"));
        EXPECT_EQ(ws.window.findChild<QAction *>(QStringLiteral("ConnectAction"))->text(),
                  QStringLiteral("Mit Daemon &verbinden…"));
        EXPECT_EQ(RemoteHost::healthText(RemoteHost::Health::Stale), QStringLiteral("Veraltet"));
        ui::ConnectDialog dialog;
        EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Mit Daemon verbinden"));
    }
    removeTranslators();
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("zh_CN")).isEmpty());
    {
        RemoteWorkstation ws(clock);
        EXPECT_EQ(ws.hosts->sidebar()->list()->headerItem()->text(0), QStringLiteral("主机"));
        EXPECT_EQ(RemoteHost::healthText(RemoteHost::Health::Disconnected), QStringLiteral("已断开"));
        ws.window.refreshStatus();
        EXPECT_TRUE(ws.label("SourceLabel").startsWith(QStringLiteral("无数据源")))
            << ws.label("SourceLabel").toStdString();
    }
    removeTranslators();
}

} // namespace
