#pragma once

#include "base/Backoff.h"
#include "connector/WebSocketTransport.h"
#include "trading/PrivateMessages.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <string>

namespace virtuoso {
class Clock;
namespace exchange {
class RequestSigner;
}
} // namespace virtuoso

namespace virtuoso::trading {

struct PrivateStreamSettings
{
    QUrl url{QStringLiteral("wss://stream.bybit.com/v5/private")};
    QStringList topics{QStringLiteral("order"), QStringLiteral("execution"), QStringLiteral("position"),
                       QStringLiteral("wallet")};
    qint64 pingIntervalMs = 20'000;
    qint64 pongTimeoutMs = 10'000;
    qint64 connectTimeoutMs = 10'000;
    qint64 authTimeoutMs = 10'000; // for the auth answer, and then for the subscribe answer
    qint64 authExpiryMs = 10'000;  // the auth op's `expires`: the exchange's now plus this
    exchange::Backoff::Settings backoff{500, 30'000, 60'000};
    // A refused key does not become valid by asking again: at least this long between attempts,
    // plus a jittered delay that grows to authFailureBackoff.maxMs.
    qint64 authFailureMinDelayMs = 60'000;
    exchange::Backoff::Settings authFailureBackoff{60'000, 15 * 60'000, 0};
    std::string walletCoin = "USDT";
    quint64 seed = 0; // 0: random
};

enum class PrivateStreamState : std::uint8_t { Idle, Connecting, Authenticating, Subscribing, Live, Backoff, Stopped };
const char *privateStreamStateName(PrivateStreamState state);

class PrivateStreamListener
{
public:
    virtual ~PrivateStreamListener() = default;
    // A decoded topic frame (order, execution, position, wallet).
    virtual void onPrivateFrame(const PrivateFrame &frame) = 0;
    // Up: authenticated and every topic subscribed. Down: with the reason, once per "up".
    virtual void onPrivateStreamState(bool up, const std::string &reason) = 0;
};

// The private WebSocket of one account:
//   Connecting → Authenticating → Subscribing → Live → Backoff(n) → Connecting
// Auth is {"op":"auth","args":[key, expires, signature]} with expires = the exchange's time + 10 s
// signed by RequestSigner::signWebSocketAuth. Pings go every 20 s whatever the traffic; a pong late
// by more than pongTimeoutMs drops the socket. Every reconnect authenticates and subscribes again,
// after a jittered exponential backoff (base/Backoff); a refused key backs off long. Time comes
// only from the Clock; the owner calls poll() from a timer (a test after advancing a ManualClock).
class PrivateStream final : public exchange::WebSocketTransport::Listener
{
public:
    using ServerClock = std::function<qint64()>; // the exchange's epoch ms (clock offset applied)

    PrivateStream(PrivateStreamSettings settings, exchange::WebSocketTransport &transport,
                  std::shared_ptr<const exchange::RequestSigner> signer, InstrumentLookup lookup, const Clock &clock,
                  ServerClock serverNowMs, PrivateStreamListener *listener);
    ~PrivateStream() override;

    void start();
    void stop(const std::string &reason);
    void poll();

    PrivateStreamState state() const { return m_state; }
    bool isUp() const { return m_state == PrivateStreamState::Live; }
    const std::string &reason() const { return m_reason; }
    const std::string &lastError() const { return m_lastError; }
    bool authRefused() const { return m_authRefused; }
    qint64 retryAtMs() const { return m_retryAtMs; }
    int sessions() const { return m_sessions; }
    quint64 framesSkipped() const { return m_framesSkipped; }

    // WebSocketTransport::Listener
    void onTransportOpened() override;
    void onTransportClosed(const QString &reason) override;
    void onTransportText(const QByteArray &frame, qint64 receivedNs) override;

private:
    void transition(PrivateStreamState to, const std::string &reason);
    void enterConnecting(const std::string &reason);
    void failAndBackoff(const std::string &reason, bool authRefused = false);
    void sendAuth(qint64 now);
    void sendSubscribe(qint64 now);
    void sendPing(qint64 now);
    void handleControl(const PrivateFrame &frame, qint64 now);
    bool connected() const;

    PrivateStreamSettings m_settings;
    exchange::WebSocketTransport &m_transport;
    std::shared_ptr<const exchange::RequestSigner> m_signer;
    InstrumentLookup m_lookup;
    const Clock &m_clock;
    ServerClock m_serverNowMs;
    PrivateStreamListener *m_listener;
    exchange::Backoff m_backoff;
    exchange::Backoff m_authBackoff;

    PrivateStreamState m_state = PrivateStreamState::Idle;
    std::string m_reason;
    std::string m_lastError;
    bool m_authRefused = false;
    bool m_reportedUp = false;
    qint64 m_stepDeadlineMs = 0; // connect, auth or subscribe answer due
    qint64 m_retryAtMs = 0;
    qint64 m_nextPingMs = 0;
    qint64 m_pingSentMs = -1;
    quint64 m_reqCounter = 0;
    QByteArray m_subscribeReqId;
    int m_sessions = 0;
    quint64 m_framesSkipped = 0;
    PrivateFrame m_frame; // reused for every frame
};

} // namespace virtuoso::trading
