// The ticket's sizing: a notional or a share of the equity at risk to a stop becomes lots, always
// rounded down to the lot step so the order is never larger than asked.
#include "model/trading/OrderSizing.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

// Tick 0.5, lot 0.005 (BTCUSDT-like).
exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("BTCUSDT");
    s.price = exchange::DecimalGrid(5, 1);
    s.quantity = exchange::DecimalGrid(5, 3);
    return s;
}

// Tick 0.0001, lot 1 (XRPUSDT-like).
exchange::InstrumentSpec xrp()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("XRPUSDT");
    s.price = exchange::DecimalGrid(1, 4);
    s.quantity = exchange::DecimalGrid(1, 0);
    return s;
}

} // namespace

TEST(OrderSizing, RiskPercentIsEquityTimesPercentOverTheStopDistanceRoundedDown)
{
    const exchange::InstrumentSpec spec = btc();
    // 10,000 × 1 % = 100 USDT at risk; entry 50,000.0 (100,000 ticks), stop 49,000.0: 1,000 per BTC → 0.1 BTC = 20
    // lots.
    EXPECT_EQ(lotsForRisk(spec, 10'000, 1, 100'000, 98'000), 20);
    // The same distance above (a short's stop).
    EXPECT_EQ(lotsForRisk(spec, 10'000, 1, 100'000, 102'000), 20);
    // 0.7 % → 0.07 BTC = 14 lots exactly; 0.72 % → 0.072 BTC = 14.4 lots → 14 (down, never up).
    EXPECT_EQ(lotsForRisk(spec, 10'000, 0.7, 100'000, 98'000), 14);
    EXPECT_EQ(lotsForRisk(spec, 10'000, 0.72, 100'000, 98'000), 14);
    EXPECT_EQ(lotsForRisk(spec, 10'000, 0.749, 100'000, 98'000), 14);
    // The loss at the stop never exceeds the share.
    for (double pct : {0.1, 0.33, 0.5, 1.0, 2.5, 3.7}) {
        const Lots lots = lotsForRisk(spec, 12'345.67, pct, 1'000'001, 987'655);
        const double loss = spec.quantity.toDouble(lots) * spec.price.toDouble(1'000'001 - 987'655);
        EXPECT_LE(loss, 12'345.67 * pct / 100 + 1e-9) << pct;
        const double oneMore = spec.quantity.toDouble(lots + 1) * spec.price.toDouble(1'000'001 - 987'655);
        EXPECT_GT(oneMore, 12'345.67 * pct / 100) << "the largest size within the share: " << pct;
    }
}

TEST(OrderSizing, RiskWithoutADistanceOrAnInputIsZero)
{
    const exchange::InstrumentSpec spec = btc();
    EXPECT_EQ(lotsForRisk(spec, 10'000, 1, 100'000, 100'000), 0) << "stop at the entry";
    EXPECT_EQ(lotsForRisk(spec, 10'000, 1, 0, 98'000), 0) << "no entry";
    EXPECT_EQ(lotsForRisk(spec, 10'000, 1, 100'000, 0), 0) << "no stop";
    EXPECT_EQ(lotsForRisk(spec, 0, 1, 100'000, 98'000), 0) << "no equity";
    EXPECT_EQ(lotsForRisk(spec, 10'000, 0, 100'000, 98'000), 0);
    EXPECT_EQ(lotsForRisk(spec, 10'000, -1, 100'000, 98'000), 0);
    // A stop one tick away from a huge equity: beyond any size, not an overflow.
    EXPECT_EQ(lotsForRisk(spec, 1e300, 100, 100'000, 99'999), 0);
}

TEST(OrderSizing, NotionalBecomesLotsAtThePriceRoundedDown)
{
    const exchange::InstrumentSpec spec = btc();
    // 1,000 USDT at 50,000.0: 0.02 BTC = 4 lots; 1,240 USDT: 0.0248 → 0.020 (4 lots, not 5).
    EXPECT_EQ(lotsForNotional(spec, 1'000, 100'000), 4);
    EXPECT_EQ(lotsForNotional(spec, 1'240, 100'000), 4);
    EXPECT_EQ(lotsForNotional(spec, 1'250, 100'000), 5);
    EXPECT_EQ(lotsForNotional(spec, 0, 100'000), 0);
    EXPECT_EQ(lotsForNotional(spec, 1'000, 0), 0);
    // Lot 1 of a cheap coin: 100 USDT at 0.3 = 333.33 → 333; 0.3 exactly = 1 coin.
    EXPECT_EQ(lotsForNotional(xrp(), 100, 3'000), 333);
    EXPECT_EQ(lotsForNotional(xrp(), 0.3, 3'000), 1) << "0.3 / 0.3 lands a hair below 1 in binary";
}
