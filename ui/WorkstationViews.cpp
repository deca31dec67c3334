#include "WorkstationViews.h"

#include "SourceOutage.h"

#include "AccountPanel.h"
#include "AlertsView.h"
#include "ConnectionsView.h"
#include "CsvExport.h"
#include "LogAnalysisView.h"
#include "MainWindow.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "PerformanceView.h"
#include "PositionsModel.h"
#include "PriceLadder.h"
#include "RemoteHost.h"
#include "SettingsDialog.h"
#include "SignalsView.h"
#include "TimeoutHistoryModel.h"
#include "TradePlanner.h"
#include "TradingView.h"
#include "WarningsView.h"
#include "base/logging/Log.h"
#include "engine/CoreRuntime.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <memory>
#include <utility>

namespace virtuoso::ui {

namespace {

constexpr qint64 kWarningsRefreshMs = 1000;

} // namespace

WorkstationViews::WorkstationViews(MainWindow &window, std::shared_ptr<ViewDataSource> source,
                                   WorkstationSettings settings)
    : QObject(&window)
    , m_window(window)
    , m_source(std::move(source))
    , m_settings((applyTheme(settings.theme), settings)) // charts take their colours when built
{
    setObjectName(QStringLiteral("WorkstationViews"));
    m_tradingDesk = new TradingView;
    m_alertsView = new AlertsView;
    m_performance = new PerformanceView;
    connect(m_tradingDesk, &TradingView::badgeChanged, &m_window, &MainWindow::setTradingBadge);
    createViews();
    configureViews();

    // Charts take the central area; the tables dock around it and can be moved, tabbed or hidden.
    m_window.centralTabs()->addTab(m_market, tr("Market"));
    m_window.centralTabs()->addTab(m_signals, tr("Signals"));
    m_window.centralTabs()->addTab(m_tradingDesk, tr("Trading"));
    m_window.centralTabs()->addTab(m_alertsView, tr("Alerts"));
    connect(m_alertsView, &AlertsView::unacknowledgedChanged, this, [this](int count) {
        const int tab = m_window.centralTabs()->indexOf(m_alertsView);
        m_window.centralTabs()->setTabText(tab, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    });
    m_window.centralTabs()->addTab(m_performance, tr("Performance"));
    m_logAnalysis = new LogAnalysisView;
    m_window.centralTabs()->addTab(m_logAnalysis, tr("Log analysis"));
    m_window.addView(m_connections, tr("Connections"), Qt::BottomDockWidgetArea);
    m_window.addView(m_timeouts, tr("Timeout History"), Qt::BottomDockWidgetArea);
    m_window.addView(m_warnings, tr("Warnings"), Qt::BottomDockWidgetArea);
    auto *connectionsDock = m_window.findChild<QDockWidget *>(QStringLiteral("ConnectionsViewDock"));
    for (const QString &name : {QStringLiteral("TimeoutHistoryViewDock"), QStringLiteral("WarningsViewDock")})
        if (auto *dock = m_window.findChild<QDockWidget *>(name); dock && connectionsDock)
            m_window.tabifyDockWidget(connectionsDock, dock);
    if (connectionsDock)
        connectionsDock->raise();
    m_window.restoreLayout();
    // The bottom panel starts at a third of the window; the operator's size comes back with the layout.
    if (connectionsDock && !layoutStore().contains(QStringLiteral("state")))
        m_window.resizeDocks({connectionsDock}, {m_window.height() / 3}, Qt::Vertical);

    buildActions();
    m_refresh.setTimerType(Qt::PreciseTimer);
    connect(&m_refresh, &QTimer::timeout, this, &WorkstationViews::refresh);
    m_refresh.start(1000 / m_settings.refreshHz);

    const QString screenshotDir = qEnvironmentVariable("VIRTUOSO_SCREENSHOT_DIR");
    if (!screenshotDir.isEmpty())
        startScreenshotMode(screenshotDir);
}

void WorkstationViews::createViews()
{
    m_connections = new ConnectionsView;
    m_market = new MarketView;
    m_timeouts = new TimeoutHistoryView;
    m_warnings = new WarningsView;
    m_signals = new SignalsView;
}

void WorkstationViews::configureViews()
{
    // The views hold the source they were made for: a view replaced by switchSources() may still
    // get an answer it asked for, and drops it itself.
    const std::shared_ptr<ViewDataSource> source = m_source;
    if (source && source->hasOrderBooks()) {
        m_market->setDepthSource([source](const QString &symbol, int depth, MarketView::DepthDone done) {
            source->orderBook(symbol, depth, std::move(done));
        });
        m_market->setCandleSource(
            [source](const QString &symbol, int intervalMinutes, int limit, MarketView::CandlesDone done) {
                source->candles(symbol, intervalMinutes, limit, std::move(done));
            });
    }
    m_market->selectSymbol(m_settings.defaultSymbol);
    // The Market and Signals views show the same symbol: selecting it in one selects it in the other.
    connect(m_market, &MarketView::symbolSelected, m_signals, &SignalsView::selectSymbol);
    connect(m_signals, &SignalsView::symbolSelected, m_market, &MarketView::selectSymbol);
    if (!m_planner)
        m_planner = new TradePlanner(&m_window);
    m_planner->setSource(source);
    m_planner->connectViews(m_signals, m_market, m_tradingDesk);
    if (source) {
        m_timeouts->setBackfillSource([source](quint64 afterId, TimeoutHistoryView::HistoryDone done) {
            source->timeoutsAfter(afterId, std::move(done));
        });
        m_timeouts->setHistorySource([source](qint64 sinceMs, qint64 untilMs, TimeoutHistoryView::HistoryDone done) {
            source->timeoutHistory(sinceMs, untilMs, std::move(done));
        });
    }
    if (!source || !source->hasWarnings())
        m_warnings->setUnavailable(tr("Warning aggregation is not available from this data source."));
    // The in-process core's desk, a daemon's (read-only), or none.
    if (CoreRuntime *local = source ? source->localCore() : nullptr) {
        m_tradingDesk->setRuntime(local);
    } else {
        m_tradingDesk->setRemote(source ? source->remoteHost() : nullptr);
        m_tradingDesk->setRuntime(nullptr);
    }
    m_alertsView->applyBoard(nullptr); // the new source's alerts start afresh
    if (CoreRuntime *core = source ? source->localCore() : nullptr)
        m_alertsView->setActions(localAlertActions(core, this));
    else if (RemoteHost *host = source ? source->remoteHost() : nullptr)
        m_alertsView->setActions(remoteAlertActions(host));
    else
        m_alertsView->setActions(AlertActions{{}, {}, tr("No alerts from this data source")});
    if (RemoteHost *host = source && !source->localCore() ? source->remoteHost() : nullptr) {
        m_alertsView->setDesktopArrivals([this, address = host->target().url](const alerts::AlertItem &item) {
            if (m_remoteDesktopAlerts)
                m_remoteDesktopAlerts(item, address);
        });
    } else {
        m_alertsView->setDesktopArrivals(nullptr);
    }
    // The outcome database of a local core, or a daemon's /api/v1/signals/scorecard and /outcomes.
    if (CoreRuntime *core = source ? source->localCore() : nullptr)
        m_performance->setLoader(PerformanceView::localLoader(core));
    else if (RemoteHost *host = source ? source->remoteHost() : nullptr)
        m_performance->setLoader(PerformanceView::remoteLoader(host));
    else
        m_performance->setUnavailable(tr("Signal outcomes are not available from this source."));
    if (m_screenshotMode) {
        m_market->setCandleIntervalMs(10'000);
        m_timeouts->setZoom(2);
    }
}

void WorkstationViews::replaceView(QWidget *old, QWidget *replacement)
{
    QTabWidget *tabs = m_window.centralTabs();
    if (const int index = tabs->indexOf(old); index >= 0) {
        const bool current = tabs->currentIndex() == index;
        const QString text = tabs->tabText(index);
        tabs->removeTab(index);
        tabs->insertTab(index, replacement, text);
        if (current)
            tabs->setCurrentIndex(index);
    } else if (auto *dock = qobject_cast<QDockWidget *>(old->parentWidget())) {
        dock->setWidget(replacement);
    }
    old->hide();
    old->deleteLater();
}

void WorkstationViews::switchSources(std::shared_ptr<ViewDataSource> source)
{
    m_source = std::move(source);
    m_pending.reset();
    m_appliedRevision = 0;
    m_lastWarningsMs = 0;
    QWidget *const old[] = {m_connections, m_market, m_timeouts, m_warnings, m_signals};
    createViews();
    QWidget *const fresh[] = {m_connections, m_market, m_timeouts, m_warnings, m_signals};
    for (size_t i = 0; i < std::size(old); ++i)
        replaceView(old[i], fresh[i]);
    configureViews();
    m_outage.clear(); // the new source's health is judged afresh
}

void WorkstationViews::setSourceOutage(const QString &text)
{
    if (text == m_outage)
        return;
    m_outage = text;
    for (QWidget *view :
         std::initializer_list<QWidget *>{m_connections, m_market, m_timeouts, m_warnings, m_signals, m_alertsView})
        applySourceOutage(view, text);
}

void WorkstationViews::setHostOutages(const std::vector<HostOutage> &outages)
{
    m_connections->setHostOutages(outages);
    m_timeouts->addHostOutages(outages);
}

WorkstationViews::~WorkstationViews() = default;

void WorkstationViews::attach(CoreRuntime &runtime)
{
    connect(&runtime, &CoreRuntime::snapshotPublished, this, &WorkstationViews::submitSnapshot);
    setSimulatorControl(runtime);
}

void WorkstationViews::setSimulatorControl(const CoreRuntime &runtime)
{
    m_simulatorControlUrl = runtime.simulatorControlUrl();
    m_simulatorControlAuthorization = runtime.simulatorControlAuthorization();
}

void WorkstationViews::submitSnapshot(const CoreSnapshotPtr &snapshot)
{
    if (snapshot)
        m_pending = snapshot;
}

void WorkstationViews::refresh()
{
    if (!m_pending || m_pending->revision == m_appliedRevision)
        return;
    const CoreSnapshotPtr snapshot = m_pending;
    applySnapshot(*snapshot);
}

void WorkstationViews::applySnapshot(const CoreSnapshot &snapshot)
{
    m_appliedRevision = snapshot.revision;
    m_connections->applySnapshot(snapshot);
    m_market->applySnapshot(snapshot);
    m_timeouts->applySnapshot(snapshot);
    m_signals->applySnapshot(snapshot);
    m_tradingDesk->applySnapshot(snapshot);
    m_planner->applySnapshot(snapshot);
    m_alertsView->applyBoard(snapshot.alerts);
    if (m_source && m_source->hasWarnings() && snapshot.epochMs - m_lastWarningsMs >= kWarningsRefreshMs) {
        m_lastWarningsMs = snapshot.epochMs;
        const qint64 nowMs = snapshot.epochMs;
        m_source->warnings(
            [view = QPointer<WarningsView>(m_warnings), nowMs](std::vector<health::WarningAggregate> all) {
                if (view)
                    view->applyWarnings(all, nowMs);
            });
    }
}

void WorkstationViews::applySettings(const WorkstationSettings &settings)
{
    const bool themeChanged = settings.theme != m_settings.theme;
    m_settings = settings;
    m_settings.save();
    m_refresh.setInterval(1000 / std::clamp(m_settings.refreshHz, WorkstationSettings::kMinRefreshHz,
                                            WorkstationSettings::kMaxRefreshHz));
    if (themeChanged) {
        applyTheme(m_settings.theme);
        for (QChartView *view : m_window.findChildren<QChartView *>())
            styleChart(view->chart());
    }
}

QAction *WorkstationViews::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void WorkstationViews::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, &m_window);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::ApplicationShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_window.addAction(a);
        m_actions << a;
        return a;
    };
    QMenu *fileMenu = m_window.findChild<QMenu *>(QStringLiteral("FileMenu"));
    QMenu *viewMenu = m_window.findChild<QMenu *>(QStringLiteral("ViewMenu"));
    QMenu *helpMenu = m_window.findChild<QMenu *>(QStringLiteral("HelpMenu"));

