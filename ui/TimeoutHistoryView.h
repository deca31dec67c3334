#pragma once

#include "HostOutage.h"
#include "model/health/TimeoutJournal.h"

#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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
    // Both sources answer through `done`, on the GUI thread, when the answer is there: the core's
    // query thread has read its journal and store, or a daemon's /api/v1/timeouts has answered.
    using HistoryDone = std::function<void(std::vector<health::TimeoutEntry>)>;
    // Entries after `afterId` from the journal itself, for what the snapshots could not carry.
    using BackfillSource = std::function<void(quint64 afterId, HistoryDone done)>;
    // Entries in [sinceMs, untilMs) from the journal and the history store, for the time before
    // the workstation started watching (earlier runs included).
    using HistorySource = std::function<void(qint64 sinceMs, qint64 untilMs, HistoryDone done)>;

    struct Zoom
    {
        qint64 bucketMs;
        int buckets;
    };

    explicit TimeoutHistoryView(QWidget *parent = nullptr);

    void setBackfillSource(BackfillSource source);
    // Asked with the first snapshot for the 24 hours before the oldest entry held, and again for
    // the older part whenever a zoom or a step back shows time before what was loaded.
    void setHistorySource(HistorySource source) { m_history = std::move(source); }
    void applySnapshot(const CoreSnapshot &snapshot);
    void setFilters(const QString &connId, const QString &kindName, const QString &symbol);
    void setZoom(int zoomIndex);
    // Moves the chart's window by whole windows: -1 one window earlier, +1 later (never past now).
    void stepWindow(int windows);
    void showLatest();
    // Records each of the host's outages that has ended as one entry (kind STALE_STREAM, the host as
    // its connection), once: the daemon's journal cannot hold a span in which it was not heard.
    void addHostOutages(const std::vector<HostOutage> &outages);
    // The chart's window [start, end) as last drawn, epoch ms.
    qint64 windowStartMs() const { return m_windowStartMs; }
    qint64 windowEndMs() const { return m_windowEndMs; }
    // How far back the history source has been asked (0: not yet), and whether an answer is due.
    qint64 historyLoadedFromMs() const { return m_historyFromMs; }
    bool historyPending() const { return m_historyPending; }

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
    void requestHistory(qint64 sinceMs, qint64 untilMs);
    void onHistory(std::vector<health::TimeoutEntry> entries);

    TimeoutHistoryModel *m_model;
    TimeoutFilterProxy *m_proxy;
    BackfillSource m_backfill;
    HistorySource m_history;
    qint64 m_historyFromMs = 0;
    bool m_historyPending = false;
    // A backfill in flight, and how many snapshots have come since it was asked for.
    bool m_backfillPending = false;
    int m_backfillWaits = 0;
    static constexpr int kMaxBackfillWaits = 8;
    void requestBackfill(quint64 afterId);
    void onBackfill(std::vector<health::TimeoutEntry> entries);
    bool m_rebuilding = false;
    qint64 m_endOffsetMs = 0; // how far before now the window ends (0: it ends now)
    qint64 m_windowStartMs = 0;
    qint64 m_windowEndMs = 0;
    QComboBox *m_connection;
    QComboBox *m_kind;
    QLineEdit *m_symbol;
    QComboBox *m_zoom;
    QLabel *m_summary;
    QChart *m_chartModel;
    QChartView *m_chartView;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories; // the buckets (labels: incident markers only)
    QCategoryAxis *m_timeLabels;    // round times under the buckets they start
    QValueAxis *m_countAxis;
    QTableView *m_table;
    QPushButton *m_earlier;
    QPushButton *m_later;
    std::vector<std::vector<int>> m_counts;
    std::vector<bool> m_incidentBuckets;
    qint64 m_nowMs = 0;
    qint64 m_lastChartMs = 0;
    bool m_chartDirty = true;
    std::vector<qint64> m_recordedOutages; // start times of the host outages already entered
};

} // namespace virtuoso::ui
