// What the core logs as a warning or worse: the messages the Warnings view shows beside their
// codes. The codes, and the log itself, stay as the core wrote them.

#include "CoreTextsTable.h"

#include <QtGlobal>

namespace virtuoso::ui::core_texts {

#define TimeoutKinds                                                                                                   \
    "(CONNECT_TIMEOUT|PONG_TIMEOUT|STALE_STREAM|HANDLER_SLOW|REST_TIMEOUT|RATE_LIMITED|PROBE_FAILED|"                  \
    "RECONNECT_FAILED|BULK_FETCH_PARTIAL|BOOK_RESYNC)"
#define States "(idle|connecting|authenticating|subscribing|live|stale|backoff|stopped)"

std::vector<Sentence> logSentences()
{
    return {
        // The timeout journal logs every entry as "KIND: detail (duration ms)" (health/TimeoutJournal).
        {TimeoutKinds ": (.*) \\((\\d+) ms\\)", QT_TRANSLATE_NOOP("CoreTexts", "%1: %2 (%3 ms)"), N2},
        {TimeoutKinds ": (.*)", QT_TRANSLATE_NOOP("CoreTexts", "%1: %2"), N2},
        // Details of the journal's entries that the connector's own sentences (CoreTexts.cpp) leave.
        {"HTTP 403 \\(IP ban\\): REST paused", QT_TRANSLATE_NOOP("CoreTexts", "HTTP 403 (IP ban): REST paused")},
        {"IP banned by the exchange \\(HTTP 403\\); REST paused for (\\d+) s",
         QT_TRANSLATE_NOOP("CoreTexts", "IP banned by the exchange (HTTP 403); REST paused for %1 s")},
        {"(HTTP 429|retCode 10006) on (\\S+)", QT_TRANSLATE_NOOP("CoreTexts", "%1 on %2")},
        {"no reply from (\\S+) within (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no reply from %1 within %2 ms")},
        {"([A-Z]+) to (\\S+) failed: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "%1 to %2 failed: %3"), N3},
        {"(.+): (\\d+) of (\\d+) requests", QT_TRANSLATE_NOOP("CoreTexts", "%1: %2 of %3 requests")},
        {"failed: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "failed: %1")},
        // Connection states (CONN_STATE, PRIVATE_STREAM_STATE): "conn_2: live -> backoff: <reason>".
        {"(\\S+): " States " -> " States ": (.+)", QT_TRANSLATE_NOOP("CoreTexts", "%1: %2 -> %3: %4"), N2 | N3 | N4},
        {"private stream: " States " -> " States ": (.*)",
         QT_TRANSLATE_NOOP("CoreTexts", "private stream: %1 -> %2: %3"), N1 | N2 | N3},
        {"connecting", QT_TRANSLATE_NOOP("CoreTexts", "connecting")},
        {"subscribing", QT_TRANSLATE_NOOP("CoreTexts", "subscribing")},
        {"live", QT_TRANSLATE_NOOP("CoreTexts", "live")},
        {"stale", QT_TRANSLATE_NOOP("CoreTexts", "stale")},
        {"backoff", QT_TRANSLATE_NOOP("CoreTexts", "backoff")},
        {"stopped", QT_TRANSLATE_NOOP("CoreTexts", "stopped")},
        // The public feed (connector/FeedApplier, PublicMarketFeed, RestClient).
        {"(malformed JSON|unexpected message shape|unknown topic|unknown instrument|bad number|frame too large|decode "
         "error): (.*) \\((\\d+) undecodable messages so far\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "%1: %2 (%3 undecodable messages so far)"), N1},
        {"malformed JSON", QT_TRANSLATE_NOOP("CoreTexts", "malformed JSON")},
        {"unexpected message shape", QT_TRANSLATE_NOOP("CoreTexts", "unexpected message shape")},
        {"unknown topic", QT_TRANSLATE_NOOP("CoreTexts", "unknown topic")},
        {"unknown instrument", QT_TRANSLATE_NOOP("CoreTexts", "unknown instrument")},
        {"bad number", QT_TRANSLATE_NOOP("CoreTexts", "bad number")},
        {"frame too large", QT_TRANSLATE_NOOP("CoreTexts", "frame too large")},
        {"decode error", QT_TRANSLATE_NOOP("CoreTexts", "decode error")},
        {"not listed as linear instruments by the exchange: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "not listed as linear instruments by the exchange: %1")},
        {"instrument catalog: (.+); retry in (\\d+) ms",
         QT_TRANSLATE_NOOP("CoreTexts", "instrument catalog: %1; retry in %2 ms"), N1},
        {"hand-over queue of (\\d+) messages is full; (\\d+) frames dropped so far; their books are resynced",
         QT_TRANSLATE_NOOP(
             "CoreTexts",
             "hand-over queue of %1 messages is full; %2 frames dropped so far; their books are resynced")},
        {"HTTP 403 from (\\S+): the exchange banned this IP; all REST requests stop for (\\d+) s",
         QT_TRANSLATE_NOOP("CoreTexts",
                           "HTTP 403 from %1: the exchange banned this IP; all REST requests stop for %2 s")},
        // The engine (CoreRuntime, SignalOutcomes, the alerts' reload).
        {"the embedded simulator simulates the built-in instruments and the symbols it started with; (.+) will stream "
         "after a restart",
         QT_TRANSLATE_NOOP("CoreTexts", "the embedded simulator simulates the built-in instruments and the symbols it "
                                        "started with; %1 will stream after a restart")},
        {"trading is off: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "trading is off: %1"), N1},
        {"alerts are off: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "alerts are off: %1"), N1},
        // Auto-paper (engine/CoreRuntimeOutcomes.cpp).
        {"trading.auto_paper is on but signal outcomes are off: they are kept with the history \\(\\[store\\] "
         "enabled\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "trading.auto_paper is on but signal outcomes are off: they are kept with the "
                                        "history ([store] enabled)")},
        {"trading.auto_paper is on but trading.venue is not paper: auto-paper trades only on the paper venue",
         QT_TRANSLATE_NOOP("CoreTexts", "trading.auto_paper is on but trading.venue is not paper: auto-paper trades "
                                        "only on the paper venue")},
        {"trading.auto_paper is on but trading is not running",
         QT_TRANSLATE_NOOP("CoreTexts", "trading.auto_paper is on but trading is not running")},
        {"alert rules kept as they were: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "alert rules kept as they were: %1"),
         N1},
        {"signal outcomes are tracked but not kept: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "signal outcomes are tracked but not kept: %1"), N1},
        {"signal outcomes not written: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "signal outcomes not written: %1"), N1},
        {"an event loop is not responding; watchdog ping withheld",
         QT_TRANSLATE_NOOP("CoreTexts", "an event loop is not responding; watchdog ping withheld")},
        // Trading (PrivateStream, BybitVenue, PrivateRestClient, TradingService).
        {"kill switch engaged: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "kill switch engaged: %1"), N1},
        {"disconnect protection not enabled: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "disconnect protection not enabled: %1"), N1},
        {"HTTP 403 on (\\S+): the exchange banned this IP; private REST stops for (\\d+) s",
         QT_TRANSLATE_NOOP("CoreTexts", "HTTP 403 on %1: the exchange banned this IP; private REST stops for %2 s")},
        {"retCode 10002 on (\\S+) \\((.*)\\): re-syncing the clock and sending once more",
         QT_TRANSLATE_NOOP("CoreTexts", "retCode 10002 on %1 (%2): re-syncing the clock and sending once more")},
        {"(.+); the paper account's latest changes would not survive a restart",
         QT_TRANSLATE_NOOP("CoreTexts", "%1; the paper account's latest changes would not survive a restart"), N1},
        {"the paper account is saved again", QT_TRANSLATE_NOOP("CoreTexts", "the paper account is saved again")},
        {"the last change in (.+) was cut off and is left out \\((.*)\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "the last change in %1 was cut off and is left out (%2)")},
        {"(\\S+)'s tick or lot size is (\\S+) / (\\S+) now and was (\\S+) / (\\S+) when the paper account was saved; "
         "paper orders in (\\S+) are refused",
         QT_TRANSLATE_NOOP("CoreTexts", "%1's tick or lot size is %2 / %3 now and was %4 / %5 when the paper account "
                                        "was saved; paper orders in %6 are refused")},
        {"(.+); requests go with the last known offset \\((-?\\d+) ms\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "%1; requests go with the last known offset (%2 ms)"), N1},
        // The stores (HistoryStore, AuditLog, AuditRecords, AlertJournal).
        {"history write failed, will retry: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "history write failed, will retry: %1")},
        {"history database (.+) cannot be used: (.+); running without history \\(fix the file or its directory, or "
         "set store\\.path\\)",
         QT_TRANSLATE_NOOP("CoreTexts", "history database %1 cannot be used: %2; running without history (fix the file "
                                        "or its directory, or set store.path)"),
         N2},
        {"the Qt SQLite driver \\(QSQLITE\\) is not installed \\(Debian package libqt6sql6-sqlite\\); running without "
         "history",
         QT_TRANSLATE_NOOP("CoreTexts", "the Qt SQLite driver (QSQLITE) is not installed (Debian package "
                                        "libqt6sql6-sqlite); running without history")},
        {"the Qt SQLite driver \\(QSQLITE\\) is not installed \\(Debian package libqt6sql6-sqlite\\); there is no "
         "audit log",
         QT_TRANSLATE_NOOP("CoreTexts", "the Qt SQLite driver (QSQLITE) is not installed (Debian package "
                                        "libqt6sql6-sqlite); there is no audit log")},
        {"cannot create directory (.+)", QT_TRANSLATE_NOOP("CoreTexts", "cannot create directory %1")},
        {"cannot create it with mode 0600: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "cannot create it with mode 0600: %1")},
        {"the audit log (.+) cannot be used: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "the audit log %1 cannot be used: %2"), N2},
        {"the alert journal (.+) cannot be used: (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "the alert journal %1 cannot be used: %2"), N2},
        {"the audit log (.+) is damaged or not an SQLite database \\((.*)\\); move it aside and keep it for inspection "
         "— a new log is created in its place",
         QT_TRANSLATE_NOOP("CoreTexts", "the audit log %1 is damaged or not an SQLite database (%2); move it aside and "
                                        "keep it for inspection — a new log is created in its place")},
        {"(.+) is an SQLite database but not an audit log; name another file",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 is an SQLite database but not an audit log; name another file")},
        {"the audit log is not open", QT_TRANSLATE_NOOP("CoreTexts", "the audit log is not open")},
        {"the audit log refused a credential: (\\S+) \\((\\S+) row\\) looked like one and was recorded as "
         "\\[redacted\\]",
         QT_TRANSLATE_NOOP("CoreTexts",
                           "the audit log refused a credential: %1 (%2 row) looked like one and was recorded as "
                           "[redacted]")},
        {"the audit log refused a credential: (\\S+) \\((\\S+) row\\) is named like one and was recorded as "
         "\\[redacted\\]",
         QT_TRANSLATE_NOOP("CoreTexts",
                           "the audit log refused a credential: %1 (%2 row) is named like one and was recorded as "
                           "[redacted]")},
        // Alert delivery (alerts/AlertDispatcher).
        {"rule (\\S+) names no channel (\\S+)", QT_TRANSLATE_NOOP("CoreTexts", "rule %1 names no channel %2")},
        {"(.+) failed (\\d+) times \\((.*)\\); its alerts stay queued and journaled",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 failed %2 times (%3); its alerts stay queued and journaled"), N1 | N3},
        // The embedded simulator (sim/server).
        {"recording stopped: cannot write (\\S+): (.+)",
         QT_TRANSLATE_NOOP("CoreTexts", "recording stopped: cannot write %1: %2")},
        {"outgoing backlog above (\\d+) bytes; dropping the connection",
         QT_TRANSLATE_NOOP("CoreTexts", "outgoing backlog above %1 bytes; dropping the connection")},
        {"socket backlog above (\\d+) bytes; dropping the connection",
         QT_TRANSLATE_NOOP("CoreTexts", "socket backlog above %1 bytes; dropping the connection")},
        {"scripted fault (\\S+) not fired: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "scripted fault %1 not fired: %2")},
        // The log report's verdict (logs/LogReport), which the Log analysis view shows; its parts are
        // sentences of their own, so that an error's template inside it passes through as written.
        {"(Healthy|Degraded|Unhealthy): (.+?); (.+?); (.+)", QT_TRANSLATE_NOOP("CoreTexts", "%1: %2; %3; %4"),
         N1 | N2 | N3 | N4},
        {"Healthy", QT_TRANSLATE_NOOP("CoreTexts", "Healthy")},
        {"Degraded", QT_TRANSLATE_NOOP("CoreTexts", "Degraded")},
        {"Unhealthy", QT_TRANSLATE_NOOP("CoreTexts", "Unhealthy")},
        {"([\\d,]+) lines from (\\S+) to (\\S+)", QT_TRANSLATE_NOOP("CoreTexts", "%1 lines from %2 to %3")},
        {"([\\d,]+) lines", QT_TRANSLATE_NOOP("CoreTexts", "%1 lines")},
        {"([\\d,]+) errors in ([\\d,]+) patterns, ([\\d,]+) incidents",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 errors in %2 patterns, %3 incidents")},
        {"([\\d,]+) warnings \\(([\\d,]+) expected\\)\\.(.*)",
         QT_TRANSLATE_NOOP("CoreTexts", "%1 warnings (%2 expected).%3"), N3},
        {" Most frequent error: \"(.*)\" ×([\\d,]+) on (.+)\\.",
         QT_TRANSLATE_NOOP("CoreTexts", " Most frequent error: \"%1\" ×%2 on %3.")},
        {" Most frequent error: \"(.*)\" ×([\\d,]+)\\.",
         QT_TRANSLATE_NOOP("CoreTexts", " Most frequent error: \"%1\" ×%2.")},
        {"No entries match the filters \\(([\\d,]+) read\\)\\.",
         QT_TRANSLATE_NOOP("CoreTexts", "No entries match the filters (%1 read).")},
        {"No readable log entries\\.", QT_TRANSLATE_NOOP("CoreTexts", "No readable log entries.")},
    };
}

#undef TimeoutKinds
#undef States

} // namespace virtuoso::ui::core_texts
