#include "trading/PrivateRestClient.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/RequestSigner.h"
#include "trading/PrivateMessages.h"

#include <algorithm>

namespace virtuoso::trading {

using exchange::RateVerdict;

const char *requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Query:
        return "query";
    case RequestKind::Create:
        return "create";
    case RequestKind::Amend:
        return "amend";
    case RequestKind::Cancel:
        return "cancel";
    case RequestKind::Setting:
        return "setting";
    }
    return "query";
}

struct PrivateRestClient::Request
{
    QByteArray method;
    QString path;
    std::string payload; // the query string (GET) or the body (POST), exactly as signed and sent
    RequestKind kind = RequestKind::Query;
    Callback callback;
    int attempts = 0;
    bool clockRetried = false;
    qint64 startedMs = 0;
    std::string lastError;
};

namespace {
constexpr auto kTimePath = "/v5/market/time";

// The exchange's message with the API key taken out: Bybit's "error sign! origin_string[...]"
// quotes the signed text, key included, and the message goes on into error texts for the operator.
std::string withoutApiKey(std::string text, const std::string &key)
{
    if (key.empty())
        return text;
    static constexpr std::string_view kMark = "[api key]";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + kMark.size()))
        text.replace(at, key.size(), kMark);
    return text;
}

void addHeader(HttpRequest &http, const char *name, const QByteArray &value)
{
    http.headers.append(qMakePair(QByteArray(name), value));
}
} // namespace

PrivateRestClient::PrivateRestClient(PrivateRestSettings settings,
                                     std::shared_ptr<const exchange::RequestSigner> signer, const Clock &clock,
                                     PrivateHttp *http, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_signer(std::move(signer))
    , m_clock(clock)
    , m_http(http ? http : new QtPrivateHttp(this))
    , m_limiter(m_settings.limits)
    , m_rng(m_settings.seed ? m_settings.seed : std::random_device{}())
{
    connect(&m_pollTimer, &QTimer::timeout, this, &PrivateRestClient::poll);
}

PrivateRestClient::~PrivateRestClient()
{
    // Nothing is answered after destruction: the owner is going away with its callbacks.
    for (const InFlight &f : m_inFlight)
        m_http->abort(f.httpId);
    if (m_syncing)
        m_http->abort(m_syncHttpId);
}

void PrivateRestClient::setPollInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(intervalMs);
}

std::string PrivateRestClient::encodeQueryValue(std::string_view value)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~' || c == '%') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0f];
        }
    }
    return out;
}

qint64 PrivateRestClient::serverNowMs() const
{
    return m_clock.epochMs() + m_offsetMs;
}

void PrivateRestClient::get(const QString &path, std::string query, RequestKind kind, Callback callback)
{
    auto request = std::make_shared<Request>();
    request->method = "GET";
    request->path = path;
    request->payload = std::move(query);
    request->kind = kind;
    request->callback = std::move(callback);
    request->startedMs = m_clock.monotonicMs();
    enqueue(std::move(request), 0);
}

void PrivateRestClient::post(const QString &path, std::string body, RequestKind kind, Callback callback)
{
    auto request = std::make_shared<Request>();
    request->method = "POST";
    request->path = path;
    request->payload = std::move(body);
    request->kind = kind;
    request->callback = std::move(callback);
    request->startedMs = m_clock.monotonicMs();
    enqueue(std::move(request), 0);
}

void PrivateRestClient::enqueue(std::shared_ptr<Request> request, qint64 notBeforeMs)
{
    m_waiting.push_back({std::move(request), notBeforeMs});
    pump();
}

void PrivateRestClient::poll()
{
    const qint64 now = m_clock.monotonicMs();
    if (m_syncing && now >= m_syncDeadlineMs) {
        m_http->abort(m_syncHttpId);
        endSync(false,
                "no answer from " + std::string(kTimePath) + " within " + std::to_string(m_settings.timeoutMs) + " ms");
    }
    std::vector<InFlight> expired;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (now >= it->deadlineMs) {
            expired.push_back(std::move(*it));
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    for (InFlight &f : expired) {
        m_http->abort(f.httpId);
        onLost(std::move(f.request), "no answer within " + std::to_string(m_settings.timeoutMs) + " ms", false);
    }
    pump();
}

void PrivateRestClient::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    for (;;) {
        if (m_waiting.empty() || m_syncing)
            break;
        const qint64 now = m_clock.monotonicMs();
        // The first request measures the clock, and so does the first after a long quiet spell.
        const bool stale = m_settings.timeSyncIntervalMs > 0 && now - m_syncedAtMs >= m_settings.timeSyncIntervalMs;
        if (m_syncedAtMs == 0 || (m_synced && stale)) {
            syncTime();
            if (m_syncing)
                break;
        }
        std::shared_ptr<Request> due;
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (now < it->notBeforeMs)
                continue;
            if (m_limiter.banned(now)) {
                due = std::move(it->request);
                m_waiting.erase(it);
                break;
            }
            const qint64 wait = m_limiter.acquire(it->request->path, now);
            if (wait > 0) {
                it->notBeforeMs = now + wait;
                continue;
            }
            due = std::move(it->request);
            m_waiting.erase(it);
            break;
        }
        if (!due)
            break;
        if (m_limiter.banned(now)) {
            PrivateReply reply;
            reply.httpStatus = 403;
            reply.error = "private REST paused after an IP ban (HTTP 403) for another " +
                          std::to_string((m_limiter.banUntilMs() - now + 999) / 1000) + " s";
            finish(std::move(due), std::move(reply));
            continue;
        }
        send(std::move(due));
    }
    m_pumping = false;
}

