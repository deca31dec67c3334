#include "RemoteTradingSource.h"

#include "RemoteHost.h"
#include "api/TradingDocument.h"

#include <QDateTime>

namespace virtuoso::ui {

namespace {

// The documents of one round, in m_parts' order.
const char *const kPaths[] = {"/api/v1/orders?status=all&limit=500", "/api/v1/executions?limit=500",
                              "/api/v1/positions", "/api/v1/account"};

} // namespace

RemoteTradingSource::RemoteTradingSource(RemoteHost &host, QObject *parent)
    : QObject(parent)
    , m_host(&host)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &RemoteTradingSource::poll);
}

void RemoteTradingSource::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
    poll();
}

void RemoteTradingSource::stop()
{
    m_timer.stop();
    ++m_round; // answers still on their way are dropped
    m_pending = 0;
}

void RemoteTradingSource::poll()
{
    RemoteHost *host = m_host.data();
    if (!host || m_pending > 0)
        return;
    const quint64 round = ++m_round;
    m_pending = 4;
    m_roundFailed = false;
    for (int i = 0; i < 4; ++i) {
        host->client().get(QLatin1String(kPaths[i]), [this, round, i](const api::ApiClient::Reply &reply) {
            if (round != m_round)
                return;
            if (reply.ok()) {
                m_parts[static_cast<std::size_t>(i)] = reply.json;
            } else if (!m_roundFailed) {
                m_roundFailed = true;
                const QString error = reply.error.isEmpty() ? tr("HTTP %1").arg(reply.status) : reply.error;
                if (error != m_error) {
                    m_error = error;
                    emit errorChanged(m_error);
                }
            }
            if (--m_pending == 0)
                finishRound();
        });
    }
}

void RemoteTradingSource::finishRound()
{
    if (m_roundFailed)
        return; // what was shown stays; the next round asks again
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged(m_error);
    }
    auto view = std::make_shared<trading::TradingView>(
        api::trading_document::readView(m_parts[0], m_parts[1], m_parts[2], m_parts[3]));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    // The session's equity curve, sampled here as the trading service samples its own.
    if (view->running && (m_lastSampleMs == 0 || nowMs - m_lastSampleMs >= trading::TradingService::kEquitySampleMs) &&
        view->wallet.timeMs != 0) {
        m_lastSampleMs = nowMs;
        auto points = std::make_shared<std::vector<trading::TradingView::EquityPoint>>();
        if (m_equity) {
            const std::size_t keep = std::min(m_equity->size(), trading::TradingService::kEquityPoints - 1);
            points->assign(m_equity->end() - static_cast<std::ptrdiff_t>(keep), m_equity->end());
        }
        points->push_back({nowMs, view->wallet.equity, view->dailyPnl});
        m_equity = std::move(points);
    }
    view->equity = m_equity;
    view->startedMs = m_startedMs;
    if (view->timeMs == 0)
        view->timeMs = nowMs;
    m_view = std::move(view);
    emit viewChanged();
}

bool RemoteTradingSource::canKill(QString *why) const
{
    const RemoteHost *host = m_host.data();
    if (!host) {
        if (why)
            *why = tr("the host is gone");
        return false;
    }
    QString error;
    if (host->tradingToken(&error).isEmpty()) {
        if (why)
            *why = error;
        return false;
    }
    return true;
}

void RemoteTradingSource::engageKillSwitch(const QString &reason, std::function<void(bool, QString)> done)
{
    post(QStringLiteral("/api/v1/kill"), QJsonObject{{QStringLiteral("reason"), reason}}, std::move(done));
}

void RemoteTradingSource::resetKillSwitch(std::function<void(bool, QString)> done)
{
    post(QStringLiteral("/api/v1/kill/reset"), {}, std::move(done));
}

void RemoteTradingSource::post(const QString &path, const QJsonObject &body, std::function<void(bool, QString)> done)
{
    RemoteHost *host = m_host.data();
    QString error;
    // The token is read from its file for this request only.
    QByteArray token = host ? host->tradingToken(&error) : QByteArray();
    if (token.isEmpty()) {
        done(false, host ? error : tr("the host is gone"));
        return;
    }
    host->client().post(path, body, token, [this, done = std::move(done)](const api::ApiClient::Reply &reply) {
        if (reply.ok()) {
            done(true, reply.json.value(QStringLiteral("status")).toString());
            poll(); // show the outcome without waiting for the next round
        } else {
            done(false, reply.error.isEmpty() ? tr("HTTP %1").arg(reply.status) : reply.error);
        }
    });
    token.fill('\0');
}

} // namespace virtuoso::ui
