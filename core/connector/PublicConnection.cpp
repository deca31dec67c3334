#include "connector/PublicConnection.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/ConnectionPacer.h"
#include "model/health/TimeoutJournal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace virtuoso::exchange {

using health::TimeoutKind;

namespace {

// The topic of a data frame, read without parsing the frame: `{"topic":"orderbook.50.BTCUSDT",...`.
// Control frames (acks, pongs) carry no "topic" key, so an empty view means "control".
std::string_view frameTopic(const QByteArray &frame)
{
    static constexpr std::string_view key = "\"topic\"";
    const std::string_view text(frame.constData(), static_cast<size_t>(frame.size()));
    const size_t at = text.find(key);
    if (at == std::string_view::npos)
        return {};
    size_t i = at + key.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '\t'))
        ++i;
    if (i >= text.size() || text[i] != '"')
        return {};
    const size_t end = text.find('"', i + 1);
    if (end == std::string_view::npos)
        return {};
    return text.substr(i + 1, end - i - 1);
}

// Whether an exchange message names `topic` as a whole word ("…,topic:kline.1.BTCUSDT").
bool namesTopic(const QString &message, const QString &topic)
{
    qsizetype from = 0;
    while ((from = message.indexOf(topic, from)) >= 0) {
        const qsizetype end = from + topic.size();
        if (end >= message.size() || !(message[end].isLetterOrNumber() || message[end] == u'.'))
            return true;
        from = end;
    }
    return false;
}

QString describeList(const QStringList &items, int max = 3)
{
    QStringList shown = items.mid(0, max);
    QString text = shown.join(QLatin1String(", "));
    if (items.size() > max)
        text += QStringLiteral(" and %1 more").arg(items.size() - max);
    return text;
}

} // namespace

PublicConnection::PublicConnection(PublicConnectionSettings settings, WebSocketTransport &transport,
                                   ConnectionPacer &pacer, TimeoutJournal &journal, const Clock &clock,
                                   PublicFrameSink *sink)
    : m_settings(std::move(settings))
    , m_transport(transport)
    , m_pacer(pacer)
    , m_journal(journal)
    , m_clock(clock)
    , m_sink(sink)
    , m_backoff(m_settings.backoff, m_settings.seed ? m_settings.seed : std::random_device{}())
{
    m_settings.topics.removeDuplicates();
    for (const QString &name : std::as_const(m_settings.topics)) {
        TopicSlot slot;
        slot.name = name;
        slot.info = describeTopic(name);
        m_topicIndex.emplace(name.toStdString(), static_cast<int>(m_topics.size()));
        m_topics.push_back(std::move(slot));
    }
    m_transport.setListener(this);
}

PublicConnection::~PublicConnection()
{
    m_transport.setListener(nullptr);
}

bool PublicConnection::connected() const
{
    return m_state == ConnectionState::Subscribing || m_state == ConnectionState::Live ||
           m_state == ConnectionState::Stale;
}

void PublicConnection::transition(ConnectionState to, const QString &reason)
{
    const ConnectionState from = m_state;
    m_state = to;
    m_reason = reason;
    m_sinceEpochMs = m_clock.epochMs();
    m_transitions.push_back({m_sinceEpochMs, from, to, reason});
    while (m_transitions.size() > static_cast<size_t>(std::max(1, m_settings.transitionHistory)))
        m_transitions.pop_front();
    const bool bad = to == ConnectionState::Backoff || to == ConnectionState::Stale;
    if (bad) {
        VLOG(Warning, "exchange", "CONN_STATE").conn(m_settings.connId)
            << m_settings.connId << ": " << connectionStateName(from) << " -> " << connectionStateName(to) << ": "
            << reason;
    } else {
        VLOG(Info, "exchange", "CONN_STATE").conn(m_settings.connId)
            << m_settings.connId << ": " << connectionStateName(from) << " -> " << connectionStateName(to) << ": "
            << reason;
    }
}

