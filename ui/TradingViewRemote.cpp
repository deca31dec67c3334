// The desk of a daemon: read-only orders, positions, fills and account from its API, the book of
// the ladder from the host's cache, and the kill switch with the host's trading token.
#include "TradingViewInternal.h"

#include "AccountPanel.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "PriceLadder.h"
#include "RemoteHost.h"
#include "RemoteTradingSource.h"

#include <QCheckBox>
#include <QLabel>
#include <QStackedWidget>

namespace virtuoso::ui {

void TradingView::setRemote(RemoteHost *host)
{
    if (m_remote && host == m_remote->host())
        return;
    if (m_remote) {
        m_remote->stop();
        m_remote->deleteLater();
        m_remote = nullptr;
    }
    if (!host) {
        applyReadOnly(false);
        if (!m_runtime) {
            m_stack->setCurrentIndex(0);
            setBadge({});
        }
        emit killAvailabilityChanged();
        return;
    }
    setRuntime(nullptr);
    m_view.reset();
    m_specs.clear();
    m_orders->setRows({});
    m_positions->setRows({});
    m_executions->setRows({});
    m_account->clear();
    m_remote = new RemoteTradingSource(*host, this);
    connect(m_remote, &RemoteTradingSource::viewChanged, this, [this] {
        if (m_remote)
            applyView(m_remote->view());
    });
    connect(m_remote, &RemoteTradingSource::errorChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(
                tr("Remote host %1: %2").arg(m_remote->host() ? m_remote->host()->name() : QString(), error));
    });
    m_status->setText(tr("Reading the desk of %1…").arg(host->name()));
    m_stack->setCurrentIndex(1);
    applyReadOnly(true);
    m_remote->start();
    emit killAvailabilityChanged();
}

void TradingView::applyReadOnly(bool readOnly)
{
    const QString reason = readOnlyReason();
    m_ticket->setTradingAvailable(!readOnly, readOnly ? reason : QString());
    m_orders->setReadOnly(readOnly);
    if (readOnly)
        m_armLadder->setChecked(false);
    for (QWidget *w : m_orderCommands) {
        w->setEnabled(!readOnly);
        w->setToolTip(readOnly ? reason : QString());
    }
}

bool TradingView::canKill(QString *why) const
{
    if (m_runtime)
        return true;
    if (m_remote)
        return m_remote->canKill(why);
    if (why)
        *why = tr("no trading desk on this host");
    return false;
}

void TradingView::pollRemoteLadder()
{
    RemoteHost *host = m_remote ? m_remote->host() : nullptr;
    if (!host || m_ladderSymbol.isEmpty() || !m_ladder->isVisible())
        return;
    // The host's cache answers at once and refreshes itself from the daemon.
    if (const std::optional<OrderBookView> book = host->cachedBook(m_ladderSymbol, 50))
        m_ladder->setBook(book->bids, book->asks, book->valid);
}

} // namespace virtuoso::ui
