// The matching engine's orders and market: validation and the retCodes, taking liquidity from the
// displayed book, resting orders reached by trades and books, amend, cancel and leverage.
#include "model/trading/MatchingEngine.h"

#include "model/trading/MatchingEngineState.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace virtuoso::trading {

using matching::Account;
using matching::Market;
using matching::OrderRec;
using matching::Pos;

namespace {

constexpr quint64 kOrderIdSalt = 0x0bde7000a11ce000ULL;

MatchResult refused(int code, std::string message, const std::string &orderLinkId = {})
{
    MatchResult r;
    r.retCode = code;
    r.retMsg = std::move(message);
    r.orderLinkId = orderLinkId;
    return r;
}

MatchResult accepted(const ExchangeOrder &o)
{
    MatchResult r;
    r.orderId = o.orderId;
    r.orderLinkId = o.orderLinkId;
    return r;
}

// Whether a limit at `price` on `side` would take from the displayed book.
bool crosses(const Market &m, Side side, Ticks price)
{
    if (side == Side::Buy)
        return !m.asks.empty() && m.asks.front().price <= price;
    return !m.bids.empty() && m.bids.front().price >= price;
}

bool outsidePriceLimit(const Market &m, Ticks price, double percent)
{
    if (m.mark <= 0)
        return false;
    const double distance = std::abs(static_cast<double>(price - m.mark));
    return distance * 100 > percent * static_cast<double>(m.mark);
}

// Bybit's rule for an order's take-profit and stop-loss: on the profit and the loss side of the
// price it is based on (`base`: the limit price, or for a market order the last trade); empty when
// they are fine.
std::string tpslProblem(const NewOrder &req, Ticks base)
{
    if (req.takeProfit < 0 || req.stopLoss < 0)
        return "params error: takeProfit or stopLoss invalid";
    if (req.takeProfit == 0 && req.stopLoss == 0)
        return {};
    if (req.reduceOnly)
        return "params error: a reduce-only order takes no takeProfit or stopLoss";
    if (base <= 0)
        return {};
    const bool buy = req.side == Side::Buy;
    if (req.takeProfit > 0 && (buy ? req.takeProfit <= base : req.takeProfit >= base))
        return buy ? "params error: TakeProfit set for Buy position should be higher than base_price"
                   : "params error: TakeProfit set for Sell position should be lower than base_price";
    if (req.stopLoss > 0 && (buy ? req.stopLoss >= base : req.stopLoss <= base))
        return buy ? "params error: StopLoss set for Buy position should be lower than base_price"
                   : "params error: StopLoss set for Sell position should be higher than base_price";
    return {};
}

} // namespace

MatchingEngine::MatchingEngine(MatchingSettings settings, MatchingListener *listener)
    : m_settings(settings)
    , m_listener(listener)
    , m_state(std::make_unique<State>(*this))
{}

MatchingEngine::~MatchingEngine() = default;

void MatchingEngine::addInstrument(const exchange::InstrumentSpec &spec)
{
    const std::string symbol = spec.symbol.toStdString();
    Market &m = m_state->markets[symbol];
    m.spec = spec;
    m.symbol = symbol;
    m.priceStep = spec.price.toDouble(1);
    m.qtyStep = spec.quantity.toDouble(1);
    m.notionalScale = static_cast<double>(spec.price.stepUnits()) * static_cast<double>(spec.quantity.stepUnits());
    m.notionalDivisor = std::pow(10.0, spec.price.decimals() + spec.quantity.decimals());
}

const exchange::InstrumentSpec *MatchingEngine::instrument(const std::string &symbol) const
{
    const auto it = m_state->markets.find(symbol);
    return it == m_state->markets.end() ? nullptr : &it->second.spec;
}

bool MatchingEngine::addAccount(const std::string &account, double walletUsdt)
{
    if (m_state->accounts.count(account))
        return false;
    Account &a = m_state->accounts[account];
    a.name = account;
    a.deposit = walletUsdt;
    return true;
}

bool MatchingEngine::hasAccount(const std::string &account) const
{
    return m_state->accounts.count(account) != 0;
}

