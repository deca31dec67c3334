#pragma once

#include "sim/server/StreamEndpoint.h"

#include <QHash>
#include <QString>

#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

// Serves a recording to the subscribers of the recorded topics. Two file shapes are read, one JSON
// object per line:
//   - the simulator's own recordings ({"t":..,"conn":..,"frame":"..."}): paced by "t"; of each topic,
//     the frames one connection received are used, so every frame appears once;
//   - raw captures of Bybit messages ({"topic":..,"ts":..,...}): paced by "ts".
// Every subscription plays its topic from the first frame (the snapshot) at `speed` times real time.
// Topics the live simulator would refuse (orderbook.500) are served if they were recorded.
class ReplayStreams : public TopicSource
{
public:
    explicit ReplayStreams(const Clock &clock);

    bool load(const QString &path, QString *error);
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1.0; }
    QStringList topics() const { return m_frames.keys(); }
    int frameCount(const QString &topic) const { return static_cast<int>(m_frames.value(topic).size()); }
    int skippedLines() const { return m_skippedLines; }

    QString validate(const QString &topic) const override;
    void subscribe(StreamSession &session, const QString &topic) override;
    void unsubscribe(StreamSession &session, const QString &topic) override;
    void sessionClosed(StreamSession &session) override;
    void tick() override;

private:
    struct Frame
    {
        qint64 t = 0; // recorded time, ms
        QString text;
    };
    struct Cursor
    {
        StreamSession *session = nullptr;
        QString topic;
        size_t next = 0;
        qint64 startMonoMs = 0;
    };

    const Clock &m_clock;
    double m_speed = 1.0;
    QHash<QString, std::vector<Frame>> m_frames;
    std::vector<Cursor> m_cursors;
    int m_skippedLines = 0;
};

} // namespace virtuoso::sim
