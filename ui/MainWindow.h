#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QColor>
#include <QMainWindow>

#include <functional>

class QLabel;
class QTabWidget;

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

// The workstation's frame: menus, a central tab area and dock areas that the views fill, and a
// status bar with data source, mode and overall health. Window layout persists across runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The status bar's four parts for whichever source the views show.
    struct DataStatus
    {
        QString source; // "Source: embedded simulator"
        bool remote = false;
        QString health; // "● Live", "● Stale for 12 s"
        QColor healthColor;
        QString hosts; // all watched hosts in one line; empty with only one
    };

    // The trading badge of the status bar: where orders go (PAPER, …, LIVE in red), KILL SWITCH
    // ENGAGED, or a warning when trading is not running (the reason in the tooltip), and the
    // private stream's state. An empty text hides both (trading is only on the local core).
    struct TradingBadge
    {
        QString text;
        QColor background;
        QColor foreground;
        QString tooltip;
        QString stream;
        QColor streamColour;
        QString titleSuffix; // " — PAPER" after the window title
        bool operator==(const TradingBadge &) const = default;
    };

    // `runtime` is the in-process core, or null when the window shows daemons only.
    explicit MainWindow(CoreRuntime *runtime, QWidget *parent = nullptr);
    explicit MainWindow(CoreRuntime &runtime, QWidget *parent = nullptr)
        : MainWindow(&runtime, parent)
    {}
    ~MainWindow() override;

    // Replaces the local core's status line (refreshed every second and on request).
    void setStatusProvider(std::function<DataStatus()> provider);
    void refreshStatus();
    void showRevision(quint64 revision);
    void setTradingBadge(const TradingBadge &badge);
    const TradingBadge &tradingBadge() const { return m_tradingBadge; }

    QTabWidget *centralTabs() const { return m_tabs; }
    // Adds a dockable view with a toggle in the View menu; its position is saved with the layout.
    void addView(QWidget *view, const QString &title, Qt::DockWidgetArea area);
    // Restores the saved geometry and dock layout; call again once all views are added.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void onSnapshot(const virtuoso::CoreSnapshotPtr &snapshot);
    void refreshHealth();
    void showAbout();

    CoreRuntime *m_runtime;
    std::function<DataStatus()> m_statusProvider;
    QLabel *m_hostsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_revisionLabel = nullptr;
    QLabel *m_tradingLabel = nullptr;
    QLabel *m_streamLabel = nullptr;
    TradingBadge m_tradingBadge;
    CoreSnapshotPtr m_lastSnapshot;
};

} // namespace virtuoso::ui