    QAction *exportTimeouts =
        make(QStringLiteral("ExportTimeoutsAction"), tr("Export &Timeout History as CSV…"), QKeySequence(tr("Ctrl+E")),
             [this] {
                 exportWithDialog(tr("Export Timeout History"), QStringLiteral("timeouts.csv"), tr("CSV files (*.csv)"),
                                  [this](const QString &p) { return exportTimeoutsCsv(p); });
             });
    QAction *exportWarnings =
        make(QStringLiteral("ExportWarningsAction"), tr("Export &Warnings as CSV…"), QKeySequence(tr("Ctrl+Shift+E")),
             [this] {
                 exportWithDialog(tr("Export Warnings"), QStringLiteral("warnings.csv"), tr("CSV files (*.csv)"),
                                  [this](const QString &p) { return exportWarningsCsv(p); });
             });
    QAction *exportChart =
        make(QStringLiteral("ExportChartAction"), tr("Save Current &Chart as PNG…"), QKeySequence(tr("Ctrl+Shift+P")),
             [this] {
                 QWidget *chart = currentChart();
                 exportWithDialog(tr("Save Chart"), QStringLiteral("chart.png"), tr("PNG images (*.png)"),
                                  [chart](const QString &p) { return saveWidgetPng(chart, p); });
             });
    const auto exportTable = [this, &make](const char *name, const QString &text, const QString &title,
                                           const QString &file,
                                           QString (WorkstationViews::*write)(const QString &) const) {
        return make(QString::fromLatin1(name), text, QKeySequence(), [this, title, file, write] {
            exportWithDialog(title, file, tr("CSV files (*.csv)"),
                             [this, write](const QString &p) { return (this->*write)(p); });
        });
    };
    QAction *exportOrders = exportTable("ExportOrdersAction", tr("Export &Orders as CSV…"), tr("Export Orders"),
                                        QStringLiteral("orders.csv"), &WorkstationViews::exportOrdersCsv);
    QAction *exportPositions =
        exportTable("ExportPositionsAction", tr("Export &Positions as CSV…"), tr("Export Positions"),
                    QStringLiteral("positions.csv"), &WorkstationViews::exportPositionsCsv);
    QAction *exportFills = exportTable("ExportExecutionsAction", tr("Export &Fills as CSV…"), tr("Export Fills"),
                                       QStringLiteral("fills.csv"), &WorkstationViews::exportExecutionsCsv);
    QAction *settings = make(QStringLiteral("SettingsAction"), tr("&Settings…"), QKeySequence(tr("Ctrl+,")),
                             [this] { showSettings(); });
    settings->setMenuRole(QAction::PreferencesRole);
    if (fileMenu) {
        QAction *quit = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().constLast();
        QMenu *exportMenu = new QMenu(tr("&Export"), fileMenu);
        exportMenu->addActions({exportTimeouts, exportWarnings, exportChart});
        exportMenu->addSeparator();
        exportMenu->addActions({exportOrders, exportPositions, exportFills});
        fileMenu->insertMenu(quit, exportMenu);
        fileMenu->insertAction(quit, settings);
        fileMenu->insertSeparator(quit);
    }

