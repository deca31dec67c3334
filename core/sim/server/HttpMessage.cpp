#include "sim/server/HttpMessage.h"

#include <QUrl>

#include <algorithm>
#include <string_view>

namespace virtuoso::sim {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (versionMinor == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && header("upgrade").toLower() == "websocket"
           && header("connection").toLower().contains("upgrade");
}

QString HttpRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryValue(const QString &name) const
{
    return query.hasQueryItem(name);
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::text(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = std::move(body);
    return r;
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nContent-Type: ";
    out += contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += keepAlive && !closeAfter ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto &h : headers) {
        out += "\r\n";
        out += h.first;
        out += ": ";
        out += h.second;
    }
    out += "\r\n\r\n";
    out += body;
    return out;
}

namespace {

bool isTokenChar(char c)
{
    if (c >= 'a' && c <= 'z')
        return true;
    if (c >= 'A' && c <= 'Z')
        return true;
    if (c >= '0' && c <= '9')
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

HttpRequestHead invalid(QString why)
{
    HttpRequestHead head;
    head.state = HttpRequestHead::State::Invalid;
    head.error = std::move(why);
    return head;
}

} // namespace

HttpRequestHead parseRequestHead(const QByteArray &data, int maxHeadBytes)
{
    HttpRequestHead head;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        // A request line that is already not HTTP (binary, TLS hello) need not wait for more bytes.
        const qsizetype firstLineEnd = data.indexOf("\r\n");
        const QByteArray firstLine = firstLineEnd < 0 ? data : data.left(firstLineEnd);
        const bool binary = std::any_of(firstLine.begin(), firstLine.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x20 || u == 0x7f;
        });
        if (binary || (firstLineEnd < 0 && data.size() >= 8 && !data.contains(' ')))
            return invalid(QStringLiteral("not an HTTP request"));
        if (data.size() >= maxHeadBytes)
            head.state = HttpRequestHead::State::TooLarge;
        return head;
    }
    if (end + 4 > maxHeadBytes) {
        head.state = HttpRequestHead::State::TooLarge;
        return head;
    }
    head.headLength = static_cast<int>(end + 4);
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return invalid(QStringLiteral("malformed request line"));
    HttpRequest &req = head.request;
    req.method = parts.at(0);
    req.target = parts.at(1);
    const QByteArray version = parts.at(2);
    if (req.method.isEmpty() || !std::all_of(req.method.begin(), req.method.end(), isTokenChar))
        return invalid(QStringLiteral("malformed method"));
    if (version == "HTTP/1.1")
        req.versionMinor = 1;
    else if (version == "HTTP/1.0")
        req.versionMinor = 0;
    else
        return invalid(QStringLiteral("unsupported HTTP version"));
    if (!req.target.startsWith('/'))
        return invalid(QStringLiteral("request target must be an absolute path"));
    const QUrl url = QUrl::fromEncoded(req.target, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("malformed request target"));
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url.query(QUrl::FullyEncoded));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(QStringLiteral("malformed header line"));
        const QByteArray name = line.left(colon).toLower();
        if (!std::all_of(name.begin(), name.end(), isTokenChar))
            return invalid(QStringLiteral("malformed header name"));
        req.headers.append({name, line.mid(colon + 1).trimmed()});
    }
    if (!req.header("transfer-encoding").isEmpty())
        return invalid(QStringLiteral("chunked bodies are not accepted; send Content-Length"));
    const QByteArray length = req.header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        head.contentLength = length.toLongLong(&ok);
        if (!ok || head.contentLength < 0)
            return invalid(QStringLiteral("malformed Content-Length"));
    }
    head.state = HttpRequestHead::State::Complete;
    return head;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace virtuoso::sim
