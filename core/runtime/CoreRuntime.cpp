#include "runtime/CoreRuntime.h"

#include "logging/Log.h"
#include "runtime/Clock.h"

#include <QMetaObject>

namespace virtuoso {

CoreRuntime::CoreRuntime(Config config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_heartbeatTimer.setInterval(250);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &CoreRuntime::sendHeartbeats);
}

CoreRuntime::~CoreRuntime()
{
    stop();
}

QString CoreRuntime::dataSourceDescription() const
{
    if (m_config.string(QStringLiteral("exchange.source")) == u"sim")
        return QStringLiteral("embedded simulator");
    QString url = m_config.string(QStringLiteral("exchange.ws_public_url"));
    if (url.isEmpty())
        url = QStringLiteral("wss://stream.bybit.com/v5/public/linear");
    return QStringLiteral("bybit: %1").arg(url);
}

bool CoreRuntime::start(QString *error)
{
    Q_UNUSED(error);
    if (m_started)
        return true;

    // The anchor is the network thread's first resident; the exchange connections join it.
    m_networkAnchor = m_network.create<QObject>();
    m_publisher = m_engine.create<SnapshotPublisher>(
        m_clock, static_cast<int>(m_config.integer(QStringLiteral("confluence.publish_hz"))),
        dataSourceDescription());
    connect(m_publisher, &SnapshotPublisher::published, this, &CoreRuntime::snapshotPublished, Qt::QueuedConnection);

    m_network.start();
    m_engine.start();
    QMetaObject::invokeMethod(m_publisher, &SnapshotPublisher::start, Qt::QueuedConnection);

    const qint64 now = m_clock.monotonicMs();
    for (auto &beat : m_lastBeat)
        beat.store(now);
    m_heartbeatTimer.start();
    m_started = true;
    VLOG(Info, "runtime", "CORE_STARTED") << "core started; data source: " << dataSourceDescription();
    return true;
}

void CoreRuntime::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_heartbeatTimer.stop();
    if (m_publisher)
        QMetaObject::invokeMethod(m_publisher, &SnapshotPublisher::stop, Qt::BlockingQueuedConnection);
    m_network.stop();
    m_engine.stop();
    m_publisher = nullptr;
    m_networkAnchor = nullptr;
    VLOG(Info, "runtime", "CORE_STOPPED") << "core stopped";
}

void CoreRuntime::sendHeartbeats()
{
    m_lastBeat[0].store(m_clock.monotonicMs());
    const auto beat = [this](int slot) { m_lastBeat[slot].store(m_clock.monotonicMs()); };
    if (m_networkAnchor)
        QMetaObject::invokeMethod(m_networkAnchor, [beat] { beat(1); }, Qt::QueuedConnection);
    if (m_publisher)
        QMetaObject::invokeMethod(m_publisher, [beat] { beat(2); }, Qt::QueuedConnection);
}

qint64 CoreRuntime::worstHeartbeatAgeMs() const
{
    const qint64 now = m_clock.monotonicMs();
    qint64 worst = 0;
    for (const auto &beat : m_lastBeat)
        worst = std::max(worst, now - beat.load());
    return worst;
}

bool CoreRuntime::isResponsive(qint64 maxLagMs) const
{
    return m_started && worstHeartbeatAgeMs() <= maxLagMs;
}

} // namespace virtuoso
