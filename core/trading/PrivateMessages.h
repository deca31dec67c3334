#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/trading/OrderLedger.h"
#include "trading/Venue.h"

#include <QtGlobal>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace virtuoso::trading {

// The grids of a symbol, so decimal strings become ticks and lots (null: not an instrument we know).
using InstrumentLookup = std::function<const exchange::InstrumentSpec *(std::string_view symbol)>;

// What went wrong while reading an answer. `error` set: the whole message is unusable (malformed
// JSON, not a Bybit envelope). `skipped`: entries left out one by one (a symbol we have no grid for,
// a price off the grid), each with a sentence saying which and why.
struct ParseIssues
{
    std::string error;
    std::vector<std::string> skipped;

    bool ok() const { return error.empty(); }
};

// The envelope of a REST answer: {"retCode":0,"retMsg":"OK","result":{...},"time":...}.
struct RestEnvelope
{
    int retCode = -1;
    std::string retMsg;
    qint64 timeMs = 0;
};

bool parseEnvelope(std::string_view body, RestEnvelope &out, ParseIssues &issues);
// The answer to create, amend and cancel: result.orderId and result.orderLinkId.
bool parseOrderAck(std::string_view body, std::string &orderId, std::string &orderLinkId, ParseIssues &issues);
// GET /v5/market/time: the exchange's clock in epoch milliseconds.
bool parseServerTime(std::string_view body, qint64 &epochMs, ParseIssues &issues);

// result.list of /v5/order/realtime and /v5/order/history; `nextCursor` empty on the last page.
bool parseOrderList(std::string_view body, const InstrumentLookup &lookup, std::vector<OrderUpdate> &out,
                    std::string &nextCursor, ParseIssues &issues);
// result.list of /v5/execution/list. Only execType "Trade" is a fill; funding, ADL and bust records
// are left out (and not counted as skipped): they are not fills of our orders.
bool parseExecutionList(std::string_view body, const InstrumentLookup &lookup, std::vector<Execution> &out,
                        std::string &nextCursor, ParseIssues &issues);
// result.list of /v5/position/list.
bool parsePositionList(std::string_view body, const InstrumentLookup &lookup, std::vector<PositionReport> &out,
                       std::string &nextCursor, ParseIssues &issues);
// /v5/account/wallet-balance: the `coin` entry of the first account.
bool parseWalletBalance(std::string_view body, std::string_view coin, WalletReport &out, ParseIssues &issues);

// One frame of the private stream: a topic's data or an answer to an op (auth, subscribe, ping).
enum class PrivateTopic : std::uint8_t { None, Order, Execution, Position, Wallet, Dcp, Other };

struct PrivateFrame
{
    PrivateTopic topic = PrivateTopic::None; // None: a control frame (op)
    std::string topicName;
    qint64 creationTimeMs = 0;
    std::vector<OrderUpdate> orders;
    std::vector<Execution> executions;
    std::vector<PositionReport> positions;
    std::vector<WalletReport> wallets;
    // Control frames.
    std::string op; // "auth", "subscribe", "pong", "ping" (a pong in the public shape)
    bool success = false;
    std::string message; // ret_msg or retMsg
    std::string reqId;
};

// Decodes one frame; `walletCoin` picks the coin of the wallet topic (USDT).
bool decodePrivateFrame(std::string_view frame, const InstrumentLookup &lookup, std::string_view walletCoin,
                        PrivateFrame &out, ParseIssues &issues);

// The JSON bodies of the order requests, written into one reusable buffer (no allocation once it
// has grown, no JSON library). Prices and quantities are printed on the instrument's grid. Each
// call returns a view of the buffer, valid until the next call.
class RequestBodyWriter
{
public:
    RequestBodyWriter() { m_buffer.reserve(384); }

    // {"category":"linear","symbol":…,"side":…,"orderType":…,"qty":…,"price":…,"timeInForce":…,
    //  "orderLinkId":…,"reduceOnly":…,"positionIdx":0[,"tpslMode":"Full","takeProfit":…,"tpTriggerBy":…,
    //  "stopLoss":…,"slTriggerBy":…]}. Market orders carry no price and are IOC.
    std::string_view create(const OrderIntent &intent, const exchange::InstrumentSpec &spec);
    // orderId when known, else orderLinkId; only the changed values.
    std::string_view amend(const exchange::InstrumentSpec &spec, std::string_view orderLinkId, std::string_view orderId,
                           std::optional<Ticks> price, std::optional<Lots> quantity);
    std::string_view cancel(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId);
    // One symbol, or every USDT contract when `symbol` is empty.
    std::string_view cancelAll(std::string_view symbol);
    std::string_view setLeverage(std::string_view symbol, double leverage);
    // Disconnect protection for derivatives: every order is cancelled `seconds` after the last
    // private stream subscribing dcp went away.
    std::string_view disconnectedCancelAll(int seconds);

private:
    void begin();
    void key(std::string_view name);
    void stringField(std::string_view name, std::string_view value);
    void gridField(std::string_view name, const exchange::DecimalGrid &grid, qint64 steps);
    void rawField(std::string_view name, std::string_view raw);
    std::string_view end();

    std::string m_buffer;
};

const char *sideText(Side side);
const char *timeInForceText(TimeInForce timeInForce, OrderType type);
// Leverage as Bybit wants it: "10", "2.5" (two decimals at most).
std::string leverageText(double leverage);

} // namespace virtuoso::trading
