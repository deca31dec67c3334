// From a signal to a trade plan, and the desk on the market chart.
//
// On the real core trading on paper against the embedded simulator's market: a symbol whose score is
// in neither zone offers no plan and says why; in the long zone, "Plan trade…" shows the plan — whose
// order (side, quantity, entry, stop, take-profit) this test computes again from the same 5 min
// candles — and one click on Send places exactly that order, which the orders table and the market
// chart then show. Without a core, the action is off with the reason. And the chart overlay alone:
// orders, the position's lines and fills from a trading view, levels far off pinned to the edge.
#include "ChartOverlay.h"
#include "LocalDataSource.h"
#include "MarketView.h"
#include "OrdersModel.h"
#include "SignalsView.h"
#include "TradePlanDialog.h"
#include "TradePlanner.h"
#include "TradingView.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/outcomes/TradePlan.h"
#include "sim/server/EmbeddedSimulator.h"
#include "trading/TradingService.h"

#include "PaperSimulatorCore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <future>
#include <memory>
#include <tuple>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

// Runs `work` on the trading thread and waits for its answer (at most 5 s).
template<typename Result>
std::optional<Result> onTrading(CoreRuntime &runtime, std::function<Result(trading::TradingService &)> work)
{
    auto answer = std::make_shared<std::promise<Result>>();
    std::future<Result> result = answer->get_future();
    runtime.postTrading([answer, work](trading::TradingService &service) { answer->set_value(work(service)); });
    if (result.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        return std::nullopt;
    return result.get();
}

// The core on the embedded simulator, trading on paper with the position limits off and a plan risk
// of 0.8 % of equity. Its snapshots reach the views with BTCUSDT's signal replaced by `direction`.
struct PlanDesk
{
    test::PaperSimulatorCore core{[] {
        sim::SimulatorOptions o;
        o.symbols = {QStringLiteral("BTCUSDT")};
        return o;
    }()};
    std::unique_ptr<CoreRuntime> &runtime = core.runtime;
    std::shared_ptr<ui::LocalDataSource> source;
    QWidget window;
    ui::SignalsView signalsView;
    ui::MarketView market;
    ui::TradingView desk;
    ui::TradePlanner planner{&window};
    confluence::Direction direction = confluence::Direction::Neutral;
    double lastBid = 0, lastAsk = 0;

    bool start()
    {
        const bool started = core.start({QStringLiteral("trading.risk_per_trade_pct=0.8")}, [this](CoreRuntime &r) {
            QObject::connect(&r, &CoreRuntime::snapshotPublished, &signalsView,
                             [this](const CoreSnapshotPtr &s) { apply(*s); });
        });
        if (!started)
            return false;
        source = std::make_shared<ui::LocalDataSource>(*runtime);
        market.setCandleSource(
            [src = source](const QString &symbol, int minutes, int limit, ui::MarketView::CandlesDone done) {
                src->candles(symbol, minutes, limit, std::move(done));
            });
        desk.setRuntime(runtime.get());
        planner.setSource(source);
        planner.connectViews(&signalsView, &market, &desk);
        for (QWidget *w : {static_cast<QWidget *>(&signalsView), static_cast<QWidget *>(&market)}) {
            w->resize(1200, 800);
            w->show();
        }
        return true;
    }
    void apply(const CoreSnapshot &snapshot)
    {
        CoreSnapshot s = snapshot;
        auto signal = std::make_shared<confluence::ConfluenceSignal>();
        for (const auto &old : s.confluenceSignals)
            if (old && old->symbol == "BTCUSDT")
                *signal = *old;
        signal->symbol = "BTCUSDT";
        signal->ready = true;
        signal->direction = direction;
        signal->score = direction == confluence::Direction::Long    ? 82
                        : direction == confluence::Direction::Short ? 18
                                                                    : 50;
        std::erase_if(s.confluenceSignals, [](const auto &x) { return !x || x->symbol == "BTCUSDT"; });
        s.confluenceSignals.push_back(signal);
        for (const MarketSummary &m : s.markets)
            if (m.symbol == u"BTCUSDT") {
                lastBid = m.bestBidPrice;
                lastAsk = m.bestAskPrice;
            }
        signalsView.applySnapshot(s);
        market.applySnapshot(s);
        desk.applySnapshot(s);
        planner.applySnapshot(s);
    }
    ~PlanDesk()
    {
        if (runtime)
            runtime->stop();
    }
};

// Wilder's ATR(14) written out: the mean of the first 14 true ranges, then (atr·13 + tr) / 14.
double wilderAtr(const std::vector<CandleSeriesView::Bar> &bars)
{
    double atr = 0;
    for (size_t i = 1; i < bars.size(); ++i) {
        const double tr = std::max({bars[i].high - bars[i].low, std::fabs(bars[i].high - bars[i - 1].close),
                                    std::fabs(bars[i].low - bars[i - 1].close)});
        atr = i <= 14 ? atr + tr / 14 : (atr * 13 + tr) / 14;
    }
    return atr;
}

const trading::TradingView::OrderRow *orderOf(const trading::TradingView &view, const std::string &id)
{
    for (const auto &row : view.orders)
        if (row.order.intent.orderLinkId == id)
            return &row;
    return nullptr;
}

} // namespace

