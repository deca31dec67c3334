#include "RemoteHost.h"

#include "DataFreshness.h"

#include "NetworkErrorText.h"
#include "api/SnapshotReader.h"
#include "base/Clock.h"
#include "base/logging/Log.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace virtuoso::ui {

namespace {

constexpr int kPollMs = 2000;
constexpr qint64 kBookMaxAgeMs = 1000;
constexpr qint64 kCandlesMaxAgeMs = 2000;
constexpr size_t kMaxTimeouts = 10000;
constexpr qint64 kProblemLogIntervalMs = 60'000;

} // namespace

std::optional<api::ApiClient::Options> RemoteHost::clientOptions(const Target &target, QString *error)
{
    const QUrl url(target.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("RemoteHost", "%1 is not a daemon address; give http(s)://host:port, "
                                                               "e.g. http://127.0.0.1:8787")
                         .arg(target.url);
        return std::nullopt;
    }
    api::ApiClient::Options options;
    options.baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!target.tokenFile.isEmpty()) {
        options.token = api::ApiClient::readTokenFile(target.tokenFile, error);
        if (options.token.isEmpty())
            return std::nullopt;
    }
    if (!target.caFile.isEmpty()) {
        options.tls = api::ApiClient::tlsTrusting(target.caFile, error);
        if (!options.tls)
            return std::nullopt;
    }
    if (!target.tradingTokenFile.isEmpty() && api::ApiClient::readTokenFile(target.tradingTokenFile, error).isEmpty())
        return std::nullopt; // checked now, so a bad file is said when connecting, not when killing
    return options;
}

QByteArray RemoteHost::tradingToken(QString *error) const
{
    if (m_target.tradingTokenFile.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("RemoteHost", "no trading token is configured for %1").arg(name());
        return {};
    }
    return api::ApiClient::readTokenFile(m_target.tradingTokenFile, error);
}

RemoteHost::RemoteHost(Target target, api::ApiClient::Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_clock(clock)
    , m_client(std::move(options), clock)
{
    connect(&m_client, &api::ApiClient::stateChanged, this, &RemoteHost::onState);
    connect(&m_client, &api::ApiClient::connectionChanged, this,
            [this](bool connected, const QString &) { onConnection(connected); });
    connect(&m_client, &api::ApiClient::staleChanged, this, &RemoteHost::updateHealth);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RemoteHost::poll);
}

RemoteHost::~RemoteHost()
{
    // Stopping closes the socket, which signals; nothing of this object may hear it any more.
    m_client.disconnect(this);
    m_client.stop();
}

void RemoteHost::start()
{
    m_watched = true;
    m_client.start();
    m_poll.start();
}

void RemoteHost::stop()
{
    m_watched = false;
    m_poll.stop();
    m_client.stop();
}

