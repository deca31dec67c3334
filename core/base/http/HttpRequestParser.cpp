#include "base/http/HttpRequestParser.h"

#include <QUrl>

namespace virtuoso::api {

namespace {

using Result = HttpRequestParser::Result;

Result error(int status, const QString &message)
{
    Result r;
    r.kind = Result::Kind::Error;
    r.errorStatus = status;
    r.errorMessage = message;
    return r;
}

// RFC 9110 token characters: what a method or header name may consist of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView data, const Limits &limits)
{
    const qsizetype headerEnd = data.indexOf(QByteArrayView("\r\n\r\n"));
    const auto headTooLarge = [&limits](qsizetype headBytes) {
        return limits.maxHeadBytes > 0 && headBytes > limits.maxHeadBytes;
    };
    if (headTooLarge(headerEnd < 0 ? data.size() : headerEnd + 4))
        return error(431, QStringLiteral("the request line and headers exceed %1 bytes").arg(limits.maxHeadBytes));
    if (headerEnd < 0) {
        if (data.size() > limits.maxRequestBytes)
            return error(413, QStringLiteral("the request headers exceed %1 bytes").arg(limits.maxRequestBytes));
        // A request line must start with a method token; reject garbage before waiting for more.
        const qsizetype firstSpace = data.indexOf(' ');
        const QByteArrayView start =
            firstSpace < 0 ? data.first(std::min<qsizetype>(data.size(), 32)) : data.first(firstSpace);
        for (char c : start) {
            if (!isTokenChar(c) && c != '\r' && c != '\n')
                return error(400, QStringLiteral("malformed request line"));
        }
        // A line ended by a bare LF would otherwise wait for a CRLF CRLF that never comes; a lenient
        // reading of bare LF is a known request-smuggling vector, so it is refused at once.
        for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
            if (i == 0 || data[i - 1] != '\r')
                return error(400, QStringLiteral("every line of a request must end with CRLF"));
        }
        return {};
    }
    if (headerEnd + 4 > limits.maxRequestBytes)
        return error(413, QStringLiteral("the request headers exceed %1 bytes").arg(limits.maxRequestBytes));

    const QByteArrayView head = data.first(headerEnd);
    qsizetype lineEnd = head.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);

    // METHOD SP request-target SP HTTP-version
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return error(400, QStringLiteral("malformed request line"));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return error(400, QStringLiteral("malformed method"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return error(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
        return error(400, QStringLiteral("malformed request line"));
    }
    if (target.isEmpty() || target.front() != '/' || hasControlChars(target))
        return error(400, QStringLiteral("the request target must be a path starting with '/'"));

    Result r;
    HttpRequest &req = r.request;
    req.method = method.toByteArray();
    const qsizetype q = target.indexOf('?');
    const QByteArrayView rawPath = q < 0 ? target : target.first(q);
    req.path = QUrl::fromPercentEncoding(rawPath.toByteArray());
    if (req.path.contains(QChar(0)))
        return error(400, QStringLiteral("the path contains a NUL character"));
    if (q >= 0) {
        req.rawQuery = target.sliced(q + 1).toByteArray();
        req.query = QUrlQuery(QString::fromUtf8(req.rawQuery));
    }

    // Header fields: name ":" OWS value OWS. Obsolete line folding is rejected (RFC 9112 §5.2).
    int headerCount = 0;
    qint64 contentLength = 0;
    bool sawContentLength = false;
    while (lineEnd >= 0) {
        const qsizetype next = head.indexOf(QByteArrayView("\r\n"), lineEnd + 2);
        const QByteArrayView line = head.sliced(lineEnd + 2, (next < 0 ? head.size() : next) - lineEnd - 2);
        lineEnd = next;
        if (++headerCount > limits.maxHeaders)
            return error(400, QStringLiteral("more than %1 header fields").arg(limits.maxHeaders));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return error(400, QStringLiteral("malformed header field"));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (hasControlChars(value))
            return error(400, QStringLiteral("a header value contains control characters"));
        QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toByteArray().toLongLong(&ok);
            if (!ok || length < 0 || value.isEmpty() || value.front() == '+' ||
                (sawContentLength && length != contentLength))
                return error(400, QStringLiteral("invalid Content-Length"));
            contentLength = length;
            sawContentLength = true;
        } else if (name == "transfer-encoding") {
            return error(400, QStringLiteral("chunked request bodies are not accepted; send Content-Length"));
        }
        if (req.header(name).isNull())
            req.headers.append(qMakePair(std::move(name), value.toByteArray()));
    }

    const qint64 bodyStart = headerEnd + 4;
    if (contentLength > limits.maxRequestBytes - bodyStart)
        return error(413, QStringLiteral("the request exceeds %1 bytes").arg(limits.maxRequestBytes));
    if (data.size() < bodyStart + contentLength)
        return {}; // the body is still arriving
    req.body = data.sliced(bodyStart, contentLength).toByteArray();

    // RFC 9112 §3.2: an HTTP/1.1 request without Host is answered 400.
    if (version == "HTTP/1.1" && req.header("host").isNull())
        return error(400, QStringLiteral("an HTTP/1.1 request needs a Host header"));

    const QByteArray connection = req.header("connection").toLower();
    if (version == "HTTP/1.0")
        req.keepAlive = connection.contains("keep-alive");
    else
        req.keepAlive = !connection.contains("close");

    r.kind = Result::Kind::Complete;
    r.consumed = bodyStart + contentLength;
    return r;
}

} // namespace virtuoso::api
