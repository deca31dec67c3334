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

} // namespace virtuoso::api::trading_document
