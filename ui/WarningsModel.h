#pragma once

#include "model/health/WarningAggregator.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace virtuoso::ui {

// The aggregated warnings, one row per (code, key fields), with a one-sample-per-second history of
// each row's rate for the sparkline. Rows are matched by key, so sorting and selection survive ticks.
class WarningsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        SeverityColumn,
        CountColumn,
        RateColumn,
        TrendColumn,
        FirstSeenColumn,
        LastSeenColumn,
        KeyColumn,
        SampleColumn,
        ColumnCount
    };
    // LoggedMessageRole: the message as the core logged it (the Sample column shows it translated).
    enum Role { SortRole = Qt::UserRole + 1, RateHistoryRole, SeverityRole, LoggedMessageRole };
    static constexpr int kHistorySamples = 60;

    explicit WarningsModel(QObject *parent = nullptr);

    void applyWarnings(const std::vector<health::WarningAggregate> &warnings, qint64 nowMs);
    // Rows are matched by code alone (grouped aggregates, whose key values change as they grow)
    // instead of by code and key.
    void setRowsPerCode(bool perCode) { m_rowsPerCode = perCode; }
    const health::WarningAggregate *warning(int row) const;
    int lastChangedCells() const { return m_lastChangedCells; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString keyText(const health::WarningAggregate &warning);
    // One aggregate per code: counts and rates summed, first/last seen widened, the newest sample
    // kept, and per key field its values ("conn_0, conn_1") or, past three, how many there are.
    static std::vector<health::WarningAggregate> groupByCode(const std::vector<health::WarningAggregate> &warnings);
    static QString severityText(log::Level level);

private:
    struct Row
    {
        QString key;
        health::WarningAggregate warning;
        QList<qreal> rateHistory;
    };
    QVariant cell(const Row &row, int column, int role) const;

    std::vector<Row> m_rows;
    qint64 m_lastSampleMs = 0;
    int m_lastChangedCells = 0;
    bool m_rowsPerCode = false;
};

} // namespace virtuoso::ui
