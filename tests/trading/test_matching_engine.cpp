// The matching engine: order types and times in force, queue position, books and trades reaching
// resting orders, reduce-only, fees, positions, wallets, every retCode, determinism and invariants.
#include "BtcSpec.h"
#include "model/trading/MatchingEngine.h"
#include "model/trading/PositionLedger.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <regex>
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

double usdt(Ticks price, Lots qty)
{
    return static_cast<double>(price) * static_cast<double>(qty) / 1e4;
}

struct Recorder : MatchingListener
{
    std::vector<std::string> kinds; // "order:New", "exec", "position", "wallet", in order
    std::vector<ExchangeOrder> orders;
    std::map<std::string, ExchangeOrder> lastByOrderId;
    std::vector<ExchangeExecution> executions;
    std::vector<ExchangePosition> positions;
    std::vector<ExchangeWallet> wallets;

    void onOrder(const std::string &, const ExchangeOrder &o) override
    {
        kinds.push_back(std::string("order:") + orderStatusName(o.status));
        orders.push_back(o);
        lastByOrderId[o.orderId] = o;
    }
    void onExecution(const std::string &, const ExchangeExecution &x) override
    {
        kinds.push_back("exec");
        executions.push_back(x);
    }
    void onPosition(const std::string &, const ExchangePosition &p) override
    {
        kinds.push_back("position");
        positions.push_back(p);
    }
    void onWallet(const std::string &, const ExchangeWallet &w) override
    {
        kinds.push_back("wallet");
        wallets.push_back(w);
    }
    void clear() { *this = Recorder(); }
};

class Matching : public ::testing::Test
{
protected:
    explicit Matching(MatchingSettings settings = {})
        : engine(settings, &rec)
    {
        engine.addInstrument(btc());
        engine.addAccount("a", 10000);
        // Bids 99.9 / 99.8 / 99.7, asks 100.0 / 100.1 / 100.2.
        book({{999, 300}, {998, 500}, {997, 1000}}, {{1000, 500}, {1001, 500}, {1002, 1000}});
    }

    void book(std::vector<BookLevel> bids, std::vector<BookLevel> asks) { engine.onBook("BTCUSDT", bids, asks, ++now); }

    MatchResult place(Side side, OrderType type, TimeInForce tif, Ticks price, Lots qty, bool reduceOnly = false,
                      const std::string &link = {})
    {
        NewOrder o;
        o.orderLinkId = link;
        o.symbol = "BTCUSDT";
        o.side = side;
        o.type = type;
        o.timeInForce = tif;
        o.price = price;
        o.quantity = qty;
        o.reduceOnly = reduceOnly;
        return engine.create("a", o, ++now);
    }
    MatchResult limit(Side side, Ticks price, Lots qty, TimeInForce tif = TimeInForce::GTC)
    {
        return place(side, OrderType::Limit, tif, price, qty);
    }
    MatchResult market(Side side, Lots qty, bool reduceOnly = false)
    {
        return place(side, OrderType::Market, TimeInForce::IOC, 0, qty, reduceOnly);
    }
    const ExchangeOrder &get(const MatchResult &r) { return *engine.order("a", r.orderId, {}); }
    Lots positionSize() { return engine.positions("a", "BTCUSDT").at(0).size; }

    Recorder rec;
    MatchingEngine engine;
    qint64 now = 1000;
};

class SmallLimits : public Matching
{
protected:
    static MatchingSettings settings()
    {
        MatchingSettings s;
        s.maxOpenOrders = 2;
        return s;
    }
    SmallLimits()
        : Matching(settings())
    {}
};

} // namespace

