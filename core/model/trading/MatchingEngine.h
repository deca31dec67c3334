#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/market/PublicMessage.h"
#include "model/trading/OrderLedger.h"

#include <QtGlobal>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace virtuoso::trading {

// The retCodes the matching exchange answers with: Bybit's own (docs/trading.md lists them).
namespace retcode {
constexpr int Ok = 0;
constexpr int ParamError = 10001;
constexpr int TimestampOutOfWindow = 10002;
constexpr int InvalidKey = 10003;
constexpr int BadSignature = 10004;
constexpr int OrderNotFound = 110001;
constexpr int PriceOutOfRange = 110003;
constexpr int InsufficientBalance = 110007;
constexpr int OrderFinished = 110008;
constexpr int ReduceOnlyNotSatisfied = 110017;
constexpr int TooManyOrders = 110020;
constexpr int LeverageNotModified = 110043;
constexpr int DuplicateOrderLinkId = 110072;
constexpr int NotionalTooSmall = 110094;
} // namespace retcode

struct MatchingSettings
{
    double takerFeeRate = 0.00055;
    double makerFeeRate = 0.0002;
    double defaultLeverage = 10;
    double maxLeverage = 100;
    int maxOpenOrders = 500; // per account and symbol, as Bybit (110020)
    double maintenanceMarginRate = 0.005;
    double priceLimitPercent = 10; // a limit price further than this from the mark: 110003
    double minNotionalUsdt = 5;    // an order worth less (reduce-only exempt): 110094
};

// One order as the exchange holds it; printed by the simulator's private REST and stream.
struct ExchangeOrder
{
    std::string orderId;     // UUID-like, assigned by the engine
    std::string orderLinkId; // the client's, may be empty
    std::string symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GTC;
    bool reduceOnly = false;
    Ticks price = 0; // 0 for market orders
    Lots quantity = 0;
    Lots filled = 0;                       // cumExecQty
    Notional filledValue = 0;              // ticks × lots executed
    double fees = 0;                       // cumExecFee in the settle coin
    OrderStatus status = OrderStatus::New; // New, PartiallyFilled, Filled, Cancelled, Rejected
    std::string rejectReason;              // Bybit's "EC_…" texts, e.g. "EC_PostOnlyWillTakeLiquidity"
    std::string cancelType;                // "CancelByUser", "CancelByReduceOnly", …
    Lots queueAhead = 0;                   // resting limit orders: displayed size ahead of it at its price
    Ticks takeProfit = 0;                  // for the position once it fills; 0: none
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
    std::string stopOrderType; // "TakeProfit" / "StopLoss": the close a trigger sent
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

struct ExchangeExecution
{
    std::string execId;
    std::string orderId;
    std::string orderLinkId;
    std::string symbol;
    Side side = Side::Buy;
    Ticks price = 0;
    Lots quantity = 0;
    double fee = 0; // settle coin; negative is a rebate
    double feeRate = 0;
    bool maker = false;
    Lots leavesQuantity = 0;
    qint64 timeMs = 0;
};

struct ExchangePosition
{
    std::string symbol;
    Lots size = 0;           // signed, one-way mode
    Notional entryValue = 0; // ticks × lots of the open size
    double leverage = 10;
    Ticks markTicks = 0;
    double unrealisedPnl = 0;
    double cumulativeRealisedPnl = 0; // closing PnL minus fees, since the account opened
    double initialMargin = 0;
    double liquidationPrice = 0; // 0 when flat
    Ticks takeProfit = 0;        // 0: none
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
    qint64 updatedMs = 0;
};

struct ExchangeWallet
{
    double walletBalance = 0; // deposits + realised PnL - fees
    double unrealisedPnl = 0;
    double equity = 0;
    double positionMargin = 0;
    double orderMargin = 0;
    double available = 0; // equity - margins
};

// What the engine reports as it works; the simulator turns it into private-stream messages, the
// paper broker into venue reports. Calls come synchronously from inside the engine's methods.
class MatchingListener
{
public:
    virtual ~MatchingListener() = default;
    virtual void onOrder(const std::string &account, const ExchangeOrder &order) = 0;
    virtual void onExecution(const std::string &account, const ExchangeExecution &execution) = 0;
    virtual void onPosition(const std::string &account, const ExchangePosition &position) = 0;
    virtual void onWallet(const std::string &account, const ExchangeWallet &wallet) = 0;
};

// One account's whole state, to keep it across restarts (the paper broker's file): its deposit, its
// positions with their realised gains and fees, its open orders, its newest finished orders and
// executions (what a lookup or a reconciliation may still ask for), the grids of the symbols it
// holds, and the engine's id counters so that new ids never repeat old ones.
struct AccountImage
{
    struct Position
    {
        std::string symbol;
        Lots size = 0;         // signed
        Notional entry = 0;    // ticks × lots of the open size
        Notional realised = 0; // ticks × lots gained by closing
        double fees = 0;       // settle coin paid (negative: rebates)
        double leverage = 10;
        Ticks takeProfit = 0;
        Ticks stopLoss = 0;
        TriggerBy tpTriggerBy = TriggerBy::LastPrice;
        TriggerBy slTriggerBy = TriggerBy::LastPrice;
        qint64 updatedMs = 0;
    };