TEST(TradePlans, ASignalInTheLongZoneBecomesTheOrderItsPlanComputesAfterOneConfirmation)
{
    PlanDesk d;
    ASSERT_TRUE(d.start());
    // Neutral: no plan, and the reason beside the button.
    ASSERT_TRUE(waitFor([&] { return d.signalsView.selectedSymbol() == u"BTCUSDT"; }, 20000));
    ASSERT_TRUE(waitFor([&] { return d.signalsView.planReason().contains(QStringLiteral("neither")); }, 20000))
        << d.signalsView.planReason().toStdString();
    EXPECT_FALSE(d.signalsView.planButton()->isEnabled());
    EXPECT_FALSE(d.signalsView.planAction()->isEnabled());

    // Long: once the 5 min history has an ATR and the book a touch, the plan is offered.
    d.direction = confluence::Direction::Long;
    ASSERT_TRUE(waitFor([&] { return d.signalsView.planButton()->isEnabled(); }, 30000))
        << d.signalsView.planReason().toStdString();
    double planBid = 0;
    QObject::connect(&d.planner, &ui::TradePlanner::planShown, &d.planner, [&](const QString &symbol) {
        if (!symbol.isEmpty())
            planBid = d.lastBid;
    });
    d.signalsView.planButton()->click();
    ASSERT_TRUE(waitFor(
        [&] { return d.planner.dialog() && d.planner.dialog()->verdictText().contains(QStringLiteral("would pass")); },
        10000))
        << (d.planner.dialog() ? d.planner.dialog()->verdictText().toStdString() : std::string("no dialog"));
    ui::TradePlanDialog *dialog = d.planner.dialog();
    const trading::PlanOrder plan = d.planner.plan();
    ASSERT_TRUE(plan.valid) << plan.why;
    EXPECT_EQ(dialog->target(), 1) << "the take-profit at 2R unless the operator chooses another";
    EXPECT_FALSE(dialog->market()) << "a limit at the touch unless the operator chooses market";

    // The same plan again from the same candles, written out here.
    const auto spec = onTrading<std::optional<exchange::InstrumentSpec>>(
        *d.runtime, [](trading::TradingService &s) -> std::optional<exchange::InstrumentSpec> {
            const exchange::InstrumentSpec *p = s.instrument("BTCUSDT");
            return p ? std::optional(*p) : std::nullopt;
        });
    ASSERT_TRUE(spec && *spec);
    // The candles the plan was drawn from are the engine's 5 min candles (every bar both hold alike).
    const CandleSeriesView &used = d.planner.planCandles();
    const auto series = d.runtime->candles(QStringLiteral("BTCUSDT"), 5, 200);
    ASSERT_TRUE(series);
    EXPECT_EQ(used.intervalMinutes, 5);
    int compared = 0;
    for (const auto &u : used.bars)
        for (const auto &e : series->bars)
            if (u.confirmed && e.confirmed && u.startMs == e.startMs) {
                EXPECT_TRUE(u.open == e.open && u.high == e.high && u.low == e.low && u.close == e.close);
                ++compared;
            }
    EXPECT_GE(compared + 2, static_cast<int>(used.bars.size())) << "the window moves by a bar at most";
    std::vector<CandleSeriesView::Bar> bars;
    std::vector<confluence::Candle> candles;
    for (const auto &b : used.bars)
        if (b.confirmed) {
            bars.push_back(b);
            candles.push_back({b.startMs, b.open, b.high, b.low, b.close, b.volume});
        }
    ASSERT_GE(bars.size(), 15U);
    ASSERT_EQ(bars.back().startMs, d.planner.planLastBarMs());
    const double tick = (*spec)->price.toDouble(1);
    const double lot = (*spec)->quantity.toDouble(1);
    const double entry = planBid; // a buy joins the best bid
    ASSERT_GT(entry, 0);
    const double atr = wilderAtr(bars);
    const double swingLow = outcomes::recentSwings(candles, 20).low;
    const double atrStop = entry - 1.5 * atr;
    const double swingStop = swingLow - 0.1 * atr;
    const bool swingSensible = entry - swingStop > 0 && entry - swingStop <= 3 * atr;
    const double stop = swingSensible && swingStop < atrStop ? swingStop : atrStop;
    const double stopSnapped = std::floor(stop / tick + 1e-9) * tick;
    const double target2 = std::round((entry + 2 * (entry - stop)) / tick) * tick;
    const double equity = d.runtime->tradingView()->wallet.equity;
    const double qty = std::floor(equity * 0.8 / 100 / (entry - stopSnapped) / lot * (1 + 1e-12)) * lot;
    const auto text = [](double v, double step) { return QString::number(std::round(v / step) * step, 'f', 8); };
    EXPECT_EQ(text((*spec)->price.toDouble(plan.entry), tick), text(entry, tick));
    EXPECT_EQ(text((*spec)->price.toDouble(plan.stop), tick), text(stopSnapped, tick));
    EXPECT_EQ(text((*spec)->price.toDouble(plan.targets[1]), tick), text(target2, tick));
    EXPECT_EQ(text((*spec)->quantity.toDouble(plan.quantity), lot), text(qty, lot));
    EXPECT_NEAR(plan.riskPercent, qty * (entry - stopSnapped) / equity * 100, 1e-9);
    EXPECT_LE(plan.riskPercent, 0.8 + 1e-9);

    // The plan's five lines are on the market chart while the dialog is open.
    ASSERT_EQ(d.market.selectedSymbol(), QStringLiteral("BTCUSDT"));
    const auto &planLines = d.market.chartOverlay()->levels();
    ASSERT_GE(planLines.size(), 5U);
    EXPECT_DOUBLE_EQ(planLines[0].price, (*spec)->price.toDouble(plan.entry));
    EXPECT_DOUBLE_EQ(planLines[1].price, (*spec)->price.toDouble(plan.stop));
    EXPECT_DOUBLE_EQ(planLines[3].price, (*spec)->price.toDouble(plan.targets[1]));
    EXPECT_TRUE(dialog->numbersText().contains(QString::fromStdString((*spec)->quantity.format(plan.quantity))));

    // One confirmation sends it: the entry order with its stop-loss and take-profit at 2R.
    QString sentId;
    QObject::connect(&d.planner, &ui::TradePlanner::planSent, &d.planner,
                     [&](const QString &, const QString &id) { sentId = id; });
    const size_t ordersBefore = d.runtime->tradingView()->orders.size();
    dialog->sendButton()->click();
    ASSERT_TRUE(waitFor([&] { return !sentId.isEmpty(); }, 10000));
    ASSERT_TRUE(waitFor([&] { return d.planner.dialog() == nullptr; }, 5000)) << "the dialog closes once sent";
    ASSERT_TRUE(waitFor([&] { return orderOf(*d.runtime->tradingView(), sentId.toStdString()); }, 10000));
    const trading::TradingViewPtr view = d.runtime->tradingView();
    EXPECT_EQ(view->orders.size(), ordersBefore + 1) << "one order";
    const trading::TradingView::OrderRow &row = *orderOf(*view, sentId.toStdString());
    EXPECT_EQ(row.order.intent.side, trading::Side::Buy);
    EXPECT_EQ(row.order.intent.type, trading::OrderType::Limit);
    EXPECT_EQ(row.price, (*spec)->price.format(plan.entry));
    EXPECT_DOUBLE_EQ((*spec)->price.toDouble(row.order.intent.price), (*spec)->price.toDouble(plan.entry));
    EXPECT_EQ(text((*spec)->quantity.toDouble(row.order.intent.quantity), lot), text(qty, lot));
    EXPECT_EQ(text((*spec)->price.toDouble(row.order.intent.stopLoss), tick), text(stopSnapped, tick));
    EXPECT_EQ(text((*spec)->price.toDouble(row.order.intent.takeProfit), tick), text(target2, tick));

    // The orders table lists it; the market chart shows it (its line while it rests, the position's
    // entry, stop-loss and take-profit once it filled), the plan's lines gone.
    ASSERT_TRUE(waitFor([&] { return d.desk.ordersModel()->rowOf(sentId) >= 0; }, 10000));
    const double stopPrice = (*spec)->price.toDouble(plan.stop);
    const double tpPrice = (*spec)->price.toDouble(plan.targets[1]);
    const QString qtyText = QString::fromStdString((*spec)->quantity.format(plan.quantity));
    ASSERT_TRUE(waitFor(
        [&] {
            bool entryLine = false, stopLine = false, tpLine = false;
            for (const ui::ChartLevel &l : d.market.chartOverlay()->levels()) {
                entryLine |=
                    l.label == QStringLiteral("Buy %1").arg(qtyText) || l.label.startsWith(QStringLiteral("Long"));
                stopLine |=
                    std::fabs(l.price - stopPrice) < tick / 2 && l.label.startsWith(QStringLiteral("Stop-loss"));
                tpLine |= std::fabs(l.price - tpPrice) < tick / 2 && l.label.startsWith(QStringLiteral("Take-profit"));
            }
            return entryLine && stopLine && tpLine && d.market.planSymbol().isEmpty();
        },
        10000));
}