TEST_F(Matching, MarketOrderWalksTheDisplayedBookAndPaysTheTakerFee)
{
    rec.clear();
    const MatchResult r = market(Side::Buy, 1200);
    ASSERT_TRUE(r.ok()) << r.retMsg;
    const ExchangeOrder &o = get(r);
    EXPECT_EQ(o.status, OrderStatus::Filled);
    EXPECT_EQ(o.filled, 1200);
    EXPECT_EQ(o.timeInForce, TimeInForce::IOC);
    ASSERT_EQ(rec.executions.size(), 3u);
    EXPECT_EQ(rec.executions[0].price, 1000);
    EXPECT_EQ(rec.executions[0].quantity, 500);
    EXPECT_EQ(rec.executions[1].price, 1001);
    EXPECT_EQ(rec.executions[2].price, 1002);
    EXPECT_EQ(rec.executions[2].quantity, 200);
    EXPECT_EQ(rec.executions[2].leavesQuantity, 0);
    EXPECT_FALSE(rec.executions[0].maker);
    EXPECT_DOUBLE_EQ(rec.executions[0].fee, 0.00055 * 50.0); // 100.0 × 0.5
    EXPECT_DOUBLE_EQ(rec.executions[0].feeRate, 0.00055);
    EXPECT_EQ(o.filledValue, Notional(500 * 1000 + 500 * 1001 + 200 * 1002));
    EXPECT_NEAR(o.fees, 0.00055 * usdt(1, 500 * 1000 + 500 * 1001 + 200 * 1002), 1e-12);
    // New, three fills, Filled, the position, the wallet: each once, in this order.
    const std::vector<std::string> expected{"order:New", "exec", "exec", "exec", "order:Filled", "position", "wallet"};
    EXPECT_EQ(rec.kinds, expected);
    EXPECT_EQ(positionSize(), 1200);
}

TEST_F(Matching, MarketOrderRemainderIsCancelledAndTakenLiquidityIsGone)
{
    const MatchResult r = market(Side::Buy, 2500);
    EXPECT_EQ(get(r).status, OrderStatus::Cancelled);
    EXPECT_EQ(get(r).filled, 2000);
    EXPECT_EQ(get(r).rejectReason, "EC_NoImmediateQtyToFill");
    // The asks are used up until the next book replaces them.
    const MatchResult again = market(Side::Buy, 100);
    EXPECT_EQ(get(again).filled, 0);
    EXPECT_EQ(get(again).status, OrderStatus::Cancelled);
    book({{999, 300}}, {{1003, 100}});
    EXPECT_EQ(get(market(Side::Buy, 100)).filled, 100);
}

TEST_F(Matching, LimitIocFillsUpToItsPriceAndCancelsTheRest)
{
    const MatchResult r = limit(Side::Buy, 1000, 800, TimeInForce::IOC);
    EXPECT_EQ(get(r).filled, 500);
    EXPECT_EQ(get(r).status, OrderStatus::Cancelled);
    EXPECT_TRUE(engine.openOrders("a", "").empty());
}

TEST_F(Matching, FokFillsCompletelyOrNotAtAll)
{
    rec.clear();
    const MatchResult no = limit(Side::Buy, 1001, 1001, TimeInForce::FOK);
    ASSERT_TRUE(no.ok());
    EXPECT_EQ(get(no).status, OrderStatus::Cancelled);
    EXPECT_EQ(get(no).filled, 0);
    EXPECT_TRUE(rec.executions.empty());
    const MatchResult yes = limit(Side::Buy, 1001, 1000, TimeInForce::FOK);
    EXPECT_EQ(get(yes).status, OrderStatus::Filled);
    EXPECT_EQ(get(yes).filled, 1000);
    const MatchResult marketFok = place(Side::Sell, OrderType::Market, TimeInForce::FOK, 0, 1801);
    EXPECT_EQ(get(marketFok).filled, 0);
}

TEST_F(Matching, PostOnlyThatWouldTakeIsRejected)
{
    rec.clear();
    const MatchResult r = limit(Side::Buy, 1000, 100, TimeInForce::PostOnly);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(get(r).status, OrderStatus::Rejected);
    EXPECT_EQ(get(r).rejectReason, "EC_PostOnlyWillTakeLiquidity");
    EXPECT_TRUE(rec.executions.empty());
    EXPECT_EQ(rec.kinds, std::vector<std::string>{"order:Rejected"});
    const MatchResult rests = limit(Side::Buy, 999, 100, TimeInForce::PostOnly);
    EXPECT_EQ(get(rests).status, OrderStatus::New);
    EXPECT_EQ(get(rests).queueAhead, 300);
}

