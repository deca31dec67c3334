// The order manager's kill switch: cancel everything, flatten every position with reduce-only market
// orders, check the result with the venue, and refuse new risk until the operator resets it.
#include "trading/OrderManager.h"

#include "base/Clock.h"

#include "trading/TradingJournal.h"

#include <cstdlib>

namespace virtuoso::trading {

void OrderManager::engageKillSwitch(const std::string &reason, KillDone done)
{
    if (done)
        m_killDone.push_back(std::move(done));
    if (m_killEngaged && !m_kill.finished())
        return; // already working (or waiting to run again after a restart); the caller hears its report
    runKill(reason);
}

void OrderManager::restoreKillSwitch()
{
    const std::optional<RecordedKill> recorded = m_journal ? m_journal->engagedKillSwitch() : std::nullopt;
    if (!recorded)
        return;
    // Engaged and never reset before the restart: it stays engaged. What happened while the program
    // was down is unknown (a fill, an order placed elsewhere, a run cut short), so it runs again:
    // cancel, flatten, check, with a report of its own. Until then it refuses new risk and cannot
    // be reset.
    static const std::string again = " (run again after a restart)";
    std::string reason = recorded->reason;
    if (reason.size() < again.size() || reason.compare(reason.size() - again.size(), again.size(), again) != 0)
        reason += again;
    m_killEngaged = true;
    m_killRerun = true;
    m_kill = KillReport{};
    m_kill.reason = reason;
    m_kill.startedMs = recorded->engagedMs;
    m_journal->killSwitch("restored",
                          "engaged before the restart" + (recorded->finishedMs != 0
                                                              ? ", its run ended as: " + recorded->finishedAs
                                                              : std::string(", its run did not end")),
                          m_clock.epochMs());
}

void OrderManager::rerunKillWhenReady()
{
    if (!m_killRerun || !m_streamUp || !m_instrumentsKnown)
        return;
    runKill(m_kill.reason);
}

void OrderManager::runKill(std::string reason)
{
    m_killEngaged = true;
    m_killRerun = false;
    m_kill = KillReport{};
    m_kill.reason = reason;
    m_kill.startedMs = m_clock.epochMs();
    m_kill.openOrdersBefore = static_cast<int>(m_orders.openOrders().size());
    if (m_journal)
        m_journal->killSwitch("engaged", reason, m_kill.startedMs);
    changed();

    // 1. Cancel every open order (at the venue, including ones placed elsewhere).
    m_killPending = 1;
    cancelAll({}, [this](const VenueReply &reply) {
        if (!reply.ok)
            m_kill.problems.push_back("cancel all: " + venueReplyText(reply));
        if (m_journal)
            m_journal->killSwitch("cancel_all", reply.ok ? "done" : venueReplyText(reply), m_clock.epochMs());
        killFlatten();
    });
}

void OrderManager::killFlatten()
{
    // 2. Flatten every position the venue reports (it also knows positions opened elsewhere).
    m_venue.positions([this](const VenueReply &reply, const std::vector<PositionReport> &list) {
        std::map<std::string, Lots> sizes;
        if (reply.ok) {
            for (auto &[symbol, known] : m_venuePositions)
                known.size = 0;
            for (const PositionReport &position : list) {
                m_venuePositions[position.symbol] = position;
                if (position.size != 0)
                    sizes[position.symbol] = position.size;
            }
        } else {
            m_kill.problems.push_back("positions: " + venueReplyText(reply) +
                                      "; flattening the positions of the fills seen");
            for (const auto &[symbol, position] : m_positions.positions())
                if (position.size != 0)
                    sizes[symbol] = position.size;
        }
        m_kill.positionsToFlatten = static_cast<int>(sizes.size());
        if (sizes.empty()) {
            killVerify();
            return;
        }
        // One more than the orders: a venue that answers inside the call (the paper broker) must not
        // finish the kill before every flatten order is counted and journalled.
        m_killPending = static_cast<int>(sizes.size()) + 1;
        for (const auto &[symbol, size] : sizes) {
            OrderRequest close;
            close.symbol = symbol;
            close.side = size > 0 ? Side::Sell : Side::Buy;
            close.type = OrderType::Market;
            close.quantity = size > 0 ? size : -size;
            close.reduceOnly = true;
            const PlaceResult placed = place(close, [this, symbol = symbol](const VenueReply &r) {
                if (!r.ok)
                    m_kill.problems.push_back("flatten " + symbol + ": " + venueReplyText(r));
                if (--m_killPending == 0)
                    killVerify();
            });
            if (placed.sent) {
                ++m_kill.flattenOrdersSent;
                if (m_journal)
                    m_journal->killSwitch("flatten", symbol + " " + placed.orderLinkId, m_clock.epochMs());
            } else {
                m_kill.problems.push_back("flatten " + symbol + ": " + placed.error);
                if (--m_killPending == 0)
                    killVerify();
            }
        }
        if (--m_killPending == 0)
            killVerify();
    });
}

void OrderManager::killVerify()
{
    // 3. Ask the venue what is left: the report says what it could not do.
    m_killPending = 2;
    m_venue.openOrders([this](const VenueReply &reply, const std::vector<OrderUpdate> &open) {
        if (reply.ok)
            m_kill.openOrdersAfter = static_cast<int>(open.size());
        else
            m_kill.problems.push_back("open orders after: " + venueReplyText(reply));
        for (const OrderUpdate &update : open)
            applyUpdate(update);
        if (--m_killPending == 0)
            finishKill();
    });
    m_venue.positions([this](const VenueReply &reply, const std::vector<PositionReport> &list) {
        if (reply.ok) {
            int open = 0;
            for (auto &[symbol, known] : m_venuePositions)
                known.size = 0;
            for (const PositionReport &position : list) {
                m_venuePositions[position.symbol] = position;
                open += position.size != 0;
            }
            m_kill.positionsAfter = open;
        } else {
            m_kill.problems.push_back("positions after: " + venueReplyText(reply));
        }
        if (--m_killPending == 0)
            finishKill();
    });
}

void OrderManager::finishKill()
{
    if (m_kill.openOrdersAfter > 0)
        m_kill.problems.push_back(std::to_string(m_kill.openOrdersAfter) + " orders still open");
    if (m_kill.positionsAfter > 0)
        m_kill.problems.push_back(std::to_string(m_kill.positionsAfter) + " positions still open");
    m_kill.finishedMs = m_clock.epochMs();
    if (m_journal) {
        std::string detail = std::to_string(m_kill.openOrdersBefore) + " open orders cancelled, " +
                             std::to_string(m_kill.flattenOrdersSent) + " of " +
                             std::to_string(m_kill.positionsToFlatten) + " positions flattened";
        for (const std::string &problem : m_kill.problems)
            detail += "; " + problem;
        m_journal->killSwitch(m_kill.clean() ? "finished" : "finished_with_problems", detail, m_kill.finishedMs);
    }
    changed();
    std::vector<KillDone> callbacks;
    callbacks.swap(m_killDone);
    for (const KillDone &callback : callbacks)
        callback(m_kill);
}

bool OrderManager::resetKillSwitch(std::string *error)
{
    if (!m_killEngaged)
        return true;
    if (!m_kill.finished()) {
        if (error)
            *error = "the kill switch is still working";
        return false;
    }
    if (m_gate.lossLimitReached(dailyPnl())) {
        if (error)
            *error = "the daily loss limit is still reached (" + std::to_string(dailyPnl()) + ")";
        return false;
    }
    m_killEngaged = false;
    if (m_journal)
        m_journal->killSwitch("reset", "new orders allowed again", m_clock.epochMs());
    changed();
    return true;
}

} // namespace virtuoso::trading
