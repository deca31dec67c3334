// The Performance view: the scorecard table, the R equity curve, the calibration band and the
// drill-down into one outcome, from data a loader hands over asynchronously; unavailable sources
// say why.
#include "PerformanceView.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>

#include <QValueAxis>

#include <cmath>

#include <gtest/gtest.h>

#include <thread>

using namespace virtuoso;
using namespace virtuoso::ui;
using outcomes::Outcome;

namespace {

constexpr std::int64_t kT0 = 1'733'011'200'000;

Outcome outcome(const char *symbol, int n, double score, double netR, outcomes::OutcomeStatus status)
{
    Outcome o;
    o.id = std::string(symbol) + "-" + std::to_string(n);
    o.signal.symbol = symbol;
    o.signal.timeMs = kT0 + n * 60'000;
    o.signal.score = score;
    o.signal.direction = score >= 50 ? confluence::Direction::Long : confluence::Direction::Short;
    o.signal.atr = 2;
    o.signal.referencePrice = 100;
    o.status = status;
    o.plan = outcomes::makeTradePlan(o.signal.direction, 100, 2, NAN, NAN);
    o.entryTimeMs = o.signal.timeMs + 1000;
    if (status == outcomes::OutcomeStatus::Closed) {
        o.exitTimeMs = o.signal.timeMs + 30'000 + n;
        o.exitReason = netR > 0 ? outcomes::ExitReason::Target : outcomes::ExitReason::Stop;
        o.exitPrice = o.plan.priceAtR(netR);
        o.grossR = o.netR = netR;
        o.costR = 0;
    }
    return o;
}

PerformanceData data()
{
    PerformanceData d;
    d.available = true;
    d.outcomes = {outcome("BTCUSDT", 1, 80, 3, outcomes::OutcomeStatus::Closed),
                  outcome("ETHUSDT", 2, 20, -1, outcomes::OutcomeStatus::Closed),
                  outcome("BTCUSDT", 3, 76, -1, outcomes::OutcomeStatus::Closed),
                  outcome("SOLUSDT", 4, 90, 0, outcomes::OutcomeStatus::Open)};
    std::vector<outcomes::ForwardSample> samples;
    for (int i = 0; i < 40; ++i) {
        outcomes::ForwardSample s;
        s.symbol = "BTCUSDT";
        s.timeMs = kT0 + i * 60'000;
        s.score = 20 + i * 2;
        s.referencePrice = 100;
        s.forwardReturn = {0.0001 * i, 0.0002 * (i % 7), 0.0003};
        samples.push_back(s);
    }
    d.card = outcomes::Scorecard::compute(d.outcomes, samples);
    return d;
}

int countRows(QStandardItemModel *model, const QString &group)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        n += model->item(r, 0)->text() == group ? 1 : 0;
    return n;
}

} // namespace

TEST(PerformanceView, TheScorecardTheChartsAndTheDrillDown)
{
    PerformanceView view;
    view.applyData(data());
    QStandardItemModel *card = view.scorecardModel();
    ASSERT_GE(card->rowCount(), 1);
    EXPECT_EQ(card->item(0, 0)->text(), QStringLiteral("Overall"));
    EXPECT_EQ(card->item(0, 2)->text(), QStringLiteral("3")); // closed outcomes; the open one is not scored
    EXPECT_GE(countRows(card, QStringLiteral("Symbol")), 2);  // BTCUSDT and ETHUSDT closed
    EXPECT_EQ(countRows(card, QStringLiteral("Direction")), 2);
    EXPECT_GE(countRows(card, QStringLiteral("Score")), 2);
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("4 signal")));

    // The equity curve starts at 0 and follows the closed outcomes by exit: 3, 2, 1.
    const auto equity = view.equityChart()->chart()->series();
    ASSERT_EQ(equity.size(), 1);
    const QList<QPointF> points = static_cast<QLineSeries *>(equity.first())->points();
    ASSERT_EQ(points.size(), 4);
    EXPECT_DOUBLE_EQ(points.last().y(), 1);
    // Both axes tick on round values: a step of 1, 2 or 5 times a power of ten from a multiple of it.
    for (QAbstractAxis *axis : view.equityChart()->chart()->axes()) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        ASSERT_TRUE(values);
        const double step = (values->max() - values->min()) / (values->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        EXPECT_TRUE(std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 || std::fabs(mantissa - 5) < 1e-9)
            << values->min() << " .. " << values->max() << " in " << values->tickCount() << " ticks";
        EXPECT_NEAR(std::remainder(values->min(), step), 0, 1e-9) << values->min() << " step " << step;
    }

    // The calibration: a band (the interval), the means and their markers, one per bucket.
    const auto calibration = view.calibrationChart()->chart()->series();
    ASSERT_EQ(calibration.size(), 3);
    auto *band = qobject_cast<QAreaSeries *>(calibration.at(0));
    ASSERT_TRUE(band);
    const auto *mean = static_cast<QLineSeries *>(calibration.at(1));
    EXPECT_GE(mean->count(), 2);
    for (int i = 0; i < mean->count(); ++i) {
        EXPECT_LE(band->lowerSeries()->at(i).y(), mean->at(i).y() + 1e-9);
        EXPECT_GE(band->upperSeries()->at(i).y(), mean->at(i).y() - 1e-9);
    }
    view.setCalibrationHorizon(0);
    EXPECT_TRUE(view.calibrationChart()->chart()->title().contains(QStringLiteral("5m")));

    // Outcomes newest first; selecting one shows its plan and how it ended.
    ASSERT_EQ(view.outcomesModel()->rowCount(), 4);
    EXPECT_EQ(view.outcomesModel()->item(0, 1)->text(), QStringLiteral("SOLUSDT"));
    view.selectOutcome(1);
    const QString detail = view.detail()->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("BTCUSDT-3"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Stop"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("stop"))) << "the exit reason";
    // A refresh keeps the selection on the same outcome.
    view.applyData(data());
    EXPECT_EQ(view.outcomesTable()->currentIndex().row(), 1);
    view.selectOutcome(99); // out of range: cleared, no crash
    EXPECT_TRUE(view.detail()->toPlainText().isEmpty());
}

TEST(PerformanceView, ALoaderAnswersFromAnotherThreadAndUnavailableSaysWhy)
{
    PerformanceView view;
    EXPECT_FALSE(view.summaryLabel()->text().isEmpty());
    int asked = 0;
    std::thread worker;
    QSignalSpy applied(&view, &PerformanceView::dataApplied);
    view.setLoader([&](std::function<void(PerformanceData)> done) {
        ++asked;
        if (worker.joinable())
            worker.join();
        worker = std::thread([done = std::move(done)] { done(data()); });
    });
    EXPECT_EQ(asked, 1);
    ASSERT_TRUE(applied.wait(10000));
    EXPECT_EQ(view.outcomesModel()->rowCount(), 4);
    if (worker.joinable())
        worker.join();

    view.setUnavailable(QStringLiteral("not from here"));
    EXPECT_EQ(view.summaryLabel()->text(), QStringLiteral("not from here"));
    EXPECT_EQ(view.outcomesModel()->rowCount(), 0);
    EXPECT_EQ(view.scorecardModel()->rowCount(), 0);
    view.reload(); // without a loader: nothing asked
    EXPECT_EQ(asked, 1);
}
