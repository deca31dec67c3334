#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QAbstractTableModel>

#include <vector>

namespace virtuoso::ui {

// The symbol list of the market view: last price, 24h change, spread and book health per symbol.
// Refreshed from snapshots with dataChanged limited to the cells that changed.
class MarketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        LastColumn,
        ChangeColumn,
        BidColumn,
        AskColumn,
        SpreadColumn,
        FundingColumn,
        OpenInterestColumn,
        BookColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit MarketsModel(QObject *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);
    const MarketSummary *market(int row) const;
    int rowOf(const QString &symbol) const;
    int lastChangedCells() const { return m_lastChangedCells; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Spread in basis points of the mid price; negative when there is no two-sided book.
    static double spreadBps(const MarketSummary &market);

private:
    QVariant cell(const MarketSummary &m, int column, int role) const;

    std::vector<MarketSummary> m_rows; // sorted by symbol, like the snapshot
    int m_lastChangedCells = 0;
};

} // namespace virtuoso::ui
