#pragma once

#include "model/trading/OrderLedger.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace virtuoso::trading {

// Where orders go. Paper is the default everywhere; Live and Testnet need keys and, for Live, the
// operator's explicit opt-in (config and a typed confirmation).
enum class VenueKind : std::uint8_t { Paper, Simulator, Testnet, Demo, Live };
const char *venueKindName(VenueKind kind); // "paper", "simulator", "testnet", "demo", "live"
std::optional<VenueKind> venueKindFromName(std::string_view name);

// The answer to one request. `answerLost` means the outcome is unknown (timeout, connection lost
// after sending): the order may or may not exist, and only a lookup by orderLinkId can say.
struct VenueReply
{
    bool ok = false;
    int retCode = -1; // Bybit's retCode (0 ok); -1 when no envelope arrived
    std::string retMsg;
    std::string orderId;
    std::string orderLinkId;
    bool answerLost = false;
};

// "110007 ab not enough for new order", "answer lost: timeout": a reply for the operator and the log.
std::string venueReplyText(const VenueReply &reply);

// A position as the venue reports it (/v5/position/list, the `position` topic). Prices in the
// instrument's ticks, sizes in lots, money in the settle coin.
struct PositionReport
{
    std::string symbol;
    Lots size = 0; // signed: > 0 long, < 0 short
    double averagePrice = 0;
    Ticks markTicks = 0;
    double liquidationPrice = 0; // 0: none
    Ticks takeProfit = 0;        // the position's take-profit and stop-loss; 0: none
    Ticks stopLoss = 0;
    double unrealisedPnl = 0;
    double cumulativeRealisedPnl = 0;
    double leverage = 0;
    double initialMargin = 0;
    qint64 timeMs = 0;
};

// The account's money (/v5/account/wallet-balance, the `wallet` topic), in the settle coin (USDT).
struct WalletReport
{
    std::string coin = "USDT";
    double equity = 0;
    double walletBalance = 0;
    double available = 0;
    double unrealisedPnl = 0;
    double cumulativeRealisedPnl = 0;
    double initialMargin = 0; // positions' and orders' margin together
    qint64 timeMs = 0;
};

// Pushed reports of a venue: the private stream's topics (or the paper broker's own events). They
// may repeat and arrive in any order; the order manager's ledgers make that harmless.
class VenueListener
{
public:
    virtual ~VenueListener() = default;
    virtual void onVenueOrder(const OrderUpdate &update) = 0;
    virtual void onVenueExecution(const Execution &execution) = 0;
    virtual void onVenuePosition(const PositionReport &position) = 0;
    virtual void onVenueWallet(const WalletReport &wallet) = 0;
    // The private stream came up (authenticated and subscribed) or went down. After every "up" the
    // order manager reconciles through the queries below, so nothing reported while it was down is missed.
    virtual void onVenueStream(bool up, const std::string &reason) = 0;
};

// One account at one venue: live Bybit (mainnet, testnet, demo), the simulator (same protocol),
// or the paper broker. Every call is made on the owner's thread and every callback runs there,
// exactly once. Requests are never retried blindly: a create whose answer is lost is reported as
// answerLost and the caller looks it up by orderLinkId.
class Venue
{
public:
    using ReplyFn = std::function<void(const VenueReply &)>;
    using OrdersFn = std::function<void(const VenueReply &, const std::vector<OrderUpdate> &)>;
    using ExecutionsFn = std::function<void(const VenueReply &, const std::vector<Execution> &)>;
    using PositionsFn = std::function<void(const VenueReply &, const std::vector<PositionReport> &)>;
    using WalletFn = std::function<void(const VenueReply &, const WalletReport &)>;

    virtual ~Venue() = default;

    virtual VenueKind kind() const = 0;
    void setListener(VenueListener *listener) { m_listener = listener; }
    // Connects the private stream (if any) and begins reporting; stop() ends it.
    virtual void start() = 0;
    virtual void stop() = 0;

    virtual void create(const OrderIntent &intent, ReplyFn done) = 0;
    // Either id may be empty; the venue uses orderId when known. An empty optional keeps the value.
    virtual void amend(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                       std::optional<Ticks> price, std::optional<Lots> quantity, ReplyFn done) = 0;
    virtual void cancel(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                        ReplyFn done) = 0;
    // Every open order of `symbol`, or of every symbol when empty.
    virtual void cancelAll(const std::string &symbol, ReplyFn done) = 0;
    virtual void setLeverage(const std::string &symbol, double leverage, ReplyFn done) = 0;

    // Reconciliation and display.
    // The order with this orderLinkId, open or recent; an empty vector when the venue has none.
    virtual void queryOrder(const std::string &symbol, const std::string &orderLinkId, OrdersFn done) = 0;
    virtual void openOrders(OrdersFn done) = 0;
    // Fills at or after `sinceMs` (epoch), oldest first.
    virtual void executionsSince(qint64 sinceMs, ExecutionsFn done) = 0;
    virtual void positions(PositionsFn done) = 0;
    virtual void wallet(WalletFn done) = 0;

protected:
    VenueListener *m_listener = nullptr;
};

} // namespace virtuoso::trading
