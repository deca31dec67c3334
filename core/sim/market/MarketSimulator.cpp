#include "sim/market/MarketSimulator.h"

#include "sim/market/InstrumentCatalog.h"
#include "sim/market/SymbolMarket.h"

#include <QDateTime>
#include <QHash>

#include <utility>

namespace virtuoso::sim {

struct MarketSimulator::Impl
{
    MarketConfig config;
    std::vector<SimInstrument> instruments;
    std::vector<std::unique_ptr<SymbolMarket>> markets;
    QHash<QString, int> index;
    qint64 startMs = 0;
    qint64 nowMs = 0;
    quint64 slotsDone = 0;

    // Each symbol steps on its own phase, like an exchange that publishes every book on its own
    // timer: the step interval is cut into one slot per symbol, and slot k steps symbol k mod n.
    // Symbol i's step s falls at start + ((s - 1) * n + i + 1) / n step intervals, so the last
    // symbol keeps the plain grid and every symbol has made s steps by start + s intervals.
    // The order of steps is the same as stepping every symbol at once; only the times differ.
    qint64 slotTime(quint64 slot) const
    {
        const quint64 perSecond = static_cast<quint64>(config.stepsPerSecond) * markets.size();
        return startMs + static_cast<qint64>(slot * 1000ULL / perSecond);
    }
    SymbolMarket *find(const QString &symbol) const
    {
        const auto it = index.constFind(symbol);
        return it == index.constEnd() ? nullptr : markets[static_cast<std::size_t>(*it)].get();
    }
};

MarketSimulator::MarketSimulator(MarketConfig config)
    : d(std::make_unique<Impl>())
{
    config.stepsPerSecond = std::clamp(config.stepsPerSecond, 1, 1000);
    config.historyMinutes = std::clamp(config.historyMinutes, 1, 100000);
    d->config = config;
    // "Now" when the caller gave no start: the only clock read, made once; runs that must repeat
    // exactly pass an explicit start.
    d->startMs = config.startEpochMs > 0 ? config.startEpochMs : QDateTime::currentMSecsSinceEpoch();
    d->nowMs = d->startMs;

    if (config.symbols.isEmpty()) {
        d->instruments = defaultInstruments();
    } else {
        for (const QString &symbol : config.symbols) {
            const QString name = symbol.trimmed().toUpper();
            if (name.isEmpty() || d->index.contains(name))
                continue;
            if (std::optional<SimInstrument> instrument = instrumentForSymbol(name)) {
                d->index.insert(name, static_cast<int>(d->instruments.size()));
                d->instruments.push_back(std::move(*instrument));
            }
        }
        d->index.clear();
    }
    if (config.volatilityScale > 0 && config.volatilityScale != 1) {
        for (SimInstrument &instrument : d->instruments)
            instrument.dailyVolatility *= std::clamp(config.volatilityScale, 1e-4, 100.0);
    }
    d->markets.reserve(d->instruments.size());
    for (std::size_t i = 0; i < d->instruments.size(); ++i) {
        d->index.insert(d->instruments[i].name, static_cast<int>(i));
        d->markets.push_back(std::make_unique<SymbolMarket>(d->instruments[i], config.seed, d->startMs,
                                                            config.stepsPerSecond, config.historyMinutes,
                                                            config.tradeRateScale));
    }
}

MarketSimulator::~MarketSimulator() = default;

const std::vector<SimInstrument> &MarketSimulator::instruments() const
{
    return d->instruments;
}

const SimInstrument *MarketSimulator::instrument(const QString &symbol) const
{
    const auto it = d->index.constFind(symbol);
    return it == d->index.constEnd() ? nullptr : &d->instruments[static_cast<std::size_t>(*it)];
}

qint64 MarketSimulator::nowMs() const
{
    return d->nowMs;
}

void MarketSimulator::advanceTo(qint64 epochMs, MarketListener &listener)
{
    // Steps sit on a fixed grid from the start, so the events do not depend on how time is sliced.
    const std::size_t n = d->markets.size();
    while (n > 0 && d->slotTime(d->slotsDone + 1) <= epochMs) {
        ++d->slotsDone;
        d->markets[static_cast<std::size_t>((d->slotsDone - 1) % n)]->step(d->slotTime(d->slotsDone), listener);
    }
    d->nowMs = std::max(d->nowMs, epochMs);
}

BookSnapshot MarketSimulator::book(const QString &symbol, int depth) const
{
    const SymbolMarket *market = d->find(symbol);
    if (!market) {
        BookSnapshot empty;
        empty.symbol = symbol;
        empty.epochMs = d->nowMs;
        return empty;
    }
    BookSnapshot snapshot = market->book(depth);
    snapshot.epochMs = d->nowMs;
    return snapshot;
}

void MarketSimulator::bookTop(const QString &symbol, int depth, std::vector<PriceLevel> &bids,
                              std::vector<PriceLevel> &asks) const
{
    bids.clear();
    asks.clear();
    if (const SymbolMarket *market = d->find(symbol))
        market->top(depth, bids, asks);
}

quint64 MarketSimulator::seq(const QString &symbol) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->seq() : 0;
}

std::vector<TradePrint> MarketSimulator::recentTrades(const QString &symbol, int limit) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->recentTrades(limit) : std::vector<TradePrint>{};
}

std::vector<Candle> MarketSimulator::klines(const QString &symbol, int intervalMinutes, qint64 startMs, qint64 endMs,
                                            int limit) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->klines(intervalMinutes, startMs, endMs, limit) : std::vector<Candle>{};
}

TickerState MarketSimulator::ticker(const QString &symbol) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->ticker() : TickerState{};
}

std::vector<OpenInterestPoint> MarketSimulator::openInterest(const QString &symbol, int intervalMinutes,
                                                             int limit) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->openInterest(intervalMinutes, limit) : std::vector<OpenInterestPoint>{};
}

std::vector<FundingPoint> MarketSimulator::fundingHistory(const QString &symbol, int limit) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->fundingHistory(limit) : std::vector<FundingPoint>{};
}

std::vector<LongShortPoint> MarketSimulator::longShortRatio(const QString &symbol, int intervalMinutes, int limit) const
{
    const SymbolMarket *market = d->find(symbol);
    return market ? market->longShortRatio(intervalMinutes, limit) : std::vector<LongShortPoint>{};
}

void MarketSimulator::triggerLiquidationBurst(const QString &symbol, double scale)
{
    if (SymbolMarket *market = d->find(symbol))
        market->triggerLiquidationBurst(scale);
}

void MarketSimulator::triggerVolatilityBurst(const QString &symbol, int seconds)
{
    if (SymbolMarket *market = d->find(symbol))
        market->triggerVolatilityBurst(seconds);
}

} // namespace virtuoso::sim
