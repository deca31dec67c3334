#pragma once
// Helpers of the hostile-clients bench: blocking one-shot requests to the daemon, its own figures.
#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>

namespace hostile {

// Runs the event loop for `ms` (the daemon's log and the attackers keep being served).
void pause(int ms);

struct Answer
{
    int status = 0; // 0: no answer
    QByteArray body;
};
// One request on a connection of its own from 127.0.0.1, with the token when given.
Answer request(quint16 port, const QByteArray &token, const QByteArray &path, int timeoutMs = 3000);
bool isReady(quint16 port, const QByteArray &token);

// The i-th attacker address: 127.1.x.y (loopback, another client for the daemon's limits).
QHostAddress attackerAddress(int i);

// What the daemon says about itself: /metrics and /api/v1/connections.
struct DaemonFigures
{
    bool answered = false;
    double httpConnections = 0;
    double streamSubscribers = 0;
    double refused = 0;              // virtuoso_api_connections_refused_total
    double shed = 0;                 // virtuoso_api_connections_shed_total
    double connectsLimited = 0;      // virtuoso_api_connects_rate_limited_total
    double rateLimited = 0;          // virtuoso_api_rate_limited_total
    double evicted = 0;              // virtuoso_api_connections_evicted_total
    double streamDropped = 0;        // virtuoso_api_stream_dropped_total
    QMap<QString, double> responses; // virtuoso_api_responses_total by code
    qint64 handlerP99Us = -1;        // worst connection, recent window
    qint64 handlerMaxUs = -1;
    // The figures, with counters as the change since `before`.
    QString describe(const DaemonFigures &before) const;
};
DaemonFigures daemonFigures(quint16 port, const QByteArray &token);

double percentile(std::vector<double> values, double p);

} // namespace hostile
