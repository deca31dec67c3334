#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <deque>
#include <vector>

class QWebSocket;

namespace virtuoso::api {

// The /api/v1/stream feed, after qBittorrent's sync API: a subscriber first gets the full state
// (full_update: true), then merge patches from the revision it has to the newest one. A client
// that reconnects with ?since_revision=R&instance=I gets only what changed since R when this
// process still remembers R; otherwise it gets the full state again. A subscriber that stops
// reading is skipped until its socket drains, then catches up in one patch.
class StreamHub : public QObject
{
    Q_OBJECT
public:
    explicit StreamHub(int historyDepth = 64, QObject *parent = nullptr);
    ~StreamHub() override;

    // Takes ownership of an accepted WebSocket; reads since_revision/instance from its URL.
    void addSubscriber(QWebSocket *socket);
    // A new state document (streamState of the newest snapshot) with its revision.
    void publish(quint64 revision, const QJsonObject &state);
    // Closes every subscriber (the API is stopping); they may resume later.
    void closeAll();

    int subscriberCount() const { return static_cast<int>(m_subscribers.size()); }
    // Random per process: revisions of another process (before a restart) never resume here.
    const QString &instance() const { return m_instance; }
    quint64 latestRevision() const { return m_history.empty() ? 0 : m_history.back().revision; }
    quint64 messagesSent() const { return m_messagesSent; }

    static constexpr qint64 kMaxUnsentBytes = 8 * 1024 * 1024;

private:
    struct Revision
    {
        quint64 revision = 0;
        QJsonObject state;
    };
    struct Subscriber
    {
        QWebSocket *socket = nullptr;
        quint64 revision = 0; // what the client has; 0 = nothing yet
    };

    const Revision *find(quint64 revision) const;
    void catchUp(Subscriber &subscriber);
    QByteArray message(quint64 fromRevision, const Revision &to) const;
    void remove(QWebSocket *socket);

    int m_historyDepth;
    QString m_instance;
    std::deque<Revision> m_history;
    std::vector<Subscriber> m_subscribers;
    quint64 m_messagesSent = 0;
};

} // namespace virtuoso::api
