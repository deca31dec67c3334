// The paper broker: the matching engine behind the Venue interface, its reports and its queries.
#include "BtcSpec.h"
#include "model/trading/OrderLedger.h"
#include "model/trading/PositionLedger.h"
#include "trading/PaperVenue.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::BookLevel;

namespace {

// BTCUSDT with tick 0.1 and lot 0.001 (BtcSpec.h).
exchange::InstrumentSpec btc()
{
    return fixtures::btcSpec();
}

struct Reports : VenueListener
{
    std::vector<OrderUpdate> orders;
    std::vector<Execution> executions;
    std::vector<PositionReport> positions;
    std::vector<WalletReport> wallets;
    std::vector<std::pair<bool, std::string>> streams;

    void onVenueOrder(const OrderUpdate &u) override { orders.push_back(u); }
    void onVenueExecution(const Execution &e) override { executions.push_back(e); }
    void onVenuePosition(const PositionReport &p) override { positions.push_back(p); }
    void onVenueWallet(const WalletReport &w) override { wallets.push_back(w); }
    void onVenueStream(bool up, const std::string &reason) override { streams.emplace_back(up, reason); }
};

class Paper : public ::testing::Test
{
protected:
    Paper()
    {
        venue.setListener(&reports);
        venue.setClock([this] { return now; });
        venue.addInstrument(btc());
        venue.onBook("BTCUSDT", {{999, 300}, {998, 500}}, {{1000, 500}, {1001, 500}}, now);
    }

    VenueReply send(const OrderIntent &intent)
    {
        VenueReply out;
        int calls = 0;
        venue.create(intent, [&](const VenueReply &r) {
            out = r;
            ++calls;
        });
        EXPECT_EQ(calls, 1);
        return out;
    }
    static OrderIntent intent(const std::string &link, Side side, OrderType type, Ticks price, Lots qty)
    {
        OrderIntent i;
        i.orderLinkId = link;
        i.symbol = "BTCUSDT";
        i.side = side;
        i.type = type;
        i.timeInForce = type == OrderType::Market ? TimeInForce::IOC : TimeInForce::GTC;
        i.price = price;
        i.quantity = qty;
        return i;
    }

    qint64 now = 1'700'000'000'000;
    Reports reports;
    PaperVenue venue;
};

} // namespace

TEST_F(Paper, StartsAsThePaperAccountWithItsBalance)
{
    EXPECT_EQ(venue.kind(), VenueKind::Paper);
    venue.start();
    ASSERT_EQ(reports.streams.size(), 1u);
    EXPECT_TRUE(reports.streams[0].first);
    EXPECT_EQ(reports.streams[0].second, "paper");
    WalletReport w;
    venue.wallet([&](const VenueReply &r, const WalletReport &report) {
        EXPECT_TRUE(r.ok);
        w = report;
    });
    EXPECT_DOUBLE_EQ(w.walletBalance, 10000);
    EXPECT_DOUBLE_EQ(w.available, 10000);
    EXPECT_EQ(w.coin, "USDT");
    PaperVenue rich(50000);
    rich.wallet([](const VenueReply &, const WalletReport &report) { EXPECT_DOUBLE_EQ(report.equity, 50000); });
    venue.stop();
    EXPECT_FALSE(reports.streams.back().first);
}

