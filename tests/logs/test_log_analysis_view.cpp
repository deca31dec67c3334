// The workstation's Log analysis view: a file analysed in the background, the report shown with
// its chart and findings; a bad daemon address answered with a message.
#include "LogAnalysisView.h"
#include "TestSupport.h"

#include <QBarSet>
#include <QChartView>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::test;

TEST(LogAnalysisView, OpensTheIncidentJournalAndShowsTheFindings)
{
    ui::LogAnalysisView view;
    QSignalSpy shown(&view, &ui::LogAnalysisView::reportShown);
    view.openFile(dataFile(QStringLiteral("logs/incident-journal.json.gz")));
    ASSERT_TRUE(shown.wait(20000)); // the analysis runs on a worker thread
    EXPECT_TRUE(view.verdictText().startsWith(QStringLiteral("Unhealthy")));
    EXPECT_TRUE(view.verdictText().contains(QStringLiteral("conn_6, conn_8, conn_9")));

    QTreeWidget *tree = view.findings();
    ASSERT_EQ(tree->topLevelItemCount(), 6);
    QTreeWidgetItem *errors = tree->topLevelItem(1);
    EXPECT_EQ(errors->childCount(), 4);
    EXPECT_TRUE(errors->child(0)->text(0).contains(QStringLiteral("handler timeout for conn_<*>")));
    EXPECT_TRUE(errors->child(0)->text(4).contains(QStringLiteral("conn_6, conn_8, conn_9")));
    EXPECT_EQ(tree->topLevelItem(2)->childCount(), 8); // incidents
    EXPECT_EQ(tree->topLevelItem(3)->childCount(), 0); // unexpected warnings
    EXPECT_EQ(tree->topLevelItem(4)->childCount(), 2); // expected ones

    const auto series = view.chart()->chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), 2);
    EXPECT_EQ(bars->barSets().at(1)->count(), 2);       // two hours
    EXPECT_DOUBLE_EQ(bars->barSets().at(1)->at(0), 34); // errors in the first hour
}

TEST(LogAnalysisView, ABadDaemonAddressOrTokenFileIsAMessage)
{
    ui::LogAnalysisView view;
    view.askDaemon(QUrl(QStringLiteral("ftp://example")), {}, 1);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("http://")));
    view.askDaemon(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("/nonexistent/token"), 1);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("token")));
}
