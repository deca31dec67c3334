#pragma once

#include "model/confluence/ConfluenceSettings.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/confluence/LiveMarket.h"
#include "model/confluence/MarketInputs.h"
#include "model/confluence/TimeframeSeries.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::confluence {

// Confluence per symbol, on the engine thread. Fed by market state (closed 1m candles, trades,
// books, funding, open interest, liquidations, long/short ratio); every input is O(1) and cheap.
// A closed candle always produces a signal; live data produces at most
// `liveEvaluationsPerSecond` signals a second per symbol (timed with the injected clock).
// Deterministic: the same inputs in the same order give bit-identical signals.
class ConfluenceEngine
{
public:
    using SignalSink = std::function<void(const ConfluenceSignal &)>;

    ConfluenceEngine(const Clock &clock, ConfluenceSettings settings);
    ~ConfluenceEngine();
    ConfluenceEngine(const ConfluenceEngine &) = delete;
    ConfluenceEngine &operator=(const ConfluenceEngine &) = delete;

    void setSignalSink(SignalSink sink) { m_sink = std::move(sink); }
    const ConfluenceSettings &settings() const { return m_settings; }

    // A closed 1m candle. 5m, 30m and 4h candles are built from these. Returns whether it was taken
    // (not a repeat, not older than the last, plausible values). With `evaluate` false the caller
    // evaluates later: a run of history candles is evaluated once, after the last.
    bool onCandle(const QString &symbol, const Candle &minute, bool evaluate = true);
    void onTrade(const QString &symbol, const TradeTick &trade);
    void onBook(const QString &symbol, const BookView &book);
    void onFunding(const QString &symbol, double rate, std::int64_t timeMs);
    void onOpenInterest(const QString &symbol, double openInterest, std::int64_t timeMs);
    void onLiquidation(const QString &symbol, const LiquidationEvent &event);
    void onLongShortRatio(const QString &symbol, double ratio, std::int64_t timeMs);

    // Evaluates the symbols whose live data arrived while the rate limit held them back, if their
    // interval has passed. For a periodic timer of the engine thread.
    // `between` runs after each evaluation, so a caller can attend to other work in between.
    void flushDue(const std::function<void()> &between = {});
    // Evaluates now regardless of the live rate limit (e.g. for an API request).
    const ConfluenceSignal &evaluate(const QString &symbol);
    // The last signal produced for the symbol, or nullptr.
    const ConfluenceSignal *latest(const QString &symbol) const;
    // The same signal for another thread to keep: it never changes while held (the next
    // evaluation of the symbol writes a new one), so publishing it costs no copy.
    std::shared_ptr<const ConfluenceSignal> publishedLatest(const QString &symbol) const;
    QStringList symbols() const;
    // Forgets the symbol's series, windows and last signal (it left the watched set).
    void remove(const QString &symbol);

    // Sufficiency state changes so far. Each is a debug line; at the default level one
    // DATA_SUFFICIENCY line per state (warming, unavailable with its reasons) sums them up, with
    // counts, every SufficiencySummaryMs at most (a start with 300 symbols is two lines, not thousands).
    long long sufficiencyTransitions() const { return m_transitions; }
    // Writes the pending summary lines now (the engine does so itself once the window has passed).
    void flushSufficiencySummary();
    static constexpr qint64 SufficiencySummaryMs = 5000;
    // 1m candles ignored: repeated or older than the last one, or with impossible values.
    long long skippedCandles() const { return m_skippedCandles; }

private:
    struct SymbolState;
    SymbolState &state(const QString &symbol);
    void evaluateInto(SymbolState &s);
    void maybeEvaluateLive(SymbolState &s);
    void logTransitions(SymbolState &s);

    const Clock &m_clock;
    ConfluenceSettings m_settings;
    SignalSink m_sink;
    QHash<QString, SymbolState *> m_index;
    std::vector<std::unique_ptr<SymbolState>> m_symbols;
    long long m_transitions = 0;
    long long m_skippedCandles = 0;
    struct SufficiencyTally
    {
        int changes = 0;
        QSet<QString> symbols;
        QString example;                // "BTCUSDT orderflow/1m/cvd"
        std::map<QString, int> reasons; // why unavailable → sub-indicators
    };
    std::map<QString, SufficiencyTally> m_sufficiencyTally; // "warming", "unavailable" → …
    qint64 m_sufficiencyFlushMs = -1;                       // monotonic; -1: nothing pending
};

} // namespace virtuoso::confluence
