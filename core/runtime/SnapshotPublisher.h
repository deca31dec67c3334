#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace virtuoso {

class Clock;

// What consumers (GUI, API) receive at a fixed rate: an immutable picture of the core.
// Later modules add their parts (connections, signals, warnings) as members.
struct CoreSnapshot
{
    quint64 revision = 0;
    qint64 epochMs = 0;
    QString dataSource; // "embedded simulator", "bybit: wss://..."
};
using CoreSnapshotPtr = std::shared_ptr<const CoreSnapshot>;

// Lives on the engine thread. Consumers never see per-message signals: they get one snapshot
// per tick (confluence.publish_hz), delivered through queued connections.
class SnapshotPublisher : public QObject
{
    Q_OBJECT
public:
    SnapshotPublisher(const Clock &clock, int publishHz, QString dataSource);

    // Starts the publishing timer; call on the engine thread (e.g. via a queued invoke).
    void start();
    void stop();

    quint64 revision() const { return m_revision; }

signals:
    void published(virtuoso::CoreSnapshotPtr snapshot);

private:
    void publish();

    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    int m_intervalMs;
    QString m_dataSource;
    quint64 m_revision = 0;
};

} // namespace virtuoso

Q_DECLARE_METATYPE(virtuoso::CoreSnapshotPtr)
