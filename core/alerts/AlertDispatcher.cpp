#include "alerts/AlertDispatcher.h"

#include "alerts/ChannelAnswer.h"
#include "base/Backoff.h"
#include "base/Clock.h"
#include "base/QueuedCall.h"
#include "base/logging/Log.h"
#include "model/health/MetricsRegistry.h"
#include "store/AlertJournal.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace virtuoso::alerts {

namespace {

// A failure in words that never carry the URL (Qt's errorString() does).
QString failureText(QNetworkReply::NetworkError error, int status, int timeoutMs)
{
    if (status > 0)
        return QStringLiteral("HTTP %1").arg(status);
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("closed by the server");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed");
    default:
        return QStringLiteral("network error %1").arg(static_cast<int>(error));
    }
}

} // namespace

const char *channelStateName(ChannelStatus::State state)
{
    switch (state) {
    case ChannelStatus::State::Ok:
        return "ok";
    case ChannelStatus::State::Retrying:
        return "retrying";
    case ChannelStatus::State::Failing:
        return "failing";
    }
    return "ok";
}

void RecordingDesktopNotifier::notify(const AlertMessage &message)
{
    std::lock_guard lock(m_mutex);
    m_messages.push_back(message);
}

std::vector<AlertMessage> RecordingDesktopNotifier::messages() const
{
    std::lock_guard lock(m_mutex);
    return m_messages;
}

struct AlertDispatcher::Channel
{
    struct Pending
    {
        AlertMessage message;
        int attempts = 0;
        qint64 queuedMonoMs = 0;
    };

    explicit Channel(ChannelSettings s)
        : settings(std::move(s))
        , backoff({settings.backoffInitialMs, settings.backoffMaxMs, 0})
    {}

    ChannelSettings settings;
    std::deque<Pending> queue;
    QNetworkReply *inFlight = nullptr;
    QTimer *retry = nullptr;
    exchange::Backoff backoff;
    int failuresOfHead = 0; // failed attempts of the message at the head (429s not counted)
    ChannelStatus status;
    health::Counter *deliveredCounter = nullptr;
    health::Counter *failedCounter = nullptr;
};

AlertDispatcher::AlertDispatcher(std::vector<ChannelSettings> channels, Options options)
    : m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : Clock::system())
{
    for (ChannelSettings &s : channels) {
        auto c = std::make_unique<Channel>(std::move(s));
        c->status.name = c->settings.name;
        c->status.type = QLatin1String(channelTypeName(c->settings.type));
        if (m_options.metrics) {
            const QString name = c->settings.name;
            c->deliveredCounter = &m_options.metrics->counter(
                "virtuoso_alert_deliveries_total", {{"channel", name}, {"status", QStringLiteral("delivered")}});
            c->failedCounter = &m_options.metrics->counter("virtuoso_alert_deliveries_total",
                                                           {{"channel", name}, {"status", QStringLiteral("failed")}});
        }
        m_status.push_back(c->status);
        m_channels.push_back(std::move(c));
    }
    if (m_options.metrics) {
        m_options.metrics->describeCounter("virtuoso_alerts_total", QStringLiteral("Alerts sent, by source."));
        m_options.metrics->describeCounter("virtuoso_alert_deliveries_total",
                                           QStringLiteral("Delivery attempts by channel: delivered or failed."));
        m_options.metrics->describeGauge("virtuoso_alert_channel_failing",
                                         QStringLiteral("1 while a channel is marked failing."));
        for (const auto &c : m_channels) {
            const QString name = c->settings.name;
            m_options.metrics->gaugeFunction("virtuoso_alert_channel_failing", {{"channel", name}}, [this, name] {
                for (const ChannelStatus &s : status()) {
                    if (s.name == name)
                        return s.state == ChannelStatus::State::Failing ? 1.0 : 0.0;
                }
                return 0.0;
            });
        }
    }
}

AlertDispatcher::~AlertDispatcher() = default;

