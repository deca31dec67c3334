#include "api/TradingDocument.h"

#include <QJsonArray>

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

} // namespace virtuoso::api::trading_document
