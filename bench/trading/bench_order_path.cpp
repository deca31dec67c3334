// The CPU cost of one order on its way out: the risk gate's check, the create body written on the
// instrument's grid, and the request's signature — what happens between "send" and the socket.
// Run: build/bench/trading/bench_order_path --benchmark_min_time=2
#include "connector/RequestSigner.h"
#include "model/market/InstrumentSpec.h"
#include "model/trading/RiskGate.h"
#include "trading/PrivateMessages.h"

#include <benchmark/benchmark.h>

#include <string>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(10, 2); // tick 0.10 printed with 2 decimals
    spec.quantity = exchange::DecimalGrid(1, 3);
    return spec;
}

RiskLimits limits()
{
    RiskLimits l;
    l.maxOrderNotional = 100'000;
    l.maxPositionNotional = 500'000;
    l.maxTotalNotional = 1'000'000;
    l.maxOpenOrders = 200;
    l.maxOrdersPerSecond = 2000;
    l.priceBandPercent = 5;
    l.dailyLossLimit = 5000;
    return l;
}

OrderIntent intent(int i)
{
    OrderIntent o;
    o.orderLinkId = "vw-20261201-" + std::to_string(100000 + i);
    o.symbol = "BTCUSDT";
    o.side = i % 2 ? Side::Sell : Side::Buy;
    o.type = OrderType::Limit;
    o.price = 274505 + (i % 50);
    o.quantity = 12 + (i % 7);
    return o;
}

void BM_OrderPathRiskSignSerialise(benchmark::State &state)
{
    const exchange::InstrumentSpec spec = btc();
    RiskGate gate(limits());
    RiskContext context;
    context.tickSize = 0.1;
    context.qtyStep = 0.001;
    context.markTicks = 274500;
    context.position = 50;
    context.otherSymbolsNotional = 20'000;
    context.openOrders = 10;
    context.dailyPnl = -100;
    const exchange::RequestSigner signer("XXXXXXXXXXXXXXXXXX", "YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY");
    RequestBodyWriter writer;
    std::vector<OrderIntent> intents;
    for (int i = 0; i < 1024; ++i)
        intents.push_back(intent(i));
    qint64 nowMs = 1'700'000'000'000;
    std::size_t i = 0;
    std::size_t refused = 0;
    for (auto _ : state) {
        const OrderIntent &order = intents[i];
        const RiskDecision decision = gate.check(order, context, nowMs);
        refused += !decision.accepted();
        const std::string_view body = writer.create(order, spec);
        const std::string signature = signer.signRest(nowMs, 5000, body);
        benchmark::DoNotOptimize(signature.data());
        i = (i + 1) & 1023;
        ++nowMs; // one order a millisecond: the rate window holds a thousand
    }
    if (refused)
        state.SkipWithError("the risk gate refused orders");
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
    state.counters["ns_per_order"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_OrderPathRiskSignSerialise);

void BM_SignOnly(benchmark::State &state)
{
    const exchange::RequestSigner signer("XXXXXXXXXXXXXXXXXX", "YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY");
    RequestBodyWriter writer;
    const exchange::InstrumentSpec spec = btc();
    const std::string body(writer.create(intent(1), spec));
    qint64 nowMs = 1'700'000'000'000;
    for (auto _ : state) {
        const std::string signature = signer.signRest(++nowMs, 5000, body);
        benchmark::DoNotOptimize(signature.data());
    }
}
BENCHMARK(BM_SignOnly);

void BM_SerialiseOnly(benchmark::State &state)
{
    RequestBodyWriter writer;
    const exchange::InstrumentSpec spec = btc();
    const OrderIntent order = intent(1);
    for (auto _ : state) {
        const std::string_view body = writer.create(order, spec);
        benchmark::DoNotOptimize(body.data());
    }
}
BENCHMARK(BM_SerialiseOnly);

} // namespace

BENCHMARK_MAIN();
