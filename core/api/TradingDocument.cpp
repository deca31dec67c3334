#include "api/TradingDocument.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace virtuoso::api::trading_document {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QJsonObject header(const trading::TradingView &view)
{
    return QJsonObject{
        {QStringLiteral("venue"), QLatin1String(trading::venueKindName(view.venue))},
        {QStringLiteral("running"), view.running},
        {QStringLiteral("revision"), static_cast<qint64>(view.revision)},
        {QStringLiteral("time_ms"), view.timeMs},
    };
}

} // namespace

QJsonObject orders(const trading::TradingView &view, bool openOnly, const QString &symbol, int limit)
{
    QJsonObject body = header(view);
    QJsonArray list;
    for (const trading::TradingView::OrderRow &row : view.orders) {
        const trading::Order &order = row.order;
        if (openOnly && !order.isOpen())
            continue;
        if (!symbol.isEmpty() && text(order.intent.symbol) != symbol)
            continue;
        if (limit > 0 && list.size() >= limit)
            break;
        QJsonObject o{
            {QStringLiteral("order_link_id"), text(order.intent.orderLinkId)},
            {QStringLiteral("order_id"), text(order.orderId)},
            {QStringLiteral("symbol"), text(order.intent.symbol)},
            {QStringLiteral("side"), QLatin1String(trading::sideName(order.intent.side))},
            {QStringLiteral("type"), QLatin1String(trading::orderTypeName(order.intent.type))},
            {QStringLiteral("time_in_force"), QLatin1String(trading::timeInForceName(order.intent.timeInForce))},
            {QStringLiteral("reduce_only"), order.intent.reduceOnly},
            {QStringLiteral("status"), QLatin1String(trading::orderStatusName(order.status))},
            {QStringLiteral("price"), text(row.price)},
            {QStringLiteral("qty"), text(row.quantity)},
            {QStringLiteral("filled"), text(row.filled)},
            {QStringLiteral("average_price"), row.averagePrice},
            {QStringLiteral("take_profit"), text(row.takeProfit)},
            {QStringLiteral("stop_loss"), text(row.stopLoss)},
            {QStringLiteral("reason"), text(order.reason)},
            {QStringLiteral("created_ms"), order.createdMs},
            {QStringLiteral("updated_ms"), order.updatedMs},
        };
        list.append(o);
    }
    body.insert(QStringLiteral("orders"), list);
    return body;
}

QJsonObject executions(const trading::TradingView &view, const QString &symbol, int limit)
{
    QJsonObject body = header(view);
    QJsonArray list;
    for (const trading::TradingView::ExecutionRow &row : view.executions) {
        const trading::Execution &e = row.execution;
        if (!symbol.isEmpty() && text(e.symbol) != symbol)
            continue;
        if (limit > 0 && list.size() >= limit)
            break;
        list.append(QJsonObject{
            {QStringLiteral("exec_id"), text(e.execId)},
            {QStringLiteral("order_id"), text(e.orderId)},
            {QStringLiteral("order_link_id"), text(e.orderLinkId)},
            {QStringLiteral("symbol"), text(e.symbol)},
            {QStringLiteral("side"), QLatin1String(trading::sideName(e.side))},
            {QStringLiteral("price"), text(row.price)},
            {QStringLiteral("qty"), text(row.quantity)},
            {QStringLiteral("fee"), QString::fromStdString(e.fee.toString())},
            {QStringLiteral("maker"), e.maker},
            {QStringLiteral("time_ms"), e.timeMs},
        });
    }
    body.insert(QStringLiteral("executions"), list);
    return body;
}

QJsonObject positions(const trading::TradingView &view)
{
    QJsonObject body = header(view);
    QJsonArray list;
    for (const trading::TradingView::PositionRow &p : view.positions) {
        list.append(QJsonObject{
            {QStringLiteral("symbol"), text(p.symbol)},
            {QStringLiteral("size"), text(p.sizeText)},
            {QStringLiteral("side"), p.size > 0   ? QStringLiteral("Long")
                                     : p.size < 0 ? QStringLiteral("Short")
                                                  : QStringLiteral("Flat")},
            {QStringLiteral("average_entry"), p.averageEntry},
            {QStringLiteral("mark"), p.mark},
            {QStringLiteral("unrealised_pnl"), p.unrealisedPnl},
            {QStringLiteral("realised_pnl"), p.realisedPnl},
            {QStringLiteral("fees"), p.fees},
            {QStringLiteral("liquidation_price"), p.liquidationPrice},
            {QStringLiteral("take_profit"), text(p.takeProfit)},
            {QStringLiteral("stop_loss"), text(p.stopLoss)},
        });
    }
    body.insert(QStringLiteral("positions"), list);
    return body;
}

