#pragma once

#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace virtuoso::api {

// Turns the core's published snapshot into the JSON the API serves. One place decides field
// names, so /api/v1/status, /api/v1/connections, /ready and the stream agree.
namespace snapshot_document {

// The state the WebSocket stream keeps in sync: collections keyed by id, never null values.
QJsonObject streamState(const CoreSnapshot &snapshot);

// The stream's `data` as compact JSON: the whole state of `to` when `from` is null, else the merge
// patch from `from`'s state to `to`'s (exactly merge_patch::diff of the two streamStates). Built
// entry by entry — a symbol's signal whose object did not change is not even looked at — so no
// whole state is ever held in memory: for 300 symbols one is tens of megabytes as a QJsonObject.
QByteArray streamData(const CoreSnapshot *from, const CoreSnapshot &to);

// {conn_id: {...}}, or nothing when the connector has not published any connection yet.
std::optional<QJsonObject> connections(const CoreSnapshot &snapshot);
QJsonObject connection(const health::ConnectionStatus &status);
// One topic of a connection, as it appears under the connection's `topics` (keyed by topic name).
QJsonObject topic(const health::TopicStatus &topic);
// {symbol: {...}}: top of book, last price and 24h statistics per symbol.
QJsonObject markets(const CoreSnapshot &snapshot);
QJsonObject market(const MarketSummary &summary);
QJsonObject timeoutEntry(const health::TimeoutEntry &entry);
QJsonObject orderBook(const OrderBookView &book);
// The last connectivity probe: {ts, trigger, skew_known, clock_skew_ms, targets: [{url, stages}]}.
QJsonObject probe(const health::ProbeResult &probe);
// One confluence signal as /api/v1/signals serves it, plus what the workstation's breakdown
// draws: per component "blended" sub-scores and "timeframe_ready".
QJsonObject signal(const confluence::ConfluenceSignal &signal);
// {symbol, interval, candles: [[start_ms, open, high, low, close, volume, confirmed], ...]}, oldest first.
QJsonObject candles(const CandleSeriesView &series);

struct Readiness
{
    bool ready = false;
    QStringList reasons; // why not, one sentence each
};
// Every configured stream live and fresh. `snapshotAgeMs` is how long ago the snapshot arrived;
// a snapshot older than `maxSnapshotAgeMs` means the engine stopped publishing.
Readiness readiness(const CoreSnapshot *snapshot, qint64 snapshotAgeMs, qint64 maxSnapshotAgeMs = 3000);

} // namespace snapshot_document

} // namespace virtuoso::api