TEST_F(Matching, CrossingLimitTakesThenRestsBehindTheDisplayedSize)
{
    const MatchResult r = limit(Side::Buy, 1001, 1500);
    const ExchangeOrder &o = get(r);
    EXPECT_EQ(o.filled, 1000);
    EXPECT_EQ(o.status, OrderStatus::PartiallyFilled);
    EXPECT_EQ(o.queueAhead, 0); // no bid was displayed at 100.1
    ASSERT_EQ(engine.openOrders("a", "BTCUSDT").size(), 1u);
}

TEST_F(Matching, TradesAtThePriceUseUpTheQueueFirstThenFillAsMaker)
{
    const MatchResult r = limit(Side::Buy, 999, 400);
    EXPECT_EQ(get(r).queueAhead, 300);
    rec.clear();
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 999, 200, ++now);
    EXPECT_EQ(get(r).queueAhead, 100);
    EXPECT_EQ(get(r).filled, 0);
    EXPECT_TRUE(rec.kinds.empty());
    engine.onTrade("BTCUSDT", exchange::Side::Buy, 999, 500, ++now); // a buy taker never reaches a bid
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 998, 0, ++now);
    EXPECT_EQ(get(r).filled, 0);
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 999, 150, ++now);
    EXPECT_EQ(get(r).queueAhead, 0);
    EXPECT_EQ(get(r).filled, 50);
    EXPECT_EQ(get(r).status, OrderStatus::PartiallyFilled);
    ASSERT_EQ(rec.executions.size(), 1u);
    EXPECT_TRUE(rec.executions[0].maker);
    EXPECT_DOUBLE_EQ(rec.executions[0].fee, 0.0002 * usdt(999, 50));
    // A trade through the price fills the rest, whatever its size.
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 998, 1, ++now);
    EXPECT_EQ(get(r).status, OrderStatus::Filled);
    EXPECT_EQ(get(r).filled, 400);
    EXPECT_EQ(rec.executions.back().quantity, 350);
    EXPECT_EQ(rec.executions.back().price, 999);
}

TEST_F(Matching, QueueNeverExceedsWhatTheBookShowsAtThePrice)
{
    const MatchResult r = limit(Side::Buy, 999, 100);
    book({{999, 50}}, {{1000, 500}}); // most of the queue ahead left
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 999, 80, ++now);
    EXPECT_EQ(get(r).filled, 30);
}

TEST_F(Matching, TwoRestingOrdersAtOnePriceShareATrade)
{
    const MatchResult first = limit(Side::Sell, 1000, 100);  // behind 500
    const MatchResult second = limit(Side::Sell, 1000, 100); // behind 500 too (the book does not show ours)
    engine.onTrade("BTCUSDT", exchange::Side::Buy, 1000, 650, ++now);
    EXPECT_EQ(get(first).filled, 100);
    EXPECT_EQ(get(second).filled, 50);
}

TEST_F(Matching, ABookThatMovesThroughARestingOrderFillsItAtItsPrice)
{
    const MatchResult sell = limit(Side::Sell, 1005, 300);
    const MatchResult buy = limit(Side::Buy, 995, 300);
    rec.clear();
    book({{1007, 100}, {1006, 100}}, {{1008, 100}});
    EXPECT_EQ(get(sell).status, OrderStatus::Filled);
    EXPECT_EQ(get(buy).status, OrderStatus::New);
    ASSERT_EQ(rec.executions.size(), 1u);
    EXPECT_EQ(rec.executions[0].price, 1005);
    EXPECT_TRUE(rec.executions[0].maker);
    book({{990, 100}}, {{995, 100}});
    EXPECT_EQ(get(buy).status, OrderStatus::Filled);
    EXPECT_EQ(positionSize(), 0);
}

