// The order ledger keeps every order once and every fill once, whatever order and however often
// the acknowledgements, the private stream and reconciliation report them.
#include "LedgerBuilders.h"
#include "model/trading/OrderLedger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace virtuoso::trading;
using namespace virtuoso::trading::test;
using Applied = OrderLedger::Applied;

TEST(OrderLedger, AnOrderIsRecordedOnceUnderAnIdNeverUsedBefore)
{
    OrderLedger ledger;
    std::string error;
    EXPECT_EQ(ledger.registerIntent(limitBuy("a1"), 1, &error), Applied::Changed);
    EXPECT_EQ(ledger.registerIntent(limitBuy("a1"), 2, &error), Applied::Refused);
    EXPECT_NE(error.find("already used"), std::string::npos) << error;
    EXPECT_EQ(ledger.registerIntent(limitBuy(std::string(37, 'x')), 3, &error), Applied::Refused);
    EXPECT_EQ(ledger.registerIntent(limitBuy("bad id!"), 3, &error), Applied::Refused);
    EXPECT_EQ(ledger.registerIntent(limitBuy("z", 0), 3, &error), Applied::Refused); // a limit needs a price
    EXPECT_EQ(ledger.registerIntent(limitBuy("y", 950000, 0), 3, &error), Applied::Refused);
    EXPECT_EQ(ledger.size(), 1u);
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PendingNew);
}

TEST(OrderLedger, AFillIsCountedOnceWhicheverSourceReportsItFirst)
{
    OrderLedger ledger;
    ledger.registerIntent(limitBuy("a1"), 1);
    ledger.onAcknowledged("a1", "ord-a1", 2);
    EXPECT_EQ(ledger.onExecution(execution("e1", "a1", 4)), Applied::Changed);
    // The same fill again from REST reconciliation after a reconnect.
    EXPECT_EQ(ledger.onExecution(execution("e1", "a1", 4)), Applied::Unchanged);
    const Order *order = ledger.find("a1");
    EXPECT_EQ(order->executed, 4);
    EXPECT_EQ(order->filled, 4);
    EXPECT_EQ(order->status, OrderStatus::PartiallyFilled);
    EXPECT_EQ(ledger.onExecution(execution("e2", "a1", 6, 949990)), Applied::Changed);
    EXPECT_EQ(order->status, OrderStatus::Filled);
    EXPECT_EQ(order->filledNotional, Notional(950000) * 4 + Notional(949990) * 6);
    EXPECT_EQ(ledger.executionCount(), 2u);
}

TEST(OrderLedger, AFinalStateIsNeverLeftAndTheFilledQuantityNeverGoesBack)
{
    OrderLedger ledger;
    ledger.registerIntent(limitBuy("a1"), 1);
    ledger.onUpdate(update("a1", OrderStatus::Filled, 10));
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::Filled);
    // Older reports arrive late: history, not news.
    EXPECT_EQ(ledger.onUpdate(update("a1", OrderStatus::New, 0)), Applied::Unchanged);
    EXPECT_EQ(ledger.onUpdate(update("a1", OrderStatus::PartiallyFilled, 3)), Applied::Unchanged);
    EXPECT_EQ(ledger.onAcknowledged("a1", "ord-a1", 5), Applied::Unchanged);
    EXPECT_EQ(ledger.onRejected("a1", "late", 5), Applied::Unchanged);
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::Filled);
    EXPECT_EQ(ledger.find("a1")->filled, 10);
    // One final state does not turn into another.
    ledger.registerIntent(limitBuy("a2"), 1);
    ledger.onUpdate(update("a2", OrderStatus::Cancelled, 0));
    EXPECT_EQ(ledger.onUpdate(update("a2", OrderStatus::Filled, 10)), Applied::Unchanged);
    EXPECT_EQ(ledger.find("a2")->status, OrderStatus::Cancelled);
    // The fills of a finished order still count, once.
    EXPECT_EQ(ledger.onExecution(execution("e1", "a1", 10)), Applied::Changed);
    EXPECT_EQ(ledger.find("a1")->executed, 10);
}

