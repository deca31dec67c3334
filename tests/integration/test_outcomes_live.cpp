// Signal outcomes in a whole core against the simulator: the bootstrap history warms the plan's
// ATR, the live stream's evaluations become signals (thresholds of 50.01 and 50 make every evaluation one
// zone or the other), and a tracked outcome opens at a live trade and lands in the outcome
// database, written off the engine thread. Waits for events, never for a fixed time.
#include "SimulatorFixture.h"

#include "engine/AutoPaper.h"
#include "engine/SignalOutcomes.h"
#include "model/confluence/ConfluenceTypes.h"
#include "store/OutcomeStore.h"
#include "trading/TradingService.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <map>

using namespace virtuoso;
using namespace virtuoso::test;

namespace {

class OutcomesLive : public SimulatorFixture
{
protected:
    QStringList symbols() const override
    {
        return {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
    }
    // Every symbol's history has landed: the confluence engine scores its technical component.
    bool historyLanded() const
    {
        if (!latest)
            return false;
        int ready = 0;
        const auto technical = size_t(confluence::ComponentId::Technical);
        for (const auto &signal : latest->confluenceSignals)
            ready += signal && !std::isnan(signal->components[technical].score) ? 1 : 0;
        return ready == symbols().size();
    }
    CoreSnapshotPtr latest;
    QTemporaryDir dir;
    QString dbPath() const { return dir.filePath(QStringLiteral("outcomes.sqlite")); }

    std::vector<outcomes::Outcome> stored() const
    {
        store::OutcomeStore db;
        if (!db.open(dbPath(), true))
            return {};
        return db.loadOutcomes(OutcomeWriter::liveRun());
    }
    // For a failure message: why each stored signal has no plan.
    std::string whyNoPlan() const
    {
        std::string out;
        for (const outcomes::Outcome &o : stored())
            if (o.status == outcomes::OutcomeStatus::NoPlan)
                out += "; " + o.id + ": " + o.plan.why;
        return out;
    }
};

} // namespace

TEST_F(OutcomesLive, ALiveSignalOpensATrackedOutcomeKeptInTheDatabase)
{
    ASSERT_TRUE(dir.isValid());
    startCore({QStringLiteral("store.path=%1").arg(dir.filePath(QStringLiteral("history.db"))),
               QStringLiteral("confluence.long_threshold=50.01"), QStringLiteral("confluence.short_threshold=50")});
    ASSERT_TRUE(runtime);
    ASSERT_EQ(runtime->outcomesPath(), dbPath());
    QObject::connect(runtime.get(), &CoreRuntime::snapshotPublished, runtime.get(),
                     [this](const CoreSnapshotPtr &snapshot) { latest = snapshot; });
    ASSERT_TRUE(waitFor([&] { return historyLanded(); }, 30000));
    // The score moves across 50 again and again in a volatility burst: signals with a warm ATR.
    for (const QString &symbol : symbols())
        control("POST", QStringLiteral("/market/volatility"), {{"symbol", symbol}, {"seconds", 60}});
    ASSERT_TRUE(waitFor(
        [&] {
            const auto s = runtime->outcomesSummary();
            return s && s->opened > 0;
        },
        30000))
        << "evaluations seen: " << (runtime->outcomesSummary() ? runtime->outcomesSummary()->evaluations : -1);

    outcomes::Outcome open;
    ASSERT_TRUE(waitFor(
        [&] {
            for (const outcomes::Outcome &o : stored())
                if (o.status == outcomes::OutcomeStatus::Open) {
                    open = o;
                    return true;
                }
            return false;
        },
        60000))
        << "stored outcomes: " << stored().size() << ", without a plan: " << runtime->outcomesSummary()->noPlan
        << whyNoPlan();
    EXPECT_TRUE(open.plan.valid);
    EXPECT_GT(open.signal.atr, 0);
    EXPECT_GT(open.plan.entry, 0);
    EXPECT_GE(open.entryTimeMs, open.signal.timeMs);
    EXPECT_NE(open.plan.stop, open.plan.entry);

    // Stopping hands on what is left; the database keeps what the tracker had.
    const long long handedOn = runtime->outcomesSummary()->handedOn;
    runtime->stop();
    EXPECT_GE(stored().size(), 1u);
    EXPECT_GT(handedOn, 0);
    EXPECT_TRUE(runtime->outcomesPath().isEmpty());
}

TEST_F(OutcomesLive, WithoutTheStoreNoTrackerAndNoDatabase)
{
    ASSERT_TRUE(dir.isValid());
    startCore({QStringLiteral("store.enabled=false"),
               QStringLiteral("store.path=%1").arg(dir.filePath(QStringLiteral("history.db")))});
    EXPECT_TRUE(runtime->outcomesPath().isEmpty());
    EXPECT_FALSE(runtime->outcomesSummary());
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 20000));
    EXPECT_FALSE(QFileInfo::exists(dbPath()));
}

