// A long session's order ledger and positions stay bounded, and still count each fill once and
// never lose an order: what retire() lets go and what it keeps.
#include "LedgerBuilders.h"
#include "model/trading/ExecIdWindow.h"
#include "model/trading/OrderLedger.h"
#include "model/trading/PositionLedger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace virtuoso::trading;
using Applied = OrderLedger::Applied;

namespace {

constexpr qint64 kT0 = 1'765'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

OrderIntent intentFor(const std::string &linkId)
{
    return test::limitBuy(linkId);
}

Execution fillOf(const std::string &linkId, const std::string &execId, qint64 timeMs, Lots qty = 10)
{
    Execution e = test::execution(execId, linkId, qty);
    e.timeMs = timeMs;
    return e;
}

OrderUpdate statusOf(const std::string &linkId, OrderStatus status, Lots cumulative, qint64 timeMs)
{
    OrderUpdate u = test::update(linkId, status, cumulative);
    u.symbol = "BTCUSDT";
    u.timeMs = timeMs;
    return u;
}

// One order's life at time t: recorded, acknowledged, then filled (with its fill) or cancelled.
void trade(OrderLedger &ledger, int n, qint64 t)
{
    const std::string id = "o" + std::to_string(n);
    ASSERT_EQ(ledger.registerIntent(intentFor(id), t), Applied::Changed);
    ledger.onAcknowledged(id, "ord-" + id, t + 5);
    if (n % 2 == 0) {
        ledger.onExecution(fillOf(id, "x" + std::to_string(n), t + 10), t + 12);
        ledger.onUpdate(statusOf(id, OrderStatus::Filled, 10, t + 10));
    } else {
        ledger.onUpdate(statusOf(id, OrderStatus::Cancelled, 0, t + 10));
    }
}

OrderLedger::Retention smallRetention()
{
    OrderLedger::Retention r;
    r.keepFinished = 50;
    r.finishedForMs = kHour;
    r.keepExecutions = 40;
    r.execIdsForMs = kHour;
    return r;
}

} // namespace