void PublicConnection::start()
{
    if (m_state != ConnectionState::Idle && m_state != ConnectionState::Stopped)
        return;
    enterConnecting(QStringLiteral("start"));
}

void PublicConnection::stop(const QString &reason)
{
    if (m_state == ConnectionState::Stopped)
        return;
    m_transport.abort();
    m_opening = false;
    m_pending.clear();
    transition(ConnectionState::Stopped, reason);
}

void PublicConnection::enterConnecting(const QString &reason)
{
    const qint64 now = m_clock.monotonicMs();
    m_connectAtMs = m_pacer.reserve(now);
    m_opening = false;
    QString why = reason;
    if (m_connectAtMs > now)
        why += QStringLiteral(" (connection slot in %1 ms)").arg(m_connectAtMs - now);
    transition(ConnectionState::Connecting, why);
    poll();
}

void PublicConnection::failAndBackoff(const QString &reason)
{
    const qint64 now = m_clock.monotonicMs();
    m_transport.abort();
    m_opening = false;
    m_pending.clear();
    m_pingSentMs = -1;
    m_silent = false;
    m_lastError = reason;
    if (m_everLive)
        ++m_reconnects;
    m_everLive = false;
    for (TopicSlot &slot : m_topics)
        if (slot.state != TopicState::Rejected)
            slot.state = TopicState::Pending;
    m_backoffDelayMs = m_backoff.nextDelayMs(now);
    m_retryAtMs = now + m_backoffDelayMs;
    transition(ConnectionState::Backoff,
               QStringLiteral("%1; retry %2 in %3 ms").arg(reason).arg(m_backoff.attempt()).arg(m_backoffDelayMs));
}

void PublicConnection::reconnect(const QString &reason)
{
    if (m_state == ConnectionState::Stopped || m_state == ConnectionState::Idle)
        return;
    failAndBackoff(reason);
}

QByteArray PublicConnection::nextReqId()
{
    return QStringLiteral("%1-%2-%3").arg(m_settings.connId).arg(m_session).arg(++m_reqCounter).toUtf8();
}

