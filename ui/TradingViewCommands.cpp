// The desk's commands: place, preview, amend, cancel, close and reverse a position, the kill switch
// and its reset. Each runs on the trading thread; its answer comes back to the GUI thread.
#include "TradingViewInternal.h"

#include "CoreTexts.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "RemoteHost.h"
#include "RemoteTradingSource.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace virtuoso::ui {

bool confirmTradingCommand(QWidget *parent, const QString &name, const QString &title, const QString &text,
                           const QString &acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(name);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("ConfirmButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void TradingView::cancelOrder(const std::string &id)
{
    ask<std::string>(
        [id](trading::TradingService &service) { return service.cancel(id); },
        [this, id](std::string error) {
            if (!error.empty())
                m_ticket->showVerdict(
                    tr("Cancel of %1 not sent: %2").arg(QString::fromStdString(id), QString::fromStdString(error)),
                    false);
        });
}

void TradingView::amendOrder(const QString &orderLinkId, std::optional<qint64> priceTicks,
                             std::optional<qint64> quantityLots)
{
    if (!m_runtime) {
        m_ticket->showVerdict(tr("Amend of %1 not sent: %2").arg(orderLinkId, readOnlyReason()), false);
        return;
    }
    const std::string id = orderLinkId.toStdString();
    ask<std::string>([id, priceTicks, quantityLots](
                         trading::TradingService &service) { return service.amend(id, priceTicks, quantityLots); },
                     [this, orderLinkId](std::string error) {
                         if (!error.empty())
                             m_ticket->showVerdict(
                                 tr("Amend of %1 not sent: %2").arg(orderLinkId, QString::fromStdString(error)), false);
                     });
}

void TradingView::previewTicket(const trading::OrderTicket &ticket)
{
    if (!m_runtime)
        return;
    // Only the newest answer counts: an older one may arrive after the operator changed the ticket.
    const quint64 request = ++m_previewRequest;
    ask<trading::TicketPreview>([ticket](trading::TradingService &service) { return service.preview(ticket); },
                                [this, request](trading::TicketPreview preview) {
                                    if (request == m_previewRequest)
                                        m_ticket->showPreview(preview);
                                });
}

QString TradingView::readOnlyReason() const
{
    return tr("read-only: remote host");
}

void TradingView::place(const trading::OrderTicket &ticket)
{
    if (!m_runtime) {
        m_ticket->showVerdict(tr("Trading is only available on the local core for now."), false);
        return;
    }
    ask<trading::PlaceResult>(
        [ticket](trading::TradingService &service) { return service.place(ticket); },
        [this](trading::PlaceResult result) {
            if (result.sent) {
                m_ticket->showVerdict(tr("sent: %1").arg(QString::fromStdString(result.orderLinkId)), true);
            } else if (!result.decision.accepted()) {
                m_ticket->showVerdict(tr("Refused by the risk gate — %1: %2")
                                          .arg(QLatin1String(trading::riskRuleName(result.decision.rule)),
                                               CoreTexts::text(QString::fromStdString(result.decision.message))),
                                      false);
            } else {
                m_ticket->showVerdict(tr("Not sent: %1").arg(QString::fromStdString(result.error)), false);
            }
        });
}

void TradingView::cancelSelectedOrders()
{
    const QModelIndexList rows = m_ordersTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_ordersProxy->mapToSource(index).row();
        if (!m_orders->isOpen(row))
            continue;
        const std::string id = m_orders->key(row).toStdString();
        ask<std::string>(
            [id](trading::TradingService &service) { return service.cancel(id); },
            [this, id](std::string error) {
                if (!error.empty())
                    m_ticket->showVerdict(
                        tr("Cancel of %1 not sent: %2").arg(QString::fromStdString(id), QString::fromStdString(error)),
                        false);
            });
    }
}

void TradingView::requestCancelAll()
{
    if (!m_runtime || !confirmTradingCommand(this, QStringLiteral("CancelAllConfirm"), tr("Cancel all orders"),
                                             tr("Cancel every open order of every symbol?"), tr("Cancel all orders")))
        return;
    ask<bool>(
        [](trading::TradingService &service) {
            service.cancelAll({});
            return true;
        },
        [](bool) {});
}

void TradingView::requestClosePosition(int sourceRow)
{
    QString size = m_positions->signedSize(sourceRow);
    const QString symbol = m_positions->symbol(sourceRow);
    if (!m_runtime || symbol.isEmpty() || size.isEmpty())
        return;
    const bool isShort = size.startsWith(u'-');
    if (isShort)
        size.remove(0, 1);
    if (size.toDouble() == 0)
        return;
    const QString text = isShort ? tr("Close the %1 short of %2 with a reduce-only market buy?").arg(symbol, size)
                                 : tr("Close the %1 long of %2 with a reduce-only market sell?").arg(symbol, size);
    if (!confirmTradingCommand(this, QStringLiteral("ClosePositionConfirm"), tr("Close position"), text,
                               tr("Close position")))
        return;
    trading::OrderTicket ticket;
    ticket.symbol = symbol.toStdString();
    ticket.side = isShort ? "Buy" : "Sell";
    ticket.type = "Market";
    ticket.quantity = size.toStdString();
    ticket.reduceOnly = true;
    m_ticket->showPending(tr("Closing %1…").arg(symbol));
    place(ticket);
}

void TradingView::requestReversePosition(int sourceRow)
{
    QString size = m_positions->signedSize(sourceRow);
    const QString symbol = m_positions->symbol(sourceRow);
    const auto spec = m_specs.find(symbol);
    if (!m_runtime || symbol.isEmpty() || size.isEmpty() || spec == m_specs.end())
        return;
    const bool isShort = size.startsWith(u'-');
    if (isShort)
        size.remove(0, 1);
    const auto lots = spec->quantity.toNonNegativeSteps(size.toStdString());
    if (!lots || lots.value <= 0)
        return;
    // Twice the size on the other side: the position closes and the same size opens the other way.
    const QString twice = QString::fromStdString(spec->quantity.format(lots.value * 2));
    const QString text =
        isShort ? tr("Reverse the %1 short of %2 into a long of %2 with a market buy of %3?").arg(symbol, size, twice)
                : tr("Reverse the %1 long of %2 into a short of %2 with a market sell of %3?").arg(symbol, size, twice);
    if (!confirmTradingCommand(this, QStringLiteral("ReversePositionConfirm"), tr("Reverse position"), text,
                               tr("Reverse position")))
        return;
    trading::OrderTicket ticket;
    ticket.symbol = symbol.toStdString();
    ticket.side = isShort ? "Buy" : "Sell";
    ticket.type = "Market";
    ticket.quantity = twice.toStdString();
    m_ticket->showPending(tr("Reversing %1…").arg(symbol));
    place(ticket);
}

void TradingView::amendFromTable(const QString &orderLinkId, const QString &symbol, int column, const QString &text)
{
    const auto spec = m_specs.find(symbol);
    if (spec == m_specs.end()) {
        m_ticket->showVerdict(
            tr("Amend of %1 not sent: the lot and tick of %2 are not known yet.").arg(orderLinkId, symbol), false);
        return;
    }
    // The operator's decimal text on the instrument's grid, as the ticket takes it; a comma counts as the point.
    const std::string value = QString(text).replace(u',', u'.').toStdString();
    const bool price = column == OrdersModel::PriceColumn;
    const exchange::DecimalGrid &grid = price ? spec->price : spec->quantity;
    const auto steps = grid.toNonNegativeSteps(value);
    if (!steps || steps.value <= 0) {
        m_ticket->showVerdict(price ? tr("Amend of %1 not sent: %2 is not a positive multiple of the tick %3.")
                                          .arg(orderLinkId, text, QString::fromStdString(grid.stepText()))
                                    : tr("Amend of %1 not sent: %2 is not a positive multiple of the lot %3.")
                                          .arg(orderLinkId, text, QString::fromStdString(grid.stepText())),
                              false);
        return;
    }
    if (price)
        amendOrder(orderLinkId, steps.value, std::nullopt);
    else
        amendOrder(orderLinkId, std::nullopt, steps.value);
}

void TradingView::requestKillSwitch()
{
    QString why;
    if (!canKill(&why)) {
        m_status->setText(tr("The kill switch is not available: %1").arg(why));
        return;
    }
    RemoteHost *host = m_remote ? m_remote->host() : nullptr;
    const QString where = host ? tr("on the daemon %1").arg(host->name()) : tr("in this program");
    if (!confirmTradingCommand(
            this, QStringLiteral("KillSwitchConfirm"), tr("Kill switch"),
            tr("Engage the kill switch %1?\n\nEvery open order is cancelled, every position is closed with "
               "reduce-only market orders, and new orders are refused until the kill switch is reset.")
                .arg(where),
            tr("Engage kill switch")))
        return;
    if (m_remote) {
        m_remote->engageKillSwitch(QStringLiteral("operator (workstation)"), [self = QPointer<TradingView>(this)](
                                                                                 bool ok, const QString &message) {
            if (TradingView *view = self.data())
                view->m_status->setText(ok ? tr("Kill switch engaged on the host: %1").arg(message)
                                           : tr("The host refused the kill switch: %1").arg(message));
        });
        return;
    }
    ask<bool>(
        [](trading::TradingService &service) {
            service.engageKillSwitch("operator (workstation)");
            return true;
        },
        [](bool) {});
}

void TradingView::requestKillReset()
{
    if ((!m_runtime && !m_remote) ||
        !confirmTradingCommand(this, QStringLiteral("KillResetConfirm"), tr("Reset kill switch"),
                               tr("Reset the kill switch? New orders will be accepted again."),
                               tr("Reset kill switch")))
        return;
    m_killError->hide();
    const auto show = [self = QPointer<TradingView>(this)](const QString &error) {
        if (TradingView *view = self.data()) {
            view->m_killError->setText(error.isEmpty() ? QString() : tr("Reset refused: %1").arg(error));
            view->m_killError->setVisible(!error.isEmpty());
        }
    };
    if (m_remote) {
        m_remote->resetKillSwitch([show](bool ok, const QString &message) { show(ok ? QString() : message); });
        return;
    }
    ask<std::string>(
        [](trading::TradingService &service) {
            std::string error;
            if (!service.resetKillSwitch(&error) && error.empty())
                error = "refused";
            return error;
        },
        [show](std::string error) { show(QString::fromStdString(error)); });
}

} // namespace virtuoso::ui
