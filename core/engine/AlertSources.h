#pragma once

#include "alerts/AlertSettings.h"
#include "connector/MarketObserver.h"
#include "model/alerts/AlertBoard.h"
#include "model/alerts/AlertRules.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace virtuoso {
class Clock;
} // namespace virtuoso

namespace virtuoso::alerts {
class AlertService;
} // namespace virtuoso::alerts

namespace virtuoso::health {
class ConnectionStatusBoard;
class TimeoutJournal;
} // namespace virtuoso::health

namespace virtuoso::exchange {
class FeedApplier;
} // namespace virtuoso::exchange

namespace virtuoso::trading {
struct TradingView;
} // namespace virtuoso::trading

namespace virtuoso {

// Every source of alerts wired to the rule engine, on the engine thread (docs/alerts.md):
// - the market as the feed applier applies it (MarketObserver): whale trades, liquidations, price
//   levels, confluence signals — constant work per message, decisions handed to the alert thread
//   in one post per drain;
// - a once-a-second look at the core: connections stale or in backoff, new timeout-journal entries
//   (bursts, IP bans, incidents of several connections failing together), handler latency and
//   resident memory over their limits;
// - the trading view after each change: rejected orders, fills, the kill switch, the day's loss
//   against its limit.
// It keeps the board the snapshots carry (recent alerts, channel health, the market-events tape,
// liquidation totals). Lives on the engine thread; board() may be read from any thread.
class AlertSources : public QObject, public exchange::MarketObserver
{
    Q_OBJECT
public:
    AlertSources(const Clock &clock, alerts::AlertSettings settings, std::shared_ptr<alerts::AlertService> service,
                 health::ConnectionStatusBoard &board, health::TimeoutJournal &journal);
    ~AlertSources() override;

    // Engine thread: observe `applier` (may be null: no market feed) and start the once-a-second look.
    void start(exchange::FeedApplier *applier);
    void stop();
    // Engine thread: new rules (a reloaded configuration); cooldowns and detector state start afresh.
    void setRules(std::vector<alerts::AlertRule> rules);
    // Engine thread: an operator's mute of a rule or a key for `durationMs` (0 lifts it).
    void muteRule(const QString &rule, qint64 durationMs);
    void muteKey(const QString &key, qint64 durationMs);
    // Engine thread: one test alert through `channel`, past the rules (journaled and shown like any
    // other). An error text when there is no such channel.
    QString sendTest(const QString &channel);
    // Engine thread: a trading view after a change.
    void onTradingView(const std::shared_ptr<const trading::TradingView> &view);
    // Engine thread: look at connections, journal, latency and memory now (the timer does it each second).
    void sample();

    // Any thread: the board as of the last snapshot.
    alerts::AlertBoardPtr board() const;
    // Engine thread: the board brought up to date (for the snapshot being built).
    alerts::AlertBoardPtr snapshotBoard();

    // MarketObserver (engine thread).
    void onTrades(const exchange::TradeMessage &message, const exchange::InstrumentSpec &spec) override;
    void onLiquidations(const exchange::LiquidationMessage &message) override;
    void onTicker(const exchange::TickerMessage &message, const exchange::InstrumentSpec &spec) override;
    void onSignal(const confluence::ConfluenceSignal &signal) override;
    void afterDrain() override;

private:
    void raise(const alerts::AlertEvent &event); // an event no detector produces (incident, ban, trading)
    void flush();                                // hands the gathered decisions on, updates the board
    void addToTape(alerts::MarketEvent event);
    void sampleJournal(qint64 epochMs);
    void rebuildBoard();

    const Clock &m_clock;
    alerts::AlertSettings m_settings;
    std::shared_ptr<alerts::AlertService> m_service;
    health::ConnectionStatusBoard &m_board;
    health::TimeoutJournal &m_journal;
    exchange::FeedApplier *m_applier = nullptr;
    std::unique_ptr<alerts::AlertRuleSet> m_rules;
    bool m_wantsTrades = false;  // a whale rule exists, or the tape shows trades
    bool m_wantsPrices = false;  // a price rule exists
    bool m_wantsSignals = false; // a signal rule exists
    std::vector<alerts::AlertDecision> m_pending;
    QTimer m_timer{this}; // a child: it moves to the engine thread with its owner

    // State of the once-a-second look.
    quint64 m_lastJournalId = 0;
    QHash<QString, qint64> m_downSince; // connection -> monotonic ms it stopped being live
    QSet<quint64> m_incidentsRaised;    // first entry id of each incident raised
    // State of the trading look.
    QSet<QString> m_seenRejected;
    QSet<QString> m_seenExecutions;
    bool m_tradingSeen = false;
    bool m_killEngaged = false;

    // The board's parts.
    std::deque<alerts::AlertItem> m_recent;
    std::deque<alerts::MarketEvent> m_tape;
    alerts::LiquidationTotalsWindow m_liquidations;
    quint64 m_sequence = 0;
    quint64 m_tapeSequence = 0;
    quint64 m_observed = 0;
    bool m_boardDirty = true;
    mutable std::mutex m_boardMutex;
    alerts::AlertBoardPtr m_boardPtr;
};

} // namespace virtuoso
