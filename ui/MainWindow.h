#pragma once

#include "runtime/SnapshotPublisher.h"

#include <QMainWindow>

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
    explicit MainWindow(CoreRuntime &runtime, QWidget *parent = nullptr);
    ~MainWindow() override;

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

    CoreRuntime &m_runtime;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_revisionLabel = nullptr;
    CoreSnapshotPtr m_lastSnapshot;
};

} // namespace virtuoso::ui
