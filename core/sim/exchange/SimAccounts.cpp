#include "sim/exchange/SimAccounts.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace virtuoso::sim {

namespace {

QByteArray randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet[QRandomGenerator::system()->bounded(62)];
    return out;
}

} // namespace

std::optional<SimAccount> parseAccountSpec(const QString &spec, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SimAccount> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return fail(QStringLiteral("--account takes KEY:SECRET or KEY:SECRET:USDT"));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_\\-]{1,64}$"));
    if (!allowed.match(parts.at(0)).hasMatch())
        return fail(QStringLiteral("--account: the key must be 1-64 characters of A-Z a-z 0-9 _ -"));
    if (!allowed.match(parts.at(1)).hasMatch())
        return fail(QStringLiteral("--account: the secret must be 1-64 characters of A-Z a-z 0-9 _ -"));
    SimAccount account;
    account.key = parts.at(0);
    account.secret = parts.at(1).toUtf8();
    if (parts.size() == 3) {
        bool ok = false;
        account.walletUsdt = parts.at(2).toDouble(&ok);
        if (!ok || account.walletUsdt < 0 || account.walletUsdt > 1e12)
            return fail(QStringLiteral("--account: USDT must be a number from 0 to 1e12"));
    }
    return account;
}

SimAccount generateAccount(double walletUsdt)
{
    SimAccount account;
    account.key = QString::fromLatin1(randomText(18));
    account.secret = randomText(36);
    account.walletUsdt = walletUsdt;
    return account;
}

bool writeSecretFile(const QString &path, const QByteArray &secret, QString *error)
{
    QFile::remove(path);
    QFile file(path);
    // Created with owner-only permissions before anything is written into it.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || file.write(secret + '\n') < 0) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()), digest,
              &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

bool sameSignature(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace virtuoso::sim