// ---- The market ----

void MatchingEngine::onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                            const std::vector<exchange::BookLevel> &asks, qint64 nowMs)
{
    Market *m = m_state->market(symbol);
    if (!m)
        return;
    m->bids.assign(bids.begin(), bids.end());
    m->asks.assign(asks.begin(), asks.end());
    // The common case: the best resting orders are behind the touch, nothing to do.
    auto &scratch = m_state->scratch;
    if (!m->buys.empty() && !m->asks.empty() && m->buys.front()->o.price >= m->asks.front().price) {
        scratch.clear();
        for (OrderRec *r : m->buys) {
            if (r->o.price < m->asks.front().price)
                break;
            scratch.push_back(r);
        }
        const std::vector<OrderRec *> reached = scratch;
        for (OrderRec *r : reached)
            if (r->open && r->resting && r->remaining() > 0)
                m_state->makerFill(*r, r->remaining(), nowMs);
    }
    if (!m->sells.empty() && !m->bids.empty() && m->sells.front()->o.price <= m->bids.front().price) {
        scratch.clear();
        for (OrderRec *r : m->sells) {
            if (r->o.price > m->bids.front().price)
                break;
            scratch.push_back(r);
        }
        const std::vector<OrderRec *> reached = scratch;
        for (OrderRec *r : reached)
            if (r->open && r->resting && r->remaining() > 0)
                m_state->makerFill(*r, r->remaining(), nowMs);
    }
}

void MatchingEngine::onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs)
{
    Market *m = m_state->market(symbol);
    if (!m || size <= 0 || price <= 0)
        return;
    m_state->tradeReaches(*m, takerSide, price, size, nowMs);
    m->last = price;
    m_state->checkTriggers(*m, TriggerBy::LastPrice, price, nowMs);
}

void MatchingEngine::State::tradeReaches(Market &market, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs)
{
    Market *m = &market;
    // A sell taker reaches resting buys at or above its price; a buy taker resting sells at or below.
    const bool hitsBuys = takerSide == exchange::Side::Sell;
    const auto &list = hitsBuys ? m->buys : m->sells;
    if (list.empty())
        return;
    const auto reaches = [&](const OrderRec *r) { return hitsBuys ? r->o.price >= price : r->o.price <= price; };
    if (!reaches(list.front()))
        return;
    scratch.clear();
    for (OrderRec *r : list) {
        if (!reaches(r))
            break;
        scratch.push_back(r);
    }
    const std::vector<OrderRec *> reached = scratch;
    Lots used = 0; // what this trade already gave our orders at its price
    for (OrderRec *r : reached) {
        if (!r->open || !r->resting || r->remaining() <= 0)
            continue;
        if (r->o.price != price) {
            makerFill(*r, r->remaining(), nowMs); // traded through: filled
            continue;
        }
        // At its price: the queue ahead (never more than the book shows there now) goes first.
        const Lots ahead = std::min(r->o.queueAhead, displayedAt(*m, r->o.side, price));
        r->o.queueAhead = std::max<Lots>(0, ahead - size);
        const Lots available = size - ahead - used;
        if (available <= 0)
            continue;
        const Lots qty = std::min(available, r->remaining());
        used += qty;
        makerFill(*r, qty, nowMs);
    }
}

void MatchingEngine::onMark(const std::string &symbol, Ticks markTicks, qint64 nowMs)
{
    Market *m = m_state->market(symbol);
    if (!m || markTicks <= 0)
        return;
    m->mark = markTicks;
    for (auto &[name, a] : m_state->accounts) {
        const auto p = a.positions.find(symbol);
        if (p == a.positions.end() || p->second.size == 0)
            continue;
        p->second.updatedMs = nowMs;
        m_state->reportPosition(a, *m);
        m_state->reportWallet(a);
    }
    m_state->checkTriggers(*m, TriggerBy::MarkPrice, markTicks, nowMs);
}

// ---- Take-profit and stop-loss ----

