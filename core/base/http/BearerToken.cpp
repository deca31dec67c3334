#include "base/http/BearerToken.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <openssl/crypto.h>
#include <sys/stat.h>

namespace virtuoso::api {

BearerToken::LoadResult BearerToken::load(const QString &path)
{
    LoadResult r;
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        r.error =
            QStringLiteral("api.token_file %1: cannot read it (%2)").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("api.token_file %1: not a regular file").arg(path);
        return r;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        r.error = QStringLiteral("api.token_file %1: readable by others (mode %2); run: chmod 600 %1")
                      .arg(path)
                      .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("api.token_file %1: %2").arg(path, file.errorString());
        return r;
    }
    QByteArray value = file.read(4096);
    const qsizetype newline = value.indexOf('\n');
    if (newline >= 0)
        value.truncate(newline);
    value = value.trimmed();
    if (value.size() < 16) {
        r.error = QStringLiteral("api.token_file %1: the token must be at least 16 characters "
                                 "(e.g. openssl rand -hex 32 > %1)")
                      .arg(path);
        return r;
    }
    for (char c : value) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            r.error = QStringLiteral("api.token_file %1: the token must be printable ASCII without spaces").arg(path);
            return r;
        }
    }
    r.token = BearerToken(std::move(value));
    return r;
}

bool BearerToken::accepts(const QByteArray &authorizationHeader) const
{
    static constexpr QByteArrayView scheme("Bearer ");
    if (authorizationHeader.size() <= scheme.size() ||
        QByteArrayView(authorizationHeader).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray presented = authorizationHeader.mid(scheme.size()).trimmed();
    // Compare over the stored token's length whatever the presented length, so timing reveals
    // neither the prefix that matched nor the token's length.
    QByteArray padded = presented.left(m_value.size());
    padded.resize(m_value.size(), '\0');
    const bool sameBytes =
        CRYPTO_memcmp(padded.constData(), m_value.constData(), static_cast<size_t>(m_value.size())) == 0;
    return sameBytes & (presented.size() == m_value.size());
}

} // namespace virtuoso::api