TEST_F(Paper, AMarketOrderIsReportedAsOrdersExecutionsPositionAndWallet)
{
    venue.start();
    const VenueReply r = send(intent("m1", Side::Buy, OrderType::Market, 0, 700));
    ASSERT_TRUE(r.ok) << r.retMsg;
    EXPECT_EQ(r.retCode, 0);
    EXPECT_EQ(r.orderLinkId, "m1");
    EXPECT_FALSE(r.orderId.empty());
    ASSERT_EQ(reports.orders.size(), 2u); // New, Filled
    const OrderUpdate &filled = reports.orders.back();
    EXPECT_EQ(filled.orderId, r.orderId);
    EXPECT_EQ(filled.symbol, "BTCUSDT");
    EXPECT_EQ(filled.side, Side::Buy);
    EXPECT_EQ(filled.type, OrderType::Market);
    EXPECT_EQ(filled.timeInForce, TimeInForce::IOC);
    EXPECT_EQ(filled.status, OrderStatus::Filled);
    EXPECT_EQ(filled.cumulativeFilled, 700);
    EXPECT_EQ(filled.quantity, 700);
    EXPECT_EQ(filled.timeMs, now);
    ASSERT_EQ(reports.executions.size(), 2u);
    // 100.0 × 0.5 × 0.055 % = 0.0275; 100.1 × 0.2 × 0.055 % = 0.011011.
    EXPECT_EQ(reports.executions[0].fee.toString(), "0.0275");
    EXPECT_EQ(reports.executions[1].fee.toString(), "0.011011");
    EXPECT_FALSE(reports.executions[0].maker);
    ASSERT_FALSE(reports.positions.empty());
    EXPECT_EQ(reports.positions.back().size, 700);
    EXPECT_NEAR(reports.positions.back().averagePrice, (100.0 * 500 + 100.1 * 200) / 700, 1e-9);
    ASSERT_FALSE(reports.wallets.empty());
    EXPECT_NEAR(reports.wallets.back().walletBalance, 10000 - 0.0275 - 0.011011, 1e-9);
    EXPECT_NEAR(reports.wallets.back().cumulativeRealisedPnl, -0.0275 - 0.011011, 1e-9);

    // The reports feed the order manager's ledgers as the private stream would.
    OrderLedger orders;
    PositionLedger positions;
    for (const OrderUpdate &u : reports.orders)
        orders.onUpdate(u);
    for (const Execution &e : reports.executions) {
        orders.onExecution(e);
        positions.apply(e);
    }
    ASSERT_NE(orders.find("m1"), nullptr);
    EXPECT_EQ(orders.find("m1")->filled, 700);
    EXPECT_EQ(positions.find("BTCUSDT")->size, 700);
}

TEST_F(Paper, RestingOrdersFillFromTheMarketItIsFed)
{
    venue.start();
    const VenueReply r = send(intent("l1", Side::Buy, OrderType::Limit, 999, 400));
    ASSERT_TRUE(r.ok);
    venue.onTrade("BTCUSDT", exchange::Side::Sell, 999, 350, now); // 300 ahead, 50 for us
    ASSERT_EQ(reports.executions.size(), 1u);
    EXPECT_EQ(reports.executions[0].quantity, 50);
    EXPECT_TRUE(reports.executions[0].maker);
    EXPECT_EQ(reports.executions[0].fee.toString(), "0.000999"); // 99.9 × 0.05 × 0.02 %
    EXPECT_EQ(reports.orders.back().status, OrderStatus::PartiallyFilled);
    venue.onBook("BTCUSDT", {{990, 10}}, {{995, 10}}, now);
    EXPECT_EQ(reports.orders.back().status, OrderStatus::Filled);
    venue.onMark("BTCUSDT", 1010, now);
    EXPECT_NEAR(reports.positions.back().unrealisedPnl, (101.0 - 99.9) * 0.4, 1e-9);
    EXPECT_EQ(reports.positions.back().markTicks, 1010);
}

TEST_F(Paper, RefusalsCarryTheExchangeRetCode)
{
    venue.start();
    const VenueReply tooSmall = send(intent("s1", Side::Buy, OrderType::Limit, 999, 10));
    EXPECT_FALSE(tooSmall.ok);
    EXPECT_EQ(tooSmall.retCode, retcode::NotionalTooSmall);
    EXPECT_FALSE(tooSmall.answerLost);
    const VenueReply first = send(intent("d1", Side::Buy, OrderType::Limit, 990, 100));
    ASSERT_TRUE(first.ok);
    EXPECT_EQ(send(intent("d1", Side::Buy, OrderType::Limit, 990, 100)).retCode, retcode::DuplicateOrderLinkId);
    VenueReply cancelled;
    venue.cancel("BTCUSDT", "nope", {}, [&](const VenueReply &r) { cancelled = r; });
    EXPECT_EQ(cancelled.retCode, retcode::OrderNotFound);
    venue.cancel("BTCUSDT", "d1", {}, [&](const VenueReply &r) { cancelled = r; });
    EXPECT_TRUE(cancelled.ok);
    EXPECT_EQ(reports.orders.back().reason, "CancelByUser");
    venue.amend("BTCUSDT", "d1", {}, Ticks(991), {}, [&](const VenueReply &r) { cancelled = r; });
    EXPECT_EQ(cancelled.retCode, retcode::OrderFinished);
    VenueReply leverage;
    venue.setLeverage("BTCUSDT", 500, [&](const VenueReply &r) { leverage = r; });
    EXPECT_EQ(leverage.retCode, retcode::ParamError);
    venue.setLeverage("BTCUSDT", 20, [&](const VenueReply &r) { leverage = r; });
    EXPECT_TRUE(leverage.ok);
}

