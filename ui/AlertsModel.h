#pragma once

#include "model/alerts/AlertBoard.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSet>

#include <vector>

namespace virtuoso::ui {

// How an alert severity looks everywhere: one colour and one translated word.
QColor alertSeverityColor(alerts::AlertSeverity severity);
QString alertSeverityText(alerts::AlertSeverity severity);
// The translated name of an alert source ("Whale trade", "Kill switch", ...).
QString alertSourceText(alerts::AlertSource source);

// The alerts that went out, newest first. Rows are matched by sequence, so an update inserts the
// new ones at the top and leaves the rest (and the selection) in place. Acknowledged alerts are
// drawn plain, the others bold.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        SourceColumn,
        TitleColumn,
        SymbolColumn,
        RuleColumn,
        ChannelsColumn,
        HeldBackColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SeverityRole, KeyRole, RuleRole, SequenceRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `recent` oldest first, as the board keeps it.
    void setAlerts(const std::vector<alerts::AlertItem> &recent);
    void acknowledge(quint64 sequence);
    void acknowledgeAll();
    int unacknowledged() const;
    const alerts::AlertItem *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void unacknowledgedChanged(int count);

private:
    std::vector<alerts::AlertItem> m_rows; // newest first
    QSet<quint64> m_acknowledged;
    quint64 m_ackedThrough = 0; // "acknowledge all": every sequence up to this one
};

// The market-events tape: large trades and liquidations, newest first.
class MarketEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        SymbolColumn,
        SideColumn,
        PriceColumn,
        QuantityColumn,
        NotionalColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, NotionalRole, KindRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const std::vector<alerts::MarketEvent> &tape); // oldest first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<alerts::MarketEvent> m_rows; // newest first
};

} // namespace virtuoso::ui