void PublicConnection::sendSubscribe(const std::vector<int> &topics, bool subscribe)
{
    QStringList names;
    for (int i : topics)
        names << m_topics[static_cast<size_t>(i)].name;
    const qint64 now = m_clock.monotonicMs();
    for (const QStringList &batch : TopicPlanner::batches(names, m_settings.batching)) {
        PendingRequest request;
        request.reqId = nextReqId();
        request.subscribe = subscribe;
        request.sentMs = now;
        QJsonArray args;
        for (const QString &name : batch) {
            args.append(name);
            const int index = findTopic(name.toStdString());
            request.topics.push_back(index);
            if (subscribe)
                ++m_topics[static_cast<size_t>(index)].sessionSubscribes;
            else
                m_topics[static_cast<size_t>(index)].sessionSubscribes = 0;
        }
        QJsonObject message{
            {QStringLiteral("op"), subscribe ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe")},
            {QStringLiteral("req_id"), QString::fromUtf8(request.reqId)},
            {QStringLiteral("args"), args}};
        m_transport.sendText(QJsonDocument(message).toJson(QJsonDocument::Compact));
        m_pending.push_back(std::move(request));
    }
}

void PublicConnection::sendPing(qint64 now)
{
    m_pingReqId = nextReqId();
    const QByteArray ping = QByteArrayLiteral("{\"op\":\"ping\",\"req_id\":\"") + m_pingReqId + "\"}";
    m_transport.sendText(ping);
    m_pingSentMs = now;
    m_nextPingMs = now + m_settings.pingIntervalMs;
}

void PublicConnection::poll()
{
    const qint64 now = m_clock.monotonicMs();
    switch (m_state) {
    case ConnectionState::Idle:
    case ConnectionState::Stopped:
        return;
    case ConnectionState::Backoff:
        if (now >= m_retryAtMs)
            enterConnecting(QStringLiteral("retry %1 after %2 ms").arg(m_backoff.attempt()).arg(m_backoffDelayMs));
        return;
    case ConnectionState::Connecting:
        if (!m_opening && now >= m_connectAtMs) {
            m_opening = true;
            m_connectDeadlineMs = now + m_settings.connectTimeoutMs;
            m_transport.open(m_settings.url);
        } else if (m_opening && now >= m_connectDeadlineMs) {
            m_journal.record(TimeoutKind::ConnectTimeout, m_settings.connId, {}, {}, m_settings.connectTimeoutMs,
                             QStringLiteral("no WebSocket handshake with %1").arg(m_settings.url.host()));
            failAndBackoff(QStringLiteral("connect timeout after %1 ms").arg(m_settings.connectTimeoutMs));
        }
        return;
    case ConnectionState::Subscribing:
    case ConnectionState::Live:
    case ConnectionState::Stale:
        break;
    }

    // Liveness is an application ping on a fixed schedule, whatever the traffic (docs/connector.md).
    if (m_pingSentMs >= 0 && now - m_pingSentMs >= m_settings.pongTimeoutMs) {
        m_journal.record(TimeoutKind::PongTimeout, m_settings.connId, {}, {}, now - m_pingSentMs,
                         QStringLiteral("no pong to ping %1").arg(QString::fromUtf8(m_pingReqId)));
        failAndBackoff(QStringLiteral("no pong within %1 ms").arg(m_settings.pongTimeoutMs));
        return;
    }
    if (m_pingSentMs < 0 && now >= m_nextPingMs)
        sendPing(now);

    if (m_state == ConnectionState::Subscribing) {
        for (const PendingRequest &request : m_pending) {
            if (request.subscribe && now - request.sentMs >= m_settings.subscribeTimeoutMs) {
                // A batch names no single topic: the entry names the request and how many it carried.
                QString topic;
                QString detail = QStringLiteral("no answer to subscribe %1").arg(QString::fromUtf8(request.reqId));
                if (!request.topics.empty()) {
                    const QString &first = m_topics[static_cast<size_t>(request.topics.front())].name;
                    if (request.topics.size() == 1)
                        topic = first;
                    else
                        detail += QStringLiteral(" (%1 topics, first %2)").arg(request.topics.size()).arg(first);
                }
                m_journal.record(TimeoutKind::ConnectTimeout, m_settings.connId, topic, {}, now - request.sentMs,
                                 detail);
                failAndBackoff(
                    QStringLiteral("subscribe not acknowledged within %1 ms").arg(m_settings.subscribeTimeoutMs));
                return;
            }
        }
        return;
    }
    for (TopicSlot &slot : m_topics)
        if (slot.resyncDeferred && now - slot.lastResyncMs >= m_settings.minResyncIntervalMs)
            resyncTopic(slot.name, slot.deferredReason);
    runWatchdog(now);
}

qint64 PublicConnection::maxStaleAfter(const TopicSlot &slot) const
{
    return static_cast<qint64>(
        std::llround(static_cast<double>(slot.info.expectedIntervalMs) * m_settings.staleFactor));
}

qint64 PublicConnection::staleAfter(const TopicSlot &slot) const
{
    const qint64 ceiling = maxStaleAfter(slot);
    if (slot.cadenceStaleAfterMs <= 0)
        return ceiling;
    const qint64 floor = std::min(std::max<qint64>(MinStaleAfterMs, slot.info.normalSilenceMs), ceiling);
    return std::clamp(slot.cadenceStaleAfterMs, floor, ceiling);
}

void PublicConnection::noteInterval(TopicSlot &slot, qint64 gapMs)
{
    slot.gaps[static_cast<size_t>(slot.gapNext)] = gapMs;
    slot.gapNext = (slot.gapNext + 1) % static_cast<int>(slot.gaps.size());
    slot.gapCount = std::min(slot.gapCount + 1, static_cast<int>(slot.gaps.size()));
    // The median of the recent intervals, refreshed every fourth message once there are enough: one
    // burst or one lull moves it little, and a book at 50 messages a second costs a sort of 16
    // numbers a dozen times a second.
    if (slot.gapCount < MinCadenceSamples || slot.gapNext % 4 != 0)
        return;
    std::array<qint64, 16> sorted = slot.gaps;
    const auto used = sorted.begin() + slot.gapCount;
    const auto middle = sorted.begin() + slot.gapCount / 2;
    std::nth_element(sorted.begin(), middle, used);
    slot.cadenceStaleAfterMs = static_cast<qint64>(std::llround(static_cast<double>(*middle) * m_settings.staleFactor));
}

void PublicConnection::runWatchdog(qint64 now)
{
    int watched = 0;
    int overdue = 0;
    struct Due
    {
        int index;
        qint64 age;
        qint64 maxStaleAfter;
    };
    std::vector<Due> due; // silent topics past their maximum window: a journal entry and a resync
    qint64 fastestStaleAfter = 0;
    qint64 fastestMaxStaleAfter = 0;
    int fastest = -1;
    for (TopicSlot &slot : m_topics) {
        if (slot.info.expectedIntervalMs <= 0 || slot.state == TopicState::Rejected)
            continue;
        ++watched;
        const qint64 threshold = staleAfter(slot);
        const qint64 ceiling = maxStaleAfter(slot);
        if (fastest < 0 || threshold < fastestStaleAfter) {
            fastestStaleAfter = threshold;
            fastest = static_cast<int>(&slot - m_topics.data());
        }
        if (fastestMaxStaleAfter == 0 || ceiling < fastestMaxStaleAfter)
            fastestMaxStaleAfter = ceiling;
        const qint64 heardMs = std::max(slot.lastDataMs, slot.subscribedAtMs);
        const qint64 age = now - heardMs;
        if (slot.state != TopicState::Pending && age > ceiling)
            ++overdue;
        // Shown stale as soon as the silence is out of character for the topic; journaled and
        // resubscribed once it outlasts the maximum, then again at doubling intervals.
        if (slot.state == TopicState::Live && age > threshold) {
            slot.state = TopicState::Stale;
            slot.staleReports = 0;
            slot.nextStaleReportMs = heardMs + ceiling + 1;
        }
        if (slot.state == TopicState::Stale && now >= slot.nextStaleReportMs && age > ceiling)
            due.push_back({static_cast<int>(&slot - m_topics.data()), age, ceiling});
    }
    // No data frame at all for the fastest topic's threshold: the connection, not a topic, is what
    // failed (a stalled server may still answer pings). It is stale at once, with one entry naming
    // the topic that should have spoken first and the silence; an entry per topic would only repeat
    // it (a stall of 300 symbols would journal 1,200 of them). Past the maximum window it reconnects.
    const qint64 silentMs = now - std::max(m_lastDataMs, m_subscribedAtMs);
    if (fastest >= 0 && silentMs > fastestStaleAfter && !m_silent) {
        m_silent = true;
        const TopicSlot &first = m_topics[static_cast<size_t>(fastest)];
        m_journal.record(TimeoutKind::StaleStream, m_settings.connId, first.name, first.info.symbol, silentMs,
                         QStringLiteral("no data on any of %1 topics for %2 ms (%3 is stale after %4 ms)")
                             .arg(m_topics.size())
                             .arg(silentMs)
                             .arg(first.name)
                             .arg(fastestStaleAfter));
    }
    if ((watched > 0 && overdue == watched) || (fastestMaxStaleAfter > 0 && silentMs > fastestMaxStaleAfter)) {
        failAndBackoff(QStringLiteral("no data on any topic for %1 ms").arg(silentMs));
        return;
    }
    // A silent topic is news only while its connection still delivers other data. When the whole
    // connection has been quiet for half the fastest window, the topics that cross their own window
    // first are the start of a stall, judged above; they are reported later if the connection comes
    // back without them.
    if (m_silent || (fastestStaleAfter > 0 && silentMs > fastestStaleAfter / 2))
        due.clear();
    for (const auto &[index, age, ceiling] : due) {
        TopicSlot &slot = m_topics[static_cast<size_t>(index)];
        slot.nextStaleReportMs = now + (ceiling << std::min(slot.staleReports, 6));
        ++slot.staleReports;
        m_journal.record(
            TimeoutKind::StaleStream, m_settings.connId, slot.name, slot.info.symbol, age,
            QStringLiteral("no data for %1 ms (expected every %2 ms)").arg(age).arg(slot.info.expectedIntervalMs));
        resyncTopic(slot.name, QStringLiteral("stale stream"));
    }
    refreshLiveness(QString());
}

void PublicConnection::refreshLiveness(const QString &why)
{
    if (m_state != ConnectionState::Live && m_state != ConnectionState::Stale)
        return;
    QStringList stale;
    for (const TopicSlot &slot : m_topics)
        if (slot.state == TopicState::Stale)
            stale << slot.name;
    const QString silence = QStringLiteral("no data on any topic for %1 ms")
                                .arg(m_clock.monotonicMs() - std::max(m_lastDataMs, m_subscribedAtMs));
    if (m_silent && m_state == ConnectionState::Live)
        transition(ConnectionState::Stale, silence);
    else if (m_silent && !m_reason.startsWith(QLatin1String("no data on any topic")))
        m_reason = silence; // stale already for a few topics: the whole connection went quiet since
    else if (!stale.isEmpty() && m_state == ConnectionState::Live)
        transition(ConnectionState::Stale, QStringLiteral("no data on %1").arg(describeList(stale)));
    else if (stale.isEmpty() && !m_silent && m_state == ConnectionState::Stale)
        transition(ConnectionState::Live, why.isEmpty() ? QStringLiteral("data resumed") : why);
}

void PublicConnection::onTransportOpened()
{
    if (m_state != ConnectionState::Connecting)
        return;
    const qint64 now = m_clock.monotonicMs();
    m_opening = false;
    m_silent = false;
    m_openedAtMs = now;
    m_lastFrameMs = now;
    ++m_session;
    m_pending.clear();
    m_pingSentMs = -1;
    m_nextPingMs = now + m_settings.pingIntervalMs;
    std::vector<int> wanted;
    for (size_t i = 0; i < m_topics.size(); ++i) {
        TopicSlot &slot = m_topics[i];
        slot.sessionSubscribes = 0;
        slot.lastResyncMs = -1;
        slot.resyncDeferred = false;
        if (slot.state == TopicState::Rejected)
            continue;
        slot.state = TopicState::Pending;
        slot.subscribedAtMs = now;
        wanted.push_back(static_cast<int>(i));
    }
    transition(ConnectionState::Subscribing, QStringLiteral("connected; subscribing %1 topics").arg(wanted.size()));
    if (wanted.empty()) {
        checkSubscribed(now);
        return;
    }
    sendSubscribe(wanted, true);
}

void PublicConnection::onTransportClosed(const QString &reason)
{
    if (m_state == ConnectionState::Connecting) {
        m_journal.record(TimeoutKind::ReconnectFailed, m_settings.connId, {}, {},
                         m_clock.monotonicMs() - (m_connectDeadlineMs - m_settings.connectTimeoutMs),
                         QStringLiteral("connect to %1 failed: %2").arg(m_settings.url.toDisplayString(), reason));
        failAndBackoff(QStringLiteral("connect failed: %1").arg(reason));
    } else if (connected()) {
        failAndBackoff(QStringLiteral("connection lost: %1").arg(reason));
    }
}

int PublicConnection::findTopic(std::string_view name) const
{
    if (m_lastTopic && m_lastTopic->first == name)
        return m_lastTopic->second;
    const auto it = m_topicIndex.find(name);
    if (it == m_topicIndex.end())
        return -1;
    m_lastTopic = &*it;
    return it->second;
}

void PublicConnection::onTransportText(const QByteArray &frame, qint64 receivedNs)
{
    if (!connected())
        return;
    const qint64 now = m_clock.monotonicMs();
    m_lastFrameMs = now;
    ++m_framesReceived;
    m_bytesReceived += static_cast<quint64>(frame.size());
    const std::string_view topic = frameTopic(frame);
    if (topic.empty()) {
        handleControl(frame, now);
        return;
    }
    const int index = findTopic(topic);
    if (index < 0)
        return; // a topic we did not ask for: nothing to apply it to
    TopicSlot &slot = m_topics[static_cast<size_t>(index)];
    if (slot.state == TopicState::Rejected)
        return;
    ++slot.messages;
    slot.bytes += static_cast<quint64>(frame.size());
    if (slot.state == TopicState::Live && slot.lastDataMs > 0 && slot.info.expectedIntervalMs > 0)
        noteInterval(slot, now - slot.lastDataMs);
    slot.lastDataMs = now;
    m_lastDataMs = now;
    if (m_silent) {
        m_silent = false;
        if (slot.state == TopicState::Live)
            refreshLiveness(QStringLiteral("data resumed on %1").arg(slot.name));
    }
    if (slot.state != TopicState::Live) {
        const bool wasStale = slot.state == TopicState::Stale;
        markTopicLive(slot, now);
        if (wasStale)
            refreshLiveness(QStringLiteral("data resumed on %1").arg(slot.name));
        else
            checkSubscribed(now);
    }
    if (m_sink && !m_sink->deliverFrame(m_settings.index, topic, frame, receivedNs))
        resyncTopic(slot.name, QStringLiteral("hand-over queue full"));
}

bool PublicConnection::transportMayDeliver()
{
    return !m_sink || m_sink->canTakeFrame(m_settings.index);
}

void PublicConnection::onTransportReadDone()
{
    if (m_sink)
        m_sink->endOfRead(m_settings.index);
}

void PublicConnection::markTopicLive(TopicSlot &slot, qint64 now)
{
    if (slot.state == TopicState::Rejected)
        return;
    if (slot.state == TopicState::Pending)
        slot.subscribedAtMs = now;
    slot.state = TopicState::Live;
    slot.staleReports = 0;
}

void PublicConnection::handleControl(const QByteArray &frame, qint64 now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (!doc.isObject()) {
        VLOG(Debug, "exchange", "WS_UNPARSED").conn(m_settings.connId)
            << "unparsed frame: " << error.errorString() << ": " << QString::fromUtf8(frame.left(120));
        return;
    }
    const QJsonObject object = doc.object();
    const QString op = object.value(QLatin1String("op")).toString();
    const bool pong = op == u"pong" || (op == u"ping" && object.value(QLatin1String("ret_msg")).toString() == u"pong");
    if (pong) {
        if (m_pingSentMs >= 0)
            m_lastPongRttMs = now - m_pingSentMs;
        m_pingSentMs = -1;
        return;
    }
    if (op == u"subscribe" || op == u"unsubscribe")
        handleAck(object, op == u"subscribe", now);
}

void PublicConnection::handleAck(const QJsonObject &ack, bool subscribe, qint64 now)
{
    const QByteArray reqId = ack.value(QLatin1String("req_id")).toString().toUtf8();
    const bool success = ack.value(QLatin1String("success")).toBool();
    const QString message = ack.value(QLatin1String("ret_msg")).toString();

    auto it = m_pending.end();
    if (!reqId.isEmpty())
        it = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &r) { return r.reqId == reqId; });
    if (it == m_pending.end() && reqId.isEmpty()) {
        // Failure acks may come without req_id: match by the topic they name, else the oldest request.
        it = std::find_if(m_pending.begin(), m_pending.end(), [&](const PendingRequest &r) {
            return r.subscribe == subscribe && std::any_of(r.topics.begin(), r.topics.end(), [&](int i) {
                       return namesTopic(message, m_topics[static_cast<size_t>(i)].name);
                   });
        });
        if (it == m_pending.end())
            it = std::find_if(m_pending.begin(), m_pending.end(),
                              [&](const PendingRequest &r) { return r.subscribe == subscribe; });
    }
    if (it == m_pending.end())
        return;
    const PendingRequest request = *it;
    m_pending.erase(it);

    if (!subscribe) {
        if (!success) {
            VLOG(Notice, "exchange", "UNSUBSCRIBE_FAILED").conn(m_settings.connId)
                << "unsubscribe " << QString::fromUtf8(request.reqId) << " refused: " << message;
        }
        return;
    }
    if (success || message.contains(QLatin1String("already subscribed"), Qt::CaseInsensitive)) {
        for (int i : request.topics) {
            TopicSlot &slot = m_topics[static_cast<size_t>(i)];
            if (slot.state == TopicState::Pending)
                markTopicLive(slot, now);
        }
        checkSubscribed(now);
        return;
    }
    // A refused batch: the topics it names are rejected; the others are retried one by one, so a
    // single bad topic never holds back the rest. The exchange may have taken some of them already,
    // so each retry unsubscribes first: one subscription per topic either way.
    std::vector<int> named;
    std::vector<int> others;
    for (int i : request.topics)
        (namesTopic(message, m_topics[static_cast<size_t>(i)].name) ? named : others).push_back(i);
    if (named.empty() && others.size() == 1)
        std::swap(named, others);
    for (int i : named)
        rejectTopic(i, message.isEmpty() ? QStringLiteral("subscription refused") : message);
    for (int i : others) {
        sendSubscribe({i}, false);
        sendSubscribe({i}, true);
    }
    checkSubscribed(now);
}

