// Decode + apply of orderbook.50 deltas: the connector's per-message cost on the data path.
// Run: build/bench/exchange/bench_decode --benchmark_min_time=2
#include "../market/BookDeltaFrames.h"
#include "connector/HandoverQueue.h"
#include "connector/PublicMessageDecoder.h"
#include "model/market/MarketState.h"
#include "model/market/OrderBook.h"

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

constexpr std::size_t kFrames = 8192;

const bench::BookDeltaFrames &frames()
{
    static const bench::BookDeltaFrames f = bench::makeBookDeltaFrames(kFrames);
    return f;
}

std::shared_ptr<const InstrumentCatalog> btcCatalog()
{
    InstrumentSpec btc;
    btc.symbol = *Symbol::from("BTCUSDT");
    btc.price = DecimalGrid(10, 2); // tick 0.10 printed with 2 decimals
    btc.quantity = DecimalGrid(1, 3);
    return std::make_shared<const InstrumentCatalog>(std::vector<InstrumentSpec>{btc});
}

void setCounters(benchmark::State &state)
{
    const double bytesPerFrame = static_cast<double>(frames().totalBytes) / kFrames;
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
    state.SetBytesProcessed(static_cast<int64_t>(static_cast<double>(state.iterations()) * bytesPerFrame));
    state.counters["ns_per_msg"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_DecodeOrderBookDelta(benchmark::State &state)
{
    PublicMessageDecoder decoder(btcCatalog());
    PublicMessage message;
    std::size_t i = 0;
    for (auto _ : state) {
        decoder.decode(frames().deltas[i], 0, message);
        benchmark::DoNotOptimize(message);
        i = (i + 1) % kFrames;
    }
    if (decoder.errorCount() != 0)
        state.SkipWithError("decode errors");
    setCounters(state);
}
BENCHMARK(BM_DecodeOrderBookDelta);

// The acceptance figure: one frame's text to an updated book, on one core.
void BM_DecodeAndApplyOrderBookDelta(benchmark::State &state)
{
    PublicMessageDecoder decoder(btcCatalog());
    PublicMessage message;
    market::OrderBook book(50);
    decoder.decode(frames().snapshot, 0, message);
    book.apply(*message.as<OrderBookMessage>());
    std::size_t i = 0;
    std::size_t bad = 0;
    for (auto _ : state) {
        decoder.decode(frames().deltas[i], 0, message);
        const OrderBookMessage *delta = message.as<OrderBookMessage>();
        bad += delta == nullptr || book.apply(*delta) != market::BookUpdate::Ok;
        if (++i == kFrames) {
            i = 0;
            state.PauseTiming();
            decoder.decode(frames().snapshot, 0, message);
            book.apply(*message.as<OrderBookMessage>());
            state.ResumeTiming();
        }
    }
    if (bad)
        state.SkipWithError("delta not applied cleanly");
    setCounters(state);
}
BENCHMARK(BM_DecodeAndApplyOrderBookDelta);

// The production path on one thread: decode into a hand-over slot, drain in batches into MarketState.
void BM_DecodeHandoverAndMarketState(benchmark::State &state)
{
    PublicMessageDecoder decoder(btcCatalog());
    HandoverQueue<PublicMessage> queue(1024);
    market::MarketState market;
    PublicMessage snapshot = decoder.decode(frames().snapshot, 0);
    market.apply(snapshot);
    std::size_t i = 0;
    std::size_t resyncs = 0;
    constexpr std::size_t kBatch = 64;
    for (auto _ : state) {
        PublicMessage *slot = queue.tryBeginPush();
        decoder.decode(frames().deltas[i], 0, *slot);
        queue.commitPush();
        if (queue.sizeApprox() == kBatch)
            queue.drain([&](PublicMessage &m) { resyncs += market.apply(m).needsResync(); });
        if (++i == kFrames) {
            i = 0;
            queue.drain([&](PublicMessage &m) { resyncs += market.apply(m).needsResync(); });
            market.apply(snapshot);
        }
    }
    queue.drain([&](PublicMessage &m) { resyncs += market.apply(m).needsResync(); });
    if (resyncs)
        state.SkipWithError("unexpected resync");
    setCounters(state);
}
BENCHMARK(BM_DecodeHandoverAndMarketState);

} // namespace

BENCHMARK_MAIN();
