#pragma once

#include "model/health/WarningAggregator.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QJsonObject>
#include <QStringList>

namespace virtuoso::api {

// The inverse of snapshot_document: rebuilds a CoreSnapshot from the stream state a daemon
// serves (/api/v1/stream), so a remote workstation feeds its views exactly as the local core does.
// Tolerant by design: a missing field keeps its default, an unknown field is ignored, a value of
// the wrong type or out of range is replaced by the default and counted in `problems`, and
// collections are capped so a hostile document cannot make the reader allocate without bound.
namespace snapshot_reader {

struct Limits
{
    int maxConnections = 4096; // each keeps its newest 1024 transitions
    int maxMarkets = 20000;
    int maxTimeouts = 20000;
    int maxSignals = 20000; // a probe keeps 64 targets of 16 stages
};

struct Result
{
    CoreSnapshotPtr snapshot;
    QStringList problems; // one sentence per value that was dropped or replaced (at most 20)
};

Result fromStreamState(const QJsonObject &state, const Limits &limits = {});

// The parts on their own (tests, and readers of the one-shot endpoints).
health::ConnectionStatus connection(const QString &connId, const QJsonObject &json, QStringList *problems = nullptr);
MarketSummary market(const QString &symbol, const QJsonObject &json, QStringList *problems = nullptr);
health::TimeoutEntry timeoutEntry(const QJsonObject &json, QStringList *problems = nullptr);
health::ProbeResult probe(const QJsonObject &json, QStringList *problems = nullptr);
std::shared_ptr<const confluence::ConfluenceSignal> signal(const QJsonObject &json, QStringList *problems = nullptr);

// The one-shot endpoints the workstation reads besides the stream: /api/v1/warnings,
// /api/v1/orderbook/{symbol} and /api/v1/timeouts (entries oldest first).
std::vector<health::WarningAggregate> warnings(const QJsonObject &json, QStringList *problems = nullptr);
std::optional<OrderBookView> orderBook(const QJsonObject &json, QStringList *problems = nullptr);
std::vector<health::TimeoutEntry> timeouts(const QJsonObject &json, QStringList *problems = nullptr);
// /api/v1/candles/{symbol}: {symbol, interval, candles: [[start_ms, o, h, l, c, volume, confirmed], ...]}.
std::optional<CandleSeriesView> candles(const QJsonObject &json, QStringList *problems = nullptr);

} // namespace snapshot_reader

} // namespace virtuoso::api
