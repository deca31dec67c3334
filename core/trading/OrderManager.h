#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/trading/OrderLedger.h"
#include "model/trading/PositionLedger.h"
#include "model/trading/RiskGate.h"
#include "trading/Venue.h"

#include <functional>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::trading {

class TradingJournal;

struct TradingSettings
{
    RiskLimits risk;
    // Engage the kill switch when the private stream stays down longer than the grace (0: never).
    qint64 killOnStreamLossMs = 0;
    // A create whose answer was lost is looked up by orderLinkId after this long: the venue refuses a
    // request older than its recv_window, so an order not found after it never reached the venue.
    qint64 lostAnswerLookupDelayMs = 6'000;
    qint64 lookupRetryMs = 2'000;
    // Fills are re-read after a reconnect from this long before the newest fill seen.
    qint64 reconcileOverlapMs = 300'000;
    // What the order ledger keeps of finished orders and counted fills (OrderLedger::Retention);
    // its execIdsForMs is raised to four reconciliation overlaps if shorter. Applied every
    // retireEveryMs by tick().
    OrderLedger::Retention retention;
    qint64 retireEveryMs = 60'000;
};

// What the operator (a ticket, the CLI, a plan) asks for; the manager chooses the orderLinkId.
struct OrderRequest
{
    std::string symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GTC;
    Ticks price = 0; // limit orders
    Lots quantity = 0;
    bool reduceOnly = false;
    Ticks takeProfit = 0; // for the whole position once filled; 0: none
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
};

struct PlaceResult
{
    bool sent = false; // recorded and handed to the venue; the venue's answer comes later
    std::string orderLinkId;
    RiskDecision decision; // the gate's verdict (rule None when accepted)
    std::string error;     // why it was not sent, for the operator
};

// What one firing of the kill switch did, and what it could not do.
struct KillReport
{
    std::string reason;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0 while it is still working
    int openOrdersBefore = 0;
    int positionsToFlatten = 0;
    int flattenOrdersSent = 0;
    int openOrdersAfter = -1; // as the venue reports them at the end; -1 unknown
    int positionsAfter = -1;
    std::vector<std::string> problems;

    bool finished() const { return finishedMs != 0; }
    bool clean() const { return finished() && problems.empty() && openOrdersAfter == 0 && positionsAfter == 0; }
};

// One account's trading at one venue: every order passes the risk gate, is recorded in the ledger
// and the journal before it is sent, and is then known only through the venue's reports, which the
// ledgers make safe to repeat and reorder. A create whose answer is lost is looked up by its
// orderLinkId, never sent again. After the private stream comes back, open orders, positions and
// fills are reconciled through the venue's queries. The kill switch cancels everything, flattens
// every position with reduce-only market orders, checks the result with the venue, and refuses new
// risk until it is reset. Lives on the trading thread; tick() runs its timers (a QTimer in the
// program, the tests call it after moving a ManualClock).
class OrderManager final : public VenueListener
{
public:
    using InstrumentLookup = std::function<const exchange::InstrumentSpec *(const std::string &symbol)>;
    using KillDone = std::function<void(const KillReport &)>;

    OrderManager(Venue &venue, const Clock &clock, InstrumentLookup instruments, TradingJournal *journal,
                 TradingSettings settings = {});
    ~OrderManager() override;

    // Recovers the journal's unfinished intents (looked up, not re-sent) and starts the venue.
    void start();
    void stop();
    // Instruments became known after the start (the catalog arrives after trading starts): the
    // unfinished orders from before a restart that could not be read without their grids are looked
    // up now, and the venue is read again, since its orders and fills of unknown symbols were skipped.
    void onInstrumentsKnown();

    PlaceResult place(const OrderRequest &request, Venue::ReplyFn done = {});
    // What the risk gate would say to `request` now, without sending or counting it (a ticket shows
    // it before the operator sends).
    RiskDecision preview(const OrderRequest &request) const;
    // Cancels / amends an open order by orderLinkId; an error text when it cannot be asked.
    std::string cancel(const std::string &orderLinkId, Venue::ReplyFn done = {});
    // Why an amend was not sent, for callers that answer with a status (the API).
    enum class AmendRefusal { None, NoOrder, Invalid, Risk, NotNow };
    std::string amend(const std::string &orderLinkId, std::optional<Ticks> price, std::optional<Lots> quantity,
                      Venue::ReplyFn done = {}, AmendRefusal *refusal = nullptr);
    void cancelAll(const std::string &symbol, Venue::ReplyFn done = {});

    void engageKillSwitch(const std::string &reason, KillDone done = {});
    // Allowed once the last firing has finished; the operator decides that the danger is over.
    bool resetKillSwitch(std::string *error = nullptr);
    bool killSwitchEngaged() const { return m_killEngaged; }
    const KillReport &lastKill() const { return m_kill; }