void MatchingEngine::State::checkTriggers(Market &m, TriggerBy by, Ticks price, qint64 nowMs)
{
    for (auto &[name, a] : accounts) {
        const auto it = a.positions.find(m.symbol);
        if (it == a.positions.end() || it->second.size == 0)
            continue;
        const Pos &p = it->second;
        const bool isLong = p.size > 0;
        const bool tp =
            p.takeProfit > 0 && p.tpTriggerBy == by && (isLong ? price >= p.takeProfit : price <= p.takeProfit);
        const bool sl = p.stopLoss > 0 && p.slTriggerBy == by && (isLong ? price <= p.stopLoss : price >= p.stopLoss);
        if (tp || sl)
            triggerClose(a, m, tp, nowMs);
    }
}

void MatchingEngine::State::triggerClose(Account &a, Market &m, bool takeProfit, qint64 nowMs)
{
    Pos &p = pos(a, m.symbol);
    // Both go: the position is closed once, whichever fired.
    p.takeProfit = p.stopLoss = 0;
    const Lots size = p.size;
    if (size == 0)
        return;
    orders.emplace_back();
    OrderRec &r = orders.back();
    r.account = a.name;
    ExchangeOrder &o = r.o;
    o.orderId = makeId(++orderCounter, kOrderIdSalt);
    o.symbol = m.symbol;
    o.side = size > 0 ? Side::Sell : Side::Buy;
    o.type = OrderType::Market;
    o.timeInForce = TimeInForce::IOC;
    o.reduceOnly = true;
    o.quantity = std::llabs(size);
    o.stopOrderType = takeProfit ? "TakeProfit" : "StopLoss";
    o.createdMs = o.updatedMs = nowMs;
    a.orders.push_back(&r);
    a.open.push_back(&r);
    a.byId.emplace(o.orderId, &r);
    reportOrder(r);
    takeLiquidity(a, m, r, 0, nowMs);
    if (r.remaining() == 0)
        finish(a, m, r, OrderStatus::Filled, {}, nowMs);
    else
        finish(a, m, r, OrderStatus::Cancelled, "EC_NoImmediateQtyToFill", nowMs);
    if (o.filled > 0) {
        settled(a, m, nowMs);
    } else {
        reportPosition(a, m);
        reportWallet(a);
    }
}

// ---- Taking liquidity ----

Lots MatchingEngine::State::liquidity(const Market &m, Side side, Ticks limit, Lots qty, Ticks *worst)
{
    Lots total = 0;
    *worst = 0;
    for (const exchange::BookLevel &l : side == Side::Buy ? m.asks : m.bids) {
        if (limit > 0 && (side == Side::Buy ? l.price > limit : l.price < limit))
            break;
        total += l.size;
        *worst = l.price;
        if (total >= qty)
            break;
    }
    return total;
}

void MatchingEngine::State::takeLiquidity(Account &a, Market &m, OrderRec &r, Ticks limit, qint64 nowMs)
{
    auto &levels = r.o.side == Side::Buy ? m.asks : m.bids;
    std::size_t used = 0;
    for (exchange::BookLevel &l : levels) {
        if (r.remaining() <= 0)
            break;
        if (limit > 0 && (r.o.side == Side::Buy ? l.price > limit : l.price < limit))
            break;
        const Lots qty = std::min(l.size, r.remaining());
        if (qty > 0)
            fill(a, m, r, l.price, qty, false, nowMs);
        l.size -= qty;
        if (l.size <= 0)
            ++used;
    }
    // What was taken is gone from the displayed book until the next one replaces it.
    levels.erase(levels.begin(), levels.begin() + static_cast<std::ptrdiff_t>(used));
}

// ---- Orders ----

