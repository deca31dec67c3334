#pragma once

#include "model/health/ConnectionStatus.h"

#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace virtuoso::health {

class Counter;
class Gauge;
class MetricsRegistry;

// Turns the connection board into Prometheus series: messages by connection and topic, bytes and
// reconnects by connection (counters advanced by the difference since the last reading, so the
// network thread counts with plain integers), and handler latency percentiles by connection.
// Call update() periodically from one thread (the runtime does it once a second).
class ConnectionMetrics
{
public:
    explicit ConnectionMetrics(MetricsRegistry &registry);

    // `between` (if set) runs after every few topics: a reading covers hundreds of topics, and the
    // engine thread applies the messages that arrived meanwhile there.
    void update(const std::vector<ConnectionStatus> &statuses, const std::function<void()> &between = {});

private:
    struct Tracked
    {
        Counter *counter = nullptr;
        quint64 last = 0;
    };
    void advance(const QByteArray &family, const QString &key, const QString &connId, const QString &topic,
                 quint64 value);

    MetricsRegistry &m_registry;
    std::map<QString, Tracked> m_counters;
};

} // namespace virtuoso::health
