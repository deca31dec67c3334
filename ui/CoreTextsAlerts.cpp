// What the alert sources write: titles (model/alerts/AlertDetectors, engine/AlertSources, the
// incident summaries of model/health/TimeoutIncidents), field names and values, the summary of
// alerts held back, and the reasons the kill switch and the private stream give.

#include "CoreTextsTable.h"

#include <QtGlobal>

namespace virtuoso::ui::core_texts {

std::vector<Sentence> alertSentences()
{
    // Symbols and numbers are one word each ("BTCUSDT", "1,250,000", "0.5"); connection ids and
    // channel names may be anything.
    return {
        // The confluence score's zones (SignalZoneDetector).
        {"(\\S+) signal is long", QT_TRANSLATE_NOOP("CoreTexts", "%1 signal is long")},
        {"(\\S+) signal is short", QT_TRANSLATE_NOOP("CoreTexts", "%1 signal is short")},
        {"(\\S+) left the long zone", QT_TRANSLATE_NOOP("CoreTexts", "%1 left the long zone")},
        {"(\\S+) left the short zone", QT_TRANSLATE_NOOP("CoreTexts", "%1 left the short zone")},
        // Large trades and liquidations (WhaleDetector, LiquidationDetector).
        {"(\\S+) large buy: (\\S+) USDT", QT_TRANSLATE_NOOP("CoreTexts", "%1 large buy: %2 USDT")},
        {"(\\S+) large sell: (\\S+) USDT", QT_TRANSLATE_NOOP("CoreTexts", "%1 large sell: %2 USDT")},
        {"(\\S+) long liquidation: (\\S+) USDT", QT_TRANSLATE_NOOP("CoreTexts", "%1 long liquidation: %2 USDT")},
        {"(\\S+) short liquidation: (\\S+) USDT", QT_TRANSLATE_NOOP("CoreTexts", "%1 short liquidation: %2 USDT")},
        {"Liquidations: (\\S+) USDT in (\\d+) min across symbols",
         QT_TRANSLATE_NOOP("CoreTexts", "Liquidations: %1 USDT in %2 min across symbols")},
        {"(\\S+) liquidations: (\\S+) USDT in (\\d+) min",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 liquidations: %2 USDT in %3 min")},
        // Price levels (PriceCrossDetector).
        {"(\\S+) crossed (\\S+) upward", QT_TRANSLATE_NOOP("CoreTexts", "%1 crossed %2 upward")},
        {"(\\S+) crossed (\\S+) downward", QT_TRANSLATE_NOOP("CoreTexts", "%1 crossed %2 downward")},
        // Connections and timeouts (ConnectionStaleDetector, TimeoutBurstDetector).
        {"(.+) stale or reconnecting for (\\d+) s",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 stale or reconnecting for %2 s")},
        {"(.+) is live again", QT_TRANSLATE_NOOP("CoreTexts", "%1 is live again")},
        {"(\\d+) timeouts within (\\d+) s", QT_TRANSLATE_NOOP("CoreTexts", "%1 timeouts within %2 s")},
        // Limits over and back (LevelDetector).
        {"(.+) handler latency (\\S+) ms \\(limit (\\S+) ms\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 handler latency %2 ms (limit %3 ms)")},
        {"(.+) handler latency back to (\\S+) ms", QT_TRANSLATE_NOOP("CoreTexts", "%1 handler latency back to %2 ms")},
        {"Memory (\\S+) MB \\(limit (\\S+) MB\\)", QT_TRANSLATE_NOOP("CoreTexts", "Memory %1 MB (limit %2 MB)")},
        {"Memory back to (\\S+) MB", QT_TRANSLATE_NOOP("CoreTexts", "Memory back to %1 MB")},
        {"Daily loss at (\\S+) % of its limit", QT_TRANSLATE_NOOP("CoreTexts", "Daily loss at %1 % of its limit")},
        {"Daily loss back to (\\S+) % of its limit",
         QT_TRANSLATE_NOOP("CoreTexts", "Daily loss back to %1 % of its limit")},
        // The engine's own alerts (AlertSources).
        {"Test alert: (.+) reaches this channel",
         QT_TRANSLATE_NOOP("CoreTexts", "Test alert: %1 reaches this channel")},
        {"The exchange banned this IP: REST paused for (\\d+) s",
         QT_TRANSLATE_NOOP("CoreTexts", "The exchange banned this IP: REST paused for %1 s")},
        {"Order rejected: (Buy|Sell) (\\S+) (\\S+) — (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "Order rejected: %1 %2 %3 — %4"), N1 | N4},
        {"Filled: (Buy|Sell) (\\S+) (\\S+) at (\\S+)", QT_TRANSLATE_NOOP("CoreTexts", "Filled: %1 %2 %3 at %4"), N1},
        {"Kill switch engaged: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "Kill switch engaged: %1"), N1},
        // An order's reason: the risk gate's refusal (trading/OrderManager), translated through.
        {"risk: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "risk: %1"), N1},
        // Incidents (health::groupIncidents), the title of an incident alert.
        {"(\\d+) connections timed out together at (\\S+) UTC — likely network \\((.+)\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 connections timed out together at %2 UTC — likely network (%3)")},
        {"the connectivity probe failed at (\\S+) UTC \\((\\d+) events\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "the connectivity probe failed at %1 UTC (%2 events)")},
        {"isolated failure of (.+) at (\\S+) UTC", QT_TRANSLATE_NOOP("CoreTexts", "isolated failure of %1 at %2 UTC")},
        {"(\\d+) failures of (.+) alone from (\\S+) UTC",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 failures of %2 alone from %3 UTC")},
        // Alerts held back by a rule's cooldown (summaryText).
        {"and (\\d+) more like this in (\\d+) min", QT_TRANSLATE_NOOP("CoreTexts", "and %1 more like this in %2 min")},
        // Values of fields: sides, incident causes, durations, a channel.
        {"Buy", QT_TRANSLATE_NOOP("CoreTexts", "Buy")},
        {"Sell", QT_TRANSLATE_NOOP("CoreTexts", "Sell")},
        {"likely network", QT_TRANSLATE_NOOP("CoreTexts", "likely network")},
        {"failed probe", QT_TRANSLATE_NOOP("CoreTexts", "failed probe")},
        {"isolated", QT_TRANSLATE_NOOP("CoreTexts", "isolated")},
        {"(\\d+) s", QT_TRANSLATE_NOOP("CoreTexts", "%1 s")},
        {"(\\d+) min", QT_TRANSLATE_NOOP("CoreTexts", "%1 min")},
        {"(-?[\\d.]+) ms", QT_TRANSLATE_NOOP("CoreTexts", "%1 ms")},
        {"(desktop|discord|slack|telegram|webhook) channel '(.*)'", QT_TRANSLATE_NOOP("CoreTexts", "%1 channel '%2'")},
        // Why a channel failed (alerts/AlertDispatcher) and why a test alert was not sent (AlertSources).
        {"no answer within (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no answer within %1 ms")},
        {"connection refused", QT_TRANSLATE_NOOP("CoreTexts", "connection refused")},
        {"closed by the server", QT_TRANSLATE_NOOP("CoreTexts", "closed by the server")},
        {"host not found", QT_TRANSLATE_NOOP("CoreTexts", "host not found")},
        {"TLS handshake failed", QT_TRANSLATE_NOOP("CoreTexts", "TLS handshake failed")},
        {"network error (\\d+)", QT_TRANSLATE_NOOP("CoreTexts", "network error %1")},
        {"there is no channel '(.*)'", QT_TRANSLATE_NOOP("CoreTexts", "there is no channel '%1'")},
        {"channel '(.*)' is disabled \\(enabled = false\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "channel '%1' is disabled (enabled = false)")},
        // Why the kill switch engaged (OrderManager, the workstation's button).
        {"daily loss limit: (\\S+) against the limit (\\S+)",
         QT_TRANSLATE_NOOP("CoreTexts", "daily loss limit: %1 against the limit %2")},
        {"the private stream has been down for (\\d+) s \\((.+)\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "the private stream has been down for %1 s (%2)"), N2},
        {"operator \\(workstation\\)", QT_TRANSLATE_NOOP("CoreTexts", "operator (workstation)")},
        {"operator \\(workstation screenshots\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "operator (workstation screenshots)")},
        // The private stream's reasons (trading/PrivateStream), "…; retry in 1500 ms" part by part.
        {"not started", QT_TRANSLATE_NOOP("CoreTexts", "not started")},
        {"connected", QT_TRANSLATE_NOOP("CoreTexts", "connected")},
        {"authenticating", QT_TRANSLATE_NOOP("CoreTexts", "authenticating")},
        {"retry in (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "retry in %1 ms")},
        {"no answer to auth within (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no answer to auth within %1 ms")},
        {"no answer to subscribe within (\\d+) ms",
         QT_TRANSLATE_NOOP("CoreTexts", "no answer to subscribe within %1 ms")},
        {"subscription refused: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "subscription refused: %1")},
        {"subscribed ([a-z]+(?:, [a-z]+)*)", QT_TRANSLATE_NOOP("CoreTexts", "subscribed %1")},
        {"authentication refused by the exchange: (.+) \\(check the API key, its secret and its permissions\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "authentication refused by the exchange: %1 (check the API key, its secret and "
                                        "its permissions)"),
         N1},
        {"no reason given", QT_TRANSLATE_NOOP("CoreTexts", "no reason given")},
    };
}

const std::vector<const char *> &alertFieldNames()
{
    static const std::vector<const char *> names{
        QT_TRANSLATE_NOOP("CoreTexts", "Score"),        QT_TRANSLATE_NOOP("CoreTexts", "Long at"),
        QT_TRANSLATE_NOOP("CoreTexts", "Short at"),     QT_TRANSLATE_NOOP("CoreTexts", "Side"),
        QT_TRANSLATE_NOOP("CoreTexts", "Price"),        QT_TRANSLATE_NOOP("CoreTexts", "Quantity"),
        QT_TRANSLATE_NOOP("CoreTexts", "Notional"),     QT_TRANSLATE_NOOP("CoreTexts", "Total"),
        QT_TRANSLATE_NOOP("CoreTexts", "Liquidations"), QT_TRANSLATE_NOOP("CoreTexts", "Window"),
        QT_TRANSLATE_NOOP("CoreTexts", "Level"),        QT_TRANSLATE_NOOP("CoreTexts", "Connection"),
        QT_TRANSLATE_NOOP("CoreTexts", "Down for"),     QT_TRANSLATE_NOOP("CoreTexts", "Latest"),
        QT_TRANSLATE_NOOP("CoreTexts", "Count"),        QT_TRANSLATE_NOOP("CoreTexts", "p99"),
        QT_TRANSLATE_NOOP("CoreTexts", "Resident"),     QT_TRANSLATE_NOOP("CoreTexts", "Used"),
        QT_TRANSLATE_NOOP("CoreTexts", "Limit"),        QT_TRANSLATE_NOOP("CoreTexts", "Channel"),
        QT_TRANSLATE_NOOP("CoreTexts", "Request"),      QT_TRANSLATE_NOOP("CoreTexts", "Paused for"),
        QT_TRANSLATE_NOOP("CoreTexts", "Connections"),  QT_TRANSLATE_NOOP("CoreTexts", "Cause"),
        QT_TRANSLATE_NOOP("CoreTexts", "Events"),       QT_TRANSLATE_NOOP("CoreTexts", "Order"),
        QT_TRANSLATE_NOOP("CoreTexts", "Reason"),       QT_TRANSLATE_NOOP("CoreTexts", "Fee"),
        QT_TRANSLATE_NOOP("CoreTexts", "Open orders"),  QT_TRANSLATE_NOOP("CoreTexts", "Positions"),
    };
    return names;
}

} // namespace virtuoso::ui::core_texts