MatchResult MatchingEngine::create(const std::string &account, const NewOrder &req, qint64 nowMs)
{
    State &s = *m_state;
    const std::string &link = req.orderLinkId;
    Account *a = s.account(account);
    if (!a)
        return refused(retcode::ParamError, "account not found", link);
    Market *m = s.market(req.symbol);
    if (!m)
        return refused(retcode::ParamError, "params error: symbol invalid", link);
    if (!link.empty() && !isValidOrderLinkId(link))
        return refused(retcode::ParamError, "params error: orderLinkId invalid", link);
    if (!link.empty() && a->byLinkId.count(link))
        return refused(retcode::DuplicateOrderLinkId, "OrderLinkedID is duplicate", link);
    const exchange::InstrumentSpec &spec = m->spec;
    if (req.quantity <= 0 || req.quantity < spec.minOrderLots ||
        (spec.maxOrderLots > 0 && req.quantity > spec.maxOrderLots))
        return refused(retcode::ParamError, "params error: qty invalid", link);
    const bool market = req.type == OrderType::Market;
    if (market && req.timeInForce == TimeInForce::PostOnly)
        return refused(retcode::ParamError, "params error: a market order cannot be post-only", link);
    if (!market && req.price <= 0)
        return refused(retcode::ParamError, "params error: price invalid", link);
    if (!market && outsidePriceLimit(*m, req.price, m_settings.priceLimitPercent))
        return refused(retcode::PriceOutOfRange, "order price out of permissible range", link);
    const auto openHere =
        std::count_if(a->open.begin(), a->open.end(), [&](const OrderRec *r) { return r->o.symbol == req.symbol; });
    if (openHere >= m_settings.maxOpenOrders)
        return refused(retcode::TooManyOrders, "too many open orders", link);

    const auto posIt = a->positions.find(req.symbol);
    const Lots size = posIt == a->positions.end() ? 0 : posIt->second.size;
    Lots qty = req.quantity;
    if (req.reduceOnly) {
        const bool reduces = req.side == Side::Buy ? size < 0 : size > 0;
        if (!reduces)
            return refused(retcode::ReduceOnlyNotSatisfied, "reduce-only order would open or increase the position",
                           link);
        qty = std::min<Lots>(qty, std::llabs(size));
    }

    // The price it is valued at: its limit, or for a market order the worst level it would reach.
    Ticks reference = req.price;
    if (market) {
        State::liquidity(*m, req.side, 0, qty, &reference);
        if (reference == 0)
            reference = m->mark;
    }
    if (const std::string problem = tpslProblem(req, market ? (m->last > 0 ? m->last : reference) : req.price);
        !problem.empty())
        return refused(retcode::ParamError, problem, link);
    if (!req.reduceOnly && reference > 0) {
        const double value = m->usdt(static_cast<Notional>(reference) * qty);
        if (value < m_settings.minNotionalUsdt)
            return refused(retcode::NotionalTooSmall, "order value below the minimum", link);
        const bool opposite = req.side == Side::Buy ? size < 0 : size > 0;
        const Lots opening = std::max<Lots>(0, qty - (opposite ? std::llabs(size) : 0));
        const double required = m->usdt(static_cast<Notional>(reference) * opening) / s.leverageOf(*a, req.symbol) +
                                m_settings.takerFeeRate * value;
        if (required > s.walletOf(*a).available)
            return refused(retcode::InsufficientBalance, "ab not enough for new order", link);
    }

    s.orders.emplace_back();
    OrderRec &r = s.orders.back();
    r.account = account;
    ExchangeOrder &o = r.o;
    o.orderId = State::makeId(++s.orderCounter, kOrderIdSalt);
    o.orderLinkId = link;
    o.symbol = req.symbol;
    o.side = req.side;
    o.type = req.type;
    o.timeInForce = market && req.timeInForce != TimeInForce::FOK ? TimeInForce::IOC : req.timeInForce;
    o.reduceOnly = req.reduceOnly;
    o.price = market ? 0 : req.price;
    o.quantity = qty;
    o.takeProfit = req.takeProfit;
    o.stopLoss = req.stopLoss;
    o.tpTriggerBy = req.tpTriggerBy;
    o.slTriggerBy = req.slTriggerBy;
    o.createdMs = o.updatedMs = nowMs;
    a->orders.push_back(&r);
    a->open.push_back(&r);
    a->byId.emplace(o.orderId, &r);
    if (!link.empty())
        a->byLinkId.emplace(link, &r);
    const MatchResult result = accepted(o);

    const Ticks limit = market ? 0 : o.price;
    if (o.timeInForce == TimeInForce::PostOnly && crosses(*m, o.side, o.price)) {
        s.finish(*a, *m, r, OrderStatus::Rejected, "EC_PostOnlyWillTakeLiquidity", nowMs);
        return result;
    }
    Ticks worst = 0;
    if (o.timeInForce == TimeInForce::FOK && State::liquidity(*m, o.side, limit, qty, &worst) < qty) {
        s.finish(*a, *m, r, OrderStatus::Cancelled, "EC_CancelForNoFullFill", nowMs);
        return result;
    }
    s.reportOrder(r); // accepted: New

    if (market || crosses(*m, o.side, o.price))
        s.takeLiquidity(*a, *m, r, limit, nowMs);
    if (r.remaining() == 0) {
        s.finish(*a, *m, r, OrderStatus::Filled, {}, nowMs);
    } else if (market || o.timeInForce == TimeInForce::IOC || o.timeInForce == TimeInForce::FOK) {
        s.finish(*a, *m, r, OrderStatus::Cancelled, "EC_NoImmediateQtyToFill", nowMs);
    } else {
        o.queueAhead = State::displayedAt(*m, o.side, o.price);
        s.rest(*m, r);
        if (o.filled > 0)
            s.reportOrder(r);
    }
    if (o.filled > 0)
        s.settled(*a, *m, nowMs);
    else
        s.reportWallet(*a);
    return result;
}

