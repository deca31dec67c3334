// Take-profit and stop-loss in the matching engine (Bybit's "Full" mode): an order's TP/SL become
// the position's when it fills; the watched price crossing either closes the position once with a
// reduce-only market order, never before the cross; a wrong-sided TP/SL is refused with 10001.
#include "BtcSpec.h"
#include "model/trading/MatchingEngine.h"

#include <gtest/gtest.h>

#include <set>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::BookLevel;

namespace {

// BTCUSDT with tick 0.1 and lot 0.001 (BtcSpec.h).
exchange::InstrumentSpec btc()
{
    return fixtures::btcSpec();
}

struct Recorder : MatchingListener
{
    std::vector<ExchangeOrder> orders;
    std::vector<ExchangeExecution> executions;
    std::vector<ExchangePosition> positions;

    void onOrder(const std::string &, const ExchangeOrder &o) override { orders.push_back(o); }
    void onExecution(const std::string &, const ExchangeExecution &x) override { executions.push_back(x); }
    void onPosition(const std::string &, const ExchangePosition &p) override { positions.push_back(p); }
    void onWallet(const std::string &, const ExchangeWallet &) override {}

    // The orders a trigger sent (each reported several times: New, then Filled or Cancelled).
    std::set<std::string> triggeredOrderIds() const
    {
        std::set<std::string> ids;
        for (const ExchangeOrder &o : orders)
            if (!o.stopOrderType.empty())
                ids.insert(o.orderId);
        return ids;
    }
};

class TpSl : public ::testing::Test
{
protected:
    TpSl()
        : engine({}, &rec)
    {
        engine.addInstrument(btc());
        engine.addAccount("a", 10000);
        engine.addAccount("b", 10000);
        // Bids 99.9 / 99.8 / 99.7, asks 100.0 / 100.1 / 100.2 — deep enough for every close here.
        book({{999, 3000}, {998, 5000}, {997, 10000}}, {{1000, 3000}, {1001, 5000}, {1002, 10000}});
    }

    void book(std::vector<BookLevel> bids, std::vector<BookLevel> asks) { engine.onBook("BTCUSDT", bids, asks, ++now); }
    void trade(Ticks price) { engine.onTrade("BTCUSDT", exchange::Side::Buy, price, 1, ++now); }
    void mark(Ticks price) { engine.onMark("BTCUSDT", price, ++now); }

    MatchResult order(Side side, OrderType type, Ticks price, Lots qty, Ticks tp, Ticks sl,
                      TriggerBy tpBy = TriggerBy::LastPrice, TriggerBy slBy = TriggerBy::LastPrice,
                      const std::string &account = "a", bool reduceOnly = false)
    {
        NewOrder o;
        o.symbol = "BTCUSDT";
        o.side = side;
        o.type = type;
        o.timeInForce = type == OrderType::Market ? TimeInForce::IOC : TimeInForce::GTC;
        o.price = price;
        o.quantity = qty;
        o.reduceOnly = reduceOnly;
        o.takeProfit = tp;
        o.stopLoss = sl;
        o.tpTriggerBy = tpBy;
        o.slTriggerBy = slBy;
        return engine.create(account, o, ++now);
    }
    ExchangePosition position(const std::string &account = "a") { return engine.positions(account, "BTCUSDT").at(0); }

    Recorder rec;
    MatchingEngine engine;
    qint64 now = 1000;
};

} // namespace

TEST_F(TpSl, AFilledOrderGivesThePositionItsTakeProfitAndStopLoss)
{
    // A resting limit with TP/SL: nothing for the position until it fills.
    const MatchResult resting = order(Side::Buy, OrderType::Limit, 990, 100, 1100, 950);
    ASSERT_TRUE(resting.ok()) << resting.retMsg;
    EXPECT_EQ(position().takeProfit, 0);
    const ExchangeOrder *o = engine.order("a", resting.orderId, {});
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->takeProfit, 1100) << "the order carries them";
    EXPECT_EQ(o->stopLoss, 950);

    engine.onTrade("BTCUSDT", exchange::Side::Sell, 980, 10000, ++now); // trades through 99.0
    ASSERT_EQ(position().size, 100);
    EXPECT_EQ(position().takeProfit, 1100);
    EXPECT_EQ(position().stopLoss, 950);
    EXPECT_EQ(rec.positions.back().takeProfit, 1100) << "the position report carries them";
    EXPECT_EQ(rec.positions.back().stopLoss, 950);
    EXPECT_TRUE(rec.triggeredOrderIds().empty()) << "99.0 is between the stop-loss and the take-profit";
}

TEST_F(TpSl, TakeProfitFiresOnTheCrossNotBeforeAndClosesOnceReduceOnly)
{
    ASSERT_TRUE(order(Side::Buy, OrderType::Market, 0, 200, 1010, 990).ok());
    ASSERT_EQ(position().size, 200);
    // Up to one tick short of the take-profit: nothing.
    for (Ticks p : {1001, 1005, 1009})
        trade(p);
    EXPECT_TRUE(rec.triggeredOrderIds().empty());
    EXPECT_EQ(position().size, 200);

    // At the take-profit: one reduce-only market sell of the whole position.
    trade(1010);
    const std::set<std::string> fired = rec.triggeredOrderIds();
    ASSERT_EQ(fired.size(), 1u);
    const ExchangeOrder *close = engine.order("a", *fired.begin(), {});
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(close->stopOrderType, "TakeProfit");
    EXPECT_TRUE(close->reduceOnly);
    EXPECT_EQ(close->type, OrderType::Market);
    EXPECT_EQ(close->side, Side::Sell);
    EXPECT_EQ(close->quantity, 200);
    EXPECT_EQ(close->status, OrderStatus::Filled);
    EXPECT_TRUE(close->orderLinkId.empty()) << "the venue's order, as Bybit's TP/SL orders";
    EXPECT_EQ(position().size, 0);
    EXPECT_EQ(position().takeProfit, 0) << "a flat position has none";
    EXPECT_EQ(position().stopLoss, 0);

    // Further crosses, either way, send nothing more: closed once.
    for (Ticks p : {1020, 980, 1010})
        trade(p);
    mark(1030);
    EXPECT_EQ(rec.triggeredOrderIds().size(), 1u);
    EXPECT_EQ(position().size, 0);
}

