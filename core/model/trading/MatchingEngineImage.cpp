// The matching engine's accounts as images: what the paper broker keeps across restarts.
#include "model/trading/MatchingEngineState.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace virtuoso::trading {

using matching::Account;
using matching::Market;
using matching::OrderRec;
using matching::Pos;

namespace {

AccountImage::Position positionOf(const std::string &symbol, const Pos &p)
{
    AccountImage::Position position;
    position.symbol = symbol;
    position.size = p.size;
    position.entry = p.entry;
    position.realised = p.realised;
    position.fees = p.fees;
    position.leverage = p.leverage;
    position.takeProfit = p.takeProfit;
    position.stopLoss = p.stopLoss;
    position.tpTriggerBy = p.tpTriggerBy;
    position.slTriggerBy = p.slTriggerBy;
    position.updatedMs = p.updatedMs;
    return position;
}

} // namespace

std::string gridChange(const exchange::InstrumentSpec &now, const exchange::InstrumentSpec &saved)
{
    if (now.price == saved.price && now.quantity == saved.quantity)
        return {};
    return "tick or lot size is " + now.price.stepText() + " / " + now.quantity.stepText() + " now and was " +
           saved.price.stepText() + " / " + saved.quantity.stepText();
}

std::pair<quint64, quint64> MatchingEngine::idCounters() const
{
    return {m_state->orderCounter, m_state->execCounter};
}

std::optional<AccountImage::Position> MatchingEngine::positionImage(const std::string &account,
                                                                    const std::string &symbol) const
{
    const auto found = m_state->accounts.find(account);
    if (found == m_state->accounts.end())
        return std::nullopt;
    const auto p = found->second.positions.find(symbol);
    if (p == found->second.positions.end())
        return std::nullopt;
    return positionOf(symbol, p->second);
}

AccountImage MatchingEngine::image(const std::string &account, std::size_t keepFinished,
                                   std::size_t keepExecutions) const
{
    AccountImage out;
    const auto found = m_state->accounts.find(account);
    if (found == m_state->accounts.end())
        return out;
    const Account &a = found->second;
    out.account = a.name;
    out.deposit = a.deposit;
    out.orderCounter = m_state->orderCounter;
    out.execCounter = m_state->execCounter;
    std::set<std::string> symbols;
    for (const auto &[symbol, p] : a.positions) {
        out.positions.push_back(positionOf(symbol, p));
        symbols.insert(symbol);
    }
    for (const OrderRec *r : a.open) {
        out.openOrders.push_back(r->o);
        symbols.insert(r->o.symbol);
    }
    const std::size_t finishedFrom = a.finished.size() > keepFinished ? a.finished.size() - keepFinished : 0;
    for (std::size_t i = finishedFrom; i < a.finished.size(); ++i) {
        out.finishedOrders.push_back(a.finished[i]->o);
        symbols.insert(a.finished[i]->o.symbol);
    }
    const std::size_t executionsFrom = a.executions.size() > keepExecutions ? a.executions.size() - keepExecutions : 0;
    out.executions.assign(a.executions.begin() + static_cast<std::ptrdiff_t>(executionsFrom), a.executions.end());
    for (const ExchangeExecution &x : out.executions)
        symbols.insert(x.symbol);
    for (const std::string &symbol : symbols)
        if (const exchange::InstrumentSpec *spec = instrument(symbol))
            out.instruments.push_back(*spec);
    return out;
}

namespace {

bool fail(std::string *error, std::string why)
{
    if (error)
        *error = std::move(why);
    return false;
}

// Bounds that keep every product of the engine (ticks × lots, sums of them) inside 64 bits: a
// file may say anything, the engine's arithmetic must not overflow on it.
constexpr qint64 kMaxSteps = 1'000'000'000'000;            // ticks of a price, lots of a quantity
constexpr qint64 kMaxNotional = 1'000'000'000'000'000'000; // ticks × lots

bool inSteps(qint64 v)
{
    return v >= 0 && v <= kMaxSteps;
}

bool inNotional(qint64 v)
{
    return v >= -kMaxNotional && v <= kMaxNotional;
}

bool validOrder(const ExchangeOrder &o, bool open, std::string *why)
{
    const bool bounded = inSteps(o.price) && inSteps(o.quantity) && inSteps(o.queueAhead) && inSteps(o.takeProfit) &&
                         inSteps(o.stopLoss) && inNotional(o.filledValue) && std::isfinite(o.fees) &&
                         static_cast<double>(o.price) * static_cast<double>(o.quantity) <= kMaxNotional;
    if (!bounded)
        *why = "order " + o.orderId + " has a price, quantity or sum out of range";
    else if (o.orderId.empty())
        *why = "an order without an orderId";
    else if (o.quantity <= 0 || o.filled < 0 || o.filled > o.quantity)
        *why = "order " + o.orderId + " has a quantity of " + std::to_string(o.quantity) + " lots and " +
               std::to_string(o.filled) + " filled";
    else if (open && (o.status != OrderStatus::New && o.status != OrderStatus::PartiallyFilled))
        *why = "open order " + o.orderId + " is " + orderStatusName(o.status);
    else if (open && (o.type != OrderType::Limit || o.price <= 0))
        *why = "open order " + o.orderId + " is not a limit order with a price";
    else if (!open && !isFinal(o.status))
        *why = "finished order " + o.orderId + " is " + orderStatusName(o.status);
    else
        return true;
    return false;
}

} // namespace

