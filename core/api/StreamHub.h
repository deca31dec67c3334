#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <vector>

class QWebSocket;

namespace virtuoso {
class Clock;
}

namespace virtuoso::api {

// The /api/v1/stream feed, after qBittorrent's sync API: a subscriber first gets the full state
// (full_update: true), then merge patches from the revision it has to the newest one. A client
// that reconnects with ?since_revision=R&instance=I gets only what changed since R when this
// process still remembers R; otherwise it gets the full state again. A subscriber that stops
// reading is skipped until its socket drains, then catches up in one patch.
//
// What it remembers are the core's immutable snapshots themselves (shared with the rest of the
// program), never JSON states: a patch is built entry by entry from two snapshots when it is sent
// (snapshot_document::streamData). It keeps the newest few for resuming clients, and each
// subscriber holds the one it has, so its memory does not grow with time or messages sent.
class StreamHub : public QObject
{
    Q_OBJECT
public:
    explicit StreamHub(int historyDepth = 8, QObject *parent = nullptr);
    ~StreamHub() override;

    // Takes ownership of an accepted WebSocket; reads since_revision/instance from its URL.
    void addSubscriber(QWebSocket *socket);
    // The newest snapshot; subscribers get what changed since the revision they have.
    void publish(CoreSnapshotPtr snapshot);
    // Closes every subscriber (the API is stopping); they may resume later.
    void closeAll();
    // A subscriber with bytes unsent that takes none of them for `stallMs` on `clock` stopped
    // reading: it is closed with 1008 and a reason, and what was queued for it is freed. Without a
    // clock (the default) subscribers are only skipped while backed up.
    void setStallLimit(const Clock *clock, qint64 stallMs);

    int subscriberCount() const { return static_cast<int>(m_subscribers.size()); }
    // Random per process: revisions of another process (before a restart) never resume here.
    const QString &instance() const { return m_instance; }
    quint64 latestRevision() const { return m_history.empty() ? 0 : m_history.back()->revision; }
    int rememberedRevisions() const { return static_cast<int>(m_history.size()); }
    quint64 messagesSent() const { return m_messagesSent; }
    // Whole states serialised: once per published snapshot however many subscribers join in it.
    quint64 fullStatesBuilt() const { return m_fullStatesBuilt; }
    quint64 subscribersDropped() const { return m_dropped; } // closed for not reading

    // A subscriber with this much unsent is not sent more until it drains.
    static constexpr qint64 kMaxUnsentBytes = 256 * 1024;
    // A subscriber that drained waits this long for others to share its catch-up message.
    static constexpr int kCatchUpDelayMs = 50;
    // A whole state is megabytes in transit; the allocator keeps what it freed unless told. This
    // long after one was sent, the freed memory goes back to the system.
    static constexpr int kTrimDelayMs = 2000;
    static constexpr qint64 kTrimIntervalMs = 10'000;
    // A dropped subscriber gets this long to take its close frame before its socket is reset.
    static constexpr int kDropGraceMs = 1000;
    // At most this many new subscribers are sent the whole state per turn of the event loop; the
    // others get it in the next turns, so a crowd joining at once does not stall the API thread.
    static constexpr int kFullStatesPerTurn = 4;

private:
    struct Subscriber
    {
        QWebSocket *socket = nullptr;
        // The snapshot the client has (null: nothing yet). Held so that a client that fell behind
        // still gets a patch when it drains, not the whole state that would put it further behind.
        CoreSnapshotPtr has;
        // On the stall clock: when the socket last had nothing unsent or wrote some to the client.
        qint64 lastProgressMs = 0;
    };

    CoreSnapshotPtr find(quint64 revision) const;
    // Sends every subscriber that is behind and not backed up what it lacks.
    void flush();
    QByteArray message(const CoreSnapshot *from, const CoreSnapshot &to) const;
    // The whole state of `latest`, serialised once and shared by every subscriber sent it.
    const QString &fullState(const CoreSnapshotPtr &latest);
    void remove(QWebSocket *socket, bool deleteSocket = true);
    void drop(QWebSocket *socket, qint64 stalledMs);

    int m_historyDepth;
    QString m_instance;
    std::deque<CoreSnapshotPtr> m_history; // oldest first
    std::vector<Subscriber> m_subscribers;
    quint64 m_messagesSent = 0;
    quint64 m_fullStatesBuilt = 0;
    CoreSnapshotPtr m_fullStateOf; // the snapshot m_fullState was written from
    QString m_fullState;
    quint64 m_dropped = 0;
    const Clock *m_stallClock = nullptr;
    qint64 m_stallMs = 0;
    QTimer m_flushTimer;
    QTimer m_welcomeTimer; // new subscribers waiting for their whole state
    QTimer m_trimTimer;
    QElapsedTimer m_lastTrim;
};

} // namespace virtuoso::api
