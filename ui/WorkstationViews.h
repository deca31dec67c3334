#pragma once

#include "MarketView.h"
#include "ShortcutsDialog.h"
#include "TimeoutHistoryView.h"
#include "ViewDataSource.h"
#include "WorkstationSettings.h"
#include "model/health/WarningAggregator.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

class AlertsView;
class ConnectionsView;
class LogAnalysisView;
class MainWindow;
class PerformanceView;
class SignalsView;
class TradePlanner;
class TradingView;
class WarningsView;

// The workstation's views, registered with the main window, fed from snapshots at the operator's
// refresh rate (newer snapshots replace older ones between two refreshes), with their menu
// actions: exports, settings, keyboard shortcuts.
class WorkstationViews : public QObject
{
    Q_OBJECT
public:
    // `source` may be null: the views then say the data is not available.
    WorkstationViews(MainWindow &window, std::shared_ptr<ViewDataSource> source, WorkstationSettings settings);
    ~WorkstationViews() override;

    // Follows the runtime's snapshots.
    void attach(CoreRuntime &runtime);
    // The running core's embedded simulator, for the demonstration faults of screenshots.
    void setSimulatorControl(const CoreRuntime &runtime);
    // Where a remote daemon's desktop-channel alerts go (the tray), with the host's address; an
    // in-process core delivers its own.
    void setRemoteDesktopAlerts(std::function<void(const alerts::AlertItem &, const QString &host)> show)
    {
        m_remoteDesktopAlerts = std::move(show);
    }
    // Keeps the newest snapshot; it is drawn at the next refresh.
    void submitSnapshot(const CoreSnapshotPtr &snapshot);
    // Draws one snapshot into every view now (tests and the benchmark call this directly).
    void applySnapshot(const CoreSnapshot &snapshot);
    // Another data source (e.g. another host): every view starts again, empty, in its place,
    // and takes its data from `source` and the snapshots submitted from now on.
    void switchSources(std::shared_ptr<ViewDataSource> source);
    // The source is down: every view it feeds is greyed under a banner saying `text` (the host, the
    // reason and since when); an empty text restores them.
    void setSourceOutage(const QString &text);
    // The current host's outages as the workstation saw them: on the connections' timelines and
    // recorded in the timeout history once ended.
    void setHostOutages(const std::vector<HostOutage> &outages);
    const QString &sourceOutage() const { return m_outage; }

    ConnectionsView *connections() const { return m_connections; }
    MarketView *market() const { return m_market; }
    TimeoutHistoryView *timeouts() const { return m_timeouts; }
    WarningsView *warnings() const { return m_warnings; }
    SignalsView *signalsView() const { return m_signals; }
    LogAnalysisView *logAnalysis() const { return m_logAnalysis; }
    TradingView *tradingDesk() const { return m_tradingDesk; }
    AlertsView *alertsView() const { return m_alertsView; }
    PerformanceView *performanceView() const { return m_performance; }
    TradePlanner *planner() const { return m_planner; }
    const WorkstationSettings &settings() const { return m_settings; }
    void applySettings(const WorkstationSettings &settings);
    int refreshIntervalMs() const { return m_refresh.interval(); }
    QList<ShortcutEntry> shortcuts() const;
    QAction *action(const QString &objectName) const;

    // Exports; an empty result means success, otherwise a message for the user.
    QString exportTimeoutsCsv(const QString &path) const;
    QString exportWarningsCsv(const QString &path) const;
    QString exportOrdersCsv(const QString &path) const;
    QString exportPositionsCsv(const QString &path) const;
    QString exportExecutionsCsv(const QString &path) const;
    static QString saveWidgetPng(QWidget *widget, const QString &path);
    // Writes one PNG per view (and the whole window) into `directory`; returns the files written.
    QStringList captureScreenshots(const QString &directory);

private:
    void buildActions();
    void refresh();
    void showSettings();
    void showShortcuts();
    void exportWithDialog(const QString &title, const QString &suggestedName, const QString &filter,
                          const std::function<QString(const QString &)> &write);
    QWidget *currentChart() const;
    void raiseView(QWidget *view);
    void createViews();
    void configureViews();
    void replaceView(QWidget *old, QWidget *replacement);
    void startScreenshotMode(const QString &directory);
    void finishScreenshots(const QString &directory, bool live);
    void fireDemonstrationFaults();
    // Screenshots of the desk: a refused, a market and a resting limit order through the ticket.
    void placeDemonstrationOrders();
    void placeLadderOrders();
    void prepareRiskTicket();
    // Screenshots of a trade plan from a signal: its dialog and the market chart with its lines.
    QStringList shootTradePlan(const QString &directory);
    void buildTradingActions();

    MainWindow &m_window;
    std::shared_ptr<ViewDataSource> m_source;
    WorkstationSettings m_settings;
    ConnectionsView *m_connections = nullptr;
    MarketView *m_market = nullptr;
    TimeoutHistoryView *m_timeouts = nullptr;
    WarningsView *m_warnings = nullptr;
    SignalsView *m_signals = nullptr;
    LogAnalysisView *m_logAnalysis = nullptr; // works on files and daemons, not on the current source
    TradingView *m_tradingDesk = nullptr;     // stays; trades on the local core when it is the source
    AlertsView *m_alertsView = nullptr;       // stays; shows the alerts of whichever source is current
    PerformanceView *m_performance = nullptr; // stays; reads whichever source is current
    TradePlanner *m_planner = nullptr;        // stays; plans on the local core
    bool m_screenshotMode = false;
    QTimer m_refresh;
    CoreSnapshotPtr m_pending;
    QString m_simulatorControlUrl; // local mode on the embedded simulator: for demonstration faults
    QByteArray m_simulatorControlAuthorization;
    quint64 m_appliedRevision = 0;
    qint64 m_lastWarningsMs = 0;
    QList<QAction *> m_actions;
    QString m_outage;
    std::function<void(const alerts::AlertItem &, const QString &host)> m_remoteDesktopAlerts;
};

} // namespace virtuoso::ui
