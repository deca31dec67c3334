#include "Common.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace hostile {

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Answer request(quint16 port, const QByteArray &token, const QByteArray &path, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    QByteArray text = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        text += "Authorization: Bearer " + token + "\r\n";
    s.write(text + "\r\n");
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState) {
        s.waitForReadyRead(std::max<qint64>(1, timeoutMs - t.elapsed()));
        all += s.readAll();
    }
    all += s.readAll();
    Answer a;
    if (all.startsWith("HTTP/1.1 "))
        a.status = all.mid(9, 3).toInt();
    a.body = all.mid(all.indexOf("\r\n\r\n") + 4);
    return a;
}

bool isReady(quint16 port, const QByteArray &token)
{
    return request(port, token, "/ready").status == 200;
}

QHostAddress attackerAddress(int i)
{
    return QHostAddress(quint32(0x7F010000u + 1u + static_cast<quint32>(i)));
}

DaemonFigures daemonFigures(quint16 port, const QByteArray &token)
{
    DaemonFigures f;
    const Answer metrics = request(port, token, "/metrics", 5000);
    if (metrics.status != 200)
        return f;
    f.answered = true;
    static const QRegularExpression line(QStringLiteral("^(\\w+)(\\{[^}]*\\})? ([-0-9.e+]+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(metrics.body)); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const double value = m.captured(3).toDouble();
        if (name == u"virtuoso_api_http_connections")
            f.httpConnections = value;
        else if (name == u"virtuoso_api_stream_subscribers")
            f.streamSubscribers = value;
        else if (name == u"virtuoso_api_connections_refused_total")
            f.refused = value;
        else if (name == u"virtuoso_api_connections_shed_total")
            f.shed = value;
        else if (name == u"virtuoso_api_connects_rate_limited_total")
            f.connectsLimited = value;
        else if (name == u"virtuoso_api_rate_limited_total")
            f.rateLimited = value;
        else if (name == u"virtuoso_api_connections_evicted_total")
            f.evicted = value;
        else if (name == u"virtuoso_api_stream_dropped_total")
            f.streamDropped = value;
        else if (name == u"virtuoso_api_responses_total")
            f.responses[m.captured(2).section(QLatin1Char('"'), 1, 1)] = value;
    }
    const QJsonObject connections = QJsonDocument::fromJson(request(port, token, "/api/v1/connections", 5000).body)
                                        .object()
                                        .value(QStringLiteral("connections"))
                                        .toObject();
    for (const QJsonValue &c : connections) {
        const QJsonObject recent = c.toObject()
                                       .value(QStringLiteral("handler_latency_us"))
                                       .toObject()
                                       .value(QStringLiteral("recent"))
                                       .toObject();
        f.handlerP99Us = std::max(f.handlerP99Us, recent.value(QStringLiteral("p99")).toInteger(-1));
        f.handlerMaxUs = std::max(f.handlerMaxUs, recent.value(QStringLiteral("max")).toInteger(-1));
    }
    return f;
}

QString DaemonFigures::describe(const DaemonFigures &before) const
{
    if (!answered)
        return QStringLiteral("no answer to /metrics");
    QStringList codes;
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const double delta = it.value() - before.responses.value(it.key());
        if (delta > 0)
            codes << QStringLiteral("%1: %2").arg(it.key()).arg(delta, 0, 'f', 0);
    }
    return QStringLiteral("%1 HTTP connections open, %2 stream subscribers (%8 dropped for not reading); %3 "
                          "connections refused (%10 of them before a socket was built, %11 over the connect rate), "
                          "%9 closed to make room, %4 rate-limited (429); responses {%5}; "
                          "connector handler latency (recent window) p99 %6 us, max %7 us")
        .arg(httpConnections)
        .arg(streamSubscribers)
        .arg(refused - before.refused)
        .arg(rateLimited - before.rateLimited)
        .arg(codes.join(QStringLiteral(", ")))
        .arg(handlerP99Us)
        .arg(handlerMaxUs)
        .arg(streamDropped - before.streamDropped)
        .arg(evicted - before.evicted)
        .arg(shed - before.shed)
        .arg(connectsLimited - before.connectsLimited);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

} // namespace hostile
