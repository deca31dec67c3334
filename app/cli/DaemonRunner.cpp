#include "cli/DaemonRunner.h"

#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"

#include "ExitCode.h"
#include "base/Clock.h"
#include "base/SystemdNotifier.h"
#include "base/UnixSignalWatcher.h"
#include "base/config/ConfigKeys.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/CoreRuntime.h"
#include "engine/LoggingSetup.h"
#include "model/health/WarningAggregator.h"
#include "trading/TradingService.h"

#include <QCoreApplication>

namespace virtuoso {

DaemonRunner::DaemonRunner(Config::LoadOptions loadOptions, Config config, QObject *parent)
    : QObject(parent)
    , m_loadOptions(std::move(loadOptions))
    , m_config(std::move(config))
{}

DaemonRunner::~DaemonRunner()
{
    m_api.reset(); // before the runtime it reads from
}

int DaemonRunner::run()
{
    log::configureLogging(m_config.get(key::LoggingTarget), m_config.get(key::LoggingLevel), /*daemonMode=*/true);

    m_runtime = std::make_unique<CoreRuntime>(m_config, Clock::system());
    m_runtime->setLiveTradingConfirmed(m_liveConfirmed);
    m_notifier = new SystemdNotifier([this] { return m_runtime && m_runtime->isResponsive(); }, this);
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::terminateRequested, this, &DaemonRunner::shutdown);
    connect(m_signals, &UnixSignalWatcher::reloadRequested, this, &DaemonRunner::reload);
    connect(m_signals, &UnixSignalWatcher::killSwitchRequested, this, [this] {
        if (!m_runtime)
            return;
        VLOG(Warning, "daemon", "KILL_SWITCH_SIGNAL") << "SIGUSR1: engaging the kill switch";
        m_runtime->postTrading([](trading::TradingService &service) { service.engageKillSwitch("SIGUSR1"); });
    });

    QString error;
    if (!m_runtime->start(&error)) {
        VLOG(Critical, "daemon", "STARTUP_FAILED") << "cannot start: " << error;
        return ExitStartupFailed;
    }
    // The API serves before READY=1, so whatever systemd starts after us can query it.
    if (const int apiExit = startApi(); apiExit != ExitOk) {
        m_runtime->stop();
        return apiExit;
    }

    m_notifier->startWatchdog();
    const QString apiText = m_api ? QStringLiteral("; API on %1").arg(m_api->listenDescription()) : QString();
    m_notifier->notifyReady(
        QStringLiteral("serving; data source: %1%2").arg(m_runtime->dataSourceDescription(), apiText));
    VLOG(Notice, "daemon", "DAEMON_READY")
        << "daemon ready; data source: " << m_runtime->dataSourceDescription() << apiText;
    return QCoreApplication::exec();
}

int DaemonRunner::startApi()
{
    if (m_config.get(key::ApiEnabled) == u"off") {
        VLOG(Notice, "api", "API_DISABLED") << "monitoring API disabled (api.enabled=off)";
        return ExitOk;
    }
    api::ApiSettings::Result settings = api::ApiSettings::fromConfig(m_config, m_insecureListen);
    if (!settings.settings) {
        VLOG(Critical, "api", "API_REFUSED") << "monitoring API not started: " << settings.error;
        return settings.failure == api::ApiSettings::Result::Failure::Unavailable ? ExitStartupFailed
                                                                                  : ExitConfigInvalid;
    }
    if (!settings.settings->server.address.isLoopback() &&
        !(settings.settings->token && settings.settings->server.tls)) {
        VLOG(Warning, "api", "API_INSECURE")
            << "monitoring API on a non-loopback address without " << (settings.settings->token ? "TLS" : "a token")
            << " (--insecure-listen)";
    }
    // /metrics renders the core's registry: connections, timeouts, REST, warnings, process usage.
    m_monitoredCore = std::make_unique<api::RuntimeMonitoredCore>(*m_runtime, &m_runtime->metrics(),
                                                                  &health::WarningAggregator::process());
    m_api = std::make_unique<api::MonitoringApi>(std::move(*settings.settings), *m_monitoredCore, Clock::system());
    connect(m_runtime.get(), &CoreRuntime::snapshotPublished, m_api.get(), &api::MonitoringApi::onSnapshot);
    QString error;
    if (!m_api->start(&error)) {
        VLOG(Critical, "api", "API_LISTEN_FAILED") << "monitoring API not started: " << error;
        m_api.reset();
        return ExitStartupFailed;
    }
    return ExitOk;
}

void DaemonRunner::shutdown(int signalNumber)
{
    VLOG(Notice, "daemon", "DAEMON_STOPPING") << "signal " << signalNumber << " received; stopping";
    m_notifier->notifyStopping();
    m_api.reset();
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
    log::configureLogging(m_config.get(key::LoggingTarget), m_config.get(key::LoggingLevel), /*daemonMode=*/true);
    // The core applies the symbol set and the warning limits; the API keeps its socket and token.
    // Every other change is named instead of silently ignored.
    for (const QString &name : m_runtime->applyConfig(m_config)) {
        if (name == key::LoggingTarget.qualifiedName() || name == key::LoggingLevel.qualifiedName())
            continue; // applied just above
        VLOG(Warning, "daemon", "RELOAD_NEEDS_RESTART") << name << " changed; it takes effect after a restart";
    }
    VLOG(Notice, "daemon", "RELOADED") << "configuration reloaded from "
                                       << (m_config.sourceFile().isEmpty() ? QStringLiteral("built-in defaults")
                                                                           : m_config.sourceFile());
    m_notifier->notifyReady(QStringLiteral("serving; configuration reloaded"));
}

} // namespace virtuoso