TEST(OrderLedger, AnAckLostInTransitIsReplacedByWhatTheExchangeReportsForTheLinkId)
{
    OrderLedger ledger;
    ledger.registerIntent(limitBuy("lost-ack"), 1);
    // No answer to the create; the lookup by orderLinkId (or the stream) finds it live.
    EXPECT_EQ(ledger.onUpdate(update("lost-ack", OrderStatus::New, 0)), Applied::Changed);
    const Order *order = ledger.find("lost-ack");
    EXPECT_EQ(order->status, OrderStatus::New);
    EXPECT_EQ(order->orderId, "ord-lost-ack");
    EXPECT_EQ(ledger.findByOrderId("ord-lost-ack"), order);
    EXPECT_EQ(ledger.size(), 1u); // one order, not two
}

TEST(OrderLedger, ACancelRequestChangesNothingLiveUntilTheExchangeAnswers)
{
    OrderLedger ledger;
    ledger.registerIntent(limitBuy("a1"), 1);
    ledger.onAcknowledged("a1", "ord-a1", 2);
    EXPECT_EQ(ledger.onCancelRequested("a1", 3), Applied::Changed);
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PendingCancel);
    EXPECT_TRUE(ledger.find("a1")->isOpen());
    // A fill that happened before the cancel arrived.
    ledger.onExecution(execution("e1", "a1", 3));
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PendingCancel);
    // The cancel is refused (110001, already gone...): the order is live again, partly filled.
    EXPECT_EQ(ledger.onRequestRefused("a1", "110008 order already completed", 4), Applied::Changed);
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PartiallyFilled);
    ledger.onCancelRequested("a1", 5);
    ledger.onUpdate(update("a1", OrderStatus::Cancelled, 3));
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::Cancelled);
    EXPECT_EQ(ledger.find("a1")->filled, 3);
    EXPECT_TRUE(ledger.openOrders().empty());
}

TEST(OrderLedger, AnAmendEndsWhenTheNewPriceOrQuantityIsReported)
{
    OrderLedger ledger;
    ledger.registerIntent(limitBuy("a1"), 1);
    EXPECT_EQ(ledger.onAmendRequested("a1", 2), Applied::Unchanged); // not acknowledged yet
    ledger.onAcknowledged("a1", "ord-a1", 2);
    EXPECT_EQ(ledger.onAmendRequested("a1", 3), Applied::Changed);
    // A fill during the amend does not end it.
    ledger.onUpdate(update("a1", OrderStatus::PartiallyFilled, 2));
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PendingAmend);
    ledger.onUpdate(update("a1", OrderStatus::PartiallyFilled, 2, 10, 949000));
    EXPECT_EQ(ledger.find("a1")->status, OrderStatus::PartiallyFilled);
    EXPECT_EQ(ledger.find("a1")->price, 949000);
}

TEST(OrderLedger, AnOrderPlacedElsewhereIsAdoptedAsTheExchangeDescribesIt)
{
    OrderLedger ledger;
    OrderUpdate anonymous = update("", OrderStatus::New, 0);
    anonymous.orderId.clear();
    EXPECT_EQ(ledger.onUpdate(anonymous), Applied::Unknown); // neither id: nothing to hold it by
    OrderUpdate u = update("web-1", OrderStatus::PartiallyFilled, 4);
    EXPECT_EQ(ledger.onUpdate(u), Applied::Changed);
    ASSERT_NE(ledger.find("web-1"), nullptr);
    EXPECT_EQ(ledger.find("web-1")->filled, 4);
    EXPECT_EQ(ledger.openOrders().size(), 1u);
    // A fill for an order not known yet is counted and waits for its order.
    EXPECT_EQ(ledger.onExecution(execution("x1", "other", 1)), Applied::Unknown);
    EXPECT_EQ(ledger.onExecution(execution("x1", "other", 1)), Applied::Unchanged);
    EXPECT_EQ(ledger.executionCount(), 1u);
}

