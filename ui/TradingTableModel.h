#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace virtuoso::ui {

// One cell of a trading table: the text shown, the value it sorts by (numbers sort as numbers,
// times as times) and an optional text colour.
struct TradingCell
{
    QString text;
    QVariant sort; // invalid: sorts by the text
    QColor colour; // invalid: the palette's
    bool operator==(const TradingCell &) const = default;
};

// One row, known by a key that stays the same for its whole life (an orderLinkId, a symbol, an
// execId), with a value the views filter on (open order, long position, ...).
struct TradingRow
{
    QString key;
    std::vector<TradingCell> cells;
    QVariant flag;
    bool operator==(const TradingRow &) const = default;
};

// The tables of the trading desk. Every new view of the trading core replaces the rows, but the
// model only tells its views what changed: a row whose cells changed gets one dataChanged, rows
// that came are inserted, rows that went are removed. Selection, sorting and scrolling survive.
class TradingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, FlagRole };

    TradingTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(std::vector<TradingRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString key(int row) const;
    int rowOf(const QString &key) const;
    const TradingRow *row(int row) const;
    // What the last setRows() reported (tests and diagnostics).
    int lastChangedRows() const { return m_lastChanged; }
    int lastInsertedRows() const { return m_lastInserted; }
    int lastRemovedRows() const { return m_lastRemoved; }

private:
    QStringList m_headers;
    std::vector<TradingRow> m_rows;
    int m_lastChanged = 0;
    int m_lastInserted = 0;
    int m_lastRemoved = 0;
};

} // namespace virtuoso::ui
