#include "trading/PrivateHttp.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace virtuoso::trading {

namespace {

// A POST body that can be read once. QNetworkAccessManager sends a request again by itself when
// the server closes a reused connection before answering — for a create, a second order attempt
// the client never decided on. Unbuffered and not resettable, the body cannot go out twice: Qt
// answers ContentReSendError instead, which the client treats as a lost answer (looked up, never
// re-sent). Repeats are the PrivateRestClient's decision alone.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_read) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_read);
        std::memcpy(out, m_data.constData() + m_read, static_cast<std::size_t>(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

QtPrivateHttp::QtPrivateHttp(QObject *parent)
    : QObject(parent)
    , m_http(new QNetworkAccessManager(this))
{
    m_http->setAutoDeleteReplies(false);
}

QtPrivateHttp::~QtPrivateHttp()
{
    for (auto &[id, reply] : m_replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

quint64 QtPrivateHttp::send(const HttpRequest &request, Done done)
{
    QNetworkRequest http(QUrl::fromEncoded(request.url, QUrl::StrictMode));
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (request.method == "POST") {
        http.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_http->post(http, body);
        body->setParent(reply);
    } else {
        reply = m_http->get(http);
    }
    const quint64 id = ++m_nextId;
    m_replies.emplace(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, done = std::move(done)] {
        m_replies.erase(id);
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.limit = reply->rawHeader("X-Bapi-Limit");
        response.limitStatus = reply->rawHeader("X-Bapi-Limit-Status");
        response.limitReset = reply->rawHeader("X-Bapi-Limit-Reset-Timestamp");
        const QNetworkReply::NetworkError error = reply->error();
        if (response.status == 0 && error != QNetworkReply::NoError) {
            response.transportError = true;
            response.neverSent = error == QNetworkReply::ConnectionRefusedError ||
                                 error == QNetworkReply::HostNotFoundError ||
                                 error == QNetworkReply::ProxyConnectionRefusedError;
            response.error = reply->errorString();
        }
        done(response);
    });
    return id;
}

void QtPrivateHttp::abort(quint64 id)
{
    const auto it = m_replies.find(id);
    if (it == m_replies.end())
        return;
    QNetworkReply *reply = it->second;
    m_replies.erase(it);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace virtuoso::trading
