#pragma once

#include "model/alerts/AlertTypes.h"

#include <QHash>
#include <QString>

#include <deque>
#include <vector>

// The detectors that turn observations of the market and of the connections into alerts. Pure:
// times are passed in (monotonic ms for windows and durations, epoch ms to stamp the alert), and
// each appends the alerts it raises to `out`. Their keys name what the alert is about, so that
// the rule engine deduplicates repeats (model/alerts/AlertRules.h).
namespace virtuoso::alerts {

// The confluence signal entering or leaving its long or short zone, with hysteresis: the score
// enters the long zone at >= longThreshold and leaves it only below longThreshold - hysteresis
// (short: enters at <= shortThreshold, leaves above shortThreshold + hysteresis), so a score
// hovering at a threshold raises one alert, not one per evaluation. Keys: "signal:SYM:long",
// "signal:SYM:short" (entering, warning) and "signal:SYM:long-left", "signal:SYM:short-left" (info).
class SignalZoneDetector
{
public:
    void configure(double longThreshold, double shortThreshold, double hysteresis);
    void observe(const QString &symbol, double score, qint64 epochMs, std::vector<AlertEvent> &out);

private:
    enum class Zone : quint8 { Neutral, Long, Short };
    double m_long = 70;
    double m_short = 35;
    double m_hysteresis = 5;
    QHash<QString, Zone> m_zone;
};

// A trade of at least `minNotional` (price x quantity, USDT). Key "whale:SYM:Buy" / ":Sell";
// warning, critical from ten times the threshold.
class WhaleDetector
{
public:
    void configure(double minNotional) { m_min = minNotional; }
    void observe(const QString &symbol, bool buy, double price, double qty, qint64 epochMs,
                 std::vector<AlertEvent> &out) const;

private:
    double m_min = 0;
};

// Liquidations: a single one of at least `minSingle`, or liquidations summing to at least
// `minTotal` within `windowMs`, per symbol ("liquidation:SYM:total") and across every symbol
// ("liquidation:all:total"). A total raises once when it reaches the threshold and again only
// after it fell below it (the window moved on).
class LiquidationDetector
{
public:
    void configure(double minSingle, double minTotal, qint64 windowMs);
    void observe(const QString &symbol, bool buy, double price, double qty, qint64 monoMs, qint64 epochMs,
                 std::vector<AlertEvent> &out);
    double totalWithin(const QString &symbol) const; // the current window's sum; "" for all symbols

private:
    struct Window
    {
        std::deque<std::pair<qint64, double>> entries; // (monotonic ms, notional)
        double sum = 0;
        bool armed = true;
        void expire(qint64 before);
    };
    void addTo(Window &w, const QString &symbol, qint64 monoMs, double notional, qint64 epochMs,
               std::vector<AlertEvent> &out);

    double m_single = 0;
    double m_total = 0;
    qint64 m_windowMs = 300'000;
    QHash<QString, Window> m_perSymbol;
    Window m_all;
};

// The price crossing one of `levels`, upward or downward. The first price of a symbol only
// places it. Key "price:SYM:LEVEL:up" / ":down"; warning.
class PriceCrossDetector
{
public:
    void configure(std::vector<double> levels) { m_levels = std::move(levels); }
    void observe(const QString &symbol, double price, qint64 epochMs, std::vector<AlertEvent> &out);

private:
    std::vector<double> m_levels;
    QHash<QString, double> m_last;
};

// A connection stale or in backoff for longer than `staleAfterMs`: one alert per episode
// ("connection:CONN:stale", critical), and one when it is live again ("connection:CONN:recovered",
// info). Called with the connection's state whenever it is read (e.g. once a second).
class ConnectionStaleDetector
{
public:
    void configure(qint64 staleAfterMs) { m_after = staleAfterMs; }
    void observe(const QString &connection, bool healthy, qint64 sinceMs, qint64 monoMs, qint64 epochMs,
                 std::vector<AlertEvent> &out);

private:
    qint64 m_after = 60'000;
    QHash<QString, bool> m_raised;
};

// A burst of timeouts: at least `count` within `windowMs` (any kind). Raises once per burst
// ("timeouts:burst", warning) and again after the window held fewer than `count`.
class TimeoutBurstDetector
{
public:
    void configure(int count, qint64 windowMs);
    void observe(const QString &kind, qint64 monoMs, qint64 epochMs, std::vector<AlertEvent> &out);

private:
    int m_count = 10;
    qint64 m_windowMs = 60'000;
    std::deque<qint64> m_times;
    bool m_armed = true;
};

// A measure over its limit: a connection's handler latency (source Latency, subject the connection,
// value in ms), the process's resident memory (Memory, "process", MB), the day's loss as a share of
// its limit (DailyLoss, "account", %). One alert per episode when the value reaches the limit
// ("latency:conn_2:over"), one when it is below the limit again ("latency:conn_2:recovered", info)
// — below `recoverRatio` times the limit, so a value hovering at the limit raises one alert.
class LevelDetector
{
public:
    void configure(AlertSource source, double limit, double recoverRatio = 0.9);
    void observe(const QString &subject, double value, qint64 epochMs, std::vector<AlertEvent> &out);
    double limit() const { return m_limit; }

private:
    AlertSource m_source = AlertSource::Latency;
    double m_limit = 0;
    double m_recover = 0.9;
    QHash<QString, bool> m_over;
};

// Notional and prices as people read them: "1,250,000", "27450.5".
QString formatAmount(double value);

} // namespace virtuoso::alerts
