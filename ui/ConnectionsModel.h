#pragma once

#include "health/ConnectionStatus.h"

#include <QAbstractTableModel>

#include <vector>

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

// One row per exchange connection, refreshed from snapshots. Rows are keyed by connection id;
// a tick emits dataChanged only for the cells whose text or colour changed, and inserts or removes
// rows only when connections come or go, so selection and scrolling survive every tick.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        StateColumn,
        SinceColumn,
        TopicsColumn,
        RateColumn,
        LastMessageColumn,
        LatencyP50Column,
        LatencyP99Column,
        LatencyMaxColumn,
        ReconnectsColumn,
        ResyncsColumn,
        PingColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, ConnIdRole };

    explicit ConnectionsModel(QObject *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const health::ConnectionStatus *status(int row) const;
    int rowOf(const QString &connId) const;
    // Messages per second over the last snapshot interval (from the frame counter).
    double messagesPerSecond(int row) const;
    // Cells reported changed by the last applySnapshot (for tests and the benchmark).
    int lastChangedCells() const { return m_lastChangedCells; }

private:
    struct Row
    {
        health::ConnectionStatus status;
        double messagesPerSecond = 0;
        qint64 lastFrameSeenMs = 0; // snapshot time at which the frame counter last moved
        qint64 rateWindowStartMs = 0;
        quint64 rateWindowStartFrames = 0;
    };

    QVariant cell(const Row &row, int column, int role) const;
    void updateRow(int index, const health::ConnectionStatus &status, qint64 nowMs);

    std::vector<Row> m_rows;
    qint64 m_nowMs = 0;
    int m_lastChangedCells = 0;
};

} // namespace virtuoso::ui
