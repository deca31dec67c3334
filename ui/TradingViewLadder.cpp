// The trading desk's price ladder: its instrument, the book it reads, the own orders it shows and
// the orders it asks for (TradingView.cpp holds the rest of the desk).
#include "TradingView.h"

#include "OrderTicket.h"
#include "PriceLadder.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace virtuoso::ui {

void TradingView::updateLadderInstrument()
{
    const auto found = m_specs.find(m_ticket->symbol());
    if (found == m_specs.end())
        return;
    m_ladder->setInstrument(*found);
    m_ladderSymbol = m_ticket->symbol();
    if (m_view)
        showLadderOrders(*m_view);
}

void TradingView::pollLadder()
{
    // One book read in flight, only while the ladder is on screen: the engine answers on its
    // thread and the book comes back through the event loop.
    if (!m_runtime || m_ladderInFlight || m_ladderSymbol.isEmpty() || !m_ladder->isVisible())
        return;
    m_ladderInFlight = true;
    const QString symbol = m_ladderSymbol;
    m_runtime->orderBookAsync(symbol, 50,
                              [self = QPointer<TradingView>(this), symbol](std::optional<OrderBookView> book) {
                                  QMetaObject::invokeMethod(
                                      QCoreApplication::instance(),
                                      [self, symbol, book = std::move(book)] {
                                          TradingView *view = self.data();
                                          if (!view)
                                              return;
                                          view->m_ladderInFlight = false;
                                          if (symbol != view->m_ladderSymbol)
                                              return;
                                          if (book)
                                              view->m_ladder->setBook(book->bids, book->asks, book->valid);
                                          else
                                              view->m_ladder->setBook({}, {}, false);
                                      },
                                      Qt::QueuedConnection);
                              });
    // An answer that never comes (the core stopping) must not stop the ladder for good.
    const quint64 request = ++m_ladderRequest;
    QTimer::singleShot(2000, this, [this, request] {
        if (request == m_ladderRequest)
            m_ladderInFlight = false;
    });
}

void TradingView::showLadderOrders(const trading::TradingView &view)
{
    const auto found = m_specs.find(m_ladderSymbol);
    if (found == m_specs.end())
        return;
    std::vector<PriceLadder::OwnOrder> own;
    const std::string symbol = m_ladderSymbol.toStdString();
    for (const trading::TradingView::OrderRow &row : view.orders) {
        const trading::Order &order = row.order;
        if (!order.isOpen() || order.intent.symbol != symbol || order.price <= 0)
            continue;
        own.push_back({QString::fromStdString(order.intent.orderLinkId), order.intent.side, order.price,
                       QString::fromStdString(found->quantity.format(order.remaining()))});
    }
    m_ladder->setOwnOrders(std::move(own));
}

void TradingView::placeFromLadder(trading::Side side, qint64 priceTicks)
{
    const auto found = m_specs.find(m_ladderSymbol);
    if (found == m_specs.end())
        return;
    QString message;
    const std::optional<trading::OrderTicket> fromTicket = m_ticket->buildTicket(side, &message);
    if (!fromTicket) {
        m_ticket->showVerdict(tr("Ladder: %1").arg(message), false);
        return;
    }
    trading::OrderTicket ticket = *fromTicket;
    ticket.symbol = m_ladderSymbol.toStdString();
    ticket.type = "Limit";
    ticket.price = found->price.format(priceTicks);
    ticket.timeInForce = "GTC";
    place(ticket);
}

} // namespace virtuoso::ui
