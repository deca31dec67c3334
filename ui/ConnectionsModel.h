#pragma once

#include "model/health/ConnectionStatus.h"

#include <QAbstractItemModel>

#include <vector>

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

// One row per exchange connection, with one child row per subscribed topic, refreshed from
// snapshots. Rows are keyed by connection id (children by topic name); a tick emits dataChanged
// only for the cells whose text or colour changed, and inserts or removes rows only when
// connections or topics come or go, so selection, expansion and scrolling survive every tick.
class ConnectionsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        StateColumn,
        SinceColumn,
        TopicsColumn,
        RateColumn,
        BytesRateColumn,
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
    enum Role { StateRole = Qt::UserRole + 1, ConnIdRole, TopicRole };

    explicit ConnectionsModel(QObject *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const health::ConnectionStatus *status(int row) const;
    int rowOf(const QString &connId) const;
    // Messages per second: the core's figure when the snapshot carries one, else measured here
    // over the snapshot interval from the frame counter.
    double messagesPerSecond(int row) const;
    // Cells reported changed by the last applySnapshot (for tests and the benchmark).
    int lastChangedCells() const { return m_lastChangedCells; }

    static QString topicStateText(const QString &state);
    // Recent (steady-state) and since-start handler latency in two lines, for tooltips and the detail pane.
    static QString latencyText(const health::HandlerLatency &latency);

private:
    struct Row
    {
        quint64 key = 0; // stable id of this connection row (the parent pointer of its topic rows)
        health::ConnectionStatus status;
        double messagesPerSecond = 0;
        qint64 lastFrameSeenMs = 0; // snapshot time at which the frame counter last moved
        qint64 rateWindowStartMs = 0;
        quint64 rateWindowStartFrames = 0;
    };

    QVariant cell(const Row &row, int column, int role) const;
    QVariant topicCell(const Row &row, const health::TopicStatus &topic, int column, int role) const;
    void updateRow(int index, const health::ConnectionStatus &status, qint64 nowMs);
    void updateTopics(int index, const health::ConnectionStatus &status);
    int rowOfKey(quint64 key) const;

    std::vector<Row> m_rows;
    quint64 m_nextKey = 1;
    qint64 m_nowMs = 0;
    qint64 m_shownNowMs = 0; // the time the cells on screen were computed for
    int m_lastChangedCells = 0;
};

} // namespace virtuoso::ui
