#include "TimeoutHistoryModel.h"

#include "CoreTexts.h"
#include "DisplayFormat.h"
#include "model/health/TimeoutIncidents.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <limits>

namespace virtuoso::ui {

using health::TimeoutEntry;
using health::TimeoutKind;

std::vector<bool> markIncidents(const std::deque<TimeoutEntry> &entries, size_t fromIndex, std::vector<bool> flags)
{
    Q_UNUSED(fromIndex); // groups can chain back arbitrarily far, so the whole history is regrouped
    flags.assign(entries.size(), false);
    // Grouped by position: entries read back from the history store all carry id 0.
    std::vector<TimeoutEntry> all(entries.begin(), entries.end());
    for (size_t i = 0; i < all.size(); ++i)
        all[i].id = i + 1;
    for (const health::TimeoutIncident &g : health::groupIncidents(all))
        if (g.correlated)
            for (quint64 position : g.entryIds)
                flags[position - 1] = true;
    return flags;
}

TimeoutHistoryModel::TimeoutHistoryModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

const std::vector<TimeoutKind> &TimeoutHistoryModel::allKinds()
{
    static const std::vector<TimeoutKind> kinds{
        TimeoutKind::ConnectTimeout,   TimeoutKind::PongTimeout, TimeoutKind::StaleStream, TimeoutKind::HandlerSlow,
        TimeoutKind::RestTimeout,      TimeoutKind::RateLimited, TimeoutKind::ProbeFailed, TimeoutKind::ReconnectFailed,
        TimeoutKind::BulkFetchPartial, TimeoutKind::BookResync};
    return kinds;
}

QString TimeoutHistoryModel::kindText(TimeoutKind kind)
{
    // The stable names are the contract operators search for; they are shown untranslated.
    return QString::fromLatin1(health::timeoutKindName(kind));
}

int TimeoutHistoryModel::merge(const std::vector<TimeoutEntry> &incoming)
{
    std::vector<const TimeoutEntry *> fresh;
    for (const TimeoutEntry &e : incoming)
        if (e.id > m_lastId)
            fresh.push_back(&e);
    if (fresh.empty())
        return 0;
    std::sort(fresh.begin(), fresh.end(), [](const TimeoutEntry *a, const TimeoutEntry *b) { return a->id < b->id; });
    if (m_lastId > 0 && fresh.front()->id > m_lastId + 1)
        m_missed += fresh.front()->id - m_lastId - 1;

    const int overflow = static_cast<int>(m_entries.size() + fresh.size()) - m_capacity;
    if (overflow > 0) {
        const int drop = std::min(overflow, static_cast<int>(m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
            m_incident.erase(m_incident.begin(), m_incident.begin() + drop);
            endRemoveRows();
        }
    }
    const int first = static_cast<int>(m_entries.size());
    const size_t keep = std::min(fresh.size(), static_cast<size_t>(m_capacity));
    beginInsertRows({}, first, first + static_cast<int>(keep) - 1);
    for (size_t i = fresh.size() - keep; i < fresh.size(); ++i) {
        m_entries.push_back(*fresh[i]);
        m_incident.push_back(false);
    }
    m_lastId = fresh.back()->id;
    endInsertRows();
    recomputeIncidents(static_cast<size_t>(first));
    return static_cast<int>(keep);
}

int TimeoutHistoryModel::prependOlder(const std::vector<TimeoutEntry> &entries)
{
    const qint64 firstHeld = m_entries.empty() ? std::numeric_limits<qint64>::max() : m_entries.front().ts;
    std::vector<const TimeoutEntry *> older;
    for (const TimeoutEntry &e : entries)
        if (e.ts < firstHeld)
            older.push_back(&e);
    const size_t room = static_cast<size_t>(m_capacity) - std::min(m_entries.size(), static_cast<size_t>(m_capacity));
    if (older.empty() || room == 0)
        return 0;
    std::stable_sort(older.begin(), older.end(),
                     [](const TimeoutEntry *a, const TimeoutEntry *b) { return a->ts < b->ts; });
    if (older.size() > room) // keep the newest of them
        older.erase(older.begin(), older.end() - static_cast<std::ptrdiff_t>(room));
    beginInsertRows({}, 0, static_cast<int>(older.size()) - 1);
    for (auto it = older.rbegin(); it != older.rend(); ++it) {
        m_entries.push_front(**it);
        m_incident.push_front(false);
    }
    endInsertRows();
    recomputeIncidents(0);
    return static_cast<int>(older.size());
}

void TimeoutHistoryModel::insertByTime(const TimeoutEntry &entry)
{
    if (m_entries.size() >= static_cast<size_t>(m_capacity))
        return;
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), entry.ts,
                                     [](qint64 ts, const TimeoutEntry &e) { return ts < e.ts; });
    const int row = static_cast<int>(at - m_entries.begin());
    beginInsertRows({}, row, row);
    m_entries.insert(at, entry);
    m_incident.insert(m_incident.begin() + row, false);
    endInsertRows();
    recomputeIncidents(static_cast<size_t>(row));
}

