#include "model/health/ConnectionMetrics.h"

#include "model/health/MetricsRegistry.h"

namespace virtuoso::health {

namespace {

constexpr const char *LatencyQuantileSeconds = "virtuoso_handler_latency_percentile_seconds";
constexpr const char *ConnectionLive = "virtuoso_connection_live";
constexpr const char *PongRttSeconds = "virtuoso_pong_rtt_seconds";

} // namespace

ConnectionMetrics::ConnectionMetrics(MetricsRegistry &registry)
    : m_registry(registry)
{
    m_registry.describeGauge(
        LatencyQuantileSeconds,
        QStringLiteral("Handler latency percentiles (50, 99, 100 = max) since start, by connection."));
    m_registry.describeGauge(ConnectionLive, QStringLiteral("1 while the connection is live, else 0."));
    m_registry.describeGauge(PongRttSeconds, QStringLiteral("Round trip of the last application ping."));
}

void ConnectionMetrics::advance(const QByteArray &family, const QString &key, const QString &connId,
                                const QString &topic, quint64 value)
{
    auto it = m_counters.find(key);
    if (it == m_counters.end()) {
        Labels labels{{"conn", connId}};
        if (!topic.isEmpty())
            labels.push_back({"topic", topic});
        it = m_counters.emplace(key, Tracked{&m_registry.counter(family, labels), 0}).first;
    }
    Tracked &t = it->second;
    // A connection's counts only grow; when they start over (a new connection object), count on.
    t.counter->inc(value >= t.last ? value - t.last : value);
    t.last = value;
}

void ConnectionMetrics::update(const std::vector<ConnectionStatus> &statuses, const std::function<void()> &between)
{
    constexpr int kTopicsBetween = 64;
    int sinceBetween = 0;
    for (const ConnectionStatus &s : statuses) {
        for (const TopicStatus &t : s.topics) {
            advance(metric::WsMessagesTotal, QStringLiteral("m/%1/%2").arg(s.connId, t.topic), s.connId, t.topic,
                    t.messages);
            if (between && ++sinceBetween == kTopicsBetween) {
                sinceBetween = 0;
                between();
            }
        }
        advance(metric::WsBytesTotal, QStringLiteral("b/") + s.connId, s.connId, {}, s.bytesReceived);
        advance(metric::ReconnectsTotal, QStringLiteral("r/") + s.connId, s.connId, {},
                static_cast<quint64>(std::max(0, s.reconnects)));
        m_registry.gauge(ConnectionLive, {{"conn", s.connId}}).set(s.state == ConnectionState::Live ? 1 : 0);
        if (s.lastPongRttMs >= 0)
            m_registry.gauge(PongRttSeconds, {{"conn", s.connId}}).set(static_cast<double>(s.lastPongRttMs) / 1000.0);
        const std::pair<const char *, qint64> quantiles[] = {
            {"50", s.latency.p50Us}, {"99", s.latency.p99Us}, {"100", s.latency.maxUs}};
        for (const auto &[q, us] : quantiles)
            m_registry.gauge(LatencyQuantileSeconds, {{"conn", s.connId}, {"percentile", QLatin1String(q)}})
                .set(static_cast<double>(us) / 1e6);
    }
}

} // namespace virtuoso::health
