#include "connector/RestClient.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/TimeoutJournal.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace virtuoso::exchange {

using health::TimeoutKind;

namespace {

// retCode and retMsg of a Bybit envelope, read without parsing the (possibly large) body.
void readEnvelope(const QByteArray &body, int *retCode, QString *retMsg)
{
    // Bybit puts the envelope first; a reordering server puts it anywhere at the top level.
    const QByteArray &head = body;
    const qsizetype code = head.indexOf("\"retCode\"");
    if (code < 0)
        return;
    qsizetype i = head.indexOf(':', code) + 1;
    qsizetype end = i;
    while (end < head.size() && (head[end] == ' ' || head[end] == '-' || (head[end] >= '0' && head[end] <= '9')))
        ++end;
    bool ok = false;
    const int value = head.mid(i, end - i).trimmed().toInt(&ok);
    if (ok)
        *retCode = value;
    const qsizetype msg = head.indexOf("\"retMsg\"");
    if (msg >= 0) {
        const qsizetype open = head.indexOf('"', head.indexOf(':', msg) + 1);
        const qsizetype close = open >= 0 ? head.indexOf('"', open + 1) : -1;
        if (close > open)
            *retMsg = QString::fromUtf8(head.mid(open + 1, close - open - 1));
    }
}

} // namespace

struct RestClient::Request
{
    QString path;
    QUrlQuery query;
    Callback callback;
    QString symbol;
    int attempts = 0;
    qint64 startedMs = 0;
    qint64 sentMs = 0;
    QString lastError;
};

RestClient::RestClient(RestClientSettings settings, health::TimeoutJournal &journal, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_journal(journal)
    , m_clock(clock)
    , m_limiter(m_settings.limits)
    , m_http(new QNetworkAccessManager(this))
    , m_rng(std::random_device{}())
{
    // Keep-alive is QNetworkAccessManager's default; one manager means one connection pool.
    m_http->setAutoDeleteReplies(false);
}

RestClient::~RestClient() = default;

void RestClient::get(const QString &path, const QUrlQuery &query, Callback callback, const QString &symbol)
{
    auto request = std::make_shared<Request>();
    request->path = path;
    request->query = query;
    request->callback = std::move(callback);
    request->symbol = symbol;
    request->startedMs = m_clock.monotonicMs();
    schedule(std::move(request));
}

void RestClient::schedule(std::shared_ptr<Request> request)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_limiter.banned(now)) {
        RestReply reply;
        reply.httpStatus = 403;
        reply.attempts = request->attempts;
        reply.error = QStringLiteral("REST paused after an IP ban (HTTP 403) for another %1 s")
                          .arg((m_limiter.banUntilMs() - now + 999) / 1000);
        finish(std::move(request), std::move(reply));
        return;
    }
    const qint64 wait = m_limiter.acquire(request->path, now);
    if (wait > 0) {
        if (m_metrics) {
            m_metrics->counter(health::metric::RateLimitWaitsTotal).inc();
            m_metrics->histogram(health::metric::RateLimitWaitSeconds).observe(static_cast<double>(wait) / 1000.0);
        }
        QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, request] { schedule(request); });
        return;
    }
    send(std::move(request));
}

void RestClient::send(std::shared_ptr<Request> request)
{
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + request->path);
    url.setQuery(request->query);
    QNetworkRequest http(url);
    http.setTransferTimeout(static_cast<int>(m_settings.timeoutMs));
    http.setRawHeader("Accept", "application/json");
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    ++request->attempts;
    ++m_inFlight;
    request->sentMs = m_clock.monotonicMs();
    QNetworkReply *reply = m_http->get(http);
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] { onFinished(request, reply); });
}

