#pragma once

#include "model/alerts/AlertTypes.h"

#include <QString>
#include <QStringList>

#include <array>
#include <deque>
#include <memory>
#include <vector>

// What the alerts look like from outside the engine, carried by every core snapshot: the alerts
// that went out lately, the health of every channel, the market-events tape (large trades and
// liquidations) and the liquidation totals per symbol. The workstation's Alerts view, the API's
// stream and a remote workstation all read this one structure.
namespace virtuoso::alerts {

// One alert that went out (to at least one channel).
struct AlertItem
{
    quint64 sequence = 0; // increasing within the process
    qint64 timeMs = 0;
    AlertSource source = AlertSource::Test;
    AlertSeverity severity = AlertSeverity::Info;
    QString key;
    QString symbol;
    QString title;
    QString rule;
    QStringList channels;
    qint64 more = 0; // the most any channel's message summarised ("and N more like this")
    QString summary; // that summary in words; empty when nothing was held back
    std::vector<AlertField> fields;
};

// A channel's health as the dispatcher last reported it.
struct ChannelHealth
{
    QString name;
    QString type;
    QString state = QStringLiteral("ok"); // "ok", "retrying", "failing"
    int queued = 0;
    quint64 delivered = 0;
    quint64 failedAttempts = 0;
    QString lastError; // in words, never a URL
    qint64 lastDeliveredMs = 0;
};

// A large trade or a liquidation, as it happened.
struct MarketEvent
{
    enum class Kind : quint8 { Trade, Liquidation };
    Kind kind = Kind::Trade;
    quint64 sequence = 0; // increasing within the process
    qint64 timeMs = 0;
    QString symbol;
    bool buy = true; // trade: the taker bought; liquidation: a long position was liquidated
    double price = 0;
    double quantity = 0;
    double notional = 0;
};

struct LiquidationTotals
{
    QString symbol; // "" for every symbol together
    double last5m = 0;
    double last1h = 0;
    int count1h = 0;
};

struct AlertBoard
{
    std::vector<AlertItem> recent;         // oldest first, at most kRecent
    std::vector<ChannelHealth> channels;   // as configured
    std::vector<MarketEvent> tape;         // oldest first, at most kTape
    std::vector<LiquidationTotals> totals; // by symbol, then the "" row for all symbols
    std::array<quint64, AlertSourceCount> raised{};
    std::array<quint64, AlertSourceCount> sent{};
    std::array<quint64, AlertSourceCount> suppressed{};
    QStringList mutedRules; // rules muted now
    QStringList mutedKeys;  // keys muted now
    bool enabled = false;   // [alerts] enabled and at least one rule
    QString problem;        // why alerts are off, when they are
    double tapeMinNotional = 0;
    quint64 observed = 0; // market events (trades, liquidations, tickers, signals) the rules have seen

    static constexpr std::size_t kRecent = 100;
    static constexpr std::size_t kTape = 200;
};
using AlertBoardPtr = std::shared_ptr<const AlertBoard>;

// Liquidation sums over the last 5 minutes and hour, per symbol and for all of them. Pure: times
// are passed in (epoch ms of the liquidations themselves), so a replay gives the same sums.
class LiquidationTotalsWindow
{
public:
    void add(const QString &symbol, double notional, qint64 timeMs);
    // The sums as of `nowMs` (entries older than an hour are dropped), by symbol, then all.
    std::vector<LiquidationTotals> totals(qint64 nowMs);

private:
    struct Entry
    {
        qint64 timeMs;
        QString symbol;
        double notional;
    };
    std::deque<Entry> m_entries; // time order
};

} // namespace virtuoso::alerts
