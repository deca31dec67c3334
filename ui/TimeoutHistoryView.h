#pragma once

#include "health/TimeoutJournal.h"

#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedBarSeries;
class QTableView;
class QValueAxis;

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

class TimeoutFilterProxy;
class TimeoutHistoryModel;

// The timeout journal over time: stacked counts per kind and time bucket (hour, ten minutes or
// minute), bursts of connection failures marked as incidents, filters, and the events table.
class TimeoutHistoryView : public QWidget
{
    Q_OBJECT
public:
    // Entries after `afterId` from the journal itself, for what the snapshots could not carry.
    using BackfillSource = std::function<std::vector<health::TimeoutEntry>(quint64 afterId)>;
    // Entries in [sinceMs, untilMs) from the journal and the history store, for the time before
    // the workstation started watching (earlier runs included).
    using HistorySource = std::function<std::vector<health::TimeoutEntry>(qint64 sinceMs, qint64 untilMs)>;

    struct Zoom
    {
        qint64 bucketMs;
        int buckets;
    };

    explicit TimeoutHistoryView(QWidget *parent = nullptr);

    void setBackfillSource(BackfillSource source);
    // Loaded once, with the first snapshot: the last 24 hours before the oldest entry held.
    void setHistorySource(HistorySource source) { m_history = std::move(source); }
    void applySnapshot(const CoreSnapshot &snapshot);
    void setFilters(const QString &connId, const QString &kindName, const QString &symbol);
    void setZoom(int zoomIndex);

    TimeoutHistoryModel *model() const { return m_model; }
    TimeoutFilterProxy *filteredModel() const { return m_proxy; }
    QChartView *chart() const { return m_chartView; }
    // Counts per bucket and kind as last drawn (bucket-major), and the buckets marked as incidents.
    const std::vector<std::vector<int>> &bucketCounts() const { return m_counts; }
    const std::vector<bool> &incidentBuckets() const { return m_incidentBuckets; }

private:
    void rebuildChart();
    void refreshFilterChoices();
    void onFilterChanged();

    TimeoutHistoryModel *m_model;
    TimeoutFilterProxy *m_proxy;
    BackfillSource m_backfill;
    HistorySource m_history;
    bool m_historyLoaded = false;
    QComboBox *m_connection;
    QComboBox *m_kind;
    QLineEdit *m_symbol;
    QComboBox *m_zoom;
    QLabel *m_summary;
    QChart *m_chartModel;
    QChartView *m_chartView;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_countAxis;
    QTableView *m_table;
    std::vector<std::vector<int>> m_counts;
    std::vector<bool> m_incidentBuckets;
    qint64 m_nowMs = 0;
    qint64 m_lastChartMs = 0;
    bool m_chartDirty = true;
};

} // namespace virtuoso::ui
