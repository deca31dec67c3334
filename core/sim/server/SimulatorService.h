#pragma once

#include "base/http/HttpServer.h"
#include "sim/server/FaultBoard.h"
#include "sim/server/FaultPlan.h"
#include "sim/server/SimulatorOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

using api::HttpRequest;
using api::HttpResponse;

class ControlApi;
class FrameRecorder;
class MarketSimulator;
class PrivateRestApi;
class PrivateStreams;
class SimExchange;
class SkewedClock;
class MarketStreams;
class ReplayStreams;
class RequestBudget;
class RestMarketApi;
class StreamEndpoint;

// One running simulator: the market (or a recording), REST and the public stream on one port, the
// control API under /sim/v1, faults, recording. Lives on one thread; every call is made there.
class SimulatorService : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorService(SimulatorOptions options, QObject *parent = nullptr);
    ~SimulatorService() override;

    bool start(QString *error);
    void stop();
    quint16 port() const;
    QString host() const { return m_options.host; }
    bool replaying() const { return m_replay != nullptr; }

    // The control API's operations.
    // Fires `fault` now; an error text when it cannot (e.g. an unknown conn_id).
    QString fire(const Fault &fault);
    void setFeedPaused(bool paused);
    bool feedPaused() const { return m_paused; }
    QJsonObject faultReport() const;
    QJsonArray connections() const;
    // The book the exchange holds for `symbol` at `depth`, with the u of orderbook.<depth>.<symbol>.
    std::optional<QJsonObject> truthBook(const QString &symbol, int depth, QString *error) const;
    QString triggerLiquidations(const QString &symbol, double scale = 1.0);
    QString triggerVolatility(const QString &symbol, int seconds);
    // The exchange's accounts (keys only) and one account as the engine holds it; nothing when unknown.
    QStringList accountKeys() const;
    std::optional<QJsonObject> truthAccount(const QString &key) const;

    // One housekeeping pass (fault script, market steps up to the clock, held frames, idle cut-off,
    // delayed answers). The timer calls it; tests call it after moving a ManualClock.
    void tick();

private:
    void route(const HttpRequest &request, const api::HttpServer::Reply &reply);
    void answerMarket(const HttpRequest &request, const api::HttpServer::Reply &reply);
    // The REST faults (ban, 5xx, rate limit) and the per-IP budget; false when they answered already.
    bool admitRest(const HttpRequest &request, const api::HttpServer::Reply &reply,
                   QList<QPair<QByteArray, QByteArray>> *headers);
    void advanceMarket();

    struct DelayedReply
    {
        qint64 dueMonoMs = 0;
        HttpResponse response;
        api::HttpServer::Reply reply;
    };

    SimulatorOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<SkewedClock> m_exchangeClock; // m_clock shifted by clock_skew
    FaultBoard m_faults;
    std::unique_ptr<MarketSimulator> m_market;
    std::unique_ptr<MarketStreams> m_live;
    std::unique_ptr<ReplayStreams> m_replay;
    std::unique_ptr<FrameRecorder> m_recorder;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<RestMarketApi> m_rest;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<SimExchange> m_exchange;
    std::unique_ptr<PrivateRestApi> m_private;
    PrivateStreams *m_privateStreams = nullptr;
    StreamEndpoint *m_endpoint = nullptr;
    api::HttpServer *m_http = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_marketTimer = nullptr;
    FaultScript m_script;
    size_t m_nextScripted = 0;
    qint64 m_startMonoMs = 0;
    bool m_paused = false;
    qint64 m_pausedAtEpochMs = 0;
    qint64 m_marketLagMs = 0; // market time = clock time - lag (grows while paused)
    qint64 m_lastFlushMonoMs = 0;
    std::vector<DelayedReply> m_delayed;
};

} // namespace virtuoso::sim
