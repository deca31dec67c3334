// Auto-paper: tracked signals traded on the paper venue by the desk's plan rule, one trade per symbol,
// closed with the tracker, and the paper result set next to the tracked one. Driven directly with
// the outcomes a tracker hands on and the views a trading service publishes.
#include "engine/AutoPaper.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace virtuoso;
using confluence::Direction;

namespace {

exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("BTCUSDT");
    s.price = exchange::DecimalGrid(5, 1); // 0.5
    s.quantity = exchange::DecimalGrid(1, 3);
    s.minOrderLots = 1;
    s.maxOrderLots = 100'000;
    s.quoteCoin = "USDT";
    return s;
}

outcomes::Outcome opened(const std::string &id, Direction direction, double entry = 50'000)
{
    outcomes::Outcome o;
    o.id = id;
    o.status = outcomes::OutcomeStatus::Open;
    o.signal.symbol = "BTCUSDT";
    o.signal.direction = direction;
    o.signal.timeMs = 1'700'000'000'000;
    o.signal.atr = 100;
    o.signal.swingLow = 49'000; // far: the ATR stop (1.5 × 100) stands
    o.signal.swingHigh = 51'000;
    o.plan.valid = true;
    o.plan.direction = direction;
    o.plan.entry = entry;
    return o;
}

outcomes::Outcome closed(outcomes::Outcome o, outcomes::ExitReason reason, double netR)
{
    o.status = outcomes::OutcomeStatus::Closed;
    o.exitReason = reason;
    o.netR = netR;
    return o;
}

struct Desk
{
    exchange::InstrumentSpec spec = btc();
    std::vector<trading::OrderTicket> sent;
    std::string refuse; // when set, place() refuses with this
    int links = 0;
    qint64 now = 1'700'000'100'000;
    AutoPaper autoPaper;

    explicit Desk(double maxNotional = 0)
        : autoPaper(
              [&] {
                  AutoPaper::Settings s;
                  s.riskPercent = 0.5;
                  s.maxNotional = maxNotional;
                  return s;
              }(),
              [this](const trading::OrderTicket &t) {
                  trading::PlaceResult r;
                  if (!refuse.empty()) {
                      r.error = refuse;
                      return r;
                  }
                  sent.push_back(t);
                  r.sent = true;
                  r.orderLinkId = "ap-" + std::to_string(++links);
                  return r;
              },
              [this](const std::string &symbol) { return symbol == "BTCUSDT" ? &spec : nullptr; },
              [this] { return now; })
    {}

    static std::shared_ptr<trading::TradingView> view()
    {
        auto v = std::make_shared<trading::TradingView>();
        v->running = true;
        v->venue = trading::VenueKind::Paper;
        v->wallet.equity = 10'000;
        return v;
    }
    static void addOrder(trading::TradingView &v, const std::string &link, trading::OrderStatus status, double filled,
                         double average, const std::string &symbol = "BTCUSDT")
    {
        trading::TradingView::OrderRow row;
        row.order.intent.orderLinkId = link;
        row.order.intent.symbol = symbol;
        row.order.status = status;
        row.order.filled = static_cast<trading::Lots>(filled * 1000);
        row.averagePrice = average;
        v.orders.insert(v.orders.begin(), row);
    }
    static void setPosition(trading::TradingView &v, double size, double realised,
                            const std::string &symbol = "BTCUSDT")
    {
        trading::TradingView::PositionRow p;
        p.symbol = symbol;
        p.size = size;
        char text[32];
        std::snprintf(text, sizeof text, "%.3f", size);
        p.sizeText = text;
        p.realisedPnl = realised;
        v.positions = {p};
    }
    static void addFill(trading::TradingView &v, const std::string &price)
    {
        trading::TradingView::ExecutionRow e;
        e.execution.symbol = "BTCUSDT";
        e.price = price;
        v.executions.insert(v.executions.begin(), e);
    }
};

} // namespace