TEST_F(Matching, ReduceOnlyIsRefusedTrimmedAndCancelledWithThePosition)
{
    EXPECT_EQ(market(Side::Sell, 100, true).retCode, retcode::ReduceOnlyNotSatisfied);
    market(Side::Buy, 1000); // long 1000
    EXPECT_EQ(market(Side::Buy, 100, true).retCode, retcode::ReduceOnlyNotSatisfied);
    const MatchResult resting = place(Side::Sell, OrderType::Limit, TimeInForce::GTC, 1010, 800, true);
    EXPECT_EQ(get(resting).quantity, 800);
    EXPECT_EQ(engine.wallet("a").orderMargin, 0.0); // reduce-only holds no margin
    const MatchResult trimmed = place(Side::Sell, OrderType::Limit, TimeInForce::GTC, 1011, 5000, true);
    EXPECT_EQ(get(trimmed).quantity, 1000);
    book({{999, 2000}}, {{1000, 2000}});
    market(Side::Sell, 500); // long 500: both trimmed to it
    EXPECT_EQ(get(resting).quantity, 500);
    EXPECT_EQ(get(trimmed).quantity, 500);
    EXPECT_EQ(rec.lastByOrderId.at(resting.orderId).quantity, 500); // reported
    market(Side::Sell, 500);                                        // flat: both cancelled
    EXPECT_EQ(get(resting).status, OrderStatus::Cancelled);
    EXPECT_EQ(get(resting).cancelType, "CancelByReduceOnly");
    EXPECT_EQ(get(trimmed).status, OrderStatus::Cancelled);
    EXPECT_TRUE(engine.openOrders("a", "").empty());
    // A reduce-only market order is trimmed too.
    market(Side::Buy, 300);
    const MatchResult closing = market(Side::Sell, 1000, true);
    EXPECT_EQ(get(closing).quantity, 300);
    EXPECT_EQ(get(closing).status, OrderStatus::Filled);
    EXPECT_EQ(positionSize(), 0);
}

TEST_F(Matching, EveryRefusalHasItsRetCode)
{
    EXPECT_EQ(limit(Side::Buy, 999, 0).retCode, retcode::ParamError);
    EXPECT_EQ(limit(Side::Buy, 0, 100).retCode, retcode::ParamError);
    EXPECT_EQ(limit(Side::Buy, -5, 100).retCode, retcode::ParamError);
    EXPECT_EQ(limit(Side::Buy, 999, 2000000).retCode, retcode::ParamError); // above maxOrderLots
    EXPECT_EQ(place(Side::Buy, OrderType::Market, TimeInForce::PostOnly, 0, 100).retCode, retcode::ParamError);
    EXPECT_EQ(place(Side::Buy, OrderType::Limit, TimeInForce::GTC, 999, 100, false, "bad id!").retCode,
              retcode::ParamError);
    NewOrder unknown;
    unknown.symbol = "ETHUSDT";
    unknown.price = 10;
    unknown.quantity = 10;
    EXPECT_EQ(engine.create("a", unknown, ++now).retCode, retcode::ParamError);
    unknown.symbol = "BTCUSDT";
    EXPECT_EQ(engine.create("nobody", unknown, ++now).retCode, retcode::ParamError);
    // 110094: 99.9 × 0.04 = 4.0 USDT is below 5; 99.9 × 0.06 is not.
    EXPECT_EQ(limit(Side::Buy, 999, 40).retCode, retcode::NotionalTooSmall);
    EXPECT_TRUE(limit(Side::Buy, 999, 60).ok());
    // 110003 only once a mark is known: 10 % from 100.0.
    EXPECT_TRUE(limit(Side::Buy, 800, 100).ok());
    engine.onMark("BTCUSDT", 1000, ++now);
    EXPECT_EQ(limit(Side::Buy, 899, 100).retCode, retcode::PriceOutOfRange);
    EXPECT_TRUE(limit(Side::Buy, 900, 100).ok());
    EXPECT_EQ(limit(Side::Sell, 1101, 100).retCode, retcode::PriceOutOfRange);
    // 110007: 10000 USDT at 10x holds about 100000 USDT: 999 BTC at 105.0 (104895 USDT) is beyond it, 900 BTC
    // (9450 USDT of margin and 52 of fee) is not.
    EXPECT_EQ(limit(Side::Sell, 1050, 999000).retCode, retcode::InsufficientBalance);
    const MatchResult big = limit(Side::Sell, 1050, 900000);
    EXPECT_TRUE(big.ok()) << big.retMsg;
    EXPECT_EQ(limit(Side::Sell, 1050, 100000).retCode, retcode::InsufficientBalance); // the first holds the margin
    engine.cancel("a", "", big.orderId, {}, ++now);
    // 110072, 110001, 110008.
    const MatchResult linked = place(Side::Buy, OrderType::Limit, TimeInForce::GTC, 990, 100, false, "L1");
    ASSERT_TRUE(linked.ok());
    EXPECT_EQ(linked.orderLinkId, "L1");
    EXPECT_EQ(place(Side::Buy, OrderType::Limit, TimeInForce::GTC, 990, 100, false, "L1").retCode,
              retcode::DuplicateOrderLinkId);
    EXPECT_EQ(engine.cancel("a", "BTCUSDT", "no-such-id", {}, ++now).retCode, retcode::OrderNotFound);
    EXPECT_EQ(engine.cancel("a", "BTCUSDT", {}, "L2", ++now).retCode, retcode::OrderNotFound);
    EXPECT_EQ(engine.cancel("a", "ETHUSDT", {}, "L1", ++now).retCode, retcode::OrderNotFound);
    EXPECT_TRUE(engine.cancel("a", "BTCUSDT", {}, "L1", ++now).ok());
    EXPECT_EQ(engine.cancel("a", "BTCUSDT", {}, "L1", ++now).retCode, retcode::OrderFinished);
    EXPECT_EQ(engine.amend("a", "BTCUSDT", {}, "L1", 991, {}, ++now).retCode, retcode::OrderFinished);
    EXPECT_EQ(engine.amend("a", "BTCUSDT", "nope", {}, 991, {}, ++now).retCode, retcode::OrderNotFound);
    // A cancelled order's link id stays used.
    EXPECT_EQ(place(Side::Buy, OrderType::Limit, TimeInForce::GTC, 990, 100, false, "L1").retCode,
              retcode::DuplicateOrderLinkId);
}

