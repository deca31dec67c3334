#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QString>

namespace virtuoso::test {

// Constructed snapshots for the view tests: explicit values, nothing random.
inline health::ConnectionStatus connection(const QString &id, health::ConnectionState state, quint64 frames,
                                           qint64 sinceMs)
{
    health::ConnectionStatus s;
    s.connId = id;
    s.url = QStringLiteral("ws://127.0.0.1:1/v5/public/linear");
    s.state = state;
    s.reason = QStringLiteral("test");
    s.sinceEpochMs = sinceMs;
    s.topicsTotal = 8;
    s.topicsLive = state == health::ConnectionState::Live ? 8 : 0;
    s.framesReceived = frames;
    // Since start, then the recent window (start-up work made the lifetime tail longer).
    s.latency = {120, 900, 4000, frames, 100, 700, 1500, frames / 2, 45'000};
    return s;
}

inline MarketSummary market(const QString &symbol, double last, double bid, double ask, const QString &volume24h)
{
    MarketSummary m;
    m.symbol = symbol;
    m.bookValid = true;
    m.bookDepth = 50;
    m.lastPrice = QString::number(last, 'f', 2);
    m.lastPriceValue = last;
    m.bestBid = QString::number(bid, 'f', 2);
    m.bestAsk = QString::number(ask, 'f', 2);
    m.bestBidPrice = bid;
    m.bestAskPrice = ask;
    m.price24hPcnt = QStringLiteral("0.0125");
    m.change24hPercent = 1.25;
    m.volume24h = volume24h;
    return m;
}

inline health::TimeoutEntry timeout(quint64 id, qint64 ts, health::TimeoutKind kind, const QString &conn,
                                    const QString &symbol = {})
{
    health::TimeoutEntry e;
    e.id = id;
    e.ts = ts;
    e.kind = kind;
    e.connId = conn;
    e.symbol = symbol;
    e.durationMs = 20'000;
    e.detail = QStringLiteral("detail %1").arg(id);
    return e;
}

} // namespace virtuoso::test
