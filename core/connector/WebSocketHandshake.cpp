#include "connector/WebSocketHandshake.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace virtuoso::exchange::websocket_handshake {

namespace {

constexpr char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView part : QByteArray(list.data(), list.size()).split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString excerpt(QByteArrayView text)
{
    return QString::fromUtf8(text.data(), std::min<qsizetype>(text.size(), 80));
}

} // namespace

QByteArray newKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

QByteArray acceptFor(const QByteArray &key)
{
    return QCryptographicHash::hash(key + kGuid, QCryptographicHash::Sha1).toBase64();
}

QByteArray request(const QUrl &url, const QByteArray &key)
{
    const bool tls = url.scheme() == u"wss";
    const int defaultPort = tls ? 443 : 80;
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    QByteArray out;
    out.reserve(256);
    out += "GET " + target + " HTTP/1.1\r\n";
    out += "Host: " + host + "\r\n";
    out += "Upgrade: websocket\r\n";
    out += "Connection: Upgrade\r\n";
    out += "Sec-WebSocket-Key: " + key + "\r\n";
    out += "Sec-WebSocket-Version: 13\r\n";
    out += "User-Agent: Virtuoso\r\n";
    out += "\r\n";
    return out;
}

Outcome check(QByteArrayView received, const QByteArray &key)
{
    Outcome out;
    const qsizetype end = received.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0) {
        if (received.size() > kMaxResponseBytes) {
            out.state = Outcome::Refused;
            out.reason = QStringLiteral("handshake: response head longer than %1 bytes").arg(kMaxResponseBytes);
        }
        return out;
    }
    out.headBytes = end + 4;
    out.state = Outcome::Refused;
    const QList<QByteArray> lines = QByteArray(received.data(), end).split('\n');
    const QByteArray status = lines.value(0).trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = status.split(' ');
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1.")) {
        out.reason = QStringLiteral("handshake: not an HTTP response (\"%1\")").arg(excerpt(status));
        return out;
    }
    if (parts[1] != "101") {
        out.reason = QStringLiteral("handshake: HTTP %1 instead of 101 Switching Protocols")
                         .arg(QString::fromUtf8(status.mid(parts[0].size() + 1)).left(80));
        return out;
    }
    QByteArray upgrade, connection, accept, extensions, protocol;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "upgrade")
            upgrade = value;
        else if (name == "connection")
            connection = value;
        else if (name == "sec-websocket-accept")
            accept = value;
        else if (name == "sec-websocket-extensions")
            extensions = value;
        else if (name == "sec-websocket-protocol")
            protocol = value;
    }
    if (upgrade.compare("websocket", Qt::CaseInsensitive) != 0)
        out.reason = QStringLiteral("handshake: no \"Upgrade: websocket\" in the response");
    else if (!containsToken(connection, "upgrade"))
        out.reason = QStringLiteral("handshake: no \"Connection: Upgrade\" in the response");
    else if (accept.isEmpty())
        out.reason = QStringLiteral("handshake: no Sec-WebSocket-Accept in the response");
    else if (accept != acceptFor(key))
        out.reason = QStringLiteral("handshake: Sec-WebSocket-Accept does not match the key sent");
    else if (!extensions.isEmpty())
        out.reason = QStringLiteral("handshake: the server chose extensions that were not offered (%1)")
                         .arg(excerpt(extensions));
    else if (!protocol.isEmpty())
        out.reason = QStringLiteral("handshake: the server chose a subprotocol that was not offered (%1)")
                         .arg(excerpt(protocol));
    else
        out.state = Outcome::Accepted;
    return out;
}

} // namespace virtuoso::exchange::websocket_handshake