void TimeoutHistoryModel::recomputeIncidents(size_t fromIndex)
{
    std::vector<bool> before(m_incident.begin(), m_incident.end());
    const std::vector<bool> after = markIncidents(m_entries, fromIndex, before);
    int low = -1;
    int high = -1;
    for (size_t i = 0; i < after.size(); ++i) {
        if (after[i] != before[i] || (i >= fromIndex && after[i])) {
            m_incident[i] = after[i];
            low = low < 0 ? static_cast<int>(i) : low;
            high = static_cast<int>(i);
        }
    }
    if (low >= 0 && low < static_cast<int>(fromIndex))
        emit dataChanged(index(low, 0), index(std::min(high, static_cast<int>(fromIndex) - 1), ColumnCount - 1));
}

bool TimeoutHistoryModel::isIncident(int row) const
{
    return row >= 0 && row < rowCount() && m_incident[static_cast<size_t>(row)];
}

int TimeoutHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimeoutHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeoutHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimeoutEntry &e = m_entries[static_cast<size_t>(index.row())];
    const bool incident = m_incident[static_cast<size_t>(index.row())];
    switch (role) {
    case KindRole:
        return static_cast<int>(e.kind);
    case IncidentRole:
        return incident;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return static_cast<qlonglong>(e.id);
        case DurationColumn:
            return e.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        return incident ? QVariant(QBrush(QColor(0xd2, 0x3c, 0x3c, 60))) : QVariant();
    case Qt::ToolTipRole:
        return incident ? tr("Part of an incident: a burst of connection failures")
                        : QVariant(CoreTexts::text(e.detail));
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatDateTime(e.ts);
        case KindColumn:
            return kindText(e.kind);
        case ConnectionColumn:
            return e.connId;
        case TopicColumn:
            return e.topic;
        case SymbolColumn:
            return e.symbol;
        case DurationColumn:
            return e.durationMs > 0 ? tr("%1 ms").arg(e.durationMs) : QString();
        case DetailColumn:
            return CoreTexts::text(e.detail);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TimeoutHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ConnectionColumn:
        return tr("Connection");
    case TopicColumn:
        return tr("Topic");
    case SymbolColumn:
        return tr("Symbol");
    case DurationColumn:
        return tr("Duration");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void TimeoutFilterProxy::setFilters(const QString &connId, std::optional<TimeoutKind> kind, const QString &symbol)
{
    m_connId = connId;
    m_kind = kind;
    m_symbol = symbol;
    invalidateFilter();
}

bool TimeoutFilterProxy::accepts(const TimeoutEntry &e) const
{
    return (m_connId.isEmpty() || e.connId == m_connId) && (!m_kind || e.kind == *m_kind) &&
           (m_symbol.isEmpty() || e.symbol.contains(m_symbol, Qt::CaseInsensitive));
}

bool TimeoutFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    auto *model = static_cast<const TimeoutHistoryModel *>(sourceModel());
    return accepts(model->entries()[static_cast<size_t>(sourceRow)]);
}

} // namespace virtuoso::ui
