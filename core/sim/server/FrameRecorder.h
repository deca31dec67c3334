#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

// Writes every frame the simulator sends, one JSON object per line:
//   {"t":<epoch ms>,"conn":"<conn_id>","frame":"<the frame text>"}       (text frames)
//   {"t":<epoch ms>,"conn":"<conn_id>","binary":"<base64>"}              (binary frames)
// The file is what `virtuoso sim --replay` serves.
class FrameRecorder
{
public:
    explicit FrameRecorder(const Clock &clock);
    ~FrameRecorder();

    // Creates DIR (if needed) and a new recording file in it.
    bool open(const QString &directory, QString *error);
    QString path() const { return m_file.fileName(); }

    void record(const QString &connId, const QByteArray &frame, bool binary);
    void flush();
    quint64 framesWritten() const { return m_frames; }

private:
    const Clock &m_clock;
    QFile m_file;
    QByteArray m_buffer;
    quint64 m_frames = 0;
    bool m_failed = false;
};

} // namespace virtuoso::sim
