#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace virtuoso::sim {

// One trading account of the simulated exchange: its API key and secret (as Bybit issues them) and
// the USDT it starts with. The secret never appears in logs or on stdout.
struct SimAccount
{
    QString key;
    QByteArray secret;
    double walletUsdt = 100'000;
};

constexpr double kDefaultAccountUsdt = 100'000;

// "KEY:SECRET[:USDT]" as given to --account; nothing with `error` set when malformed.
std::optional<SimAccount> parseAccountSpec(const QString &spec, QString *error);
// A fresh account with a random key (18 characters, like Bybit's) and secret (36 characters).
SimAccount generateAccount(double walletUsdt = kDefaultAccountUsdt);
// Writes `secret` to `path` readable by its owner only (0600); false with `error` on failure.
bool writeSecretFile(const QString &path, const QByteArray &secret, QString *error);

// hex(HMAC-SHA256(key, message)), lower case: Bybit's request and stream-auth signature.
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
// Constant-time comparison of two signatures.
bool sameSignature(const QByteArray &a, const QByteArray &b);

} // namespace virtuoso::sim
