#include "OrdersModel.h"

#include "DisplayFormat.h"
#include "trading/TradingService.h"

namespace virtuoso::ui {

using trading::OrderStatus;

QColor buyColour()
{
    return {0x2e, 0x9d, 0x4f};
}

QColor sellColour()
{
    return {0xd2, 0x3c, 0x3c};
}

QColor mutedColour()
{
    return {0x8a, 0x8a, 0x8a};
}

QColor pendingColour()
{
    return {0xd0, 0x8a, 0x10};
}

QString moneyText(double value)
{
    return QString::number(value, 'f', 2);
}

QColor pnlColour(double value)
{
    if (value > 0.005)
        return buyColour();
    if (value < -0.005)
        return sellColour();
    return {};
}

namespace {

QString sideText(trading::Side side)
{
    return side == trading::Side::Buy ? OrdersModel::tr("Buy") : OrdersModel::tr("Sell");
}

QColor sideColour(trading::Side side)
{
    return side == trading::Side::Buy ? buyColour() : sellColour();
}

QString statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew:
        return OrdersModel::tr("Pending new");
    case OrderStatus::New:
        return OrdersModel::tr("New");
    case OrderStatus::PartiallyFilled:
        return OrdersModel::tr("Partially filled");
    case OrderStatus::PendingCancel:
        return OrdersModel::tr("Pending cancel");
    case OrderStatus::PendingAmend:
        return OrdersModel::tr("Pending amend");
    case OrderStatus::Filled:
        return OrdersModel::tr("Filled");
    case OrderStatus::Cancelled:
        return OrdersModel::tr("Cancelled");
    case OrderStatus::Rejected:
        return OrdersModel::tr("Rejected");
    }
    return {};
}

QColor statusColour(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingAmend:
        return pendingColour();
    case OrderStatus::Filled:
        return buyColour();
    case OrderStatus::Rejected:
        return sellColour();
    case OrderStatus::Cancelled:
        return mutedColour();
    default:
        return {};
    }
}

QString typeText(const trading::OrderIntent &intent)
{
    QString text = intent.type == trading::OrderType::Market ? OrdersModel::tr("Market") : OrdersModel::tr("Limit");
    if (intent.type == trading::OrderType::Limit && intent.timeInForce != trading::TimeInForce::GTC) {
        static const char *const names[] = {"GTC", "IOC", "FOK", "PostOnly"};
        text += QStringLiteral(" ") + QLatin1String(names[static_cast<int>(intent.timeInForce)]);
    }
    if (intent.reduceOnly)
        text += OrdersModel::tr(", reduce-only");
    return text;
}

TradingCell number(const std::string &text)
{
    const QString t = QString::fromStdString(text);
    return {t, t.isEmpty() ? QVariant(0.0) : QVariant(t.toDouble()), {}};
}

} // namespace

OrdersModel::OrdersModel(QObject *parent)
    : TradingTableModel({tr("Time"), tr("Symbol"), tr("Side"), tr("Type"), tr("Price"), tr("Qty"), tr("Filled"),
                         tr("Status"), tr("Order link ID"), tr("Reason")},
                        parent)
{}

void OrdersModel::apply(const trading::TradingView &view)
{
    std::vector<TradingRow> rows;
    rows.reserve(view.orders.size());
    for (const auto &o : view.orders) {
        const trading::Order &order = o.order;
        TradingRow row;
        row.key = QString::fromStdString(order.intent.orderLinkId);
        row.flag = order.isOpen();
        const qint64 shownMs = order.updatedMs > 0 ? order.updatedMs : order.createdMs;
        TradingCell price = number(o.price);
        if (o.price.empty())
            price.text = tr("market");
        row.cells = {
            {formatClock(shownMs), QVariant(shownMs), {}},
            {QString::fromStdString(order.intent.symbol), {}, {}},
            {sideText(order.intent.side), {}, sideColour(order.intent.side)},
            {typeText(order.intent), {}, {}},
            price,
            number(o.quantity),
            number(o.filled),
            {statusText(order.status), static_cast<int>(order.status), statusColour(order.status)},
            {row.key, {}, {}},
            {QString::fromStdString(order.reason), {}, {}},
        };
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

bool OrdersModel::isOpen(int r) const
{
    const TradingRow *found = row(r);
    return found && found->flag.toBool();
}

ExecutionsModel::ExecutionsModel(QObject *parent)
    : TradingTableModel({tr("Time"), tr("Symbol"), tr("Side"), tr("Price"), tr("Qty"), tr("Fee"), tr("Liquidity"),
                         tr("Order link ID"), tr("Execution ID")},
                        parent)
{}

void ExecutionsModel::apply(const trading::TradingView &view)
{
    std::vector<TradingRow> rows;
    rows.reserve(view.executions.size());
    for (const auto &e : view.executions) {
        const trading::Execution &x = e.execution;
        TradingRow row;
        row.key = QString::fromStdString(x.execId);
        const QString fee = QString::fromStdString(x.fee.toString());
        row.cells = {
            {formatClock(x.timeMs), QVariant(x.timeMs), {}},
            {QString::fromStdString(x.symbol), {}, {}},
            {sideText(x.side), {}, sideColour(x.side)},
            number(e.price),
            number(e.quantity),
            {fee, fee.toDouble(), {}},
            {x.maker ? tr("maker") : tr("taker"), {}, {}},
            {QString::fromStdString(x.orderLinkId), {}, {}},
            {row.key, {}, {}},
        };
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace virtuoso::ui