    // Views are replaced when the data source changes: the actions look them up when triggered.
    const struct
    {
        const char *name;
        QString text;
        QKeySequence keys;
        std::function<QWidget *()> view;
    } views[] = {
        {"ShowMarketAction", tr("Show &Market"), QKeySequence(tr("Ctrl+1")), [this] { return m_market; }},
        {"ShowSignalsAction", tr("Show &Signals"), QKeySequence(tr("Ctrl+2")), [this] { return m_signals; }},
        {"ShowConnectionsAction", tr("Show &Connections"), QKeySequence(tr("Ctrl+3")),
         [this] { return m_connections; }},
        {"ShowTimeoutsAction", tr("Show &Timeout History"), QKeySequence(tr("Ctrl+4")), [this] { return m_timeouts; }},
        {"ShowWarningsAction", tr("Show &Warnings"), QKeySequence(tr("Ctrl+5")), [this] { return m_warnings; }},
        {"ShowTradingAction", tr("Show T&rading"), QKeySequence(tr("Ctrl+6")), [this] { return m_tradingDesk; }},
    };
    if (viewMenu)
        viewMenu->addSeparator();
    for (const auto &v : views) {
        const std::function<QWidget *()> view = v.view;
        QAction *a = make(QString::fromLatin1(v.name), v.text, v.keys, [this, view] { raiseView(view()); });
        if (viewMenu)
            viewMenu->addAction(a);
    }
    QAction *find =
        make(QStringLiteral("FocusFilterAction"), tr("&Filter Current View"), QKeySequence(QKeySequence::Find), [this] {
            QWidget *focus = m_window.focusWidget();
            for (QWidget *view : {static_cast<QWidget *>(m_market), static_cast<QWidget *>(m_timeouts),
                                  static_cast<QWidget *>(m_warnings)}) {
                if (view->isVisible() && (!focus || view->isAncestorOf(focus) || view == m_market)) {
                    if (auto *edit = view->findChild<QLineEdit *>()) {
                        edit->setFocus();
                        edit->selectAll();
                        return;
                    }
                }
            }
        });
    if (viewMenu)
        viewMenu->addAction(find);

