#include "ScoreBarDelegate.h"
#include "SignalsView.h"

#include "model/confluence/ConfluenceTypes.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

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
    EXPECT_TRUE(table->item(0, 4)->text().contains(QStringLiteral("RSI"))); // the core's names, made readable
    EXPECT_TRUE(table->item(0, 4)->text().contains(QStringLiteral("MACD")));
    EXPECT_TRUE(table->item(1, 4)->text().isEmpty());

    // The first symbol's breakdown until another row is selected.
    QTreeWidget *tree = view.breakdownTree();
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("BTCUSDT"));
    ASSERT_EQ(tree->topLevelItemCount(), confluence::kComponentCount);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Order flow"));
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

namespace virtuoso::ui {
namespace {

TEST(SignalsView, DrillsDownToEachTimeframesReadingAndTheInputsBehindTheScore)
{
    auto signal = std::make_shared<confluence::ConfluenceSignal>();
    signal->symbol = "BTCUSDT";
    signal->score = 61.0;
    signal->ready = true;
    for (int c = 0; c < confluence::kComponentCount; ++c)
        signal->components[size_t(c)].id = static_cast<confluence::ComponentId>(c);
    // A per-timeframe component: rsi ready on 1m and 5m, warming on 30m, missing data on 4h.
    confluence::ComponentSummary &technical = signal->components[size_t(confluence::ComponentId::Technical)];
    technical.perTimeframe = true;
    technical.score = 66.0;
    technical.blended[0] = 64.5;
    for (int tf = 0; tf < confluence::kTimeframeCount; ++tf)
        technical.timeframes[size_t(tf)].count = 1;
    technical.timeframes[0].subs[0].name = "rsi";
    technical.timeframes[0].subs[0].setReady(63.25, 70.0, {{"period", 14}, {"rsi", 63.25}});
    technical.timeframes[1].subs[0].name = "rsi";
    technical.timeframes[1].subs[0].setReady(55.5, 59.0, {{"period", 14}, {"rsi", 55.5}});
    technical.timeframes[2].subs[0].name = "rsi";
    technical.timeframes[2].subs[0].setWarming(9, 15);
    technical.timeframes[3].subs[0].name = "rsi";
    technical.timeframes[3].subs[0].setUnavailable("no candles yet");
    // A live component: one reading, inputs right under the sub-indicator.
    confluence::ComponentSummary &book = signal->components[size_t(confluence::ComponentId::Orderbook)];
    book.perTimeframe = false;
    book.score = 35.0;
    book.timeframes[0].count = 1;
    book.timeframes[0].subs[0].name = "spread";
    book.timeframes[0].subs[0].setReady(0.8, 35.0, {{"spread_bp", 0.8}, {"typical_bp", 0.5}, {"mid", 27450.05}});
    book.blended[0] = 35.0;

    SignalsView view;
    CoreSnapshot snapshot;
    snapshot.confluenceSignals = {signal};
    view.applySnapshot(snapshot);
    QTreeWidget *tree = view.breakdownTree();
    ASSERT_EQ(tree->topLevelItemCount(), confluence::kComponentCount);

    // Every row below is looked up by position; a missing one fails here rather than crashing.
    auto at = [](QTreeWidgetItem *parent, int index) {
        QTreeWidgetItem *item = parent ? parent->child(index) : nullptr;
        if (!item)
            throw std::runtime_error("missing row " + std::to_string(index));
        return item;
    };
    QTreeWidgetItem *technicalRow = tree->topLevelItem(int(confluence::ComponentId::Technical));
    ASSERT_NE(technicalRow, nullptr);
    EXPECT_EQ(technicalRow->text(0), QStringLiteral("Technical"));
    EXPECT_DOUBLE_EQ(technicalRow->data(1, SignalsView::kScoreRole).toDouble(), 66.0) << "the component's bar";
    ASSERT_EQ(technicalRow->childCount(), 1);
    QTreeWidgetItem *rsi = at(technicalRow, 0);
    EXPECT_EQ(rsi->text(0), QStringLiteral("RSI"));
    EXPECT_EQ(rsi->text(1), QStringLiteral("64.5"));
    EXPECT_DOUBLE_EQ(rsi->data(1, SignalsView::kScoreRole).toDouble(), 64.5);
    ASSERT_EQ(rsi->childCount(), confluence::kTimeframeCount);
    QTreeWidgetItem *m1 = at(rsi, 0);
    EXPECT_EQ(m1->text(0), QStringLiteral("1m"));
    EXPECT_EQ(m1->text(1), QStringLiteral("70.0"));
    EXPECT_EQ(m1->text(2), QStringLiteral("ready · value 63.25"));
    EXPECT_EQ(at(rsi, 1)->text(0), QStringLiteral("5m"));
    EXPECT_EQ(at(rsi, 1)->text(1), QStringLiteral("59.0"));
    EXPECT_EQ(at(rsi, 2)->text(2), QStringLiteral("warming 9/15"));
    EXPECT_FALSE(at(rsi, 2)->data(1, SignalsView::kScoreRole).isValid()) << "no bar without a score";
    EXPECT_EQ(at(rsi, 3)->text(0), QStringLiteral("4h"));
    EXPECT_EQ(at(rsi, 3)->text(2), QStringLiteral("unavailable: no candles yet"));
    // The inputs behind the 1m score.
    ASSERT_EQ(m1->childCount(), 2);
    EXPECT_EQ(at(m1, 0)->text(0), QStringLiteral("period"));
    EXPECT_EQ(at(m1, 0)->text(2), QStringLiteral("14"));
    EXPECT_EQ(at(m1, 1)->text(2), QStringLiteral("63.25"));
    EXPECT_TRUE(at(m1, 1)->text(1).isEmpty()) << "an input is not a score";
    EXPECT_EQ(at(rsi, 2)->childCount(), 0) << "a warming reading has no inputs yet";

    QTreeWidgetItem *bookRow = tree->topLevelItem(int(confluence::ComponentId::Orderbook));
    ASSERT_NE(bookRow, nullptr);
    ASSERT_EQ(bookRow->childCount(), 1);
    QTreeWidgetItem *spread = at(bookRow, 0);
    EXPECT_EQ(spread->text(2), QStringLiteral("ready · value 0.8"));
    ASSERT_EQ(spread->childCount(), 3) << "a live component's inputs sit under its sub-indicator";
    EXPECT_EQ(at(spread, 2)->text(0), QStringLiteral("mid"));
    EXPECT_EQ(at(spread, 2)->text(2), QStringLiteral("27450.05"));

    // The screenshot mode opens one whole drill-down: the first scored timeframe with inputs.
    EXPECT_FALSE(rsi->isExpanded());
    view.revealFirstReading();
    EXPECT_TRUE(rsi->isExpanded());
    EXPECT_TRUE(m1->isExpanded());

    // What the user opened stays open, and the same rows show the next snapshot's values.
    technicalRow->setExpanded(false);
    auto next = std::make_shared<confluence::ConfluenceSignal>(*signal);
    next->components[size_t(confluence::ComponentId::Technical)].timeframes[0].subs[0].setReady(
        71.0, 80.0, {{"period", 14}, {"rsi", 71.0}});
    snapshot.confluenceSignals = {next};
    view.applySnapshot(snapshot);
    EXPECT_EQ(tree->topLevelItem(int(confluence::ComponentId::Technical)), technicalRow) << "updated in place";
    EXPECT_FALSE(technicalRow->isExpanded());
    EXPECT_TRUE(rsi->isExpanded());
    EXPECT_TRUE(m1->isExpanded());
    EXPECT_EQ(m1->text(1), QStringLiteral("80.0"));
    EXPECT_EQ(at(m1, 1)->text(2), QStringLiteral("71"));

    // The table's score cell carries the bar's score too.
    EXPECT_DOUBLE_EQ(view.signalTable()->item(0, 1)->data(SignalsView::kScoreRole).toDouble(), 61.0);
}

TEST(ScoreBarDelegate, TheBarRunsFromTheNeutralMiddleTowardsTheScore)
{
    const QRectF area(0, 0, 200, 10);
    EXPECT_EQ(ScoreBarDelegate::barRect(area, 75.0), QRectF(100, 0, 50, 10));
    EXPECT_EQ(ScoreBarDelegate::barRect(area, 20.0), QRectF(40, 0, 60, 10));
    EXPECT_EQ(ScoreBarDelegate::barRect(area, 50.0).width(), 0.0);
    EXPECT_EQ(ScoreBarDelegate::barRect(area, 140.0), QRectF(100, 0, 100, 10)) << "clamped to the scale";
}

} // namespace
} // namespace virtuoso::ui
