#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace virtuoso {

// Talks to systemd through $NOTIFY_SOCKET: READY=1, STATUS=, WATCHDOG=1, RELOADING=1, STOPPING=1.
// Without $NOTIFY_SOCKET every call is a no-op, so the daemon runs the same outside systemd.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    // `healthy` is asked before every watchdog ping; a process whose event loops are stuck must
    // stop pinging so that systemd restarts it.
    explicit SystemdNotifier(std::function<bool()> healthy = {}, QObject *parent = nullptr);

    void notifyReady(const QString &status);
    void notifyStatus(const QString &status);
    void notifyReloading();
    void notifyStopping();

    // Starts WATCHDOG=1 pings at half of $WATCHDOG_USEC when systemd asks for them.
    // Returns the ping interval in ms, or 0 when no watchdog is configured.
    qint64 startWatchdog();

private:
    void send(const QByteArray &state);

    std::function<bool()> m_healthy;
    QTimer m_watchdog;
};

} // namespace virtuoso