void PrivateRestClient::send(std::shared_ptr<Request> request)
{
    const qint64 timestamp = serverNowMs();
    const std::string timestampText = std::to_string(timestamp);
    const std::string signature = m_signer->signRest(timestamp, m_settings.recvWindowMs, request->payload);
    HttpRequest http;
    http.method = request->method;
    QByteArray url = m_settings.baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    url += request->path.toUtf8();
    if (request->method == "GET") {
        if (!request->payload.empty())
            url += '?' + QByteArray::fromStdString(request->payload);
    } else {
        http.body = QByteArray::fromStdString(request->payload);
        addHeader(http, "Content-Type", "application/json");
    }
    http.url = std::move(url);
    addHeader(http, "X-BAPI-API-KEY", QByteArray::fromStdString(m_signer->apiKey()));
    addHeader(http, "X-BAPI-TIMESTAMP", QByteArray::fromStdString(timestampText));
    addHeader(http, "X-BAPI-RECV-WINDOW", QByteArray::number(m_settings.recvWindowMs));
    addHeader(http, "X-BAPI-SIGN", QByteArray::fromStdString(signature));
    addHeader(http, "Accept", "application/json");
    ++request->attempts;

    // The answer may come before send() returns (a scripted transport): the entry is keyed by the
    // attempt's own number, and the transport's id is filled in afterwards for abort().
    const quint64 attempt = ++m_attemptCounter;
    m_inFlight.push_back({request, attempt, 0, m_clock.monotonicMs() + m_settings.timeoutMs});
    const quint64 httpId = m_http->send(http, [this, attempt](const HttpResponse &response) {
        const auto it =
            std::find_if(m_inFlight.begin(), m_inFlight.end(), [&](const InFlight &f) { return f.attempt == attempt; });
        if (it == m_inFlight.end())
            return;
        std::shared_ptr<Request> request = std::move(it->request);
        m_inFlight.erase(it);
        onAnswer(std::move(request), response);
    });
    const auto it =
        std::find_if(m_inFlight.begin(), m_inFlight.end(), [&](const InFlight &f) { return f.attempt == attempt; });
    if (it != m_inFlight.end())
        it->httpId = httpId;
}

