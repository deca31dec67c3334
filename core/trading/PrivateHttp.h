#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace virtuoso::trading {

// One HTTP request exactly as it goes on the wire: the URL bytes are not re-encoded, so the query
// string the server reads is the one that was signed.
struct HttpRequest
{
    QByteArray method; // "GET" or "POST"
    QByteArray url;    // encoded: scheme, host, path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray limit;       // X-Bapi-Limit
    QByteArray limitStatus; // X-Bapi-Limit-Status
    QByteArray limitReset;  // X-Bapi-Limit-Reset-Timestamp
    // No answer: `neverSent` when the request cannot have reached the server (refused connection,
    // unknown host), otherwise its outcome is unknown (closed mid-way, TLS failure after sending).
    bool transportError = false;
    bool neverSent = false;
    QString error;
};

// The HTTP seam of the private REST client: the real one is QNetworkAccessManager; tests script
// one and answer each request by hand.
class PrivateHttp
{
public:
    using Done = std::function<void(const HttpResponse &)>;
    virtual ~PrivateHttp() = default;
    // Starts a request; `done` runs once, on this thread, unless abort(id) comes first.
    virtual quint64 send(const HttpRequest &request, Done done) = 0;
    // Gives up on a request (its deadline passed); `done` is not called.
    virtual void abort(quint64 id) = 0;
};

// QNetworkAccessManager on the thread that creates it (the trading thread): its own connection
// pool, keep-alive, HTTP/1.1.
class QtPrivateHttp final : public QObject, public PrivateHttp
{
    Q_OBJECT
public:
    explicit QtPrivateHttp(QObject *parent = nullptr);
    ~QtPrivateHttp() override;

    quint64 send(const HttpRequest &request, Done done) override;
    void abort(quint64 id) override;

private:
    QNetworkAccessManager *m_http;
    quint64 m_nextId = 0;
    std::unordered_map<quint64, QNetworkReply *> m_replies;
};

} // namespace virtuoso::trading
