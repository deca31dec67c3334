#include "HostManager.h"

#include "ConnectDialog.h"
#include "CoreTexts.h"
#include "HostSidebar.h"
#include "LocalDataSource.h"
#include "WorkstationSettings.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "engine/CoreRuntime.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace virtuoso::ui {

namespace {

QString ageText(qint64 ms)
{
    return QString::number(std::max<qint64>(0, ms) / 1000);
}

} // namespace

HostManager::HostManager(MainWindow &window, WorkstationViews &views, CoreRuntime *local, const Clock &clock,
                         Timings timings)
    : QObject(&window)
    , m_window(window)
    , m_views(views)
    , m_local(local)
    , m_clock(clock)
    , m_timings(timings)
{
    setObjectName(QStringLiteral("HostManager"));
    if (m_local) {
        connect(m_local, &CoreRuntime::snapshotPublished, this, &HostManager::onLocalSnapshot);
        m_current = 0; // the views were built on the local core
    }
    m_window.setStatusProvider([this] { return status(); });
    // The views follow the current host's health within a quarter of a second: a daemon that went
    // away greys them under a banner, whatever the snapshots' pace was.
    m_outageTimer.setInterval(250);
    connect(&m_outageTimer, &QTimer::timeout, this, &HostManager::updateOutage);
    m_outageTimer.start();
}

QString HostManager::outageText(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const RemoteHost::Health h = health(index);
    const bool down = isLocal(index) ? !m_local->isResponsive()
                                     : h == RemoteHost::Health::Disconnected || h == RemoteHost::Health::Stale;
    if (!down)
        return {};
    const qint64 age = lastUpdateAgeMs(index);
    if (age < 0)
        return tr("%1: %2 — no data received yet").arg(name(index), healthDetail(index));
    const QString since = QLocale().toString(QDateTime::currentDateTime().addMSecs(-age).time(), QLocale::LongFormat);
    return tr("%1: %2 — no data since %3 (%4 s ago); what is shown is from then")
        .arg(name(index), healthDetail(index), since, ageText(age));
}

void HostManager::updateOutage()
{
    for (RemoteHost *host : m_remotes)
        host->updateHealth(); // may emit healthChanged, which comes back here: harmless
    m_views.setSourceOutage(outageText(m_current));
    const RemoteHost *host = remote(m_current);
    m_views.setHostOutages(host ? host->outages() : std::vector<HostOutage>{});
}

HostManager::~HostManager()
{
    for (RemoteHost *host : m_remotes) {
        host->disconnect(this);
        host->stop();
    }
}

RemoteHost *HostManager::remote(int index) const
{
    const int i = index - (m_local ? 1 : 0);
    return i >= 0 && i < static_cast<int>(m_remotes.size()) ? m_remotes[size_t(i)] : nullptr;
}

QString HostManager::name(int index) const
{
    if (isLocal(index))
        return tr("This computer");
    const RemoteHost *host = remote(index);
    return host ? host->name() : QString();
}

QString HostManager::address(int index) const
{
    if (isLocal(index))
        return tr("in-process core");
    const RemoteHost *host = remote(index);
    return host ? host->target().url : QString();
}

RemoteHost::Health HostManager::health(int index) const
{
    if (isLocal(index)) {
        if (!m_local->isResponsive() || !m_localLatest ||
            m_clock.monotonicMs() - m_localLastMs > m_timings.staleAfterMs)
            return RemoteHost::Health::Stale;
        return RemoteHost::liveAndFresh(m_localLatest) ? RemoteHost::Health::Live : RemoteHost::Health::Degraded;
    }
    const RemoteHost *host = remote(index);
    return host ? host->health() : RemoteHost::Health::Disconnected;
}

QString HostManager::healthDetail(int index) const
{
    if (isLocal(index)) {
        if (!m_local->isResponsive())
            return tr("core not responding (%1 ms)").arg(m_local->worstHeartbeatAgeMs());
        switch (health(index)) {
        case RemoteHost::Health::Degraded:
            return RemoteHost::connectionsLiveText(m_localLatest);
        case RemoteHost::Health::Stale:
            return m_localLatest ? tr("no update for %1 s").arg(ageText(lastUpdateAgeMs(index)))
                                 : tr("no snapshot yet");
        default:
            return {};
        }
    }
    const RemoteHost *host = remote(index);
    return host ? host->healthDetail() : QString();
}

qint64 HostManager::lastUpdateAgeMs(int index) const
{
    if (isLocal(index))
        return m_localLastMs > 0 ? m_clock.monotonicMs() - m_localLastMs : -1;
    const RemoteHost *host = remote(index);
    return host ? host->lastUpdateAgeMs() : -1;
}

int HostManager::indexOf(const QString &url) const
{
    for (int i = 0; i < count(); ++i)
        if (const RemoteHost *host = remote(i); host && host->target().url == url)
            return i;
    return -1;
}

