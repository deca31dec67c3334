#pragma once

#include "MainWindow.h"
#include "RemoteHost.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <vector>

namespace virtuoso {
class Clock;
class CoreRuntime;
} // namespace virtuoso

namespace virtuoso::ui {

class HostSidebar;
class WorkstationViews;

// The hosts the workstation watches: the in-process core (when it runs) and any number of daemons.
// One of them is current: its snapshots feed the views and the status bar, and selecting another
// switches every view to that host's data. The daemons are kept in the workstation settings.
// How quickly a daemon counts as stale and how reconnects back off.
struct HostTimings
{
    qint64 staleAfterMs = 3000;
    qint64 backoffInitialMs = 500;
    qint64 backoffMaxMs = 15000;
};

class HostManager : public QObject
{
    Q_OBJECT
public:
    using Timings = HostTimings;

    HostManager(MainWindow &window, WorkstationViews &views, CoreRuntime *local, const Clock &clock,
                Timings timings = {});
    ~HostManager() override;

    int count() const { return static_cast<int>(m_remotes.size()) + (m_local ? 1 : 0); }
    bool isLocal(int index) const { return m_local && index == 0; }
    RemoteHost *remote(int index) const;
    QString name(int index) const;
    QString address(int index) const; // the URL, or "in-process"
    RemoteHost::Health health(int index) const;
    QString healthDetail(int index) const;
    qint64 lastUpdateAgeMs(int index) const; // -1: nothing yet
    int current() const { return m_current; }
    int indexOf(const QString &url) const;

    // Adds and starts a daemon; returns its index, or -1 with `error` set. A daemon already in
    // the list is not added twice (its index is returned). `keepIfUnusable`: a saved daemon that
    // cannot be used now (e.g. its token file's mode) stays in the settings for the next start.
    // `watch` false: listed as remembered but not followed until it is selected ("not watched").
    int addRemote(const RemoteHost::Target &target, QString *error, bool keepIfUnusable = false, bool watch = true);
    void remove(int index);
    void select(int index);

    // Puts the host sidebar in a dock on the left and "Connect to Daemon…" in the File menu.
    HostSidebar *installSidebar();
    HostSidebar *sidebar() const { return m_sidebar; }
    // Shows the Connect dialog; adds and selects the daemon it names.
    void showConnectDialog();

    // The status bar line of the current host.
    MainWindow::DataStatus status() const;
    // The banner over the views when host `index` is down ("host: reason — no data since 14:02:31
    // (12 s ago)…"); empty while its data flows.
    QString outageText(int index) const;

    static QList<RemoteHost::Target> savedTargets();
    void save() const;

signals:
    void hostsChanged();
    void currentChanged(int index);

private:
    void onRemoteSnapshot(RemoteHost *host, const CoreSnapshotPtr &snapshot);
    void onLocalSnapshot(const CoreSnapshotPtr &snapshot);
    void updateOutage();
    void updateSidebarVisibility();

    MainWindow &m_window;
    WorkstationViews &m_views;
    CoreRuntime *m_local;
    const Clock &m_clock;
    Timings m_timings;
    std::vector<RemoteHost *> m_remotes; // children of this object
    int m_current = -1;
    CoreSnapshotPtr m_localLatest;
    qint64 m_localLastMs = 0; // monotonic
    HostSidebar *m_sidebar = nullptr;
    QList<RemoteHost::Target> m_unusable;
    QTimer m_outageTimer;
    bool m_sidebarCollapsed = false;
};

} // namespace virtuoso::ui
