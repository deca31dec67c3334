#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace virtuoso::sim {

// One parsed HTTP/1.1 request as the simulator's front door sees it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path?query as sent
    QString path;
    QUrlQuery query;
    int versionMinor = 1; // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString peer; // peer address, for per-IP budgets and the loopback-only control API
    bool peerIsLoopback = false;

    QByteArray header(const QByteArray &lowerName) const;
    bool keepAlive() const;
    bool isWebSocketUpgrade() const;
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeAfter = false;

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse text(int status, QByteArray body);
    QByteArray serialize(bool keepAlive) const;
};

// The head of a request (request line and headers) found at the start of `data`.
struct HttpRequestHead
{
    enum class State { Incomplete, Complete, Invalid, TooLarge };
    State state = State::Incomplete;
    HttpRequest request; // method, target, path, query, version, headers
    int headLength = 0;  // bytes up to and including the blank line
    qint64 contentLength = 0;
    QString error;       // for Invalid: what was wrong
};

// Parses the head of an HTTP/1.x request without consuming anything, so a WebSocket upgrade can
// still be read by the WebSocket server from the same socket.
HttpRequestHead parseRequestHead(const QByteArray &data, int maxHeadBytes);

const char *reasonPhrase(int status);

} // namespace virtuoso::sim
