// The matching engine's book-keeping: ids, resting lists, fills and what they do to positions, fees
// and wallets, what is reported, and the queries.
#include "model/trading/MatchingEngineState.h"

#include "model/trading/NotionalMath.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace virtuoso::trading {

using matching::Account;
using matching::Market;
using matching::OrderRec;
using matching::Pos;

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// What closing the position at `mark` would gain, in ticks × lots.
Notional unrealisedValue(const Pos &p, Ticks mark)
{
    if (p.size == 0 || mark <= 0)
        return 0;
    const Notional markValue = static_cast<Notional>(mark) * magnitude(p.size);
    return p.size > 0 ? markValue - p.entry : p.entry - markValue;
}

} // namespace

Market *MatchingEngine::State::market(const std::string &symbol)
{
    const auto it = markets.find(symbol);
    return it == markets.end() ? nullptr : &it->second;
}

Account *MatchingEngine::State::account(const std::string &name)
{
    const auto it = accounts.find(name);
    return it == accounts.end() ? nullptr : &it->second;
}

Pos &MatchingEngine::State::pos(Account &a, const std::string &symbol)
{
    const auto it = a.positions.find(symbol);
    if (it != a.positions.end())
        return it->second;
    Pos &p = a.positions[symbol];
    p.leverage = e.m_settings.defaultLeverage;
    return p;
}

double MatchingEngine::State::leverageOf(const Account &a, const std::string &symbol) const
{
    const auto it = a.positions.find(symbol);
    return it == a.positions.end() ? e.m_settings.defaultLeverage : it->second.leverage;
}

// 128 bits from the counter through a bijective mix (so two counters never share an id), printed as
// a UUID ("8-4-4-4-12" hex digits).
std::string MatchingEngine::State::makeId(quint64 counter, quint64 salt)
{
    const quint64 hi = splitmix(counter ^ salt);
    const quint64 lo = splitmix(hi + salt);
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xffff), static_cast<unsigned long long>(hi & 0xffff),
                  static_cast<unsigned long long>(lo >> 48), static_cast<unsigned long long>(lo & 0xffffffffffffULL));
    return text;
}

void MatchingEngine::State::rest(Market &m, OrderRec &r)
{
    r.seq = ++seqCounter;
    r.resting = true;
    auto &list = r.o.side == Side::Buy ? m.buys : m.sells;
    const bool buy = r.o.side == Side::Buy;
    // Best first: the first order that comes after the new one (worse price, or same price and later).
    const auto at = std::upper_bound(list.begin(), list.end(), &r, [buy](const OrderRec *a, const OrderRec *b) {
        if (a->o.price != b->o.price)
            return buy ? a->o.price > b->o.price : a->o.price < b->o.price;
        return a->seq < b->seq;
    });
    list.insert(at, &r);
}

void MatchingEngine::State::unrest(Market &m, OrderRec &r)
{
    if (!r.resting)
        return;
    auto &list = r.o.side == Side::Buy ? m.buys : m.sells;
    const auto it = std::find(list.begin(), list.end(), &r);
    if (it != list.end())
        list.erase(it);
    r.resting = false;
}

Lots MatchingEngine::State::displayedAt(const Market &m, Side side, Ticks price)
{
    for (const exchange::BookLevel &l : side == Side::Buy ? m.bids : m.asks)
        if (l.price == price)
            return l.size;
    return 0;
}

void MatchingEngine::State::finish(Account &a, Market &m, OrderRec &r, OrderStatus status, const std::string &reason,
                                   qint64 nowMs)
{
    unrest(m, r);
    r.open = false;
    r.o.status = status;
    r.o.updatedMs = nowMs;
    r.o.queueAhead = 0;
    // Bybit's reasons: "EC_…" texts are rejectReasons (also of IOC/FOK remainders), others cancelTypes.
    if (status == OrderStatus::Rejected || reason.rfind("EC_", 0) == 0)
        r.o.rejectReason = reason;
    else if (status == OrderStatus::Cancelled)
        r.o.cancelType = reason;
    const auto it = std::find(a.open.begin(), a.open.end(), &r);
    if (it != a.open.end())
        a.open.erase(it);
    a.finished.push_back(&r);
    reportOrder(r);
}