TEST(OrderLedger, BybitStatusTextsMapToOurs)
{
    EXPECT_EQ(orderStatusFromBybit("New"), OrderStatus::New);
    EXPECT_EQ(orderStatusFromBybit("Untriggered"), OrderStatus::New);
    EXPECT_EQ(orderStatusFromBybit("PartiallyFilled"), OrderStatus::PartiallyFilled);
    EXPECT_EQ(orderStatusFromBybit("PartiallyFilledCanceled"), OrderStatus::Cancelled);
    EXPECT_EQ(orderStatusFromBybit("Deactivated"), OrderStatus::Cancelled);
    EXPECT_EQ(orderStatusFromBybit("Filled"), OrderStatus::Filled);
    EXPECT_EQ(orderStatusFromBybit("Rejected"), OrderStatus::Rejected);
    EXPECT_FALSE(orderStatusFromBybit("filled").has_value());
    EXPECT_FALSE(orderStatusFromBybit("").has_value());
}

// Whatever order the reports of a run arrive in, and however often each is repeated, the ledger
// ends with the same orders, the same fills counted once, and the exchange's final states.
TEST(OrderLedger, ReportsInAnyOrderAndAnyNumberOfTimesGiveTheSameEnd)
{
    struct Report
    {
        enum { Ack, Update, Exec } kind;
        std::string linkId;
        OrderUpdate update;
        Execution execution;
    };
    std::vector<Report> reports;
    for (int o = 0; o < 20; ++o) {
        const std::string id = "o" + std::to_string(o);
        reports.push_back({Report::Ack, id, OrderUpdate{}, Execution{}});
        Lots cumulative = 0;
        for (int f = 0; f < 3; ++f) {
            cumulative += 2;
            reports.push_back({Report::Exec, id, OrderUpdate{}, execution(id + "-f" + std::to_string(f), id, 2)});
            reports.push_back({Report::Update, id, update(id, OrderStatus::PartiallyFilled, cumulative), Execution{}});
        }
        const OrderStatus end = o % 2 == 0 ? OrderStatus::Cancelled : OrderStatus::Filled;
        if (end == OrderStatus::Filled) {
            reports.push_back({Report::Exec, id, OrderUpdate{}, execution(id + "-last", id, 4)});
            reports.push_back({Report::Update, id, update(id, OrderStatus::Filled, 10), Execution{}});
        } else {
            reports.push_back({Report::Update, id, update(id, OrderStatus::Cancelled, cumulative), Execution{}});
        }
    }
    std::mt19937 random(7);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<Report> shuffled = reports;
        // Every report at least once, some twice (a reconnect's reconciliation repeats them).
        for (const Report &r : reports)
            if (random() % 3 == 0)
                shuffled.push_back(r);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        OrderLedger ledger;
        for (int o = 0; o < 20; ++o)
            ASSERT_EQ(ledger.registerIntent(limitBuy("o" + std::to_string(o)), 0), Applied::Changed);
        for (const Report &r : shuffled) {
            if (r.kind == Report::Ack)
                ledger.onAcknowledged(r.linkId, "ord-" + r.linkId, 1);
            else if (r.kind == Report::Update)
                ledger.onUpdate(r.update);
            else
                ledger.onExecution(r.execution);
        }
        ASSERT_EQ(ledger.size(), 20u) << "trial " << trial;
        EXPECT_EQ(ledger.executionCount(), 20u * 3 + 10) << "trial " << trial;
        for (int o = 0; o < 20; ++o) {
            const Order *order = ledger.find("o" + std::to_string(o));
            ASSERT_NE(order, nullptr);
            EXPECT_EQ(order->status, o % 2 == 0 ? OrderStatus::Cancelled : OrderStatus::Filled)
                << "trial " << trial << " order " << o;
            EXPECT_EQ(order->executed, o % 2 == 0 ? 6 : 10) << "trial " << trial << " order " << o;
            EXPECT_EQ(order->orderId, "ord-o" + std::to_string(o));
        }
        EXPECT_TRUE(ledger.openOrders().empty());
    }
}