TEST(AutoPaper, ASignalIsTradedWithThePlansStopAndFinalTargetAndSettledInR)
{
    Desk d;
    auto view = Desk::view();
    d.autoPaper.onView(view);
    const outcomes::Outcome signal = opened("BTCUSDT-1", Direction::Long);
    d.autoPaper.onOutcomes({signal});
    ASSERT_EQ(d.sent.size(), 1u);
    const trading::OrderTicket &entry = d.sent[0];
    EXPECT_EQ(entry.side, "Buy");
    EXPECT_EQ(entry.type, "Market");
    EXPECT_FALSE(entry.reduceOnly);
    // Stop 1.5 × ATR under the entry; the take-profit is the tracker's final target, 3 R.
    EXPECT_EQ(entry.stopLoss, "49850.0");
    EXPECT_EQ(entry.takeProfit, "50450.0");
    // 0.5 % of 10,000 = 50 USDT over 150 per BTC: 0.333 BTC.
    EXPECT_EQ(entry.quantity, "0.333");
    ASSERT_EQ(d.autoPaper.trades().size(), 1u);
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Placed);

    // The entry fills; the position is open.
    auto filled = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*filled, "ap-1", trading::OrderStatus::Filled, 0.333, 50'010);
    Desk::setPosition(*filled, 0.333, 0);
    d.autoPaper.onView(filled);
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Open);
    EXPECT_DOUBLE_EQ(d.autoPaper.trades()[0].entryPrice, 50'010);

    // The tracker closes at its target; the paper position closes at its take-profit.
    d.autoPaper.onOutcomes({closed(signal, outcomes::ExitReason::Target, 2.9)});
    EXPECT_EQ(d.sent.size(), 1u) << "the take-profit closes the trade, not another order";
    auto flat = std::make_shared<trading::TradingView>(*filled);
    Desk::setPosition(*flat, 0, 0.333 * 440 - 18); // 440 a coin, 18 of fees
    Desk::addFill(*flat, "50450.0");
    d.autoPaper.onView(flat);
    const AutoPaperTrade t = d.autoPaper.trades()[0];
    EXPECT_EQ(t.state, AutoPaperTrade::State::Closed);
    EXPECT_EQ(t.exit, "target");
    EXPECT_NEAR(t.plannedRisk, 0.333 * 150, 1e-9);
    EXPECT_NEAR(t.realisedPnl, 0.333 * 440 - 18, 1e-9);
    EXPECT_NEAR(t.paperR, (0.333 * 440 - 18) / (0.333 * 150), 1e-9);
    EXPECT_DOUBLE_EQ(t.trackedR, 2.9);
    EXPECT_TRUE(t.compared());

    const AutoPaperSummary s = d.autoPaper.summary();
    EXPECT_EQ(s.signalCount, 1);
    EXPECT_EQ(s.traded, 1);
    EXPECT_EQ(s.closed, 1);
    EXPECT_EQ(s.compared, 1);
    EXPECT_NEAR(s.paperMeanR, t.paperR, 1e-12);
    EXPECT_DOUBLE_EQ(s.trackedMeanR, 2.9);
}

TEST(AutoPaper, OneTradePerSymbolAndNothingWhileTheDeskCannotTrade)
{
    Desk d;
    auto view = Desk::view();
    d.autoPaper.onView(view);
    d.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
    ASSERT_EQ(d.sent.size(), 1u);
    // A second signal while the first trade is on: skipped, never netted into one position.
    d.autoPaper.onOutcomes({opened("BTCUSDT-2", Direction::Long)});
    EXPECT_EQ(d.sent.size(), 1u);
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Skipped);
    EXPECT_NE(d.autoPaper.trades()[0].note.find("still open"), std::string::npos) << d.autoPaper.trades()[0].note;
    // The same outcome handed on again (a later change of it) is not traded twice.
    d.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
    EXPECT_EQ(d.sent.size(), 1u);

    // A position opened by hand: the symbol is taken.
    Desk other;
    auto manual = Desk::view();
    Desk::setPosition(*manual, 0.01, 0);
    other.autoPaper.onView(manual);
    other.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Short)});
    EXPECT_TRUE(other.sent.empty());
    EXPECT_NE(other.autoPaper.trades()[0].note.find("position or open orders"), std::string::npos);

    // The kill switch, trading off, and a venue that is not paper.
    for (int i = 0; i < 3; ++i) {
        Desk blocked;
        auto v = Desk::view();
        if (i == 0)
            v->killEngaged = true;
        if (i == 1)
            v->running = false;
        if (i == 2)
            v->venue = trading::VenueKind::Simulator;
        blocked.autoPaper.onView(v);
        blocked.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
        EXPECT_TRUE(blocked.sent.empty()) << i;
        EXPECT_EQ(blocked.autoPaper.summary().skipped, 1) << i;
    }
}

