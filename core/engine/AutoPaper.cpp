#include "engine/AutoPaper.h"

#include "base/logging/Log.h"
#include "model/trading/TradePlanOrder.h"

#include <algorithm>
#include <cstdlib>

namespace virtuoso {

const char *autoPaperStateName(AutoPaperTrade::State state)
{
    switch (state) {
    case AutoPaperTrade::State::Skipped:
        return "skipped";
    case AutoPaperTrade::State::Placed:
        return "placed";
    case AutoPaperTrade::State::Open:
        return "open";
    case AutoPaperTrade::State::Closing:
        return "closing";
    case AutoPaperTrade::State::Closed:
        return "closed";
    case AutoPaperTrade::State::Failed:
        return "failed";
    }
    return "skipped";
}

namespace {

bool active(AutoPaperTrade::State s)
{
    return s == AutoPaperTrade::State::Placed || s == AutoPaperTrade::State::Open ||
           s == AutoPaperTrade::State::Closing;
}

const trading::TradingView::PositionRow *positionOf(const trading::TradingView &view, const std::string &symbol)
{
    for (const auto &p : view.positions)
        if (p.symbol == symbol)
            return &p;
    return nullptr;
}

const trading::TradingView::OrderRow *orderOf(const trading::TradingView &view, const std::string &orderLinkId)
{
    for (const auto &o : view.orders)
        if (o.order.intent.orderLinkId == orderLinkId)
            return &o;
    return nullptr;
}

bool hasOpenOrders(const trading::TradingView &view, const std::string &symbol)
{
    return std::any_of(view.orders.begin(), view.orders.end(), [&](const trading::TradingView::OrderRow &o) {
        return o.order.intent.symbol == symbol && o.order.isOpen();
    });
}

} // namespace

AutoPaper::AutoPaper(Settings settings, PlaceFn place, InstrumentFn instrument, std::function<qint64()> now)
    : m_settings(std::move(settings))
    , m_place(std::move(place))
    , m_instrument(std::move(instrument))
    , m_now(std::move(now))
{
    // The take-profit is the tracker's final target, so both close at the same level.
    const auto &targets = m_settings.outcomes.plan.targetsR;
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (std::abs(targets[i] - m_settings.outcomes.finalTargetR) < 1e-9)
            m_targetIndex = static_cast<int>(i);
}

void AutoPaper::onOutcomes(const std::vector<outcomes::Outcome> &changed)
{
    // Closes first: an opposite signal closes the old trade before the new one is considered.
    for (const outcomes::Outcome &o : changed)
        if (o.closed())
            trackedClose(o);
    for (const outcomes::Outcome &o : changed)
        if (o.status == outcomes::OutcomeStatus::Open && !find(o.id))
            consider(o);
}

void AutoPaper::consider(const outcomes::Outcome &o)
{
    const auto deferred = m_deferred.find(o.signal.symbol);
    if (deferred != m_deferred.end() && deferred->second.id == o.id)
        return; // already waiting
    {
        std::lock_guard lock(m_mutex);
        ++m_signals;
    }
    const AutoPaperTrade *mine = activeOn(o.signal.symbol);
    if (mine && mine->state == AutoPaperTrade::State::Closing) {
        if (deferred != m_deferred.end())
            m_deferred.erase(deferred); // superseded by this newer signal: counted, never traded
        m_deferred.emplace(o.signal.symbol, o);
        return;
    }
    open(o);
}

void AutoPaper::open(const outcomes::Outcome &o)
{
    AutoPaperTrade t;
    t.outcomeId = o.id;
    t.symbol = o.signal.symbol;
    t.direction = o.signal.direction;
    t.signalTimeMs = o.signal.timeMs;
    t.plannedEntry = o.plan.entry;
    const auto skip = [&](std::string why) {
        t.note = std::move(why);
        add(std::move(t));
    };
    const trading::TradingView *view = m_view.get();
    if (!view || !view->running)
        return skip("trading is not running");
    if (view->venue != trading::VenueKind::Paper)
        return skip("auto-paper trades only on the paper venue");
    if (view->killEngaged)
        return skip("the kill switch is engaged");
    if (activeOn(t.symbol))
        return skip("an auto-paper trade on this symbol is still open");
    const auto *position = positionOf(*view, t.symbol);
    if ((position && position->size != 0) || hasOpenOrders(*view, t.symbol))
        return skip("the symbol has a position or open orders");
    const exchange::InstrumentSpec *spec = m_instrument ? m_instrument(t.symbol) : nullptr;
    if (!spec)
        return skip("no instrument");

    trading::PlanOrderInputs in;
    in.direction = o.signal.direction;
    in.type = trading::OrderType::Market;
    in.entryPrice = o.plan.entry;
    in.atr = o.signal.atr;
    in.swings = {o.signal.swingLow, o.signal.swingHigh};
    in.equity = view->wallet.equity;
    in.riskPercent = m_settings.riskPercent;
    in.target = m_targetIndex;
    in.maxNotional = m_settings.maxNotional;
    in.settings = m_settings.outcomes.plan;
    const trading::PlanOrder plan = trading::planOrder(*spec, in);
    if (!plan.valid)
        return skip(plan.why);

    trading::OrderTicket ticket;
    ticket.symbol = t.symbol;
    ticket.side = plan.side == trading::Side::Buy ? "Buy" : "Sell";
    ticket.type = "Market";
    ticket.quantity = spec->quantity.format(plan.quantity);
    const exchange::Ticks takeProfit = plan.targets[static_cast<std::size_t>(plan.target)];
    ticket.takeProfit = spec->price.format(takeProfit);
    ticket.stopLoss = spec->price.format(plan.stop);
    const trading::PlaceResult placed = m_place(ticket);
    if (!placed.sent) {
        t.state = AutoPaperTrade::State::Failed;
        t.note = placed.error.empty() ? std::string("refused by the risk gate") : placed.error;
        add(std::move(t));
        return;
    }
    t.state = AutoPaperTrade::State::Placed;
    t.placedMs = m_now();
    t.orderLinkId = placed.orderLinkId;
    t.quantity = ticket.quantity;
    t.plannedEntry = spec->price.toDouble(plan.entry);
    t.stop = spec->price.toDouble(plan.stop);
    t.takeProfit = spec->price.toDouble(takeProfit);
    t.plannedRisk = plan.risk;
    t.realisedBefore = position ? position->realisedPnl : 0;
    VLOG(Info, "trading", "AUTO_PAPER_PLACED").symbol(QString::fromStdString(t.symbol)) << QString::fromStdString(
        "auto-paper: " + ticket.side + " " + ticket.quantity + " " + t.symbol + " for signal " + t.outcomeId +
        ", stop " + ticket.stopLoss + ", take-profit " + ticket.takeProfit);
    add(std::move(t));
}

void AutoPaper::trackedClose(const outcomes::Outcome &o)
{
    AutoPaperTrade *t = find(o.id);
    if (!t) {
        // Opened and closed between two batches, or closed while it waited for the previous trade
        // to settle: not traded.
        const auto deferred = m_deferred.find(o.signal.symbol);
        if (deferred != m_deferred.end() && deferred->second.id == o.id)
            m_deferred.erase(deferred);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        t->trackedR = o.netR;
        t->trackedExit = outcomes::exitReasonName(o.exitReason);
    }
    if (t->state == AutoPaperTrade::State::Open &&
        (o.exitReason == outcomes::ExitReason::Horizon || o.exitReason == outcomes::ExitReason::Opposite))
        closePosition(*t, o.exitReason == outcomes::ExitReason::Horizon ? "horizon" : "opposite");
}

void AutoPaper::closePosition(AutoPaperTrade &t, const char *why)
{
    const trading::TradingView *view = m_view.get();
    const auto *position = view ? positionOf(*view, t.symbol) : nullptr;
    const exchange::InstrumentSpec *spec = m_instrument ? m_instrument(t.symbol) : nullptr;
    if (!position || position->size == 0 || !spec)
        return; // already flat: onView settles it
    trading::OrderTicket ticket;
    ticket.symbol = t.symbol;
    ticket.side = position->size > 0 ? "Sell" : "Buy";
    ticket.type = "Market";
    // The whole position (the view's size text is on the lot grid, signed).
    ticket.quantity = position->sizeText;
    if (!ticket.quantity.empty() && (ticket.quantity.front() == '-' || ticket.quantity.front() == '+'))
        ticket.quantity.erase(0, 1);
    if (ticket.quantity.empty())
        ticket.quantity = t.quantity;
    ticket.reduceOnly = true;
    const trading::PlaceResult placed = m_place(ticket);
    std::lock_guard lock(m_mutex);
    if (placed.sent) {
        t.state = AutoPaperTrade::State::Closing;
        t.exit = why;
    } else {
        t.note = "the close was not sent: " + placed.error;
    }
}

void AutoPaper::onView(const trading::TradingViewPtr &view)
{
    if (!view)
        return;
    m_view = view;
    for (AutoPaperTrade &t : m_trades)
        if (active(t.state))
            settle(t, *view);
    // Signals that waited for their symbol's previous trade: traded once it is settled.
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        if (activeOn(it->first)) {
            ++it;
            continue;
        }
        const outcomes::Outcome o = std::move(it->second);
        it = m_deferred.erase(it);
        open(o);
    }
}

