#include "base/SystemdNotifier.h"

#include "base/logging/Log.h"

#include <systemd/sd-daemon.h>

namespace virtuoso {

SystemdNotifier::SystemdNotifier(std::function<bool()> healthy, QObject *parent)
    : QObject(parent)
    , m_healthy(std::move(healthy))
{
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_healthy || m_healthy())
            send("WATCHDOG=1");
        else
            VLOG(Error, "daemon", "WATCHDOG_WITHHELD") << "an event loop is not responding; watchdog ping withheld";
    });
}

void SystemdNotifier::send(const QByteArray &state)
{
    // unset_environment=0: children started later may notify on our behalf only if we say so.
    sd_notify(0, state.constData());
}

void SystemdNotifier::notifyReady(const QString &status)
{
    send("READY=1\nSTATUS=" + status.toUtf8());
}

void SystemdNotifier::notifyStatus(const QString &status)
{
    send("STATUS=" + status.toUtf8());
}

void SystemdNotifier::notifyReloading()
{
    send("RELOADING=1");
}

void SystemdNotifier::notifyStopping()
{
    m_watchdog.stop();
    send("STOPPING=1");
}

qint64 SystemdNotifier::startWatchdog()
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return 0;
    const qint64 intervalMs = std::max<qint64>(1, static_cast<qint64>(usec / 2000));
    m_watchdog.start(static_cast<int>(intervalMs));
    send("WATCHDOG=1");
    return intervalMs;
}

} // namespace virtuoso
