#pragma once

#include "model/alerts/AlertBoard.h"
#include "store/AlertJournal.h"

#include <QJsonObject>
#include <QStringList>

// The alerts in JSON, written and read in one place: /api/v1/alerts (the journal), the stream's
// "alerts", "market_events" and "alert_status" members (the board of the snapshots), and the
// reader a workstation uses for a remote daemon's stream (docs/api.md, "Alerts").
namespace virtuoso::api::alerts_document {

// One alert of the board: {seq, ts, source, severity, key, symbol, title, rule, channels, more,
// summary, fields: [{name, value}]}.
QJsonObject item(const alerts::AlertItem &item);
// One market event: {seq, ts, kind: trade|liquidation, symbol, side: Buy|Sell, price, qty, notional}.
QJsonObject marketEvent(const alerts::MarketEvent &event);
// Everything else of the board: {enabled, problem, tape_min_notional, muted_rules, muted_keys,
// counts: {source: {raised, sent, suppressed}}, channels: {name: {...}}, liquidation_totals:
// {symbol or "*": {last_5m, last_1h, count_1h}}}.
QJsonObject status(const alerts::AlertBoard &board);
// One journaled alert with its deliveries, as /api/v1/alerts serves it.
QJsonObject record(const store::AlertRecord &record);

// The board back from the stream state's three members. Bad values are replaced by defaults and
// noted in `problems` (at most 20 notes); sizes are capped at the board's own limits. Null when
// the state carries no alerts at all.
alerts::AlertBoardPtr readBoard(const QJsonObject &status, const QJsonObject &items, const QJsonObject &events,
                                QStringList *problems);

} // namespace virtuoso::api::alerts_document
