// A trade plan from a signal as an order: the plan timeframe's ATR(14) and swings (the outcome
// tracker's), the stop and targets of makeTradePlan on the instrument's grid, and the size that loses
// the configured share of equity at the stop.
#include "model/trading/TradePlanOrder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::trading;
using confluence::Candle;
using confluence::Direction;

namespace {

// Tick 0.5, lot 0.001, 0.001 to 100 BTC.
exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("BTCUSDT");
    s.price = exchange::DecimalGrid(5, 1);
    s.quantity = exchange::DecimalGrid(1, 3);
    s.minOrderLots = 1;
    s.maxOrderLots = 100'000;
    return s;
}

std::vector<Candle> walk(int count, unsigned seed, double start = 50'000)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> step(0, 60);
    std::uniform_real_distribution<double> wick(0, 80);
    std::vector<Candle> bars;
    double close = start;
    for (int i = 0; i < count; ++i) {
        Candle c;
        c.openTimeMs = 1'700'000'000'000LL + i * 300'000LL;
        c.open = close;
        close += step(rng);
        c.close = close;
        c.high = std::max(c.open, c.close) + wick(rng);
        c.low = std::min(c.open, c.close) - wick(rng);
        c.volume = 1;
        bars.push_back(c);
    }
    return bars;
}

// Wilder's ATR as TA-Lib defines it, written out: the first value is the mean of the first `n` true
// ranges (from the second bar), then atr = (atr·(n−1) + tr) / n.
double wilderAtr(const std::vector<Candle> &bars, int n = 14)
{
    if (static_cast<int>(bars.size()) < n + 1)
        return NAN;
    double atr = 0;
    for (size_t i = 1; i < bars.size(); ++i) {
        const double tr = std::max({bars[i].high - bars[i].low, std::fabs(bars[i].high - bars[i - 1].close),
                                    std::fabs(bars[i].low - bars[i - 1].close)});
        if (static_cast<int>(i) <= n)
            atr += tr / n;
        else
            atr = (atr * (n - 1) + tr) / n;
    }
    return atr;
}

} // namespace

TEST(PlanTimeframe, AtrIsWildersOverTheClosedBarsAndSwingsAreTheRecentPivots)
{
    const std::vector<Candle> bars = walk(60, 7);
    outcomes::PlanTimeframe tf(20);
    for (int i = 0; i < 14; ++i)
        tf.addBar(bars[size_t(i)]);
    EXPECT_TRUE(std::isnan(tf.atr())) << "14 bars give 13 true ranges: not ready";
    EXPECT_EQ(tf.barsMissing(), 1);
    for (size_t i = 14; i < bars.size(); ++i)
        tf.addBar(bars[i]);
    EXPECT_EQ(tf.barsMissing(), 0);
    EXPECT_NEAR(tf.atr(), wilderAtr(bars), 1e-9 * wilderAtr(bars));
    const outcomes::SwingLevels expected = outcomes::recentSwings(bars, 20);
    EXPECT_DOUBLE_EQ(tf.swings().low, expected.low);
    EXPECT_DOUBLE_EQ(tf.swings().high, expected.high);
    EXPECT_LE(tf.bars().size(), 40U) << "only what the swings need is kept";
}

