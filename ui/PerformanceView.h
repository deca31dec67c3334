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

class RemoteHost;

// What the Performance view shows: the live run's outcomes (newest last) and its scorecard.
struct PerformanceData
{
    bool available = false;
    QString reason; // why not, when not available
    // Not available for now (the host cannot be reached, its answer cannot be read): figures the view
    // already holds from this source stay, greyed and dated, until a read succeeds. Otherwise the
    // source has none (outcomes off there, nothing written yet) and the view clears.
    bool failed = false;
    qint64 asOfMs = 0; // when the figures were read (epoch ms, this computer's clock)
    QString origin;    // the remote host ("host:port"); empty for the in-process core
    std::vector<outcomes::Outcome> outcomes;
    outcomes::Scorecard card;

    static PerformanceData unavailable(QString reason, bool failed = false, QString origin = {})
    {
        PerformanceData d;
        d.reason = std::move(reason);
        d.failed = failed;
        d.origin = std::move(origin);
        return d;
    }
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
    // Reads a daemon's GET /api/v1/signals/scorecard and /outcomes through its API client
    // (PerformanceViewRemote.cpp); answers on the GUI thread.
    static Loader remoteLoader(RemoteHost *host);
    // The newest outcomes asked of a daemon (and kept from a local core).
    static constexpr int kMaxOutcomesShown = 2000;

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
    QPushButton *refreshButton() const { return m_reload; }
    // True while the figures shown are an older read's, kept because the last read failed.
    bool showingStaleFigures() const { return m_stale; }

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
    QString figuresSummary() const;

    Loader m_loader;
    QTimer m_refresh;
    bool m_loading = false;
    quint64 m_generation = 0; // of the loader: answers of an earlier one are dropped
    bool m_stale = false;
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
