// The cost a recording thread pays to queue a history row, and how fast batches commit.
#include "base/Clock.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::store;

namespace {

TimeoutEntry sampleEntry(qint64 i)
{
    TimeoutEntry e;
    e.ts = 1'764'290'000'000 + i;
    e.kind = TimeoutKind::HandlerSlow;
    e.connId = QStringLiteral("conn_3");
    e.topic = QStringLiteral("orderbook.50.BTCUSDT");
    e.symbol = QStringLiteral("BTCUSDT");
    e.durationMs = 12;
    e.detail = QStringLiteral("handler took 12 ms");
    return e;
}

} // namespace

static void BM_RecordTimeoutQueued(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStoreOptions o;
    o.path = dir.filePath(QStringLiteral("h.db"));
    o.flushIntervalMs = 100;
    HistoryStore store(Clock::system(), o);
    store.open();
    const TimeoutEntry e = sampleEntry(0);
    for (auto _ : state)
        store.recordTimeout(e);
    store.flush();
}
BENCHMARK(BM_RecordTimeoutQueued);

// Rows per second through one flush of a 10,000-row batch (one transaction).
static void BM_FlushBatch(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStoreOptions o;
    o.path = dir.filePath(QStringLiteral("h.db"));
    o.flushIntervalMs = 10'000;
    HistoryStore store(Clock::system(), o);
    store.open();
    const int rows = static_cast<int>(state.range(0));
    qint64 i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        for (int r = 0; r < rows; ++r)
            store.recordTimeout(sampleEntry(i++));
        state.ResumeTiming();
        store.flush();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_FlushBatch)->Arg(10'000)->Unit(benchmark::kMillisecond)->UseRealTime(); // the work is on the store thread

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
