#pragma once

// The inside of the matching engine, shared by its two source files (MatchingEngine.cpp: orders and
// the market; MatchingEngineAccounts.cpp: fills, positions, wallets, queries). Not for other users.

#include "model/trading/MatchingEngine.h"

#include <deque>

namespace virtuoso::trading {

namespace matching {

// One order as the engine keeps it: the exchange's view, whose account it is, and its time priority.
struct OrderRec
{
    ExchangeOrder o;
    std::string account;
    quint64 seq = 0;      // time priority among resting orders at one price; renewed when it loses priority
    bool resting = false; // in its market's resting list
    bool open = true;     // not final

    Lots remaining() const { return o.quantity - o.filled; }
};

// One symbol: its instrument, the displayed book it was last fed, the mark, and the resting orders of
// every account, best price first and then by time.
struct Market
{
    exchange::InstrumentSpec spec;
    std::string symbol;
    double priceStep = 1;       // USDT per tick
    double qtyStep = 1;         // base coin per lot
    double notionalScale = 1;   // stepUnits of price × stepUnits of quantity
    double notionalDivisor = 1; // 10^(price decimals + quantity decimals), exact in a double up to 10^22
    std::vector<exchange::BookLevel> bids, asks;
    Ticks mark = 0; // 0: not known
    Ticks last = 0; // the last public trade's price; 0: none yet
    std::vector<OrderRec *> buys, sells;

    // ticks × lots in USDT; a whole number of ticks × lots divided by an exact power of ten.
    double usdt(Notional value) const { return static_cast<double>(value) * notionalScale / notionalDivisor; }
    double price(Ticks ticks) const { return static_cast<double>(ticks) * priceStep; }
};

// One symbol's position of one account, in one-way mode, and the leverage chosen for it.
struct Pos
{
    Lots size = 0;         // signed
    Notional entry = 0;    // ticks × lots of the open size
    Notional realised = 0; // ticks × lots gained by closing
    double fees = 0;       // USDT paid (negative: rebates)
    double leverage = 10;
    qint64 updatedMs = 0;
    Ticks takeProfit = 0; // 0: none
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
};

struct Account
{
    std::string name;
    double deposit = 0;
    std::map<std::string, Pos> positions;
    std::vector<OrderRec *> orders;   // every order, in creation order
    std::vector<OrderRec *> open;     // the live ones, in creation order
    std::vector<OrderRec *> finished; // in the order they finished
    std::unordered_map<std::string, OrderRec *> byId, byLinkId;
    std::vector<ExchangeExecution> executions; // in the order they happened
};

} // namespace matching

struct MatchingEngine::State
{
    explicit State(MatchingEngine &engine)
        : e(engine)
    {}

    MatchingEngine &e;
    std::unordered_map<std::string, matching::Market> markets;
    std::map<std::string, matching::Account> accounts;
    std::deque<matching::OrderRec> orders; // stable addresses
    quint64 orderCounter = 0;
    quint64 execCounter = 0;
    quint64 seqCounter = 0;
    std::vector<matching::OrderRec *> scratch; // orders a market event fills, gathered before filling

    matching::Market *market(const std::string &symbol);
    matching::Account *account(const std::string &name);
    matching::Pos &pos(matching::Account &account, const std::string &symbol);
    static std::string makeId(quint64 counter, quint64 salt);

    // Resting lists.
    void rest(matching::Market &market, matching::OrderRec &order);
    void unrest(matching::Market &market, matching::OrderRec &order);
    // The displayed size on the order's own side at its price.
    static Lots displayedAt(const matching::Market &market, Side side, Ticks price);

    // A final state: off the book, out of the open list, into the history, reported.
    void finish(matching::Account &account, matching::Market &market, matching::OrderRec &order, OrderStatus status,
                const std::string &reason, qint64 nowMs);
    // One fill of `qty` at `price`: the execution (reported), the order's sums, the position and fees.
    // The caller reports the order, then calls settled().
    void fill(matching::Account &account, matching::Market &market, matching::OrderRec &order, Ticks price, Lots qty,
              bool maker, qint64 nowMs);
    // After fills of one account in one market: the position, reduce-only orders kept within it, the wallet.
    void settled(matching::Account &account, matching::Market &market, qint64 nowMs);
    // Trims or cancels the account's resting reduce-only orders of the market to its position.
    void enforceReduceOnly(matching::Account &account, matching::Market &market, qint64 nowMs);
    // A public trade: the resting orders it reaches fill as makers.
    void tradeReaches(matching::Market &market, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs);
    // The positions of the market whose take-profit or stop-loss watches `by` and is reached by
    // `price`: each is closed once by a reduce-only market order.
    void checkTriggers(matching::Market &market, TriggerBy by, Ticks price, qint64 nowMs);
    void triggerClose(matching::Account &account, matching::Market &market, bool takeProfit, qint64 nowMs);
    // A resting order reached by the market (a trade or a crossing book) fills `qty` as maker.
    void makerFill(matching::OrderRec &order, Lots qty, qint64 nowMs);

    // The taker part of an order: walks the displayed opposite side up to `limit` (0: none).
    void takeLiquidity(matching::Account &account, matching::Market &market, matching::OrderRec &order, Ticks limit,
                       qint64 nowMs);
    // What the displayed opposite side holds up to `limit` (0: none), and the worst price reached for `qty`.
    static Lots liquidity(const matching::Market &market, Side side, Ticks limit, Lots qty, Ticks *worst);

    void reportOrder(const matching::OrderRec &order);
    void reportPosition(matching::Account &account, matching::Market &market);
    void reportWallet(const matching::Account &account);

    ExchangePosition positionOf(const matching::Account &account, const matching::Market &market,
                                const matching::Pos &pos) const;
    ExchangeWallet walletOf(const matching::Account &account) const;
    double leverageOf(const matching::Account &account, const std::string &symbol) const;
};

} // namespace virtuoso::trading