TEST_F(SmallLimits, MoreOpenOrdersThanAllowedAreRefused)
{
    EXPECT_TRUE(limit(Side::Buy, 990, 100).ok());
    EXPECT_TRUE(limit(Side::Buy, 991, 100).ok());
    EXPECT_EQ(limit(Side::Buy, 992, 100).retCode, retcode::TooManyOrders);
    engine.cancelAll("a", "BTCUSDT", ++now);
    EXPECT_TRUE(limit(Side::Buy, 992, 100).ok());
}

TEST_F(Matching, AmendMovesTheOrderAndKeepsOrLosesItsPlace)
{
    const MatchResult r = limit(Side::Buy, 999, 400);
    engine.onTrade("BTCUSDT", exchange::Side::Sell, 999, 100, ++now);
    EXPECT_EQ(get(r).queueAhead, 200);
    // Smaller: keeps its place.
    ASSERT_TRUE(engine.amend("a", "BTCUSDT", r.orderId, {}, {}, Lots(300), ++now).ok());
    EXPECT_EQ(get(r).quantity, 300);
    EXPECT_EQ(get(r).queueAhead, 200);
    // Larger: to the back of the displayed size.
    ASSERT_TRUE(engine.amend("a", "BTCUSDT", r.orderId, {}, {}, Lots(350), ++now).ok());
    EXPECT_EQ(get(r).queueAhead, 300);
    // A new price behind the displayed 99.8.
    ASSERT_TRUE(engine.amend("a", "", r.orderId, {}, Ticks(998), {}, ++now).ok());
    EXPECT_EQ(get(r).price, 998);
    EXPECT_EQ(get(r).queueAhead, 500);
    EXPECT_EQ(engine.amend("a", "", r.orderId, {}, {}, {}, ++now).retCode, retcode::ParamError);
    EXPECT_EQ(engine.amend("a", "", r.orderId, {}, {}, Lots(0), ++now).retCode, retcode::ParamError);
    // A price that crosses takes what the book has.
    ASSERT_TRUE(engine.amend("a", "", r.orderId, {}, Ticks(1000), {}, ++now).ok());
    EXPECT_EQ(get(r).status, OrderStatus::Filled);
    EXPECT_EQ(get(r).filled, 350);
    // A post-only amend that would take is refused and changes nothing.
    const MatchResult p = limit(Side::Sell, 1001, 100, TimeInForce::PostOnly);
    EXPECT_EQ(engine.amend("a", "", p.orderId, {}, Ticks(999), {}, ++now).retCode, retcode::ParamError);
    EXPECT_EQ(get(p).price, 1001);
    // 100.1 × 0.04 = 4.0 USDT: below the minimum.
    EXPECT_EQ(engine.amend("a", "", p.orderId, {}, {}, Lots(40), ++now).retCode, retcode::NotionalTooSmall);
    EXPECT_EQ(get(p).quantity, 100);
}

