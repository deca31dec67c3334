#pragma once

#include "model/trading/MatchingEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace virtuoso::sim::exchangejson {

// The private API's objects with Bybit v5's field names and formatting: prices and quantities as
// decimal strings on the instrument's grids, times as millisecond strings, money as plain decimals.
// The same printers serve the REST answers, the private stream's data and the control API's truth.

QString money(double value); // "99999.98845", "0"
const char *bybitOrderStatus(trading::OrderStatus status);
using trading::orderTypeName;
using trading::sideName;
using trading::timeInForceName;

QJsonObject order(const trading::ExchangeOrder &order, const exchange::InstrumentSpec &spec);
QJsonObject execution(const trading::ExchangeExecution &execution, const trading::ExchangeOrder *order,
                      const exchange::InstrumentSpec &spec, exchange::Ticks markTicks);
// A symbol's position; a flat one is listed too (size "0", side "").
QJsonObject position(const trading::ExchangePosition &position, const exchange::InstrumentSpec &spec);
// One UNIFIED account with its USDT coin, as wallet-balance lists it.
QJsonObject wallet(const trading::ExchangeWallet &wallet, double cumRealisedPnl);

} // namespace virtuoso::sim::exchangejson
