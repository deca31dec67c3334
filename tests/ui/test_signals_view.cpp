#include "SignalsView.h"

#include "confluence/ConfluenceTypes.h"
#include "runtime/SnapshotPublisher.h"

#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

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

} // namespace
} // namespace virtuoso::ui
