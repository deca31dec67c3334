#pragma once

#include "base/Backoff.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace virtuoso {
class Clock;
}

namespace virtuoso::api {

// The client side of the monitoring API, used by the desktop app's remote mode: one daemon, its
// live state kept in sync through /api/v1/stream, one-shot queries for everything else.
// Reconnects with capped exponential backoff and full jitter, resumes from the last revision it
// applied, and says when what it shows is stale.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl;                         // http(s)://host:port
        QByteArray token;                     // empty: no Authorization header
        std::optional<QSslConfiguration> tls; // e.g. with the daemon's certificate as CA
        qint64 staleAfterMs = 3000;           // no stream message for this long → stale
        qint64 backoffInitialMs = 500;
        qint64 backoffMaxMs = 30000;
    };

    struct Reply
    {
        int status = 0; // HTTP status; 0 when no answer arrived
        QJsonObject json;
        QString error; // the server's "error", or the network error
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool ok() const { return status >= 200 && status < 300; }
    };

    ApiClient(Options options, const Clock &clock, QObject *parent = nullptr);
    // The largest answer to get() or post() and the largest stream message read; beyond it the
    // request fails with that reason (the stream closes and reconnects).
    static constexpr qint64 kMaxReplyBytes = 64LL << 20;
    ~ApiClient() override;

    // Opens the stream and keeps it open until stop().
    void start();
    void stop();

    // GET a path such as "/api/v1/status"; `done` runs on this object's thread.
    void get(const QString &pathAndQuery, std::function<void(const Reply &)> done);
    // POST a JSON body with `token` as the bearer (e.g. the trading token for /api/v1/kill, which the
    // monitoring token does not open); `done` runs on this object's thread.
    void post(const QString &pathAndQuery, const QJsonObject &body, const QByteArray &token,
              std::function<void(const Reply &)> done);
    // POST with the client's own (monitoring) token, e.g. /api/v1/alerts/mute.
    void post(const QString &pathAndQuery, const QJsonObject &body, std::function<void(const Reply &)> done)
    {
        post(pathAndQuery, body, m_options.token, std::move(done));
    }

    const QJsonObject &state() const { return m_state; }
    quint64 revision() const { return m_revision; }
    // The daemon process the state belongs to (random per process; changes when it restarts).
    const QString &instance() const { return m_instance; }
    bool isConnected() const { return m_connected; }
    // True when connected state is older than staleAfterMs (or nothing arrived yet).
    bool isStale() const;
    int reconnectAttempt() const { return m_backoff.attempt(); }

    // The token a client presents, from a file that only its owner may read (mode 0600 or 0400),
    // first line, at least 16 printable characters. Empty with `error` set when the file is unfit.
    static QByteArray readTokenFile(const QString &path, QString *error);
    // TLS that trusts the certificates in `caFile` (PEM), e.g. a daemon's self-signed certificate,
    // in addition to the system's.
    static std::optional<QSslConfiguration> tlsTrusting(const QString &caFile, QString *error);

    const QUrl &baseUrl() const { return m_options.baseUrl; }
    // When the last stream message arrived (monotonic ms), 0 before the first.
    qint64 lastMessageMs() const { return m_lastMessageMs; }
    // Why the stream is not connected (the close reason or network error); empty when connected.
    const QString &lastError() const { return m_lastError; }
    // The socket's error behind lastError(); empty when the daemon closed with a reason of its own.
    std::optional<QAbstractSocket::SocketError> lastSocketError() const { return m_lastSocketError; }

signals:
    // The state changed to `revision`; `fullUpdate` when it was replaced rather than patched.
    void stateChanged(quint64 revision, bool fullUpdate);
    void connectionChanged(bool connected, const QString &reason);
    void staleChanged(bool stale);

private:
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, const QByteArray &token,
              std::function<void(const Reply &)> done);
    void openStream();
    void onMessage(const QString &text);
    void onDisconnected();
    void checkStale();
    QUrl streamUrl() const;

    Options m_options;
    const Clock &m_clock;
    QNetworkAccessManager m_nam;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_staleTick;
    QJsonObject m_state;
    QString m_instance;
    QString m_lastError;
    std::optional<QAbstractSocket::SocketError> m_lastSocketError;
    quint64 m_revision = 0;
    qint64 m_lastMessageMs = 0; // monotonic
    bool m_running = false;
    bool m_connected = false;
    bool m_reportedStale = true;
    // The connector's policy (exchange/Backoff): full jitter under a capped exponential.
    exchange::Backoff m_backoff;
};

} // namespace virtuoso::api
