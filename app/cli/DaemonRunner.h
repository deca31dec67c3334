#pragma once

#include "base/config/Config.h"

#include <QObject>

#include <memory>

namespace virtuoso {

class CoreRuntime;
class SystemdNotifier;
class UnixSignalWatcher;
namespace health {
class MetricsRegistry;
}
namespace api {
class MonitoringApi;
class MonitoredCore;
} // namespace api

// Headless mode: runs the core under systemd (or a terminal) with no display and no widgets.
// Needs a QCoreApplication; run() returns the process exit code.
class DaemonRunner : public QObject
{
    Q_OBJECT
public:
    DaemonRunner(Config::LoadOptions loadOptions, Config config, QObject *parent = nullptr);
    ~DaemonRunner() override;

    // --insecure-listen: serve the API on a non-loopback address without token and TLS.
    void setInsecureListenAllowed(bool allowed) { m_insecureListen = allowed; }
    // --confirm-live: the operator typed the confirmation a live venue needs.
    void setLiveTradingConfirmed(bool confirmed) { m_liveConfirmed = confirmed; }

    int run();

private:
    void shutdown(int signalNumber);
    void reload();
    int startApi();

    Config::LoadOptions m_loadOptions;
    Config m_config;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<api::MonitoredCore> m_monitoredCore;
    std::unique_ptr<api::MonitoringApi> m_api;
    bool m_insecureListen = false;
    bool m_liveConfirmed = false;
    SystemdNotifier *m_notifier = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
};

} // namespace virtuoso
