#include "SignalsView.h"

#include "confluence/ConfluenceTypes.h"
#include "runtime/SnapshotPublisher.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <cmath>

namespace virtuoso::ui {
namespace {

std::shared_ptr<const confluence::ConfluenceSignal>
makeSignal(const char *symbol, double score, confluence::Direction direction, double reliability, bool mixed)
{
    auto s = std::make_shared<confluence::ConfluenceSignal>();
    s->symbol = symbol;
    s->score = score;
    s->direction = direction;
    s->reliability = reliability;
    s->ready = true;
    for (int c = 0; c < confluence::kComponentCount; ++c) {
        auto &component = s->components[size_t(c)];
        component.id = static_cast<confluence::ComponentId>(c);
        component.score = 40 + c;
        component.timeframes[0].count = 2;
        component.timeframes[0].subs[0].name = "rsi";
        component.timeframes[0].subs[0].state = confluence::Sufficiency::Ready;
        component.timeframes[0].subs[1].name = "macd";
        component.timeframes[0].subs[1].state = confluence::Sufficiency::Warming;
        component.blended[0] = 71.26;
        component.blended[1] = NAN;
    }
    if (mixed) {
        s->conflicts[0] = {confluence::ComponentId::Technical, "rsi", 71.25, "macd", 22.0};
        s->conflictCount = 1;
    }
    return s;
}

TEST(SignalsView, ShowsScoresDirectionsConflictsAndTheSelectedBreakdown)
{
    SignalsView view;
    CoreSnapshot snapshot;
    snapshot.confluenceSignals = {makeSignal("BTCUSDT", 72.349, confluence::Direction::Long, 0.8, true),
                                  makeSignal("ETHUSDT", 31.0, confluence::Direction::Short, 0.456, false)};
    view.applySnapshot(snapshot);
    ASSERT_TRUE(view.engineRunning());
    QTableWidget *table = view.signalTable();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("BTCUSDT"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("72.3"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("long"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("short"));
    EXPECT_NE(table->item(0, 2)->foreground().color(), table->item(1, 2)->foreground().color());
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("80 %"));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("46 %"));
    EXPECT_TRUE(table->item(0, 4)->text().contains(QStringLiteral("rsi")));
    EXPECT_TRUE(table->item(0, 4)->text().contains(QStringLiteral("macd")));
    EXPECT_TRUE(table->item(1, 4)->text().isEmpty());

    // The first symbol's breakdown until another row is selected.
    QTreeWidget *tree = view.breakdownTree();
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("BTCUSDT"));
    ASSERT_EQ(tree->topLevelItemCount(), confluence::kComponentCount);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("orderflow"));
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("40.0"));
    ASSERT_EQ(tree->topLevelItem(0)->childCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("71.3"));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("ready"));
    EXPECT_EQ(tree->topLevelItem(0)->child(1)->text(2), QStringLiteral("warming"));

    table->selectRow(1);
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("ETHUSDT"));
    view.applySnapshot(snapshot); // the selection survives the next snapshot
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("ETHUSDT"));

    view.applySnapshot(CoreSnapshot{});
    EXPECT_FALSE(view.engineRunning());
    EXPECT_TRUE(view.stateText().contains(QStringLiteral("not running")));
}

TEST(SignalsView, KeepsTenMinutesOfScoreHistoryPerSymbolAndChartsTheSelectedOne)
{
    SignalsView view;
    view.resize(1000, 600);
    constexpr qint64 kT0 = 1'764'300'000'000;
    const auto at = [&](qint64 ms, double btc, double eth) {
        CoreSnapshot snapshot;
        snapshot.epochMs = ms;
        snapshot.confluenceSignals = {makeSignal("BTCUSDT", btc, confluence::Direction::Long, 0.8, false),
                                      makeSignal("ETHUSDT", eth, confluence::Direction::Short, 0.5, false)};
        view.applySnapshot(snapshot);
    };
    // Ten snapshots a second for two seconds: one point per second is kept.
    for (int i = 0; i < 20; ++i)
        at(kT0 + i * 100, 50 + i, 30);
    EXPECT_EQ(view.historyPoints(QStringLiteral("BTCUSDT")), 2);
    EXPECT_EQ(view.drawnHistoryPoints(), 2); // the first row (BTCUSDT) is selected
    EXPECT_TRUE(view.historyChart()->chart()->title().startsWith(QStringLiteral("BTCUSDT")));
    const auto *series = qobject_cast<QLineSeries *>(view.historyChart()->chart()->series().value(0));
    ASSERT_TRUE(series);
    EXPECT_DOUBLE_EQ(series->at(0).y(), 50.0);
    EXPECT_DOUBLE_EQ(series->at(1).y(), 60.0); // the snapshot at +1000 ms
    EXPECT_DOUBLE_EQ(series->at(1).x(), static_cast<double>(kT0 + 1000));

    // A symbol without a score (not enough data) adds no point.
    at(kT0 + 3000, NAN, 31);
    EXPECT_EQ(view.historyPoints(QStringLiteral("BTCUSDT")), 2);
    EXPECT_EQ(view.historyPoints(QStringLiteral("ETHUSDT")), 3);

    // Selecting the other symbol charts its history.
    view.signalTable()->selectRow(1);
    EXPECT_EQ(view.drawnHistoryPoints(), 3);
    EXPECT_TRUE(view.historyChart()->chart()->title().startsWith(QStringLiteral("ETHUSDT")));

    // Bounded: ten minutes at one point per second.
    for (int i = 0; i < SignalsView::kHistoryPoints + 50; ++i)
        at(kT0 + 10'000 + i * 1000LL, 40, 35);
    EXPECT_EQ(view.historyPoints(QStringLiteral("BTCUSDT")), SignalsView::kHistoryPoints);
    EXPECT_EQ(view.drawnHistoryPoints(), SignalsView::kHistoryPoints);
    EXPECT_FALSE(view.historyChart()->grab().isNull());
}

} // namespace
} // namespace virtuoso::ui
