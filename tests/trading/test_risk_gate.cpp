// Every rule of the risk gate refuses the order that breaks it, says which rule and the numbers,
// and lets through the order next to it that keeps within it.
#include "model/trading/RiskGate.h"

#include <gtest/gtest.h>

using namespace virtuoso::trading;

namespace {

// BTCUSDT-like: tick 0.1, qty step 0.001; mark 50,000.0.
RiskContext btc(Lots position = 0)
{
    RiskContext c;
    c.tickSize = 0.1;
    c.qtyStep = 0.001;
    c.markTicks = 500'000;
    c.position = position;
    return c;
}

OrderIntent order(Side side, Lots lots, Ticks price = 500'000, bool reduceOnly = false)
{
    OrderIntent o;
    o.orderLinkId = "t";
    o.symbol = "BTCUSDT";
    o.side = side;
    o.type = price > 0 ? OrderType::Limit : OrderType::Market;
    o.price = price;
    o.quantity = lots;
    o.reduceOnly = reduceOnly;
    return o;
}

void expectRefused(const RiskDecision &d, RiskRule rule, const std::string &mentions)
{
    EXPECT_EQ(d.rule, rule) << d.message;
    EXPECT_NE(d.message.find(mentions), std::string::npos) << d.message;
}

} // namespace

TEST(RiskGate, OrderNotional)
{
    RiskLimits l;
    l.maxOrderNotional = 10'000;
    RiskGate gate(l);
    EXPECT_TRUE(gate.check(order(Side::Buy, 200), btc(), 0).accepted()); // 0.2 BTC = 10,000.00
    expectRefused(gate.check(order(Side::Buy, 201), btc(), 0), RiskRule::OrderNotional, "10050.00");
    // A market order is valued at the mark.
    expectRefused(gate.check(order(Side::Sell, 201, 0), btc(), 0), RiskRule::OrderNotional, "10050.00");
}

TEST(RiskGate, PositionNotionalCountsOnlyWhatAddsExposure)
{
    RiskLimits l;
    l.maxPositionNotional = 25'000;
    RiskGate gate(l);
    expectRefused(gate.check(order(Side::Buy, 200), btc(400), 0), RiskRule::PositionNotional, "30000.00");
    EXPECT_TRUE(gate.check(order(Side::Buy, 100), btc(400), 0).accepted());
    // Already beyond the limit (the mark moved): selling part of it is always allowed.
    EXPECT_TRUE(gate.check(order(Side::Sell, 100), btc(800), 0).accepted());
}

TEST(RiskGate, TotalNotionalAddsTheOtherSymbols)
{
    RiskLimits l;
    l.maxTotalNotional = 40'000;
    RiskGate gate(l);
    RiskContext c = btc(200);
    c.otherSymbolsNotional = 25'000;
    expectRefused(gate.check(order(Side::Buy, 200), c, 0), RiskRule::TotalNotional, "45000.00");
    EXPECT_TRUE(gate.check(order(Side::Buy, 100), c, 0).accepted());
}

TEST(RiskGate, OpenOrders)
{
    RiskLimits l;
    l.maxOpenOrders = 3;
    RiskGate gate(l);
    RiskContext c = btc();
    c.openOrders = 2;
    EXPECT_TRUE(gate.check(order(Side::Buy, 1), c, 0).accepted());
    c.openOrders = 3;
    expectRefused(gate.check(order(Side::Buy, 1), c, 0), RiskRule::OpenOrders, "3 orders are open");
}

TEST(RiskGate, OrdersPerSecondInASlidingWindow)
{
    RiskLimits l;
    l.maxOrdersPerSecond = 2;
    RiskGate gate(l);
    EXPECT_TRUE(gate.check(order(Side::Buy, 1), btc(), 1000).accepted());
    EXPECT_TRUE(gate.check(order(Side::Buy, 1), btc(), 1500).accepted());
    expectRefused(gate.check(order(Side::Buy, 1), btc(), 1999), RiskRule::OrderRate, "2 orders in the last second");
    EXPECT_TRUE(gate.check(order(Side::Buy, 1), btc(), 2000).accepted()); // the first left the window
}

TEST(RiskGate, PriceBandAgainstTheMark)
{
    RiskLimits l;
    l.priceBandPercent = 5;
    RiskGate gate(l);
    EXPECT_TRUE(gate.check(order(Side::Buy, 1, 475'000), btc(), 0).accepted()); // 47,500: 5 % below
    expectRefused(gate.check(order(Side::Buy, 1, 50'000), btc(), 0), RiskRule::PriceBand, "5000.00"); // a lost zero
    // No mark, no check possible: refused rather than guessed.
    RiskContext noMark = btc();
    noMark.markTicks = 0;
    expectRefused(gate.check(order(Side::Buy, 1), noMark, 0), RiskRule::NoMarkPrice, "no mark price");
}

TEST(RiskGate, ReduceOnlyMustReduce)
{
    RiskGate gate;
    EXPECT_TRUE(gate.check(order(Side::Sell, 5, 0, true), btc(10), 0).accepted());
    expectRefused(gate.check(order(Side::Sell, 11, 0, true), btc(10), 0), RiskRule::ReduceOnly, "position of 10");
    expectRefused(gate.check(order(Side::Buy, 1, 0, true), btc(10), 0), RiskRule::ReduceOnly, "would not reduce");
    expectRefused(gate.check(order(Side::Sell, 1, 0, true), btc(0), 0), RiskRule::ReduceOnly, "position of 0");
}

TEST(RiskGate, DailyLossRefusesNewRiskAndTellsTheCallerToKill)
{
    RiskLimits l;
    l.dailyLossLimit = 1'000;
    RiskGate gate(l);
    RiskContext c = btc(10);
    c.dailyPnl = -999.99;
    EXPECT_FALSE(gate.lossLimitReached(c.dailyPnl));
    EXPECT_TRUE(gate.check(order(Side::Buy, 1), c, 0).accepted());
    c.dailyPnl = -1'000;
    EXPECT_TRUE(gate.lossLimitReached(c.dailyPnl));
    expectRefused(gate.check(order(Side::Buy, 1), c, 0), RiskRule::DailyLoss, "1000.00");
    EXPECT_TRUE(gate.check(order(Side::Sell, 10, 0, true), c, 0).accepted()); // closing is allowed
}

TEST(RiskGate, TheKillSwitchLetsOnlyReduceOnlyOrdersThroughAndNeverRateLimitsThem)
{
    RiskLimits l;
    l.maxOrdersPerSecond = 1;
    RiskGate gate(l);
    RiskContext c = btc(10);
    c.killSwitchEngaged = true;
    expectRefused(gate.check(order(Side::Buy, 1), c, 0), RiskRule::KillSwitch, "kill switch");
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(gate.check(order(Side::Sell, 2, 0, true), c, 0).accepted()) << i;
}

TEST(RiskGate, RuleNamesAreTheConfigKeys)
{
    EXPECT_STREQ(riskRuleName(RiskRule::OrderNotional), "max_order_notional");
    EXPECT_STREQ(riskRuleName(RiskRule::DailyLoss), "daily_loss_limit");
    EXPECT_STREQ(riskRuleName(RiskRule::PriceBand), "price_band_percent");
}
