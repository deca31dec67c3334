#include "trading/PrivateHttp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace virtuoso::trading {

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
    QNetworkReply *reply = request.method == "POST" ? m_http->post(http, request.body) : m_http->get(http);
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
