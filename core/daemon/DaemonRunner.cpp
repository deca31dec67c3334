#include "daemon/DaemonRunner.h"

#include "daemon/SystemdNotifier.h"
#include "daemon/UnixSignalWatcher.h"
#include "logging/Log.h"
#include "logging/LogSinks.h"
#include "runtime/Clock.h"
#include "runtime/CoreRuntime.h"
#include "runtime/ExitCode.h"

#include <QCoreApplication>

namespace virtuoso {

DaemonRunner::DaemonRunner(Config::LoadOptions loadOptions, Config config, QObject *parent)
    : QObject(parent)
    , m_loadOptions(std::move(loadOptions))
    , m_config(std::move(config))
{
}

DaemonRunner::~DaemonRunner() = default;

int DaemonRunner::run()
{
    log::configureLogging(m_config.string(QStringLiteral("logging.target")),
                          m_config.string(QStringLiteral("logging.level")), /*daemonMode=*/true);

    m_runtime = std::make_unique<CoreRuntime>(m_config, Clock::system());
    m_notifier = new SystemdNotifier([this] { return m_runtime && m_runtime->isResponsive(); }, this);
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::terminateRequested, this, &DaemonRunner::shutdown);
    connect(m_signals, &UnixSignalWatcher::reloadRequested, this, &DaemonRunner::reload);

    QString error;
    if (!m_runtime->start(&error)) {
        VLOG(Critical, "daemon", "STARTUP_FAILED") << "cannot start: " << error;
        return ExitStartupFailed;
    }

    m_notifier->startWatchdog();
    m_notifier->notifyReady(QStringLiteral("serving; data source: %1").arg(m_runtime->dataSourceDescription()));
    VLOG(Notice, "daemon", "DAEMON_READY") << "daemon ready; data source: " << m_runtime->dataSourceDescription();
    return QCoreApplication::exec();
}

void DaemonRunner::shutdown(int signalNumber)
{
    VLOG(Notice, "daemon", "DAEMON_STOPPING") << "signal " << signalNumber << " received; stopping";
    m_notifier->notifyStopping();
    m_runtime->stop();
    QCoreApplication::exit(ExitOk);
}

void DaemonRunner::reload()
{
    m_notifier->notifyReloading();
    const Config::LoadResult loaded = Config::load(m_loadOptions);
    if (!loaded.ok()) {
        // The running configuration stays in force; the operator sees exactly what to fix.
        VLOG(Error, "daemon", "RELOAD_REJECTED") << "configuration reload rejected, keeping the running one:\n"
                                                 << loaded.errorText();
        m_notifier->notifyReady(QStringLiteral("reload rejected; running with the previous configuration"));
        return;
    }
    m_config = loaded.config;
    log::configureLogging(m_config.string(QStringLiteral("logging.target")),
                          m_config.string(QStringLiteral("logging.level")), /*daemonMode=*/true);
    VLOG(Notice, "daemon", "RELOADED") << "configuration reloaded from "
                                       << (m_config.sourceFile().isEmpty() ? QStringLiteral("built-in defaults")
                                                                           : m_config.sourceFile());
    m_notifier->notifyReady(QStringLiteral("serving; configuration reloaded"));
}

} // namespace virtuoso