void PublicConnection::rejectTopic(const QString &topic, const QString &why)
{
    const int index = findTopic(topic.toStdString());
    if (index >= 0)
        rejectTopic(index, why);
}

void PublicConnection::rejectTopic(int index, const QString &why)
{
    TopicSlot &slot = m_topics[static_cast<size_t>(index)];
    if (slot.state == TopicState::Rejected)
        return;
    slot.state = TopicState::Rejected;
    slot.rejection = why;
    // Recorded once (the journal logs it): the stream will never deliver until the config changes.
    m_journal.record(TimeoutKind::StaleStream, m_settings.connId, slot.name, slot.info.symbol, 0,
                     QStringLiteral("subscription rejected by the exchange: %1").arg(why));
}

void PublicConnection::checkSubscribed(qint64 now)
{
    if (m_state != ConnectionState::Subscribing)
        return;
    const bool waiting = std::any_of(m_pending.begin(), m_pending.end(), [](const auto &r) { return r.subscribe; });
    if (waiting)
        return;
    int live = 0;
    int rejected = 0;
    for (const TopicSlot &slot : m_topics) {
        live += slot.state == TopicState::Live || slot.state == TopicState::Pending;
        rejected += slot.state == TopicState::Rejected;
    }
    m_everLive = true;
    m_subscribedAtMs = now;
    m_backoff.markConnected(now);
    transition(ConnectionState::Live, rejected
                                          ? QStringLiteral("subscribed %1 topics, %2 rejected").arg(live).arg(rejected)
                                          : QStringLiteral("subscribed %1 topics").arg(live));
}

