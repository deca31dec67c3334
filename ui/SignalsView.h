#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace virtuoso {
struct CoreSnapshot;
namespace confluence {
struct ConfluenceSignal;
}
} // namespace virtuoso

namespace virtuoso::ui {

// Confluence scores per symbol: score, direction, reliability and mixed-signal conflicts in a table,
// with the selected symbol's component breakdown beside it. While the snapshot carries no signals
// the view says plainly that the engine is not running instead of drawing anything that could be
// mistaken for a signal.
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
    // The symbol whose breakdown is shown (the selected row, else the first).
    QString selectedSymbol() const;

private:
    void showSignals();
    void showBreakdown();
    QString directionText(int direction) const;
    QString stateName(int sufficiency) const;

    QStackedWidget *m_pages;
    QLabel *m_state;
    QTableWidget *m_table;
    QTreeWidget *m_breakdown;
    std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> m_signals;
    bool m_engineRunning = false;
};

} // namespace virtuoso::ui
