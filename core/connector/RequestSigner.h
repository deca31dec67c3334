#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace virtuoso::exchange {

// Bybit v5 request signing: hex(HMAC_SHA256(secret, payload)).
//   REST:    payload = timestamp + api_key + recv_window + (query string for GET | body for POST)
//            headers X-BAPI-API-KEY, X-BAPI-TIMESTAMP, X-BAPI-RECV-WINDOW, X-BAPI-SIGN
//   WS auth: payload = "GET/realtime" + expires; {"op":"auth","args":[api_key, expires, signature]}
// The secret is held in memory wiped on destruction and never appears in logs or error texts.
class RequestSigner
{
public:
    RequestSigner(std::string apiKey, std::string apiSecret);
    ~RequestSigner();
    RequestSigner(const RequestSigner &) = delete;
    RequestSigner &operator=(const RequestSigner &) = delete;

    const std::string &apiKey() const { return m_apiKey; }
    bool hasCredentials() const { return !m_apiKey.empty() && !m_secret.empty(); }

    // Signature for a REST request (64 lower-case hex characters).
    std::string signRest(qint64 timestampMs, qint64 recvWindowMs, std::string_view queryOrBody) const;
    // Signature for the WebSocket auth op with the given expiry (epoch ms).
    std::string signWebSocketAuth(qint64 expiresMs) const;

    // hex(HMAC_SHA256(key, message)); empty on an OpenSSL failure.
    static std::string hmacSha256Hex(std::string_view key, std::string_view message);

private:
    std::string m_apiKey;
    std::vector<char> m_secret;
};

// Overwrites a buffer that held a secret so it does not linger in freed memory.
void wipeSecret(std::string &secret);
void wipeSecret(QByteArray &secret);

} // namespace virtuoso::exchange
