#pragma once

#include "HostOutage.h"
#include "ViewDataSource.h"
#include "api/ApiClient.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QColor>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace virtuoso {
class Clock;
}

namespace virtuoso::ui {

// One daemon the workstation watches: its /api/v1/stream followed by an ApiClient (full state,
// then patches by revision, resumed after a reconnect), each state read back into a CoreSnapshot,
// and the one-shot endpoints the views need (warnings, order-book depth, the timeout journal)
// polled into caches so the views' synchronous sources never wait on the network.
class RemoteHost : public QObject
{
    Q_OBJECT
public:
    // What the operator gives and the settings keep; the token itself is never stored.
    struct Target
    {
        Target(QString url = {}, QString tokenFile = {}, QString caFile = {}, QString tradingTokenFile = {})
            : url(std::move(url))
            , tokenFile(std::move(tokenFile))
            , caFile(std::move(caFile))
            , tradingTokenFile(std::move(tradingTokenFile))
        {}
        QString url;       // http(s)://host:port
        QString tokenFile; // optional, mode 0600
        QString caFile;    // optional PEM certificate(s) to trust for https
        // Optional, mode 0600: the daemon's trading token, for the kill switch from the workstation
        // (read when it is used, never kept).
        QString tradingTokenFile;
        bool operator==(const Target &) const = default;
    };

    // NotWatched: remembered but not followed (its stream is not opened): no news, not a failure.
    enum class Health { Live, Degraded, Stale, Disconnected, NotWatched };

    // The client options for `target`, or nothing with `error` set (bad URL, unfit token file, ...).
    static std::optional<api::ApiClient::Options> clientOptions(const Target &target, QString *error);

    RemoteHost(Target target, api::ApiClient::Options options, const Clock &clock, QObject *parent = nullptr);
    ~RemoteHost() override;

    void start();
    void stop();
    bool watched() const { return m_watched; }

    const Target &target() const { return m_target; }
    QString name() const; // host:port
    Health health() const;
    // Why not live, one short phrase ("2 of 3 connections live"); empty when live.
    QString healthDetail() const;
    // Milliseconds since the last stream message; -1 when none arrived yet.
    qint64 lastUpdateAgeMs() const;
    CoreSnapshotPtr latest() const { return m_latest; }
    // Why the stream is down, in the user's language (the daemon's own close reason as it said it).
    QString lastError() const;
    api::ApiClient &client() { return m_client; }
    // The spans in which this host's data stopped reaching the workstation after it had flowed,
    // oldest first (the last one open while it lasts); at most kMaxOutages.
    const std::vector<HostOutage> &outages() const { return m_outages; }
    static constexpr size_t kMaxOutages = 100;
    // Emits healthChanged when the health moved, opening or closing an outage. Staleness is a matter
    // of the clock: the host manager asks a few times a second, besides the client's own signals.
    void updateHealth();
    // The trading token from tradingTokenFile, read now; empty with `error` set when there is none
    // configured or the file is unfit (not 0600, too short).
    QByteArray tradingToken(QString *error) const;

    // The views' data from this host: answered from its caches at once, each stale entry refreshed
    // from the daemon in the background (the next request sees it). Safe to keep after the host
    // is gone: it then answers nothing.
    std::shared_ptr<ViewDataSource> dataSource();
    // What dataSource() answers with: the cached value, asking the daemon again when it is stale.
    std::optional<OrderBookView> cachedBook(const QString &symbol, int depth);
    std::optional<CandleSeriesView> cachedCandles(const QString &symbol, int intervalMinutes, int limit);
    std::vector<health::TimeoutEntry> cachedTimeoutsAfter(quint64 afterId) const;
    std::vector<health::WarningAggregate> cachedWarnings() const { return m_warnings; }
    void requestTimeoutHistory(qint64 sinceMs, qint64 untilMs,
                               std::function<void(std::vector<health::TimeoutEntry>)> done);

    static QString healthText(Health health);
    // "2 of 3 connections live; stale connections: 1, stale symbols: 3" for a snapshot (the in-process
    // core's too).
    static QString connectionsLiveText(const CoreSnapshotPtr &snapshot);
    // Every connection live and no symbol stale: the only state the status bar calls live or healthy.
    static bool liveAndFresh(const CoreSnapshotPtr &snapshot);
    static QColor healthColor(Health health);

signals:
    void snapshotReady(const virtuoso::CoreSnapshotPtr &snapshot);
    // The daemon is another process now (it restarted): its journal ids and revisions start over,
    // so views that show it must start over too. Emitted before the new process's first snapshot.
    void restarted();
    void healthChanged();

private:
    void onState();
    // Hands the newest snapshot on once the journal backlog is in (after a restart, `restarted` first).
    void deliver();
    void onConnection(bool connected);
    void poll();
    void requestBook(const QString &symbol, int depth);
    void requestCandles(const QString &symbol, int intervalMinutes, int limit);
    void rememberTimeouts(const std::vector<health::TimeoutEntry> &entries);

    Target m_target;
    const Clock &m_clock;
    api::ApiClient m_client;
    QTimer m_poll;
    CoreSnapshotPtr m_latest;
    bool m_backlogSettled = false;
    QString m_instance; // of the last state read
    bool m_restartPending = false;
    qint64 m_lastProblemLogMs = 0;
    std::map<quint64, health::TimeoutEntry> m_timeouts; // journal entries seen, by id (bounded)
    std::vector<health::WarningAggregate> m_warnings;
    bool m_warningsInFlight = false;
    struct Book
    {
        OrderBookView view;
        qint64 fetchedMs = 0; // monotonic
    };
    std::map<QString, Book> m_books;
    QString m_bookInFlight;
    struct Candles
    {
        CandleSeriesView view;
        qint64 fetchedMs = 0; // monotonic
    };
    std::map<std::pair<QString, int>, Candles> m_candles;
    bool m_candlesInFlight = false;
    Health m_reportedHealth = Health::NotWatched;
    bool m_watched = false;
    std::vector<HostOutage> m_outages;
};

} // namespace virtuoso::ui
