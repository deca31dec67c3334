#pragma once

#include "alerts/AlertFormat.h"
#include "alerts/AlertSettings.h"
#include "base/WorkerThread.h"
#include "model/alerts/AlertRules.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace virtuoso {
class Clock;
} // namespace virtuoso

namespace virtuoso::health {
class MetricsRegistry;
} // namespace virtuoso::health

namespace virtuoso::store {
class AlertJournal;
} // namespace virtuoso::store

namespace virtuoso::alerts {

// Where desktop channels deliver: the workstation implements it with the system tray's
// notifications; the daemon, which has no desktop, records them (RecordingDesktopNotifier).
// Called on the alert thread; an implementation that touches widgets must post to the GUI thread.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    virtual void notify(const AlertMessage &message) = 0;
};

// Keeps what desktop channels were given (the daemon's desktop, and tests). Thread-safe.
class RecordingDesktopNotifier final : public DesktopNotifier
{
public:
    void notify(const AlertMessage &message) override;
    std::vector<AlertMessage> messages() const;

private:
    mutable std::mutex m_mutex;
    std::vector<AlertMessage> m_messages;
};

// A channel's health as the status and the metrics show it.
struct ChannelStatus
{
    enum class State { Ok, Retrying, Failing };
    QString name;
    QString type;
    State state = State::Ok;
    int queued = 0;        // messages waiting, the one being tried included
    quint64 delivered = 0; // since start
    quint64 failedAttempts = 0;
    QString lastError;          // in words, never a URL
    qint64 lastDeliveredMs = 0; // epoch ms
};
const char *channelStateName(ChannelStatus::State state);

// The alert thread's worker: journals each alert, then delivers it to each of its channels in
// order, one message at a time per channel, each attempt with the channel's timeout, retried with
// exponential backoff (full jitter) or after the delay a 429 asks for (Retry-After, or the
// retry_after of Discord's and Telegram's JSON). After max_retries failed attempts of one message
// the channel is "failing" (status, log, metric); its messages stay queued and journaled and are
// retried at the longest backoff until it recovers, then delivered in order. On start, every
// delivery the journal holds as not delivered is queued again: nothing is lost across a restart.
// Lives on its own thread (AlertService); callers never wait for it.
class AlertDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString journalPath;                        // empty: no journal (alerts are still delivered)
        DesktopNotifier *desktop = nullptr;         // must outlive the dispatcher
        health::MetricsRegistry *metrics = nullptr; // per source and channel counters
        const Clock *clock = nullptr;               // Clock::system() when null
    };

    AlertDispatcher(std::vector<ChannelSettings> channels, Options options);
    ~AlertDispatcher() override;

    // On the alert thread.
    void start();
    void submit(const AlertDecision &decision);

    // Any thread.
    std::vector<ChannelStatus> status() const;
    QString journalError() const;

signals:
    void delivered(qint64 alertId, const QString &channel);
    void channelFailing(const QString &channel);

private:
    struct Channel;
    Channel *find(const QString &name);
    void enqueue(Channel &channel, AlertMessage message, int attempts);
    void pump(Channel &channel);
    void finished(Channel &channel, QNetworkReply *reply);
    void succeed(Channel &channel);
    void failAttempt(Channel &channel, const QString &error, qint64 retryAfterMs);
    void journal(Channel &channel, const QString &status);
    void publish(Channel &channel);

    Options m_options;
    const Clock &m_clock;
    std::vector<std::unique_ptr<Channel>> m_channels;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<store::AlertJournal> m_journal;
    qint64 m_localIds = 0; // ids of alerts the journal could not take
    mutable std::mutex m_statusMutex;
    std::vector<ChannelStatus> m_status;
    QString m_journalError;
};

// Owns the alert thread and its dispatcher. submit() posts and returns at once.
class AlertService
{
public:
    AlertService(std::vector<ChannelSettings> channels, AlertDispatcher::Options options);
    ~AlertService();

    void submit(const AlertDecision &decision);
    void submit(const std::vector<AlertDecision> &decisions);
    std::vector<ChannelStatus> status() const { return m_dispatcher->status(); }
    // For connecting to its signals (queued: they are emitted on the alert thread).
    AlertDispatcher *dispatcher() const { return m_dispatcher; }

private:
    WorkerThread m_thread{QStringLiteral("virtuoso-alerts")};
    AlertDispatcher *m_dispatcher = nullptr;
};

} // namespace virtuoso::alerts