bool PublicConnection::resyncTopic(const QString &topic, const QString &reason)
{
    const int index = findTopic(topic.toStdString());
    if (index < 0 || !connected())
        return false;
    TopicSlot &slot = m_topics[static_cast<size_t>(index)];
    const qint64 now = m_clock.monotonicMs();
    if (slot.state == TopicState::Rejected)
        return false;
    if (slot.lastResyncMs >= 0 && now - slot.lastResyncMs < m_settings.minResyncIntervalMs) {
        // Too soon after the last one: done when the interval passes, so a snapshot lost to a
        // full queue cannot leave a book waiting forever.
        slot.resyncDeferred = true;
        slot.deferredReason = reason;
        return false;
    }
    slot.resyncDeferred = false;
    slot.lastResyncMs = now;
    ++m_resyncs;
    if (slot.info.kind == TopicKind::OrderBook) {
        m_journal.record(TimeoutKind::BookResync, m_settings.connId, slot.name, slot.info.symbol, 0,
                         QStringLiteral("resubscribing for a fresh snapshot: %1").arg(reason));
    } else {
        VLOG(Notice, "exchange", "TOPIC_RESYNC").conn(m_settings.connId).topic(slot.name)
            << "resubscribing " << slot.name << ": " << reason;
    }
    sendSubscribe({index}, false);
    sendSubscribe({index}, true);
    return true;
}

