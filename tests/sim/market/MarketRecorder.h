#pragma once

#include "sim/market/MarketSimulator.h"

#include <QCryptographicHash>

#include <map>
#include <vector>

namespace virtuoso::sim::test {

constexpr qint64 kStartMs = 1732700000000; // 2024-11-27 09:33:20 UTC, deliberately not minute-aligned

inline MarketConfig configFor(QStringList symbols, quint64 seed = 7, int stepsPerSecond = 50)
{
    MarketConfig config;
    config.seed = seed;
    config.symbols = std::move(symbols);
    config.startEpochMs = kStartMs;
    config.stepsPerSecond = stepsPerSecond;
    return config;
}

// Keeps every event the market reports, and a digest of all of them in order.
class MarketRecorder : public MarketListener
{
public:
    std::vector<BookChange> bookChanges;
    std::vector<TradePrint> trades;
    std::vector<std::pair<QString, Candle>> candles;
    std::vector<TickerState> tickers;
    std::vector<Liquidation> liquidations;
    QCryptographicHash digest{QCryptographicHash::Sha256};
    bool keep = true;

    void onBookChange(const BookChange &change) override
    {
        add(change.symbol, change.epochMs, static_cast<qint64>(change.seq));
        for (const auto &level : change.bids)
            add(level.price, level.size);
        for (const auto &level : change.asks)
            add(-level.price, level.size);
        if (keep)
            bookChanges.push_back(change);
    }
    void onTrades(const QString &symbol, const std::vector<TradePrint> &batch) override
    {
        for (const auto &trade : batch) {
            add(symbol, trade.epochMs, trade.price, trade.size, trade.side == Side::Buy ? 1 : 2);
            digest.addData(trade.id.toLatin1());
            if (keep)
                trades.push_back(trade);
        }
    }
    void onCandle(const QString &symbol, const Candle &candle) override
    {
        add(symbol, candle.startMs, candle.intervalMinutes, candle.open, candle.high, candle.low, candle.close,
            candle.volume, candle.confirmed ? 1 : 0);
        if (keep)
            candles.emplace_back(symbol, candle);
    }
    void onTicker(const TickerState &ticker) override
    {
        add(ticker.symbol, ticker.lastPrice, ticker.markPrice, ticker.indexPrice, ticker.bid1Price, ticker.ask1Price,
            static_cast<qint64>(ticker.openInterest * 1000), static_cast<qint64>(ticker.fundingRate * 1e8));
        if (keep)
            tickers.push_back(ticker);
    }
    void onLiquidations(const std::vector<Liquidation> &batch) override
    {
        for (const auto &liquidation : batch) {
            add(liquidation.symbol, liquidation.epochMs, liquidation.price, liquidation.size,
                liquidation.side == Side::Buy ? 1 : 2);
            if (keep)
                liquidations.push_back(liquidation);
        }
    }

    QByteArray result() { return digest.result().toHex(); }
    void clear()
    {
        bookChanges.clear();
        trades.clear();
        candles.clear();
        tickers.clear();
        liquidations.clear();
    }

private:
    void addOne(const QString &text) { digest.addData(text.toUtf8()); }
    template<typename T>
    void addOne(T value)
    {
        const qint64 v = static_cast<qint64>(value);
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
    }
    template<typename... Ts>
    void add(const Ts &...values)
    {
        (addOne(values), ...);
    }
};

// A full-depth copy of one symbol's book kept only from BookChange events.
struct MirrorBook
{
    std::map<Ticks, Lots, std::greater<>> bids;
    std::map<Ticks, Lots> asks;

    void load(const BookSnapshot &snapshot)
    {
        bids.clear();
        asks.clear();
        for (const auto &level : snapshot.bids)
            bids[level.price] = level.size;
        for (const auto &level : snapshot.asks)
            asks[level.price] = level.size;
    }
    template<typename Map>
    static void apply(Map &side, const std::vector<PriceLevel> &levels)
    {
        for (const auto &level : levels) {
            if (level.size == 0)
                side.erase(level.price);
            else
                side[level.price] = level.size;
        }
    }
    void apply(const BookChange &change)
    {
        apply(bids, change.bids);
        apply(asks, change.asks);
    }
    template<typename Map>
    static bool sameAs(const Map &side, const std::vector<PriceLevel> &levels)
    {
        if (side.size() != levels.size())
            return false;
        std::size_t i = 0;
        for (const auto &[price, size] : side) {
            if (levels[i].price != price || levels[i].size != size)
                return false;
            ++i;
        }
        return true;
    }
    bool sameAs(const BookSnapshot &snapshot) const
    {
        return sameAs(bids, snapshot.bids) && sameAs(asks, snapshot.asks);
    }
};

} // namespace virtuoso::sim::test
