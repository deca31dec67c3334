#include "sim/exchange/PrivateStreams.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/exchange/SimAccounts.h"
#include "sim/server/StreamEndpoint.h"
#include "sim/server/StreamSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace virtuoso::sim {

namespace {

// The topics of the private stream; "order.linear" and friends are the category-scoped spellings.
bool knownTopic(const QString &topic)
{
    static const QStringList topics{QStringLiteral("order"),
                                    QStringLiteral("execution"),
                                    QStringLiteral("position"),
                                    QStringLiteral("wallet"),
                                    QStringLiteral("dcp"),
                                    QStringLiteral("order.linear"),
                                    QStringLiteral("execution.linear"),
                                    QStringLiteral("position.linear"),
                                    QStringLiteral("execution.fast"),
                                    QStringLiteral("execution.fast.linear")};
    return topics.contains(topic);
}

bool covers(const QString &subscribed, const QString &topic)
{
    return subscribed == topic || subscribed == topic + QStringLiteral(".linear") ||
           (topic == u"execution" && subscribed.startsWith(QLatin1String("execution.fast")));
}

} // namespace

PrivateStreams::PrivateStreams(const Clock &exchangeClock, FaultBoard &faults, SecretLookup secrets, QObject *parent)
    : QObject(parent)
    , m_clock(exchangeClock)
    , m_faults(faults)
    , m_secrets(std::move(secrets))
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 20; ++i)
        m_connPrefix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
}

PrivateStreams::~PrivateStreams()
{
    closeAll();
}

