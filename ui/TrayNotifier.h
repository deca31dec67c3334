#pragma once

#include "alerts/AlertDispatcher.h"
#include "model/alerts/AlertBoard.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace virtuoso::ui {

// The workstation's desktop channel: alerts of `type = desktop` channels become notifications of
// the system tray icon (freedesktop notifications on Linux desktops). Called on the alert thread;
// the notification is shown on the GUI thread. Without a system tray the Alerts view still lists
// every alert, and the delivery counts as done.
class TrayNotifier final : public QObject, public alerts::DesktopNotifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const alerts::AlertMessage &message) override;
    // A remote daemon's alert for one of its desktop channels, as read from its board; GUI thread.
    void showRemote(const alerts::AlertItem &item, const QString &host);
    bool trayAvailable() const { return m_tray != nullptr; }
    int shown() const { return m_shown; }
    // The last notification as shown (with or without a system tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }

private:
    void show(const QString &title, const QString &body, int severity);

    QSystemTrayIcon *m_tray = nullptr;
    int m_shown = 0;
    QString m_lastTitle;
    QString m_lastBody;
};

} // namespace virtuoso::ui
