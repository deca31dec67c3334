#pragma once

#include "model/confluence/ConfluenceTypes.h"
#include "model/outcomes/OutcomeTypes.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace virtuoso::outcomes {

// Tracks what became of every confluence signal, as a pure incremental object: it is driven by
// market data and the engine's evaluations, each carrying its exchange time, and never reads a
// clock. A backtest and the live engine feed it the same way, so the same data gives the same
// outcomes whether it arrives all at once or one event at a time, symbol by symbol or interleaved.
//
// Feeding order, per symbol: hand the tracker each market event BEFORE the confluence engine sees
// it (then the evaluation that event causes reaches onSignal). Symbols are independent of each other.
//
//   tracker.feedCandle(symbol, minute);   engine.onCandle(symbol, minute);   → sink → tracker.onSignal(sig)
//   tracker.feedTrade(symbol, t, price);  engine.onTrade(symbol, trade);     → sink → tracker.onSignal(sig)
//
// Rules (docs/backtest.md): a signal is the score entering the long (≥ longThreshold) or short
// (≤ shortThreshold) zone. It enters at the next price — the next trade, or in candle mode the next
// candle's open — with the plan of makeTradePlan() from the plan-timeframe ATR(14) and swing levels
// known at the signal. It closes at the stop, the final target, the horizon or the next price after an
// opposite signal. In candle mode a candle that reaches both the stop and the target closes at the stop.
class OutcomeTracker
{
public:
    // Which events carry the prices that fill, stop and measure: closed 1m candles (a kline backtest)
    // or trades (a recording, the live stream). Candles always feed the plan timeframe's ATR and swings.
    enum class PriceSource : std::uint8_t { Candles, Trades };

    explicit OutcomeTracker(OutcomeSettings settings = {}, PriceSource prices = PriceSource::Trades);
    ~OutcomeTracker();
    OutcomeTracker(const OutcomeTracker &) = delete;
    OutcomeTracker &operator=(const OutcomeTracker &) = delete;

    const OutcomeSettings &settings() const { return m_settings; }
    PriceSource priceSource() const { return m_prices; }

    // A closed 1m candle (open time, OHLCV). Older or repeated minutes of a symbol are ignored.
    void feedCandle(std::string_view symbol, const Candle &minute);
    // A public trade. Ignored in candle mode.
    void feedTrade(std::string_view symbol, std::int64_t timeMs, double price);
    // An evaluation of the confluence engine (every one, not just those in a zone).
    void onSignal(const confluence::ConfluenceSignal &signal);

    // Every outcome so far, ordered by signal time, then symbol, then the symbol's signal number.
    std::vector<Outcome> outcomes() const;
    // Every forward-return sample (signals and the baseline), in the same order.
    std::vector<ForwardSample> samples() const;
    // Outcomes that changed (opened, filled, closed, forward return resolved) since the last call,
    // in the order above: what a live owner persists.
    std::vector<Outcome> takeChanged();
    // Forgets closed outcomes and resolved samples whose signal is older than `timeMs` (after they
    // were persisted), so a long-running tracker holds what is still moving.
    void forgetResolvedBefore(std::int64_t timeMs);

    struct Counters
    {
        long long evaluations = 0;
        long long signalsOpened = 0;
        long long baselineSamples = 0;
        long long noPlan = 0;
    };
    const Counters &counters() const { return m_counters; }

private:
    struct SymbolState;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    SymbolState &state(std::string_view symbol);
    void openSignal(SymbolState &s, const confluence::ConfluenceSignal &signal, Direction direction);
    void addSample(SymbolState &s, const confluence::ConfluenceSignal &signal, bool isSignal, Direction direction);
    void priceEvent(SymbolState &s, std::int64_t timeMs, const Candle &range, bool candle);
    void fill(Outcome &o, std::int64_t timeMs, double price);
    void close(SymbolState &s, size_t index, std::int64_t timeMs, double price, ExitReason reason);
    void resolveForward(SymbolState &s, std::int64_t timeMs, double price, bool candle);
    void markChanged(SymbolState &s, size_t index);
    void addPlanMinute(SymbolState &s, const Candle &minute);
    void closePlanBar(SymbolState &s);

    OutcomeSettings m_settings;
    PriceSource m_prices;
    std::unordered_map<std::string, std::unique_ptr<SymbolState>, Hash, std::equal_to<>> m_symbols;
    Counters m_counters;
};

} // namespace virtuoso::outcomes
