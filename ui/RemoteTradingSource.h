#pragma once

#include "trading/TradingService.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>

namespace virtuoso::ui {

class RemoteHost;

// The trading desk of a daemon, read-only: its orders, executions, positions and account polled
// from GET /api/v1/orders|executions|positions|account (one round in flight, every kPollMs) and read
// back into a TradingView, with the equity sampled into a session curve here. Nothing is ever sent
// but the kill switch (and its reset), and only with the trading token configured for the host.
class RemoteTradingSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 1000;

    explicit RemoteTradingSource(RemoteHost &host, QObject *parent = nullptr);

    void start();
    void stop();
    RemoteHost *host() const { return m_host.data(); }
    // Null until the first complete round.
    trading::TradingViewPtr view() const { return m_view; }
    // Why the last round failed (the daemon's error or the network's); empty when it did not.
    const QString &lastError() const { return m_error; }

    // Whether the kill switch can be asked for: a trading token is configured and readable.
    bool canKill(QString *why) const;
    // POST /api/v1/kill (or /kill/reset) with the trading token; `done(ok, message)` on this thread.
    void engageKillSwitch(const QString &reason, std::function<void(bool, QString)> done);
    void resetKillSwitch(std::function<void(bool, QString)> done);

signals:
    void viewChanged();
    void errorChanged(const QString &error);

private:
    void poll();
    void finishRound();
    void post(const QString &path, const QJsonObject &body, std::function<void(bool, QString)> done);

    QPointer<RemoteHost> m_host;
    QTimer m_timer;
    int m_pending = 0;
    bool m_roundFailed = false;
    quint64 m_round = 0;
    std::array<QJsonObject, 4> m_parts; // orders, executions, positions, account
    trading::TradingViewPtr m_view;
    QString m_error;
    qint64 m_startedMs = 0;
    qint64 m_lastSampleMs = 0;
    std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> m_equity;
};

} // namespace virtuoso::ui
