#include "sim/exchange/ExchangeJson.h"

#include <cmath>
#include <cstdio>

namespace virtuoso::sim::exchangejson {

using exchange::Lots;

namespace {

QString ms(qint64 value)
{
    return QString::number(value);
}

QString grid(const exchange::DecimalGrid &g, qint64 steps)
{
    return QString::fromStdString(g.format(steps));
}

// Fixed decimals with the trailing zeros removed ("27450.50000" → "27450.5").
QString trimmed(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    QString text = QString::fromLatin1(buffer);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

double priceOf(const exchange::InstrumentSpec &spec, double ticks)
{
    return ticks * spec.price.toDouble(1);
}

// An average price: on the price grid when it falls on it, else with four more decimals.
QString averagePrice(const exchange::InstrumentSpec &spec, trading::Notional value, Lots lots)
{
    if (lots == 0)
        return {};
    if (value % lots == 0)
        return grid(spec.price, static_cast<qint64>(value / lots));
    return trimmed(priceOf(spec, static_cast<double>(value) / static_cast<double>(lots)), spec.price.decimals() + 4);
}

double valueOf(const exchange::InstrumentSpec &spec, trading::Notional value)
{
    return static_cast<double>(value) * spec.price.toDouble(1) * spec.quantity.toDouble(1);
}

} // namespace

QString money(double value)
{
    return trimmed(value, 8);
}

const char *bybitOrderStatus(trading::OrderStatus status)
{
    switch (status) {
    case trading::OrderStatus::PartiallyFilled:
        return "PartiallyFilled";
    case trading::OrderStatus::Filled:
        return "Filled";
    case trading::OrderStatus::Cancelled:
        return "Cancelled";
    case trading::OrderStatus::Rejected:
        return "Rejected";
    default:
        return "New";
    }
}

QJsonObject order(const trading::ExchangeOrder &o, const exchange::InstrumentSpec &spec)
{
    const bool open = o.status == trading::OrderStatus::New || o.status == trading::OrderStatus::PartiallyFilled;
    const Lots leaves = open ? o.quantity - o.filled : 0;
    const double price = o.price > 0 ? priceOf(spec, static_cast<double>(o.price)) : 0;
    const QString cancelType = o.cancelType.empty() ? QStringLiteral("UNKNOWN") : QString::fromStdString(o.cancelType);
    const QString rejectReason =
        o.rejectReason.empty() ? QStringLiteral("EC_NoError") : QString::fromStdString(o.rejectReason);
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("linear")},
        {QStringLiteral("orderId"), QString::fromStdString(o.orderId)},
        {QStringLiteral("orderLinkId"), QString::fromStdString(o.orderLinkId)},
        {QStringLiteral("blockTradeId"), QString()},
        {QStringLiteral("symbol"), QString::fromStdString(o.symbol)},
        {QStringLiteral("price"), o.price > 0 ? grid(spec.price, o.price) : QStringLiteral("0")},
        {QStringLiteral("qty"), grid(spec.quantity, o.quantity)},
        {QStringLiteral("side"), QLatin1String(sideName(o.side))},
        {QStringLiteral("isLeverage"), QString()},
        {QStringLiteral("positionIdx"), 0},
        {QStringLiteral("orderStatus"), QLatin1String(bybitOrderStatus(o.status))},
        {QStringLiteral("createType"), o.stopOrderType == "TakeProfit" ? QStringLiteral("CreateByTakeProfit")
                                       : o.stopOrderType == "StopLoss" ? QStringLiteral("CreateByStopLoss")
                                                                       : QStringLiteral("CreateByUser")},
        {QStringLiteral("cancelType"), cancelType},
        {QStringLiteral("rejectReason"), rejectReason},
        {QStringLiteral("avgPrice"), o.filled > 0 ? averagePrice(spec, o.filledValue, o.filled) : QString()},
        {QStringLiteral("leavesQty"), grid(spec.quantity, leaves)},
        {QStringLiteral("leavesValue"), money(price * spec.quantity.toDouble(leaves))},
        {QStringLiteral("cumExecQty"), grid(spec.quantity, o.filled)},
        {QStringLiteral("cumExecValue"), money(valueOf(spec, o.filledValue))},
        {QStringLiteral("cumExecFee"), money(o.fees)},
        {QStringLiteral("timeInForce"), QLatin1String(timeInForceName(o.timeInForce))},
        {QStringLiteral("orderType"), QLatin1String(orderTypeName(o.type))},
        {QStringLiteral("stopOrderType"), QString::fromStdString(o.stopOrderType)},
        {QStringLiteral("orderIv"), QString()},
        {QStringLiteral("marketUnit"), QString()},
        {QStringLiteral("triggerPrice"), QString()},
        {QStringLiteral("takeProfit"), o.takeProfit > 0 ? grid(spec.price, o.takeProfit) : QString()},
        {QStringLiteral("stopLoss"), o.stopLoss > 0 ? grid(spec.price, o.stopLoss) : QString()},
        {QStringLiteral("tpslMode"), o.takeProfit > 0 || o.stopLoss > 0 ? QStringLiteral("Full") : QString()},
        {QStringLiteral("tpLimitPrice"), QString()},
        {QStringLiteral("slLimitPrice"), QString()},
        {QStringLiteral("tpTriggerBy"), o.takeProfit > 0 ? QLatin1String(triggerByName(o.tpTriggerBy)) : QString()},
        {QStringLiteral("slTriggerBy"), o.stopLoss > 0 ? QLatin1String(triggerByName(o.slTriggerBy)) : QString()},
        {QStringLiteral("triggerDirection"), 0},
        {QStringLiteral("triggerBy"), QString()},
        {QStringLiteral("lastPriceOnCreated"), QString()},
        {QStringLiteral("reduceOnly"), o.reduceOnly},
        {QStringLiteral("closeOnTrigger"), false},
        {QStringLiteral("placeType"), QString()},
        {QStringLiteral("smpType"), QStringLiteral("None")},
        {QStringLiteral("smpGroup"), 0},
        {QStringLiteral("smpOrderId"), QString()},
        {QStringLiteral("createdTime"), ms(o.createdMs)},
        {QStringLiteral("updatedTime"), ms(o.updatedMs)},
    };
}

