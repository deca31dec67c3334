#include "trading/PrivateMessages.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace virtuoso::trading {

namespace dom = simdjson::dom;
using exchange::Decimal;
using exchange::Exact;
using exchange::InstrumentSpec;

namespace {

// One parser per thread, reused: its buffers grow to the largest answer and stay.
dom::parser &parser()
{
    thread_local dom::parser p;
    return p;
}

// A short excerpt of offending text for a message, never a whole answer.
std::string excerpt(std::string_view s)
{
    constexpr std::size_t kMax = 48;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

bool parseDocument(std::string_view text, dom::element &root, ParseIssues &issues, const char *what)
{
    if (auto error = parser().parse(text.data(), text.size()).get(root)) {
        issues.error = std::string(what) + " is not JSON: " + simdjson::error_message(error);
        return false;
    }
    return true;
}

// A field's text: a string's content or a number's digits; empty when absent or null.
std::string_view text(dom::object object, std::string_view key, std::string &scratch)
{
    dom::element element;
    if (object[key].get(element) != simdjson::SUCCESS)
        return {};
    std::string_view s;
    if (element.get_string().get(s) == simdjson::SUCCESS)
        return s;
    int64_t i = 0;
    if (element.get_int64().get(i) == simdjson::SUCCESS) {
        scratch = std::to_string(i);
        return scratch;
    }
    double d = 0;
    if (element.get_double().get(d) == simdjson::SUCCESS) {
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
        scratch.assign(buffer, ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0);
        return scratch;
    }
    return {};
}

std::string_view str(dom::object object, std::string_view key)
{
    std::string_view s;
    if (object[key].get_string().get(s) != simdjson::SUCCESS)
        return {};
    return s;
}

qint64 integer(dom::object object, std::string_view key)
{
    std::string scratch;
    const std::string_view t = text(object, key, scratch);
    qint64 v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
}

double number(dom::object object, std::string_view key)
{
    std::string scratch;
    const std::string_view t = text(object, key, scratch);
    double v = 0;
    if (t.empty() || std::from_chars(t.data(), t.data() + t.size(), v).ec != std::errc())
        return 0;
    return std::isfinite(v) ? v : 0;
}

bool boolean(dom::object object, std::string_view key)
{
    bool b = false;
    if (object[key].get_bool().get(b) == simdjson::SUCCESS)
        return b;
    return str(object, key) == "true" || str(object, key) == "1";
}

std::optional<Side> sideOf(std::string_view s)
{
    if (s == "Buy")
        return Side::Buy;
    if (s == "Sell")
        return Side::Sell;
    return std::nullopt;
}

// A price or size on the instrument's grid; "" and absent are zero when `emptyIsZero`.
bool onGrid(const exchange::DecimalGrid &grid, std::string_view value, bool nonNegative, qint64 &out,
            std::string &problem, const char *what, std::string_view symbol)
{
    if (value.empty()) {
        out = 0;
        return true;
    }
    const Exact<qint64> steps = nonNegative ? grid.toNonNegativeSteps(value) : grid.toSteps(value);
    if (!steps) {
        problem = std::string(symbol) + ": " + what + " '" + excerpt(value) + "': " + numberErrorText(steps.error);
        return false;
    }
    out = steps.value;
    return true;
}

const InstrumentSpec *specOf(const InstrumentLookup &lookup, std::string_view symbol, std::string &problem,
                             const char *what)
{
    const InstrumentSpec *spec = lookup ? lookup(symbol) : nullptr;
    if (!spec)
        problem = std::string(what) + " of '" + excerpt(symbol) + "': no such instrument";
    return spec;
}

// A price the exchange reports for display (take-profit, stop-loss): on the grid, or rounded onto it;
// "", "0" and a missing field are 0 (none).
Ticks roundedPrice(const InstrumentSpec &spec, dom::object o, const char *field)
{
    const double value = number(o, field);
    const double step = spec.price.toDouble(1);
    return value > 0 && step > 0 ? static_cast<Ticks>(std::llround(value / step)) : 0;
}

bool readOrder(dom::object o, const InstrumentLookup &lookup, OrderUpdate &u, std::string &problem)
{
    u.symbol = std::string(str(o, "symbol"));
    const InstrumentSpec *spec = specOf(lookup, u.symbol, problem, "order");
    if (!spec)
        return false;
    u.orderId = std::string(str(o, "orderId"));
    u.orderLinkId = std::string(str(o, "orderLinkId"));
    if (u.orderId.empty() && u.orderLinkId.empty()) {
        problem = u.symbol + ": an order without orderId or orderLinkId";
        return false;
    }
    const std::optional<Side> side = sideOf(str(o, "side"));
    if (!side) {
        problem = u.symbol + ": order side '" + excerpt(str(o, "side")) + "' is neither Buy nor Sell";
        return false;
    }
    u.side = *side;
    u.type = str(o, "orderType") == "Market" ? OrderType::Market : OrderType::Limit;
    const std::string_view tif = str(o, "timeInForce");
    u.timeInForce = tif == "IOC"        ? TimeInForce::IOC
                    : tif == "FOK"      ? TimeInForce::FOK
                    : tif == "PostOnly" ? TimeInForce::PostOnly
                                        : TimeInForce::GTC;
    u.reduceOnly = boolean(o, "reduceOnly");
    const std::string_view status = str(o, "orderStatus");
    const std::optional<OrderStatus> known = orderStatusFromBybit(status);
    if (!known) {
        problem = u.symbol + ": unknown orderStatus '" + excerpt(status) + "'";
        return false;
    }
    u.status = *known;
    std::string scratch;
    if (!onGrid(spec->quantity, text(o, "cumExecQty", scratch), true, u.cumulativeFilled, problem, "cumExecQty",
                u.symbol) ||
        !onGrid(spec->quantity, text(o, "qty", scratch), true, u.quantity, problem, "qty", u.symbol))
        return false;
    // A market order's price is the exchange's slippage bound, not ours: kept only when on the grid.
    if (!onGrid(spec->price, text(o, "price", scratch), true, u.price, problem, "price", u.symbol)) {
        if (u.type != OrderType::Market)
            return false;
        u.price = 0;
        problem.clear();
    }
    const std::string_view reject = str(o, "rejectReason");
    const std::string_view cancelType = str(o, "cancelType");
    if (!reject.empty() && reject != "EC_NoError")
        u.reason = std::string(reject);
    else if (!cancelType.empty() && cancelType != "UNKNOWN")
        u.reason = std::string(cancelType);
    const std::string_view stopType = str(o, "stopOrderType");
    if (stopType == "TakeProfit" || stopType == "StopLoss" || stopType == "PartialTakeProfit" ||
        stopType == "PartialStopLoss")
        u.stopOrderType = std::string(stopType);
    u.takeProfit = roundedPrice(*spec, o, "takeProfit");
    u.stopLoss = roundedPrice(*spec, o, "stopLoss");
    u.timeMs = integer(o, "updatedTime");
    return true;
}

// Returns false with `problem` for a bad entry; `isFill` false for records that are not fills.
bool readExecution(dom::object o, const InstrumentLookup &lookup, Execution &e, bool &isFill, std::string &problem)
{
    const std::string_view type = str(o, "execType");
    isFill = type.empty() || type == "Trade"; // the fast topic carries no execType: all its records are trades
    if (!isFill)
        return true;
    e.symbol = std::string(str(o, "symbol"));
    const InstrumentSpec *spec = specOf(lookup, e.symbol, problem, "execution");
    if (!spec)
        return false;
    e.execId = std::string(str(o, "execId"));
    if (e.execId.empty()) {
        problem = e.symbol + ": an execution without execId";
        return false;
    }
    e.orderId = std::string(str(o, "orderId"));
    e.orderLinkId = std::string(str(o, "orderLinkId"));
    const std::optional<Side> side = sideOf(str(o, "side"));
    if (!side) {
        problem = e.symbol + ": execution side '" + excerpt(str(o, "side")) + "' is neither Buy nor Sell";
        return false;
    }
    e.side = *side;
    std::string scratch;
    if (!onGrid(spec->price, text(o, "execPrice", scratch), true, e.price, problem, "execPrice", e.symbol) ||
        !onGrid(spec->quantity, text(o, "execQty", scratch), true, e.quantity, problem, "execQty", e.symbol))
        return false;
    if (e.quantity <= 0) {
        problem = e.symbol + ": execution " + e.execId + " without a quantity";
        return false;
    }
    const std::string_view fee = text(o, "execFee", scratch);
    if (!fee.empty()) {
        const Exact<Decimal> d = Decimal::parse(fee);
        if (!d) {
            problem = e.symbol + ": execFee '" + excerpt(fee) + "': " + numberErrorText(d.error);
            return false;
        }
        e.fee = d.value;
    }
    e.maker = boolean(o, "isMaker");
    e.timeMs = integer(o, "execTime");
    return true;
}

bool readPosition(dom::object o, const InstrumentLookup &lookup, PositionReport &p, std::string &problem)
{
    p.symbol = std::string(str(o, "symbol"));
    const InstrumentSpec *spec = specOf(lookup, p.symbol, problem, "position");
    if (!spec)
        return false;
    std::string scratch;
    Lots size = 0;
    if (!onGrid(spec->quantity, text(o, "size", scratch), true, size, problem, "size", p.symbol))
        return false;
    const std::string_view side = str(o, "side");
    p.size = side == "Sell" ? -size : side == "Buy" ? size : 0;
    p.averagePrice = number(o, "avgPrice");
    if (p.averagePrice == 0)
        p.averagePrice = number(o, "entryPrice");
    // The mark may carry more digits than the tick: then it is rounded onto the grid, not refused.
    const std::string_view mark = text(o, "markPrice", scratch);
    if (!onGrid(spec->price, mark, true, p.markTicks, problem, "markPrice", p.symbol)) {
        problem.clear();
        const double step = spec->price.toDouble(1);
        p.markTicks = step > 0 ? static_cast<Ticks>(std::llround(number(o, "markPrice") / step)) : 0;
    }
    p.liquidationPrice = number(o, "liqPrice");
    p.takeProfit = roundedPrice(*spec, o, "takeProfit");
    p.stopLoss = roundedPrice(*spec, o, "stopLoss");
    p.unrealisedPnl = number(o, "unrealisedPnl");
    p.cumulativeRealisedPnl = number(o, "cumRealisedPnl");
    p.leverage = number(o, "leverage");
    p.initialMargin = number(o, "positionIM");
    p.timeMs = integer(o, "updatedTime");
    return true;
}

// One account of the wallet (REST list entry or stream data entry), its `coin` entry.
bool readWallet(dom::object account, std::string_view coin, WalletReport &w, std::string &problem)
{
    dom::array coins;
    if (account["coin"].get_array().get(coins) != simdjson::SUCCESS) {
        problem = "wallet without a coin list";
        return false;
    }
    for (dom::element element : coins) {
        dom::object c;
        if (element.get_object().get(c) != simdjson::SUCCESS || str(c, "coin") != coin)
            continue;
        w.coin = std::string(coin);
        w.equity = number(c, "equity");
        w.walletBalance = number(c, "walletBalance");
        // Unified accounts leave the coin's own figure empty and give the account's instead.
        std::string scratch;
        w.available = !text(c, "availableToWithdraw", scratch).empty() ? number(c, "availableToWithdraw")
                                                                       : number(account, "totalAvailableBalance");
        w.unrealisedPnl = number(c, "unrealisedPnl");
        w.cumulativeRealisedPnl = number(c, "cumRealisedPnl");
        w.initialMargin = number(c, "totalPositionIM") + number(c, "totalOrderIM");
        return true;
    }
    problem = "no " + std::string(coin) + " in the wallet";
    return false;
}

// The envelope and result of a REST answer; false (with the error) when it is not a success.
bool openResult(std::string_view body, dom::object &result, RestEnvelope &envelope, ParseIssues &issues)
{
    dom::element root;
    if (!parseDocument(body, root, issues, "the answer"))
        return false;
    dom::object top;
    int64_t code = 0;
    if (root.get_object().get(top) != simdjson::SUCCESS || top["retCode"].get_int64().get(code) != simdjson::SUCCESS) {
        issues.error = "not a Bybit answer (no retCode): " + excerpt(body);
        return false;
    }
    envelope.retCode = static_cast<int>(code);
    envelope.retMsg = std::string(str(top, "retMsg"));
    envelope.timeMs = integer(top, "time");
    if (code != 0) {
        issues.error = "retCode " + std::to_string(code) + ": " + envelope.retMsg;
        return false;
    }
    if (top["result"].get_object().get(result) != simdjson::SUCCESS) {
        issues.error = "a Bybit answer without a result object";
        return false;
    }
    return true;
}

template<typename Item, typename Read>
bool readList(std::string_view body, std::vector<Item> &out, std::string &nextCursor, ParseIssues &issues, Read &&read)
{
    dom::object result;
    RestEnvelope envelope;
    if (!openResult(body, result, envelope, issues))
        return false;
    nextCursor = std::string(str(result, "nextPageCursor"));
    dom::array list;
    if (result["list"].get_array().get(list) != simdjson::SUCCESS) {
        issues.error = "a Bybit answer without result.list";
        return false;
    }
    for (dom::element element : list) {
        dom::object object;
        std::string problem;
        if (element.get_object().get(object) != simdjson::SUCCESS) {
            issues.skipped.push_back("a list entry that is not an object");
            continue;
        }
        Item item;
        bool keep = true;
        if (!read(object, item, keep, problem))
            issues.skipped.push_back(std::move(problem));
        else if (keep)
            out.push_back(std::move(item));
    }
    return true;
}

PrivateTopic topicOf(std::string_view name)
{
    if (name == "order" || name.starts_with("order."))
        return PrivateTopic::Order;
    if (name == "execution" || name.starts_with("execution."))
        return PrivateTopic::Execution;
    if (name == "position" || name.starts_with("position."))
        return PrivateTopic::Position;
    if (name == "wallet")
        return PrivateTopic::Wallet;
    if (name.starts_with("dcp"))
        return PrivateTopic::Dcp;
    return PrivateTopic::Other;
}

} // namespace

bool parseEnvelope(std::string_view body, RestEnvelope &out, ParseIssues &issues)
{
    dom::element root;
    if (!parseDocument(body, root, issues, "the answer"))
        return false;
    dom::object top;
    int64_t code = 0;
    if (root.get_object().get(top) != simdjson::SUCCESS || top["retCode"].get_int64().get(code) != simdjson::SUCCESS) {
        issues.error = "not a Bybit answer (no retCode): " + excerpt(body);
        return false;
    }
    out.retCode = static_cast<int>(code);
    out.retMsg = std::string(str(top, "retMsg"));
    out.timeMs = integer(top, "time");
    return true;
}

bool parseOrderAck(std::string_view body, std::string &orderId, std::string &orderLinkId, ParseIssues &issues)
{
    dom::object result;
    RestEnvelope envelope;
    if (!openResult(body, result, envelope, issues))
        return false;
    orderId = std::string(str(result, "orderId"));
    orderLinkId = std::string(str(result, "orderLinkId"));
    return true;
}

bool parseServerTime(std::string_view body, qint64 &epochMs, ParseIssues &issues)
{
    dom::object result;
    RestEnvelope envelope;
    if (!openResult(body, result, envelope, issues))
        return false;
    // Epoch ms up to the year 3000: beyond it an answer is no clock, and an offset from it would
    // overflow the times of the signed requests.
    constexpr qint64 kLatestMs = 32'503'680'000'000;
    const qint64 nano = integer(result, "timeNano");
    const qint64 second = integer(result, "timeSecond");
    epochMs = nano > 0 ? nano / 1'000'000 : second > 0 && second <= kLatestMs / 1000 ? second * 1000 : envelope.timeMs;
    if (epochMs <= 0 || epochMs > kLatestMs) {
        issues.error = epochMs <= 0
                           ? "the server time answer carries no time"
                           : "the server time answer is after the year 3000: " + std::to_string(epochMs) + " ms";
        return false;
    }
    return true;
}

bool parseOrderList(std::string_view body, const InstrumentLookup &lookup, std::vector<OrderUpdate> &out,
                    std::string &nextCursor, ParseIssues &issues)
{
    return readList(body, out, nextCursor, issues, [&](dom::object o, OrderUpdate &u, bool &, std::string &problem) {
        return readOrder(o, lookup, u, problem);
    });
}

bool parseExecutionList(std::string_view body, const InstrumentLookup &lookup, std::vector<Execution> &out,
                        std::string &nextCursor, ParseIssues &issues)
{
    return readList(body, out, nextCursor, issues, [&](dom::object o, Execution &e, bool &keep, std::string &problem) {
        return readExecution(o, lookup, e, keep, problem);
    });
}

bool parsePositionList(std::string_view body, const InstrumentLookup &lookup, std::vector<PositionReport> &out,
                       std::string &nextCursor, ParseIssues &issues)
{
    return readList(body, out, nextCursor, issues, [&](dom::object o, PositionReport &p, bool &, std::string &problem) {
        return readPosition(o, lookup, p, problem);
    });
}

bool parseWalletBalance(std::string_view body, std::string_view coin, WalletReport &out, ParseIssues &issues)
{
    dom::object result;
    RestEnvelope envelope;
    if (!openResult(body, result, envelope, issues))
        return false;
    dom::array list;
    dom::object account;
    if (result["list"].get_array().get(list) != simdjson::SUCCESS || list.size() == 0 ||
        list.at(0).get_object().get(account) != simdjson::SUCCESS) {
        issues.error = "a wallet answer without an account";
        return false;
    }
    std::string problem;
    if (!readWallet(account, coin, out, problem)) {
        issues.error = std::move(problem);
        return false;
    }
    out.timeMs = envelope.timeMs;
    return true;
}

bool decodePrivateFrame(std::string_view frame, const InstrumentLookup &lookup, std::string_view walletCoin,
                        PrivateFrame &out, ParseIssues &issues)
{
    out = PrivateFrame{};
    dom::element root;
    if (!parseDocument(frame, root, issues, "the frame"))
        return false;
    dom::object top;
    if (root.get_object().get(top) != simdjson::SUCCESS) {
        issues.error = "a frame that is not an object: " + excerpt(frame);
        return false;
    }
    const std::string_view topic = str(top, "topic");
    if (topic.empty()) {
        out.op = std::string(str(top, "op"));
        if (out.op.empty()) {
            issues.error = "a frame with neither topic nor op: " + excerpt(frame);
            return false;
        }
        bool success = false;
        out.success = top["success"].get_bool().get(success) == simdjson::SUCCESS && success;
        out.message = std::string(str(top, "ret_msg"));
        if (out.message.empty())
            out.message = std::string(str(top, "retMsg"));
        out.reqId = std::string(str(top, "req_id"));
        return true;
    }
    out.topicName = std::string(topic);
    out.topic = topicOf(topic);
    out.creationTimeMs = integer(top, "creationTime");
    if (out.topic == PrivateTopic::Other || out.topic == PrivateTopic::Dcp)
        return true;
    dom::array data;
    if (top["data"].get_array().get(data) != simdjson::SUCCESS) {
        issues.error = out.topicName + " frame without a data list";
        return false;
    }
    for (dom::element element : data) {
        dom::object o;
        std::string problem;
        if (element.get_object().get(o) != simdjson::SUCCESS) {
            issues.skipped.push_back(out.topicName + ": a data entry that is not an object");
            continue;
        }
        bool ok = true;
        switch (out.topic) {
        case PrivateTopic::Order: {
            OrderUpdate u;
            if ((ok = readOrder(o, lookup, u, problem)))
                out.orders.push_back(std::move(u));
            break;
        }
        case PrivateTopic::Execution: {
            Execution e;
            bool fill = true;
            if ((ok = readExecution(o, lookup, e, fill, problem)) && fill)
                out.executions.push_back(std::move(e));
            break;
        }
        case PrivateTopic::Position: {
            PositionReport p;
            if ((ok = readPosition(o, lookup, p, problem))) {
                if (p.timeMs == 0)
                    p.timeMs = out.creationTimeMs;
                out.positions.push_back(std::move(p));
            }
            break;
        }
        case PrivateTopic::Wallet: {
            WalletReport w;
            if ((ok = readWallet(o, walletCoin, w, problem))) {
                w.timeMs = out.creationTimeMs;
                out.wallets.push_back(std::move(w));
            }
            break;
        }
        default:
            break;
        }
        if (!ok)
            issues.skipped.push_back(std::move(problem));
    }
    return true;
}

// ---- Request bodies ----

const char *timeInForceText(TimeInForce timeInForce, OrderType type)
{
    return type == OrderType::Market ? "IOC" : timeInForceName(timeInForce); // market orders are IOC at Bybit
}

std::string leverageText(double leverage)
{
    char buffer[32];
    const long long hundredths = std::llround(leverage * 100);
    if (hundredths % 100 == 0)
        std::snprintf(buffer, sizeof buffer, "%lld", hundredths / 100);
    else if (hundredths % 10 == 0)
        std::snprintf(buffer, sizeof buffer, "%lld.%lld", hundredths / 100, (hundredths % 100) / 10);
    else
        std::snprintf(buffer, sizeof buffer, "%lld.%02lld", hundredths / 100, hundredths % 100);
    return buffer;
}

void RequestBodyWriter::begin()
{
    m_buffer.clear();
    m_buffer += '{';
}

void RequestBodyWriter::key(std::string_view name)
{
    if (m_buffer.size() > 1)
        m_buffer += ',';
    m_buffer += '"';
    m_buffer += name;
    m_buffer += "\":";
}

void RequestBodyWriter::stringField(std::string_view name, std::string_view value)
{
    key(name);
    m_buffer += '"';
    // Symbols and order ids are plain ASCII; anything that would end the string is escaped.
    for (const char c : value) {
        if (c == '"' || c == '\\') {
            m_buffer += '\\';
            m_buffer += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            m_buffer += escape;
        } else {
            m_buffer += c;
        }
    }
    m_buffer += '"';
}

void RequestBodyWriter::gridField(std::string_view name, const exchange::DecimalGrid &grid, qint64 steps)
{
    key(name);
    m_buffer += '"';
    char buffer[48];
    m_buffer.append(buffer, grid.format(steps, buffer, sizeof buffer));
    m_buffer += '"';
}

void RequestBodyWriter::rawField(std::string_view name, std::string_view raw)
{
    key(name);
    m_buffer += raw;
}

std::string_view RequestBodyWriter::end()
{
    m_buffer += '}';
    return m_buffer;
}

std::string_view RequestBodyWriter::create(const OrderIntent &intent, const InstrumentSpec &spec)
{
    begin();
    stringField("category", "linear");
    stringField("symbol", intent.symbol);
    stringField("side", sideName(intent.side));
    stringField("orderType", intent.type == OrderType::Market ? "Market" : "Limit");
    gridField("qty", spec.quantity, intent.quantity);
    if (intent.type == OrderType::Limit)
        gridField("price", spec.price, intent.price);
    stringField("timeInForce", timeInForceText(intent.timeInForce, intent.type));
    stringField("orderLinkId", intent.orderLinkId);
    rawField("reduceOnly", intent.reduceOnly ? "true" : "false");
    rawField("positionIdx", "0");
    // Take-profit and stop-loss for the whole position, closed at market when triggered.
    if (intent.takeProfit > 0 || intent.stopLoss > 0)
        stringField("tpslMode", "Full");
    if (intent.takeProfit > 0) {
        gridField("takeProfit", spec.price, intent.takeProfit);
        stringField("tpTriggerBy", triggerByName(intent.tpTriggerBy));
    }
    if (intent.stopLoss > 0) {
        gridField("stopLoss", spec.price, intent.stopLoss);
        stringField("slTriggerBy", triggerByName(intent.slTriggerBy));
    }
    return end();
}

std::string_view RequestBodyWriter::amend(const InstrumentSpec &spec, std::string_view orderLinkId,
                                          std::string_view orderId, std::optional<Ticks> price,
                                          std::optional<Lots> quantity)
{
    begin();
    stringField("category", "linear");
    stringField("symbol", spec.symbol.view());
    if (!orderId.empty())
        stringField("orderId", orderId);
    else
        stringField("orderLinkId", orderLinkId);
    if (quantity)
        gridField("qty", spec.quantity, *quantity);
    if (price)
        gridField("price", spec.price, *price);
    return end();
}

std::string_view RequestBodyWriter::cancel(std::string_view symbol, std::string_view orderLinkId,
                                           std::string_view orderId)
{
    begin();
    stringField("category", "linear");
    stringField("symbol", symbol);
    if (!orderId.empty())
        stringField("orderId", orderId);
    else
        stringField("orderLinkId", orderLinkId);
    return end();
}

std::string_view RequestBodyWriter::cancelAll(std::string_view symbol)
{
    begin();
    stringField("category", "linear");
    if (symbol.empty())
        stringField("settleCoin", "USDT");
    else
        stringField("symbol", symbol);
    return end();
}

std::string_view RequestBodyWriter::setLeverage(std::string_view symbol, double leverage)
{
    const std::string text = leverageText(leverage);
    begin();
    stringField("category", "linear");
    stringField("symbol", symbol);
    stringField("buyLeverage", text);
    stringField("sellLeverage", text);
    return end();
}

std::string_view RequestBodyWriter::disconnectedCancelAll(int seconds)
{
    begin();
    stringField("product", "DERIVATIVES");
    rawField("timeWindow", std::to_string(seconds));
    return end();
}

} // namespace virtuoso::trading