void AlertDispatcher::start()
{
    m_network = new QNetworkAccessManager(this);
    for (auto &c : m_channels) {
        c->retry = new QTimer(this);
        c->retry->setSingleShot(true);
        Channel *channel = c.get();
        connect(c->retry, &QTimer::timeout, this, [this, channel] { pump(*channel); });
    }
    if (m_options.journalPath.isEmpty())
        return;
    m_journal = std::make_unique<store::AlertJournal>();
    if (!m_journal->open(m_options.journalPath)) {
        std::lock_guard lock(m_statusMutex);
        m_journalError = m_journal->lastError();
        VLOG(Error, "alerts", "ALERT_JOURNAL_UNAVAILABLE") << m_journalError;
        m_journal.reset();
        return;
    }
    // What a previous run could not deliver goes first, in its order.
    int requeued = 0;
    for (const store::PendingAlertDelivery &p : m_journal->pending()) {
        const store::AlertDeliveryRecord &d = p.alert.deliveries.front();
        Channel *channel = find(d.channel);
        if (!channel)
            continue; // the channel was removed from the configuration; the journal keeps the row
        AlertMessage m;
        m.alertId = p.alert.id;
        m.event = p.alert.event;
        m.rule = p.alert.rule;
        m.channel = d.channel;
        m.more = d.more;
        m.summary = d.summary;
        enqueue(*channel, std::move(m), d.attempts);
        ++requeued;
    }
    if (requeued > 0) {
        VLOG(Notice, "alerts", "ALERT_REQUEUED") << requeued << " undelivered alerts from the journal are sent again";
    }
}

AlertDispatcher::Channel *AlertDispatcher::find(const QString &name)
{
    for (auto &c : m_channels) {
        if (c->settings.name == name)
            return c.get();
    }
    return nullptr;
}

void AlertDispatcher::submit(const AlertDecision &decision)
{
    qint64 id = m_journal ? m_journal->recordAlert(decision) : 0;
    if (id == 0) {
        if (m_journal) {
            VLOG(Error, "alerts", "ALERT_JOURNAL_WRITE") << m_journal->lastError();
        }
        id = --m_localIds;
    }
    if (m_options.metrics)
        m_options.metrics
            ->counter("virtuoso_alerts_total", {{"source", QLatin1String(sourceName(decision.event.source))}})
            .inc();
    for (const ChannelMessage &cm : decision.messages) {
        Channel *channel = find(cm.channel);
        if (!channel) {
            VLOG(Warning, "alerts", "ALERT_UNKNOWN_CHANNEL")
                << "rule " << decision.rule << " names no channel " << cm.channel;
            continue;
        }
        AlertMessage m;
        m.alertId = id;
        m.event = decision.event;
        m.rule = decision.rule;
        m.channel = cm.channel;
        m.more = cm.more;
        m.summary = cm.summary();
        enqueue(*channel, std::move(m), 0);
    }
}

void AlertDispatcher::enqueue(Channel &channel, AlertMessage message, int attempts)
{
    channel.queue.push_back({std::move(message), attempts, m_clock.monotonicMs()});
    publish(channel);
    pump(channel);
}