TEST_F(TpSl, StopLossOfAShortWatchesTheMarkWhenAskedTo)
{
    ASSERT_TRUE(
        order(Side::Sell, OrderType::Market, 0, 150, 950, 1020, TriggerBy::LastPrice, TriggerBy::MarkPrice).ok());
    ASSERT_EQ(position().size, -150);
    // Last trades through the stop-loss do not fire a mark-watched stop.
    trade(1025);
    trade(1030);
    EXPECT_TRUE(rec.triggeredOrderIds().empty());
    mark(1019);
    EXPECT_TRUE(rec.triggeredOrderIds().empty()) << "below the stop-loss of a short";
    mark(1021); // through it
    const std::set<std::string> fired = rec.triggeredOrderIds();
    ASSERT_EQ(fired.size(), 1u);
    const ExchangeOrder *close = engine.order("a", *fired.begin(), {});
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(close->stopOrderType, "StopLoss");
    EXPECT_EQ(close->side, Side::Buy);
    EXPECT_TRUE(close->reduceOnly);
    EXPECT_EQ(position().size, 0);
    EXPECT_LT(position().cumulativeRealisedPnl, 0) << "bought back above the entry";
}

TEST_F(TpSl, OnlyTheAccountsWhosePriceIsReachedAreClosed)
{
    ASSERT_TRUE(
        order(Side::Buy, OrderType::Market, 0, 100, 1050, 0, TriggerBy::LastPrice, TriggerBy::LastPrice, "a").ok());
    ASSERT_TRUE(
        order(Side::Buy, OrderType::Market, 0, 100, 1010, 0, TriggerBy::LastPrice, TriggerBy::LastPrice, "b").ok());
    trade(1020);
    EXPECT_EQ(position("a").size, 100);
    EXPECT_EQ(position("a").takeProfit, 1050);
    EXPECT_EQ(position("b").size, 0);
}

TEST_F(TpSl, WhatTheBookCannotFillStaysOpenWithoutTakeProfitOrStopLoss)
{
    ASSERT_TRUE(order(Side::Buy, OrderType::Market, 0, 500, 0, 990).ok());
    book({{985, 200}}, {{1000, 3000}}); // only 0.2 BTC bid
    trade(989);
    ASSERT_EQ(rec.triggeredOrderIds().size(), 1u);
    EXPECT_EQ(position().size, 300);
    EXPECT_EQ(position().stopLoss, 0) << "fired once; the operator decides about the rest";
    trade(980);
    EXPECT_EQ(rec.triggeredOrderIds().size(), 1u);
}

TEST_F(TpSl, AReducingOrFlippingFillHandlesTheStopsOfTheSideThatHoldsThem)
{
    ASSERT_TRUE(order(Side::Buy, OrderType::Market, 0, 1000, 1100, 900).ok());
    // A plain sell that only reduces keeps the long's TP/SL.
    ASSERT_TRUE(order(Side::Sell, OrderType::Market, 0, 400, 0, 0).ok());
    EXPECT_EQ(position().size, 600);
    EXPECT_EQ(position().takeProfit, 1100);
    // A sell past zero flips to short: the long's stops go, the sell's own come.
    ASSERT_TRUE(order(Side::Sell, OrderType::Market, 0, 1000, 900, 1050).ok());
    EXPECT_EQ(position().size, -400);
    EXPECT_EQ(position().takeProfit, 900);
    EXPECT_EQ(position().stopLoss, 1050);
}

TEST_F(TpSl, WrongSidedOrReduceOnlyTakeProfitAndStopLossAreRefused)
{
    // A buy's take-profit must lie above its price, its stop-loss below; a sell's the other way.
    EXPECT_EQ(order(Side::Buy, OrderType::Limit, 990, 100, 980, 0).retCode, retcode::ParamError);
    EXPECT_EQ(order(Side::Buy, OrderType::Limit, 990, 100, 0, 995).retCode, retcode::ParamError);
    EXPECT_EQ(order(Side::Sell, OrderType::Limit, 1010, 100, 1020, 0).retCode, retcode::ParamError);
    EXPECT_EQ(order(Side::Sell, OrderType::Limit, 1010, 100, 0, 1005).retCode, retcode::ParamError);
    // A market order is judged against the last trade.
    trade(1000);
    EXPECT_EQ(order(Side::Buy, OrderType::Market, 0, 100, 1000, 0).retCode, retcode::ParamError);
    // Reduce-only orders take none.
    ASSERT_TRUE(order(Side::Buy, OrderType::Market, 0, 100, 0, 0).ok());
    EXPECT_EQ(
        order(Side::Sell, OrderType::Market, 0, 100, 900, 0, TriggerBy::LastPrice, TriggerBy::LastPrice, "a", true)
            .retCode,
        retcode::ParamError);
    // The right sides pass.
    EXPECT_TRUE(order(Side::Buy, OrderType::Limit, 990, 100, 1000, 980).ok());
    EXPECT_TRUE(order(Side::Sell, OrderType::Limit, 1010, 100, 1000, 1020).ok());
}
