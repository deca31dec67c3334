// Order book apply alone, market state apply, and latency recording.
// Run: build/bench/market/bench_order_book --benchmark_min_time=2
#include "BookDeltaFrames.h"
#include "connector/PublicMessageDecoder.h"
#include "model/health/LatencyHistogram.h"
#include "model/market/MarketState.h"
#include "model/market/OrderBook.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

constexpr std::size_t kFrames = 8192;

struct DecodedStream
{
    PublicMessage snapshot;
    std::vector<PublicMessage> deltas;
};

const DecodedStream &decoded()
{
    static const DecodedStream stream = [] {
        InstrumentSpec btc;
        btc.symbol = *Symbol::from("BTCUSDT");
        btc.price = DecimalGrid(10, 2);
        btc.quantity = DecimalGrid(1, 3);
        PublicMessageDecoder decoder(std::make_shared<const InstrumentCatalog>(std::vector<InstrumentSpec>{btc}));
        const bench::BookDeltaFrames frames = bench::makeBookDeltaFrames(kFrames);
        DecodedStream s;
        s.snapshot = decoder.decode(frames.snapshot, 0);
        for (const std::string &f : frames.deltas)
            s.deltas.push_back(decoder.decode(f, 0));
        return s;
    }();
    return stream;
}

void perMessage(benchmark::State &state)
{
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
    state.counters["ns_per_msg"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_OrderBookApplyDelta(benchmark::State &state)
{
    const DecodedStream &s = decoded();
    market::OrderBook book(50);
    book.apply(*s.snapshot.as<OrderBookMessage>());
    std::size_t i = 0, bad = 0;
    for (auto _ : state) {
        bad += book.apply(*s.deltas[i].as<OrderBookMessage>()) != market::BookUpdate::Ok;
        if (++i == kFrames) {
            i = 0;
            book.apply(*s.snapshot.as<OrderBookMessage>());
        }
    }
    if (bad)
        state.SkipWithError("delta not applied cleanly");
    perMessage(state);
}
BENCHMARK(BM_OrderBookApplyDelta);

void BM_MarketStateApplyDelta(benchmark::State &state)
{
    const DecodedStream &s = decoded();
    market::MarketState market;
    market.apply(s.snapshot);
    std::size_t i = 0, bad = 0;
    for (auto _ : state) {
        bad += market.apply(s.deltas[i]).needsResync();
        if (++i == kFrames) {
            i = 0;
            market.apply(s.snapshot);
        }
    }
    if (bad)
        state.SkipWithError("unexpected resync");
    perMessage(state);
}
BENCHMARK(BM_MarketStateApplyDelta);

void BM_OrderBookTopAndDepthQueries(benchmark::State &state)
{
    const DecodedStream &s = decoded();
    market::OrderBook book(50);
    book.apply(*s.snapshot.as<OrderBookMessage>());
    std::vector<BookLevel> bids, asks;
    for (auto _ : state) {
        book.topLevels(10, bids, asks);
        benchmark::DoNotOptimize(book.depthWithinBps(50));
        benchmark::DoNotOptimize(bids.data());
    }
    perMessage(state);
}
BENCHMARK(BM_OrderBookTopAndDepthQueries);

void BM_LatencyHistogramRecord(benchmark::State &state)
{
    health::LatencyHistogram histogram;
    std::mt19937_64 rng(3);
    std::vector<qint64> samples(4096);
    for (qint64 &v : samples)
        v = static_cast<qint64>(1000 + rng() % 2'000'000);
    std::size_t i = 0;
    for (auto _ : state) {
        histogram.record(samples[i]);
        i = (i + 1) & 4095;
    }
    benchmark::DoNotOptimize(histogram.p99());
    perMessage(state);
}
BENCHMARK(BM_LatencyHistogramRecord);

} // namespace

BENCHMARK_MAIN();
