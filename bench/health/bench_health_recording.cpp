// Hot-path recording costs: what a network or engine thread pays per event. Target: < 200 ns each.
#include "health/MetricsRegistry.h"
#include "health/WarningAggregator.h"
#include "logging/Log.h"
#include "logging/LogSinks.h"
#include "logging/WarningFilterSink.h"
#include "runtime/Clock.h"

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::health;

namespace {

MetricsRegistry &registry()
{
    static MetricsRegistry r;
    return r;
}

} // namespace

static void BM_CounterInc(benchmark::State &state)
{
    static Counter &c = registry().counter(metric::WsMessagesTotal, {{"conn", QStringLiteral("conn_0")},
                                                                     {"topic", QStringLiteral("publicTrade.BTCUSDT")}});
    for (auto _ : state)
        c.inc();
    benchmark::DoNotOptimize(c.value());
}
// Threads share one counter: the worst case of contention on one cache line.
BENCHMARK(BM_CounterInc)->Threads(1)->Threads(2);

static void BM_GaugeSet(benchmark::State &state)
{
    Gauge &g = registry().gauge(metric::QueueDepth, {{"conn", QStringLiteral("conn_0")}});
    double v = 0;
    for (auto _ : state)
        g.set(v += 1);
    benchmark::DoNotOptimize(g.value());
}
BENCHMARK(BM_GaugeSet);

static void BM_HistogramObserve(benchmark::State &state)
{
    static Histogram &h = registry().histogram(metric::HandlerLatencySeconds, {{"conn", QStringLiteral("conn_0")}});
    double v = 0.0001;
    for (auto _ : state) {
        h.observe(v);
        v = v < 5 ? v * 1.7 : 0.0001; // walk through all buckets
    }
    benchmark::DoNotOptimize(h.count());
}
BENCHMARK(BM_HistogramObserve)->Threads(1)->Threads(2);

// Looking a series up by labels is the slow path (done once, then the reference is kept).
static void BM_CounterLookupByLabels(benchmark::State &state)
{
    for (auto _ : state)
        registry().counter(metric::TimeoutsTotal, {{"kind", QStringLiteral("PONG_TIMEOUT")}}).inc();
}
BENCHMARK(BM_CounterLookupByLabels);

static void BM_WarningRecordRepeat(benchmark::State &state)
{
    static WarningAggregator aggregator(Clock::system());
    const std::vector<log::Field> fields{log::Field{"SYMBOL", QStringLiteral("BTCUSDT")}};
    const QString message = QStringLiteral("Insufficient trade history: 100 < 1000");
    const QByteArray code("TRADES_INSUFFICIENT"); // log entries carry their code as a QByteArray
    for (auto _ : state) {
        auto v = aggregator.record(code, log::Level::Warning, fields, message);
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_WarningRecordRepeat)->Threads(1)->Threads(2);

static void BM_WarningRecordManyKeys(benchmark::State &state)
{
    WarningAggregator aggregator(Clock::system());
    std::vector<std::vector<log::Field>> keys;
    for (int i = 0; i < 300; ++i)
        keys.push_back({log::Field{"SYMBOL", QStringLiteral("SYM%1USDT").arg(i)},
                        log::Field{"CONN_ID", QStringLiteral("conn_%1").arg(i % 12)}});
    const QString message = QStringLiteral("Shallow orderbook: asks=0, bids=0");
    const QByteArray code("BOOK_SHALLOW");
    size_t i = 0;
    for (auto _ : state) {
        auto v = aggregator.record(code, log::Level::Warning, keys[i], message);
        benchmark::DoNotOptimize(v);
        i = (i + 1) % keys.size();
    }
}
BENCHMARK(BM_WarningRecordManyKeys);

static void BM_RenderPrometheus(benchmark::State &state)
{
    MetricsRegistry r;
    for (int c = 0; c < 20; ++c) {
        const QString conn = QStringLiteral("conn_%1").arg(c);
        r.counter(metric::WsMessagesTotal, {{"conn", conn}, {"topic", QStringLiteral("orderbook.50")}}).inc(c);
        r.histogram(metric::HandlerLatencySeconds, {{"conn", conn}}).observe(0.001 * c);
    }
    size_t bytes = 0;
    for (auto _ : state)
        bytes += static_cast<size_t>(r.renderPrometheus().size());
    benchmark::DoNotOptimize(bytes);
}
BENCHMARK(BM_RenderPrometheus);

namespace {

class DiscardingSink final : public log::Sink
{
public:
    void write(const log::Entry &) override {}
};

} // namespace

// The whole statement an engine thread writes for a repeated warning: building the entry, the
// logger, and the filter counting it and holding it back. For reference; the 200 ns target is
// the aggregator's record() above.
static void BM_VlogRepeatedWarningThroughFilter(benchmark::State &state)
{
    std::vector<std::unique_ptr<log::Sink>> outputs;
    outputs.push_back(std::make_unique<DiscardingSink>());
    log::Logger::instance().setSinks(log::withWarningAggregation(std::move(outputs)));
    log::Logger::instance().setLevel(log::Level::Warning);
    const QString symbol = QStringLiteral("BTCUSDT");
    for (auto _ : state)
        VLOG(Warning, "engine", "TRADES_INSUFFICIENT").symbol(symbol)
            << "Insufficient trade history: " << 100 << " < 1000";
    log::configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
}
BENCHMARK(BM_VlogRepeatedWarningThroughFilter);

// For reference: what one read of the system clock costs on this machine.
static void BM_SystemClockMonotonic(benchmark::State &state)
{
    const Clock &clock = Clock::system();
    for (auto _ : state)
        benchmark::DoNotOptimize(clock.monotonicNs());
}
BENCHMARK(BM_SystemClockMonotonic);

BENCHMARK_MAIN();