QJsonObject execution(const trading::ExchangeExecution &e, const trading::ExchangeOrder *o,
                      const exchange::InstrumentSpec &spec, exchange::Ticks markTicks)
{
    const double execValue = valueOf(spec, static_cast<trading::Notional>(e.price) * e.quantity);
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("linear")},
        {QStringLiteral("symbol"), QString::fromStdString(e.symbol)},
        {QStringLiteral("orderId"), QString::fromStdString(e.orderId)},
        {QStringLiteral("orderLinkId"), QString::fromStdString(e.orderLinkId)},
        {QStringLiteral("side"), QLatin1String(sideName(e.side))},
        {QStringLiteral("orderType"), QLatin1String(orderTypeName(o ? o->type : trading::OrderType::Limit))},
        {QStringLiteral("orderPrice"), o && o->price > 0 ? grid(spec.price, o->price) : grid(spec.price, e.price)},
        {QStringLiteral("orderQty"), grid(spec.quantity, o ? o->quantity : e.quantity)},
        {QStringLiteral("leavesQty"), grid(spec.quantity, e.leavesQuantity)},
        {QStringLiteral("execId"), QString::fromStdString(e.execId)},
        {QStringLiteral("execPrice"), grid(spec.price, e.price)},
        {QStringLiteral("execQty"), grid(spec.quantity, e.quantity)},
        {QStringLiteral("execValue"), money(execValue)},
        {QStringLiteral("execFee"), money(e.fee)},
        {QStringLiteral("feeRate"), money(e.feeRate)},
        {QStringLiteral("feeCurrency"), QString()},
        {QStringLiteral("execType"), QStringLiteral("Trade")},
        {QStringLiteral("execTime"), ms(e.timeMs)},
        {QStringLiteral("isMaker"), e.maker},
        {QStringLiteral("markPrice"), markTicks > 0 ? grid(spec.price, markTicks) : grid(spec.price, e.price)},
        {QStringLiteral("indexPrice"), QString()},
        {QStringLiteral("underlyingPrice"), QString()},
        {QStringLiteral("stopOrderType"), QStringLiteral("UNKNOWN")},
        {QStringLiteral("closedSize"), QStringLiteral("0")},
        {QStringLiteral("blockTradeId"), QString()},
        {QStringLiteral("tradeIv"), QString()},
        {QStringLiteral("markIv"), QString()},
        {QStringLiteral("seq"), static_cast<double>(e.timeMs)},
    };
}

