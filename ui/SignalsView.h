#pragma once

#include <QPointF>
#include <QWidget>

#include <deque>
#include <map>
#include <memory>
#include <vector>

class QAction;
class QChartView;
class QPushButton;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace virtuoso {
struct CoreSnapshot;
namespace confluence {
struct ConfluenceSignal;
struct SubIndicatorReading;
} // namespace confluence
} // namespace virtuoso

namespace virtuoso::ui {

// Confluence scores per symbol: score (as a bar), direction, reliability and mixed-signal conflicts in
// a table, the selected symbol's score over the last ten minutes under it, and beside it the breakdown
// to drill into: components and sub-indicators with their score bars, each sub-indicator's reading per
// timeframe (value, warming progress or what is missing), and the inputs behind each score. While the
// snapshot carries no signals the view says plainly that the engine is not running instead of drawing
// anything that could be mistaken for a signal.
class SignalsView : public QWidget
{
    Q_OBJECT
public:
    explicit SignalsView(QWidget *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);
    bool engineRunning() const { return m_engineRunning; }
    QString stateText() const;
    QTableWidget *signalTable() const { return m_table; }
    QTreeWidget *breakdownTree() const { return m_breakdown; }
    // Opens the first scored sub-indicator and its first scored timeframe, so that one whole
    // drill-down is in view (the screenshot mode uses it).
    void revealFirstReading();
    // The symbol whose breakdown is shown (the selected row, else the first).
    QString selectedSymbol() const;
    // Selects the row of `symbol` (remembered until it appears) without emitting symbolSelected.
    void selectSymbol(const QString &symbol);
    // The selected symbol's score over the last ten minutes, one point per second at most.
    QChartView *historyChart() const { return m_historyView; }
    int historyPoints(const QString &symbol) const;
    int drawnHistoryPoints() const;
    static constexpr int kHistoryPoints = 600;
    // The score (a double) behind a score cell of the table and the breakdown, drawn as a bar.
    static constexpr int kScoreRole = Qt::UserRole + 1;

    // "Plan trade…" (context menu, the button over the breakdown, Ctrl+T): enabled for `symbol` when
    // a plan can be made, else disabled with the reason (its tooltip and the line beside the button).
    void setPlanAvailability(const QString &symbol, bool available, const QString &why);
    QAction *planAction() const { return m_planAction; }
    QPushButton *planButton() const { return m_planButton; }
    QString planReason() const;

signals:
    // The operator selected another symbol's row.
    void symbolSelected(const QString &symbol);
    // "Plan trade…" for the selected symbol.
    void planTradeRequested(const QString &symbol);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSignals();
    void showBreakdown();
    void showHistory();
    QString directionText(int direction) const;
    QString stateName(int sufficiency) const;
    // "ready · value 63.2", "warming 12/14", "unavailable: no trades yet".
    QString readingText(const confluence::SubIndicatorReading &reading) const;
    void showInputs(QTreeWidgetItem *parent, const confluence::SubIndicatorReading &reading) const;

    QStackedWidget *m_pages;
    QLabel *m_state;
    QTableWidget *m_table;
    QTreeWidget *m_breakdown;
    QChartView *m_historyView;
    QLineSeries *m_historySeries;
    QCategoryAxis *m_historyTime;
    QString m_historySymbol; // whose points the series holds
    std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> m_signals;
    std::map<QString, std::deque<QPointF>> m_history; // (epoch ms, score) per symbol
    bool m_engineRunning = false;
    QString m_wantedSymbol; // asked for by selectSymbol before its row existed
    QAction *m_planAction;
    QPushButton *m_planButton;
    QLabel *m_planReason;
    QString m_planSymbol; // whose availability the action shows
};

} // namespace virtuoso::ui
