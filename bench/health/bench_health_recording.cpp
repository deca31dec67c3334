// Hot-path recording costs: what a network or engine thread pays per event. Target: < 200 ns each.
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"
#include "engine/WarningFilterSink.h"
#include "model/health/CompactLatencyHistogram.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/LatencyHistogram.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/WarningAggregator.h"
#include "model/market/PublicMessage.h"

#include <benchmark/benchmark.h>

#include <unordered_map>

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

// What the engine thread adds per message for the connection registry: the per-topic latency
// (hash lookup of the message's topic, then a compact histogram) next to the per-connection one.
static void BM_TopicLatencyRecord(benchmark::State &state)
{
    using exchange::TopicKey;
    struct Hash
    {
        size_t operator()(const TopicKey &k) const
        {
            return std::hash<exchange::Symbol>{}(k.symbol) ^ (size_t(k.kind) << 20) ^ size_t(k.param);
        }
    };
    std::unordered_map<TopicKey, CompactLatencyHistogram, Hash> topics;
    std::vector<TopicKey> keys;
    for (int i = 0; i < 100; ++i) { // 20 symbols × 5 topics
        const auto symbol = *exchange::Symbol::from(QStringLiteral("SYM%1USDT").arg(i / 5).toStdString());
        keys.push_back(i % 5 == 0   ? TopicKey::orderBook(symbol, 50)
                       : i % 5 == 1 ? TopicKey::publicTrade(symbol)
                       : i % 5 == 2 ? TopicKey::ticker(symbol)
                       : i % 5 == 3 ? TopicKey::kline(symbol, 1)
                                    : TopicKey::liquidation(symbol));
    }
    size_t i = 0;
    qint64 v = 1000;
    for (auto _ : state) {
        topics[keys[i]].record(v);
        i = (i + 1) % keys.size();
        v = v < 50'000'000 ? v * 3 / 2 : 1000;
    }
    benchmark::DoNotOptimize(topics.size());
}
BENCHMARK(BM_TopicLatencyRecord);

static void BM_ConnectionLatencyRecord(benchmark::State &state)
{
    LatencyHistogram h;
    benchmark::DoNotOptimize(&h);
    qint64 v = 1000;
    for (auto _ : state) {
        h.record(v);
        benchmark::ClobberMemory();
        v = v < 50'000'000 ? v * 3 / 2 : 1000;
    }
    benchmark::DoNotOptimize(h.count());
}
BENCHMARK(BM_ConnectionLatencyRecord);

// Once per feed tick (100 ms), not per message: the board derives rates and `since` for
// 4 connections × 25 topics.
static void BM_BoardUpdate100Topics(benchmark::State &state)
{
    ConnectionStatusBoard board;
    std::vector<ConnectionStatus> statuses(4);
    for (int c = 0; c < 4; ++c) {
        statuses[size_t(c)].connId = QStringLiteral("conn_%1").arg(c);
        for (int t = 0; t < 25; ++t) {
            TopicStatus topic;
            topic.topic = QStringLiteral("orderbook.50.SYM%1USDT").arg(c * 25 + t);
            topic.state = QStringLiteral("live");
            statuses[size_t(c)].topics.push_back(topic);
        }
    }
    qint64 now = 0;
    for (auto _ : state) {
        now += 100;
        for (auto &s : statuses) {
            s.sampledMonotonicMs = now;
            s.framesReceived += 500;
            for (auto &t : s.topics)
                t.messages += 5;
        }
        board.update(statuses);
    }
}
BENCHMARK(BM_BoardUpdate100Topics);

// For reference: what one read of the system clock costs on this machine.
static void BM_SystemClockMonotonic(benchmark::State &state)
{
    const Clock &clock = Clock::system();
    for (auto _ : state)
        benchmark::DoNotOptimize(clock.monotonicNs());
}
BENCHMARK(BM_SystemClockMonotonic);

BENCHMARK_MAIN();
