#pragma once

#include "config/Config.h"
#include "runtime/SnapshotPublisher.h"
#include "runtime/WorkerThread.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>

namespace virtuoso {

class Clock;

// The core of the program as DESIGN §4 lays it out: a network thread for the exchange sockets,
// an engine thread for market state and analysis, and the caller's (main) thread for consumers.
// The GUI and the daemon both own one CoreRuntime; tests create their own with a ManualClock.
class CoreRuntime : public QObject
{
    Q_OBJECT
public:
    explicit CoreRuntime(Config config, const Clock &clock, QObject *parent = nullptr);
    ~CoreRuntime() override;

    // Starts the threads and their workers. Returns false with a user-facing reason on failure.
    bool start(QString *error);
    // Stops workers and joins the threads; safe to call twice.
    void stop();

    // True when every owned event loop answered a heartbeat within `maxLagMs`. Measured, not assumed.
    bool isResponsive(qint64 maxLagMs = 2000) const;
    // Milliseconds since the slowest thread last answered a heartbeat.
    qint64 worstHeartbeatAgeMs() const;

    const Config &config() const { return m_config; }
    QString dataSourceDescription() const;

    QThread *networkThread() { return m_network.thread(); }
    QThread *engineThread() { return m_engine.thread(); }

signals:
    void snapshotPublished(virtuoso::CoreSnapshotPtr snapshot);

private:
    void sendHeartbeats();

    Config m_config;
    const Clock &m_clock;
    WorkerThread m_network{QStringLiteral("virtuoso-network")};
    WorkerThread m_engine{QStringLiteral("virtuoso-engine")};
    SnapshotPublisher *m_publisher = nullptr;
    QObject *m_networkAnchor = nullptr;
    QTimer m_heartbeatTimer;
    // monotonic ms of the last answered heartbeat: [main, network, engine]
    std::array<std::atomic<qint64>, 3> m_lastBeat{};
    bool m_started = false;
};

} // namespace virtuoso
