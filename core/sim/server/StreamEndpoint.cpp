#include "sim/server/StreamEndpoint.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/server/FaultBoard.h"
#include "sim/server/StreamFrames.h"
#include "sim/server/StreamSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace virtuoso::sim {

namespace {

QByteArray rawReqId(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString()) {
        QByteArray out;
        frames::appendJsonString(out, value.toString().toUtf8());
        return out;
    }
    if (value.isDouble())
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    return {};
}

} // namespace

StreamEndpoint::StreamEndpoint(const Clock &clock, FaultBoard &faults, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_faults(faults)
{
    // conn_ids look like Bybit's ("cejreaspqfm9se7usbrg-2xh"): a per-process prefix and a counter.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 20; ++i)
        m_connPrefix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
}

StreamEndpoint::~StreamEndpoint()
{
    closeAll();
}

void StreamEndpoint::adopt(QWebSocket *socket)
{
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessageBytes);
    const QString connId = QStringLiteral("%1-%2").arg(m_connPrefix, QString::number(++m_connCounter, 36));
    auto *session = new StreamSession(socket, connId, m_clock, m_faults, m_recorder, this); // owns the socket
    m_sessions.push_back(session);
    connect(socket, &QWebSocket::textMessageReceived, session,
            [this, session](const QString &message) { onText(session, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, session, [this, session] { onBinary(session); });
    connect(session, &StreamSession::closed, this, &StreamEndpoint::onClosed);
    VLOG_AT(m_quiet ? log::Level::Debug : log::Level::Info, "sim", "SIM_WS_OPEN").conn(connId)
        << "public stream connection from " << session->peer();
}

void StreamEndpoint::reply(StreamSession *session, bool success, const QString &retMsg, const QByteArray &reqIdJson,
                           const QString &op)
{
    session->sendText(
        QString::fromUtf8(frames::opReply(success, retMsg.toUtf8(), session->connIdUtf8(), reqIdJson, op.toUtf8())));
}

void StreamEndpoint::onText(StreamSession *session, const QString &message)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reply(session, false, QStringLiteral("error:request must be a JSON object"), {}, QString());
        return;
    }
    const QJsonObject request = doc.object();
    const QString op = request.value(QStringLiteral("op")).toString();
    const QByteArray reqId = rawReqId(request.value(QStringLiteral("req_id")));

    if (op == u"ping") {
        session->lastPingMonoMs = m_clock.monotonicMs();
        const qint64 now = m_clock.monotonicMs();
        if (m_faults.active(FaultKind::Stall, session->connId(), now)) {
            m_faults.countEffect(FaultKind::Stall);
            return;
        }
        if (m_faults.active(FaultKind::NoPong, session->connId(), now)) {
            m_faults.countEffect(FaultKind::NoPong);
            return;
        }
        reply(session, true, QStringLiteral("pong"), reqId, op);
        return;
    }
    if (op != u"subscribe" && op != u"unsubscribe") {
        reply(session, false, QStringLiteral("error:unknown op '%1'").arg(op.left(64)), reqId, op.left(64));
        return;
    }
    const QJsonValue argsValue = request.value(QStringLiteral("args"));
    if (!argsValue.isArray()) {
        reply(session, false, QStringLiteral("error:args must be a list of topics"), reqId, op);
        return;
    }
    QStringList topics;
    qint64 chars = 0;
    for (const QJsonValue &arg : argsValue.toArray()) {
        if (!arg.isString()) {
            reply(session, false, QStringLiteral("error:args must be a list of topics"), reqId, op);
            return;
        }
        topics << arg.toString();
        chars += arg.toString().size();
    }

    if (op == u"unsubscribe") {
        for (const QString &topic : std::as_const(topics)) {
            if (session->topics.remove(topic) > 0 && m_source)
                m_source->unsubscribe(*session, topic);
        }
        reply(session, true, QString(), reqId, op);
        return;
    }

    qint64 subscribedChars = 0;
    for (const int n : std::as_const(session->topics))
        subscribedChars += n;
    if (chars + subscribedChars > kMaxArgsChars) {
        reply(session, false, QStringLiteral("error:args length exceeds %1 characters").arg(kMaxArgsChars), reqId, op);
        return;
    }
    QString firstError;
    QStringList accepted;
    for (const QString &topic : std::as_const(topics)) {
        QString error;
        if (session->topics.contains(topic) || accepted.contains(topic))
            error = QStringLiteral("error:already subscribed,topic:%1").arg(topic);
        else if (!m_source)
            error = QStringLiteral("error:handler not found,topic:%1").arg(topic);
        else
            error = m_source->validate(topic);
        if (error.isEmpty())
            accepted << topic;
        else if (firstError.isEmpty())
            firstError = error;
    }
    reply(session, firstError.isEmpty(), firstError, reqId, op);
    for (const QString &topic : std::as_const(accepted)) {
        session->topics.insert(topic, static_cast<int>(topic.size()));
        m_source->subscribe(*session, topic);
    }
}

