#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <vector>

namespace virtuoso::test {

// A minimal Bybit v5 double on 127.0.0.1: REST replies scripted per path, a public WebSocket that
// acknowledges subscriptions (refusing chosen topics), answers pings and sends scripted frames after
// a topic is subscribed. Enough to prove the connector's wiring without the full simulator.
class FakeBybit : public QObject
{
public:
    struct HttpAnswer
    {
        HttpAnswer() = default;
        HttpAnswer(int s, QByteArray b)
            : status(s)
            , body(std::move(b))
        {}
        static HttpAnswer never()
        {
            HttpAnswer a;
            a.silent = true;
            return a;
        }
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool silent = false; // never answer (a timeout)
    };

    FakeBybit()
        : m_ws(QStringLiteral("fake-bybit"), QWebSocketServer::NonSecureMode)
    {
        m_http.listen(QHostAddress::LocalHost, 0);
        m_ws.listen(QHostAddress::LocalHost, 0);
        m_wsPort = m_ws.serverPort();
        connect(&m_http, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_http.nextPendingConnection())
                serveHttp(s);
        });
        connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_ws.nextPendingConnection())
                serveWs(s);
        });
    }

    ~FakeBybit() override
    {
        for (QWebSocket *s : std::as_const(m_sockets))
            s->disconnect(this);
        m_ws.close();
    }

    QUrl restUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http.serverPort())); }
    QUrl wsUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(m_wsPort)); }

    // Answers for a path, used in order; the last one repeats.
    void answer(const QString &path, std::vector<HttpAnswer> answers) { m_answers[path] = std::move(answers); }
    int httpRequests(const QString &path) const { return m_requestCounts.value(path); }
    // Frames sent (in order) once `topic` is subscribed.
    void onSubscribe(const QString &topic, std::vector<QByteArray> frames) { m_frames[topic] = std::move(frames); }
    void refuse(const QString &topic) { m_refused.insert(topic); }
    void dropAll()
    {
        for (QWebSocket *s : std::as_const(m_sockets))
            s->abort();
    }
    // The stream host goes away: open streams are cut and new ones refused until comeBack().
    void goOffline()
    {
        m_ws.close();
        dropAll();
    }
    bool comeBack() { return m_ws.listen(QHostAddress::LocalHost, m_wsPort); }
    int wsConnections() const { return m_wsConnections; }
    // Subscribe args received per topic, over all connections.
    int subscribeCount(const QString &topic) const { return m_subscribes.value(topic); }
    bool answerPings = true;

private:
    void serveHttp(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            const QByteArray request = s->readAll();
            const QByteArray line = request.left(request.indexOf("\r\n"));
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2)
                return;
            const QUrl url(QString::fromLatin1(parts[1]));
            const QString path = url.path();
            const int n = m_requestCounts.value(path);
            m_requestCounts[path] = n + 1;
            const auto it = m_answers.find(path);
            HttpAnswer a;
            if (it == m_answers.end() || it->empty()) {
                a.status = 404;
                a.body = R"({"retCode":10001,"retMsg":"unknown path"})";
            } else {
                a = (*it)[std::min<size_t>(size_t(n), it->size() - 1)];
            }
            if (a.silent)
                return;
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: application/json\r\n";
            for (const auto &h : a.headers)
                reply += h.first + ": " + h.second + "\r\n";
            reply += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
            s->write(reply + a.body);
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    void serveWs(QWebSocket *s)
    {
        ++m_wsConnections;
        // The server hands its sockets over without an owner: the fake owns them, so a stream still
        // open (or closed, its deleteLater not yet run) when the fake goes is freed with it.
        s->setParent(this);
        m_sockets.insert(s);
        connect(s, &QWebSocket::disconnected, this, [this, s] {
            m_sockets.remove(s);
            s->deleteLater();
        });
        connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString op = o.value(QLatin1String("op")).toString();
            const QString reqId = o.value(QLatin1String("req_id")).toString();
            if (op == u"ping") {
                if (answerPings)
                    send(s, {{"success", true},
                             {"ret_msg", "pong"},
                             {"conn_id", "fake"},
                             {"req_id", reqId},
                             {"op", "ping"}});
                return;
            }
            if (op != u"subscribe" && op != u"unsubscribe")
                return;
            const QJsonArray args = o.value(QLatin1String("args")).toArray();
            QString refused;
            for (const auto &a : args)
                if (op == u"subscribe" && m_refused.contains(a.toString()))
                    refused = a.toString();
            if (!refused.isEmpty()) {
                send(s, {{"success", false},
                         {"ret_msg", QStringLiteral("error:handler not found,topic:%1").arg(refused)},
                         {"conn_id", "fake"},
                         {"req_id", reqId},
                         {"op", op}});
                return;
            }
            send(s, {{"success", true}, {"ret_msg", ""}, {"conn_id", "fake"}, {"req_id", reqId}, {"op", op}});
            if (op != u"subscribe")
                return;
            for (const auto &a : args) {
                m_subscribes[a.toString()] += 1;
                for (const QByteArray &frame : m_frames.value(a.toString()))
                    s->sendTextMessage(QString::fromUtf8(frame));
            }
        });
    }
    static void send(QWebSocket *s, const QJsonObject &o)
    {
        s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }

    QTcpServer m_http;
    quint16 m_wsPort = 0;
    QWebSocketServer m_ws;
    QHash<QString, std::vector<HttpAnswer>> m_answers;
    QHash<QString, int> m_requestCounts;
    QHash<QString, std::vector<QByteArray>> m_frames;
    QHash<QString, int> m_subscribes;
    QSet<QString> m_refused;
    QSet<QWebSocket *> m_sockets;
    int m_wsConnections = 0;
};

} // namespace virtuoso::test