namespace {

OrderRec *findOrder(Account &a, const std::string &orderId, const std::string &orderLinkId)
{
    if (!orderId.empty()) {
        const auto it = a.byId.find(orderId);
        return it == a.byId.end() ? nullptr : it->second;
    }
    if (!orderLinkId.empty()) {
        const auto it = a.byLinkId.find(orderLinkId);
        return it == a.byLinkId.end() ? nullptr : it->second;
    }
    return nullptr;
}

} // namespace

MatchResult MatchingEngine::amend(const std::string &account, const std::string &symbol, const std::string &orderId,
                                  const std::string &orderLinkId, std::optional<Ticks> price,
                                  std::optional<Lots> quantity, qint64 nowMs)
{
    State &s = *m_state;
    Account *a = s.account(account);
    if (!a)
        return refused(retcode::ParamError, "account not found", orderLinkId);
    OrderRec *found = findOrder(*a, orderId, orderLinkId);
    if (!found || (!symbol.empty() && found->o.symbol != symbol))
        return refused(retcode::OrderNotFound, "order not exists or too late to replace", orderLinkId);
    OrderRec &r = *found;
    ExchangeOrder &o = r.o;
    if (!r.open)
        return refused(retcode::OrderFinished, "order already finished", o.orderLinkId);
    if (!price && !quantity)
        return refused(retcode::ParamError, "params error: nothing to amend", o.orderLinkId);
    Market &m = s.markets.at(o.symbol);
    const Ticks newPrice = price.value_or(o.price);
    Lots newQty = quantity.value_or(o.quantity);
    if (newPrice <= 0)
        return refused(retcode::ParamError, "params error: price invalid", o.orderLinkId);
    if (newQty <= o.filled || newQty < m.spec.minOrderLots || (m.spec.maxOrderLots > 0 && newQty > m.spec.maxOrderLots))
        return refused(retcode::ParamError, "params error: qty invalid", o.orderLinkId);
    if (price && outsidePriceLimit(m, newPrice, m_settings.priceLimitPercent))
        return refused(retcode::PriceOutOfRange, "order price out of permissible range", o.orderLinkId);
    if (o.reduceOnly)
        newQty = std::min<Lots>(newQty, o.filled + std::llabs(s.pos(*a, o.symbol).size));
    if (!o.reduceOnly && m.usdt(static_cast<Notional>(newPrice) * newQty) < m_settings.minNotionalUsdt)
        return refused(retcode::NotionalTooSmall, "order value below the minimum", o.orderLinkId);
    if (!o.reduceOnly) {
        const double leverage = s.leverageOf(*a, o.symbol);
        const double before = m.usdt(static_cast<Notional>(o.price) * r.remaining()) / leverage;
        const double after = m.usdt(static_cast<Notional>(newPrice) * (newQty - o.filled)) / leverage;
        if (after > before && after - before > s.walletOf(*a).available)
            return refused(retcode::InsufficientBalance, "ab not enough for the amended order", o.orderLinkId);
    }
    if (o.timeInForce == TimeInForce::PostOnly && crosses(m, o.side, newPrice))
        return refused(retcode::ParamError, "EC_PostOnlyWillTakeLiquidity", o.orderLinkId);

    // A new price, or a larger quantity, loses the place in the queue; a smaller quantity keeps it.
    const bool requeue = newPrice != o.price || newQty > o.quantity;
    o.price = newPrice;
    o.quantity = newQty;
    o.updatedMs = nowMs;
    const Lots filledBefore = o.filled;
    if (requeue) {
        s.unrest(m, r);
        if (crosses(m, o.side, newPrice))
            s.takeLiquidity(*a, m, r, newPrice, nowMs);
    }
    if (r.remaining() == 0) {
        s.finish(*a, m, r, OrderStatus::Filled, {}, nowMs);
    } else {
        if (requeue) {
            o.queueAhead = State::displayedAt(m, o.side, newPrice);
            s.rest(m, r);
        }
        s.reportOrder(r);
    }
    if (o.filled > filledBefore)
        s.settled(*a, m, nowMs);
    else
        s.reportWallet(*a);
    return accepted(o);
}

