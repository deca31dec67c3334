#include "MainWindow.h"

#include "DataFreshness.h"

#include "CoreTexts.h"
#include "WorkstationSettings.h"
#include "engine/CoreRuntime.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace virtuoso::ui {

MainWindow::MainWindow(CoreRuntime *runtime, QWidget *parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
{
    setWindowTitle(tr("Virtuoso Workstation"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    resize(1280, 800);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("CentralTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    buildMenus();
    buildStatusBar();

    if (m_runtime)
        connect(m_runtime, &CoreRuntime::snapshotPublished, this, &MainWindow::onSnapshot);
    auto *healthTimer = new QTimer(this);
    connect(healthTimer, &QTimer::timeout, this, &MainWindow::refreshHealth);
    healthTimer->start(1000);

    restoreLayout();
}

void MainWindow::restoreLayout()
{
    QSettings state = layoutStore();
    restoreGeometry(state.value(QStringLiteral("geometry")).toByteArray());
    restoreState(state.value(QStringLiteral("state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("FileMenu"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("ViewMenu"));
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_viewMenu->addSeparator();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("HelpMenu"));
    QAction *about = helpMenu->addAction(tr("&About Virtuoso Workstation"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_sourceLabel = new QLabel(m_runtime ? tr("Source: %1").arg(m_runtime->dataSourceDescription()) : QString(), this);
    m_sourceLabel->setObjectName(QStringLiteral("SourceLabel"));
    m_modeLabel = new QLabel(tr("Local"), this);
    m_modeLabel->setObjectName(QStringLiteral("ModeLabel"));
    m_healthLabel = new QLabel(tr("Starting…"), this);
    m_healthLabel->setObjectName(QStringLiteral("HealthLabel"));
    m_revisionLabel = new QLabel(this);
    m_revisionLabel->setObjectName(QStringLiteral("RevisionLabel"));
    m_hostsLabel = new QLabel(this);
    m_hostsLabel->setObjectName(QStringLiteral("HostsLabel"));
    m_hostsLabel->hide();
    m_tradingLabel = new QLabel(this);
    m_tradingLabel->setObjectName(QStringLiteral("TradingBadge"));
    m_tradingLabel->hide();
    m_streamLabel = new QLabel(this);
    m_streamLabel->setObjectName(QStringLiteral("TradingStreamLabel"));
    m_streamLabel->hide();
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_hostsLabel);
    statusBar()->addPermanentWidget(m_revisionLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_streamLabel);
    statusBar()->addPermanentWidget(m_tradingLabel);
    statusBar()->addPermanentWidget(m_healthLabel);
}

void MainWindow::addView(QWidget *view, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(view->objectName() + QStringLiteral("Dock"));
    dock->setWidget(view);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::onSnapshot(const CoreSnapshotPtr &snapshot)
{
    m_lastSnapshot = snapshot;
    if (!m_statusProvider)
        showRevision(snapshot->revision);
}

void MainWindow::showRevision(quint64 revision)
{
    m_revisionLabel->setText(revision > 0 ? tr("Revision %1").arg(revision) : QString());
}

void MainWindow::setTradingBadge(const TradingBadge &badge)
{
    if (badge == m_tradingBadge)
        return;
    m_tradingBadge = badge;
    const bool shown = !badge.text.isEmpty();
    m_tradingLabel->setVisible(shown);
    m_streamLabel->setVisible(shown && !badge.stream.isEmpty());
    m_tradingLabel->setText(badge.text);
    m_tradingLabel->setToolTip(badge.tooltip);
    m_tradingLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 1px 8px; border-radius: 3px; }")
            .arg(badge.background.name(), badge.foreground.name()));
    m_streamLabel->setText(badge.stream);
    m_streamLabel->setStyleSheet(
        badge.streamColour.isValid() ? QStringLiteral("color: %1;").arg(badge.streamColour.name()) : QString());
    setWindowTitle(tr("Virtuoso Workstation") + (shown ? badge.titleSuffix : QString()));
}

void MainWindow::setStatusProvider(std::function<DataStatus()> provider)
{
    m_statusProvider = std::move(provider);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    refreshHealth();
}

void MainWindow::refreshHealth()
{
    DataStatus status;
    if (m_statusProvider) {
        status = m_statusProvider();
    } else if (m_runtime) {
        const bool responsive = m_runtime->isResponsive();
        status.source = tr("Source: %1").arg(CoreTexts::text(m_runtime->dataSourceDescription()));
        // Live only while the data is: a stale connection or symbol makes it degraded.
        const QString stale = m_lastSnapshot ? stalenessSummary(*m_lastSnapshot) : QString();
        if (!responsive) {
            status.health = tr("● Core not responding (%1 ms)").arg(m_runtime->worstHeartbeatAgeMs());
            status.healthColor = QColor(0xd2, 0x3c, 0x3c);
        } else if (!stale.isEmpty()) {
            status.health = tr("● Degraded: %1").arg(stale);
            status.healthColor = QColor(0xd9, 0x8c, 0x1f);
        } else {
            status.health = tr("● Live");
            status.healthColor = QColor(0x2e, 0x9d, 0x4f);
        }
    } else {
        status.health = tr("● No data source");
        status.healthColor = QColor(0xd2, 0x3c, 0x3c);
    }
    m_sourceLabel->setText(status.source);
    m_modeLabel->setText(status.remote ? tr("Remote") : tr("Local"));
    m_healthLabel->setText(status.health);
    m_healthLabel->setStyleSheet(QStringLiteral("color: %1;").arg(status.healthColor.name()));
    m_hostsLabel->setText(status.hosts);
    m_hostsLabel->setVisible(!status.hosts.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Virtuoso Workstation"),
                       tr("<h3>Virtuoso Workstation %1</h3>"
                          "<p>Bybit v5 market connector, confluence engine and health monitor.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings state = layoutStore();
    state.setValue(QStringLiteral("geometry"), saveGeometry());
    state.setValue(QStringLiteral("state"), saveState());
    event->accept();
}

} // namespace virtuoso::ui
