#include "model/snapshot/SnapshotPublisher.h"

#include "base/Clock.h"

namespace virtuoso {

SnapshotPublisher::SnapshotPublisher(const Clock &clock, int publishHz, QString dataSource)
    : m_clock(clock)
    , m_intervalMs(1000 / std::max(1, publishHz))
    , m_dataSource(std::move(dataSource))
{
    qRegisterMetaType<CoreSnapshotPtr>();
}

void SnapshotPublisher::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SnapshotPublisher::publish);
    }
    m_timer->start(m_intervalMs);
    publish();
}

void SnapshotPublisher::stop()
{
    if (m_timer)
        m_timer->stop();
}

void SnapshotPublisher::publish()
{
    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->revision = ++m_revision;
    snapshot->epochMs = m_clock.epochMs();
    snapshot->dataSource = m_dataSource;
    if (m_contributor)
        m_contributor(*snapshot);
    emit published(std::move(snapshot));
}

} // namespace virtuoso
