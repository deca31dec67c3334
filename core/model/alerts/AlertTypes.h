#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace virtuoso::alerts {

// How loud an alert is. Quiet hours hold back everything below Critical (docs/alerts.md).
enum class AlertSeverity : std::uint8_t { Info, Warning, Critical };

// What raised an alert. Test is the one `virtuoso alerts test` sends; no rule names it.
enum class AlertSource : std::uint8_t {
    Signal,        // the confluence score entering or leaving its long/short zone
    Whale,         // a large trade
    Liquidation,   // a large liquidation, or many within a window
    Price,         // the price crossing a level
    Connection,    // a connection stale or in backoff too long
    Timeouts,      // a burst of timeouts
    Incident,      // several connections failing together
    RestBan,       // the exchange banned this IP (HTTP 403)
    Latency,       // a connection's handler latency over its limit
    Memory,        // the process's resident memory over its limit
    OrderRejected, // an order refused by the risk gate or the venue
    OrderFilled,   // an execution of one of our orders
    KillSwitch,    // the kill switch engaged
    DailyLoss,     // the day's loss near its limit
    Test,
};

inline constexpr int AlertSourceCount = 15;

// "info", "warning", "critical"; "signal", "whale", "liquidation", "price", "connection",
// "timeouts", "incident", "rest_ban", "latency", "memory", "order_rejected", "order_filled",
// "kill_switch", "daily_loss", "test": the words of the configuration, the journal and the
// webhook JSON.
const char *severityName(AlertSeverity severity);
std::optional<AlertSeverity> severityFromName(QStringView name);
const char *sourceName(AlertSource source);
std::optional<AlertSource> sourceFromName(QStringView name);

// One named value of an alert, shown as a field of the Discord embed, a line of the Slack and
// Telegram texts, a member of the webhook's "fields" object. Kept in order.
struct AlertField
{
    QString name;
    QString value;
};

// One alert as the sources raise it. `key` identifies what it is about, so that repeats of the
// same thing are deduplicated: "whale:BTCUSDT:Buy", "connection:conn_3:stale".
struct AlertEvent
{
    AlertSource source = AlertSource::Test;
    AlertSeverity severity = AlertSeverity::Info;
    QString key;
    QString symbol; // empty when the alert is not about one symbol
    QString title;  // one line a person reads first
    std::vector<AlertField> fields;
    qint64 timeMs = 0; // epoch ms when it was raised
    double value = 0;  // the measure rules compare (notional, price, score, seconds)
    // Set by a detector that leaves the title and fields to be written only for an alert that
    // goes out (from `raw`), so that an alert held back by its cooldown costs no formatting.
    void (*describe)(AlertEvent &) = nullptr;
    double raw[3] = {};
};

// "and 7 more like this in 10 min": the summary an alert carries for the ones held back before it.
// Empty when `more` is 0. The span is rounded up to whole minutes (at least 1).
QString summaryText(qint64 more, qint64 spanMs);

} // namespace virtuoso::alerts
