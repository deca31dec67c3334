#pragma once

#include "model/health/TimeoutJournal.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>
#include <optional>
#include <vector>

namespace virtuoso::ui {

// Every timeout-journal entry the workstation has seen, oldest first, bounded. Entries arrive with
// the snapshots (the newest few per tick) and are merged by id, so repeats cost nothing.
class TimeoutHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        ConnectionColumn,
        TopicColumn,
        SymbolColumn,
        DurationColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KindRole, IncidentRole };

    explicit TimeoutHistoryModel(int capacity = 20'000, QObject *parent = nullptr);

    // Appends the entries newer than the last one held (in any order); returns how many were new.
    int merge(const std::vector<health::TimeoutEntry> &entries);
    // Puts entries from before the oldest one held (e.g. read back from the history store, id 0)
    // in front, oldest first, as far as the capacity allows; returns how many were added.
    int prependOlder(const std::vector<health::TimeoutEntry> &entries);
    // Puts one entry that is not the journal's (id 0, e.g. a host outage the workstation saw) in
    // its place by time; the ids of later merges are unaffected.
    void insertByTime(const health::TimeoutEntry &entry);
    quint64 lastId() const { return m_lastId; }
    // Ids skipped between two merges: entries that happened but never reached the workstation.
    quint64 missedEntries() const { return m_missed; }
    const std::deque<health::TimeoutEntry> &entries() const { return m_entries; }
    bool isIncident(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(health::TimeoutKind kind);
    static const std::vector<health::TimeoutKind> &allKinds();

private:
    void recomputeIncidents(size_t fromIndex);

    int m_capacity;
    std::deque<health::TimeoutEntry> m_entries;
    std::deque<bool> m_incident;
    quint64 m_lastId = 0;
    quint64 m_missed = 0;
};

// Connection, kind and symbol filters over the history (empty = any).
class TimeoutFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilters(const QString &connId, std::optional<health::TimeoutKind> kind, const QString &symbol);
    bool accepts(const health::TimeoutEntry &entry) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_connId;
    std::optional<health::TimeoutKind> m_kind;
    QString m_symbol;
};

// Which entries belong to an incident, as health::groupIncidents decides it for the API too:
// connection failures a few seconds apart across several connections, or a failed probe.
std::vector<bool> markIncidents(const std::deque<health::TimeoutEntry> &entries, size_t fromIndex,
                                std::vector<bool> previous);

} // namespace virtuoso::ui