void AutoPaper::settle(AutoPaperTrade &t, const trading::TradingView &view)
{
    std::lock_guard lock(m_mutex);
    const auto *position = positionOf(view, t.symbol);
    if (t.state == AutoPaperTrade::State::Placed) {
        const auto *order = orderOf(view, t.orderLinkId);
        if (!order)
            return; // not in the view yet
        if (order->order.status == trading::OrderStatus::Rejected ||
            (order->order.status == trading::OrderStatus::Cancelled && order->order.filled == 0)) {
            t.state = AutoPaperTrade::State::Failed;
            t.note = order->order.reason.empty() ? trading::orderStatusName(order->order.status) : order->order.reason;
            return;
        }
        if (order->order.filled == 0 || order->order.isOpen())
            return;
        t.state = AutoPaperTrade::State::Open;
        t.entryPrice = order->averagePrice;
        // Filled and possibly flat again already (the stop or target hit within one view).
    }
    if (position && position->size != 0) {
        const double mine = std::abs(std::strtod(t.quantity.c_str(), nullptr));
        if (std::abs(std::abs(position->size) - mine) > mine * 1e-6)
            t.mixed = true;
        return;
    }
    // Flat: the trade is over; its result is what the symbol realised since the entry was sent.
    t.realisedPnl = (position ? position->realisedPnl : 0) - t.realisedBefore;
    t.state = AutoPaperTrade::State::Closed;
    t.closedMs = m_now();
    t.paperR = t.plannedRisk > 0 ? t.realisedPnl / t.plannedRisk : NAN;
    for (const auto &e : view.executions) { // newest first: the fill that made it flat
        if (e.execution.symbol == t.symbol) {
            t.exitPrice = std::strtod(e.price.c_str(), nullptr);
            break;
        }
    }
    if (t.exit.empty() && t.exitPrice > 0)
        t.exit = std::abs(t.exitPrice - t.takeProfit) <= std::abs(t.exitPrice - t.stop) ? "target" : "stop";
    if (t.exit.empty())
        t.exit = "closed";
}

