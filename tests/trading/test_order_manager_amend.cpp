// Amending an open order: the order as amended passes the same risk gate as a new one, and nothing
// is sent when it does not.
#include "OrderManagerFixture.h"

namespace {

// A suite of its own: gtest tells fixtures apart by class, and each file has its own copy.
class OrderManagerAmendTest : public OrderManagerTest
{
};

// A limit buy placed and acknowledged: the order an amend starts from.
std::string placeAcknowledged(OrderManager &manager, ScriptedVenue &venue, Ticks price = 500'000, Lots qty = 10)
{
    const PlaceResult placed = manager.place(OrderManagerTest::limitBuy(price, qty));
    EXPECT_TRUE(placed.sent) << placed.error;
    venue.take("create").reply(ok("o-" + placed.orderLinkId));
    return placed.orderLinkId;
}

} // namespace

TEST_F(OrderManagerAmendTest, AnAmendThatWouldBreakTheOrderLimitIsRefusedAndNotSent)
{
    TradingSettings settings;
    settings.risk.maxOrderNotional = 1000; // 50000 × 0.01 = 500 passes, × 0.03 = 1500 does not
    auto manager = make(settings);
    manager->onMark("BTCUSDT", 500'000);
    const std::string id = placeAcknowledged(*manager, venue);

    const std::string refusedText = manager->amend(id, std::nullopt, 30);
    EXPECT_NE(refusedText.find("risk:"), std::string::npos) << refusedText;
    EXPECT_NE(refusedText.find("1000"), std::string::npos) << refusedText;
    EXPECT_EQ(venue.pending("amend"), 0);
    EXPECT_EQ(manager->orders().find(id)->status, OrderStatus::New) << "the order is left as it was";
    EXPECT_EQ(journal.count("risk " + id + " max_order_notional"), 1) << "the refusal is in the audit log";

    EXPECT_EQ(manager->amend(id, std::nullopt, 15), "");
    EXPECT_EQ(venue.pending("amend"), 1);
    EXPECT_EQ(manager->orders().find(id)->status, OrderStatus::PendingAmend);
}

TEST_F(OrderManagerAmendTest, AnAmendedPriceOutsideTheBandIsRefused)
{
    TradingSettings settings;
    settings.risk.priceBandPercent = 5;
    auto manager = make(settings);
    manager->onMark("BTCUSDT", 500'000);
    const std::string id = placeAcknowledged(*manager, venue);
    const std::string refusedText = manager->amend(id, 400'000, std::nullopt); // 20 % below the mark
    EXPECT_NE(refusedText.find("band"), std::string::npos) << refusedText;
    EXPECT_EQ(venue.pending("amend"), 0);
    EXPECT_EQ(manager->amend(id, 490'000, std::nullopt), "");
    EXPECT_EQ(venue.pending("amend"), 1);
}

TEST_F(OrderManagerAmendTest, TheOrderBeingAmendedDoesNotCountTwiceAgainstTheOpenOrderLimit)
{
    TradingSettings settings;
    settings.risk.maxOpenOrders = 1;
    auto manager = make(settings);
    const std::string id = placeAcknowledged(*manager, venue);
    EXPECT_FALSE(manager->place(limitBuy(499'000)).sent) << "a second order is over the limit";
    EXPECT_EQ(manager->amend(id, 499'500, std::nullopt), "") << "the one open order may change";
    EXPECT_EQ(venue.pending("amend"), 1);
}

TEST_F(OrderManagerAmendTest, AnAmendTheInstrumentOrTheOrderTypeCannotTakeSaysWhy)
{
    auto manager = make();
    const std::string id = placeAcknowledged(*manager, venue);
    EXPECT_NE(manager->amend(id, std::nullopt, 0), "");
    spec.minOrderLots = 5;
    const std::string belowMinimum = manager->amend(id, std::nullopt, 2);
    EXPECT_NE(belowMinimum.find("minimum"), std::string::npos) << belowMinimum;
    EXPECT_EQ(venue.pending("amend"), 0);
}