void RestClient::onFinished(std::shared_ptr<Request> request, QNetworkReply *reply)
{
    --m_inFlight;
    reply->deleteLater();
    const qint64 now = m_clock.monotonicMs();
    RestReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.attempts = request->attempts;
    readEnvelope(result.body, &result.retCode, &result.retMsg);
    if (m_metrics) {
        const QString status =
            result.httpStatus > 0 ? QString::number(result.httpStatus) : QStringLiteral("no_response");
        m_metrics->counter(health::metric::RestRequestsTotal, {{"endpoint", request->path}, {"status", status}}).inc();
        m_metrics->histogram(health::metric::RestLatencySeconds, {{"endpoint", request->path}})
            .observe(static_cast<double>(now - request->sentMs) / 1000.0);
    }
    const RateLimitHeaders headers =
        readRateLimitHeaders(reply->rawHeader("X-Bapi-Limit"), reply->rawHeader("X-Bapi-Limit-Status"),
                             reply->rawHeader("X-Bapi-Limit-Reset-Timestamp"));
    const RateVerdict verdict =
        m_limiter.onReply(request->path, result.httpStatus, result.retCode, headers, now, m_clock.epochMs());
    const QNetworkReply::NetworkError error = reply->error();

    if (verdict == RateVerdict::Banned) {
        if (!m_banAnnounced || now >= m_limiter.banUntilMs() - m_limiter.settings().banPauseMs) {
            VLOG(Error, "exchange", "REST_BANNED") << "HTTP 403 from " << m_settings.baseUrl.host() << request->path
                                                   << ": the exchange banned this IP; all REST requests stop for "
                                                   << m_limiter.settings().banPauseMs / 1000 << " s";
            m_banAnnounced = true;
        }
        m_journal.record(TimeoutKind::RateLimited, {}, request->path, request->symbol, m_limiter.settings().banPauseMs,
                         QStringLiteral("HTTP 403 (IP ban): REST paused"));
        result.error = QStringLiteral("IP banned by the exchange (HTTP 403); REST paused for %1 s")
                           .arg(m_limiter.settings().banPauseMs / 1000);
        finish(std::move(request), std::move(result));
        return;
    }
    if (verdict == RateVerdict::RateLimited) {
        m_journal.record(
            TimeoutKind::RateLimited, {}, request->path, request->symbol, 0,
            QStringLiteral("%1 on %2")
                .arg(result.httpStatus == 429 ? QStringLiteral("HTTP 429") : QStringLiteral("retCode 10006"),
                     request->path));
        retryOrFail(std::move(request), QStringLiteral("rate limited"), 0);
        return;
    }
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        m_journal.record(TimeoutKind::RestTimeout, {}, request->path, request->symbol, m_settings.timeoutMs,
                         QStringLiteral("no reply from %1%2 within %3 ms")
                             .arg(m_settings.baseUrl.host(), request->path)
                             .arg(m_settings.timeoutMs));
        retryOrFail(std::move(request), QStringLiteral("timeout after %1 ms").arg(m_settings.timeoutMs), 0);
        return;
    }
    if (result.httpStatus >= 500 || (result.httpStatus == 0 && error != QNetworkReply::NoError)) {
        const QString why = result.httpStatus ? QStringLiteral("HTTP %1").arg(result.httpStatus) : reply->errorString();
        retryOrFail(std::move(request), why, 0);
        return;
    }
    if (result.httpStatus != 200) {
        result.error = QStringLiteral("HTTP %1 from %2").arg(result.httpStatus).arg(request->path);
    } else if (result.retCode != 0) {
        result.error = result.retCode < 0 ? QStringLiteral("not a Bybit reply from %1").arg(request->path)
                                          : QStringLiteral("retCode %1: %2").arg(result.retCode).arg(result.retMsg);
    } else {
        result.ok = true;
    }
    finish(std::move(request), std::move(result));
}

void RestClient::retryOrFail(std::shared_ptr<Request> request, const QString &why, qint64 minDelayMs)
{
    request->lastError = why;
    if (request->attempts > m_settings.maxRetries) {
        RestReply reply;
        reply.attempts = request->attempts;
        reply.error = QStringLiteral("%1 on %2 after %3 attempts").arg(why, request->path).arg(request->attempts);
        finish(std::move(request), std::move(reply));
        return;
    }
    // Full jitter over a ceiling that doubles with this request's attempts.
    const qint64 ceiling = std::min(m_settings.retryBackoff.maxMs,
                                    m_settings.retryBackoff.initialMs << std::min(request->attempts - 1, 16));
    const qint64 delay = std::max(minDelayMs, std::uniform_int_distribution<qint64>(0, ceiling)(m_rng));
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, request] { schedule(request); });
}

void RestClient::finish(std::shared_ptr<Request> request, RestReply reply)
{
    reply.elapsedMs = m_clock.monotonicMs() - request->startedMs;
    if (!reply.ok && reply.error.isEmpty())
        reply.error = request->lastError;
    Callback callback = std::move(request->callback);
    if (callback)
        callback(reply);
}

} // namespace virtuoso::exchange
