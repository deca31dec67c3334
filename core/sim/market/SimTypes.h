#pragma once

#include "model/market/InstrumentSpec.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace virtuoso::sim {

// Prices and sizes are integers of the instrument's tick and lot (qty step) so that books never
// key on floating point; the protocol layer prints them with the instrument's grids.
using Ticks = exchange::Ticks;
using Lots = exchange::Lots;

enum class Side { Buy, Sell };

// One simulated instrument: what instruments-info lists for it (name, price and quantity grids,
// coins, order limits), whose grids also print its prices and sizes, and what drives its
// synthetic market.
struct SimInstrument
{
    exchange::InstrumentSpec spec;
    // spec.symbol as text: the key of the simulator's queries and the name in its events, one string
    // shared by all of them.
    QString name;
    double initialPrice = 0;       // the price the market starts near, on the tick grid
    double dailyVolatility = 0.03; // typical daily return stdev
    qint64 launchTimeMs = 0;       // epoch ms (an int cannot hold it)

    // One tick and one lot as numbers, for the market model's arithmetic.
    double tickSize() const { return spec.price.toDouble(1); }
    double qtyStep() const { return spec.quantity.toDouble(1); }
};

struct PriceLevel
{
    Ticks price = 0;
    Lots size = 0; // 0 in a delta = level removed
};

// A change of one symbol's full book (all depths), produced by the market in one step.
struct BookChange
{
    QString symbol;
    qint64 epochMs = 0;
    std::vector<PriceLevel> bids; // changed levels only, size 0 = deleted
    std::vector<PriceLevel> asks;
    quint64 seq = 0; // cross sequence after this change
};

struct BookSnapshot
{
    QString symbol;
    qint64 epochMs = 0;
    std::vector<PriceLevel> bids; // best first
    std::vector<PriceLevel> asks; // best first
    quint64 u = 0;                // update id of the stream the snapshot belongs to
    quint64 seq = 0;
};

struct TradePrint
{
    QString symbol;
    qint64 epochMs = 0;
    Side side = Side::Buy; // taker side
    Ticks price = 0;
    Lots size = 0;
    QString id; // unique, UUID-shaped like Bybit's
    quint64 seq = 0;
    bool blockTrade = false;
};

struct Candle
{
    qint64 startMs = 0;
    int intervalMinutes = 1;
    Ticks open = 0, high = 0, low = 0, close = 0;
    Lots volume = 0;
    double turnover = 0; // quote currency
    bool confirmed = false;
};

struct Liquidation
{
    QString symbol;
    qint64 epochMs = 0;
    Side side = Side::Buy; // Bybit: the side of the position that was liquidated ("Buy" = long closed)
    Ticks price = 0;
    Lots size = 0;
};

struct TickerState
{
    QString symbol;
    Ticks lastPrice = 0, markPrice = 0, indexPrice = 0;
    Ticks prevPrice24h = 0, highPrice24h = 0, lowPrice24h = 0, prevPrice1h = 0;
    double volume24h = 0;    // base units
    double turnover24h = 0;  // quote units
    double openInterest = 0; // base units
    double fundingRate = 0;
    qint64 nextFundingTimeMs = 0;
    Ticks bid1Price = 0, ask1Price = 0;
    Lots bid1Size = 0, ask1Size = 0;
    QString tickDirection; // PlusTick, ZeroPlusTick, MinusTick, ZeroMinusTick
};

struct OpenInterestPoint
{
    qint64 epochMs = 0;
    double openInterest = 0;
};

struct FundingPoint
{
    qint64 epochMs = 0;
    double fundingRate = 0;
};

struct LongShortPoint
{
    qint64 epochMs = 0;
    double buyRatio = 0.5;
};

// What the market produced in one step, handed to whoever serves it.
class MarketListener
{
public:
    virtual ~MarketListener() = default;
    virtual void onBookChange(const BookChange &change) = 0;
    virtual void onTrades(const QString &symbol, const std::vector<TradePrint> &trades) = 0;
    // Called for every interval (1, 5, 30, 240, ...) whenever the candle changed; `confirmed` on close.
    virtual void onCandle(const QString &symbol, const Candle &candle) = 0;
    virtual void onTicker(const TickerState &ticker) = 0;
    virtual void onLiquidations(const std::vector<Liquidation> &liquidations) = 0;
};

} // namespace virtuoso::sim