int HostManager::addRemote(const RemoteHost::Target &target, QString *error, bool keepIfUnusable, bool watch)
{
    RemoteHost::Target t = target;
    t.url = t.url.trimmed();
    while (t.url.endsWith(u'/'))
        t.url.chop(1);
    if (const int existing = indexOf(t.url); existing >= 0) {
        if (RemoteHost *host = remote(existing); watch && host && !host->watched())
            host->start();
        return existing;
    }
    auto options = RemoteHost::clientOptions(t, error);
    if (!options) {
        if (keepIfUnusable && !m_unusable.contains(t))
            m_unusable << t; // e.g. a token file with the wrong mode: kept for the next start
        return -1;
    }
    m_unusable.removeAll(t);
    options->staleAfterMs = m_timings.staleAfterMs;
    options->backoffInitialMs = m_timings.backoffInitialMs;
    options->backoffMaxMs = m_timings.backoffMaxMs;
    auto *host = new RemoteHost(t, std::move(*options), m_clock, this);
    m_remotes.push_back(host);
    connect(host, &RemoteHost::snapshotReady, this,
            [this, host](const CoreSnapshotPtr &snapshot) { onRemoteSnapshot(host, snapshot); });
    connect(host, &RemoteHost::restarted, this, [this, host] {
        if (remote(m_current) == host)
            m_views.switchSources(host->dataSource());
    });
    connect(host, &RemoteHost::healthChanged, this, [this] {
        emit hostsChanged();
        m_window.refreshStatus();
        updateOutage();
    });
    if (watch)
        host->start();
    save();
    updateSidebarVisibility();
    emit hostsChanged();
    if (m_current < 0)
        select(count() - 1);
    return count() - 1;
}

void HostManager::remove(int index)
{
    RemoteHost *host = remote(index);
    if (!host)
        return;
    const bool wasCurrent = index == m_current;
    host->disconnect(this);
    host->stop();
    m_remotes.erase(std::find(m_remotes.begin(), m_remotes.end(), host));
    if (wasCurrent) {
        m_current = -1;
        select(count() > 0 ? 0 : -1);
    } else if (m_current > index) {
        --m_current;
        emit currentChanged(m_current);
    }
    host->deleteLater(); // after the views let go of its sources
    save();
    updateSidebarVisibility();
    emit hostsChanged();
}

void HostManager::select(int index)
{
    if (index == m_current || index >= count())
        return;
    m_current = index;
    if (index < 0) {
        m_views.switchSources(nullptr);
    } else if (isLocal(index)) {
        m_views.switchSources(std::make_shared<LocalDataSource>(*m_local));
        if (m_localLatest)
            m_views.submitSnapshot(m_localLatest);
    } else {
        RemoteHost *host = remote(index);
        if (!host->watched())
            host->start(); // selecting a remembered host is asking to watch it
        m_views.switchSources(host->dataSource());
        if (host->latest())
            m_views.submitSnapshot(host->latest());
    }
    const CoreSnapshotPtr latest = index < 0 ? nullptr : (isLocal(index) ? m_localLatest : remote(index)->latest());
    m_window.showRevision(latest ? latest->revision : 0);
    m_window.refreshStatus();
    updateOutage();
    emit currentChanged(index);
}

void HostManager::onRemoteSnapshot(RemoteHost *host, const CoreSnapshotPtr &snapshot)
{
    if (remote(m_current) != host)
        return;
    m_views.submitSnapshot(snapshot);
    m_window.showRevision(snapshot->revision);
}

void HostManager::onLocalSnapshot(const CoreSnapshotPtr &snapshot)
{
    m_localLatest = snapshot;
    m_localLastMs = m_clock.monotonicMs();
    if (isLocal(m_current)) {
        m_views.submitSnapshot(snapshot);
        m_window.showRevision(snapshot->revision);
    }
}

HostSidebar *HostManager::installSidebar()
{
    if (m_sidebar)
        return m_sidebar;
    m_sidebar = new HostSidebar(*this);
    connect(m_sidebar, &HostSidebar::connectRequested, this, &HostManager::showConnectDialog);
    m_window.addView(m_sidebar, tr("Hosts"), Qt::LeftDockWidgetArea);
    if (auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("HostSidebarDock")))
        m_window.resizeDocks({dock}, {300}, Qt::Horizontal);

    auto *action = new QAction(tr("&Connect to Daemon…"), &m_window);
    action->setObjectName(QStringLiteral("ConnectAction"));
    action->setShortcut(QKeySequence(tr("Ctrl+K")));
    action->setShortcutContext(Qt::ApplicationShortcut);
    connect(action, &QAction::triggered, this, &HostManager::showConnectDialog);
    m_window.addAction(action);
    if (QMenu *fileMenu = m_window.findChild<QMenu *>(QStringLiteral("FileMenu"))) {
        QAction *first = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().constFirst();
        fileMenu->insertAction(first, action);
        fileMenu->insertSeparator(first);
    }
    m_window.restoreLayout();
    updateSidebarVisibility();
    return m_sidebar;
}