TEST_F(Matching, PositionsRealiseAndFlip)
{
    book({{1000, 5000}}, {{1000, 5000}});
    market(Side::Buy, 1000); // long 1 BTC at 100.0
    book({{1100, 5000}}, {{1100, 5000}});
    rec.clear();
    market(Side::Sell, 1500); // closes at 110.0: +10 USDT, then short 0.5 at 110.0
    const ExchangePosition p = engine.positions("a", "BTCUSDT").at(0);
    EXPECT_EQ(p.size, -500);
    EXPECT_EQ(p.entryValue, Notional(1100 * 500));
    const double fees = 0.00055 * (usdt(1000, 1000) + usdt(1100, 1500));
    EXPECT_NEAR(p.cumulativeRealisedPnl, 10.0 - fees, 1e-9);
    EXPECT_NEAR(p.initialMargin, usdt(1100, 500) / 10, 1e-9);
    EXPECT_NEAR(p.liquidationPrice, 110.0 * (1 + 0.1 - 0.005), 1e-9);
    ASSERT_FALSE(rec.positions.empty());
    EXPECT_EQ(rec.positions.back().size, -500);
    engine.onMark("BTCUSDT", 1050, ++now);
    EXPECT_NEAR(engine.positions("a", "BTCUSDT").at(0).unrealisedPnl, 2.5, 1e-9); // (110 - 105) × 0.5
    // Leverage: refused outside 1..100; changes the margin.
    EXPECT_EQ(engine.setLeverage("a", "BTCUSDT", 0.5, ++now).retCode, retcode::ParamError);
    EXPECT_EQ(engine.setLeverage("a", "BTCUSDT", 101, ++now).retCode, retcode::ParamError);
    EXPECT_EQ(engine.setLeverage("a", "XRPUSDT", 5, ++now).retCode, retcode::ParamError);
    ASSERT_TRUE(engine.setLeverage("a", "BTCUSDT", 5, ++now).ok());
    EXPECT_NEAR(engine.positions("a", "BTCUSDT").at(0).initialMargin, usdt(1100, 500) / 5, 1e-9);
}

TEST_F(Matching, WalletArithmetic)
{
    book({{1000, 5000}}, {{1000, 5000}});
    market(Side::Buy, 2000); // 200 USDT of BTC
    book({{1050, 5000}}, {{1060, 5000}});
    limit(Side::Buy, 1040, 1000); // resting: 104 USDT / 10 of order margin
    market(Side::Sell, 1000);     // closes half at 105.0: +5 USDT
    engine.onMark("BTCUSDT", 1070, ++now);
    const ExchangeWallet w = engine.wallet("a");
    const double fees = 0.00055 * (usdt(1000, 2000) + usdt(1050, 1000));
    EXPECT_NEAR(w.walletBalance, 10000 + 5.0 - fees, 1e-9);
    EXPECT_NEAR(w.unrealisedPnl, 7.0, 1e-9); // (107 - 100) × 1
    EXPECT_NEAR(w.equity, w.walletBalance + 7.0, 1e-9);
    EXPECT_NEAR(w.positionMargin, 10.0, 1e-9);
    EXPECT_NEAR(w.orderMargin, 10.4, 1e-9);
    EXPECT_NEAR(w.available, w.equity - 10.0 - 10.4, 1e-9);
    EXPECT_EQ(engine.wallet("nobody").walletBalance, 0.0);
    EXPECT_FALSE(engine.addAccount("a", 5));
    EXPECT_TRUE(engine.hasAccount("a"));
}

