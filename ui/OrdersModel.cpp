#include "OrdersModel.h"

#include "CoreTexts.h"
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
    m_editable.clear();
    for (const auto &o : view.orders) {
        const trading::Order &order = o.order;
        TradingRow row;
        row.key = QString::fromStdString(order.intent.orderLinkId);
        if (row.key.isEmpty()) // the venue's own order (a take-profit or stop-loss close): its orderId
            row.key = QString::fromStdString(order.orderId);
        row.flag = order.isOpen();
        // Amendable while live and not waiting for an answer (a pending amend or cancel).
        if ((order.status == OrderStatus::New || order.status == OrderStatus::PartiallyFilled) &&
            !order.intent.orderLinkId.empty())
            m_editable.insert(row.key, {QString::fromStdString(order.intent.symbol),
                                        order.intent.type == trading::OrderType::Limit, true});
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
            {CoreTexts::text(QString::fromStdString(order.reason)), {}, {}},
        };
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TradingTableModel::flags(index);
    if (m_readOnly || !index.isValid())
        return f;
    const auto found = m_editable.constFind(key(index.row()));
    if (found == m_editable.cend())
        return f;
    if ((index.column() == PriceColumn && found->price) || (index.column() == QuantityColumn && found->quantity))
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrdersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == index.data(Qt::EditRole).toString())
        return false;
    const QString id = key(index.row());
    emit amendRequested(id, m_editable.value(id).symbol, index.column(), text);
    return false; // nothing changes until the venue reports the amended order
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
