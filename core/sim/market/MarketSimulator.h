#pragma once

#include "sim/market/SimTypes.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace virtuoso::sim {

struct MarketConfig
{
    quint64 seed = 1;
    QStringList symbols;        // empty: the 20 default instruments; names no symbol can have are skipped
    qint64 startEpochMs = 0;    // 0: now (the caller's clock)
    int stepsPerSecond = 50;    // market steps per simulated second (book changes per symbol per second), on a
                                // phase of its own for each symbol
    int historyMinutes = 1440;  // 1m candles available at start (never fewer than 2000 are made)
    double tradeRateScale = 1;  // every instrument's trades per second times this (load tools)
    double volatilityScale = 1; // every instrument's daily volatility times this (0.01: a calm market for tests)
};

// A deterministic synthetic market of linear perpetuals: the same seed and the same sequence of
// advanceTo() calls produce the same events, byte for byte. Pure logic: no sockets, no timers,
// no clock reads; the caller decides what "now" is. Not thread-safe: one owner thread.
class MarketSimulator
{
public:
    explicit MarketSimulator(MarketConfig config);
    ~MarketSimulator();
    MarketSimulator(const MarketSimulator &) = delete;
    MarketSimulator &operator=(const MarketSimulator &) = delete;

    // The 20 default instruments, named, priced and stepped like Bybit's largest linear perpetuals.
    static std::vector<SimInstrument> defaultInstruments();

    const std::vector<SimInstrument> &instruments() const;
    const SimInstrument *instrument(const QString &symbol) const;
    qint64 nowMs() const;

    // Runs every market step up to `epochMs` and reports what happened to `listener`. Symbols step
    // on staggered phases spread evenly over the step interval (not all at the same instant), and
    // by start + k intervals every symbol has made exactly k steps.
    void advanceTo(qint64 epochMs, MarketListener &listener);

    // Queries of the current state (what the REST endpoints and the truth endpoint serve).
    BookSnapshot book(const QString &symbol, int depth) const;
    // The top `depth` levels per side, best first, into reused vectors (no allocation once warm).
    void bookTop(const QString &symbol, int depth, std::vector<PriceLevel> &bids, std::vector<PriceLevel> &asks) const;
    // The symbol's cross sequence now (0 for an unknown symbol).
    quint64 seq(const QString &symbol) const;
    std::vector<TradePrint> recentTrades(const QString &symbol, int limit) const; // newest first
    // Candles of `intervalMinutes` with start in [startMs, endMs], newest first, at most `limit`.
    // endMs <= 0 means no upper bound; the open candle is included (not confirmed).
    std::vector<Candle> klines(const QString &symbol, int intervalMinutes, qint64 startMs, qint64 endMs,
                               int limit) const;
    TickerState ticker(const QString &symbol) const;
    std::vector<OpenInterestPoint> openInterest(const QString &symbol, int intervalMinutes, int limit) const;
    std::vector<FundingPoint> fundingHistory(const QString &symbol, int limit) const;
    std::vector<LongShortPoint> longShortRatio(const QString &symbol, int intervalMinutes, int limit) const;

    // Fault hooks used by the fault injector: force a burst of liquidations, or a volatility burst.
    void triggerLiquidationBurst(const QString &symbol, double scale = 1.0);
    void triggerVolatilityBurst(const QString &symbol, int seconds);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// One subscriber-visible depth of one symbol's book (orderbook.{1,50,200,1000}.S): the top N levels
// with their own update id `u`. After each BookChange it yields the delta a client of that depth
// must apply (levels entering and leaving the window included), or nothing when the window did
// not change.
class DepthStream
{
public:
    DepthStream(QString symbol, int depth);

    int depth() const { return m_depth; }
    quint64 u() const { return m_u; }

    // Full snapshot of the window now; counts as an update (u advances) like Bybit's snapshots.
    BookSnapshot snapshot(const MarketSimulator &market);
    // The delta since the last snapshot()/update(), or nothing when the window is unchanged.
    std::optional<BookSnapshot> update(const MarketSimulator &market);
    // Forget the published state (after a u=1 restart the stream counts from 1 again).
    void reset(quint64 nextU = 0);

private:
    QString m_symbol;
    int m_depth;
    quint64 m_u = 0;
    std::vector<PriceLevel> m_bids, m_asks;         // last published window
    std::vector<PriceLevel> m_nextBids, m_nextAsks; // scratch for update()
};

} // namespace virtuoso::sim