QJsonObject killReport(const trading::KillReport &report)
{
    QJsonArray problems;
    for (const std::string &problem : report.problems)
        problems.append(text(problem));
    return QJsonObject{
        {QStringLiteral("reason"), text(report.reason)},
        {QStringLiteral("started_ms"), report.startedMs},
        {QStringLiteral("finished_ms"), report.finishedMs},
        {QStringLiteral("finished"), report.finished()},
        {QStringLiteral("clean"), report.clean()},
        {QStringLiteral("open_orders_before"), report.openOrdersBefore},
        {QStringLiteral("positions_to_flatten"), report.positionsToFlatten},
        {QStringLiteral("flatten_orders_sent"), report.flattenOrdersSent},
        {QStringLiteral("open_orders_after"), report.openOrdersAfter},
        {QStringLiteral("positions_after"), report.positionsAfter},
        {QStringLiteral("problems"), problems},
    };
}

QJsonObject account(const trading::TradingView &view)
{
    QJsonObject body = header(view);
    if (!view.error.isEmpty())
        body.insert(QStringLiteral("error"), view.error);
    body.insert(QStringLiteral("stream"), QJsonObject{{QStringLiteral("up"), view.streamUp},
                                                      {QStringLiteral("reason"), text(view.streamReason)}});
    body.insert(QStringLiteral("wallet"), QJsonObject{{QStringLiteral("coin"), text(view.wallet.coin)},
                                                      {QStringLiteral("equity"), view.wallet.equity},
                                                      {QStringLiteral("wallet_balance"), view.wallet.walletBalance},
                                                      {QStringLiteral("available"), view.wallet.available},
                                                      {QStringLiteral("unrealised_pnl"), view.wallet.unrealisedPnl},
                                                      {QStringLiteral("initial_margin"), view.wallet.initialMargin},
                                                      {QStringLiteral("time_ms"), view.wallet.timeMs}});
    body.insert(QStringLiteral("pnl"), QJsonObject{{QStringLiteral("daily"), view.dailyPnl},
                                                   {QStringLiteral("realised"), view.realisedPnl},
                                                   {QStringLiteral("unrealised"), view.unrealisedPnl}});
    const trading::RiskLimits &r = view.limits;
    body.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("max_order_notional"), r.maxOrderNotional},
                                                    {QStringLiteral("max_position_notional"), r.maxPositionNotional},
                                                    {QStringLiteral("max_total_notional"), r.maxTotalNotional},
                                                    {QStringLiteral("max_open_orders"), r.maxOpenOrders},
                                                    {QStringLiteral("max_orders_per_second"), r.maxOrdersPerSecond},
                                                    {QStringLiteral("price_band_percent"), r.priceBandPercent},
                                                    {QStringLiteral("daily_loss_limit"), r.dailyLossLimit}});
    QJsonObject kill{{QStringLiteral("engaged"), view.killEngaged}};
    if (view.lastKill.startedMs != 0)
        kill.insert(QStringLiteral("last"), killReport(view.lastKill));
    body.insert(QStringLiteral("kill_switch"), kill);
    int open = 0;
    for (const auto &row : view.orders)
        open += row.order.isOpen();
    body.insert(QStringLiteral("open_orders"), open);
    int held = 0;
    for (const auto &position : view.positions)
        held += position.size != 0;
    body.insert(QStringLiteral("positions"), held);
    return body;
}