TEST(AutoPaper, AnOppositeSignalClosesTheTradeFirstAndTheHorizonClosesIt)
{
    Desk d;
    auto view = Desk::view();
    d.autoPaper.onView(view);
    const outcomes::Outcome first = opened("BTCUSDT-1", Direction::Long);
    d.autoPaper.onOutcomes({first});
    auto open = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*open, "ap-1", trading::OrderStatus::Filled, 0.333, 50'000);
    Desk::setPosition(*open, 0.333, 0);
    d.autoPaper.onView(open);

    // One batch: the long closed on the opposite signal, the short opened. The long is closed first;
    // the short waits until the long is flat and settled, so the two results never mix.
    d.autoPaper.onOutcomes(
        {opened("BTCUSDT-2", Direction::Short, 49'900), closed(first, outcomes::ExitReason::Opposite, -0.4)});
    ASSERT_EQ(d.sent.size(), 2u);
    EXPECT_EQ(d.sent[1].side, "Sell");
    EXPECT_TRUE(d.sent[1].reduceOnly);
    EXPECT_EQ(d.sent[1].quantity, "0.333");
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Closing);
    EXPECT_EQ(d.autoPaper.trades()[0].exit, "opposite");
    d.autoPaper.onView(open); // not flat yet: still waiting
    EXPECT_EQ(d.sent.size(), 2u);

    auto flat = std::make_shared<trading::TradingView>(*open);
    Desk::setPosition(*flat, 0, -25);
    Desk::addFill(*flat, "49925.0");
    d.autoPaper.onView(flat);
    ASSERT_EQ(d.sent.size(), 3u);
    EXPECT_EQ(d.sent[2].side, "Sell");
    EXPECT_FALSE(d.sent[2].reduceOnly);
    EXPECT_EQ(d.sent[2].stopLoss, "50050.0");
    const auto trades = d.autoPaper.trades();
    ASSERT_EQ(trades.size(), 2u);
    EXPECT_EQ(trades[1].state, AutoPaperTrade::State::Closed);
    EXPECT_EQ(trades[1].exit, "opposite");
    EXPECT_NEAR(trades[1].realisedPnl, -25, 1e-9);
    EXPECT_DOUBLE_EQ(trades[1].trackedR, -0.4);
    EXPECT_EQ(trades[0].outcomeId, "BTCUSDT-2");
    EXPECT_EQ(trades[0].state, AutoPaperTrade::State::Placed);
    // The new trade's result starts from what the symbol had realised when it was sent.
    EXPECT_DOUBLE_EQ(trades[0].realisedBefore, -25);
    EXPECT_EQ(d.autoPaper.summary().signalCount, 2);

    // The horizon: the tracker closes, the paper trade is closed by a reduce-only order.
    Desk h;
    h.autoPaper.onView(view);
    const outcomes::Outcome signal = opened("BTCUSDT-7", Direction::Short);
    h.autoPaper.onOutcomes({signal});
    auto shortOpen = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*shortOpen, "ap-1", trading::OrderStatus::Filled, 0.333, 50'000);
    Desk::setPosition(*shortOpen, -0.333, 0);
    h.autoPaper.onView(shortOpen);
    h.autoPaper.onOutcomes({closed(signal, outcomes::ExitReason::Horizon, 0.2)});
    ASSERT_EQ(h.sent.size(), 2u);
    EXPECT_EQ(h.sent[1].side, "Buy");
    EXPECT_TRUE(h.sent[1].reduceOnly);
    EXPECT_EQ(h.sent[1].quantity, "0.333");
    auto shortFlat = std::make_shared<trading::TradingView>(*shortOpen);
    Desk::setPosition(*shortFlat, 0, 10);
    Desk::addFill(*shortFlat, "49970.0");
    h.autoPaper.onView(shortFlat);
    EXPECT_EQ(h.autoPaper.trades()[0].state, AutoPaperTrade::State::Closed);
    EXPECT_EQ(h.autoPaper.trades()[0].exit, "horizon");
    EXPECT_NEAR(h.autoPaper.trades()[0].paperR, 10 / (0.333 * 150), 1e-9);
}

TEST(AutoPaper, ARefusedOrRejectedEntryIsAFailureWithTheReasonAndAMixedPositionIsNotCompared)
{
    Desk d;
    auto view = Desk::view();
    d.autoPaper.onView(view);
    d.refuse = "risk: max_total_notional";
    d.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Failed);
    EXPECT_EQ(d.autoPaper.trades()[0].note, "risk: max_total_notional");

    d.refuse.clear();
    d.autoPaper.onOutcomes({opened("BTCUSDT-2", Direction::Long)});
    auto rejected = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*rejected, "ap-1", trading::OrderStatus::Rejected, 0, 0);
    rejected->orders[0].order.reason = "insufficient balance";
    d.autoPaper.onView(rejected);
    EXPECT_EQ(d.autoPaper.trades()[0].state, AutoPaperTrade::State::Failed);
    EXPECT_EQ(d.autoPaper.trades()[0].note, "insufficient balance");

    // Filled, then someone adds to the position by hand: the trade runs on but is not compared.
    d.autoPaper.onOutcomes({opened("BTCUSDT-3", Direction::Long)});
    auto mixed = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*mixed, "ap-2", trading::OrderStatus::Filled, 0.333, 50'000);
    Desk::setPosition(*mixed, 0.5, 0);
    d.autoPaper.onView(mixed);
    auto flat = std::make_shared<trading::TradingView>(*mixed);
    Desk::setPosition(*flat, 0, -30);
    d.autoPaper.onView(flat);
    d.autoPaper.onOutcomes({closed(opened("BTCUSDT-3", Direction::Long), outcomes::ExitReason::Stop, -1.1)});
    const AutoPaperTrade t = d.autoPaper.trades()[0];
    EXPECT_EQ(t.state, AutoPaperTrade::State::Closed);
    EXPECT_TRUE(t.mixed);
    EXPECT_FALSE(t.compared());
    EXPECT_EQ(d.autoPaper.summary().compared, 0);
    EXPECT_EQ(d.autoPaper.summary().failed, 2);
}

