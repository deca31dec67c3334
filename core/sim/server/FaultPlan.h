#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace virtuoso::sim {

// The failures the simulator can inject, as an operator or a test names them.
enum class FaultKind {
    Drop,      // abort WebSocket connections without a close frame
    Stall,     // connection stays open, nothing is sent (no pongs either) for a window
    NoPong,    // data keeps flowing, pings get no answer for a window
    SlowTime,  // /v5/market/time answers late for a window
    RateLimit, // REST answers retCode 10006, with or without the reset headers, for a window
    Ban,       // REST answers HTTP 403 for a window
    Http5xx,   // REST answers HTTP 5xx for a window
    Malformed, // frames that are not valid Bybit messages
    UGap,      // the next book delta is skipped, so the client sees u jump
    Restart,   // book streams start again from a u=1 snapshot
    SlowSend,  // the server sends at most N bytes per second for a window
    // The private exchange's faults.
    AckLost,     // the next order create is executed but its HTTP answer never comes (connection closed)
    PrivateDrop, // an account's private stream connections are cut, now or right after its next (partial) fill
    ExecDelay,   // private stream reports (executions, orders, ...) are held back for delay_ms, for a window
    ClockSkew,   // the exchange's clock is shifted by skew_ms: signed requests see 10002 until the client re-syncs
};

const char *faultKindName(FaultKind kind);
std::optional<FaultKind> parseFaultKind(const QString &name);
bool faultHasWindow(FaultKind kind);

struct Fault
{
    FaultKind kind = FaultKind::Drop;
    QString conn = QStringLiteral("all");             // a conn_id or "all"
    qint64 durationMs = 0;                            // windowed kinds
    qint64 delayMs = 3000;                            // slow_time
    bool resetHeaders = true;                         // rate_limit: send X-Bapi-Limit-Reset-Timestamp and friends
    int status = 503;                                 // http_5xx
    int count = 1;                                    // malformed, u_gap
    QString variant = QStringLiteral("truncated");    // malformed: truncated | not_json | binary
    qint64 bytesPerSecond = 4096;                     // slow_send
    QString account = QStringLiteral("all");          // private faults: an API key or "all"
    QString trigger = QStringLiteral("partial_fill"); // private_drop: now | partial_fill | fill
    qint64 skewMs = 0;                                // clock_skew: the shift, may be negative; 0 ends a skew
    qint64 atOffsetMs = 0;                            // script only: when, from simulator start

    bool targetsAll() const { return conn == u"all"; }
    QJsonObject toJson() const;
};

// {"kind":"stall","conn":"all","seconds":5,...}; nothing on error, with `error` saying what to fix.
std::optional<Fault> faultFromJson(const QJsonObject &object, QString *error);

struct FaultScript
{
    std::vector<Fault> faults; // ordered by time
    QString error;             // "line 3: ..." when the script cannot be used
    bool ok() const { return error.isEmpty(); }
};

// One fault per line: `<offset> <kind> [key=value ...]`, e.g. `30s stall conn=all seconds=5`.
// Blank lines and lines starting with '#' are ignored. See docs/simulator.md.
FaultScript parseFaultScript(const QString &text);
FaultScript loadFaultScript(const QString &path);

} // namespace virtuoso::sim
