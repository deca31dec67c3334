#pragma once

#include "config/Config.h"

#include <QObject>

#include <memory>

namespace virtuoso {

class CoreRuntime;
class SystemdNotifier;
class UnixSignalWatcher;

// Headless mode: runs the core under systemd (or a terminal) with no display and no widgets.
// Needs a QCoreApplication; run() returns the process exit code.
class DaemonRunner : public QObject
{
    Q_OBJECT
public:
    DaemonRunner(Config::LoadOptions loadOptions, Config config, QObject *parent = nullptr);
    ~DaemonRunner() override;

    int run();

private:
    void shutdown(int signalNumber);
    void reload();

    Config::LoadOptions m_loadOptions;
    Config m_config;
    std::unique_ptr<CoreRuntime> m_runtime;
    SystemdNotifier *m_notifier = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
};

} // namespace virtuoso
