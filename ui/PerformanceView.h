#pragma once

#include "model/outcomes/OutcomeTypes.h"
#include "model/outcomes/Scorecard.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

// What the Performance view shows: the live run's outcomes (newest last) and its scorecard.
struct PerformanceData
{
    bool available = false;
    QString reason; // why not, when not available
    std::vector<outcomes::Outcome> outcomes;
    outcomes::Scorecard card;
};

// The Performance view: what became of the confluence signals of the running core (docs/backtest.md).
// The scorecard (overall, by symbol, direction and score bucket), the R equity curve, the calibration
// of scores against forward returns with the 95 % interval as a band, and the outcomes with a
// drill-down into one: what was known at the signal, the plan (entry, stop, targets) and how it ended.
class PerformanceView : public QWidget
{
    Q_OBJECT
public:
    // Asks for the data; `done` may run on any thread, once.
    using Loader = std::function<void(std::function<void(PerformanceData)>)>;

    explicit PerformanceView(QWidget *parent = nullptr);

    // Where the data comes from; the view reloads now and every `refreshMs` while shown.
    void setLoader(Loader loader, int refreshMs = 10'000);
    // No data from this source, with the reason shown in place of the figures.
    void setUnavailable(const QString &reason);
    // Reads the outcome database of a local core on its query thread.
    static Loader localLoader(CoreRuntime *core);

    void reload();
    void applyData(const PerformanceData &data);
    // Shows the drill-down of the outcome in `row` of the outcomes table (newest first).
    void selectOutcome(int row);
    // Which calibration horizon the chart shows (an index into the scorecard's calibrations).
    void setCalibrationHorizon(int index);

    QStandardItemModel *scorecardModel() const { return m_scorecard; }
    QStandardItemModel *outcomesModel() const { return m_outcomes; }
    QTableView *outcomesTable() const { return m_outcomesTable; }
    QChartView *equityChart() const { return m_equityView; }
    QChartView *calibrationChart() const { return m_calibrationView; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    // After the view took new data (or the reason there is none).
    void dataApplied();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillScorecard();
    void fillOutcomes();
    void drawEquity();
    void drawCalibration();
    QString outcomeDetail(const outcomes::Outcome &o) const;

    Loader m_loader;
    QTimer m_refresh;
    bool m_loading = false;
    PerformanceData m_data;
    QLabel *m_summary;
    QPushButton *m_reload;
    QStandardItemModel *m_scorecard;
    QTableView *m_scorecardTable;
    QStandardItemModel *m_outcomes;
    QTableView *m_outcomesTable;
    QChartView *m_equityView;
    QChartView *m_calibrationView;
    QComboBox *m_horizon;
    QTextBrowser *m_detail;
    QWidget *m_content;
};

} // namespace virtuoso::ui
