#pragma once

#include "model/alerts/AlertBoard.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace virtuoso {
class CoreRuntime;
}

namespace virtuoso::ui {

class AlertsModel;
class MarketEventsModel;
class RemoteHost;

// What the Alerts view can ask of the core it shows (in process, or a daemon through its API); a
// missing one leaves its controls disabled with the reason.
struct AlertActions
{
    // Mute a rule (`rule` true) or a key for `durationMs`; 0 lifts the mute. `done` gets an error
    // text, empty when the mute holds.
    std::function<void(bool rule, const QString &name, qint64 durationMs, std::function<void(QString)> done)> mute;
    // Send one test alert through the channel; `done` gets an error text, empty when it was queued.
    std::function<void(const QString &channel, std::function<void(QString)> done)> sendTest;
    QString unavailableReason;
};

// The actions on an in-process core (completions delivered on `context`'s thread), and on a daemon
// through its API with the host's monitoring token.
AlertActions localAlertActions(CoreRuntime *core, QObject *context);
AlertActions remoteAlertActions(RemoteHost *host);

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
    // Called for each alert that reaches a `type = desktop` channel and appears on a board after the
    // first one this view was given (the alerts already there when it connected are not news).
    // A daemon's desktop alerts reach the workstation's tray this way.
    void setDesktopArrivals(std::function<void(const alerts::AlertItem &)> handler)
    {
        m_desktopArrivals = std::move(handler);
    }
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
    static QString durationText(qint64 ms);
    void announceArrivals(const alerts::AlertBoard *board);
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
    std::function<void(const alerts::AlertItem &)> m_desktopArrivals;
    std::optional<quint64> m_lastSequence; // the newest alert seen on this source's boards
};

} // namespace virtuoso::ui
