#pragma once

#include "model/health/ConnectionStatus.h"

#include <QObject>
#include <QUrl>

namespace virtuoso {
class Clock;
namespace health {
class TimeoutJournal;
}
} // namespace virtuoso

namespace virtuoso::exchange {

// Times each stage of the path to the REST and WebSocket hosts (DNS, TCP connect, TLS handshake
// when the scheme is secure, HTTP) and the clock skew against /v5/market/time. It blocks, so it
// lives on its own thread; it is diagnostics only and never gates a reconnect (docs/connector.md).
class ConnectivityProbe final : public QObject
{
    Q_OBJECT
public:
    ConnectivityProbe(QUrl restUrl, QUrl wsUrl, health::TimeoutJournal &journal, const Clock &clock,
                      int stageTimeoutMs = 5000, QObject *parent = nullptr);

    // Runs every stage for both hosts; failures become PROBE_FAILED entries naming the stage.
    health::ProbeResult run(const QString &trigger);

signals:
    void finished(const virtuoso::health::ProbeResult &result);

private:
    health::ProbeTarget probe(const QUrl &url, bool websocket, health::ProbeResult &result);

    QUrl m_restUrl;
    QUrl m_wsUrl;
    health::TimeoutJournal &m_journal;
    const Clock &m_clock;
    int m_timeoutMs;
};

} // namespace virtuoso::exchange