void HostManager::updateSidebarVisibility()
{
    // With the in-process core alone there is nothing to choose between: the Hosts dock stays
    // closed (View ▸ Hosts, or Connect to Daemon…, opens it); the first daemon opens it.
    auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("HostSidebarDock"));
    if (!dock)
        return;
    const bool localOnly = m_local && m_remotes.empty();
    if (localOnly != m_sidebarCollapsed) {
        m_sidebarCollapsed = localOnly;
        dock->setVisible(!localOnly);
    }
}

void HostManager::showConnectDialog()
{
    ConnectDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const int index = addRemote(dialog.target(), &error);
    if (index < 0) {
        m_window.statusBar()->showMessage(error, 10000);
        return;
    }
    select(index);
}

MainWindow::DataStatus HostManager::status() const
{
    MainWindow::DataStatus s;
    if (m_current < 0) {
        s.source = tr("No data source: connect to a daemon (File ▸ Connect to Daemon…)");
        s.health = tr("● No data");
        s.healthColor = RemoteHost::healthColor(RemoteHost::Health::Disconnected);
        return s;
    }
    const RemoteHost::Health h = health(m_current);
    const CoreSnapshotPtr latest = isLocal(m_current) ? m_localLatest : remote(m_current)->latest();
    const QString dataSource = CoreTexts::text(isLocal(m_current) ? m_local->dataSourceDescription()
                                                                  : (latest ? latest->dataSource : QString()));
    s.remote = !isLocal(m_current);
    s.source = s.remote ? (dataSource.isEmpty() ? tr("Source: %1").arg(name(m_current))
                                                : tr("Source: %1 on %2").arg(dataSource, name(m_current)))
                        : tr("Source: %1").arg(dataSource);
    const qint64 age = lastUpdateAgeMs(m_current);
    switch (h) {
    case RemoteHost::Health::Live:
        s.health = tr("● Live"); // the word of the host list and the connection states, local or remote
        break;
    case RemoteHost::Health::Degraded:
        s.health = tr("● Degraded: %1").arg(healthDetail(m_current));
        break;
    case RemoteHost::Health::Stale:
        s.health = age >= 0 ? tr("● Stale for %1 s").arg(ageText(age)) : tr("● Stale: no data yet");
        break;
    case RemoteHost::Health::Disconnected:
        s.health = age >= 0 ? tr("● Disconnected, stale for %1 s").arg(ageText(age))
                            : tr("● Disconnected: %1").arg(healthDetail(m_current));
        break;
    case RemoteHost::Health::NotWatched:
        s.health = tr("● Not watched");
        break;
    }
    s.healthColor = RemoteHost::healthColor(h);
    if (count() > 1) {
        int byHealth[5] = {};
        for (int i = 0; i < count(); ++i)
            ++byHealth[static_cast<int>(health(i))];
        s.hosts = tr("Hosts: %1 live, %2 degraded, %3 stale, %4 disconnected")
                      .arg(byHealth[0])
                      .arg(byHealth[1])
                      .arg(byHealth[2])
                      .arg(byHealth[3]);
        if (byHealth[4] > 0)
            s.hosts += tr(", %1 not watched").arg(byHealth[4]);
    }
    return s;
}

QList<RemoteHost::Target> HostManager::savedTargets()
{
    QSettings s = preferencesStore();
    QList<RemoteHost::Target> out;
    const int n = s.beginReadArray(QStringLiteral("remote_hosts"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        RemoteHost::Target t{
            s.value(QStringLiteral("url")).toString(), s.value(QStringLiteral("token_file")).toString(),
            s.value(QStringLiteral("ca_file")).toString(), s.value(QStringLiteral("trading_token_file")).toString()};
        if (!t.url.trimmed().isEmpty())
            out << t;
    }
    s.endArray();
    return out;
}

void HostManager::save() const
{
    QSettings s = preferencesStore();
    s.remove(QStringLiteral("remote_hosts"));
    QList<RemoteHost::Target> targets;
    for (const RemoteHost *host : m_remotes)
        targets << host->target();
    targets << m_unusable;
    s.beginWriteArray(QStringLiteral("remote_hosts"), static_cast<int>(targets.size()));
    for (int i = 0; i < static_cast<int>(targets.size()); ++i) {
        s.setArrayIndex(i);
        const RemoteHost::Target &t = targets.at(i);
        s.setValue(QStringLiteral("url"), t.url);
        s.setValue(QStringLiteral("token_file"), t.tokenFile);
        s.setValue(QStringLiteral("ca_file"), t.caFile);
        s.setValue(QStringLiteral("trading_token_file"), t.tradingTokenFile);
    }
    s.endArray();
}

} // namespace virtuoso::ui
