#pragma once

#include "DataFreshness.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QAbstractTableModel>

#include <vector>

namespace virtuoso::ui {

// The symbol list of the market view: per symbol the data age, last, bid, ask, mark and index prices
// (all with the decimals of the instrument's tick), 24h change, spread, funding rate with the time to
// the next funding, 24h turnover, open interest in contracts and notional, and book health; numbers
// in the user's locale. A symbol whose data is stale is greyed, its age amber then red. Refreshed from
// snapshots with dataChanged limited to the cells that changed.
class MarketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        AgeColumn, // next to the symbol: how fresh the row is, visible at any width
        LastColumn,
        ChangeColumn,
        BidColumn,
        AskColumn,
        SpreadColumn,
        TurnoverColumn,          // 24h turnover, "1.57 B"
        FundingColumn,           // "+0.0100 % · in 3 h 12 min"
        OpenInterestColumn,      // contracts
        OpenInterestValueColumn, // notional
        MarkColumn,
        IndexColumn,
        BookColumn,
        ColumnCount
    };
    // StaleRole: true when the symbol's data is stale (its row is greyed).
    enum Role { SortRole = Qt::UserRole + 1, StaleRole };

    explicit MarketsModel(QObject *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);
    const MarketSummary *market(int row) const;
    const SymbolFreshness *freshness(int row) const;
    int rowOf(const QString &symbol) const;
    int lastChangedCells() const { return m_lastChangedCells; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Spread in basis points of the mid price; negative when there is no two-sided book.
    static double spreadBps(const MarketSummary &market);

private:
    QVariant cell(const MarketSummary &m, const SymbolFreshness &f, int column, int role) const;
    QString displayText(const MarketSummary &m, const SymbolFreshness &f, int column) const;

    std::vector<MarketSummary> m_rows;    // sorted by symbol, like the snapshot
    std::vector<SymbolFreshness> m_fresh; // per row
    int m_lastChangedCells = 0;
    qint64 m_nowMs = 0; // the snapshot's time, for the funding countdown
};

} // namespace virtuoso::ui
