#pragma once

#include "model/alerts/AlertBoard.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace virtuoso::ui {

class AlertsModel;
class MarketEventsModel;

// What the Alerts view can ask of the core it shows; a missing one leaves its controls disabled
// with the reason (a remote daemon's alerts are read-only here).
struct AlertActions
{
    // Mute a rule (`rule` true) or a key for `durationMs`; 0 lifts the mute.
    std::function<void(bool rule, const QString &name, qint64 durationMs)> mute;
    // Send one test alert through the channel; `done` gets an error text, empty when it was queued.
    std::function<void(const QString &channel, std::function<void(QString)> done)> sendTest;
    QString unavailableReason;
};

// The Alerts view: the alerts that went out (severity colours, acknowledge, mute a rule or a key),
// the health of every channel with a "send test alert" button, and beside them the market-events
// tape — large trades and liquidations as they happen, filterable by symbol and size — with the
// liquidation totals per symbol over 5 minutes and an hour.
class AlertsView : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsView(QWidget *parent = nullptr);

    // The board of the newest snapshot; null: alerts are off in that core.
    void applyBoard(const alerts::AlertBoardPtr &board);
    void setActions(AlertActions actions);

    AlertsModel *alertsModel() const { return m_alerts; }
    MarketEventsModel *tapeModel() const { return m_tape; }
    QSortFilterProxyModel *tapeProxy() const { return m_tapeProxy; }
    QTableView *alertsTable() const { return m_alertsTable; }
    QTableView *channelsTable() const { return m_channelsTable; }
    QTableView *totalsTable() const { return m_totalsTable; }
    QLabel *summaryLabel() const { return m_summary; }
    void setTapeFilter(const QString &symbol, double minNotional, int kind /* -1 all, 0 trades, 1 liquidations */);
    // Mutes the rule or the key of the alert in `row` (of the alerts table's model) for `durationMs`.
    void muteRow(int row, bool rule, qint64 durationMs);
    void sendTestAlert(const QString &channel);

signals:
    void unacknowledgedChanged(int count);

private:
    void showAlertMenu(const QPoint &pos);
    void refreshSummary();

    AlertsModel *m_alerts;
    MarketEventsModel *m_tape;
    QSortFilterProxyModel *m_alertsProxy;
    QSortFilterProxyModel *m_tapeProxy;
    QStandardItemModel *m_channels;
    QStandardItemModel *m_totals;
    QTableView *m_alertsTable;
    QTableView *m_channelsTable;
    QTableView *m_tapeTable;
    QTableView *m_totalsTable;
    QLabel *m_summary;
    QLabel *m_testResult;
    QPushButton *m_ackAll;
    QPushButton *m_test;
    QComboBox *m_severity;
    QLineEdit *m_tapeSymbol;
    QDoubleSpinBox *m_tapeMin;
    QComboBox *m_tapeKind;
    AlertActions m_actions;
    alerts::AlertBoardPtr m_board;
};

} // namespace virtuoso::ui
