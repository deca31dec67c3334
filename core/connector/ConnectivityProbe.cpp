#include "connector/ConnectivityProbe.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "model/health/TimeoutJournal.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

namespace virtuoso::exchange {

namespace {

bool secure(const QUrl &url)
{
    return url.scheme() == u"https" || url.scheme() == u"wss";
}

int defaultPort(const QUrl &url)
{
    return url.port(secure(url) ? 443 : 80);
}

// Reads one HTTP response head (and the body when Content-Length says how long) within the deadline.
QByteArray readResponse(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray data;
    while (timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            break;
        data += socket.readAll();
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        const QByteArray head = data.left(headEnd).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        if (cl < 0)
            return data;
        const qsizetype lineEnd = head.indexOf("\r\n", cl);
        const int length = head.mid(cl + 15, (lineEnd < 0 ? head.size() : lineEnd) - cl - 15).trimmed().toInt();
        if (data.size() >= headEnd + 4 + length)
            return data;
    }
    return data;
}

} // namespace

ConnectivityProbe::ConnectivityProbe(QUrl restUrl, QUrl wsUrl, health::TimeoutJournal &journal, const Clock &clock,
                                     int stageTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_restUrl(std::move(restUrl))
    , m_wsUrl(std::move(wsUrl))
    , m_journal(journal)
    , m_clock(clock)
    , m_timeoutMs(stageTimeoutMs)
{
    qRegisterMetaType<health::ProbeResult>();
}

health::ProbeResult ConnectivityProbe::run(const QString &trigger)
{
    health::ProbeResult result;
    result.epochMs = m_clock.epochMs();
    result.trigger = trigger;
    result.targets.push_back(probe(m_restUrl, false, result));
    result.targets.push_back(probe(m_wsUrl, true, result));
    for (const auto &target : result.targets) {
        for (const auto &stage : target.stages) {
            if (stage.ok)
                continue;
            m_journal.record(health::TimeoutKind::ProbeFailed, {}, {}, {}, stage.ms,
                             QStringLiteral("%1 to %2 failed: %3").arg(stage.name.toUpper(), target.url, stage.detail));
            break;
        }
    }
    VLOG(Info, "exchange", "PROBE_DONE") << "connectivity probe (" << trigger
                                         << "): " << (result.ok() ? "all stages passed" : "a stage failed")
                                         << (result.skewKnown
                                                 ? QStringLiteral("; clock skew %1 ms").arg(result.clockSkewMs)
                                                 : QString());
    emit finished(result);
    return result;
}

health::ProbeTarget ConnectivityProbe::probe(const QUrl &url, bool websocket, health::ProbeResult &result)
{
    health::ProbeTarget target;
    target.url = url.toDisplayString();
    QElapsedTimer timer;

    // DNS
    timer.start();
    const QHostInfo info = QHostInfo::fromName(url.host());
    health::ProbeStage dns{QStringLiteral("dns"), info.error() == QHostInfo::NoError && !info.addresses().isEmpty(),
                           timer.elapsed(), QString()};
    dns.detail = dns.ok ? info.addresses().first().toString() : info.errorString();
    target.stages.push_back(dns);
    if (!dns.ok)
        return target;

    // TCP, then TLS on the same socket when the scheme is secure.
    std::unique_ptr<QTcpSocket> socket;
    QSslSocket *tls = nullptr;
    if (secure(url)) {
        auto s = std::make_unique<QSslSocket>();
        tls = s.get();
        socket = std::move(s);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    timer.restart();
    socket->connectToHost(info.addresses().first(), static_cast<quint16>(defaultPort(url)));
    health::ProbeStage tcp{QStringLiteral("tcp"), socket->waitForConnected(m_timeoutMs), timer.elapsed(), QString()};
    tcp.detail = tcp.ok ? QStringLiteral("%1:%2").arg(dns.detail).arg(defaultPort(url)) : socket->errorString();
    target.stages.push_back(tcp);
    if (!tcp.ok)
        return target;
    if (tls) {
        timer.restart();
        tls->setPeerVerifyName(url.host());
        tls->startClientEncryption();
        health::ProbeStage handshake{QStringLiteral("tls"), tls->waitForEncrypted(m_timeoutMs), timer.elapsed(),
                                     QString()};
        handshake.detail = handshake.ok ? tls->sessionCipher().name() : tls->errorString();
        target.stages.push_back(handshake);
        if (!handshake.ok)
            return target;
    }

    // HTTP: server time from the REST host; a WebSocket upgrade from the stream host.
    const QByteArray hostHeader =
        url.port() > 0 ? (url.host() + QLatin1Char(':') + QString::number(url.port())).toUtf8() : url.host().toUtf8();
    QByteArray request;
    if (websocket) {
        request = "GET " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader +
                  "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    } else {
        QString base = url.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        request = "GET " + (base + QStringLiteral("/v5/market/time")).toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader +
                  "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
    }
    timer.restart();
    const qint64 sentEpoch = m_clock.epochMs();
    socket->write(request);
    const QByteArray response = readResponse(*socket, m_timeoutMs);
    const qint64 receivedEpoch = m_clock.epochMs();
    const QByteArray statusLine = response.left(response.indexOf("\r\n"));
    const int status = statusLine.split(' ').value(1).toInt();
    health::ProbeStage http{QStringLiteral("http"), websocket ? status == 101 : status == 200, timer.elapsed(),
                            statusLine.isEmpty() ? QStringLiteral("no response within %1 ms").arg(m_timeoutMs)
                                                 : QString::fromUtf8(statusLine)};
    target.stages.push_back(http);
    if (!websocket && http.ok) {
        const QJsonObject body = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        qint64 serverMs = body.value(QLatin1String("time")).toVariant().toLongLong();
        const QJsonObject r = body.value(QLatin1String("result")).toObject();
        if (r.contains(QLatin1String("timeNano")))
            serverMs = r.value(QLatin1String("timeNano")).toString().toLongLong() / 1'000'000;
        if (serverMs > 0) {
            result.skewKnown = true;
            result.clockSkewMs = serverMs - (sentEpoch + receivedEpoch) / 2;
        }
    }
    socket->abort();
    return target;
}

} // namespace virtuoso::exchange
