#include "api/StreamHub.h"

#include "api/SnapshotDocument.h"
#include "base/Clock.h"
#include "base/FreedMemory.h"
#include "base/logging/Log.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <map>

namespace virtuoso::api {

StreamHub::StreamHub(int historyDepth, QObject *parent)
    : QObject(parent)
    , m_historyDepth(std::max(2, historyDepth))
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kCatchUpDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &StreamHub::flush);
    m_welcomeTimer.setSingleShot(true);
    m_welcomeTimer.setInterval(0);
    connect(&m_welcomeTimer, &QTimer::timeout, this, &StreamHub::flush);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(kTrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, [this] {
        releaseFreedMemory();
        m_lastTrim.start();
    });
}

StreamHub::~StreamHub()
{
    for (Subscriber &s : m_subscribers) {
        s.socket->disconnect(this);
        s.socket->abort();
        delete s.socket;
    }
}

CoreSnapshotPtr StreamHub::find(quint64 revision) const
{
    for (const CoreSnapshotPtr &s : m_history) {
        if (s->revision == revision)
            return s;
    }
    return nullptr;
}

QByteArray StreamHub::message(const CoreSnapshot *from, const CoreSnapshot &to) const
{
    // The envelope is small; the data is written as compact JSON straight from the snapshots.
    QJsonObject head{
        {QStringLiteral("type"), QStringLiteral("update")},
        {QStringLiteral("instance"), m_instance},
        {QStringLiteral("revision"), static_cast<qint64>(to.revision)},
        {QStringLiteral("full_update"), from == nullptr},
    };
    if (from)
        head.insert(QStringLiteral("base_revision"), static_cast<qint64>(from->revision));
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact);
    out.chop(1);
    out += ",\"data\":";
    out += snapshot_document::streamData(from, to);
    out += '}';
    return out;
}

const QString &StreamHub::fullState(const CoreSnapshotPtr &latest)
{
    if (m_fullStateOf != latest) {
        m_fullState = QString::fromUtf8(message(nullptr, *latest));
        m_fullStateOf = latest;
        ++m_fullStatesBuilt;
    }
    return m_fullState;
}

void StreamHub::addSubscriber(QWebSocket *socket)
{
    socket->setParent(this);
    Subscriber s{socket, nullptr, m_stallClock ? m_stallClock->monotonicMs() : 0};
    const QUrlQuery query(socket->requestUrl());
    bool ok = false;
    const quint64 since = query.queryItemValue(QStringLiteral("since_revision")).toULongLong(&ok);
    if (ok && query.queryItemValue(QStringLiteral("instance")) == m_instance)
        s.has = find(since);

    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });
    // A subscriber that drained is served with the others at the next flush, so that those who
    // have the same snapshot share one message instead of each costing a build of its own.
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] {
        // Progress: the client reads. A subscriber whose bytes stop moving is dropped (flush).
        for (Subscriber &s : m_subscribers)
            if (s.socket == socket)
                s.lastProgressMs = m_stallClock ? m_stallClock->monotonicMs() : 0;
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    // The stream is one-way; anything a client sends is ignored (pings are answered by Qt).
    m_subscribers.push_back(s);
    // Served in the next turn, with whoever else joined meanwhile.
    if (!m_welcomeTimer.isActive())
        m_welcomeTimer.start();
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

void StreamHub::setStallLimit(const Clock *clock, qint64 stallMs)
{
    m_stallClock = clock;
    m_stallMs = stallMs;
}

void StreamHub::drop(QWebSocket *socket, qint64 stalledMs)
{
    ++m_dropped;
    VLOG(Warning, "api", "API_STREAM_DROPPED")
        << "closed the stream subscriber at " << socket->peerAddress().toString() << ": it has not read for "
        << stalledMs / 1000 << " s (" << socket->bytesToWrite() << " bytes unsent)";
    socket->disconnect(this);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("not reading: nothing taken for %1 s").arg(stalledMs / 1000));
    // A client that does not read will not read the close frame either: the socket and what is
    // queued on it go after a short grace.
    QTimer::singleShot(kDropGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    remove(socket, false);
}

void StreamHub::remove(QWebSocket *socket, bool deleteSocket)
{
    for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it) {
        if (it->socket == socket) {
            m_subscribers.erase(it);
            if (deleteSocket)
                socket->deleteLater();
            break;
        }
    }
    // The remembered snapshots stay (a client that reconnects resumes from them); the buffers its
    // messages went through go back to the system.
    if (m_subscribers.empty())
        releaseFreedMemory();
}

void StreamHub::flush()
{
    m_flushTimer.stop();
    if (m_history.empty())
        return;
    // Most subscribers have the same snapshot: build each distinct message once. One that has more
    // than kMaxUnsentBytes waiting is skipped until its socket drains. The whole state goes to a few
    // new subscribers per turn.
    std::map<const CoreSnapshot *, QString> byBase;
    int fullStatesSent = 0;
    bool welcomesLeft = false;
    const CoreSnapshotPtr latest = m_history.back();
    std::vector<std::pair<QWebSocket *, qint64>> stalled;
    const qint64 now = m_stallClock ? m_stallClock->monotonicMs() : 0;
    for (Subscriber &s : m_subscribers) {
        const qint64 unsent = s.socket->bytesToWrite();
        if (unsent == 0)
            s.lastProgressMs = now; // nothing waits for the client: it is not behind
        else if (m_stallClock && now - s.lastProgressMs >= m_stallMs) {
            stalled.emplace_back(s.socket, now - s.lastProgressMs);
            continue;
        }
        if (s.has == latest || unsent > kMaxUnsentBytes)
            continue;
        if (!s.has) {
            if (fullStatesSent == kFullStatesPerTurn) {
                welcomesLeft = true;
                continue;
            }
            ++fullStatesSent;
            s.socket->sendTextMessage(fullState(latest));
            if (!m_trimTimer.isActive())
                m_trimTimer.start(); // a whole state passed through: give its buffers back once sent
            s.has = latest;
            ++m_messagesSent;
            continue;
        }
        auto it = byBase.find(s.has.get());
        if (it == byBase.end())
            it = byBase.emplace(s.has.get(), QString::fromUtf8(message(s.has.get(), *latest))).first;
        s.socket->sendTextMessage(it->second);
        s.has = latest;
        ++m_messagesSent;
    }
    for (const auto &[socket, stalledMs] : stalled)
        drop(socket, stalledMs);
    if (welcomesLeft)
        m_welcomeTimer.start();
    // Messages of hundreds of kilobytes pass through every tick; what the allocator keeps of them
    // after a burst (a slow subscriber catching up, several at different revisions) goes back to the
    // system at most every kTrimIntervalMs, so the resident figure is what the stream holds.
    if (!m_trimTimer.isActive() && (!m_lastTrim.isValid() || m_lastTrim.elapsed() >= kTrimIntervalMs))
        m_trimTimer.start();
}

void StreamHub::publish(CoreSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    if (!m_history.empty() && snapshot->revision <= m_history.back()->revision)
        m_history.clear(); // the publisher restarted its count: old revisions mean nothing now
    m_history.push_back(std::move(snapshot));
    // The whole state of the previous snapshot will not be sent again.
    m_fullState = QString();
    m_fullStateOf.reset();
    while (static_cast<int>(m_history.size()) > m_historyDepth)
        m_history.pop_front();

    flush();
}

} // namespace virtuoso::api
