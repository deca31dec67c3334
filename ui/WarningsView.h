#pragma once

#include "model/health/WarningAggregator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace virtuoso::ui {

class WarningsModel;

// The aggregated warnings: what is being warned about, how often, since when, and one example.
// Sortable by any column; filtered by text (code, key or sample) and minimum severity; one row per
// (code, key) or, grouped, one per code.
class WarningsView : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsView(QWidget *parent = nullptr);

    void applyWarnings(const std::vector<health::WarningAggregate> &warnings, qint64 nowMs);
    // Shown instead of the table when the data source has no warning aggregation to offer.
    void setUnavailable(const QString &reason);

    WarningsModel *model() const { return m_model; }
    QSortFilterProxyModel *filteredModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    void setTextFilter(const QString &text);
    void setMinimumSeverity(log::Level level);
    // One row per code instead of one per (code, key): a stall of 24 topics is one line.
    void setGroupByCode(bool byCode);
    bool groupByCode() const;

private:
    void refreshSummary();
    void showWarnings();

    WarningsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_severity;
    QCheckBox *m_byCode;
    std::vector<health::WarningAggregate> m_warnings; // as the source sent them, per key
    qint64 m_nowMs = 0;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace virtuoso::ui
