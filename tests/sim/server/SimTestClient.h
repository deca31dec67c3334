#pragma once

#include "base/Clock.h"
#include "sim/server/SimulatorService.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace virtuoso::sim::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// A plain QNetworkAccessManager client; each call waits (event loop) for its answer.
class RestClient
{
public:
    explicit RestClient(QString baseUrl)
        : m_base(std::move(baseUrl))
    {}
    HttpResult get(const QString &pathAndQuery, int timeoutMs = 5000);
    HttpResult post(const QString &path, const QByteArray &json, int timeoutMs = 5000);
    // Any method with extra headers (signed private requests).
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 5000);
    // Starts a GET without waiting; `out` is filled when the answer arrives.
    void getAsync(const QString &pathAndQuery, std::shared_ptr<HttpResult> out);

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

// A plain QWebSocket client that keeps every message it receives.
class StreamClient
{
public:
    StreamClient();
    bool open(const QString &url, int timeoutMs = 5000);
    void send(const QJsonObject &op);
    void sendRaw(const QString &text);

    // The first message at or after `from` that satisfies `match`, waiting up to `timeoutMs`.
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 5000,
                                       int *index = nullptr);
    std::optional<QJsonObject> waitForOp(const QString &op, int timeoutMs = 5000);
    std::optional<QJsonObject> waitForTopic(const QString &topic, int timeoutMs = 5000);
    bool waitDisconnected(int timeoutMs = 5000);
    QString subscribe(const QStringList &topics); // returns the conn_id from the ack

    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;
    int consumed = 0; // messages already looked at by waitFor
    bool disconnected = false;
};

// Spins the event loop for `ms` of real time, for letting socket traffic settle.
void settle(int ms);

} // namespace virtuoso::sim::test