// Auto-paper in the whole core: a tracked signal becomes a market order on the paper venue with the
// plan's stop and take-profit, filled against the simulator's live book, one trade per symbol.
TEST_F(OutcomesLive, AutoPaperTradesATrackedSignalOnThePaperVenue)
{
    ASSERT_TRUE(dir.isValid());
    startCore({QStringLiteral("store.path=%1").arg(dir.filePath(QStringLiteral("history.db"))),
               QStringLiteral("confluence.long_threshold=50.01"), QStringLiteral("confluence.short_threshold=50"),
               QStringLiteral("trading.venue=paper"), QStringLiteral("trading.auto_paper=true"),
               QStringLiteral("trading.audit_path=%1").arg(dir.filePath(QStringLiteral("audit.sqlite")))});
    ASSERT_TRUE(runtime);
    const AutoPaper *autoPaper = runtime->autoPaper();
    ASSERT_NE(autoPaper, nullptr);
    QObject::connect(runtime.get(), &CoreRuntime::snapshotPublished, runtime.get(),
                     [this](const CoreSnapshotPtr &snapshot) { latest = snapshot; });
    ASSERT_TRUE(waitFor([&] { return historyLanded(); }, 30000));
    for (const QString &symbol : symbols())
        control("POST", QStringLiteral("/market/volatility"), {{"symbol", symbol}, {"seconds", 60}});

    // A trade whose entry filled: its order is the desk's, with the plan's stop and take-profit.
    AutoPaperTrade trade;
    ASSERT_TRUE(waitFor(
        [&] {
            for (const AutoPaperTrade &t : autoPaper->trades())
                if (t.state == AutoPaperTrade::State::Open || t.state == AutoPaperTrade::State::Closed) {
                    trade = t;
                    return true;
                }
            return false;
        },
        60000))
        << "signals " << autoPaper->summary().signalCount << ", skipped " << autoPaper->summary().skipped << ", failed "
        << autoPaper->summary().failed << whyNoPlan();
    EXPECT_GT(trade.entryPrice, 0);
    EXPECT_GT(trade.plannedRisk, 0);
    EXPECT_TRUE(trade.direction == confluence::Direction::Long
                    ? trade.stop < trade.plannedEntry && trade.takeProfit > trade.plannedEntry
                    : trade.stop > trade.plannedEntry && trade.takeProfit < trade.plannedEntry);
    const trading::TradingViewPtr view = runtime->tradingView();
    ASSERT_TRUE(view);
    bool found = false;
    for (const auto &row : view->orders) {
        if (row.order.intent.orderLinkId != trade.orderLinkId)
            continue;
        found = true;
        EXPECT_EQ(row.order.intent.symbol, trade.symbol);
        EXPECT_EQ(row.order.status, trading::OrderStatus::Filled);
        EXPECT_FALSE(row.takeProfit.empty());
        EXPECT_FALSE(row.stopLoss.empty());
    }
    EXPECT_TRUE(found) << trade.orderLinkId;

    // Never two trades on one symbol at once.
    std::map<std::string, int> active;
    for (const AutoPaperTrade &t : autoPaper->trades())
        if (t.state == AutoPaperTrade::State::Placed || t.state == AutoPaperTrade::State::Open) {
            EXPECT_EQ(++active[t.symbol], 1) << t.symbol;
        }
    runtime->stop();
    EXPECT_EQ(runtime->autoPaper(), nullptr);
}