void PrivateStreams::adopt(QWebSocket *socket)
{
    socket->setMaxAllowedIncomingMessageSize(StreamEndpoint::kMaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(StreamEndpoint::kMaxIncomingMessageBytes);
    const QString connId = QStringLiteral("%1-p%2").arg(m_connPrefix, QString::number(++m_connCounter, 36));
    auto *session = new StreamSession(socket, connId, m_clock, m_faults, nullptr, this);
    m_clients.push_back(Client{session, {}, {}});
    connect(socket, &QWebSocket::textMessageReceived, session,
            [this, session](const QString &message) { onText(session, message); });
    connect(session, &StreamSession::closed, this, &PrivateStreams::onClosed);
    VLOG(Info, "sim", "SIM_PRIVATE_WS_OPEN").conn(connId) << "private stream connection from " << session->peer();
}

PrivateStreams::Client *PrivateStreams::clientOf(StreamSession *session)
{
    for (Client &c : m_clients) {
        if (c.session == session)
            return &c;
    }
    return nullptr;
}

void PrivateStreams::send(StreamSession *session, const QByteArray &json)
{
    session->sendText(QString::fromUtf8(json));
}

void PrivateStreams::ack(StreamSession *session, bool success, const QString &retMsg, const QString &op,
                         const QJsonValue &reqId)
{
    QJsonObject o{{QStringLiteral("success"), success},
                  {QStringLiteral("ret_msg"), retMsg},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("conn_id"), session->connId()}};
    if (!reqId.isUndefined() && !reqId.isNull())
        o.insert(QStringLiteral("req_id"), reqId);
    send(session, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void PrivateStreams::onText(StreamSession *session, const QString &message)
{
    Client *client = clientOf(session);
    if (!client)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8());
    if (!doc.isObject()) {
        ack(session, false, QStringLiteral("error:request must be a JSON object"), QString(), QJsonValue());
        return;
    }
    const QJsonObject request = doc.object();
    const QString op = request.value(QStringLiteral("op")).toString();
    const QJsonValue reqId = request.value(QStringLiteral("req_id"));
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();

    if (op == u"ping") {
        session->lastPingMonoMs = m_clock.monotonicMs();
        QJsonObject pong{{QStringLiteral("req_id"), reqId.isString() ? reqId.toString() : QString()},
                         {QStringLiteral("op"), QStringLiteral("pong")},
                         {QStringLiteral("args"), QJsonArray{QString::number(m_clock.epochMs())}},
                         {QStringLiteral("conn_id"), session->connId()}};
        send(session, QJsonDocument(pong).toJson(QJsonDocument::Compact));
        return;
    }
    if (op == u"auth") {
        if (!client->key.isEmpty()) {
            ack(session, false, QStringLiteral("Repeat auth"), op, reqId);
            return;
        }
        const QString key = args.at(0).toString();
        const QJsonValue expiresValue = args.at(1);
        const qint64 expires = expiresValue.isString() ? expiresValue.toString().toLongLong()
                                                       : static_cast<qint64>(expiresValue.toDouble());
        const QByteArray signature = args.at(2).toString().toLatin1().toLower();
        const QByteArray secret = key.isEmpty() ? QByteArray() : m_secrets(key);
        if (args.size() != 3 || expires <= 0) {
            ack(session, false, QStringLiteral("Params Error"), op, reqId);
            return;
        }
        if (expires < m_clock.epochMs()) {
            ack(session, false, QStringLiteral("Params Error"), op, reqId);
            return;
        }
        const QByteArray expected =
            secret.isEmpty() ? QByteArray() : hmacSha256Hex(secret, "GET/realtime" + QByteArray::number(expires));
        if (expected.isEmpty() || !sameSignature(expected, signature)) {
            VLOG(Info, "sim", "SIM_PRIVATE_AUTH_REFUSED").conn(session->connId())
                << (secret.isEmpty() ? "unknown API key" : "bad signature") << " on the private stream";
            ack(session, false, QStringLiteral("Request not authorized"), op, reqId);
            return;
        }
        client->key = key;
        ack(session, true, QString(), op, reqId);
        if (m_changed)
            m_changed(key, connections(key));
        return;
    }
    if (op != u"subscribe" && op != u"unsubscribe") {
        ack(session, false, QStringLiteral("error:unknown op '%1'").arg(op.left(64)), op.left(64), reqId);
        return;
    }
    if (client->key.isEmpty()) {
        ack(session, false, QStringLiteral("Request not authorized"), op, reqId);
        return;
    }
    QString firstError;
    for (const QJsonValue &arg : args) {
        const QString topic = arg.toString();
        const auto it = std::find(client->topics.begin(), client->topics.end(), topic);
        if (op == u"unsubscribe") {
            if (it != client->topics.end())
                client->topics.erase(it);
            continue;
        }
        if (!knownTopic(topic)) {
            if (firstError.isEmpty())
                firstError = QStringLiteral("error:handler not found,topic:%1").arg(topic);
        } else if (it == client->topics.end()) {
            client->topics.push_back(topic);
        }
    }
    ack(session, firstError.isEmpty(), firstError, op, reqId);
}

void PrivateStreams::publish(const QString &key, const QString &topic, const QJsonArray &data)
{
    QByteArray frame;
    for (Client &c : m_clients) {
        if (c.key != key)
            continue;
        if (std::none_of(c.topics.begin(), c.topics.end(), [&](const QString &t) { return covers(t, topic); }))
            continue;
        if (frame.isEmpty()) {
            const QJsonObject message{
                {QStringLiteral("id"), QStringLiteral("%1%2").arg(m_connPrefix.left(10)).arg(++m_messageCounter)},
                {QStringLiteral("topic"), topic},
                {QStringLiteral("creationTime"), static_cast<double>(m_clock.epochMs())},
                {QStringLiteral("data"), data}};
            frame = QJsonDocument(message).toJson(QJsonDocument::Compact);
        }
        send(c.session, frame);
    }
}

int PrivateStreams::dropAccount(const QString &key)
{
    // The connections stop receiving at once: what is published after the cut is lost to them.
    std::vector<StreamSession *> targets;
    std::vector<QString> keys;
    for (Client &c : m_clients) {
        if (!c.key.isEmpty() && (key == u"all" || c.key == key)) {
            targets.push_back(c.session);
            if (std::find(keys.begin(), keys.end(), c.key) == keys.end())
                keys.push_back(c.key);
            c.key.clear();
            c.topics.clear();
        }
    }
    for (StreamSession *s : targets) {
        VLOG(Notice, "sim", "SIM_PRIVATE_WS_DROPPED").conn(s->connId()) << "private stream connection cut";
        s->abort();
    }
    if (m_changed) {
        for (const QString &k : keys)
            m_changed(k, connections(k));
    }
    return static_cast<int>(targets.size());
}

int PrivateStreams::connections(const QString &key) const
{
    return static_cast<int>(
        std::count_if(m_clients.begin(), m_clients.end(), [&](const Client &c) { return c.key == key; }));
}

void PrivateStreams::onClosed(StreamSession *session)
{
    const auto it =
        std::find_if(m_clients.begin(), m_clients.end(), [&](const Client &c) { return c.session == session; });
    if (it == m_clients.end())
        return;
    const QString key = it->key;
    m_clients.erase(it);
    VLOG(Info, "sim", "SIM_PRIVATE_WS_CLOSED").conn(session->connId()) << "private stream connection closed";
    session->deleteLater();
    if (!key.isEmpty() && m_changed)
        m_changed(key, connections(key));
}

void PrivateStreams::tick()
{
    const qint64 now = m_clock.monotonicMs();
    std::vector<StreamSession *> current;
    for (const Client &c : m_clients)
        current.push_back(c.session);
    for (StreamSession *session : current) {
        if (!clientOf(session))
            continue;
        if (m_idleTimeoutMs > 0 && now - session->lastPingMonoMs > m_idleTimeoutMs) {
            session->socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("idle: no ping"));
            session->lastPingMonoMs = now;
            continue;
        }
        session->pump();
    }
}

void PrivateStreams::closeAll()
{
    std::vector<Client> current;
    current.swap(m_clients);
    for (Client &c : current) {
        c.session->disconnect(this);
        c.session->socket()->abort();
        c.session->deleteLater();
    }
}

} // namespace virtuoso::sim
