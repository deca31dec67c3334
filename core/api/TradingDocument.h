#pragma once

#include "trading/TradingService.h"

#include <QJsonObject>
#include <QString>

namespace virtuoso::api::trading_document {

// The documents of the trading endpoints, from one trading view. Money in the settle coin as
// numbers, prices and quantities as the instrument prints them (text), times in epoch ms.
// Nothing secret is in a view, so nothing secret can be in a document.
QJsonObject orders(const trading::TradingView &view, bool openOnly, const QString &symbol, int limit);
QJsonObject executions(const trading::TradingView &view, const QString &symbol, int limit);
QJsonObject positions(const trading::TradingView &view);
QJsonObject account(const trading::TradingView &view);
QJsonObject killReport(const trading::KillReport &report);

// The other way, for a workstation showing a daemon's desk: the four documents read back into one
// view (orders, executions, positions, account). Unknown or missing fields keep their defaults;
// nothing here is trusted to be complete, and nothing in it can be sent back as an order.
trading::TradingView readView(const QJsonObject &orders, const QJsonObject &executions, const QJsonObject &positions,
                              const QJsonObject &account);

} // namespace virtuoso::api::trading_document