void StreamEndpoint::onBinary(StreamSession *session)
{
    reply(session, false, QStringLiteral("error:binary frames are not accepted; send JSON text"), {}, QString());
}

void StreamEndpoint::onClosed(StreamSession *session)
{
    const auto it = std::find(m_sessions.begin(), m_sessions.end(), session);
    if (it == m_sessions.end())
        return;
    m_sessions.erase(it);
    if (m_source)
        m_source->sessionClosed(*session);
    VLOG_AT(m_quiet ? log::Level::Debug : log::Level::Info, "sim", "SIM_WS_CLOSED").conn(session->connId())
        << "public stream connection closed";
    session->deleteLater();
}

void StreamEndpoint::tick()
{
    const qint64 now = m_clock.monotonicMs();
    const std::vector<StreamSession *> current = m_sessions;
    for (StreamSession *session : current) {
        if (std::find(m_sessions.begin(), m_sessions.end(), session) == m_sessions.end())
            continue;
        if (m_idleTimeoutMs > 0 && now - session->lastPingMonoMs > m_idleTimeoutMs) {
            VLOG(Info, "sim", "SIM_WS_IDLE").conn(session->connId())
                << "no ping for " << (now - session->lastPingMonoMs) << " ms; closing";
            session->socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("idle: no ping"));
            session->lastPingMonoMs = now; // the close is under way; do not repeat it every tick
            continue;
        }
        session->pump();
    }
}

void StreamEndpoint::closeAll()
{
    const std::vector<StreamSession *> current = m_sessions;
    m_sessions.clear();
    for (StreamSession *session : current) {
        if (m_source)
            m_source->sessionClosed(*session);
        session->disconnect(this);
        session->socket()->abort();
        session->deleteLater();
    }
}

std::vector<StreamSession *> StreamEndpoint::sessions(const QString &conn) const
{
    if (conn == u"all")
        return m_sessions;
    std::vector<StreamSession *> out;
    for (StreamSession *s : m_sessions) {
        if (s->connId() == conn)
            out.push_back(s);
    }
    return out;
}

int StreamEndpoint::drop(const QString &conn)
{
    const auto targets = sessions(conn);
    for (StreamSession *s : targets)
        s->abort();
    return static_cast<int>(targets.size());
}

int StreamEndpoint::sendMalformed(const QString &conn, const QString &variant, int count)
{
    const auto targets = sessions(conn);
    for (StreamSession *s : targets) {
        for (int i = 0; i < count; ++i) {
            if (variant == u"binary")
                s->sendBinary(QByteArray::fromHex("ff00fe01c0ffee") + QByteArray::number(i));
            else if (variant == u"not_json")
                s->sendText(QStringLiteral("<html><body>502 Bad Gateway</body></html>"));
            else
                s->sendText(QStringLiteral("{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\",\"ts\":17"
                                           "09891679500,\"data\":{\"s\":\"BTCUSDT\",\"b\":[[\"27450.00\",\"0."));
            m_faults.countEffect(FaultKind::Malformed);
        }
    }
    return static_cast<int>(targets.size());
}

int StreamEndpoint::skipBookDeltas(const QString &conn, int count)
{
    const auto targets = sessions(conn);
    for (StreamSession *s : targets)
        s->pendingBookGaps += count;
    return static_cast<int>(targets.size());
}

QJsonArray StreamEndpoint::describeConnections() const
{
    QJsonArray out;
    for (const StreamSession *s : m_sessions) {
        QJsonArray topics;
        for (auto it = s->topics.begin(); it != s->topics.end(); ++it)
            topics.append(it.key());
        out.append(QJsonObject{{QStringLiteral("conn_id"), s->connId()},
                               {QStringLiteral("peer"), s->peer()},
                               {QStringLiteral("topics"), topics},
                               {QStringLiteral("frames_sent"), static_cast<double>(s->framesSent)}});
    }
    return out;
}

} // namespace virtuoso::sim