void MatchingEngine::State::fill(Account &a, Market &m, OrderRec &r, Ticks price, Lots qty, bool maker, qint64 nowMs)
{
    const Notional value = static_cast<Notional>(price) * qty;
    const double rate = maker ? e.m_settings.makerFeeRate : e.m_settings.takerFeeRate;
    const double fee = rate * m.usdt(value);

    r.o.filled += qty;
    r.o.filledValue += value;
    r.o.fees += fee;
    r.o.updatedMs = nowMs;
    r.o.status = r.o.filled >= r.o.quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;

    // The position, as PositionLedger keeps it: adding grows the cost basis; reducing realises the
    // difference to the average entry (basis rounded to a whole tick × lot); past zero opens the other side.
    Pos &p = pos(a, r.o.symbol);
    p.fees += fee;
    p.updatedMs = nowMs;
    const Lots sizeBefore = p.size;
    const Lots signedQty = r.o.side == Side::Buy ? qty : -qty;
    if (p.size == 0 || (p.size > 0) == (signedQty > 0)) {
        p.size += signedQty;
        p.entry += value;
    } else {
        const Lots openSize = std::llabs(p.size);
        const Lots closing = std::min<Lots>(openSize, qty);
        const Notional basis = closing == openSize ? p.entry : scaledRound(p.entry, closing, openSize);
        const Notional exitValue = static_cast<Notional>(price) * closing;
        p.realised += p.size > 0 ? exitValue - basis : basis - exitValue;
        p.entry -= basis;
        p.size += p.size > 0 ? -closing : closing;
        const Lots beyond = qty - closing;
        if (beyond > 0) {
            p.size = signedQty > 0 ? beyond : -beyond;
            p.entry = static_cast<Notional>(price) * beyond;
        }
        if (p.size == 0)
            p.entry = 0;
    }
    // Take-profit and stop-loss belong to the side that holds them: gone when it closes or flips;
    // an order's own are the position's once it fills on the side it opened.
    if (p.size == 0 || (sizeBefore != 0 && (p.size > 0) != (sizeBefore > 0)))
        p.takeProfit = p.stopLoss = 0;
    if (p.size != 0 && !r.o.reduceOnly && (p.size > 0) == (r.o.side == Side::Buy)) {
        if (r.o.takeProfit > 0) {
            p.takeProfit = r.o.takeProfit;
            p.tpTriggerBy = r.o.tpTriggerBy;
        }
        if (r.o.stopLoss > 0) {
            p.stopLoss = r.o.stopLoss;
            p.slTriggerBy = r.o.slTriggerBy;
        }
    }

    ExchangeExecution x;
    x.execId = makeId(++execCounter, 0x5eed0e7ec0000000ULL);
    x.orderId = r.o.orderId;
    x.orderLinkId = r.o.orderLinkId;
    x.symbol = r.o.symbol;
    x.side = r.o.side;
    x.price = price;
    x.quantity = qty;
    x.fee = fee;
    x.feeRate = rate;
    x.maker = maker;
    x.leavesQuantity = r.o.quantity - r.o.filled;
    x.timeMs = nowMs;
    a.executions.push_back(x);
    if (e.m_listener)
        e.m_listener->onExecution(a.name, a.executions.back());
}

void MatchingEngine::State::settled(Account &a, Market &m, qint64 nowMs)
{
    reportPosition(a, m);
    enforceReduceOnly(a, m, nowMs);
    reportWallet(a);
}

void MatchingEngine::State::enforceReduceOnly(Account &a, Market &m, qint64 nowMs)
{
    const Lots size = pos(a, m.symbol).size;
    std::vector<OrderRec *> reduceOnly;
    for (OrderRec *r : a.open)
        if (r->o.reduceOnly && r->o.symbol == m.symbol)
            reduceOnly.push_back(r);
    for (OrderRec *r : reduceOnly) {
        const bool reduces = r->o.side == Side::Buy ? size < 0 : size > 0;
        if (!reduces) {
            finish(a, m, *r, OrderStatus::Cancelled, "CancelByReduceOnly", nowMs);
        } else if (r->remaining() > std::llabs(size)) {
            r->o.quantity = r->o.filled + std::llabs(size);
            r->o.updatedMs = nowMs;
            reportOrder(*r);
        }
    }
}

void MatchingEngine::State::makerFill(OrderRec &r, Lots qty, qint64 nowMs)
{
    Account &a = accounts.at(r.account);
    Market &m = markets.at(r.o.symbol);
    fill(a, m, r, r.o.price, qty, true, nowMs);
    if (r.o.status == OrderStatus::Filled)
        finish(a, m, r, OrderStatus::Filled, {}, nowMs);
    else
        reportOrder(r);
    settled(a, m, nowMs);
}

void MatchingEngine::State::reportOrder(const OrderRec &r)
{
    if (e.m_listener)
        e.m_listener->onOrder(r.account, r.o);
}

void MatchingEngine::State::reportPosition(Account &a, Market &m)
{
    if (e.m_listener)
        e.m_listener->onPosition(a.name, positionOf(a, m, pos(a, m.symbol)));
}

void MatchingEngine::State::reportWallet(const Account &a)
{
    if (e.m_listener)
        e.m_listener->onWallet(a.name, walletOf(a));
}