void PrivateRestClient::onAnswer(std::shared_ptr<Request> request, const HttpResponse &response)
{
    if (response.transportError) {
        onLost(std::move(request), response.error.toStdString(), response.neverSent);
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    PrivateReply reply;
    reply.httpStatus = response.status;
    reply.body = response.body;
    RestEnvelope envelope;
    ParseIssues issues;
    if (parseEnvelope(std::string_view(response.body.constData(), static_cast<std::size_t>(response.body.size())),
                      envelope, issues)) {
        reply.retCode = envelope.retCode;
        reply.retMsg = withoutApiKey(std::move(envelope.retMsg), m_signer->apiKey());
    }
    const exchange::RateLimitHeaders headers =
        exchange::readRateLimitHeaders(response.limit, response.limitStatus, response.limitReset);
    const RateVerdict verdict = m_limiter.onReply(request->path, response.status, reply.retCode < 0 ? 0 : reply.retCode,
                                                  headers, now, m_clock.epochMs());
    const std::string path = request->path.toStdString();
    if (verdict == RateVerdict::Banned) {
        VLOG(Error, "trading", "PRIVATE_REST_BANNED")
            << "HTTP 403 on " << request->path << ": the exchange banned this IP; private REST stops for "
            << m_limiter.settings().banPauseMs / 1000 << " s";
        reply.error = "IP banned by the exchange (HTTP 403) on " + path + "; private REST paused for " +
                      std::to_string(m_limiter.settings().banPauseMs / 1000) + " s";
        finish(std::move(request), std::move(reply));
        return;
    }
    if (verdict == RateVerdict::RateLimited) {
        // A refusal: the request was not carried out. Repeatable ones wait their bucket's turn; a
        // create is handed back (the order manager decides whether the order still makes sense).
        if (request->kind != RequestKind::Create && request->attempts <= m_settings.maxRetries) {
            request->lastError = "rate limited on " + path;
            enqueue(std::move(request), 0);
            return;
        }
        reply.error =
            "rate limited (" + std::to_string(reply.retCode < 0 ? response.status : reply.retCode) + ") on " + path;
        finish(std::move(request), std::move(reply));
        return;
    }
    if (response.status >= 500) {
        onLost(std::move(request), "HTTP " + std::to_string(response.status), false);
        return;
    }
    if (reply.retCode == 10002 && !request->clockRetried) {
        // The exchange refused the timestamp: nothing was done. Measure the clock again and send
        // once more (re-signed; the same body, the same orderLinkId).
        VLOG(Warning, "trading", "PRIVATE_REST_CLOCK")
            << "retCode 10002 on " << request->path << " (" << QString::fromStdString(reply.retMsg)
            << "): re-syncing the clock and sending once more";
        request->clockRetried = true;
        syncTime();
        enqueue(std::move(request), 0);
        return;
    }
    reply.ok = response.status == 200 && reply.retCode == 0;
    if (!reply.ok) {
        if (response.status != 200)
            reply.error = "HTTP " + std::to_string(response.status) + " from " + path;
        else if (reply.retCode < 0)
            reply.error = "not a Bybit answer from " + path;
        else
            reply.error = "retCode " + std::to_string(reply.retCode) + " on " + path + ": " + reply.retMsg;
    }
    finish(std::move(request), std::move(reply));
}

void PrivateRestClient::onLost(std::shared_ptr<Request> request, const std::string &why, bool neverSent)
{
    const std::string path = request->path.toStdString();
    request->lastError = why + " on " + path;
    const bool repeatable = request->kind != RequestKind::Create;
    if (repeatable && request->attempts <= m_settings.maxRetries) {
        retryLater(std::move(request), 0);
        return;
    }
    PrivateReply reply;
    // A request that cannot have reached the exchange did nothing; any other may have been done.
    reply.answerLost = !neverSent;
    reply.error = (neverSent ? "not sent: " : "answer lost: ") + why + " on " + path;
    finish(std::move(request), std::move(reply));
}

void PrivateRestClient::retryLater(std::shared_ptr<Request> request, qint64 minDelayMs)
{
    const qint64 ceiling = std::min(m_settings.retryBackoff.maxMs,
                                    m_settings.retryBackoff.initialMs << std::min(request->attempts - 1, 16));
    const qint64 delay = std::max(minDelayMs, std::uniform_int_distribution<qint64>(0, ceiling)(m_rng));
    enqueue(std::move(request), m_clock.monotonicMs() + delay);
}

void PrivateRestClient::finish(std::shared_ptr<Request> request, PrivateReply reply)
{
    reply.attempts = request->attempts;
    reply.resentAfterClockSync = request->clockRetried && request->attempts > 1;
    if (!reply.ok && reply.error.empty())
        reply.error = request->lastError;
    Callback callback = std::move(request->callback);
    if (callback)
        callback(reply);
}

void PrivateRestClient::syncTime(std::function<void(bool, const std::string &)> done)
{
    if (done)
        m_syncWaiters.push_back(std::move(done));
    if (m_syncing)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (m_limiter.banned(now)) {
        endSync(false, "private REST paused after an IP ban (HTTP 403)");
        return;
    }
    m_syncing = true;
    m_syncDeadlineMs = now + m_settings.timeoutMs;
    const qint64 sentMs = now;
    const qint64 sentEpochMs = m_clock.epochMs();
    HttpRequest http;
    http.method = "GET";
    http.url = m_settings.baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::StripTrailingSlash) + kTimePath;
    addHeader(http, "Accept", "application/json");
    const quint64 session = ++m_syncSession;
    m_syncHttpId = m_http->send(http, [this, session, sentMs, sentEpochMs](const HttpResponse &response) {
        if (session == m_syncSession && m_syncing)
            onTimeAnswer(response, sentMs, sentEpochMs);
    });
}

void PrivateRestClient::onTimeAnswer(const HttpResponse &response, qint64 sentMs, qint64 sentEpochMs)
{
    if (response.transportError || response.status != 200) {
        endSync(false, "clock sync failed: " + (response.transportError ? response.error.toStdString()
                                                                        : "HTTP " + std::to_string(response.status)));
        return;
    }
    qint64 serverMs = 0;
    ParseIssues issues;
    if (!parseServerTime(std::string_view(response.body.constData(), static_cast<std::size_t>(response.body.size())),
                         serverMs, issues)) {
        endSync(false, "clock sync failed: " + issues.error);
        return;
    }
    // The exchange read its clock about half-way through the round trip.
    const qint64 roundTripMs = m_clock.monotonicMs() - sentMs;
    m_offsetMs = serverMs - (sentEpochMs + roundTripMs / 2);
    m_synced = true;
    endSync(true, {});
}

void PrivateRestClient::endSync(bool ok, const std::string &error)
{
    m_syncing = false;
    ++m_syncSession;
    m_syncedAtMs = std::max<qint64>(1, m_clock.monotonicMs());
    if (!ok) {
        VLOG(Warning, "trading", "PRIVATE_REST_CLOCK")
            << QString::fromStdString(error) << "; requests go with the last known offset (" << m_offsetMs << " ms)";
    }
    std::vector<std::function<void(bool, const std::string &)>> waiters;
    waiters.swap(m_syncWaiters);
    for (auto &waiter : waiters)
        waiter(ok, error);
    pump();
}

} // namespace virtuoso::trading