TEST(AutoPaper, TheEntryFeeCountsInTheResultAndASignalClosedWhileWaitingIsNotTraded)
{
    Desk d;
    auto view = Desk::view();
    Desk::setPosition(*view, 0, 100); // realised earlier on this symbol
    d.autoPaper.onView(view);
    d.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
    auto filled = std::make_shared<trading::TradingView>(*view);
    Desk::addOrder(*filled, "ap-1", trading::OrderStatus::Filled, 0.333, 50'000);
    Desk::setPosition(*filled, 0.333, 100 - 9); // the entry's fee is realised at once
    d.autoPaper.onView(filled);
    auto flat = std::make_shared<trading::TradingView>(*filled);
    Desk::setPosition(*flat, 0, 100 - 9 - 50 - 9); // a loss of 50 at the stop and the exit's fee
    Desk::addFill(*flat, "49850.0");
    d.autoPaper.onView(flat);
    const AutoPaperTrade t = d.autoPaper.trades()[0];
    EXPECT_EQ(t.state, AutoPaperTrade::State::Closed);
    EXPECT_EQ(t.exit, "stop");
    EXPECT_NEAR(t.realisedPnl, -68, 1e-9) << "both fees and the loss";

    // An opposite signal that the tracker closes again before the old trade is flat: never traded.
    Desk w;
    w.autoPaper.onView(Desk::view());
    const outcomes::Outcome first = opened("BTCUSDT-1", Direction::Long);
    w.autoPaper.onOutcomes({first});
    auto open = Desk::view();
    Desk::addOrder(*open, "ap-1", trading::OrderStatus::Filled, 0.333, 50'000);
    Desk::setPosition(*open, 0.333, 0);
    w.autoPaper.onView(open);
    const outcomes::Outcome second = opened("BTCUSDT-2", Direction::Short);
    w.autoPaper.onOutcomes({second, closed(first, outcomes::ExitReason::Opposite, -0.2)});
    w.autoPaper.onOutcomes({closed(second, outcomes::ExitReason::Stop, -1)});
    auto wflat = std::make_shared<trading::TradingView>(*open);
    Desk::setPosition(*wflat, 0, -10);
    w.autoPaper.onView(wflat);
    EXPECT_EQ(w.sent.size(), 2u) << "the entry of the first and its close only";
    EXPECT_EQ(w.autoPaper.trades().size(), 1u);
}

TEST(AutoPaper, ThePlanIsCappedAtTheOrderNotionalLimit)
{
    Desk d(1'000);
    d.autoPaper.onView(Desk::view());
    d.autoPaper.onOutcomes({opened("BTCUSDT-1", Direction::Long)});
    ASSERT_EQ(d.sent.size(), 1u);
    // A market order: 99 % of the limit, since the gate prices it at the mark: 990 / 50,000 = 0.0198.
    EXPECT_EQ(d.sent[0].quantity, "0.019");
    EXPECT_NEAR(d.autoPaper.trades()[0].plannedRisk, 0.019 * 150, 1e-9);
}