TopicState PublicConnection::topicState(const QString &topic) const
{
    const int index = findTopic(topic.toStdString());
    return index < 0 ? TopicState::Rejected : m_topics[static_cast<size_t>(index)].state;
}

int PublicConnection::subscribesThisSession(const QString &topic) const
{
    const int index = findTopic(topic.toStdString());
    return index < 0 ? 0 : m_topics[static_cast<size_t>(index)].sessionSubscribes;
}

ConnectionStatus PublicConnection::status() const
{
    ConnectionStatus s;
    s.connId = m_settings.connId;
    s.url = m_settings.url.toDisplayString();
    s.state = m_state;
    s.reason = m_reason;
    s.sinceEpochMs = m_sinceEpochMs;
    s.backoffAttempt = m_state == ConnectionState::Backoff ? m_backoff.attempt() : 0;
    s.backoffDelayMs = m_state == ConnectionState::Backoff ? m_backoffDelayMs : 0;
    s.topicsTotal = static_cast<int>(m_topics.size());
    for (const TopicSlot &slot : m_topics) {
        s.topicsLive += slot.state == TopicState::Live;
        s.topicsStale += slot.state == TopicState::Stale;
        if (slot.state == TopicState::Rejected)
            s.rejectedTopics << slot.name;
        s.maxSubscribesPerTopic = std::max(s.maxSubscribesPerTopic, slot.sessionSubscribes);
    }
    s.lastPongRttMs = m_lastPongRttMs;
    s.framesReceived = m_framesReceived;
    s.reconnects = m_reconnects;
    s.resyncs = m_resyncs;
    s.transitions.assign(m_transitions.begin(), m_transitions.end());
    const qint64 now = m_clock.monotonicMs();
    s.sampledMonotonicMs = now;
    s.sampledEpochMs = m_clock.epochMs();
    s.bytesReceived = m_bytesReceived;
    s.lastMessageAgeMs = m_framesReceived > 0 ? now - m_lastFrameMs : -1;
    s.lastDataAgeMs = m_lastDataMs > 0 ? now - m_lastDataMs : -1;
    s.lastError = m_lastError;
    s.topics.reserve(m_topics.size());
    for (const TopicSlot &slot : m_topics) {
        health::TopicStatus t;
        t.topic = slot.name;
        switch (slot.state) {
        case TopicState::Pending:
            t.state = QStringLiteral("pending");
            break;
        case TopicState::Live:
            t.state = QStringLiteral("live");
            break;
        case TopicState::Stale:
            t.state = QStringLiteral("stale");
            t.lastError = QStringLiteral("no data for %1 s").arg((now - slot.lastDataMs) / 1000);
            break;
        case TopicState::Rejected:
            t.state = QStringLiteral("rejected");
            t.lastError = slot.rejection;
            break;
        }
        t.messages = slot.messages;
        t.bytes = slot.bytes;
        t.lastMessageAgeMs = slot.messages > 0 ? now - slot.lastDataMs : -1;
        if (slot.info.expectedIntervalMs > 0 && slot.state != TopicState::Rejected) {
            t.staleAfterMs = staleAfter(slot);
            if (s.staleAfterMs == 0 || t.staleAfterMs < s.staleAfterMs)
                s.staleAfterMs = t.staleAfterMs;
        }
        s.topics.push_back(std::move(t));
    }
    return s;
}

} // namespace virtuoso::exchange
