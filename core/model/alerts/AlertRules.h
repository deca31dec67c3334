#pragma once

#include "model/alerts/AlertDetectors.h"
#include "model/alerts/AlertTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace virtuoso {
class Clock;
} // namespace virtuoso

namespace virtuoso::alerts {

// A local time range without alerts, in minutes of the day: [startMinute, endMinute), wrapping
// past midnight when endMinute <= startMinute ("22:00-07:00").
struct QuietRange
{
    int startMinute = 0;
    int endMinute = 0;
    bool contains(int minuteOfDay) const;
};

// "22:00-07:00,12:30-13:00" -> ranges; std::nullopt when a part is not HH:MM-HH:MM.
std::optional<std::vector<QuietRange>> parseQuietHours(const QString &text);

// One [rule.NAME] of the configuration (docs/alerts.md).
struct AlertRule
{
    QString name;
    AlertSource source = AlertSource::Whale;
    QStringList symbols; // empty: every symbol
    // Thresholds; each source reads its own.
    double minNotional = 0;   // whale: a trade at least this; liquidation: a single one at least this
    double totalNotional = 0; // liquidation: the sum within windowMs (per symbol and across them)
    qint64 windowMs = 300'000;
    std::vector<double> levels; // price
    double hysteresis = 5;      // signal, in score points
    double longThreshold = 70;  // signal: from confluence.long_threshold
    double shortThreshold = 35; // signal: from confluence.short_threshold
    qint64 staleAfterMs = 60'000;
    int burstCount = 10;
    double limit = 0;                      // latency: latency_ms; memory: max_rss_mb; daily_loss: near_pct
    std::optional<AlertSeverity> severity; // overrides the source's severity
    QStringList channels;
    qint64 cooldownMs = 300'000;
    std::vector<QuietRange> quietHours;
    bool quietAllowsCritical = true; // critical alerts are sent in quiet hours
    int maxPerHour = 30;             // per channel; 0: no limit
};

// One message the dispatcher sends: the alert to one channel, with what that channel missed.
struct ChannelMessage
{
    QString channel;
    qint64 more = 0;   // alerts like this one this channel did not get since its last message
    qint64 spanMs = 0; // from the first of them to this one
    QString summary() const { return summaryText(more, spanMs); }
};

// An alert that goes out: journaled once, delivered to each channel of `messages`.
struct AlertDecision
{
    AlertEvent event; // with the rule's severity applied
    QString rule;
    std::vector<ChannelMessage> messages;
};

// Counts per source since construction, for the metrics.
struct AlertCounts
{
    quint64 raised[AlertSourceCount] = {};     // events that matched a rule
    quint64 sent[AlertSourceCount] = {};       // decisions with at least one message
    quint64 suppressed[AlertSourceCount] = {}; // held back by cooldown, quiet hours or rate
};

// The rule engine: which alert goes where, once. Pure logic on a Clock (monotonic time for
// cooldowns and rates, wall time for quiet hours), so a ManualClock makes it deterministic.
// Not thread-safe: one thread (the engine's) calls it.
//
// For each rule whose source and symbols match, an event is
//   - held back in the rule's quiet hours (unless it is critical and the rule lets critical through),
//   - held back when the rule sent an alert of the same key within its cooldown,
//   - otherwise sent to each of the rule's channels that sent fewer than max_per_hour messages in
//     the last hour, and counted for the others.
// Nothing held back is forgotten: the next message of the key (or to the channel) carries
// "and N more like this in M min".
class AlertRuleSet
{
public:
    explicit AlertRuleSet(const Clock &clock, std::vector<AlertRule> rules = {});

    // Local time for quiet hours: by default the system's zone; a fixed offset for tests.
    void setUtcOffsetMinutes(std::optional<int> minutes) { m_fixedOffsetMinutes = minutes; }

    // An event from anywhere (a source outside the detectors below, a test alert). Appends the
    // alerts that go out to `out`; returns how many were appended.
    int evaluate(const AlertEvent &event, std::vector<AlertDecision> &out);

    // The observations the detectors turn into alerts, each for the rules of its source.
    int onTrade(const QString &symbol, bool buy, double price, double qty, qint64 timeMs,
                std::vector<AlertDecision> &out);
    int onLiquidation(const QString &symbol, bool buy, double price, double qty, qint64 timeMs,
                      std::vector<AlertDecision> &out);
    int onPrice(const QString &symbol, double price, qint64 timeMs, std::vector<AlertDecision> &out);
    int onSignalScore(const QString &symbol, double score, qint64 timeMs, std::vector<AlertDecision> &out);
    // `healthy`: live; otherwise stale or in backoff since `sinceMs` (monotonic).
    int onConnection(const QString &connection, bool healthy, qint64 sinceMs, qint64 timeMs,
                     std::vector<AlertDecision> &out);
    int onTimeout(const QString &kind, qint64 timeMs, std::vector<AlertDecision> &out);
    // A connection's recent handler latency (p99, ms); the process's resident memory (MB); the
    // day's loss as a percentage of the daily loss limit.
    int onLatency(const QString &connection, double p99Ms, qint64 timeMs, std::vector<AlertDecision> &out);
    int onMemory(double residentMb, qint64 timeMs, std::vector<AlertDecision> &out);
    int onDailyLoss(double percentOfLimit, qint64 timeMs, std::vector<AlertDecision> &out);

    // An operator's "not now": alerts of the rule (or of the key, whichever rule raises it) are
    // held back until `untilMonoMs` (monotonic), counted and summarised like a cooldown's. A time
    // in the past lifts the mute.
    void muteRule(const QString &rule, qint64 untilMonoMs);
    void muteKey(const QString &key, qint64 untilMonoMs);
    // What is muted now, for the status.
    QStringList mutedRules() const;
    QStringList mutedKeys() const;

    const std::vector<AlertRule> &rules() const { return m_rules; }
    const AlertCounts &counts() const { return m_counts; }

private:
    struct KeyState
    {
        qint64 lastSentMs = 0;
        bool sent = false;
        qint64 suppressed = 0;
        qint64 firstSuppressedMs = 0;
    };
    struct ChannelState
    {
        std::deque<qint64> sentMs; // within the last hour, oldest first
        qint64 suppressed = 0;
        qint64 firstSuppressedMs = 0;
    };
    struct RuleState
    {
        QHash<QString, KeyState> keys;
        std::vector<ChannelState> channels; // as rule.channels
        SignalZoneDetector signal;
        WhaleDetector whale;
        LiquidationDetector liquidation;
        PriceCrossDetector price;
        ConnectionStaleDetector connection;
        TimeoutBurstDetector timeouts;
        LevelDetector level;
    };

    bool matches(const AlertRule &rule, AlertSource source, const QString &symbol) const;
    bool apply(std::size_t ruleIndex, AlertEvent event, std::vector<AlertDecision> &out);
    int localMinuteOfDay(qint64 epochMs);

    const Clock &m_clock;
    std::vector<AlertRule> m_rules;
    std::vector<RuleState> m_state;
    AlertCounts m_counts;
    std::vector<AlertEvent> m_scratch;   // detector output, reused
    QHash<QString, qint64> m_mutedRules; // rule -> until (monotonic ms)
    QHash<QString, qint64> m_mutedKeys;
    std::optional<int> m_fixedOffsetMinutes;
    qint64 m_offsetForMinute = -1; // the epoch minute m_offsetMinutes was read for
    int m_offsetMinutes = 0;
};

} // namespace virtuoso::alerts