ExchangePosition MatchingEngine::State::positionOf(const Account &, const Market &m, const Pos &p) const
{
    ExchangePosition out;
    out.symbol = m.symbol;
    out.size = p.size;
    out.entryValue = p.entry;
    out.leverage = p.leverage;
    out.markTicks = m.mark;
    out.unrealisedPnl = m.usdt(unrealisedValue(p, m.mark));
    out.cumulativeRealisedPnl = m.usdt(p.realised) - p.fees;
    out.initialMargin = m.usdt(p.entry) / p.leverage;
    out.updatedMs = p.updatedMs;
    out.takeProfit = p.takeProfit;
    out.stopLoss = p.stopLoss;
    out.tpTriggerBy = p.tpTriggerBy;
    out.slTriggerBy = p.slTriggerBy;
    if (p.size != 0) {
        // An isolated-margin estimate: the price at which the margin left equals the maintenance margin.
        const double entry = m.usdt(p.entry) / (static_cast<double>(std::llabs(p.size)) * m.qtyStep);
        const double mmr = e.m_settings.maintenanceMarginRate;
        out.liquidationPrice =
            p.size > 0 ? std::max(0.0, entry * (1 - 1 / p.leverage + mmr)) : entry * (1 + 1 / p.leverage - mmr);
    }
    return out;
}

ExchangeWallet MatchingEngine::State::walletOf(const Account &a) const
{
    ExchangeWallet w;
    double realised = 0, fees = 0;
    for (const auto &[symbol, p] : a.positions) {
        const Market &m = markets.at(symbol);
        realised += m.usdt(p.realised);
        fees += p.fees;
        w.unrealisedPnl += m.usdt(unrealisedValue(p, m.mark));
        w.positionMargin += m.usdt(p.entry) / p.leverage;
    }
    for (const OrderRec *r : a.open) {
        if (r->o.reduceOnly || r->o.type != OrderType::Limit)
            continue;
        const Market &m = markets.at(r->o.symbol);
        w.orderMargin += m.usdt(static_cast<Notional>(r->o.price) * r->remaining()) / leverageOf(a, r->o.symbol);
    }
    w.walletBalance = a.deposit + realised - fees;
    w.equity = w.walletBalance + w.unrealisedPnl;
    w.available = w.equity - w.positionMargin - w.orderMargin;
    return w;
}

// ---- Queries ----

const ExchangeOrder *MatchingEngine::order(const std::string &account, const std::string &orderId,
                                           const std::string &orderLinkId) const
{
    const auto a = m_state->accounts.find(account);
    if (a == m_state->accounts.end())
        return nullptr;
    if (!orderId.empty()) {
        const auto it = a->second.byId.find(orderId);
        return it == a->second.byId.end() ? nullptr : &it->second->o;
    }
    if (!orderLinkId.empty()) {
        const auto it = a->second.byLinkId.find(orderLinkId);
        return it == a->second.byLinkId.end() ? nullptr : &it->second->o;
    }
    return nullptr;
}

std::vector<ExchangeOrder> MatchingEngine::openOrders(const std::string &account, const std::string &symbol) const
{
    std::vector<ExchangeOrder> out;
    const auto a = m_state->accounts.find(account);
    if (a == m_state->accounts.end())
        return out;
    for (const OrderRec *r : a->second.open)
        if (symbol.empty() || r->o.symbol == symbol)
            out.push_back(r->o);
    return out;
}

std::vector<ExchangeOrder> MatchingEngine::orderHistory(const std::string &account, const std::string &symbol,
                                                        std::size_t limit) const
{
    std::vector<ExchangeOrder> out;
    const auto a = m_state->accounts.find(account);
    if (a == m_state->accounts.end())
        return out;
    const auto &finished = a->second.finished;
    for (auto it = finished.rbegin(); it != finished.rend() && out.size() < limit; ++it)
        if (symbol.empty() || (*it)->o.symbol == symbol)
            out.push_back((*it)->o);
    return out;
}

std::vector<ExchangeExecution> MatchingEngine::executions(const std::string &account, const std::string &symbol,
                                                          qint64 sinceMs, std::size_t limit) const
{
    std::vector<ExchangeExecution> out;
    const auto a = m_state->accounts.find(account);
    if (a == m_state->accounts.end())
        return out;
    const auto &all = a->second.executions;
    for (auto it = all.rbegin(); it != all.rend() && out.size() < limit; ++it)
        if (it->timeMs >= sinceMs && (symbol.empty() || it->symbol == symbol))
            out.push_back(*it);
    return out;
}

std::vector<ExchangePosition> MatchingEngine::positions(const std::string &account, const std::string &symbol) const
{
    std::vector<ExchangePosition> out;
    const auto a = m_state->accounts.find(account);
    if (a == m_state->accounts.end())
        return out;
    for (const auto &[name, p] : a->second.positions)
        if (symbol.empty() || name == symbol)
            out.push_back(m_state->positionOf(a->second, m_state->markets.at(name), p));
    if (out.empty() && !symbol.empty()) {
        // A symbol never traded: a flat position at the default leverage, as Bybit lists it.
        const auto m = m_state->markets.find(symbol);
        if (m != m_state->markets.end()) {
            Pos flat;
            flat.leverage = m_settings.defaultLeverage;
            out.push_back(m_state->positionOf(a->second, m->second, flat));
        }
    }
    return out;
}

ExchangeWallet MatchingEngine::wallet(const std::string &account) const
{
    const auto a = m_state->accounts.find(account);
    return a == m_state->accounts.end() ? ExchangeWallet{} : m_state->walletOf(a->second);
}

} // namespace virtuoso::trading