    // The mark price of a symbol, in its ticks (risk checks, unrealised PnL, the daily loss limit).
    void onMark(const std::string &symbol, Ticks markTicks);
    // Reads open orders, positions and recent fills from the venue and applies them.
    void reconcile(std::function<void(bool ok, const std::string &summary)> done = {});
    void tick();

    void setRiskLimits(const RiskLimits &limits) { m_gate.setLimits(limits); }
    const RiskLimits &riskLimits() const { return m_gate.limits(); }
    VenueKind venueKind() const { return m_venue.kind(); }
    bool streamUp() const { return m_streamUp; }
    // When the last reconciliation with the venue ended (epoch ms; 0: none yet) and whether it
    // read everything.
    qint64 lastReconcileMs() const { return m_lastReconcileMs; }
    bool lastReconcileOk() const { return m_lastReconcileOk; }
    const std::string &streamReason() const { return m_streamReason; }
    const OrderLedger &orders() const { return m_orders; }
    const PositionLedger &positions() const { return m_positions; }
    const std::map<std::string, PositionReport> &venuePositions() const { return m_venuePositions; }
    const WalletReport &wallet() const { return m_wallet; }
    Ticks mark(const std::string &symbol) const;
    // Realised + unrealised PnL since the UTC day began, net of fees, in the settle coin.
    double dailyPnl() const;
    double realisedPnl() const; // since the manager started, net of fees
    double unrealisedPnl() const;
    // Called after every change of orders, fills, positions, the wallet or the kill switch.
    void setObserver(std::function<void()> observer) { m_observer = std::move(observer); }

    // VenueListener
    void onVenueOrder(const OrderUpdate &update) override;
    void onVenueExecution(const Execution &execution) override;
    void onVenuePosition(const PositionReport &position) override;
    void onVenueWallet(const WalletReport &wallet) override;
    void onVenueStream(bool up, const std::string &reason) override;

private:
    struct Lookup
    {
        std::string symbol;
        qint64 sentMonoMs = 0; // when the create was sent (or recovered)
        qint64 dueMonoMs = 0;
        bool inFlight = false;
    };

    std::string nextOrderLinkId();
    static OrderIntent intentOf(const OrderRequest &request);
    RiskContext riskContext(const std::string &symbol, const exchange::InstrumentSpec &spec) const;
    double quoteValue(const std::string &symbol, Notional ticksTimesLots) const;
    void onCreateReply(const std::string &orderLinkId, const std::string &symbol, const VenueReply &reply);
    void scheduleLookup(const std::string &orderLinkId, const std::string &symbol, qint64 sentMonoMs, qint64 delayMs);
    void runLookup(const std::string &orderLinkId);
    void applyUpdate(const OrderUpdate &update);
    bool applyExecution(const Execution &execution);
    void checkLossLimit();
    void rollDay();
    void runKill(std::string reason);
    void restoreKillSwitch();
    void rerunKillWhenReady();
    void killFlatten();
    void killVerify();
    void finishKill();
    void changed();

    Venue &m_venue;
    const Clock &m_clock;
    InstrumentLookup m_instruments;
    TradingJournal *m_journal;
    TradingSettings m_settings;
    RiskGate m_gate;
    OrderLedger m_orders;
    PositionLedger m_positions;
    std::map<std::string, PositionReport> m_venuePositions;
    WalletReport m_wallet;
    std::unordered_map<std::string, Ticks> m_marks;
    std::map<std::string, Lookup> m_lookups;
    std::function<void()> m_observer;

    bool m_started = false;
    void recoverUnfinished();
    bool m_streamUp = false;
    std::string m_streamReason = "not started";
    qint64 m_streamDownSinceMonoMs = 0;
    qint64 m_newestExecutionMs = 0;
    qint64 m_lastRetireMonoMs = 0;
    bool m_reconciling = false;
    qint64 m_lastReconcileMs = 0;
    bool m_lastReconcileOk = false;
    // Asked for while a pass was running: its queries may predate what is to be found, so another
    // pass follows when it ends.
    bool m_reconcileAgain = false;
    // The pass running is the one that follows a pass which saw fills without their executions.
    bool m_reconcileCatchUp = false;

    bool m_killEngaged = false;
    // Engaged before a restart: run again once the private stream is up and the instruments are
    // known, so that its flatten orders can be priced and sent.
    bool m_killRerun = false;
    bool m_instrumentsKnown = false;
    KillReport m_kill;
    int m_killPending = 0;
    std::vector<KillDone> m_killDone;

    qint64 m_dayStartMs = 0;
    double m_dayStartRealised = 0;
    double m_dayStartUnrealised = 0;

    std::string m_session; // random part of this run's orderLinkIds
    quint64 m_sequence = 0;
};

} // namespace virtuoso::trading