    std::string account;
    double deposit = 0;
    std::vector<exchange::InstrumentSpec> instruments; // of every symbol below
    std::vector<Position> positions;
    std::vector<ExchangeOrder> openOrders;     // in creation order
    std::vector<ExchangeOrder> finishedOrders; // the newest, in the order they finished
    std::vector<ExchangeExecution> executions; // the newest, oldest first
    quint64 orderCounter = 0;
    quint64 execCounter = 0;
};

// "tick or lot size is 0.5 / 0.001 now and was 0.1 / 0.001" when `now`'s grids differ from `saved`'s
// (an account's ticks and lots would mean other prices and sizes); empty when they are the same.
std::string gridChange(const exchange::InstrumentSpec &now, const exchange::InstrumentSpec &saved);

// A request to the engine, in the instrument's ticks and lots.
struct NewOrder
{
    std::string orderLinkId;
    std::string symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GTC;
    Ticks price = 0;
    Lots quantity = 0;
    bool reduceOnly = false;
    Ticks takeProfit = 0; // 0: none
    Ticks stopLoss = 0;
    TriggerBy tpTriggerBy = TriggerBy::LastPrice;
    TriggerBy slTriggerBy = TriggerBy::LastPrice;
};

struct MatchResult
{
    int retCode = retcode::Ok;
    std::string retMsg = "OK";
    std::string orderId;
    std::string orderLinkId;

    bool ok() const { return retCode == retcode::Ok; }
};

// One matching implementation for the simulator's exchange and the paper broker: accounts with a
// USDT wallet, one-way positions with leverage and margin, and the orders of every account against
// a market it does not own — the public book and trades it is fed (the simulator's synthetic market,
// or the live feed for paper trading).
//
// - A taker (market order, or a limit that crosses) walks the displayed book level by level, at
//   most the displayed size per level, and pays the taker fee. Market orders are IOC: what the book
//   cannot fill is cancelled. FOK fills completely or not at all; IOC fills what it can; PostOnly
//   that would take is rejected ("EC_PostOnlyWillTakeLiquidity").
// - A resting limit order waits behind the displayed size at its price when it arrived
//   (queueAhead). A trade through its price fills it fully; a trade at its price first uses up the
//   queue ahead, then fills it (maker fee). A book that moves through it fills it at its price.
// - Reduce-only orders may only shrink the position; they are trimmed to it, and cancelled
//   ("CancelByReduceOnly") when it is gone. A reduce-only that would increase is refused (110017).
// - Margin: a new order needs (price × qty) / leverage plus its taker fee available (110007).
// - Executions get unique execIds; every event is reported once to the listener, in order.
// - The orders of the accounts meet only the market they are fed, never each other. The queue ahead
//   of a resting order is never more than the book shows at its price when a trade there arrives.
// - Take-profit and stop-loss (Bybit's "Full" mode): an order may carry them; a take-profit must lie
//   on the profit side of the order's price (a limit's, else the last trade, else the mark) and a
//   stop-loss on the loss side, else 10001. When the order fills, the position takes them (a later
//   order's replace the earlier ones). When the watched price — the last trade (onTrade) or the
//   mark (onMark) — reaches either, both are cleared and one reduce-only market order closes the
//   position against the displayed book (stopOrderType "TakeProfit" or "StopLoss"); what the book
//   cannot fill stays open without them. A flat position has none.
// - Positions are not liquidated: the liquidation price is an estimate for display, and the wallet's
//   available balance may go below zero on losses (new orders are then refused 110007).
// Deterministic: the same calls in the same order give the same ids and results. Not thread-safe.
class MatchingEngine
{
public:
    explicit MatchingEngine(MatchingSettings settings = {}, MatchingListener *listener = nullptr);
    ~MatchingEngine();
    MatchingEngine(const MatchingEngine &) = delete;
    MatchingEngine &operator=(const MatchingEngine &) = delete;