namespace {

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

// A whole number of a daemon's answer, 0 when it is missing, not a number or beyond ±2^53: the
// answer is not trusted, and converting an out-of-range double to an integer is undefined.
qint64 whole(const QJsonObject &o, const char *key)
{
    const double v = o.value(QLatin1String(key)).toDouble();
    return std::isfinite(v) && std::fabs(v) <= 9007199254740992.0 ? static_cast<qint64>(v) : 0;
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return whole(o, key);
}

trading::Side sideOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("side")).toString() == u"Sell" ? trading::Side::Sell : trading::Side::Buy;
}

trading::OrderStatus statusOf(const QString &name)
{
    using trading::OrderStatus;
    for (const OrderStatus s :
         {OrderStatus::PendingNew, OrderStatus::New, OrderStatus::PartiallyFilled, OrderStatus::PendingCancel,
          OrderStatus::PendingAmend, OrderStatus::Filled, OrderStatus::Cancelled, OrderStatus::Rejected})
        if (name == QLatin1String(trading::orderStatusName(s)))
            return s;
    return OrderStatus::New;
}

trading::TimeInForce timeInForceOf(const QString &name)
{
    using trading::TimeInForce;
    for (const TimeInForce t : {TimeInForce::GTC, TimeInForce::IOC, TimeInForce::FOK, TimeInForce::PostOnly})
        if (name == QLatin1String(trading::timeInForceName(t)))
            return t;
    return TimeInForce::GTC;
}

} // namespace

