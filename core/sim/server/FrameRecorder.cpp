#include "sim/server/FrameRecorder.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/server/StreamFrames.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace virtuoso::sim {

FrameRecorder::FrameRecorder(const Clock &clock)
    : m_clock(clock)
{}

FrameRecorder::~FrameRecorder()
{
    flush();
}

bool FrameRecorder::open(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("cannot create the recording directory %1").arg(directory);
        return false;
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs(), QTimeZone::utc())
                              .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    m_file.setFileName(dir.absoluteFilePath(QStringLiteral("frames-%1.jsonl").arg(stamp)));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot write the recording %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void FrameRecorder::record(const QString &connId, const QByteArray &frame, bool binary)
{
    if (!m_file.isOpen() || m_failed)
        return;
    m_buffer += "{\"t\":";
    m_buffer += QByteArray::number(m_clock.epochMs());
    m_buffer += ",\"conn\":";
    frames::appendJsonString(m_buffer, connId.toUtf8());
    if (binary) {
        m_buffer += ",\"binary\":\"";
        m_buffer += frame.toBase64();
        m_buffer += "\"}\n";
    } else {
        m_buffer += ",\"frame\":";
        frames::appendJsonString(m_buffer, frame);
        m_buffer += "}\n";
    }
    ++m_frames;
    if (m_buffer.size() > 256 * 1024)
        flush();
}

void FrameRecorder::flush()
{
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    if (m_file.write(m_buffer) != m_buffer.size() && !m_failed) {
        m_failed = true;
        VLOG(Error, "sim", "SIM_RECORD_FAILED")
            << "recording stopped: cannot write " << m_file.fileName() << ": " << m_file.errorString();
    }
    m_buffer.clear();
    m_file.flush();
}

} // namespace virtuoso::sim
