// What the trading thread pays to record a row in the audit log before it sends an order: one
// committed SQLite transaction per append, with the credential guard. p50/p99 of the single
// appends are reported as counters (µs), beside Google Benchmark's mean.
//   build/bench/store/bench_audit_log [--benchmark_filter=...]
// The database lies in a temporary folder under $TMPDIR (a real disk: with synchronous=FULL the
// figure is the disk's flush).
#include "base/Clock.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::store;
using namespace virtuoso::trading;

namespace {

OrderIntent sampleIntent(qint64 i)
{
    OrderIntent o;
    o.orderLinkId = "vws-" + std::to_string(i);
    o.symbol = "BTCUSDT";
    o.side = i % 2 ? Side::Sell : Side::Buy;
    o.type = OrderType::Limit;
    o.timeInForce = TimeInForce::GTC;
    o.price = 54901;
    o.quantity = 10;
    return o;
}

void reportPercentiles(benchmark::State &state, std::vector<double> &us)
{
    if (us.empty())
        return;
    std::sort(us.begin(), us.end());
    const auto at = [&](double p) { return us[std::min(us.size() - 1, static_cast<size_t>(p * us.size()))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

// One intent per iteration, as the order manager records it before sending.
void appendIntents(benchmark::State &state, bool syncEveryAppend)
{
    QTemporaryDir dir;
    AuditLog log(Clock::system());
    AuditLog::Options options;
    options.syncEveryAppend = syncEveryAppend;
    if (!log.open(dir.filePath(QStringLiteral("trading-audit.sqlite")), options)) {
        state.SkipWithError(log.lastError().toStdString().c_str());
        return;
    }
    log.setVenue(QStringLiteral("live"));
    log.registerSecret("XkT9pQ2mAbCdEf1234");
    log.registerSecret("s3cr3tValueThatMustNeverLeak99");
    std::vector<double> us;
    us.reserve(100'000);
    qint64 i = 0;
    for (auto _ : state) {
        const OrderIntent o = sampleIntent(i++);
        const auto start = std::chrono::steady_clock::now();
        const bool ok = log.recordIntent(o, "27450.50", "0.010");
        const auto end = std::chrono::steady_clock::now();
        if (!ok) {
            state.SkipWithError(log.lastError().toStdString().c_str());
            break;
        }
        us.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    reportPercentiles(state, us);
}

} // namespace

static void BM_AppendIntent(benchmark::State &state)
{
    appendIntents(state, false);
}
BENCHMARK(BM_AppendIntent)->Unit(benchmark::kMicrosecond);

static void BM_AppendIntentSyncEveryAppend(benchmark::State &state)
{
    appendIntents(state, true);
}
BENCHMARK(BM_AppendIntentSyncEveryAppend)->Unit(benchmark::kMicrosecond);

// A fill with its detail: the row the private stream produces most.
static void BM_AppendExecution(benchmark::State &state)
{
    QTemporaryDir dir;
    AuditLog log(Clock::system());
    if (!log.open(dir.filePath(QStringLiteral("trading-audit.sqlite")))) {
        state.SkipWithError(log.lastError().toStdString().c_str());
        return;
    }
    log.setVenue(QStringLiteral("live"));
    Execution e;
    e.orderId = "1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718";
    e.orderLinkId = "vws-1";
    e.symbol = "BTCUSDT";
    e.maker = true;
    std::vector<double> us;
    us.reserve(100'000);
    qint64 i = 0;
    for (auto _ : state) {
        e.execId = "e7c1-" + std::to_string(i++);
        const auto start = std::chrono::steady_clock::now();
        const bool ok = log.recordExecution(e, "27450.50", "0.004", "-0.0011");
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        if (!ok) {
            state.SkipWithError(log.lastError().toStdString().c_str());
            break;
        }
    }
    reportPercentiles(state, us);
}
BENCHMARK(BM_AppendExecution)->Unit(benchmark::kMicrosecond);

// The restart query over a log of N orders (intent, ack, final update each; every 100th unfinished).
static void BM_UnfinishedIntents(benchmark::State &state)
{
    QTemporaryDir dir;
    AuditLog log(Clock::system());
    if (!log.open(dir.filePath(QStringLiteral("trading-audit.sqlite")))) {
        state.SkipWithError(log.lastError().toStdString().c_str());
        return;
    }
    log.setVenue(QStringLiteral("live"));
    const qint64 orders = state.range(0);
    for (qint64 i = 0; i < orders; ++i) {
        const OrderIntent o = sampleIntent(i);
        log.recordIntent(o, "27450.50", "0.010");
        log.recordAck("BTCUSDT", o.orderLinkId, "oid-" + std::to_string(i), 0, "OK");
        if (i % 100 != 0) {
            OrderUpdate u;
            u.orderLinkId = o.orderLinkId;
            u.symbol = o.symbol;
            u.status = OrderStatus::Filled;
            log.recordOrderUpdate(u, "27450.50", "0.010", "0.010");
        }
    }
    std::size_t found = 0;
    for (auto _ : state)
        found = log.unfinishedIntents(QStringLiteral("live")).size();
    state.counters["unfinished"] = static_cast<double>(found);
}
BENCHMARK(BM_UnfinishedIntents)->Arg(10'000)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