trading::TradingView readView(const QJsonObject &orders, const QJsonObject &executions, const QJsonObject &positions,
                              const QJsonObject &account)
{
    trading::TradingView view;
    view.venue = trading::venueKindFromName(str(account, "venue")).value_or(trading::VenueKind::Paper);
    view.running = account.value(QStringLiteral("running")).toBool();
    view.error = account.value(QStringLiteral("error")).toString();
    view.revision = static_cast<quint64>(std::max<qint64>(0, whole(account, "revision")));
    view.timeMs = ms(account, "time_ms");
    const QJsonObject stream = account.value(QStringLiteral("stream")).toObject();
    view.streamUp = stream.value(QStringLiteral("up")).toBool();
    view.streamReason = str(stream, "reason");
    const QJsonObject wallet = account.value(QStringLiteral("wallet")).toObject();
    view.wallet.coin = wallet.contains(QStringLiteral("coin")) ? str(wallet, "coin") : std::string("USDT");
    view.wallet.equity = wallet.value(QStringLiteral("equity")).toDouble();
    view.wallet.walletBalance = wallet.value(QStringLiteral("wallet_balance")).toDouble();
    view.wallet.available = wallet.value(QStringLiteral("available")).toDouble();
    view.wallet.unrealisedPnl = wallet.value(QStringLiteral("unrealised_pnl")).toDouble();
    view.wallet.initialMargin = wallet.value(QStringLiteral("initial_margin")).toDouble();
    view.wallet.timeMs = ms(wallet, "time_ms");
    const QJsonObject pnl = account.value(QStringLiteral("pnl")).toObject();
    view.dailyPnl = pnl.value(QStringLiteral("daily")).toDouble();
    view.realisedPnl = pnl.value(QStringLiteral("realised")).toDouble();
    view.unrealisedPnl = pnl.value(QStringLiteral("unrealised")).toDouble();
    const QJsonObject risk = account.value(QStringLiteral("risk")).toObject();
    trading::RiskLimits &r = view.limits;
    r.maxOrderNotional = risk.value(QStringLiteral("max_order_notional")).toDouble();
    r.maxPositionNotional = risk.value(QStringLiteral("max_position_notional")).toDouble();
    r.maxTotalNotional = risk.value(QStringLiteral("max_total_notional")).toDouble();
    r.maxOpenOrders = risk.value(QStringLiteral("max_open_orders")).toInt();
    r.maxOrdersPerSecond = risk.value(QStringLiteral("max_orders_per_second")).toInt();
    r.priceBandPercent = risk.value(QStringLiteral("price_band_percent")).toDouble();
    r.dailyLossLimit = risk.value(QStringLiteral("daily_loss_limit")).toDouble();
    const QJsonObject kill = account.value(QStringLiteral("kill_switch")).toObject();
    view.killEngaged = kill.value(QStringLiteral("engaged")).toBool();
    if (const QJsonObject last = kill.value(QStringLiteral("last")).toObject(); !last.isEmpty()) {
        trading::KillReport &k = view.lastKill;
        k.reason = str(last, "reason");
        k.startedMs = ms(last, "started_ms");
        k.finishedMs = ms(last, "finished_ms");
        k.openOrdersBefore = last.value(QStringLiteral("open_orders_before")).toInt();
        k.positionsToFlatten = last.value(QStringLiteral("positions_to_flatten")).toInt();
        k.flattenOrdersSent = last.value(QStringLiteral("flatten_orders_sent")).toInt();
        k.openOrdersAfter = last.value(QStringLiteral("open_orders_after")).toInt(-1);
        k.positionsAfter = last.value(QStringLiteral("positions_after")).toInt(-1);
        for (const QJsonValue &p : last.value(QStringLiteral("problems")).toArray())
            k.problems.push_back(p.toString().toStdString());
    }

    for (const QJsonValue &value : orders.value(QStringLiteral("orders")).toArray()) {
        const QJsonObject o = value.toObject();
        trading::TradingView::OrderRow row;
        trading::Order &order = row.order;
        order.intent.orderLinkId = str(o, "order_link_id");
        order.intent.symbol = str(o, "symbol");
        order.intent.side = sideOf(o);
        order.intent.type = o.value(QStringLiteral("type")).toString() == u"Market" ? trading::OrderType::Market
                                                                                    : trading::OrderType::Limit;
        order.intent.timeInForce = timeInForceOf(o.value(QStringLiteral("time_in_force")).toString());
        order.intent.reduceOnly = o.value(QStringLiteral("reduce_only")).toBool();
        order.orderId = str(o, "order_id");
        order.status = statusOf(o.value(QStringLiteral("status")).toString());
        order.reason = str(o, "reason");
        order.createdMs = ms(o, "created_ms");
        order.updatedMs = ms(o, "updated_ms");
        row.price = str(o, "price");
        row.quantity = str(o, "qty");
        row.filled = str(o, "filled");
        row.averagePrice = o.value(QStringLiteral("average_price")).toDouble();
        row.takeProfit = str(o, "take_profit");
        row.stopLoss = str(o, "stop_loss");
        if (order.intent.orderLinkId.empty() && order.orderId.empty())
            continue;
        view.orders.push_back(std::move(row));
    }
    for (const QJsonValue &value : executions.value(QStringLiteral("executions")).toArray()) {
        const QJsonObject e = value.toObject();
        trading::TradingView::ExecutionRow row;
        trading::Execution &x = row.execution;
        x.execId = str(e, "exec_id");
        if (x.execId.empty())
            continue;
        x.orderId = str(e, "order_id");
        x.orderLinkId = str(e, "order_link_id");
        x.symbol = str(e, "symbol");
        x.side = sideOf(e);
        if (const auto fee = exchange::Decimal::parse(str(e, "fee")))
            x.fee = fee.value;
        x.maker = e.value(QStringLiteral("maker")).toBool();
        x.timeMs = ms(e, "time_ms");
        row.price = str(e, "price");
        row.quantity = str(e, "qty");
        view.executions.push_back(std::move(row));
    }
    for (const QJsonValue &value : positions.value(QStringLiteral("positions")).toArray()) {
        const QJsonObject p = value.toObject();
        trading::TradingView::PositionRow row;
        row.symbol = str(p, "symbol");
        if (row.symbol.empty())
            continue;
        row.sizeText = str(p, "size");
        row.size = QString::fromStdString(row.sizeText).toDouble();
        row.averageEntry = p.value(QStringLiteral("average_entry")).toDouble();
        row.mark = p.value(QStringLiteral("mark")).toDouble();
        row.unrealisedPnl = p.value(QStringLiteral("unrealised_pnl")).toDouble();
        row.realisedPnl = p.value(QStringLiteral("realised_pnl")).toDouble();
        row.fees = p.value(QStringLiteral("fees")).toDouble();
        row.liquidationPrice = p.value(QStringLiteral("liquidation_price")).toDouble();
        row.takeProfit = str(p, "take_profit");
        row.stopLoss = str(p, "stop_loss");
        view.positions.push_back(std::move(row));
    }
    return view;
}

} // namespace virtuoso::api::trading_document
