#pragma once

#include "base/Backoff.h"
#include "connector/RateLimiter.h"
#include "trading/PrivateHttp.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace virtuoso {
class Clock;
namespace exchange {
class RequestSigner;
}
} // namespace virtuoso

namespace virtuoso::trading {

// How a request may be repeated when its answer is missing or refused for a reason that is not
// about the request itself. Queries, cancels, amends and settings (leverage, cancel-all, DCP) can
// be sent again: doing them twice does no harm. A create is sent again only after the exchange
// refused it outright with 10002 (timestamp outside the window) — with the same orderLinkId, so a
// duplicate is refused as 110072 — and never when its answer was lost.
enum class RequestKind : std::uint8_t { Query, Create, Amend, Cancel, Setting };

struct PrivateRestSettings
{
    QUrl baseUrl{QStringLiteral("https://api.bybit.com")};
    qint64 recvWindowMs = 5000;
    qint64 timeoutMs = 5000; // the deadline of one attempt
    int maxRetries = 2;      // further attempts of repeatable requests after a lost answer or 10006
    // The private side's share of the IP budget (600 requests / 5 s per IP): the public RestClient
    // keeps 500, this client 100. Endpoint buckets follow the X-Bapi-Limit* headers (per UID).
    exchange::RateLimiter::Settings limits{100, 600'000, 1000, 30'000};
    exchange::Backoff::Settings retryBackoff{200, 5000, 60'000};
    qint64 timeSyncIntervalMs = 30 * 60'000; // the clock offset is refreshed this often (0: never)
    quint64 seed = 0;                        // 0: random
};

// The outcome of one signed request after its retries.
struct PrivateReply
{
    bool ok = false;    // HTTP 200 and retCode 0
    int httpStatus = 0; // 0: no HTTP answer
    int retCode = -1;   // -1: no envelope
    std::string retMsg;
    QByteArray body;
    // The request went out and no answer came back (timeout, connection closed, 5xx): it may or may
    // not have been carried out.
    bool answerLost = false;
    // The request was sent again after a 10002 refusal and a clock re-sync.
    bool resentAfterClockSync = false;
    int attempts = 0;
    std::string error; // for the operator: path and reason; never a key, secret or signature
};

// Signed Bybit v5 REST for one account, on the thread that owns it (the trading thread). Every
// request carries X-BAPI-API-KEY, X-BAPI-TIMESTAMP (the exchange's time: the local clock plus the
// offset measured from GET /v5/market/time), X-BAPI-RECV-WINDOW and X-BAPI-SIGN over exactly the
// query string or body that is sent. Requests wait their turn in a RateLimiter (endpoint buckets
// from the headers, 10006 waits, 403 bans). Timing is driven by poll() (a timer in production, a
// test after advancing a ManualClock).
class PrivateRestClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PrivateReply &)>;

    // `http` null: a QtPrivateHttp is created as a child (its own QNetworkAccessManager).
    PrivateRestClient(PrivateRestSettings settings, std::shared_ptr<const exchange::RequestSigner> signer,
                      const Clock &clock, PrivateHttp *http = nullptr, QObject *parent = nullptr);
    ~PrivateRestClient() override;

    // GET `path`?`query` (already encoded: "category=linear&symbol=BTCUSDT").
    void get(const QString &path, std::string query, RequestKind kind, Callback callback);
    // POST `path` with a JSON body, sent byte for byte as signed.
    void post(const QString &path, std::string body, RequestKind kind, Callback callback);

    // Measures the offset to the exchange's clock now; requests wait for it. `done` may be empty.
    void syncTime(std::function<void(bool ok, const std::string &error)> done = {});
    bool timeSynced() const { return m_synced; }
    qint64 clockOffsetMs() const { return m_offsetMs; }
    // The exchange's time now, as best known (the local clock when never synced).
    qint64 serverNowMs() const;

    // Sends what may go now and enforces deadlines. Runs from an internal timer too.
    void poll();
    // Starts the internal timer that calls poll() every `intervalMs` (0 stops it).
    void setPollInterval(int intervalMs);

    exchange::RateLimiter &limiter() { return m_limiter; }
    int inFlight() const { return static_cast<int>(m_inFlight.size()); }
    int waiting() const { return static_cast<int>(m_waiting.size()); }
    const PrivateRestSettings &settings() const { return m_settings; }

    // Percent-encodes a query value (cursors from the exchange are passed through as they are).
    static std::string encodeQueryValue(std::string_view value);

private:
    struct Request;
    struct InFlight
    {
        std::shared_ptr<Request> request;
        quint64 attempt = 0; // this client's number of the attempt
        quint64 httpId = 0;  // the transport's, for abort()
        qint64 deadlineMs = 0;
    };

    void enqueue(std::shared_ptr<Request> request, qint64 notBeforeMs);
    void pump();
    void send(std::shared_ptr<Request> request);
    void onAnswer(std::shared_ptr<Request> request, const HttpResponse &response);
    void onLost(std::shared_ptr<Request> request, const std::string &why, bool neverSent);
    void retryLater(std::shared_ptr<Request> request, qint64 minDelayMs);
    void finish(std::shared_ptr<Request> request, PrivateReply reply);
    void onTimeAnswer(const HttpResponse &response, qint64 sentMs, qint64 sentEpochMs);
    void endSync(bool ok, const std::string &error);

    PrivateRestSettings m_settings;
    std::shared_ptr<const exchange::RequestSigner> m_signer;
    const Clock &m_clock;
    PrivateHttp *m_http;
    exchange::RateLimiter m_limiter;
    std::mt19937_64 m_rng;
    QTimer m_pollTimer;
    bool m_pumping = false;
    quint64 m_attemptCounter = 0;

    struct Waiting
    {
        std::shared_ptr<Request> request;
        qint64 notBeforeMs = 0;
    };
    std::deque<Waiting> m_waiting;
    std::vector<InFlight> m_inFlight;

    // Clock offset to the exchange.
    bool m_synced = false;
    bool m_syncing = false;
    quint64 m_syncHttpId = 0;
    quint64 m_syncSession = 0;
    qint64 m_syncDeadlineMs = 0;
    qint64 m_syncedAtMs = 0;
    qint64 m_offsetMs = 0;
    std::vector<std::function<void(bool, const std::string &)>> m_syncWaiters;
};

const char *requestKindName(RequestKind kind);

} // namespace virtuoso::trading
