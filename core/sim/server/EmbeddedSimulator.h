#pragma once

#include "sim/server/SimulatorOptions.h"

#include <QString>

#include <memory>

namespace virtuoso {
class WorkerThread;
}

namespace virtuoso::sim {

class SimulatorService;

// The Bybit v5 simulator on its own thread, for use inside the program (the default data source)
// and by tests. start() returns once it listens; the URLs then point at it.
class EmbeddedSimulator
{
public:
    explicit EmbeddedSimulator(SimulatorOptions options = {});
    ~EmbeddedSimulator();
    EmbeddedSimulator(const EmbeddedSimulator &) = delete;
    EmbeddedSimulator &operator=(const EmbeddedSimulator &) = delete;

    // Listens on options.host:options.port (127.0.0.1:0 by default); false with `error` on failure.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_port != 0; }

    quint16 port() const { return m_port; }
    // The symbols it was started with (empty: the default instruments).
    const QStringList &symbols() const { return m_options.symbols; }
    QString restUrl() const;      // http://127.0.0.1:<port>
    QString wsPublicUrl() const;  // ws://127.0.0.1:<port>/v5/public/linear
    QString wsPrivateUrl() const; // ws://127.0.0.1:<port>/v5/private
    QString controlUrl() const;   // http://127.0.0.1:<port>/sim/v1
    // The exchange's accounts: those of the options, or the one generated when the options had none
    // (its secret stays in memory; the program wires its trading to it).
    const std::vector<SimAccount> &accounts() const { return m_options.accounts; }
    bool generatedAccount() const { return m_generatedAccount; }
    // What the control API wants in Authorization ("Bearer <token>"); empty when it needs none.
    QByteArray controlAuthorization() const;

private:
    QString hostForUrls() const;

    SimulatorOptions m_options;
    std::unique_ptr<WorkerThread> m_thread;
    SimulatorService *m_service = nullptr; // lives on m_thread
    quint16 m_port = 0;
    bool m_generatedAccount = false;
};

} // namespace virtuoso::sim
