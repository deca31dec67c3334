// In-process cost of the monitoring API's parts: parsing a request, answering /api/v1/status,
// and building one stream increment for a 300-symbol state.
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "api/SnapshotDocument.h"
#include "base/Clock.h"
#include "base/JsonMergePatch.h"
#include "base/http/HttpRequestParser.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::api;

namespace {

class IdleCore : public MonitoredCore
{
public:
    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 3; }
};

std::shared_ptr<CoreSnapshot> marketSnapshot(quint64 revision, int symbols)
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = revision;
    s->epochMs = 1'700'000'000'000 + static_cast<qint64>(revision) * 100;
    s->dataSource = QStringLiteral("embedded simulator");
    for (int c = 0; c < 4; ++c) {
        health::ConnectionStatus status;
        status.connId = QStringLiteral("conn_%1").arg(c);
        status.state = health::ConnectionState::Live;
        status.topicsTotal = status.topicsLive = symbols * 4 / 4;
        status.framesReceived = revision * 1000;
        s->connections.push_back(status);
    }
    for (int i = 0; i < symbols; ++i) {
        MarketSummary m;
        m.symbol = QStringLiteral("SYM%1USDT").arg(i);
        m.bookValid = true;
        // A tenth of the symbols move per tick.
        const quint64 moved = (i % 10 == static_cast<int>(revision % 10)) ? revision : 0;
        m.bestBid = QString::number(100.0 + i + static_cast<double>(moved) * 0.01, 'f', 2);
        m.bestAsk = QString::number(100.1 + i + static_cast<double>(moved) * 0.01, 'f', 2);
        m.lastPrice = m.bestBid;
        m.volume24h = QStringLiteral("123456.7");
        s->markets.push_back(m);
    }
    return s;
}

void BM_ParseRequest(benchmark::State &state)
{
    const QByteArray request = "GET /api/v1/orderbook/BTCUSDT?depth=50 HTTP/1.1\r\nHost: 127.0.0.1:8787\r\n"
                               "User-Agent: curl/8.0\r\nAccept: */*\r\nAuthorization: Bearer 0123456789abcdef\r\n\r\n";
    HttpRequestParser::Limits limits;
    for (auto _ : state)
        benchmark::DoNotOptimize(HttpRequestParser::parse(request, limits));
}
BENCHMARK(BM_ParseRequest);

void BM_HandleStatus(benchmark::State &state)
{
    ManualClock clock;
    IdleCore core;
    ApiSettings settings;
    settings.rateLimitPerSecond = 1'000'000;
    MonitoringApi api(settings, core, clock);
    api.onSnapshot(marketSnapshot(1, static_cast<int>(state.range(0))));
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/api/v1/status");
    request.peer = QHostAddress::LocalHost;
    for (auto _ : state)
        benchmark::DoNotOptimize(api.handle(request));
}
BENCHMARK(BM_HandleStatus)->Arg(300);

void BM_StreamIncrement(benchmark::State &state)
{
    const int symbols = static_cast<int>(state.range(0));
    const QJsonObject a = snapshot_document::streamState(*marketSnapshot(1, symbols));
    const QJsonObject b = snapshot_document::streamState(*marketSnapshot(2, symbols));
    for (auto _ : state)
        benchmark::DoNotOptimize(merge_patch::diff(a, b));
}
BENCHMARK(BM_StreamIncrement)->Arg(30)->Arg(300);

void BM_StreamState(benchmark::State &state)
{
    const auto snapshot = marketSnapshot(1, static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(snapshot_document::streamState(*snapshot));
}
BENCHMARK(BM_StreamState)->Arg(300);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
