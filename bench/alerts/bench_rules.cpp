// The rule engine's cost per event on the engine thread (budget: 1 µs): a public trade through
// a whale rule (below and above its threshold), an event whose key is in its cooldown, a
// liquidation through windowed totals, and a price tick through a price rule with levels.
//   build/bench/alerts/bench_rules --benchmark_min_time=1
#include "base/Clock.h"
#include "model/alerts/AlertRules.h"

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::alerts;

namespace {

std::vector<AlertRule> rules()
{
    AlertRule whale;
    whale.name = QStringLiteral("whales");
    whale.source = AlertSource::Whale;
    whale.minNotional = 1'000'000;
    whale.channels = {QStringLiteral("discord"), QStringLiteral("slack")};
    AlertRule liq;
    liq.name = QStringLiteral("liq");
    liq.source = AlertSource::Liquidation;
    liq.minNotional = 500'000;
    liq.totalNotional = 5'000'000;
    liq.channels = {QStringLiteral("discord")};
    AlertRule price;
    price.name = QStringLiteral("levels");
    price.source = AlertSource::Price;
    price.levels = {60'000, 65'000, 70'000};
    price.channels = {QStringLiteral("discord")};
    AlertRule signal;
    signal.name = QStringLiteral("signal");
    signal.source = AlertSource::Signal;
    signal.channels = {QStringLiteral("discord")};
    return {whale, liq, price, signal};
}

const QString Symbols[] = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT"),
                           QStringLiteral("XRPUSDT")};

void BM_TradeBelowThreshold(benchmark::State &state)
{
    ManualClock clock;
    AlertRuleSet set(clock, rules());
    std::vector<AlertDecision> out;
    out.reserve(16);
    std::size_t i = 0;
    for (auto _ : state) {
        set.onTrade(Symbols[i++ & 3], true, 64'000, 0.5, 0, out);
        out.clear();
    }
}
BENCHMARK(BM_TradeBelowThreshold);

void BM_WhaleTradeInCooldown(benchmark::State &state)
{
    ManualClock clock;
    AlertRuleSet set(clock, rules());
    std::vector<AlertDecision> out;
    out.reserve(16);
    std::size_t i = 0;
    for (auto _ : state) {
        set.onTrade(Symbols[i++ & 3], true, 64'000, 20, 0, out); // 1.28M: an alert, held back after the first
        clock.advanceNs(1'000);
        out.clear();
    }
}
BENCHMARK(BM_WhaleTradeInCooldown);

void BM_EventInCooldown(benchmark::State &state)
{
    ManualClock clock;
    AlertRuleSet set(clock, rules());
    std::vector<AlertDecision> out;
    AlertEvent e;
    e.source = AlertSource::Whale;
    e.key = QStringLiteral("whale:BTCUSDT:Buy");
    e.symbol = QStringLiteral("BTCUSDT");
    for (auto _ : state) {
        set.evaluate(e, out);
        out.clear();
    }
}
BENCHMARK(BM_EventInCooldown);

void BM_LiquidationWindow(benchmark::State &state)
{
    ManualClock clock;
    AlertRuleSet set(clock, rules());
    std::vector<AlertDecision> out;
    std::size_t i = 0;
    for (auto _ : state) {
        set.onLiquidation(Symbols[i++ & 3], false, 64'000, 0.2, 0, out);
        clock.advanceMs(10);
        out.clear();
    }
}
BENCHMARK(BM_LiquidationWindow);

void BM_PriceTick(benchmark::State &state)
{
    ManualClock clock;
    AlertRuleSet set(clock, rules());
    std::vector<AlertDecision> out;
    std::size_t i = 0;
    for (auto _ : state) {
        set.onPrice(Symbols[i & 3], 64'000 + static_cast<double>(i % 100), 0, out);
        ++i;
        out.clear();
    }
}
BENCHMARK(BM_PriceTick);

} // namespace

BENCHMARK_MAIN();
