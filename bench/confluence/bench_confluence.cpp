// Confluence engine costs: one trade, one closed 1m candle through four timeframes and six
// components, and 300 symbols with live books and trades at the simulator's top rates.
// Run: build/bench/confluence/bench_confluence --benchmark_min_time=1
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/IndicatorSet.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::confluence;

namespace {

constexpr std::int64_t kStart = 1'700'006'400'000LL;

struct SyntheticMarket
{
    std::uint64_t state = 7;
    double price = 100.0;
    std::vector<BookLevel> bids = std::vector<BookLevel>(50);
    std::vector<BookLevel> asks = std::vector<BookLevel>(50);

    double uniform()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    }
    TradeTick trade(std::int64_t t)
    {
        price *= 1.0 + (uniform() - 0.5) * 0.0004;
        return {t, price, 0.1 + uniform() * (uniform() < 0.02 ? 50.0 : 2.0), uniform() < 0.5};
    }
    BookView book(std::int64_t t)
    {
        for (int i = 0; i < 50; ++i) {
            bids[static_cast<size_t>(i)] = {price * (1 - 0.0001 * (i + 1)), 1 + uniform() * 4};
            asks[static_cast<size_t>(i)] = {price * (1 + 0.0001 * (i + 1)), 1 + uniform() * 4};
        }
        return {t, bids.data(), 50, asks.data(), 50};
    }
    Candle candle(std::int64_t t)
    {
        const double open = price;
        const double close = price * (1 + (uniform() - 0.5) * 0.004);
        price = close;
        return {t,
                open,
                std::max(open, close) * (1 + uniform() * 0.001),
                std::min(open, close) * (1 - uniform() * 0.001),
                close,
                10 + uniform() * 100};
    }
};

// One symbol with a day of history, so that every timeframe but 4h is warm.
void warmUp(ConfluenceEngine &engine, SyntheticMarket &market, const QString &symbol, int minutes)
{
    for (int m = 0; m < minutes; ++m) {
        const std::int64_t t = kStart + m * 60'000LL;
        for (int k = 0; k < 10; ++k)
            engine.onTrade(symbol, market.trade(t + k * 5000));
        engine.onBook(symbol, market.book(t + 59'000));
        engine.onOpenInterest(symbol, 1e6 + m, t + 59'000);
        engine.onCandle(symbol, market.candle(t));
    }
    engine.onFunding(symbol, 0.0001, kStart);
    engine.onLiquidation(symbol, {kStart + minutes * 60'000LL - 1000, market.price, 1.0, true});
}

void BM_TradeUpdate(benchmark::State &state)
{
    ManualClock clock; // never advanced: the live rate limit holds evaluations back, as between evaluations
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    SyntheticMarket market;
    const QString symbol = QStringLiteral("BTCUSDT");
    warmUp(engine, market, symbol, 1440);
    std::vector<TradeTick> trades;
    const std::int64_t t0 = kStart + 1440 * 60'000LL;
    for (int i = 0; i < 4096; ++i)
        trades.push_back(market.trade(t0 + i));
    size_t i = 0;
    for (auto _ : state) {
        engine.onTrade(symbol, trades[i++ & 4095]);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TradeUpdate);

void BM_BookUpdate(benchmark::State &state)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    SyntheticMarket market;
    const QString symbol = QStringLiteral("BTCUSDT");
    warmUp(engine, market, symbol, 1440);
    const BookView view = market.book(kStart + 1440 * 60'000LL);
    for (auto _ : state)
        engine.onBook(symbol, view);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BookUpdate);

// A closed 1m candle: indicators of 1m (and of 5m/30m/4h when they close), then all six components
// over all four timeframes, the signal and its sufficiency bookkeeping.
void BM_ClosedMinuteCandle(benchmark::State &state)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    SyntheticMarket market;
    const QString symbol = QStringLiteral("BTCUSDT");
    warmUp(engine, market, symbol, 1440);
    std::int64_t t = kStart + 1440 * 60'000LL;
    for (auto _ : state) {
        engine.onCandle(symbol, market.candle(t));
        t += 60'000;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClosedMinuteCandle);

void BM_SignalToJson(benchmark::State &state)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    SyntheticMarket market;
    const QString symbol = QStringLiteral("BTCUSDT");
    warmUp(engine, market, symbol, 1440);
    const ConfluenceSignal &signal = engine.evaluate(symbol);
    for (auto _ : state)
        benchmark::DoNotOptimize(signal.toJson());
}
BENCHMARK(BM_SignalToJson);

void BM_IndicatorSetCandle(benchmark::State &state)
{
    IndicatorSet set;
    SyntheticMarket market;
    std::int64_t t = kStart;
    for (int i = 0; i < 300; ++i, t += 60'000)
        set.update(market.candle(t));
    for (auto _ : state) {
        set.update(market.candle(t));
        t += 60'000;
    }
}
BENCHMARK(BM_IndicatorSetCandle);

// 300 symbols for one simulated second per iteration: 50 book updates and 18 trades per symbol
// (the simulator's book step rate and its busiest instrument's trade rate), live signals rate
// limited to 4 a second per symbol, and each symbol's 1m candle closing once a minute (1/60 of them
// per second). CPU time per iteration / 1 s = share of one core.
void BM_ThreeHundredSymbolsOneSecond(benchmark::State &state)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    SyntheticMarket market;
    QStringList symbols;
    for (int s = 0; s < 300; ++s)
        symbols << QStringLiteral("SYM%1USDT").arg(s);
    for (const QString &symbol : symbols)
        warmUp(engine, market, symbol, 120);
    std::int64_t t = kStart + 120 * 60'000LL;
    int second = 0;
    for (auto _ : state) {
        for (int step = 0; step < 50; ++step) {
            clock.advanceMs(20);
            t += 20;
            for (int s = 0; s < 300; ++s) {
                const QString &symbol = symbols[s];
                engine.onBook(symbol, market.book(t));
                if (step % 3 == 0 || step % 7 == 0)
                    engine.onTrade(symbol, market.trade(t));
            }
        }
        // Every second, the 5 symbols (300/60) whose minute ends close a candle.
        for (int s = (second % 60) * 5; s < (second % 60) * 5 + 5; ++s)
            engine.onCandle(symbols[s], market.candle(t - 60'000 - (t % 60'000)));
        engine.flushDue();
        ++second;
    }
}
BENCHMARK(BM_ThreeHundredSymbolsOneSecond)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Sufficiency changes are logged as they happen; the benchmark measures the engine, not the log.
    log::Logger::instance().setLevel(log::Level::Warning);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
