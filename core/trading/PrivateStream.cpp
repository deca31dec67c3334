#include "trading/PrivateStream.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/RequestSigner.h"

namespace virtuoso::trading {

const char *privateStreamStateName(PrivateStreamState state)
{
    switch (state) {
    case PrivateStreamState::Idle:
        return "idle";
    case PrivateStreamState::Connecting:
        return "connecting";
    case PrivateStreamState::Authenticating:
        return "authenticating";
    case PrivateStreamState::Subscribing:
        return "subscribing";
    case PrivateStreamState::Live:
        return "live";
    case PrivateStreamState::Backoff:
        return "backoff";
    case PrivateStreamState::Stopped:
        return "stopped";
    }
    return "idle";
}

PrivateStream::PrivateStream(PrivateStreamSettings settings, exchange::WebSocketTransport &transport,
                             std::shared_ptr<const exchange::RequestSigner> signer, InstrumentLookup lookup,
                             const Clock &clock, ServerClock serverNowMs, PrivateStreamListener *listener)
    : m_settings(std::move(settings))
    , m_transport(transport)
    , m_signer(std::move(signer))
    , m_lookup(std::move(lookup))
    , m_clock(clock)
    , m_serverNowMs(std::move(serverNowMs))
    , m_listener(listener)
    , m_backoff(m_settings.backoff, m_settings.seed ? m_settings.seed : std::random_device{}())
    , m_authBackoff(m_settings.authFailureBackoff, m_settings.seed ? m_settings.seed + 1 : std::random_device{}())
{
    m_transport.setListener(this);
}

PrivateStream::~PrivateStream()
{
    m_transport.setListener(nullptr);
}

bool PrivateStream::connected() const
{
    return m_state == PrivateStreamState::Authenticating || m_state == PrivateStreamState::Subscribing ||
           m_state == PrivateStreamState::Live;
}

void PrivateStream::transition(PrivateStreamState to, const std::string &reason)
{
    const PrivateStreamState from = m_state;
    m_state = to;
    m_reason = reason;
    const QString text = QStringLiteral("private stream: %1 -> %2: %3")
                             .arg(QLatin1String(privateStreamStateName(from)),
                                  QLatin1String(privateStreamStateName(to)), QString::fromStdString(reason));
    if (to == PrivateStreamState::Backoff) {
        VLOG(Warning, "trading", "PRIVATE_STREAM_STATE") << text;
    } else {
        VLOG(Info, "trading", "PRIVATE_STREAM_STATE") << text;
    }
    const bool up = to == PrivateStreamState::Live;
    if (up && !m_reportedUp) {
        m_reportedUp = true;
        if (m_listener)
            m_listener->onPrivateStreamState(true, reason);
    } else if (!up && m_reportedUp) {
        m_reportedUp = false;
        if (m_listener)
            m_listener->onPrivateStreamState(false, reason);
    }
}

void PrivateStream::start()
{
    if (m_state != PrivateStreamState::Idle && m_state != PrivateStreamState::Stopped)
        return;
    if (!m_signer || !m_signer->hasCredentials()) {
        m_lastError = "no API key and secret configured";
        transition(PrivateStreamState::Stopped, m_lastError);
        return;
    }
    enterConnecting("start");
}

void PrivateStream::stop(const std::string &reason)
{
    if (m_state == PrivateStreamState::Stopped)
        return;
    m_transport.abort();
    m_pingSentMs = -1;
    transition(PrivateStreamState::Stopped, reason);
}

void PrivateStream::enterConnecting(const std::string &reason)
{
    transition(PrivateStreamState::Connecting, reason);
    m_stepDeadlineMs = m_clock.monotonicMs() + m_settings.connectTimeoutMs;
    m_transport.open(m_settings.url);
}

void PrivateStream::failAndBackoff(const std::string &reason, bool authRefused)
{
    const qint64 now = m_clock.monotonicMs();
    m_transport.abort();
    m_pingSentMs = -1;
    m_lastError = reason;
    m_authRefused = authRefused;
    qint64 delay = 0;
    if (authRefused) {
        delay = m_settings.authFailureMinDelayMs + m_authBackoff.nextDelayMs(now);
    } else {
        m_backoff.markDisconnected();
        delay = m_backoff.nextDelayMs(now);
    }
    m_retryAtMs = now + delay;
    transition(PrivateStreamState::Backoff, reason + "; retry in " + std::to_string(delay) + " ms");
}

void PrivateStream::poll()
{
    const qint64 now = m_clock.monotonicMs();
    switch (m_state) {
    case PrivateStreamState::Idle:
    case PrivateStreamState::Stopped:
        return;
    case PrivateStreamState::Backoff:
        if (now >= m_retryAtMs)
            enterConnecting(m_authRefused ? "retry after a refused key"
                                          : "retry " + std::to_string(m_backoff.attempt()));
        return;
    case PrivateStreamState::Connecting:
        if (now >= m_stepDeadlineMs)
            failAndBackoff("connect timeout after " + std::to_string(m_settings.connectTimeoutMs) + " ms");
        return;
    case PrivateStreamState::Authenticating:
        if (now >= m_stepDeadlineMs) {
            failAndBackoff("no answer to auth within " + std::to_string(m_settings.authTimeoutMs) + " ms");
            return;
        }
        break;
    case PrivateStreamState::Subscribing:
        if (now >= m_stepDeadlineMs) {
            failAndBackoff("no answer to subscribe within " + std::to_string(m_settings.authTimeoutMs) + " ms");
            return;
        }
        break;
    case PrivateStreamState::Live:
        break;
    }
    if (m_pingSentMs >= 0 && now - m_pingSentMs >= m_settings.pongTimeoutMs) {
        failAndBackoff("no pong within " + std::to_string(m_settings.pongTimeoutMs) + " ms");
        return;
    }
    if (m_pingSentMs < 0 && now >= m_nextPingMs)
        sendPing(now);
}

void PrivateStream::onTransportOpened()
{
    if (m_state != PrivateStreamState::Connecting)
        return;
    const qint64 now = m_clock.monotonicMs();
    ++m_sessions;
    m_pingSentMs = -1;
    m_nextPingMs = now + m_settings.pingIntervalMs;
    transition(PrivateStreamState::Authenticating, "connected; authenticating");
    sendAuth(now);
}

void PrivateStream::onTransportClosed(const QString &reason)
{
    if (m_state == PrivateStreamState::Connecting)
        failAndBackoff("connect failed: " + reason.toStdString());
    else if (connected())
        failAndBackoff("connection lost: " + reason.toStdString());
}

void PrivateStream::sendAuth(qint64 now)
{
    const qint64 expires = m_serverNowMs() + m_settings.authExpiryMs;
    const std::string signature = m_signer->signWebSocketAuth(expires);
    QByteArray auth = QByteArrayLiteral("{\"req_id\":\"auth-") + QByteArray::number(m_sessions) +
                      QByteArrayLiteral("\",\"op\":\"auth\",\"args\":[\"") +
                      QByteArray::fromStdString(m_signer->apiKey()) + "\"," + QByteArray::number(expires) + ",\"" +
                      QByteArray::fromStdString(signature) + "\"]}";
    m_transport.sendText(auth);
    m_stepDeadlineMs = now + m_settings.authTimeoutMs;
}

void PrivateStream::sendSubscribe(qint64 now)
{
    m_subscribeReqId = "sub-" + QByteArray::number(m_sessions) + '-' + QByteArray::number(++m_reqCounter);
    QByteArray message = QByteArrayLiteral("{\"req_id\":\"") + m_subscribeReqId + "\",\"op\":\"subscribe\",\"args\":[";
    for (qsizetype i = 0; i < m_settings.topics.size(); ++i) {
        if (i)
            message += ',';
        message += '"' + m_settings.topics[i].toUtf8() + '"';
    }
    message += "]}";
    m_transport.sendText(message);
    m_stepDeadlineMs = now + m_settings.authTimeoutMs;
    transition(PrivateStreamState::Subscribing,
               "authenticated; subscribing " + m_settings.topics.join(QLatin1String(", ")).toStdString());
}

void PrivateStream::sendPing(qint64 now)
{
    m_transport.sendText(QByteArrayLiteral("{\"req_id\":\"ping-") + QByteArray::number(++m_reqCounter) +
                         QByteArrayLiteral("\",\"op\":\"ping\"}"));
    m_pingSentMs = now;
    m_nextPingMs = now + m_settings.pingIntervalMs;
}

void PrivateStream::onTransportText(const QByteArray &frame, qint64)
{
    if (!connected())
        return;
    const qint64 now = m_clock.monotonicMs();
    ParseIssues issues;
    if (!decodePrivateFrame(std::string_view(frame.constData(), static_cast<std::size_t>(frame.size())), m_lookup,
                            m_settings.walletCoin, m_frame, issues)) {
        ++m_framesSkipped;
        VLOG(Warning, "trading", "PRIVATE_FRAME_UNREADABLE") << QString::fromStdString(issues.error);
        return;
    }
    for (const std::string &skipped : issues.skipped) {
        VLOG(Warning, "trading", "PRIVATE_FRAME_ENTRY_SKIPPED") << QString::fromStdString(skipped);
    }
    if (m_frame.topic == PrivateTopic::None) {
        handleControl(m_frame, now);
        return;
    }
    if (m_state != PrivateStreamState::Authenticating && m_listener)
        m_listener->onPrivateFrame(m_frame);
}

void PrivateStream::handleControl(const PrivateFrame &frame, qint64 now)
{
    if (frame.op == "pong" || (frame.op == "ping" && frame.message == "pong")) {
        m_pingSentMs = -1;
        return;
    }
    if (frame.op == "auth") {
        if (m_state != PrivateStreamState::Authenticating)
            return;
        if (!frame.success) {
            const std::string why = "authentication refused by the exchange: " +
                                    (frame.message.empty() ? std::string("no reason given") : frame.message) +
                                    " (check the API key, its secret and its permissions)";
            VLOG(Error, "trading", "PRIVATE_AUTH_REFUSED") << QString::fromStdString(why);
            failAndBackoff(why, true);
            return;
        }
        m_authBackoff.reset();
        m_authRefused = false;
        sendSubscribe(now);
        return;
    }
    if (frame.op == "subscribe") {
        if (m_state != PrivateStreamState::Subscribing)
            return;
        if (!frame.reqId.empty() && frame.reqId != m_subscribeReqId.toStdString())
            return;
        if (!frame.success) {
            failAndBackoff("subscription refused: " + frame.message);
            return;
        }
        m_backoff.markConnected(now);
        transition(PrivateStreamState::Live, "subscribed " + m_settings.topics.join(QLatin1String(", ")).toStdString());
    }
}

} // namespace virtuoso::trading
