#include "connector/RequestSigner.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

namespace virtuoso::exchange {

RequestSigner::RequestSigner(std::string apiKey, std::string apiSecret)
    : m_apiKey(std::move(apiKey))
    , m_secret(apiSecret.begin(), apiSecret.end())
{
    wipeSecret(apiSecret);
}

RequestSigner::~RequestSigner()
{
    if (!m_secret.empty())
        OPENSSL_cleanse(m_secret.data(), m_secret.size());
}

std::string RequestSigner::signRest(qint64 timestampMs, qint64 recvWindowMs, std::string_view queryOrBody) const
{
    std::string payload;
    payload.reserve(48 + m_apiKey.size() + queryOrBody.size());
    payload += std::to_string(timestampMs);
    payload += m_apiKey;
    payload += std::to_string(recvWindowMs);
    payload += queryOrBody;
    return hmacSha256Hex(std::string_view(m_secret.data(), m_secret.size()), payload);
}

std::string RequestSigner::signWebSocketAuth(qint64 expiresMs) const
{
    const std::string payload = "GET/realtime" + std::to_string(expiresMs);
    return hmacSha256Hex(std::string_view(m_secret.data(), m_secret.size()), payload);
}

std::string RequestSigner::hmacSha256Hex(std::string_view key, std::string_view message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // HMAC() wants a non-null key pointer even for an empty key.
    static const unsigned char kEmpty = 0;
    const void *keyData = key.empty() ? static_cast<const void *>(&kEmpty) : static_cast<const void *>(key.data());
    if (!HMAC(EVP_sha256(), keyData, static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.data()), message.size(), digest, &length))
        return {};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(static_cast<std::size_t>(length) * 2, '0');
    for (unsigned int i = 0; i < length; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0x0f];
    }
    OPENSSL_cleanse(digest, sizeof digest);
    return hex;
}

void wipeSecret(std::string &secret)
{
    if (!secret.empty())
        OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

} // namespace virtuoso::exchange
