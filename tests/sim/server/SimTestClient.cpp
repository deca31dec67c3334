#include "SimTestClient.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QUrl>

namespace virtuoso::sim::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResult::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

void collect(QNetworkReply *reply, HttpResult &out)
{
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.finished = true;
}

} // namespace

HttpResult RestClient::get(const QString &pathAndQuery, int timeoutMs)
{
    auto out = std::make_shared<HttpResult>();
    getAsync(pathAndQuery, out);
    virtuoso::test::waitFor([&] { return out->finished; }, timeoutMs);
    return *out;
}

void RestClient::getAsync(const QString &pathAndQuery, std::shared_ptr<HttpResult> out)
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(m_base + pathAndQuery)));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, out] {
        collect(reply, *out);
        reply->deleteLater();
    });
}

HttpResult RestClient::post(const QString &path, const QByteArray &json, int timeoutMs)
{
    QNetworkRequest request{QUrl(m_base + path)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, json);
    HttpResult out;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &out] { collect(reply, out); });
    virtuoso::test::waitFor([&] { return out.finished; }, timeoutMs);
    reply->deleteLater();
    if (!out.finished)
        reply->abort();
    return out;
}

HttpResult RestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request{QUrl(m_base + pathAndQuery)};
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    HttpResult out;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &out] { collect(reply, out); });
    virtuoso::test::waitFor([&] { return out.finished; }, timeoutMs);
    reply->deleteLater();
    if (!out.finished)
        reply->abort();
    return out;
}

StreamClient::StreamClient()
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &m) { texts << m; });
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                     [this](const QByteArray &m) { binaries << m; });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { disconnected = true; });
}

bool StreamClient::open(const QString &url, int timeoutMs)
{
    socket.open(QUrl(url));
    return virtuoso::test::waitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void StreamClient::send(const QJsonObject &op)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
}

void StreamClient::sendRaw(const QString &text)
{
    socket.sendTextMessage(text);
}

std::optional<QJsonObject> StreamClient::waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs,
                                                 int *index)
{
    std::optional<QJsonObject> found;
    auto scan = [&] {
        while (consumed < texts.size()) {
            const QJsonObject o = QJsonDocument::fromJson(texts.at(consumed).toUtf8()).object();
            ++consumed;
            if (match(o)) {
                found = o;
                if (index)
                    *index = consumed - 1;
                return true;
            }
        }
        return false;
    };
    virtuoso::test::waitFor(scan, timeoutMs);
    return found;
}

std::optional<QJsonObject> StreamClient::waitForOp(const QString &op, int timeoutMs)
{
    return waitFor([&](const QJsonObject &o) { return o.value(QStringLiteral("op")).toString() == op; }, timeoutMs);
}

std::optional<QJsonObject> StreamClient::waitForTopic(const QString &topic, int timeoutMs)
{
    return waitFor([&](const QJsonObject &o) { return o.value(QStringLiteral("topic")).toString() == topic; },
                   timeoutMs);
}

bool StreamClient::waitDisconnected(int timeoutMs)
{
    return virtuoso::test::waitFor([this] { return disconnected; }, timeoutMs);
}

QString StreamClient::subscribe(const QStringList &topics)
{
    send(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                     {QStringLiteral("args"), QJsonArray::fromStringList(topics)},
                     {QStringLiteral("req_id"), QStringLiteral("sub-1")}});
    const auto ack = waitForOp(QStringLiteral("subscribe"));
    return ack ? ack->value(QStringLiteral("conn_id")).toString() : QString();
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace virtuoso::sim::test
