#include "sim/server/ReplayStreams.h"

#include "base/Clock.h"
#include "sim/server/StreamSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace virtuoso::sim {

namespace {

// A recorded time: epoch ms up to the year 3000 (missing: 0). Anything else is not a time, cannot
// always be converted to one, and would overflow the pacing's differences.
std::optional<qint64> recordedMs(const QJsonValue &value)
{
    const double ms = value.toDouble();
    if (!(ms >= 0 && ms <= 32'503'680'000'000.0))
        return std::nullopt;
    return static_cast<qint64>(ms);
}

} // namespace

ReplayStreams::ReplayStreams(const Clock &clock)
    : m_clock(clock)
{}

bool ReplayStreams::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the recording %1: %2").arg(path, file.errorString());
        return false;
    }
    QHash<QString, QString> connOfTopic; // recordings: the connection whose frames are used per topic
    m_frames.clear();
    m_skippedLines = 0;
    while (!file.atEnd()) {
        // Unbounded: a maximum makes Qt allocate that much for every line, and the frames are all
        // held in memory anyway.
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            ++m_skippedLines; // a truncated last line, a malformed frame: the rest still plays
            continue;
        }
        const QJsonObject object = doc.object();
        Frame frame;
        QString topic;
        const bool recorded = object.value(QStringLiteral("frame")).isString();
        const std::optional<qint64> t = recordedMs(object.value(recorded ? QStringLiteral("t") : QStringLiteral("ts")));
        if (!t) {
            ++m_skippedLines;
            continue;
        }
        frame.t = *t;
        if (recorded) {
            frame.text = object.value(QStringLiteral("frame")).toString();
            const QJsonDocument inner = QJsonDocument::fromJson(frame.text.toUtf8());
            topic = inner.object().value(QStringLiteral("topic")).toString();
            if (topic.isEmpty())
                continue; // acks, pongs and malformed frames belong to their connection only
            const QString conn = object.value(QStringLiteral("conn")).toString();
            const auto known = connOfTopic.constFind(topic);
            if (known == connOfTopic.constEnd())
                connOfTopic.insert(topic, conn);
            else if (*known != conn)
                continue;
        } else if (object.value(QStringLiteral("topic")).isString()) {
            topic = object.value(QStringLiteral("topic")).toString();
            frame.text = QString::fromUtf8(line);
        } else {
            ++m_skippedLines;
            continue;
        }
        m_frames[topic].push_back(std::move(frame));
    }
    if (m_frames.isEmpty()) {
        if (error)
            *error = QStringLiteral("the recording %1 holds no topic messages").arg(path);
        return false;
    }
    return true;
}

QString ReplayStreams::validate(const QString &topic) const
{
    if (!m_frames.contains(topic))
        return QStringLiteral("error:handler not found,topic:%1").arg(topic);
    return {};
}

void ReplayStreams::subscribe(StreamSession &session, const QString &topic)
{
    m_cursors.push_back({&session, topic, 0, m_clock.monotonicMs()});
    tick(); // the first frame (the snapshot) goes out right after the ack
}

void ReplayStreams::unsubscribe(StreamSession &session, const QString &topic)
{
    std::erase_if(m_cursors, [&](const Cursor &c) { return c.session == &session && c.topic == topic; });
}

void ReplayStreams::sessionClosed(StreamSession &session)
{
    std::erase_if(m_cursors, [&](const Cursor &c) { return c.session == &session; });
}

void ReplayStreams::tick()
{
    const qint64 now = m_clock.monotonicMs();
    // Sending may close a session, which edits m_cursors: work on indexes and re-check.
    for (size_t i = 0; i < m_cursors.size(); ++i) {
        const auto framesIt = m_frames.constFind(m_cursors[i].topic);
        if (framesIt == m_frames.constEnd())
            continue;
        const std::vector<Frame> &list = *framesIt;
        while (i < m_cursors.size() && m_cursors[i].next < list.size()) {
            Cursor &c = m_cursors[i];
            const double due = static_cast<double>(list[c.next].t - list.front().t) / m_speed;
            if (static_cast<double>(now - c.startMonoMs) < std::floor(due))
                break;
            StreamSession *session = c.session;
            const QString &text = list[c.next].text;
            ++c.next;
            session->sendText(text);
        }
    }
}

} // namespace virtuoso::sim
