#pragma once

#include "model/alerts/AlertBoard.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace virtuoso {

class Clock;

// One symbol's market as the connector sees it: top of book, last price and 24h statistics.
// Prices and sizes are the exchange's decimal text (exact); the doubles are for charts and sorting.
struct MarketSummary
{
    QString symbol;
    bool bookValid = false; // a snapshot arrived and no gap/crossing since
    int bookDepth = 0;
    QString bestBid, bestBidSize, bestAsk, bestAskSize;
    double bestBidPrice = 0, bestAskPrice = 0;
    quint64 bookUpdateId = 0; // u
    quint64 bookSeq = 0;
    qint64 bookTsMs = 0;
    QString lastPrice, markPrice, indexPrice, highPrice24h, lowPrice24h, price24hPcnt, volume24h, turnover24h,
        fundingRate, openInterest, openInterestValue; // the ticker's exact texts; openInterest in contracts
    qint64 nextFundingTimeMs = 0;                     // epoch ms of the next funding; 0 when not known
    int priceDecimals = -1;                           // decimals of the instrument's tick size; -1 when not known
    double lastPriceValue = 0;
    double change24hPercent = 0;
    qint64 tickerTsMs = 0;
    quint64 trades = 0; // trades received since start
    quint64 bookResyncs = 0;
};

// The connector's book of one symbol at one moment (for /api/v1/orderbook/{symbol}).
struct OrderBookView
{
    QString symbol;
    int depth = 0;
    bool valid = false;
    quint64 updateId = 0; // u
    quint64 seq = 0;
    qint64 tsMs = 0;
    std::vector<std::pair<QString, QString>> bids; // [price, size], best first
    std::vector<std::pair<QString, QString>> asks;
};

// What consumers (GUI, API) receive at a fixed rate: an immutable picture of the core.
// Later modules add their parts (signals, warnings) as members.
struct CoreSnapshot
{
    quint64 revision = 0;
    qint64 epochMs = 0;
    QString dataSource; // "embedded simulator", "bybit: wss://..."
    QString feedState;  // "fetching instruments", "streaming on 1 connections", ...
    std::vector<health::ConnectionStatus> connections;
    std::vector<MarketSummary> markets;               // sorted by symbol
    std::vector<health::TimeoutEntry> recentTimeouts; // newest last
    health::ProbeResult probe;                        // the last connectivity probe (epochMs 0: none yet)
    // The confluence engine's newest signal per symbol, sorted by symbol; empty while it is not running.
    std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> confluenceSignals;
    // Recent alerts, channel health, the market-events tape; null when alerts are off.
    alerts::AlertBoardPtr alerts;
};
using CoreSnapshotPtr = std::shared_ptr<const CoreSnapshot>;

// Lives on the engine thread. Consumers never see per-message signals: they get one snapshot
// per tick (confluence.publish_hz), delivered through queued connections.
class SnapshotPublisher : public QObject
{
    Q_OBJECT
public:
    SnapshotPublisher(const Clock &clock, int publishHz, QString dataSource);

    // Starts the publishing timer; call on the engine thread (e.g. via a queued invoke).
    void start();
    void stop();

    quint64 revision() const { return m_revision; }
    // Lets the engine-thread modules fill their part of each snapshot (called on the engine thread).
    void setContributor(std::function<void(CoreSnapshot &)> contributor) { m_contributor = std::move(contributor); }

signals:
    void published(virtuoso::CoreSnapshotPtr snapshot);

private:
    void publish();

    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    int m_intervalMs;
    QString m_dataSource;
    quint64 m_revision = 0;
    std::function<void(CoreSnapshot &)> m_contributor;
};

} // namespace virtuoso

Q_DECLARE_METATYPE(virtuoso::CoreSnapshotPtr)
