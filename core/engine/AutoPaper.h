#pragma once

#include "model/outcomes/OutcomeTypes.h"
#include "trading/TradingService.h"

#include <cmath>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace virtuoso {

// One tracked signal as the auto-paper trader handled it: traded on the paper venue, or skipped
// with the reason, and once both are done the paper result next to the tracked one.
struct AutoPaperTrade
{
    enum class State : std::uint8_t {
        Skipped, // not traded: `note` says why
        Placed,  // the entry order is sent, not filled yet
        Open,    // the position is open with its stop and take-profit
        Closing, // a close was sent (the tracker closed at its horizon or on an opposite signal)
        Closed,  // flat again: the paper result is known
        Failed,  // the entry was refused or cancelled: `note` says why
    };
    std::string outcomeId; // the tracked outcome ("<symbol>-<n>")
    std::string symbol;
    confluence::Direction direction = confluence::Direction::Neutral;
    State state = State::Skipped;
    std::string note;
    qint64 signalTimeMs = 0; // the signal's exchange time
    qint64 placedMs = 0;
    qint64 closedMs = 0;
    std::string orderLinkId;
    std::string quantity; // on the lot grid
    double plannedEntry = 0;
    double stop = 0;
    double takeProfit = 0;
    double plannedRisk = 0;    // quote coin lost at the stop from the planned entry: what 1 R is
    double entryPrice = 0;     // the average fill of the entry
    double exitPrice = 0;      // the last fill on the symbol when it went flat
    std::string exit;          // "target", "stop", "horizon", "opposite", "closed"
    double realisedBefore = 0; // the symbol's realised PnL when the entry was sent
    double realisedPnl = 0;    // net of fees (entry and exit), quote coin
    double paperR = NAN;       // realisedPnl / plannedRisk
    double trackedR = NAN;     // the tracked outcome's net R, once the tracker closed it
    std::string trackedExit;   // its exit reason
    bool mixed = false;        // the symbol's position was changed by other orders meanwhile: not compared

    bool compared() const
    {
        return state == State::Closed && !mixed && std::isfinite(paperR) && std::isfinite(trackedR);
    }
};

const char *autoPaperStateName(AutoPaperTrade::State state);

struct AutoPaperSummary
{
    int signalCount = 0; // opened outcomes seen
    int traded = 0;      // entries sent
    int skipped = 0;
    int failed = 0;
    int open = 0; // placed, open or closing
    int closed = 0;
    int compared = 0; // closed, not mixed, and the tracker closed its outcome too
    double paperMeanR = NAN;
    double trackedMeanR = NAN;
    double paperPnl = 0; // sum of realisedPnl of the closed trades
};

// Auto-paper (docs/backtest.md, "Auto-paper"): every signal the live outcome tracker opens is traded
// on the paper venue with the desk's plan rule — a market order sized so that the stop loses
// `trading.risk_per_trade_pct` of equity (capped at the order notional limit), the plan's stop as the
// stop-loss and its final target (the tracker's) as the take-profit. One trade per symbol at a time:
// a signal on a symbol that has a position or an open order is skipped, so overlapping signals never
// net into one position; an opposite signal closes the trade first, as the tracker does, and the new
// one is traded as soon as the old one is flat and settled; the tracker's horizon closes a trade too. When the position
// is flat again the trade's realised PnL in R stands next to the tracked outcome's net R: the difference is what fills,
// fees and timing cost on a real book.
//
// Lives on the trading thread: onOutcomes and onView are called there; trades() and summary() are
// thread-safe. Only for the paper venue; the core never builds it for another.
class AutoPaper
{
public:
    struct Settings
    {
        double riskPercent = 0.5;
        double maxNotional = 0; // the risk gate's max order notional (0: none)
        outcomes::OutcomeSettings outcomes;
        std::size_t maxTrades = 1000; // kept in memory, the oldest finished ones dropped first
    };
    using PlaceFn = std::function<trading::PlaceResult(const trading::OrderTicket &)>;
    using InstrumentFn = std::function<const exchange::InstrumentSpec *(const std::string &)>;

    AutoPaper(Settings settings, PlaceFn place, InstrumentFn instrument, std::function<qint64()> now);

    // Outcomes the tracker changed (a flush's batch): opened ones are traded, closed ones record the
    // tracked result and close the trade when the tracker closed at its horizon or on the opposite.
    void onOutcomes(const std::vector<outcomes::Outcome> &changed);
    // Every view of the trading service: fills, refusals and flat positions move the trades on.
    void onView(const trading::TradingViewPtr &view);

    std::vector<AutoPaperTrade> trades() const; // newest first
    AutoPaperSummary summary() const;

private:
    void consider(const outcomes::Outcome &outcome);
    void open(const outcomes::Outcome &outcome);
    void trackedClose(const outcomes::Outcome &outcome);
    void closePosition(AutoPaperTrade &trade, const char *why);
    void settle(AutoPaperTrade &trade, const trading::TradingView &view);
    AutoPaperTrade *find(const std::string &outcomeId);
    AutoPaperTrade *activeOn(const std::string &symbol);
    void add(AutoPaperTrade trade);

    Settings m_settings;
    PlaceFn m_place;
    InstrumentFn m_instrument;
    std::function<qint64()> m_now;
    trading::TradingViewPtr m_view;
    int m_targetIndex = 2;
    // A signal that came while its symbol's previous trade was being closed (the opposite signal):
    // traded once that trade is settled, so the two results never mix. Trading thread only.
    std::unordered_map<std::string, outcomes::Outcome> m_deferred;

    mutable std::mutex m_mutex;          // m_trades and m_signals for the readers of other threads
    std::deque<AutoPaperTrade> m_trades; // oldest first
    int m_signals = 0;
};

} // namespace virtuoso
