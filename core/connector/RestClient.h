#pragma once

#include "base/Backoff.h"
#include "connector/RateLimiter.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace virtuoso {
class Clock;
namespace health {
class TimeoutJournal;
}
} // namespace virtuoso

namespace virtuoso::health {
class MetricsRegistry;
}

namespace virtuoso::exchange {

// The outcome of one REST call after its retries: the body on success, otherwise an error an
// operator can act on ("rate limited (10006) on /v5/market/kline after 3 retries").
struct RestReply
{
    bool ok = false;
    int httpStatus = 0;
    int retCode = -1; // envelope retCode; -1 when the body was not a Bybit envelope
    QString retMsg;
    QByteArray body;
    QString error;
    qint64 elapsedMs = 0;
    int attempts = 0;
};

// What bulk fetches and the bootstrap need from a REST client; tests supply a scripted one.
class RestRequester
{
public:
    using Callback = std::function<void(const RestReply &)>;
    virtual ~RestRequester() = default;
    // GET `path` with `query`; `symbol` only labels journal entries. The callback runs on the
    // requester's thread, exactly once.
    virtual void get(const QString &path, const QUrlQuery &query, Callback callback, const QString &symbol = {}) = 0;
};

struct RestClientSettings
{
    QUrl baseUrl{QStringLiteral("https://api.bybit.com")};
    qint64 timeoutMs = 5000;
    int maxRetries = 3;
    RateLimiter::Settings limits;
    Backoff::Settings retryBackoff{500, 10'000, 60'000};
};

// One keep-alive HTTP client for the whole process (lives on the network thread). Every request
// goes through one RateLimiter; HTTP 403 stops all REST for the ban pause; 10006/429/5xx/timeouts
// are retried a bounded number of times with backoff and jitter; each request has a deadline.
class RestClient final : public QObject, public RestRequester
{
    Q_OBJECT
public:
    RestClient(RestClientSettings settings, health::TimeoutJournal &journal, const Clock &clock,
               QObject *parent = nullptr);
    ~RestClient() override;

    void get(const QString &path, const QUrlQuery &query, Callback callback, const QString &symbol = {}) override;

    RateLimiter &limiter() { return m_limiter; }
    int inFlight() const { return m_inFlight; }
    const RestClientSettings &settings() const { return m_settings; }
    void setBaseUrl(const QUrl &url) { m_settings.baseUrl = url; }
    // Counts calls by endpoint and HTTP status, their latency and rate-limit waits (null: none).
    void setMetrics(health::MetricsRegistry *metrics) { m_metrics = metrics; }

private:
    struct Request;
    void schedule(std::shared_ptr<Request> request);
    void send(std::shared_ptr<Request> request);
    void onFinished(std::shared_ptr<Request> request, QNetworkReply *reply);
    void retryOrFail(std::shared_ptr<Request> request, const QString &why, qint64 minDelayMs);
    void finish(std::shared_ptr<Request> request, RestReply reply);

    RestClientSettings m_settings;
    health::TimeoutJournal &m_journal;
    const Clock &m_clock;
    RateLimiter m_limiter;
    QNetworkAccessManager *m_http;
    std::mt19937_64 m_rng;
    int m_inFlight = 0;
    bool m_banAnnounced = false;
    health::MetricsRegistry *m_metrics = nullptr;
};

} // namespace virtuoso::exchange
