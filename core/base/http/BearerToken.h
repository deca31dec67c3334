#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace virtuoso::api {

// The shared secret API clients present as `Authorization: Bearer <token>`. The value never
// leaves this class: not in responses, not in logs, not in debug output.
class BearerToken
{
public:
    struct LoadResult;

    // Reads the first line of `path`. The file must be a regular file readable and writable by
    // its owner only (mode 0600 or 0400) and hold at least 16 characters.
    static LoadResult load(const QString &path);
    static BearerToken fromValue(QByteArray value) { return BearerToken(std::move(value)); }

    // True when the Authorization header carries exactly this token. Constant time in the
    // token's length so the comparison leaks nothing about how much of a guess matched.
    bool accepts(const QByteArray &authorizationHeader) const;
    // True when both hold the same token (a configuration check, not a login).
    bool sameAs(const BearerToken &other) const { return m_value == other.m_value; }

private:
    explicit BearerToken(QByteArray value)
        : m_value(std::move(value))
    {}
    QByteArray m_value;
};

struct BearerToken::LoadResult
{
    std::optional<BearerToken> token;
    QString error; // what to fix, e.g. "chmod 600 /etc/virtuoso/api.token"
};

} // namespace virtuoso::api
