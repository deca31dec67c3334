#pragma once

#include "model/market/PublicMessage.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>

namespace virtuoso::market {

// What the market rings keep of a candle: start, prices in ticks, volume in lots and whether it is
// closed — everything a chart or /api/v1/candles reads, in 48 bytes instead of the decoded
// message's 88 (its end time follows from the interval; turnover and last-match time are not read).
struct CandleRecord
{
    qint64 startMs = 0;
    exchange::Ticks open = 0;
    exchange::Ticks high = 0;
    exchange::Ticks low = 0;
    exchange::Ticks close = 0;

    static CandleRecord from(const exchange::Candle &c)
    {
        CandleRecord r;
        r.startMs = c.startMs;
        r.open = c.open;
        r.high = c.high;
        r.low = c.low;
        r.close = c.close;
        r.m_volume = static_cast<std::uint64_t>(std::max<exchange::Lots>(0, c.volume));
        r.m_confirmed = c.confirmed ? 1 : 0;
        return r;
    }
    exchange::Lots volume() const { return static_cast<exchange::Lots>(m_volume); }
    bool confirmed() const { return m_confirmed != 0; }

private:
    // Sizes are never negative (the decoder refuses a sign), so the top bit carries the flag.
    std::uint64_t m_volume : 63 = 0;
    std::uint64_t m_confirmed : 1 = 0;
};
static_assert(sizeof(CandleRecord) == 48);

// What the trade ring keeps of a public trade: time, price in ticks, size in lots and the taker's
// side, in 24 bytes instead of 48 (the id hash, cross sequence and block-trade flag are not read).
struct TradeRecord
{
    qint64 timeMs = 0;
    exchange::Ticks price = 0;

    static TradeRecord from(const exchange::Trade &t)
    {
        TradeRecord r;
        r.timeMs = t.timeMs;
        r.price = t.price;
        r.m_size = static_cast<std::uint64_t>(std::max<exchange::Lots>(0, t.size));
        r.m_sell = t.side == exchange::Side::Sell ? 1 : 0;
        return r;
    }
    exchange::Lots size() const { return static_cast<exchange::Lots>(m_size); }
    exchange::Side side() const { return m_sell ? exchange::Side::Sell : exchange::Side::Buy; }

private:
    std::uint64_t m_size : 63 = 0;
    std::uint64_t m_sell : 1 = 0;
};
static_assert(sizeof(TradeRecord) == 24);

} // namespace virtuoso::market
