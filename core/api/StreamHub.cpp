#include "api/StreamHub.h"

#include "api/JsonMergePatch.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <map>

namespace virtuoso::api {

StreamHub::StreamHub(int historyDepth, QObject *parent)
    : QObject(parent)
    , m_historyDepth(std::max(2, historyDepth))
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

StreamHub::~StreamHub()
{
    for (Subscriber &s : m_subscribers) {
        s.socket->disconnect(this);
        s.socket->abort();
        delete s.socket;
    }
}

const StreamHub::Revision *StreamHub::find(quint64 revision) const
{
    for (const Revision &r : m_history) {
        if (r.revision == revision)
            return &r;
    }
    return nullptr;
}

QByteArray StreamHub::message(quint64 fromRevision, const Revision &to) const
{
    const Revision *base = fromRevision ? find(fromRevision) : nullptr;
    QJsonObject msg{
        {QStringLiteral("type"), QStringLiteral("update")},
        {QStringLiteral("instance"), m_instance},
        {QStringLiteral("revision"), static_cast<qint64>(to.revision)},
        {QStringLiteral("full_update"), base == nullptr},
    };
    if (base) {
        msg.insert(QStringLiteral("base_revision"), static_cast<qint64>(base->revision));
        msg.insert(QStringLiteral("data"), merge_patch::diff(base->state, to.state));
    } else {
        msg.insert(QStringLiteral("data"), to.state);
    }
    return QJsonDocument(msg).toJson(QJsonDocument::Compact);
}

void StreamHub::addSubscriber(QWebSocket *socket)
{
    socket->setParent(this);
    Subscriber s{socket, 0};
    const QUrlQuery query(socket->requestUrl());
    bool ok = false;
    const quint64 since = query.queryItemValue(QStringLiteral("since_revision")).toULongLong(&ok);
    if (ok && query.queryItemValue(QStringLiteral("instance")) == m_instance && find(since))
        s.revision = since;

    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] {
        for (Subscriber &sub : m_subscribers) {
            if (sub.socket == socket)
                catchUp(sub);
        }
    });
    // The stream is one-way; anything a client sends is ignored (pings are answered by Qt).
    m_subscribers.push_back(s);
    catchUp(m_subscribers.back());
}

void StreamHub::closeAll()
{
    const std::vector<Subscriber> subscribers = std::move(m_subscribers);
    m_subscribers.clear();
    for (const Subscriber &s : subscribers) {
        s.socket->disconnect(this);
        s.socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the monitoring API is stopping"));
        s.socket->deleteLater();
    }
}

void StreamHub::remove(QWebSocket *socket)
{
    for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it) {
        if (it->socket == socket) {
            m_subscribers.erase(it);
            socket->deleteLater();
            return;
        }
    }
}

void StreamHub::catchUp(Subscriber &subscriber)
{
    if (m_history.empty() || subscriber.revision == m_history.back().revision)
        return;
    if (subscriber.socket->bytesToWrite() > kMaxUnsentBytes)
        return; // a slow reader: wait for bytesWritten
    subscriber.socket->sendTextMessage(QString::fromUtf8(message(subscriber.revision, m_history.back())));
    subscriber.revision = m_history.back().revision;
    ++m_messagesSent;
}

void StreamHub::publish(quint64 revision, const QJsonObject &state)
{
    if (!m_history.empty() && revision <= m_history.back().revision)
        m_history.clear(); // the publisher restarted its count: old revisions mean nothing now
    m_history.push_back({revision, state});
    while (static_cast<int>(m_history.size()) > m_historyDepth)
        m_history.pop_front();

    // Most subscribers are at the same revision: build each distinct message once.
    std::map<quint64, QString> byBase;
    for (Subscriber &s : m_subscribers) {
        if (s.socket->bytesToWrite() > kMaxUnsentBytes)
            continue;
        const quint64 base = find(s.revision) ? s.revision : 0;
        auto it = byBase.find(base);
        if (it == byBase.end())
            it = byBase.emplace(base, QString::fromUtf8(message(base, m_history.back()))).first;
        s.socket->sendTextMessage(it->second);
        s.revision = revision;
        ++m_messagesSent;
    }
}

} // namespace virtuoso::api