TEST_F(Matching, QueriesAnswerFromTheBooks)
{
    const MatchResult a = limit(Side::Buy, 990, 100);
    const MatchResult b = limit(Side::Buy, 991, 100);
    market(Side::Buy, 600);
    engine.cancel("a", "", a.orderId, {}, ++now);
    const std::vector<ExchangeOrder> history = engine.orderHistory("a", "BTCUSDT", 10);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].orderId, a.orderId); // newest first
    EXPECT_EQ(engine.orderHistory("a", "", 1).size(), 1u);
    ASSERT_EQ(engine.openOrders("a", "").size(), 1u);
    EXPECT_EQ(engine.openOrders("a", "").at(0).orderId, b.orderId);
    const std::vector<ExchangeExecution> xs = engine.executions("a", "BTCUSDT", 0, 10);
    ASSERT_EQ(xs.size(), 2u);
    EXPECT_EQ(xs[0].price, 1001); // newest first
    EXPECT_TRUE(engine.executions("a", "", now + 1, 10).empty());
    EXPECT_EQ(engine.executions("a", "", 0, 1).size(), 1u);
    EXPECT_EQ(engine.positions("a", "").size(), 1u);
    EXPECT_EQ(engine.instrument("BTCUSDT")->minOrderLots, 1);
    EXPECT_EQ(engine.instrument("ETHUSDT"), nullptr);
    EXPECT_EQ(engine.order("a", {}, {}), nullptr);
}