TEST_F(Paper, QueriesAnswerFromTheEngine)
{
    send(intent("q1", Side::Buy, OrderType::Limit, 990, 100));
    send(intent("q2", Side::Sell, OrderType::Limit, 1010, 100));
    ++now;
    send(intent("q3", Side::Buy, OrderType::Market, 0, 600));
    VenueReply amended;
    venue.amend("BTCUSDT", "q1", {}, Ticks(992), Lots(200), [&](const VenueReply &r) { amended = r; });
    EXPECT_TRUE(amended.ok);
    EXPECT_TRUE(reports.orders.empty()); // not started: nothing reported, everything queryable

    std::vector<OrderUpdate> found;
    venue.queryOrder("BTCUSDT", "q1", [&](const VenueReply &, const std::vector<OrderUpdate> &o) { found = o; });
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].price, 992);
    EXPECT_EQ(found[0].quantity, 200);
    venue.queryOrder("BTCUSDT", "none", [&](const VenueReply &r, const std::vector<OrderUpdate> &o) {
        EXPECT_TRUE(r.ok);
        found = o;
    });
    EXPECT_TRUE(found.empty());
    venue.openOrders([&](const VenueReply &, const std::vector<OrderUpdate> &o) { found = o; });
    EXPECT_EQ(found.size(), 2u);
    std::vector<Execution> fills;
    venue.executionsSince(0, [&](const VenueReply &, const std::vector<Execution> &x) { fills = x; });
    ASSERT_EQ(fills.size(), 2u);
    EXPECT_EQ(fills[0].price, 1000); // oldest first
    EXPECT_EQ(fills[1].price, 1001);
    venue.executionsSince(now + 1, [&](const VenueReply &, const std::vector<Execution> &x) { fills = x; });
    EXPECT_TRUE(fills.empty());
    std::vector<PositionReport> held;
    venue.positions([&](const VenueReply &, const std::vector<PositionReport> &p) { held = p; });
    ASSERT_EQ(held.size(), 1u);
    EXPECT_EQ(held[0].size, 600);
    EXPECT_DOUBLE_EQ(held[0].leverage, 10);
    WalletReport w;
    venue.wallet([&](const VenueReply &, const WalletReport &report) { w = report; });
    EXPECT_NEAR(w.initialMargin, 0.6 * (100.0 * 500 + 100.1 * 100) / 600 / 10 + (99.2 * 0.2 + 101.0 * 0.1) / 10, 1e-9);
    venue.cancelAll("BTCUSDT", [&](const VenueReply &r) { EXPECT_TRUE(r.ok); });
    venue.openOrders([&](const VenueReply &, const std::vector<OrderUpdate> &o) { found = o; });
    EXPECT_TRUE(found.empty());
}

TEST(PaperVenueConversion, MoneyBecomesAnExactDecimal)
{
    EXPECT_EQ(PaperVenue::toDecimal(0.55).toString(), "0.55");
    EXPECT_EQ(PaperVenue::toDecimal(-0.0002).toString(), "-0.0002");
    EXPECT_EQ(PaperVenue::toDecimal(0).toString(), "0");
    EXPECT_EQ(PaperVenue::toDecimal(12.5).scale, 1);
}