bool MatchingEngine::restore(const AccountImage &image, std::string *error)
{
    // Everything is checked before anything changes.
    if (image.account.empty())
        return fail(error, "the image names no account");
    const auto existing = m_state->accounts.find(image.account);
    if (existing != m_state->accounts.end() && !existing->second.orders.empty())
        return fail(error, "account " + image.account + " has orders already");
    if (!std::isfinite(image.deposit))
        return fail(error, "the deposit is not a number");
    std::map<std::string, const exchange::InstrumentSpec *> specs;
    for (const exchange::InstrumentSpec &spec : image.instruments) {
        const std::string symbol = spec.symbol.toStdString();
        const exchange::InstrumentSpec *known = instrument(symbol);
        if (const std::string change = known ? gridChange(*known, spec) : std::string(); !change.empty())
            return fail(error, symbol + "'s " + change + " when the account was saved");
        specs[symbol] = &spec;
    }
    const auto gridded = [&](const std::string &symbol) { return specs.count(symbol) || instrument(symbol); };
    std::set<std::string> positionSymbols;
    for (const AccountImage::Position &p : image.positions) {
        if (!gridded(p.symbol))
            return fail(error, "no tick and lot size for the position in " + p.symbol);
        if (!positionSymbols.insert(p.symbol).second)
            return fail(error, "two positions in " + p.symbol);
        if (!(p.leverage > 0 && p.leverage <= m_settings.maxLeverage) || !std::isfinite(p.fees))
            return fail(error, "the position in " + p.symbol + " has a leverage or fees out of range");
        if (p.size < -kMaxSteps || p.size > kMaxSteps || !inNotional(p.entry) || !inNotional(p.realised) ||
            !inSteps(p.takeProfit) || !inSteps(p.stopLoss))
            return fail(error, "the position in " + p.symbol + " has a size or value out of range");
        if ((p.size == 0) != (p.entry == 0) || p.entry < 0)
            return fail(error, "the position in " + p.symbol + " has a size and entry value that disagree");
    }
    std::set<std::string> ids, linkIds;
    const auto checkOrders = [&](const std::vector<ExchangeOrder> &orders, bool open) {
        for (const ExchangeOrder &o : orders) {
            std::string why;
            if (!validOrder(o, open, &why))
                return fail(error, why);
            if (!gridded(o.symbol))
                return fail(error, "no tick and lot size for order " + o.orderId + " in " + o.symbol);
            if (!ids.insert(o.orderId).second || (!o.orderLinkId.empty() && !linkIds.insert(o.orderLinkId).second))
                return fail(error, "order " + o.orderId + " appears twice");
        }
        return true;
    };
    if (!checkOrders(image.openOrders, true) || !checkOrders(image.finishedOrders, false))
        return false;
    std::set<std::string> execIds;
    for (const ExchangeExecution &x : image.executions)
        if (x.execId.empty() || !execIds.insert(x.execId).second || x.quantity <= 0 || !inSteps(x.quantity) ||
            !inSteps(x.price) || !std::isfinite(x.fee) || !gridded(x.symbol))
            return fail(error, "execution " + x.execId + " is malformed or appears twice");

    // Now it holds together: the engine takes it.
    for (const auto &[symbol, spec] : specs)
        if (!instrument(symbol))
            addInstrument(*spec);
    State &s = *m_state;
    Account &a = s.accounts[image.account];
    a.name = image.account;
    a.deposit = image.deposit;
    a.positions.clear();
    for (const AccountImage::Position &p : image.positions) {
        Pos &pos = a.positions[p.symbol];
        pos.size = p.size;
        pos.entry = p.entry;
        pos.realised = p.realised;
        pos.fees = p.fees;
        pos.leverage = p.leverage;
        pos.updatedMs = p.updatedMs;
        pos.takeProfit = p.takeProfit;
        pos.stopLoss = p.stopLoss;
        pos.tpTriggerBy = p.tpTriggerBy;
        pos.slTriggerBy = p.slTriggerBy;
    }
    const auto adopt = [&](const ExchangeOrder &o, bool open) -> OrderRec & {
        OrderRec &r = s.orders.emplace_back();
        r.o = o;
        r.account = a.name;
        r.open = open;
        a.orders.push_back(&r);
        (open ? a.open : a.finished).push_back(&r);
        a.byId.emplace(o.orderId, &r);
        if (!o.orderLinkId.empty())
            a.byLinkId.emplace(o.orderLinkId, &r);
        return r;
    };
    for (const ExchangeOrder &o : image.finishedOrders)
        adopt(o, false);
    for (const ExchangeOrder &o : image.openOrders) {
        // In creation order, behind the same queue as before: their time priority holds.
        s.rest(*s.market(o.symbol), adopt(o, true));
    }
    a.executions = image.executions;
    s.orderCounter = std::max(s.orderCounter, image.orderCounter);
    s.execCounter = std::max(s.execCounter, image.execCounter);
    return true;
}

} // namespace virtuoso::trading