TEST(OrderLedgerRetention, ALongSessionHoldsWhatTheLastHourAndTheViewsNeedNotEverything)
{
    OrderLedger ledger(smallRetention());
    // 30 hours at one order a minute, retired every minute as the trading thread does.
    const int orders = 30 * 60;
    for (int n = 0; n < orders; ++n) {
        const qint64 t = kT0 + n * kMinute;
        trade(ledger, n, t);
        ledger.retire(t + 30'000);
    }
    EXPECT_EQ(ledger.executionCount(), static_cast<std::size_t>(orders / 2));
    // The last hour (60 orders), of which all but the newest 50 finished are past their hour.
    EXPECT_LE(ledger.size(), 61u);
    EXPECT_GE(ledger.size(), 50u);
    EXPECT_EQ(ledger.size() + ledger.retiredCount(), static_cast<std::size_t>(orders));
    EXPECT_EQ(ledger.executions().size(), 40u);
    EXPECT_EQ(ledger.executions().back().execId, "x" + std::to_string(orders - 2));
    // Fills of about the last hour and a minute, not 900.
    EXPECT_LE(ledger.execIds().size(), 32u);
    // The newest orders are there, the oldest are not.
    EXPECT_NE(ledger.find("o" + std::to_string(orders - 1)), nullptr);
    EXPECT_EQ(ledger.find("o0"), nullptr);
}

TEST(OrderLedgerRetention, AFillReportedAgainWhileItCanStillComeIsCountedOnce)
{
    OrderLedger ledger(smallRetention());
    for (int n = 0; n < 200; ++n)
        trade(ledger, n, kT0 + n * kMinute);
    const qint64 now = kT0 + 200 * kMinute;
    ledger.retire(now);
    const std::size_t counted = ledger.executionCount();
    // Reconciliation re-reads the fills from five minutes before the newest, and a page may
    // repeat what another page had: all are known.
    for (int n = 190; n < 200; n += 2)
        EXPECT_EQ(ledger.onExecution(fillOf("o" + std::to_string(n), "x" + std::to_string(n), kT0 + n * kMinute + 10),
                                     now + 1000),
                  Applied::Unchanged)
            << n;
    EXPECT_EQ(ledger.executionCount(), counted);
}

TEST(OrderLedgerRetention, OldFillsReportedForTheFirstTimeCountEvenInAListNewestFirst)
{
    // After a restart, reconciliation reads a day of fills, newest first: every one is new, and a
    // second read of the same list (a page repeated) counts none again, however old the fill.
    OrderLedger ledger(smallRetention());
    const qint64 now = kT0 + 24 * kHour;
    for (int n = 24 * 60 - 1; n >= 0; n -= 3)
        EXPECT_EQ(
            ledger.onExecution(fillOf("old" + std::to_string(n), "y" + std::to_string(n), kT0 + n * kMinute), now),
            Applied::Unknown);
    ledger.retire(now + 1000);
    for (int n = 24 * 60 - 1; n >= 0; n -= 3)
        EXPECT_EQ(ledger.onExecution(fillOf("old" + std::to_string(n), "y" + std::to_string(n), kT0 + n * kMinute),
                                     now + 2000),
                  Applied::Unchanged)
            << n;
    EXPECT_EQ(ledger.executionCount(), static_cast<std::size_t>(24 * 60 / 3));
    // An hour later the ids of fills more than an hour older than the newest are let go.
    ledger.retire(now + kHour + 5000);
    EXPECT_LT(ledger.execIds().size(), 30u);
}

TEST(OrderLedgerRetention, OpenOrdersAndOrdersMissingAReportedFillAreNeverLetGo)
{
    OrderLedger ledger(smallRetention());
    ASSERT_EQ(ledger.registerIntent(intentFor("resting"), kT0), Applied::Changed);
    ledger.onAcknowledged("resting", "ord-resting", kT0 + 5);
    // Filled by the exchange's word, its fill not seen yet.
    ASSERT_EQ(ledger.registerIntent(intentFor("behind"), kT0), Applied::Changed);
    ledger.onAcknowledged("behind", "ord-behind", kT0 + 5);
    ledger.onUpdate(statusOf("behind", OrderStatus::Filled, 10, kT0 + 10));
    for (int n = 0; n < 300; ++n)
        trade(ledger, n, kT0 + kMinute + n * 1000);
    const qint64 later = kT0 + 48 * kHour;
    ledger.retire(later);
    ASSERT_NE(ledger.find("resting"), nullptr);
    EXPECT_TRUE(ledger.find("resting")->isOpen());
    ASSERT_NE(ledger.find("behind"), nullptr);
    EXPECT_EQ(ledger.openOrders().size(), 1u);
    EXPECT_EQ(ledger.size(), 52u); // the two, and the newest 50 finished
    // The late fill still finds its order and completes it; its next report is a repeat.
    EXPECT_EQ(ledger.onExecution(fillOf("behind", "late", kT0 + 10), later + 1), Applied::Changed);
    const Order *behind = ledger.findByOrderId("ord-behind");
    ASSERT_NE(behind, nullptr);
    EXPECT_EQ(behind->executed, 10);
    EXPECT_EQ(ledger.onExecution(fillOf("behind", "late", kT0 + 10), later + 2), Applied::Unchanged);
    ledger.retire(later + 2 * kHour);
    EXPECT_EQ(ledger.find("behind"), nullptr);
    EXPECT_NE(ledger.find("resting"), nullptr);
}

TEST(OrderLedgerRetention, TheNewestFinishedOrdersStayWhateverTheirAge)
{
    OrderLedger ledger(smallRetention());
    for (int n = 0; n < 80; ++n)
        trade(ledger, n, kT0 + n * 1000);
    ledger.retire(kT0 + 30 * 24 * kHour);
    EXPECT_EQ(ledger.size(), 50u);
    std::vector<std::string> kept;
    ledger.forEachNewestFirst([&](const Order &o) {
        kept.push_back(o.intent.orderLinkId);
        return true;
    });
    ASSERT_EQ(kept.size(), 50u);
    EXPECT_EQ(kept.front(), "o79");
    EXPECT_EQ(kept.back(), "o30");
    // An order id of one let go is free of the ledger, but an orderLinkId is never reused by the
    // manager; a late update of a retired order's orderId is adopted as the exchange describes it.
    EXPECT_EQ(ledger.find("o10"), nullptr);
}

TEST(OrderLedgerRetention, PositionsCountEachFillOnceAcrossTheWindow)
{
    PositionLedger positions;
    positions.setExecIdsForMs(kHour);
    Execution e = fillOf("p", "f1", kT0);
    EXPECT_TRUE(positions.apply(e, kT0 + 5));
    positions.forgetFills(kT0 + 10 * kMinute);
    EXPECT_FALSE(positions.apply(e, kT0 + 10 * kMinute)); // a reconciliation's repeat
    for (int n = 1; n <= 180; ++n)
        positions.apply(fillOf("p", "g" + std::to_string(n), kT0 + n * kMinute), kT0 + n * kMinute + 5);
    positions.forgetFills(kT0 + 181 * kMinute);
    EXPECT_FALSE(positions.execIds().knows("f1"));
    EXPECT_LE(positions.execIds().size(), 62u);
    ASSERT_NE(positions.find("BTCUSDT"), nullptr);
    EXPECT_EQ(positions.find("BTCUSDT")->fills, 181);
}

TEST(ExecIdWindow, AnIdIsLetGoOnlyWhenItsFillIsOldAndItsReportIsOld)
{
    ExecIdWindow window(kHour);
    EXPECT_TRUE(window.admit("a", kT0, kT0));
    EXPECT_FALSE(window.admit("a", kT0, kT0 + 1));
    EXPECT_TRUE(window.admit("b", kT0 + 2 * kHour, kT0 + 10)); // a newer fill: "a" is old in fill time
    EXPECT_EQ(window.forget(kT0 + kHour - 1), 0u);             // but reported less than an hour ago
    EXPECT_TRUE(window.knows("a"));
    EXPECT_EQ(window.forget(kT0 + kHour + 1), 1u);
    EXPECT_FALSE(window.knows("a"));
    EXPECT_TRUE(window.knows("b"));
    // Reported long ago but within an hour of the newest fill: kept (reconciliation may ask again).
    EXPECT_EQ(window.forget(kT0 + 100 * kHour), 0u);
    EXPECT_TRUE(window.knows("b"));
    // A fill without a time counts as the newest.
    EXPECT_TRUE(window.admit("c", 0, kT0 + 100 * kHour));
    EXPECT_EQ(window.forget(kT0 + 300 * kHour), 0u);
    EXPECT_EQ(window.size(), 2u);
}
