// Costs of the foundation that sit on hot paths: a log statement below the level (every handler
// has some), formatting an entry for the journal, and loading the configuration.
#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"

#include <benchmark/benchmark.h>

#include <sys/uio.h>

using namespace virtuoso;

static void BM_DisabledLogStatement(benchmark::State &state)
{
    log::Logger::instance().setLevel(log::Level::Warning);
    for (auto _ : state) {
        VLOG(Debug, "exchange", "FRAME").conn(QStringLiteral("conn_1")) << "frame of " << 1234 << " bytes";
    }
}
BENCHMARK(BM_DisabledLogStatement);

static void BM_JournalEntry(benchmark::State &state)
{
    std::vector<std::unique_ptr<log::Sink>> sinks;
    size_t bytes = 0;
    sinks.push_back(std::make_unique<log::JournalSink>([&bytes](const struct iovec *iov, int n) {
        for (int i = 0; i < n; ++i)
            bytes += iov[i].iov_len;
        return 0;
    }));
    log::Logger::instance().setSinks(std::move(sinks));
    log::Logger::instance().setLevel(log::Level::Info);
    for (auto _ : state) {
        VLOG(Error, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_6")).symbol(QStringLiteral("BTCUSDT"))
            << "no pong within " << 10000 << " ms";
    }
    benchmark::DoNotOptimize(bytes);
    log::configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
}
BENCHMARK(BM_JournalEntry);

static void BM_StderrFormat(benchmark::State &state)
{
    log::Entry e;
    e.epochMs = 1'764'290'000'123;
    e.level = log::Level::Warning;
    e.category = "exchange";
    e.code = "STALE_STREAM";
    e.message = QStringLiteral("orderbook.50.BTCUSDT silent for 5000 ms");
    e.fields.push_back({"CONN_ID", QStringLiteral("conn_2")});
    for (auto _ : state)
        benchmark::DoNotOptimize(log::StderrSink::format(e, log::StderrSink::Style::Readable));
}
BENCHMARK(BM_StderrFormat);

static void BM_DefaultConfig(benchmark::State &state)
{
    for (auto _ : state) {
        Config c;
        benchmark::DoNotOptimize(c.get(key::ConnectionPingIntervalS));
    }
}
BENCHMARK(BM_DefaultConfig);

BENCHMARK_MAIN();