AutoPaperTrade *AutoPaper::find(const std::string &outcomeId)
{
    for (auto it = m_trades.rbegin(); it != m_trades.rend(); ++it)
        if (it->outcomeId == outcomeId)
            return &*it;
    return nullptr;
}

AutoPaperTrade *AutoPaper::activeOn(const std::string &symbol)
{
    for (auto it = m_trades.rbegin(); it != m_trades.rend(); ++it)
        if (it->symbol == symbol && active(it->state))
            return &*it;
    return nullptr;
}

void AutoPaper::add(AutoPaperTrade trade)
{
    std::lock_guard lock(m_mutex);
    m_trades.push_back(std::move(trade));
    while (m_trades.size() > m_settings.maxTrades) {
        // The oldest finished trade goes; active ones are never dropped.
        const auto it =
            std::find_if(m_trades.begin(), m_trades.end(), [](const AutoPaperTrade &t) { return !active(t.state); });
        if (it == m_trades.end())
            break;
        m_trades.erase(it);
    }
}

std::vector<AutoPaperTrade> AutoPaper::trades() const
{
    std::lock_guard lock(m_mutex);
    return {m_trades.rbegin(), m_trades.rend()};
}

AutoPaperSummary AutoPaper::summary() const
{
    std::lock_guard lock(m_mutex);
    AutoPaperSummary s;
    s.signalCount = m_signals;
    double paper = 0;
    double tracked = 0;
    for (const AutoPaperTrade &t : m_trades) {
        switch (t.state) {
        case AutoPaperTrade::State::Skipped:
            ++s.skipped;
            continue;
        case AutoPaperTrade::State::Failed:
            ++s.failed;
            continue;
        case AutoPaperTrade::State::Closed:
            ++s.closed;
            s.paperPnl += t.realisedPnl;
            break;
        default:
            ++s.open;
            break;
        }
        ++s.traded;
        if (t.compared()) {
            ++s.compared;
            paper += t.paperR;
            tracked += t.trackedR;
        }
    }
    if (s.compared > 0) {
        s.paperMeanR = paper / s.compared;
        s.trackedMeanR = tracked / s.compared;
    }
    return s;
}

} // namespace virtuoso