    buildTradingActions();

    QAction *keys = make(QStringLiteral("ShortcutsAction"), tr("&Keyboard Shortcuts"), QKeySequence(tr("F1")),
                         [this] { showShortcuts(); });
    if (helpMenu)
        helpMenu->insertAction(helpMenu->actions().isEmpty() ? nullptr : helpMenu->actions().constFirst(), keys);
}

void WorkstationViews::buildTradingActions()
{
    // The kill switch is always one click (or Ctrl+Shift+K) away, in red, in its own toolbar; it
    // still asks before it fires.
    auto *kill = new QAction(tr("Kill switch"), &m_window);
    kill->setObjectName(QStringLiteral("KillSwitchAction"));
    kill->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    kill->setShortcutContext(Qt::ApplicationShortcut);
    const auto updateKill = [this, kill] {
        QString why;
        const bool available = m_tradingDesk->canKill(&why);
        kill->setEnabled(available);
        kill->setToolTip(available ? tr("Cancel every order, close every position and refuse new orders (Ctrl+Shift+K)")
                                   : tr("Kill switch not available: %1").arg(why));
    };
    updateKill();
    connect(m_tradingDesk, &TradingView::killAvailabilityChanged, this, updateKill);
    connect(kill, &QAction::triggered, this, [this] { m_tradingDesk->requestKillSwitch(); });
    m_window.addAction(kill);
    m_actions << kill;
    auto *toolbar = new QToolBar(tr("Trading"), &m_window);
    toolbar->setObjectName(QStringLiteral("TradingToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(kill);
    if (QWidget *button = toolbar->widgetForAction(kill))
        button->setStyleSheet(
            QStringLiteral("QToolButton { background: #c62828; color: white; font-weight: bold; padding: 3px 12px;"
                           " border-radius: 3px; } QToolButton:disabled { background: #9e9e9e; }"));
    m_window.addToolBar(Qt::TopToolBarArea, toolbar);

    // The ticket from the keyboard: choose the side and land in the quantity; Enter sends.
    const auto side = [this](const char *name, const QString &text, const QString &keys, trading::Side s) {
        auto *a = new QAction(text, &m_window);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(QKeySequence(keys));
        a->setShortcutContext(Qt::ApplicationShortcut);
        connect(a, &QAction::triggered, this, [this, s] {
            raiseView(m_tradingDesk);
            m_tradingDesk->focusTicket(s);
        });
        m_window.addAction(a);
        m_actions << a;
    };
    side("TicketBuyAction", tr("Order ticket: Buy side"), tr("Ctrl+Shift+B"), trading::Side::Buy);
    side("TicketSellAction", tr("Order ticket: Sell side"), tr("Ctrl+Shift+S"), trading::Side::Sell);
}

QList<ShortcutEntry> WorkstationViews::shortcuts() const
{
    QList<ShortcutEntry> list = ShortcutsDialog::contextShortcuts();
    for (QAction *a : m_window.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        QString text = a->text();
        text.remove(u'&');
        text.remove(QStringLiteral("…"));
        list.push_back({a->shortcut(), text});
    }
    std::sort(list.begin(), list.end(),
              [](const ShortcutEntry &a, const ShortcutEntry &b) { return a.keys.toString() < b.keys.toString(); });
    return list;
}

void WorkstationViews::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), &m_window);
    dialog.exec();
}