QJsonObject position(const trading::ExchangePosition &p, const exchange::InstrumentSpec &spec)
{
    const Lots size = p.size < 0 ? -p.size : p.size;
    const double positionValue = valueOf(spec, p.entryValue);
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("linear")},
        {QStringLiteral("positionIdx"), 0},
        {QStringLiteral("riskId"), 1},
        {QStringLiteral("riskLimitValue"), QStringLiteral("2000000")},
        {QStringLiteral("symbol"), QString::fromStdString(p.symbol)},
        {QStringLiteral("side"), p.size > 0   ? QStringLiteral("Buy")
                                 : p.size < 0 ? QStringLiteral("Sell")
                                              : QString()},
        {QStringLiteral("size"), grid(spec.quantity, size)},
        {QStringLiteral("avgPrice"), size > 0 ? averagePrice(spec, p.entryValue, size) : QStringLiteral("0")},
        {QStringLiteral("entryPrice"), size > 0 ? averagePrice(spec, p.entryValue, size) : QStringLiteral("0")},
        {QStringLiteral("positionValue"), money(positionValue)},
        {QStringLiteral("tradeMode"), 0},
        {QStringLiteral("autoAddMargin"), 0},
        {QStringLiteral("positionStatus"), QStringLiteral("Normal")},
        {QStringLiteral("leverage"), trimmed(p.leverage, 2)},
        {QStringLiteral("markPrice"), p.markTicks > 0 ? grid(spec.price, p.markTicks) : QStringLiteral("0")},
        {QStringLiteral("liqPrice"),
         p.liquidationPrice > 0 ? trimmed(p.liquidationPrice, spec.price.decimals()) : QString()},
        {QStringLiteral("bustPrice"), QString()},
        {QStringLiteral("positionIM"), money(p.initialMargin)},
        {QStringLiteral("positionMM"), money(positionValue * 0.005)},
        {QStringLiteral("positionBalance"), money(p.initialMargin)},
        {QStringLiteral("takeProfit"), p.takeProfit > 0 ? grid(spec.price, p.takeProfit) : QStringLiteral("0")},
        {QStringLiteral("stopLoss"), p.stopLoss > 0 ? grid(spec.price, p.stopLoss) : QStringLiteral("0")},
        {QStringLiteral("tpTriggerBy"), QLatin1String(triggerByName(p.tpTriggerBy))},
        {QStringLiteral("slTriggerBy"), QLatin1String(triggerByName(p.slTriggerBy))},
        {QStringLiteral("trailingStop"), QStringLiteral("0")},
        {QStringLiteral("sessionAvgPrice"), QString()},
        {QStringLiteral("unrealisedPnl"), money(p.unrealisedPnl)},
        {QStringLiteral("curRealisedPnl"), money(p.cumulativeRealisedPnl)},
        {QStringLiteral("cumRealisedPnl"), money(p.cumulativeRealisedPnl)},
        {QStringLiteral("adlRankIndicator"), size > 0 ? 2 : 0},
        {QStringLiteral("isReduceOnly"), false},
        {QStringLiteral("mmrSysUpdatedTime"), QString()},
        {QStringLiteral("leverageSysUpdatedTime"), QString()},
        {QStringLiteral("createdTime"), ms(p.updatedMs)},
        {QStringLiteral("updatedTime"), ms(p.updatedMs)},
        {QStringLiteral("seq"), static_cast<double>(p.updatedMs)},
    };
}

QJsonObject wallet(const trading::ExchangeWallet &w, double cumRealisedPnl)
{
    const QJsonObject usdt{
        {QStringLiteral("coin"), QStringLiteral("USDT")},
        {QStringLiteral("equity"), money(w.equity)},
        {QStringLiteral("usdValue"), money(w.equity)},
        {QStringLiteral("walletBalance"), money(w.walletBalance)},
        {QStringLiteral("free"), QString()},
        {QStringLiteral("locked"), QStringLiteral("0")},
        {QStringLiteral("spotHedgingQty"), QStringLiteral("0")},
        {QStringLiteral("borrowAmount"), QStringLiteral("0")},
        {QStringLiteral("availableToWithdraw"), money(w.available)},
        {QStringLiteral("availableToBorrow"), QString()},
        {QStringLiteral("accruedInterest"), QStringLiteral("0")},
        {QStringLiteral("totalOrderIM"), money(w.orderMargin)},
        {QStringLiteral("totalPositionIM"), money(w.positionMargin)},
        {QStringLiteral("totalPositionMM"), money(w.positionMargin * 0.05)},
        {QStringLiteral("unrealisedPnl"), money(w.unrealisedPnl)},
        {QStringLiteral("cumRealisedPnl"), money(cumRealisedPnl)},
        {QStringLiteral("bonus"), QStringLiteral("0")},
        {QStringLiteral("collateralSwitch"), true},
        {QStringLiteral("marginCollateral"), true},
    };
    const double im = w.orderMargin + w.positionMargin;
    return QJsonObject{
        {QStringLiteral("accountType"), QStringLiteral("UNIFIED")},
        {QStringLiteral("totalEquity"), money(w.equity)},
        {QStringLiteral("totalWalletBalance"), money(w.walletBalance)},
        {QStringLiteral("totalMarginBalance"), money(w.equity)},
        {QStringLiteral("totalAvailableBalance"), money(w.available)},
        {QStringLiteral("totalPerpUPL"), money(w.unrealisedPnl)},
        {QStringLiteral("totalInitialMargin"), money(im)},
        {QStringLiteral("totalMaintenanceMargin"), money(w.positionMargin * 0.05)},
        {QStringLiteral("accountIMRate"), w.equity > 0 ? trimmed(im / w.equity, 4) : QStringLiteral("0")},
        {QStringLiteral("accountMMRate"),
         w.equity > 0 ? trimmed(w.positionMargin * 0.05 / w.equity, 4) : QStringLiteral("0")},
        {QStringLiteral("accountLTV"), QStringLiteral("0")},
        {QStringLiteral("coin"), QJsonArray{usdt}},
    };
}

} // namespace virtuoso::sim::exchangejson