QString RemoteHost::name() const
{
    const QUrl &url = m_client.baseUrl();
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

RemoteHost::Health RemoteHost::health() const
{
    if (!m_watched)
        return Health::NotWatched;
    if (!m_client.isConnected())
        return Health::Disconnected;
    if (m_client.isStale())
        return Health::Stale;
    return liveAndFresh(m_latest) ? Health::Live : Health::Degraded;
}

QString RemoteHost::healthDetail() const
{
    switch (health()) {
    case Health::Live:
        return {};
    case Health::Degraded:
        return connectionsLiveText(m_latest);
    case Health::Stale:
        return tr("no update for %1 s").arg(std::max<qint64>(0, lastUpdateAgeMs()) / 1000);
    case Health::Disconnected:
        return lastError().isEmpty() ? tr("connecting…") : lastError();
    case Health::NotWatched:
        return tr("remembered, not watched: select it to watch it");
    }
    return {};
}

bool RemoteHost::liveAndFresh(const CoreSnapshotPtr &snapshot)
{
    if (!snapshot || snapshot->connections.empty())
        return false;
    for (const health::ConnectionStatus &c : snapshot->connections)
        if (c.state != health::ConnectionState::Live)
            return false;
    for (const auto &[symbol, freshness] : symbolFreshness(*snapshot))
        if (freshness.stale)
            return false;
    return true;
}

QString RemoteHost::connectionsLiveText(const CoreSnapshotPtr &snapshot)
{
    if (!snapshot || snapshot->connections.empty())
        return tr("no connection status yet");
    const auto live =
        std::count_if(snapshot->connections.begin(), snapshot->connections.end(),
                      [](const health::ConnectionStatus &c) { return c.state == health::ConnectionState::Live; });
    const QString text = tr("%1 of %2 connections live").arg(live).arg(snapshot->connections.size());
    const QString stale = stalenessSummary(*snapshot);
    return stale.isEmpty() ? text : tr("%1; %2").arg(text, stale);
}

QString RemoteHost::lastError() const
{
    if (const auto socketError = m_client.lastSocketError())
        return socketErrorText(*socketError, m_client.lastError());
    return m_client.lastError();
}

qint64 RemoteHost::lastUpdateAgeMs() const
{
    return m_client.lastMessageMs() > 0 ? m_clock.monotonicMs() - m_client.lastMessageMs() : -1;
}

QString RemoteHost::healthText(Health health)
{
    switch (health) {
    case Health::Live:
        return tr("Live");
    case Health::Degraded:
        return tr("Degraded");
    case Health::Stale:
        return tr("Stale");
    case Health::Disconnected:
        return tr("Disconnected");
    case Health::NotWatched:
        return tr("Not watched");
    }
    return {};
}

QColor RemoteHost::healthColor(Health health)
{
    switch (health) {
    case Health::Live:
        return QColor(0x2e, 0x9d, 0x4f);
    case Health::Degraded:
        return QColor(0xd9, 0x8c, 0x1f);
    case Health::Stale:
        return QColor(0x9a, 0x6b, 0xd8);
    case Health::Disconnected:
        return QColor(0xd2, 0x3c, 0x3c);
    case Health::NotWatched:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return {};
}

void RemoteHost::updateHealth()
{
    const Health now = health();
    if (now == m_reportedHealth)
        return;
    const auto flowing = [](Health h) { return h == Health::Live || h == Health::Degraded; };
    const bool down = now == Health::Disconnected || now == Health::Stale;
    const bool open = !m_outages.empty() && m_outages.back().toMs == 0;
    const qint64 nowMs = m_clock.epochMs();
    if (down && flowing(m_reportedHealth) && !open) {
        // The data stopped with the last message, not when the silence was noticed.
        const qint64 age = lastUpdateAgeMs();
        m_outages.push_back({age >= 0 ? nowMs - age : nowMs, 0, name(), healthDetail()});
        if (m_outages.size() > kMaxOutages)
            m_outages.erase(m_outages.begin());
    } else if (open && (flowing(now) || now == Health::NotWatched)) {
        m_outages.back().toMs = std::max(nowMs, m_outages.back().fromMs + 1);
    }
    m_reportedHealth = now;
    emit healthChanged();
}

void RemoteHost::onConnection(bool connected)
{
    if (connected) {
        // The journal so far, before the views see the first state, so the timeout history
        // starts complete; the stream's tail keeps it going.
        m_backlogSettled = false;
        m_timeouts.clear(); // the backlog is the whole journal of whichever process answers now
        m_client.get(QStringLiteral("/api/v1/timeouts?limit=10000"), [this](const api::ApiClient::Reply &reply) {
            if (reply.ok())
                rememberTimeouts(api::snapshot_reader::timeouts(reply.json));
            m_backlogSettled = true;
            deliver();
        });
        poll();
    }
    updateHealth();
}

void RemoteHost::onState()
{
    auto result = api::snapshot_reader::fromStreamState(m_client.state());
    if (!result.problems.isEmpty() &&
        (m_lastProblemLogMs == 0 || m_clock.monotonicMs() - m_lastProblemLogMs >= kProblemLogIntervalMs)) {
        m_lastProblemLogMs = m_clock.monotonicMs();
        VLOG(Warning, "ui", "REMOTE_STATE_PROBLEM")
            << name() << ": " << result.problems.size() << " values in the daemon's state were unusable, e.g. "
            << result.problems.first();
    }
    if (m_client.instance() != m_instance) {
        const bool restarted = !m_instance.isEmpty();
        m_instance = m_client.instance();
        if (restarted) {
            m_books.clear();
            m_candles.clear();
            m_restartPending = true;
        }
    }
    m_latest = std::move(result.snapshot);
    rememberTimeouts(m_latest->recentTimeouts);
    updateHealth();
    deliver();
}

void RemoteHost::deliver()
{
    if (!m_backlogSettled || !m_latest)
        return;
    if (m_restartPending) {
        m_restartPending = false;
        emit restarted();
    }
    emit snapshotReady(m_latest);
}

void RemoteHost::rememberTimeouts(const std::vector<health::TimeoutEntry> &entries)
{
    for (const health::TimeoutEntry &e : entries)
        if (e.id > 0) // entries read back from the daemon's store (id 0) come through timeoutHistory
            m_timeouts.insert_or_assign(e.id, e);
    while (m_timeouts.size() > kMaxTimeouts)
        m_timeouts.erase(m_timeouts.begin());
}

void RemoteHost::poll()
{
    if (!m_client.isConnected() || m_warningsInFlight)
        return;
    m_warningsInFlight = true;
    m_client.get(QStringLiteral("/api/v1/warnings"), [this](const api::ApiClient::Reply &reply) {
        m_warningsInFlight = false;
        if (reply.ok())
            m_warnings = api::snapshot_reader::warnings(reply.json);
    });
}

void RemoteHost::requestBook(const QString &symbol, int depth)
{
    if (!m_bookInFlight.isEmpty() || !m_client.isConnected())
        return;
    m_bookInFlight = symbol;
    m_client.get(QStringLiteral("/api/v1/orderbook/%1?depth=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(symbol)))
                     .arg(depth),
                 [this, symbol](const api::ApiClient::Reply &reply) {
                     m_bookInFlight.clear();
                     if (!reply.ok())
                         return;
                     if (auto book = api::snapshot_reader::orderBook(reply.json))
                         m_books[symbol] = {std::move(*book), m_clock.monotonicMs()};
                     while (m_books.size() > 8)
                         m_books.erase(m_books.begin());
                 });
}

void RemoteHost::requestCandles(const QString &symbol, int intervalMinutes, int limit)
{
    if (m_candlesInFlight || !m_client.isConnected())
        return;
    m_candlesInFlight = true;
    m_client.get(
        QStringLiteral("/api/v1/candles/%1?interval=%2&limit=%3")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(symbol)))
            .arg(intervalMinutes)
            .arg(std::clamp(limit, 1, 1500)),
        [this, symbol, intervalMinutes](const api::ApiClient::Reply &reply) {
            m_candlesInFlight = false;
            std::optional<CandleSeriesView> series;
            if (reply.ok())
                series = api::snapshot_reader::candles(reply.json);
            // An answer without candles is remembered too, so the view falls back to
            // ticker candles instead of asking again at once.
            m_candles[{symbol, intervalMinutes}] = {series.value_or(CandleSeriesView{}), m_clock.monotonicMs()};
            while (m_candles.size() > 16)
                m_candles.erase(m_candles.begin());
        });
}

namespace {

// A daemon's data for the views, through the host's caches and its ApiClient. The host may be
// deleted while views still hold this source; every request checks it first.
class RemoteDataSource final : public ViewDataSource
{
public:
    explicit RemoteDataSource(RemoteHost *host)
        : m_host(host)
    {}

    void orderBook(const QString &symbol, int depth, Reply<std::optional<OrderBookView>> done) override
    {
        RemoteHost *host = m_host.data();
        done(host ? host->cachedBook(symbol, depth) : std::nullopt);
    }
    void candles(const QString &symbol, int intervalMinutes, int limit,
                 Reply<std::optional<CandleSeriesView>> done) override
    {
        RemoteHost *host = m_host.data();
        done(host ? host->cachedCandles(symbol, intervalMinutes, limit) : std::nullopt);
    }
    void timeoutsAfter(quint64 afterId, Reply<std::vector<health::TimeoutEntry>> done) override
    {
        RemoteHost *host = m_host.data();
        done(host ? host->cachedTimeoutsAfter(afterId) : std::vector<health::TimeoutEntry>{});
    }
    void timeoutHistory(qint64 sinceMs, qint64 untilMs, Reply<std::vector<health::TimeoutEntry>> done) override
    {
        if (RemoteHost *host = m_host.data())
            host->requestTimeoutHistory(sinceMs, untilMs, std::move(done));
    }
    void warnings(Reply<std::vector<health::WarningAggregate>> done) override
    {
        RemoteHost *host = m_host.data();
        done(host ? host->cachedWarnings() : std::vector<health::WarningAggregate>{});
    }
    bool hasOrderBooks() const override { return true; }
    bool hasWarnings() const override { return true; }
    RemoteHost *remoteHost() const override { return m_host.data(); }

private:
    QPointer<RemoteHost> m_host;
};

} // namespace

std::shared_ptr<ViewDataSource> RemoteHost::dataSource()
{
    return std::make_shared<RemoteDataSource>(this);
}

std::optional<OrderBookView> RemoteHost::cachedBook(const QString &symbol, int depth)
{
    const auto it = m_books.find(symbol);
    if (it == m_books.end() || m_clock.monotonicMs() - it->second.fetchedMs > kBookMaxAgeMs)
        requestBook(symbol, depth);
    if (it == m_books.end())
        return std::nullopt;
    return it->second.view;
}

std::optional<CandleSeriesView> RemoteHost::cachedCandles(const QString &symbol, int intervalMinutes, int limit)
{
    const auto it = m_candles.find({symbol, intervalMinutes});
    if (it == m_candles.end() || m_clock.monotonicMs() - it->second.fetchedMs > kCandlesMaxAgeMs)
        requestCandles(symbol, intervalMinutes, limit);
    if (it == m_candles.end() || it->second.view.bars.empty())
        return std::nullopt;
    return it->second.view;
}

std::vector<health::TimeoutEntry> RemoteHost::cachedTimeoutsAfter(quint64 afterId) const
{
    std::vector<health::TimeoutEntry> out;
    for (auto it = m_timeouts.upper_bound(afterId); it != m_timeouts.end(); ++it)
        out.push_back(it->second);
    return out;
}

// The reply's callback runs through the ApiClient this object owns, so it never outlives it.
void RemoteHost::requestTimeoutHistory(qint64 sinceMs, qint64 untilMs,
                                       std::function<void(std::vector<health::TimeoutEntry>)> done)
{
    if (!m_client.isConnected()) {
        done({});
        return;
    }
    // The daemon answers from its journal and, for older ranges, from its SQLite store.
    m_client.get(QStringLiteral("/api/v1/timeouts?since=%1&until=%2&limit=10000").arg(sinceMs).arg(untilMs),
                 [done = std::move(done)](const api::ApiClient::Reply &reply) {
                     done(reply.ok() ? api::snapshot_reader::timeouts(reply.json)
                                     : std::vector<health::TimeoutEntry>{});
                 });
}

} // namespace virtuoso::ui
