// The trading desk's price ladder: its instrument, the book it reads, the own orders it shows and
// the orders it asks for (TradingView.cpp holds the rest of the desk).
#include "TradingViewInternal.h"

#include "OrderTicket.h"
#include "PriceLadder.h"
#include "base/QueuedCall.h"
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
    if (m_remote) {
        pollRemoteLadder();
        return;
    }
    // One book read in flight, only while the ladder is on screen: the engine answers on its
    // thread and the book comes back through the event loop.
    if (!m_runtime || m_ladderInFlight || m_ladderSymbol.isEmpty() || !m_ladder->isVisible())
        return;
    m_ladderInFlight = true;
    const QString symbol = m_ladderSymbol;
    m_runtime->orderBookAsync(symbol, 50,
                              [self = QPointer<TradingView>(this), symbol](std::optional<OrderBookView> book) {
                                  postQueued(QCoreApplication::instance(), [self, symbol, book = std::move(book)] {
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
                                  });
                              });
    pollLadderTrades(symbol);
    // An answer that never comes (the core stopping) must not stop the ladder for good.
    const quint64 request = ++m_ladderRequest;
    QTimer::singleShot(2000, this, [this, request] {
        if (request == m_ladderRequest)
            m_ladderInFlight = false;
    });
}

void TradingView::pollLadderTrades(const QString &symbol)
{
    // The trades since the newest one seen; the first answer for a symbol only says where that is.
    if (symbol != m_ladderTradesSymbol) {
        m_ladderTradesSymbol = symbol;
        m_ladderNewestTradeMs = -1;
    }
    const qint64 since = m_ladderNewestTradeMs < 0 ? 0 : m_ladderNewestTradeMs + 1;
    const int limit = m_ladderNewestTradeMs < 0 ? 1 : 500;
    m_runtime->recentTradesAsync(
        symbol, since, limit, [self = QPointer<TradingView>(this), symbol](std::vector<market::TradeRecord> trades) {
            postQueued(QCoreApplication::instance(), [self, symbol, trades = std::move(trades)] {
                TradingView *view = self.data();
                if (!view || symbol != view->m_ladderTradesSymbol || trades.empty())
                    return;
                const bool first = view->m_ladderNewestTradeMs < 0;
                view->m_ladderNewestTradeMs = std::max(view->m_ladderNewestTradeMs, trades.back().timeMs);
                if (first)
                    return;
                std::vector<PriceLadder::Trade> flashes;
                flashes.reserve(trades.size());
                for (const market::TradeRecord &t : trades)
                    flashes.push_back({t.price, t.side() == exchange::Side::Sell});
                view->m_ladder->addTrades(flashes);
            });
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
    const std::optional<trading::OrderTicket> fromTicket = m_ticket->buildTicket(side, &message, priceTicks);
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
