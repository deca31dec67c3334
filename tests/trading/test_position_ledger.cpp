// Positions, average entry, realised and unrealised PnL and fees from fills, each counted once.
#include "model/trading/PositionLedger.h"

#include <gtest/gtest.h>

#include <random>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

int g_next = 0;

Execution fill(Side side, Ticks price, Lots qty, const char *fee = "0")
{
    Execution e;
    e.execId = "x" + std::to_string(++g_next);
    e.symbol = "BTCUSDT";
    e.side = side;
    e.price = price;
    e.quantity = qty;
    e.fee = exchange::Decimal::parse(fee).value;
    return e;
}

} // namespace

TEST(PositionLedger, ClosingRealisesTheDifferenceToTheAverageEntry)
{
    PositionLedger ledger;
    ASSERT_TRUE(ledger.apply(fill(Side::Buy, 100, 10)));
    ASSERT_TRUE(ledger.apply(fill(Side::Buy, 130, 5)));
    const Position *p = ledger.find("BTCUSDT");
    EXPECT_EQ(p->size, 15);
    EXPECT_EQ(p->entryNotional, Notional(1650));
    EXPECT_DOUBLE_EQ(p->averageEntryTicks(), 110.0);
    EXPECT_EQ(p->unrealised(120), Notional(150)); // (120 - 110) × 15
    ASSERT_TRUE(ledger.apply(fill(Side::Sell, 120, 6)));
    EXPECT_EQ(p->realised, Notional(60)); // (120 - 110) × 6
    EXPECT_EQ(p->size, 9);
    ASSERT_TRUE(ledger.apply(fill(Side::Sell, 100, 9)));
    EXPECT_EQ(p->size, 0);
    EXPECT_EQ(p->entryNotional, Notional(0));
    // The round trip: paid 1650, received 720 + 900.
    EXPECT_EQ(p->realised, Notional(720 + 900 - 1650));
    EXPECT_EQ(p->unrealised(500), Notional(0));
}

TEST(PositionLedger, AFillPastZeroOpensTheOtherSideAtItsPrice)
{
    PositionLedger ledger;
    ledger.apply(fill(Side::Buy, 100, 10));
    ledger.apply(fill(Side::Sell, 105, 15));
    const Position *p = ledger.find("BTCUSDT");
    EXPECT_EQ(p->realised, Notional(50));
    EXPECT_EQ(p->size, -5);
    EXPECT_EQ(p->entryNotional, Notional(525));
    EXPECT_EQ(p->unrealised(100), Notional(25)); // a short gains when the price falls
    EXPECT_EQ(p->unrealised(110), Notional(-25));
}

TEST(PositionLedger, AFillIsCountedOnceAndMalformedOnesNotAtAll)
{
    PositionLedger ledger;
    Execution e = fill(Side::Buy, 100, 10, "0.0055");
    EXPECT_TRUE(ledger.apply(e));
    EXPECT_FALSE(ledger.apply(e));
    Execution noId = fill(Side::Buy, 100, 1);
    noId.execId.clear();
    EXPECT_FALSE(ledger.apply(noId));
    EXPECT_FALSE(ledger.apply(fill(Side::Buy, 100, 0)));
    const Position *p = ledger.find("BTCUSDT");
    EXPECT_EQ(p->size, 10);
    EXPECT_EQ(p->fills, 1);
    EXPECT_EQ(p->fees, Notional(5'500'000'000)); // 0.0055 in 10^-12
}

TEST(PositionLedger, FeesAreExactToTwelveDecimalsAndRebatesSubtract)
{
    PositionLedger ledger;
    ledger.apply(fill(Side::Buy, 100, 1, "0.000000000001"));
    ledger.apply(fill(Side::Buy, 100, 1, "-0.25"));
    ledger.apply(fill(Side::Buy, 100, 1, "0.0000000000015")); // rounded to 2 × 10^-12
    EXPECT_EQ(ledger.find("BTCUSDT")->fees, Notional(1) - Notional(250'000'000'000) + Notional(2));
}

// However a position is built and taken apart, when it is flat again the realised PnL is exactly
// what the fills received minus what they paid.
TEST(PositionLedger, AFlatPositionHasRealisedExactlyWhatItsFillsSay)
{
    std::mt19937 random(11);
    for (int trial = 0; trial < 200; ++trial) {
        PositionLedger ledger;
        Notional cash = 0; // received minus paid, in ticks × lots
        Lots size = 0;
        for (int i = 0; i < 40; ++i) {
            const Side side = random() % 2 ? Side::Buy : Side::Sell;
            const Ticks price = 90'000 + static_cast<Ticks>(random() % 20'000);
            const Lots qty = 1 + static_cast<Lots>(random() % 7);
            ASSERT_TRUE(ledger.apply(fill(side, price, qty)));
            cash += (side == Side::Buy ? -1 : 1) * static_cast<Notional>(price) * qty;
            size += side == Side::Buy ? qty : -qty;
        }
        if (size != 0) {
            const Ticks price = 100'000;
            ASSERT_TRUE(ledger.apply(fill(size > 0 ? Side::Sell : Side::Buy, price, size > 0 ? size : -size)));
            cash += static_cast<Notional>(price) * size;
        }
        const Position *p = ledger.find("BTCUSDT");
        ASSERT_EQ(p->size, 0);
        EXPECT_EQ(p->realised, cash) << "trial " << trial;
        EXPECT_EQ(ledger.totalRealised(), cash);
    }
}
