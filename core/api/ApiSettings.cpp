#include "api/ApiSettings.h"

#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

#include <sys/stat.h>

namespace virtuoso::api {

namespace {

using Failure = ApiSettings::Result::Failure;

ApiSettings::Result fail(Failure failure, const QString &error)
{
    ApiSettings::Result r;
    r.failure = failure;
    r.error = error;
    return r;
}

std::optional<QByteArray> readPem(const QString &key, const QString &path, bool secret, QString *error,
                                  Failure *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2: %3").arg(key, path, file.errorString());
        *failure = Failure::Unavailable;
        return std::nullopt;
    }
    if (secret) {
        struct stat st
        {
        };
        if (::fstat(file.handle(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            *error = QStringLiteral("%1 %2: the private key is readable by others; run: chmod 600 %2").arg(key, path);
            *failure = Failure::Invalid;
            return std::nullopt;
        }
    }
    return file.read(1024 * 1024);
}

// Whether the private key is the one the certificate was issued for. Qt accepts a mismatched pair
// and every handshake then fails; OpenSSL can tell at start-up.
bool keyMatchesCertificate(const QSslCertificate &certificate, const QByteArray &keyPem)
{
    const QByteArray der = certificate.toDer();
    const auto *derData = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &derData, der.size()), &X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())),
                                                  &BIO_free);
    if (!x509 || !bio)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return key && X509_check_private_key(x509.get(), key.get()) == 1;
}

} // namespace

bool ApiSettings::parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("api.listen '%1': expected host:port, e.g. 127.0.0.1:8787").arg(text);
        return false;
    }
    QString host = text.left(colon);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535) {
        *error = QStringLiteral("api.listen '%1': the port must be 0 to 65535").arg(text);
        return false;
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed;
    if (host == u"localhost")
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (host == u"*")
        parsed = QHostAddress(QHostAddress::Any);
    else if (!parsed.setAddress(host)) {
        *error = QStringLiteral("api.listen '%1': the host must be an IP address, 'localhost' or '*'").arg(text);
        return false;
    }
    *address = parsed;
    *port = static_cast<quint16>(p);
    return true;
}

ApiSettings::Result ApiSettings::fromConfig(const Config &config, bool allowInsecureListen)
{
    ApiSettings s;
    const QString enabled = config.get(key::ApiEnabled);
    s.enabled = enabled == u"on" ? Enabled::On : enabled == u"off" ? Enabled::Off : Enabled::Auto;
    s.rateLimitPerSecond = static_cast<int>(config.get(key::ApiRateLimitPerS));
    s.server.limits.maxRequestBytes = config.get(key::ApiMaxRequestBytes);
    s.server.maxConnections = static_cast<int>(config.get(key::ApiMaxConnections));
    s.server.maxConnectionsPerClient = static_cast<int>(config.get(key::ApiMaxConnectionsPerClient));
    s.server.idleTimeoutMs = static_cast<int>(config.get(key::ApiRequestTimeoutS) * 1000);
    s.maxStreamSubscribers = static_cast<int>(config.get(key::ApiMaxStreamSubscribers));
    s.streamStallTimeoutMs = config.get(key::ApiStreamStallTimeoutS) * 1000;

    QString error;
    const QString listen = config.get(key::ApiListen);
    if (!parseListen(listen, &s.server.address, &s.server.port, &error))
        return fail(Failure::Invalid, error);

    const QString tokenFile = config.get(key::ApiTokenFile);
    if (!tokenFile.isEmpty()) {
        BearerToken::LoadResult loaded = BearerToken::load(tokenFile);
        if (!loaded.token) {
            // A missing file may appear (provisioning); a file with the wrong mode needs the operator.
            const bool missing = !QFile::exists(tokenFile);
            return fail(missing ? Failure::Unavailable : Failure::Invalid, loaded.error);
        }
        s.token = std::move(loaded.token);
    }
    const QString tradingTokenFile = config.get(key::TradingTokenFile);
    if (!tradingTokenFile.isEmpty()) {
        BearerToken::LoadResult loaded = BearerToken::load(tradingTokenFile);
        if (!loaded.token) {
            const bool missing = !QFile::exists(tradingTokenFile);
            return fail(missing ? Failure::Unavailable : Failure::Invalid, loaded.error);
        }
        if (s.token && s.token->sameAs(*loaded.token))
            return fail(Failure::Invalid, QStringLiteral("trading.token_file holds the same token as api.token_file; "
                                                         "the monitoring token must not trade: use another token"));
        s.tradingToken = std::move(loaded.token);
    }

    const QString certPath = config.get(key::ApiTlsCert);
    const QString keyPath = config.get(key::ApiTlsKey);
    if (!certPath.isEmpty() && !keyPath.isEmpty()) {
        Failure failure = Failure::None;
        const auto certPem = readPem(key::ApiTlsCert.qualifiedName(), certPath, false, &error, &failure);
        if (!certPem)
            return fail(failure, error);
        const auto keyPem = readPem(key::ApiTlsKey.qualifiedName(), keyPath, true, &error, &failure);
        if (!keyPem)
            return fail(failure, error);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
        if (chain.isEmpty())
            return fail(Failure::Invalid, QStringLiteral("api.tls_cert %1: no PEM certificate in it").arg(certPath));
        QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(
                Failure::Invalid,
                QStringLiteral("api.tls_key %1: no unencrypted RSA or EC private key in PEM form").arg(keyPath));
        if (!keyMatchesCertificate(chain.first(), *keyPem))
            return fail(Failure::Invalid,
                        QStringLiteral("api.tls_key %1 does not belong to the certificate in api.tls_cert %2 (its "
                                       "public key differs); every TLS handshake would fail")
                            .arg(keyPath, certPath));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(chain.first());
        if (chain.size() > 1)
            tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with the bearer token
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        s.server.tls = tls;
    }

    const bool loopback = s.server.address.isLoopback();
    if (!loopback && !(s.token && s.server.tls) && !allowInsecureListen) {
        return fail(Failure::Invalid,
                    QStringLiteral("api.listen %1 is reachable from other machines, but %2 set; set api.token_file "
                                   "and api.tls_cert/api.tls_key, listen on 127.0.0.1, or start with "
                                   "--insecure-listen if a trusted network makes this safe")
                        .arg(listen, !s.token && !s.server.tls ? QStringLiteral("neither a token nor TLS is")
                                     : !s.token                ? QStringLiteral("no token is")
                                                               : QStringLiteral("TLS is not")));
    }

    Result r;
    r.settings = std::move(s);
    return r;
}

} // namespace virtuoso::api