TEST(PlanOrder, ALongIsSizedToTheRiskShareWithTheStopSnappedAwayFromTheEntry)
{
    const exchange::InstrumentSpec spec = btc();
    PlanOrderInputs in;
    in.direction = Direction::Long;
    in.entryPrice = 50'000.0;
    in.atr = 100.3;                   // ATR stop 50,000 − 150.45 = 49,849.55
    in.swings = {49'900.0, 50'400.0}; // the swing stop 49,889.97 is nearer: the ATR stop stands
    in.equity = 12'000;
    in.riskPercent = 0.5; // 60 USDT
    in.target = 1;
    const PlanOrder order = planOrder(spec, in);
    ASSERT_TRUE(order.valid) << order.why;
    EXPECT_EQ(order.side, Side::Buy);
    EXPECT_EQ(order.entry, 100'000);
    EXPECT_STREQ(order.plan.stopBasis, "atr");
    EXPECT_EQ(spec.price.format(order.stop), "49849.5") << "down to the tick below the plan's stop";
    // Risk 150.45 → targets 50,150.45 / 50,300.9 / 50,451.35 to the nearest tick.
    EXPECT_EQ(spec.price.format(order.targets[0]), "50150.5");
    EXPECT_EQ(spec.price.format(order.targets[1]), "50301.0");
    EXPECT_EQ(spec.price.format(order.targets[2]), "50451.5");
    // 60 USDT over 150.5 per BTC = 0.3986… → 0.398 BTC.
    EXPECT_EQ(spec.quantity.format(order.quantity), "0.398");
    EXPECT_NEAR(order.risk, 0.398 * 150.5, 1e-9);
    EXPECT_LE(order.risk, 60.0);
    EXPECT_NEAR(order.riskPercent, 0.398 * 150.5 / 12'000 * 100, 1e-9);
    EXPECT_NEAR(order.rewardRisk, 301.0 / 150.5, 1e-12);
}

TEST(PlanOrder, AShortTakesTheSwingStopAboveAndSnapsItUp)
{
    const exchange::InstrumentSpec spec = btc();
    PlanOrderInputs in;
    in.direction = Direction::Short;
    in.entryPrice = 50'000.2; // the touch, rounded to the nearest tick: 50,000.0
    in.type = OrderType::Market;
    in.atr = 100;
    in.swings = {49'000, 50'200.1}; // swing stop 50,210.1: farther than the ATR stop 50,150 and within 3 ATR
    in.equity = 10'000;
    in.riskPercent = 1;
    in.target = 2;
    const PlanOrder order = planOrder(spec, in);
    ASSERT_TRUE(order.valid) << order.why;
    EXPECT_EQ(order.side, Side::Sell);
    EXPECT_EQ(order.type, OrderType::Market);
    EXPECT_STREQ(order.plan.stopBasis, "swing");
    EXPECT_EQ(spec.price.format(order.entry), "50000.0");
    EXPECT_EQ(spec.price.format(order.stop), "50210.5") << "up to the tick above the plan's stop";
    EXPECT_EQ(spec.price.format(order.targets[2]), "49369.5"); // 50,000 − 3 × 210.1 = 49,369.7 → nearest tick
    // 100 USDT over 210.5 per BTC = 0.4750… → 0.475.
    EXPECT_EQ(spec.quantity.format(order.quantity), "0.475");
    EXPECT_NEAR(order.rewardRisk, (50'000.0 - 49'369.5) / 210.5, 1e-12);
}

TEST(PlanOrder, WithoutAtrDirectionPriceOrEnoughEquityThereIsNoOrderAndTheReason)
{
    const exchange::InstrumentSpec spec = btc();
    PlanOrderInputs in;
    in.direction = Direction::Long;
    in.entryPrice = 50'000;
    in.equity = 10'000;
    in.riskPercent = 1;
    in.atr = NAN;
    EXPECT_EQ(planOrder(spec, in).why, "no ATR yet");
    in.atr = 100;
    in.direction = Direction::Neutral;
    EXPECT_FALSE(planOrder(spec, in).valid);
    in.direction = Direction::Long;
    in.entryPrice = 0;
    EXPECT_EQ(planOrder(spec, in).why, "no price yet");
    in.entryPrice = 50'000;
    in.equity = 0.1; // 0.001 USDT at risk over 150 per BTC: less than one lot
    const PlanOrder tiny = planOrder(spec, in);
    EXPECT_FALSE(tiny.valid);
    EXPECT_NE(tiny.why.find("minimum order of 0.001"), std::string::npos) << tiny.why;
    in.equity = 1e12; // more than the maximum: capped
    const PlanOrder huge = planOrder(spec, in);
    ASSERT_TRUE(huge.valid);
    EXPECT_EQ(huge.quantity, spec.maxOrderLots);
    EXPECT_LT(huge.riskPercent, 1.0);
}

TEST(PlanOrder, RandomPlansNeverRiskMoreThanTheShareAndKeepStopAndTargetsOnTheirSides)
{
    const exchange::InstrumentSpec spec = btc();
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> price(1'000, 90'000), atrPct(0.0005, 0.02), pct(0.1, 3);
    for (int i = 0; i < 500; ++i) {
        PlanOrderInputs in;
        in.direction = i % 2 ? Direction::Long : Direction::Short;
        in.entryPrice = price(rng);
        in.atr = in.entryPrice * atrPct(rng);
        in.swings = {in.entryPrice - 2 * in.atr * pct(rng), in.entryPrice + 2 * in.atr * pct(rng)};
        in.equity = 10'000;
        in.riskPercent = pct(rng);
        in.target = i % 3;
        const PlanOrder o = planOrder(spec, in);
        if (!o.valid)
            continue;
        const double sign = in.direction == Direction::Long ? 1 : -1;
        EXPECT_GT(sign * double(o.entry - o.stop), 0);
        for (Ticks t : o.targets)
            EXPECT_GT(sign * double(t - o.entry), 0);
        EXPECT_LE(o.risk, in.equity * in.riskPercent / 100 * (1 + 1e-9));
        EXPECT_GE(std::fabs(spec.price.toDouble(o.entry - o.stop)), o.plan.risk - 1e-9) << "the stop only moves away";
    }
}

TEST(PlanOrder, ARiskShareBeyondTheOrderNotionalLimitIsSizedDownToTheLimit)
{
    const exchange::InstrumentSpec spec = btc();
    PlanOrderInputs in;
    in.direction = Direction::Long;
    in.entryPrice = 50'000.0;
    in.atr = 100.3;
    in.swings = {49'900.0, 50'400.0};
    in.equity = 12'000;
    in.riskPercent = 0.5; // 0.398 BTC, about 19,900 USDT of notional
    in.maxNotional = 1'000;
    const PlanOrder capped = planOrder(spec, in);
    ASSERT_TRUE(capped.valid) << capped.why;
    EXPECT_TRUE(capped.cappedByNotional);
    EXPECT_EQ(spec.quantity.format(capped.riskLots), "0.398");
    EXPECT_EQ(spec.quantity.format(capped.quantity), "0.020") << "1,000 USDT at 50,000, down to the lot";
    EXPECT_LE(spec.quantity.toDouble(capped.quantity) * 50'000.0, 1'000.0);
    EXPECT_NEAR(capped.risk, 0.02 * 150.5, 1e-9);
    EXPECT_LT(capped.riskPercent, in.riskPercent);

    in.maxNotional = 0; // no limit: the risk share alone
    const PlanOrder free = planOrder(spec, in);
    ASSERT_TRUE(free.valid);
    EXPECT_FALSE(free.cappedByNotional);
    EXPECT_EQ(spec.quantity.format(free.quantity), "0.398");

    in.maxNotional = 30'000; // a limit above the plan changes nothing
    EXPECT_EQ(planOrder(spec, in).quantity, free.quantity);
    EXPECT_FALSE(planOrder(spec, in).cappedByNotional);

    in.maxNotional = 10; // below one lot: no order, and the reason names the limit
    const PlanOrder none = planOrder(spec, in);
    EXPECT_FALSE(none.valid);
    EXPECT_NE(none.why.find("notional limit"), std::string::npos) << none.why;
}