void WorkstationViews::showSettings()
{
    SettingsDialog dialog(m_settings, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void WorkstationViews::raiseView(QWidget *view)
{
    if (const int tab = m_window.centralTabs()->indexOf(view); tab >= 0) {
        m_window.centralTabs()->setCurrentIndex(tab);
        return;
    }
    for (QWidget *w = view; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            view->setFocus();
            return;
        }
    }
}

QWidget *WorkstationViews::currentChart() const
{
    // The chart under the keyboard focus, else the first visible one (market candles first).
    QWidget *focus = m_window.focusWidget();
    const QList<QChartView *> charts = m_window.findChildren<QChartView *>();
    for (QChartView *c : charts)
        if (focus && (c == focus || c->isAncestorOf(focus)))
            return c;
    for (QChartView *c : charts)
        if (c->isVisible())
            return c;
    return m_market->candleChart();
}

void WorkstationViews::exportWithDialog(const QString &title, const QString &suggestedName, const QString &filter,
                                        const std::function<QString(const QString &)> &write)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(&m_window, title, QDir(dir).filePath(suggestedName), filter);
    if (path.isEmpty())
        return;
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::warning(&m_window, title, error);
    else
        m_window.statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QString WorkstationViews::exportTimeoutsCsv(const QString &path) const
{
    return exportModelToCsv(*m_timeouts->filteredModel(), path);
}

QString WorkstationViews::exportWarningsCsv(const QString &path) const
{
    return exportModelToCsv(*m_warnings->filteredModel(), path);
}

QString WorkstationViews::exportOrdersCsv(const QString &path) const
{
    return exportModelToCsv(*m_tradingDesk->ordersProxy(), path);
}

QString WorkstationViews::exportPositionsCsv(const QString &path) const
{
    return exportModelToCsv(*m_tradingDesk->positionsProxy(), path);
}

QString WorkstationViews::exportExecutionsCsv(const QString &path) const
{
    return exportModelToCsv(*m_tradingDesk->executionsProxy(), path);
}

QString WorkstationViews::saveWidgetPng(QWidget *widget, const QString &path)
{
    if (!widget)
        return tr("There is no chart to save.");
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return tr("Cannot write the image %1.").arg(path);
    return {};
}

QStringList WorkstationViews::captureScreenshots(const QString &directory)
{
    QDir().mkpath(directory);
    QStringList written;
    const auto shoot = [&](QWidget *widget, const QString &name) {
        raiseView(widget);
        // A docked table is shot on its own, floating at a readable size, then docked back.
        auto *dock = qobject_cast<QDockWidget *>(widget->parentWidget());
        if (dock) {
            dock->setFloating(true);
            dock->resize(m_window.width(), m_window.height() * 2 / 3);
        }
        QCoreApplication::processEvents();
        const QString path = QDir(directory).filePath(name);
        if (saveWidgetPng(widget, path).isEmpty())
            written << path;
        if (dock)
            dock->setFloating(false);
    };
    // The docked views out of the way of a wide view; the caller shows them again.
    const auto hideDocks = [this] {
        QList<QDockWidget *> hidden;
        for (QDockWidget *dock : m_window.findChildren<QDockWidget *>())
            if (dock->isVisible() && !dock->isFloating()) {
                dock->hide();
                hidden << dock;
            }
        return hidden;
    };
    m_performance->reload(); // read on the query thread while the other views are shot
    if (m_tradingDesk->runtime()) {
        // First, while the desk is still the view on screen and its ladder's trade flashes are
        // fresh; with the demonstration orders, two resting near the touch once they are drawn. The desk is wide: shot
        // with the docks out of the way.
        if (qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_ORDERS") > 0) {
            raiseView(m_tradingDesk);
            const int before = m_tradingDesk->ladder()->ownOrderCount();
            placeLadderOrders();
            // Until the ladder draws them (the paper venue answers within milliseconds), at most a second.
            QEventLoop settle;
            QTimer check;
            connect(&check, &QTimer::timeout, &settle, [this, &settle, before] {
                if (m_tradingDesk->ladder()->ownOrderCount() >= before + 2)
                    settle.quit();
            });
            check.start(10);
            QTimer::singleShot(1000, &settle, &QEventLoop::quit);
            settle.exec();
        }
        const QList<QDockWidget *> hidden = hideDocks();
        shoot(m_tradingDesk, QStringLiteral("trading.png"));
        // Close-ups: the ticket (TP/SL, % risk, the gate's verdict), the ladder (own orders, trade
        // flashes), the account with the equity curve, the positions with their PnL.
        const auto part = [&written, &directory](QWidget *widget, const QString &name) {
            const QString path = QDir(directory).filePath(name);
            if (widget && saveWidgetPng(widget, path).isEmpty())
                written << path;
        };
        part(m_tradingDesk->ticket()->parentWidget(), QStringLiteral("trading-ticket.png"));
        part(m_tradingDesk->ladder()->parentWidget(), QStringLiteral("trading-ladder.png"));
        part(m_tradingDesk->accountPanel(), QStringLiteral("trading-account.png"));
        part(m_tradingDesk->positionsTable()->parentWidget(), QStringLiteral("trading-positions.png"));
        for (QDockWidget *dock : hidden)
            dock->show();
    }
    shoot(m_market, QStringLiteral("market.png"));
    m_signals->revealFirstReading();
    shoot(m_signals, QStringLiteral("signals.png"));
    written << shootTradePlan(directory);
    shoot(m_connections, QStringLiteral("connections.png"));
    shoot(m_timeouts, QStringLiteral("timeout-history.png"));
    shoot(m_warnings, QStringLiteral("warnings.png"));
    shoot(m_logAnalysis, QStringLiteral("log-analysis.png"));
    shoot(m_performance, QStringLiteral("performance.png"));
    // Every large trade and liquidation; the view is wide and tall: shot with the docks out of the way.
    m_alertsView->setTapeFilter(QString(), 0, -1);
    const QList<QDockWidget *> docks = hideDocks();
    shoot(m_alertsView, QStringLiteral("alerts.png"));
    for (QDockWidget *dock : docks)
        dock->show();
    raiseView(m_market);
    raiseView(m_connections);
    if (auto *dock = qobject_cast<QDockWidget *>(m_connections->parentWidget()))
        m_window.resizeDocks({dock}, {m_window.height() * 2 / 5}, Qt::Vertical);
    QCoreApplication::processEvents();
    const QString window = QDir(directory).filePath(QStringLiteral("workstation.png"));
    if (saveWidgetPng(&m_window, window).isEmpty())
        written << window;
    return written;
}

void WorkstationViews::startScreenshotMode(const QString &directory)
{
    // Documentation screenshots: wait until the data is live and has had time to fill the charts,
    // write every view, then close like the user would.
    const int settleS = qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_DELAY_S") > 0
                            ? qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_DELAY_S")
                            : 60;
    m_screenshotMode = true;
    m_market->setCandleIntervalMs(10'000);
    m_timeouts->setZoom(2);
    m_window.resize(1580, 960);
    auto *poll = new QTimer(this);
    auto liveSinceMs = std::make_shared<qint64>(0);
    auto waitedMs = std::make_shared<qint64>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, directory, settleS, liveSinceMs, waitedMs] {
        *waitedMs += poll->interval();
        const bool live =
            m_pending && !m_pending->markets.empty() &&
            std::all_of(m_pending->connections.begin(), m_pending->connections.end(),
                        [](const health::ConnectionStatus &c) { return c.state == health::ConnectionState::Live; });
        if (live && *liveSinceMs == 0) {
            *liveSinceMs = *waitedMs;
            if (qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_FAULTS") > 0)
                fireDemonstrationFaults();
            if (qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_ORDERS") > 0)
                placeDemonstrationOrders();
        }
        const bool settled = live && *waitedMs - *liveSinceMs >= settleS * 1000LL;
        if (!settled && *waitedMs < (settleS + 120) * 1000LL)
            return;
        poll->stop();
        // VIRTUOSO_SCREENSHOT_LOG=file: the log analysis view shows the report of that log (the
        // script passes this run's own log) before the views are shot.
        const QString logFile = qEnvironmentVariable("VIRTUOSO_SCREENSHOT_LOG");
        if (logFile.isEmpty() || !qEnvironmentVariable("VIRTUOSO_SCREENSHOT_WINDOW").isEmpty()) {
            finishScreenshots(directory, live);
            return;
        }
        auto finished = std::make_shared<bool>(false);
        const auto finish = [this, directory, live, finished] {
            if (std::exchange(*finished, true))
                return;
            finishScreenshots(directory, live);
        };
        connect(m_logAnalysis, &LogAnalysisView::reportShown, this, finish, Qt::SingleShotConnection);
        QTimer::singleShot(60'000, this, finish);
        m_logAnalysis->openFile(logFile);
    });
    poll->start(500);
}

void WorkstationViews::finishScreenshots(const QString &directory, bool live)
{
    // VIRTUOSO_SCREENSHOT_WINDOW=name.png: only the whole window, under that name (remote mode).
    const QString windowOnly = qEnvironmentVariable("VIRTUOSO_SCREENSHOT_WINDOW");
    QStringList files;
    if (windowOnly.isEmpty()) {
        files = captureScreenshots(directory);
    } else {
        QDir().mkpath(directory);
        const QString path = QDir(directory).filePath(QFileInfo(windowOnly).fileName());
        if (saveWidgetPng(&m_window, path).isEmpty())
            files << path;
    }
    CoreRuntime *runtime = m_tradingDesk->runtime();
    if (!windowOnly.isEmpty() || !runtime || qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_ORDERS") <= 0) {
        VLOG(Info, "ui", "SCREENSHOTS_WRITTEN")
            << files.size() << " screenshots written to " << directory << (live ? "" : " (data was not live)");
        m_window.close();
        return;
    }
    // Last, the kill switch: fired on the paper account, shot once its report is complete.
    auto done = std::make_shared<bool>(false);
    const auto shootKill = [this, directory, live, files = std::make_shared<QStringList>(files), done] {
        if (std::exchange(*done, true))
            return;
        m_tradingDesk->refresh();
        QList<QDockWidget *> hidden;
        for (QDockWidget *dock : m_window.findChildren<QDockWidget *>())
            if (dock->isVisible() && !dock->isFloating()) {
                dock->hide();
                hidden << dock;
            }
        raiseView(m_tradingDesk);
        QCoreApplication::processEvents();
        const QString path = QDir(directory).filePath(QStringLiteral("trading-kill-switch.png"));
        if (saveWidgetPng(m_tradingDesk, path).isEmpty())
            *files << path;
        for (QDockWidget *dock : hidden)
            dock->show(); // the layout saved on closing keeps them
        VLOG(Info, "ui", "SCREENSHOTS_WRITTEN")
            << files->size() << " screenshots written to " << directory << (live ? "" : " (data was not live)");
        m_window.close();
    };
    connect(runtime, &CoreRuntime::tradingChanged, this, [runtime, shootKill] {
        const auto view = runtime->tradingView();
        if (view && view->killEngaged && view->lastKill.finished())
            shootKill();
    });
    QTimer::singleShot(15'000, this, shootKill);
    runtime->postTrading(
        [](trading::TradingService &service) { service.engageKillSwitch("operator (workstation screenshots)"); });
}

} // namespace virtuoso::ui
