#include "TradingTableModel.h"

#include <QBrush>

#include <unordered_map>
#include <unordered_set>

namespace virtuoso::ui {

TradingTableModel::TradingTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

void TradingTableModel::setRows(std::vector<TradingRow> rows)
{
    m_lastChanged = m_lastInserted = m_lastRemoved = 0;
    std::unordered_map<QString, size_t> incoming;
    incoming.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        incoming.emplace(rows[i].key, i);

    // Rows that went, removed in runs from the bottom so the indexes above stay right.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_rows[static_cast<size_t>(i)].key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_rows[static_cast<size_t>(first - 1)].key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        endRemoveRows();
        m_lastRemoved += i - first + 1;
        i = first - 1;
    }

    // Rows that stayed: replaced in place, announced only when something shown changed.
    std::unordered_set<QString> present;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        TradingRow &current = m_rows[i];
        present.insert(current.key);
        TradingRow &next = rows[incoming.at(current.key)];
        if (current == next)
            continue;
        current = std::move(next);
        const int r = static_cast<int>(i);
        emit dataChanged(index(r, 0), index(r, columnCount() - 1));
        ++m_lastChanged;
    }

    // Rows that came, in the order of the new list, at the top (the newest come first).
    std::vector<TradingRow> added;
    for (TradingRow &row : rows)
        if (!present.contains(row.key))
            added.push_back(std::move(row));
    if (!added.empty()) {
        beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
        m_rows.insert(m_rows.begin(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
        endInsertRows();
        m_lastInserted = static_cast<int>(added.size());
    }
}

int TradingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant TradingTableModel::data(const QModelIndex &index, int role) const
{
    const TradingRow *r = row(index.row());
    if (!r || index.column() < 0 || index.column() >= columnCount())
        return {};
    if (role == KeyRole)
        return r->key;
    if (role == FlagRole)
        return r->flag;
    if (static_cast<size_t>(index.column()) >= r->cells.size())
        return {};
    const TradingCell &cell = r->cells[static_cast<size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::EditRole:
        return cell.text;
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
    case Qt::ForegroundRole:
        return cell.colour.isValid() ? QVariant(QBrush(cell.colour)) : QVariant();
    case Qt::TextAlignmentRole:
        return cell.sort.isValid() && cell.sort.typeId() == QMetaType::Double
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant TradingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

QString TradingTableModel::key(int r) const
{
    const TradingRow *found = row(r);
    return found ? found->key : QString();
}

int TradingTableModel::rowOf(const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return static_cast<int>(i);
    return -1;
}

const TradingRow *TradingTableModel::row(int r) const
{
    return r >= 0 && r < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(r)] : nullptr;
}

} // namespace virtuoso::ui
