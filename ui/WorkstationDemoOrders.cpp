// The screenshot mode's demonstrations: paper orders placed through the trading desk's ticket as an
// operator would (VIRTUOSO_SCREENSHOT_ORDERS=1), and faults and a liquidation cascade through the
// embedded simulator's control API (VIRTUOSO_SCREENSHOT_FAULTS=1); see scripts/screenshots.sh.
#include "WorkstationViews.h"

#include "OrderTicket.h"
#include "PriceLadder.h"
#include "TradingView.h"
#include "engine/CoreRuntime.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace virtuoso::ui {

void WorkstationViews::placeDemonstrationOrders()
{
    // Through the ticket, as an operator would: one order the risk gate refuses (above the order
    // notional limit), a small market buy that opens a position, and a limit buy resting 1 %
    // under the mark. Paper venue only: the screenshots never trade anywhere else.
    CoreRuntime *runtime = m_tradingDesk->runtime();
    const auto view = runtime ? runtime->tradingView() : nullptr;
    if (!view || !view->running || view->venue != trading::VenueKind::Paper)
        return;
    OrderTicketPanel *ticket = m_tradingDesk->ticket();
    const auto order = [this, ticket](const QString &type, double quantity, double priceFactor, trading::Side side) {
        raiseView(m_tradingDesk);
        ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(type));
        ticket->quantityBox()->setValue(quantity);
        if (priceFactor > 0 && m_pending) {
            for (const MarketSummary &market : m_pending->markets)
                if (market.symbol == ticket->symbol())
                    ticket->priceBox()->setValue(market.markPrice.toDouble() * priceFactor);
        }
        ticket->snapToGrids();
        ticket->send(side);
    };
    const auto markOf = [this, ticket] {
        if (m_pending)
            for (const MarketSummary &market : m_pending->markets)
                if (market.symbol == ticket->symbol())
                    return market.markPrice.toDouble();
        return 0.0;
    };
    QTimer::singleShot(2000, this, [order] { order(QStringLiteral("Limit"), 1.0, 0.995, trading::Side::Buy); });
    QTimer::singleShot(4000, this, [order] { order(QStringLiteral("Market"), 0.005, 0, trading::Side::Buy); });
    QTimer::singleShot(6000, this, [order] { order(QStringLiteral("Limit"), 0.004, 0.99, trading::Side::Buy); });
    // A market buy with a take-profit and a stop-loss 3 % away, which the position then shows.
    const int settleMs = std::max(20, qEnvironmentVariableIntValue("VIRTUOSO_SCREENSHOT_DELAY_S")) * 1000;
    QTimer::singleShot(settleMs - 3000, this, [this] { prepareRiskTicket(); });
    QTimer::singleShot(8500, this, [this, ticket, markOf] {
        const double mark = markOf();
        if (mark <= 0)
            return;
        raiseView(m_tradingDesk);
        ticket->setSizingMode(trading::SizingMode::Contracts);
        ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Market")));
        ticket->quantityBox()->setValue(0.01);
        ticket->takeProfitBox()->setValue(mark * 1.03);
        ticket->stopLossBox()->setValue(mark * 0.97);
        ticket->snapToGrids();
        ticket->send(trading::Side::Buy);
    });
}

void WorkstationViews::placeLadderOrders()
{
    // Resting orders a few ticks outside the book's touch, so the ladder shows them: placed just
    // before the desk is shot (the simulator's market moves by many ticks a second), straight to the
    // trading service so the ticket keeps what the operator prepared.
    CoreRuntime *runtime = m_tradingDesk->runtime();
    const PriceLadder *ladder = m_tradingDesk->ladder();
    OrderTicketPanel *ticket = m_tradingDesk->ticket();
    if (!runtime)
        return;
    const double tick = ticket->priceBox()->singleStep();
    const int decimals = ticket->priceBox()->decimals();
    for (const auto &[side, touch, offset, quantity] :
         {std::tuple{trading::Side::Buy, ladder->bestBidTicks(), -8, "0.003"},
          std::tuple{trading::Side::Sell, ladder->bestAskTicks(), 8, "0.002"}}) {
        if (touch <= 0)
            continue;
        trading::OrderTicket order;
        order.symbol = ticket->symbol().toStdString();
        order.side = side == trading::Side::Buy ? "Buy" : "Sell";
        order.type = "Limit";
        order.quantity = quantity;
        order.price = QString::number(static_cast<double>(touch + offset) * tick, 'f', decimals).toStdString();
        runtime->postTrading([order](trading::TradingService &service) { service.place(order); });
    }
}

void WorkstationViews::prepareRiskTicket()
{
    // The ticket as an operator prepares the next order: 0.5 % risk to a stop-loss 1 % under a
    // limit, with a take-profit; the gate's verdict on it shows under it.
    OrderTicketPanel *ticket = m_tradingDesk->ticket();
    double mark = 0;
    if (m_pending)
        for (const MarketSummary &market : m_pending->markets)
            if (market.symbol == ticket->symbol())
                mark = market.markPrice.toDouble();
    if (mark <= 0)
        return;
    raiseView(m_tradingDesk);
    ticket->setSide(trading::Side::Buy);
    ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Limit")));
    ticket->priceBox()->setValue(mark * 0.999);
    ticket->stopLossBox()->setValue(mark * 0.989);
    ticket->takeProfitBox()->setValue(mark * 1.02);
    ticket->setSizingMode(trading::SizingMode::RiskPercent);
    ticket->amountBox()->setValue(0.5);
    ticket->snapToGrids();
}

void WorkstationViews::fireDemonstrationFaults()
{
    // Real faults through the embedded simulator's control API, so the screenshots show what an
    // incident looks like: a book gap (resync), a stalled stream (pong timeout) and a dropped socket.
    if (!m_pending || m_pending->dataSource != u"embedded simulator" || m_simulatorControlUrl.isEmpty())
        return;
    const QUrl control(m_simulatorControlUrl + QStringLiteral("/faults"));
    auto *network = new QNetworkAccessManager(this);
    const auto fire = [network, control, authorization = m_simulatorControlAuthorization](const QJsonObject &fault) {
        QNetworkRequest request(control);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network->post(request, QJsonDocument(fault).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    const QString all = QStringLiteral("all");
    QTimer::singleShot(1000, this, [fire, all] {
        fire({{QStringLiteral("kind"), QStringLiteral("u_gap")}, {QStringLiteral("conn"), all}});
    });
    QTimer::singleShot(3000, this, [fire, all] {
        fire({{QStringLiteral("kind"), QStringLiteral("stall")},
              {QStringLiteral("conn"), all},
              {QStringLiteral("seconds"), 40}});
    });
    // A liquidation cascade on every symbol once the stall is over, for the Alerts view's tape and totals.
    QTimer::singleShot(44'000, this,
                       [network, authorization = m_simulatorControlAuthorization,
                        url = m_simulatorControlUrl + QStringLiteral("/market/liquidations")] {
                           QNetworkRequest request{QUrl(url)};
                           request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                           request.setRawHeader("Authorization", authorization);
                           QNetworkReply *reply =
                               network->post(request, QByteArrayLiteral(R"({"symbol":"all","scale":20})"));
                           QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                       });
    QTimer::singleShot(50'000, this, [fire, all] {
        fire({{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("conn"), all}});
    });
}

} // namespace virtuoso::ui