namespace {

// A random session; returns every id and fill it saw, for comparison and the invariants.
struct Session
{
    std::vector<std::string> ids;
    Recorder rec;
};

// The last report of an order is its state now: no change went unreported.
void expectReported(const Recorder &rec, const ExchangeOrder &o)
{
    const auto it = rec.lastByOrderId.find(o.orderId);
    ASSERT_NE(it, rec.lastByOrderId.end()) << o.orderId;
    EXPECT_EQ(it->second.status, o.status);
    EXPECT_EQ(it->second.filled, o.filled);
    EXPECT_EQ(it->second.quantity, o.quantity);
    EXPECT_EQ(it->second.price, o.price);
}

void randomSession(unsigned seed, Session &out, std::size_t steps)
{
    MatchingEngine engine({}, &out.rec);
    engine.addInstrument(btc());
    engine.addAccount("a", 1e6);
    engine.addAccount("b", 1e6);
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    qint64 now = 0;
    Ticks mid = 10000;
    std::vector<std::pair<std::string, std::string>> placed;
    for (std::size_t i = 0; i < steps; ++i) {
        ++now;
        const int what = pick(0, 9);
        if (what <= 2) {
            mid += pick(-3, 3);
            std::vector<BookLevel> bids, asks;
            for (int l = 0; l < 5; ++l) {
                bids.push_back({mid - 1 - l, Lots(pick(1, 400))});
                asks.push_back({mid + 1 + l, Lots(pick(1, 400))});
            }
            engine.onBook("BTCUSDT", bids, asks, now);
        } else if (what == 3) {
            engine.onTrade("BTCUSDT", pick(0, 1) ? exchange::Side::Buy : exchange::Side::Sell, mid + pick(-4, 4),
                           pick(1, 300), now);
        } else if (what == 4) {
            engine.onMark("BTCUSDT", mid, now);
        } else if (what <= 7) {
            NewOrder o;
            o.symbol = "BTCUSDT";
            o.side = pick(0, 1) ? Side::Buy : Side::Sell;
            o.type = pick(0, 4) == 0 ? OrderType::Market : OrderType::Limit;
            o.timeInForce = static_cast<TimeInForce>(pick(0, 3));
            o.price = o.type == OrderType::Market ? 0 : mid + pick(-6, 6);
            o.quantity = pick(1, 600);
            o.reduceOnly = pick(0, 5) == 0;
            const std::string account = pick(0, 1) ? "a" : "b";
            const MatchResult r = engine.create(account, o, now);
            if (r.ok()) {
                placed.emplace_back(account, r.orderId);
                out.ids.push_back(r.orderId);
            }
        } else if (!placed.empty()) {
            const auto &[account, id] = placed[static_cast<std::size_t>(pick(0, int(placed.size()) - 1))];
            if (what == 8)
                engine.cancel(account, "BTCUSDT", id, {}, now);
            else
                engine.amend(account, "BTCUSDT", id, {}, Ticks(mid + pick(-6, 6)), Lots(pick(1, 600)), now);
        }
        for (const std::string account : {"a", "b"})
            for (const ExchangeOrder &o : engine.openOrders(account, ""))
                expectReported(out.rec, o);
    }
    // The invariants, per account.
    for (const std::string account : {"a", "b"}) {
        std::map<std::string, Lots> byOrder;
        std::set<std::string> execIds;
        Lots signedSum = 0;
        double fees = 0;
        PositionLedger replay; // the order manager's own position keeping, as a second opinion
        const std::vector<ExchangeExecution> newestFirst = engine.executions(account, "", 0, 1000000);
        for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
            const ExchangeExecution &x = *it;
            EXPECT_TRUE(execIds.insert(x.execId).second) << "fill counted twice";
            byOrder[x.orderId] += x.quantity;
            signedSum += x.side == Side::Buy ? x.quantity : -x.quantity;
            fees += x.fee;
            EXPECT_GT(x.quantity, 0);
            EXPECT_DOUBLE_EQ(x.fee, x.feeRate * usdt(x.price, x.quantity));
            Execution e;
            e.execId = x.execId;
            e.symbol = x.symbol;
            e.side = x.side;
            e.price = x.price;
            e.quantity = x.quantity;
            EXPECT_TRUE(replay.apply(e));
        }
        for (const auto &[id, qty] : byOrder) {
            const ExchangeOrder *o = engine.order(account, id, {});
            ASSERT_NE(o, nullptr);
            EXPECT_EQ(o->filled, qty) << "executions of " << id;
            EXPECT_LE(o->filled, o->quantity);
        }
        for (const ExchangeOrder &o : engine.openOrders(account, "")) {
            EXPECT_LT(o.filled, o.quantity);
            EXPECT_FALSE(isFinal(o.status));
        }
        const std::vector<ExchangePosition> ps = engine.positions(account, "BTCUSDT");
        ASSERT_EQ(ps.size(), 1u);
        EXPECT_EQ(ps[0].size, signedSum);
        const ExchangeWallet w = engine.wallet(account);
        // Balance conservation: walletBalance == deposit + realised − fees, realised as the ledger finds it.
        const double realised = static_cast<double>(replay.totalRealised()) / 1e4;
        EXPECT_NEAR(w.walletBalance, 1e6 + realised - fees, 1e-6);
        EXPECT_NEAR(ps[0].cumulativeRealisedPnl, realised - fees, 1e-6);
        if (signedSum != 0) {
            EXPECT_EQ(ps[0].entryValue, replay.find("BTCUSDT")->entryNotional);
        }
        EXPECT_NEAR(w.equity, w.walletBalance + w.unrealisedPnl, 1e-6);
        EXPECT_NEAR(w.available, w.equity - w.positionMargin - w.orderMargin, 1e-6);
        std::vector<ExchangeOrder> all = engine.orderHistory(account, "", 1000000);
        for (const ExchangeOrder &o : engine.openOrders(account, ""))
            all.push_back(o);
        for (const ExchangeOrder &o : all) {
            expectReported(out.rec, o);
        }
    }
}

} // namespace

TEST(MatchingEngine, RandomSessionsKeepTheInvariants)
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        Session s;
        randomSession(seed, s, 3000);
        EXPECT_FALSE(s.rec.executions.empty());
        // Every fill reported once.
        std::set<std::string> ids;
        for (const ExchangeExecution &x : s.rec.executions)
            EXPECT_TRUE(ids.insert(x.execId).second);
    }
}

TEST(MatchingEngine, SameCallsGiveTheSameIds)
{
    Session first, second;
    randomSession(7, first, 2000);
    randomSession(7, second, 2000);
    ASSERT_FALSE(first.ids.empty());
    EXPECT_EQ(first.ids, second.ids);
    ASSERT_EQ(first.rec.executions.size(), second.rec.executions.size());
    for (std::size_t i = 0; i < first.rec.executions.size(); ++i)
        EXPECT_EQ(first.rec.executions[i].execId, second.rec.executions[i].execId);
    EXPECT_EQ(first.rec.kinds, second.rec.kinds);
    const std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    EXPECT_TRUE(std::regex_match(first.ids[0], uuid)) << first.ids[0];
    EXPECT_TRUE(std::regex_match(first.rec.executions[0].execId, uuid));
    EXPECT_NE(first.ids[0], first.ids[1]);
}
