#pragma once

#include "MainWindow.h"
#include "engine/CoreRuntime.h"
#include "trading/TradingService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

class AccountPanel;
class ExecutionsModel;
class OrderTicketPanel;
class OrdersModel;
class PositionsModel;
class PriceLadder;
class RemoteHost;
class RemoteTradingSource;

// The trading desk of the local core: the order ticket, open orders, positions, recent fills,
// the account against its risk limits, and the kill switch. It never waits for the trading
// thread: commands go there with CoreRuntime::postTrading and their answers come back through
// the GUI thread's event loop; the tables follow tradingChanged() and the core's latest view.
class TradingView : public QWidget
{
    Q_OBJECT
public:
    explicit TradingView(QWidget *parent = nullptr);
    ~TradingView() override;

    // The in-process core to trade on; null shows that no desk is available.
    void setRuntime(CoreRuntime *runtime);
    CoreRuntime *runtime() const { return m_runtime; }
    // A daemon's desk, read-only (orders, positions, executions, account); null ends it. The ticket
    // and every order command are off with the reason; only the kill switch works, with the host's
    // trading token.
    void setRemote(RemoteHost *host);
    RemoteTradingSource *remote() const { return m_remote; }
    // Whether the kill switch can be fired from here now, and if not, why.
    bool canKill(QString *why = nullptr) const;
    // The watched symbols and their marks, for the ticket.
    void applySnapshot(const CoreSnapshot &snapshot);
    // Draws the core's newest trading view (after tradingChanged).
    void refresh();
    void applyView(const trading::TradingViewPtr &view);
    // The view drawn last (null before the first).
    const trading::TradingViewPtr &currentView() const { return m_view; }

    // The operator's commands. Those that take risk off in bulk, or end the kill switch, ask first.
    void requestKillSwitch();
    void requestKillReset();
    void cancelSelectedOrders();
    void requestCancelAll();
    void requestClosePosition(int sourceRow);
    void requestReversePosition(int sourceRow);
    // Brings the ticket forward with `side` chosen (keyboard operation).
    void focusTicket(trading::Side side);

    const MainWindow::TradingBadge &badge() const { return m_badge; }
    static MainWindow::TradingBadge badgeFor(const trading::TradingView *view);

    OrderTicketPanel *ticket() const { return m_ticket; }
    PriceLadder *ladder() const { return m_ladder; }
    OrdersModel *ordersModel() const { return m_orders; }
    PositionsModel *positionsModel() const { return m_positions; }
    ExecutionsModel *executionsModel() const { return m_executions; }
    AccountPanel *accountPanel() const { return m_account; }
    QSortFilterProxyModel *ordersProxy() const { return m_ordersProxy; }
    QSortFilterProxyModel *positionsProxy() const { return m_positionsProxy; }
    QSortFilterProxyModel *executionsProxy() const { return m_executionsProxy; }
    QTableView *ordersTable() const { return m_ordersTable; }
    QTableView *positionsTable() const { return m_positionsTable; }
    bool killBannerShown() const;
    QString killReportText() const;
    QString statusText() const;

signals:
    void badgeChanged(const virtuoso::ui::MainWindow::TradingBadge &badge);
    // canKill() may have changed (a desk came or went, a remote host's first answer).
    void killAvailabilityChanged();
    // A newer trading view was drawn (orders, positions, fills): the market chart follows it.
    void viewApplied(const virtuoso::trading::TradingViewPtr &view);

private:
    // Runs `work` on the trading thread and `done` with its answer on the GUI thread, if this
    // view still exists then.
    template<typename Result>
    void ask(std::function<Result(trading::TradingService &)> work, std::function<void(Result)> done);
    void place(const trading::OrderTicket &ticket);
    void placeFromLadder(trading::Side side, qint64 priceTicks);
    void cancelOrder(const std::string &orderLinkId);
    // The one path of every amend: the ladder's drag (price) and the orders table's cells (price or quantity).
    void amendOrder(const QString &orderLinkId, std::optional<qint64> priceTicks, std::optional<qint64> quantityLots);
    void previewTicket(const trading::OrderTicket &ticket);
    void amendFromTable(const QString &orderLinkId, const QString &symbol, int column, const QString &text);
    QString readOnlyReason() const;
    void updateLadderInstrument();
    void pollLadder();
    void pollLadderTrades(const QString &symbol);
    void showLadderOrders(const trading::TradingView &view);
    void requestInstruments();
    void showStatus(const trading::TradingView &view);
    void showKill(const trading::TradingView &view);
    void setBadge(const MainWindow::TradingBadge &badge);
    QWidget *buildDesk();
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &name);

    void applyReadOnly(bool readOnly);
    void pollRemoteLadder();

    QPointer<CoreRuntime> m_runtime;
    RemoteTradingSource *m_remote = nullptr;
    QList<QWidget *> m_orderCommands; // off on a remote host
    trading::TradingViewPtr m_view;
    QMetaObject::Connection m_changed;
    QStringList m_symbols;
    QHash<QString, exchange::InstrumentSpec> m_specs;
    qint64 m_instrumentsAskedMs = 0;
    MainWindow::TradingBadge m_badge;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_unavailable = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_killBanner = nullptr;
    QLabel *m_killReport = nullptr;
    QLabel *m_killError = nullptr;
    QPushButton *m_killReset = nullptr;
    OrderTicketPanel *m_ticket = nullptr;
    PriceLadder *m_ladder = nullptr;
    QCheckBox *m_armLadder = nullptr;
    QTimer *m_ladderTimer = nullptr;
    QString m_ladderSymbol;
    bool m_ladderInFlight = false;
    quint64 m_ladderRequest = 0;
    quint64 m_previewRequest = 0;
    QString m_ladderTradesSymbol;
    qint64 m_ladderNewestTradeMs = -1; // exchange time of the newest trade flashed; -1: not known yet
    OrdersModel *m_orders = nullptr;
    PositionsModel *m_positions = nullptr;
    ExecutionsModel *m_executions = nullptr;
    QSortFilterProxyModel *m_ordersProxy = nullptr;
    QSortFilterProxyModel *m_positionsProxy = nullptr;
    QSortFilterProxyModel *m_executionsProxy = nullptr;
    QTableView *m_ordersTable = nullptr;
    QTableView *m_positionsTable = nullptr;
    QTableView *m_executionsTable = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QList<QPushButton *> m_positionButtons;
    AccountPanel *m_account = nullptr;
};

} // namespace virtuoso::ui