void AlertDispatcher::pump(Channel &channel)
{
    if (channel.inFlight || channel.queue.empty() || (channel.retry && channel.retry->isActive()) || !m_network)
        return;
    Channel::Pending &head = channel.queue.front();
    ++head.attempts;
    if (channel.settings.type == ChannelType::Desktop) {
        if (m_options.desktop)
            m_options.desktop->notify(head.message);
        succeed(channel);
        return;
    }
    const HttpDelivery d = deliveryFor(channel.settings, head.message);
    QNetworkRequest request(d.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", QByteArrayLiteral("Virtuoso/" VIRTUOSO_VERSION));
    for (const auto &[name, value] : d.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(channel.settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, d.body);
    channel.inFlight = reply;
    Channel *c = &channel;
    connect(reply, &QNetworkReply::finished, this, [this, c, reply] { finished(*c, reply); });
}

void AlertDispatcher::finished(Channel &channel, QNetworkReply *reply)
{
    reply->deleteLater();
    if (channel.inFlight != reply)
        return;
    channel.inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    bool ok = status >= 200 && status < 300;
    if (ok && channel.settings.type == ChannelType::Telegram) {
        ok = channel_answer::telegramAccepted(body);
    }
    if (ok) {
        succeed(channel);
        return;
    }
    const qint64 wait = status == 429 ? channel_answer::retryAfterMs(reply->rawHeader("Retry-After"), body) : -1;
    QString error = failureText(reply->error(), status, channel.settings.timeoutMs);
    if (status == 429)
        error += wait >= 0 ? QStringLiteral(" (rate limited, retry after %1 ms)").arg(wait)
                           : QStringLiteral(" (rate limited)");
    failAttempt(channel, error, status == 429 ? std::max<qint64>(wait, 0) : -1);
}

void AlertDispatcher::succeed(Channel &channel)
{
    Channel::Pending head = std::move(channel.queue.front());
    channel.queue.pop_front();
    const bool wasFailing = channel.status.state == ChannelStatus::State::Failing;
    channel.failuresOfHead = 0;
    channel.backoff.reset();
    channel.status.state = ChannelStatus::State::Ok;
    ++channel.status.delivered;
    channel.status.lastDeliveredMs = m_clock.epochMs();
    if (channel.deliveredCounter)
        channel.deliveredCounter->inc();
    if (m_journal) {
        store::AlertDeliveryRecord r;
        r.channel = channel.settings.name;
        r.status = QStringLiteral("delivered");
        r.attempts = head.attempts;
        r.latencyMs = m_clock.monotonicMs() - head.queuedMonoMs;
        r.updatedMs = m_clock.epochMs();
        m_journal->updateDelivery(head.message.alertId, r);
    }
    if (wasFailing) {
        VLOG(Notice, "alerts", "ALERT_CHANNEL_RECOVERED") << channel.settings.describe() << " delivers again";
    }
    publish(channel);
    emit delivered(head.message.alertId, channel.settings.name);
    pump(channel);
}

void AlertDispatcher::failAttempt(Channel &channel, const QString &error, qint64 retryAfter)
{
    Channel::Pending &head = channel.queue.front();
    ++channel.status.failedAttempts;
    channel.status.lastError = error;
    if (channel.failedCounter)
        channel.failedCounter->inc();
    qint64 delay = retryAfter;
    if (retryAfter < 0) { // a real failure, not a rate limit
        ++channel.failuresOfHead;
        delay = channel.backoff.nextDelayMs(m_clock.monotonicMs());
    }
    const bool failing = channel.failuresOfHead >= std::max(1, channel.settings.maxRetries);
    const ChannelStatus::State before = channel.status.state;
    channel.status.state = failing ? ChannelStatus::State::Failing : ChannelStatus::State::Retrying;
    if (failing && before != ChannelStatus::State::Failing) {
        VLOG(Warning, "alerts", "ALERT_CHANNEL_FAILING")
            << channel.settings.describe() << " failed " << channel.failuresOfHead << " times (" << error
            << "); its alerts stay queued and journaled";
        emit channelFailing(channel.settings.name);
    }
    if (m_journal) {
        store::AlertDeliveryRecord r;
        r.channel = channel.settings.name;
        r.status = failing ? QStringLiteral("failing") : QStringLiteral("retrying");
        r.attempts = head.attempts;
        r.lastError = error;
        r.updatedMs = m_clock.epochMs();
        m_journal->updateDelivery(head.message.alertId, r);
    }
    publish(channel);
    channel.retry->start(static_cast<int>(std::clamp<qint64>(delay, 0, channel_answer::kMaxRetryAfterMs)));
}

void AlertDispatcher::publish(Channel &channel)
{
    channel.status.queued = static_cast<int>(channel.queue.size());
    std::lock_guard lock(m_statusMutex);
    for (ChannelStatus &s : m_status) {
        if (s.name == channel.settings.name)
            s = channel.status;
    }
}

std::vector<ChannelStatus> AlertDispatcher::status() const
{
    std::lock_guard lock(m_statusMutex);
    return m_status;
}

QString AlertDispatcher::journalError() const
{
    std::lock_guard lock(m_statusMutex);
    return m_journalError;
}

AlertService::AlertService(std::vector<ChannelSettings> channels, AlertDispatcher::Options options)
{
    m_dispatcher = m_thread.create<AlertDispatcher>(std::move(channels), std::move(options));
    m_thread.start();
    postQueued(m_dispatcher, [d = m_dispatcher] { d->start(); });
}

AlertService::~AlertService()
{
    m_thread.stop();
}

void AlertService::submit(const AlertDecision &decision)
{
    postQueued(m_dispatcher, [d = m_dispatcher, decision] { d->submit(decision); });
}

void AlertService::submit(const std::vector<AlertDecision> &decisions)
{
    if (decisions.empty())
        return;
    postQueued(m_dispatcher, [d = m_dispatcher, decisions] {
        for (const AlertDecision &decision : decisions)
            d->submit(decision);
    });
}

} // namespace virtuoso::alerts
