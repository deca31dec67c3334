#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace virtuoso::api {

// One parsed HTTP/1.x request. Header names are stored in lower case; the API never needs
// repeated headers, so the first occurrence wins.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ... as sent (methods are case-sensitive)
    QString path;      // percent-decoded, always starts with '/'
    QUrlQuery query;
    QByteArray rawQuery; // the query exactly as sent, after '?' (what a signature covers)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool secure = false;   // arrived over TLS
    bool keepAlive = true; // what the client asked for (HTTP/1.1 default: keep-alive)

    QByteArray header(QByteArrayView lowerCaseName) const;
    // A query parameter, fully decoded; empty when absent.
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQueryValue(const QString &name) const { return query.hasQueryItem(name); }
    bool isWebSocketUpgrade() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
    // Nothing is sent: the connection is closed instead (a test exchange losing an answer).
    bool dropConnection = false;
    // After this answer the connection's next requests are not read for this long (a client over
    // its rate: what it pipelined waits in its socket instead of costing an answer each).
    int holdReadingMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    // A body already written: JSON, or plain text.
    static HttpResponse json(int status, QByteArray body);
    static HttpResponse text(int status, QByteArray body);

    // Serialized status line, headers and body. `head` leaves the body out but keeps its length.
    QByteArray serialize(bool keepAlive, bool head = false) const;
};

const char *reasonPhrase(int status);

HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
HttpResponse jsonResponse(const QJsonDocument &document, int status = 200);
// {"error": message, "status": status}: every error of the API has this shape.
HttpResponse errorResponse(int status, const QString &message);

} // namespace virtuoso::api
