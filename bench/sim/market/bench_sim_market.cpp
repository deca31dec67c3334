// Cost of the simulator's market model at exchange scale: 200 symbols at 50 steps per simulated second.
// Real time needs one simulated second per wall second, so a rate of N sim_s/s means 1/N of a core.
#include "sim/market/MarketSimulator.h"

#include <benchmark/benchmark.h>

#include <memory>

#include <malloc.h>

using namespace virtuoso::sim;

namespace {

constexpr qint64 kStartMs = 1732700000000;

// Touches what a protocol server would read, without formatting anything.
class CountingListener : public MarketListener
{
public:
    std::size_t events = 0;
    std::size_t levels = 0;
    void onBookChange(const BookChange &change) override
    {
        ++events;
        levels += change.bids.size() + change.asks.size();
    }
    void onTrades(const QString &, const std::vector<TradePrint> &trades) override { events += trades.size(); }
    void onCandle(const QString &, const Candle &) override { ++events; }
    void onTicker(const TickerState &) override { ++events; }
    void onLiquidations(const std::vector<Liquidation> &liquidations) override { events += liquidations.size(); }
};

MarketConfig config(int symbols)
{
    MarketConfig c;
    c.seed = 1;
    c.startEpochMs = kStartMs;
    c.stepsPerSecond = 50;
    for (const auto &instrument : MarketSimulator::defaultInstruments())
        c.symbols << instrument.name;
    for (int i = static_cast<int>(c.symbols.size()); i < symbols; ++i)
        c.symbols << QStringLiteral("SIM%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    return c;
}

// Heap bytes in use (glibc), in MiB: what a market of 200 symbols holds once built.
double heapInUseMiB()
{
    return static_cast<double>(mallinfo2().uordblks) / 1048576.0;
}

void BM_Construct200Symbols(benchmark::State &state)
{
    double heldMiB = 0;
    for (auto _ : state) {
        const double before = heapInUseMiB();
        MarketSimulator market(config(200));
        heldMiB = heapInUseMiB() - before;
        benchmark::DoNotOptimize(market.instruments().size());
    }
    state.counters["heap_MiB"] = heldMiB;
}
BENCHMARK(BM_Construct200Symbols)->Unit(benchmark::kMillisecond);

// One iteration = one simulated second of 200 symbols (10,000 symbol steps).
void BM_Advance200Symbols(benchmark::State &state)
{
    MarketSimulator market(config(200));
    CountingListener listener;
    qint64 now = kStartMs;
    for (auto _ : state) {
        now += 1000;
        market.advanceTo(now, listener);
    }
    state.counters["sim_s_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["events_per_sim_s"] =
        static_cast<double>(listener.events) /
        static_cast<double>(std::max<benchmark::IterationCount>(1, state.iterations()));
}
BENCHMARK(BM_Advance200Symbols)->Unit(benchmark::kMillisecond)->MinTime(3);

// The same plus what the server does after every step: a depth-50 stream update per symbol.
void BM_Advance200SymbolsWithDepthStream50(benchmark::State &state)
{
    MarketSimulator market(config(200));
    CountingListener listener;
    std::vector<DepthStream> streams;
    for (const auto &instrument : market.instruments()) {
        streams.emplace_back(instrument.name, 50);
        streams.back().snapshot(market);
    }
    qint64 now = kStartMs;
    std::size_t deltas = 0;
    for (auto _ : state) {
        for (int step = 0; step < 50; ++step) {
            now += 20;
            market.advanceTo(now, listener);
            for (DepthStream &stream : streams)
                deltas += stream.update(market).has_value() ? 1 : 0;
        }
    }
    state.counters["sim_s_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["deltas_per_sim_s"] =
        static_cast<double>(deltas) / static_cast<double>(std::max<benchmark::IterationCount>(1, state.iterations()));
}
BENCHMARK(BM_Advance200SymbolsWithDepthStream50)->Unit(benchmark::kMillisecond)->MinTime(3);

// DepthStream alone: 200 depth-50 updates after one step of the market.
void BM_DepthStream50(benchmark::State &state)
{
    MarketSimulator market(config(200));
    CountingListener listener;
    std::vector<DepthStream> streams;
    for (const auto &instrument : market.instruments()) {
        streams.emplace_back(instrument.name, 50);
        streams.back().snapshot(market);
    }
    qint64 now = kStartMs;
    for (auto _ : state) {
        state.PauseTiming();
        now += 20;
        market.advanceTo(now, listener);
        state.ResumeTiming();
        for (DepthStream &stream : streams)
            benchmark::DoNotOptimize(stream.update(market));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(streams.size()));
}
BENCHMARK(BM_DepthStream50)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