    void setListener(MatchingListener *listener) { m_listener = listener; }
    const MatchingSettings &settings() const { return m_settings; }

    void addInstrument(const exchange::InstrumentSpec &spec);
    const exchange::InstrumentSpec *instrument(const std::string &symbol) const;
    // False when the account exists already.
    bool addAccount(const std::string &account, double walletUsdt);
    bool hasAccount(const std::string &account) const;

    // The market. Books are the displayed top levels, best first; they replace the previous ones.
    // Resting orders that the new book crosses fill at their price.
    void onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                const std::vector<exchange::BookLevel> &asks, qint64 nowMs);
    // A public trade (taker side, price, size): resting orders it reaches fill as makers; then the
    // positions' LastPrice take-profits and stop-losses it reaches fire.
    void onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs);
    // The mark price (unrealised PnL, margin, the price-limit check, MarkPrice triggers).
    void onMark(const std::string &symbol, Ticks markTicks, qint64 nowMs);

    // Orders. `orderId` or `orderLinkId` identifies an existing order (orderId wins when both).
    MatchResult create(const std::string &account, const NewOrder &order, qint64 nowMs);
    MatchResult amend(const std::string &account, const std::string &symbol, const std::string &orderId,
                      const std::string &orderLinkId, std::optional<Ticks> price, std::optional<Lots> quantity,
                      qint64 nowMs);
    MatchResult cancel(const std::string &account, const std::string &symbol, const std::string &orderId,
                       const std::string &orderLinkId, qint64 nowMs);
    // Cancels every open order of the account (of `symbol` when not empty); the cancelled ones.
    std::vector<ExchangeOrder> cancelAll(const std::string &account, const std::string &symbol, qint64 nowMs);
    MatchResult setLeverage(const std::string &account, const std::string &symbol, double leverage, qint64 nowMs);

    // Queries (nullptr / empty when unknown).
    const ExchangeOrder *order(const std::string &account, const std::string &orderId,
                               const std::string &orderLinkId) const;
    std::vector<ExchangeOrder> openOrders(const std::string &account, const std::string &symbol) const;
    // Finished orders, newest first, at most `limit`.
    std::vector<ExchangeOrder> orderHistory(const std::string &account, const std::string &symbol,
                                            std::size_t limit) const;
    // Executions at or after `sinceMs`, newest first, at most `limit`.
    std::vector<ExchangeExecution> executions(const std::string &account, const std::string &symbol, qint64 sinceMs,
                                              std::size_t limit) const;
    std::vector<ExchangePosition> positions(const std::string &account, const std::string &symbol) const;
    ExchangeWallet wallet(const std::string &account) const;

    // The account as an image, with at most the newest `keepFinished` finished orders and
    // `keepExecutions` executions; an empty image (no account name) when the account is unknown.
    AccountImage image(const std::string &account, std::size_t keepFinished, std::size_t keepExecutions) const;
    // The counters behind order and execution ids (AccountImage::orderCounter, execCounter).
    std::pair<quint64, quint64> idCounters() const;
    // One symbol's position of the account as an image keeps it; nothing when it has none.
    std::optional<AccountImage::Position> positionImage(const std::string &account, const std::string &symbol) const;
    // Puts an image's account into the engine: the account must be new or have no orders yet, and
    // the image must hold together (every symbol's grid, open orders open, fills within quantities,
    // ids unique). Resting orders take their place in their market's queue again; nothing is
    // reported to the listener. False, with the reason and nothing changed, otherwise.
    bool restore(const AccountImage &image, std::string *error);

private:
    struct State;
    MatchingSettings m_settings;
    MatchingListener *m_listener = nullptr;
    std::unique_ptr<State> m_state;
};

} // namespace virtuoso::trading