TEST(TradePlans, WithoutTheLocalCoreThePlanIsOffWithTheReason)
{
    QWidget window;
    ui::SignalsView signalsView;
    ui::MarketView market;
    ui::TradingView desk;
    ui::TradePlanner planner(&window);
    planner.connectViews(&signalsView, &market, &desk);
    planner.setSource(std::make_shared<ui::ViewDataSource>());
    CoreSnapshot s;
    auto signal = std::make_shared<confluence::ConfluenceSignal>();
    signal->symbol = "ETHUSDT";
    signal->ready = true;
    signal->score = 85;
    signal->direction = confluence::Direction::Long;
    s.confluenceSignals.push_back(signal);
    signalsView.applySnapshot(s);
    planner.applySnapshot(s);
    QString why;
    EXPECT_FALSE(planner.available(QStringLiteral("ETHUSDT"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("local core"))) << why.toStdString();
    EXPECT_FALSE(signalsView.planButton()->isEnabled());
    EXPECT_EQ(signalsView.planReason(), why);
    signalsView.planAction()->trigger();
    EXPECT_EQ(planner.dialog(), nullptr) << "nothing opens";
}

TEST(ChartOverlay, TheDeskOfTheSelectedSymbolIsDrawnOverItsCandles)
{
    // BTCUSDT's candles around 50,000; the desk holds a resting buy, a resting sell far away, a long
    // with its stop-loss and take-profit, two fills, and an ETHUSDT order that is not this chart's.
    ui::MarketView market;
    market.setCandleSource([](const QString &symbol, int minutes, int, ui::MarketView::CandlesDone done) {
        CandleSeriesView v;
        v.symbol = symbol;
        v.intervalMinutes = minutes;
        for (int i = 0; i < 60; ++i)
            v.bars.push_back(
                {1'700'000'000'000LL + i * 60'000LL, 50'000.0 + i, 50'050.0 + i, 49'950.0 + i, 50'010.0 + i, 1, true});
        done(v);
    });
    CoreSnapshot s;
    s.epochMs = 1'700'003'600'000LL;
    MarketSummary m;
    m.symbol = QStringLiteral("BTCUSDT");
    m.lastPriceValue = 50'060;
    s.markets.push_back(m);
    market.resize(1200, 800);
    market.show();
    market.applySnapshot(s);
    market.selectSymbol(QStringLiteral("BTCUSDT"));
    ASSERT_TRUE(waitFor([&] { return market.drawsExchangeCandles(); }, 5000));

    auto view = std::make_shared<trading::TradingView>();
    const auto order = [](const char *symbol, trading::Side side, const char *price, const char *qty) {
        trading::TradingView::OrderRow row;
        row.order.intent.orderLinkId = std::string("o-") + symbol + price;
        row.order.intent.symbol = symbol;
        row.order.intent.side = side;
        row.order.status = trading::OrderStatus::New;
        row.price = price;
        row.quantity = qty;
        return row;
    };
    view->orders.push_back(order("BTCUSDT", trading::Side::Buy, "49990.0", "0.010"));
    view->orders.push_back(order("BTCUSDT", trading::Side::Sell, "90000.0", "0.020"));
    view->orders.push_back(order("ETHUSDT", trading::Side::Buy, "3000.00", "1.00"));
    auto filled = order("BTCUSDT", trading::Side::Buy, "50000.0", "0.500");
    filled.order.status = trading::OrderStatus::Filled;
    view->orders.push_back(filled);
    trading::TradingView::PositionRow p;
    p.symbol = "BTCUSDT";
    p.size = 0.005;
    p.sizeText = "0.005";
    p.averageEntry = 50'020;
    p.stopLoss = "49900.0";
    p.takeProfit = "50200.0";
    view->positions.push_back(p);
    for (const auto &[side, time, price] : {std::tuple{trading::Side::Buy, 1'700'001'200'000LL, "50020.0"},
                                            std::tuple{trading::Side::Sell, 1'700'002'400'000LL, "50040.0"}}) {
        trading::TradingView::ExecutionRow e;
        e.execution.symbol = "BTCUSDT";
        e.execution.side = side;
        e.execution.timeMs = time;
        e.price = price;
        view->executions.push_back(e);
    }

    const ui::TradingOverlay content = ui::tradingOverlay(*view, QStringLiteral("BTCUSDT"));
    ASSERT_EQ(content.levels.size(), 5U) << "two open orders, the entry, the stop-loss, the take-profit";
    EXPECT_EQ(content.levels[0].label, QStringLiteral("Buy 0.010"));
    EXPECT_EQ(content.levels[1].label, QStringLiteral("Sell 0.020"));
    EXPECT_EQ(content.levels[2].label, QStringLiteral("Long 0.005"));
    EXPECT_DOUBLE_EQ(content.levels[3].price, 50'200);
    EXPECT_DOUBLE_EQ(content.levels[4].price, 49'900);
    ASSERT_EQ(content.markers.size(), 2U);
    EXPECT_TRUE(content.markers[0].buy);
    EXPECT_FALSE(content.markers[1].buy);

    market.setTradingView(view);
    ui::ChartOverlay *overlay = market.chartOverlay();
    ASSERT_EQ(overlay->levels().size(), 5U);
    market.candleChart()->grab(); // one paint
    EXPECT_EQ(overlay->paintedLevels(), 4) << "the far sell is pinned to the edge, the rest drawn";
    EXPECT_EQ(overlay->pinnedLevels(), 1);
    EXPECT_EQ(overlay->paintedMarkers(), 2);
    // Lower prices lower on the chart: the stop-loss under the buy, the buy under the entry.
    EXPECT_GT(overlay->yOf(49'900), overlay->yOf(49'990));
    EXPECT_GT(overlay->yOf(49'990), overlay->yOf(50'020));

    // No desk: nothing drawn.
    market.setTradingView(nullptr);
    EXPECT_TRUE(overlay->levels().empty());
    EXPECT_TRUE(overlay->markers().empty());
}