MatchResult MatchingEngine::cancel(const std::string &account, const std::string &symbol, const std::string &orderId,
                                   const std::string &orderLinkId, qint64 nowMs)
{
    State &s = *m_state;
    Account *a = s.account(account);
    if (!a)
        return refused(retcode::ParamError, "account not found", orderLinkId);
    OrderRec *r = findOrder(*a, orderId, orderLinkId);
    if (!r || (!symbol.empty() && r->o.symbol != symbol))
        return refused(retcode::OrderNotFound, "order not exists or too late to cancel", orderLinkId);
    if (!r->open)
        return refused(retcode::OrderFinished, "order already finished", r->o.orderLinkId);
    s.finish(*a, s.markets.at(r->o.symbol), *r, OrderStatus::Cancelled, "CancelByUser", nowMs);
    s.reportWallet(*a);
    return accepted(r->o);
}

std::vector<ExchangeOrder> MatchingEngine::cancelAll(const std::string &account, const std::string &symbol,
                                                     qint64 nowMs)
{
    std::vector<ExchangeOrder> out;
    State &s = *m_state;
    Account *a = s.account(account);
    if (!a)
        return out;
    std::vector<OrderRec *> victims;
    for (OrderRec *r : a->open)
        if (symbol.empty() || r->o.symbol == symbol)
            victims.push_back(r);
    for (OrderRec *r : victims) {
        s.finish(*a, s.markets.at(r->o.symbol), *r, OrderStatus::Cancelled, "CancelByUser", nowMs);
        out.push_back(r->o);
    }
    if (!victims.empty())
        s.reportWallet(*a);
    return out;
}

MatchResult MatchingEngine::setLeverage(const std::string &account, const std::string &symbol, double leverage,
                                        qint64 nowMs)
{
    State &s = *m_state;
    Account *a = s.account(account);
    if (!a)
        return refused(retcode::ParamError, "account not found");
    Market *m = s.market(symbol);
    if (!m)
        return refused(retcode::ParamError, "params error: symbol invalid");
    if (!(leverage >= 1 && leverage <= m_settings.maxLeverage))
        return refused(retcode::ParamError, "params error: leverage invalid");
    Pos &p = s.pos(*a, symbol);
    const double previous = p.leverage;
    p.leverage = leverage;
    // Less leverage needs more margin: refused when the account cannot hold it.
    if (leverage < previous && s.walletOf(*a).available < 0) {
        p.leverage = previous;
        return refused(retcode::InsufficientBalance, "ab not enough to lower the leverage");
    }
    p.updatedMs = nowMs;
    s.reportPosition(*a, *m);
    s.reportWallet(*a);
    return {};
}

} // namespace virtuoso::trading
