#pragma once

#include "model/trading/OrderLedger.h"
#include "model/trading/RiskGate.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

class QIODevice;

namespace virtuoso {
class Clock;
} // namespace virtuoso

namespace virtuoso::store {

// What one row of the audit log is about.
enum class AuditKind : std::uint8_t {
    Intent,        // an order as asked for, recorded before it is sent
    RiskDecision,  // the risk gate's verdict on it
    Request,       // the create request as sent (its body, never its headers)
    Ack,           // the venue accepted the create and named the orderId
    Reject,        // the venue (or the gate) refused a request
    OrderUpdate,   // the venue's state of an order
    Execution,     // one fill
    CancelRequest, // a cancel about to be sent
    AmendRequest,  // an amend about to be sent
    KillSwitch,    // engaged or released
    VenueState,    // the venue's connection came up or went down
    Reconcile,     // what a reconciliation with the venue found
    Note,          // anything else worth keeping, in words
};

// "intent", "risk_decision", "request", "ack", "reject", "order_update", "execution",
// "cancel_request", "amend_request", "kill_switch", "venue_state", "reconcile", "note".
const char *auditKindName(AuditKind kind);
std::optional<AuditKind> auditKindFromName(QStringView name);
QStringList auditKindNames();

// One row. Prices and quantities are decimal text as the instrument prints them ("27450.50",
// "0.010"), never floating point. Empty text means "not applicable"; so does a missing retCode.
struct AuditRecord
{
    qint64 id = 0; // given on append; increases with every row
    AuditKind kind = AuditKind::Note;
    qint64 timeMs = 0; // when the row was recorded (epoch ms); 0 on append: now
    QString venue;     // "paper", "simulator", "testnet", "demo", "live"; empty on append: venue()
    QString symbol;
    QString orderLinkId;
    QString orderId;
    QString execId;
    QString side; // "Buy" or "Sell"
    QString price;
    QString qty;
    QString status; // the order's state after this row when it says so: "New", "Filled", "Rejected", ...
    QString rule;   // the risk rule that refused the order ("max_order_notional"); empty when accepted
    QString message;
    std::optional<int> retCode; // the venue's retCode
    QString retMsg;
    QJsonObject detail; // everything else, stored as JSON text
};

// Rows in [sinceMs, untilMs) matching every filter that is set. With a limit, the newest `limit`
// rows; the result is always oldest first.
struct AuditQuery
{
    qint64 sinceMs = 0;
    qint64 untilMs = 0; // 0: no upper bound
    std::optional<AuditKind> kind;
    QString venue;
    QString symbol;
    QString orderLinkId;
    int limit = 0; // 0: every row
};

// The append-only record of everything the program did and was told while trading: each order
// as intended before it is sent, the risk gate's verdict, the requests, the venue's answers,
// order states and fills, the kill switch and the venue's connection. One SQLite file (WAL, mode
// 0600); rows are only ever inserted: this class offers no way to change or remove one, and
// triggers in the file refuse UPDATE and DELETE, so not even a bug can rewrite history.
//
// Durability: every append is its own transaction and is committed when the call returns. With
// the default synchronous=NORMAL (WAL) a committed row survives the program crashing or being
// killed; only a power loss or kernel crash within the last moments may lose the newest rows.
// `syncEveryAppend` (synchronous=FULL) makes each append wait for the disk as well (see
// BENCHMARKS.md, "Audit log appends", for what each costs).
//
// Nothing secret is ever written: every text passes a guard that replaces what looks like a
// credential — a detail key named like api_key, secret, sign, signature, token, password,
// X-BAPI-SIGN, X-BAPI-API-KEY; a "key=value" of such a name in free text; any text containing a
// registered secret — with "[redacted]", and logs a warning that names the field, never the value.
//
// Not thread-safe: the trading thread owns it and makes every call (one SQLite connection, which
// Qt SQL allows on the thread that opened it only).
class AuditLog
{
public:
    struct Options
    {
        bool syncEveryAppend = false; // synchronous=FULL: survive a power loss too, at a disk flush per append
        bool readOnly = false;        // for readers (virtuoso audit): never creates, changes or checks the file
        bool verifyOnOpen = true;     // PRAGMA quick_check when opening for writing: a damaged file is refused
    };

    explicit AuditLog(const Clock &clock);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Opens the log at `path`, creating it (and its folders, 0700) when missing. False with an
    // error an operator can act on when the file is damaged, not an audit log, or from a newer
    // program; nothing is recorded then, and the order manager must not trade.
    bool open(const QString &path, Options options);
    bool open(const QString &path) { return open(path, Options{}); }
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }

    // The venue stamped on the rows the typed helpers record ("paper", "testnet", "live", ...).
    void setVenue(const QString &venue) { m_venue = venue; }
    QString venue() const { return m_venue; }

    // The actual API key and secret: any text containing one is recorded as "[redacted]".
    // Empty text is ignored. Kept in memory only.
    void registerSecret(std::string_view secret);
    // How many texts the guard replaced since opening.
    quint64 redactionCount() const { return m_redactions; }

    // Appends one row (redacted as above); true when it is committed. `record.id` is set.
    bool append(AuditRecord &record);
    bool append(AuditRecord &&record) { return append(record); }

    // The typed helpers: one row of each kind from the model's structs. Prices and quantities are
    // passed as the instrument's decimal text, which the caller formats from ticks and lots
    // (DecimalGrid::format). Each returns false when the row could not be committed.

    // Before sending. When this returns false the order must not be sent: it would be an order
    // nobody could account for after a crash.
    // The take-profit and stop-loss texts (empty: none) go into the detail with their triggers.
    bool recordIntent(const trading::OrderIntent &intent, std::string_view priceText, std::string_view qtyText,
                      std::string_view takeProfitText = {}, std::string_view stopLossText = {});
    // The gate's verdict on an intent; a refusal finishes the order (status "Rejected").
    bool recordRiskDecision(const trading::OrderIntent &intent, const trading::RiskDecision &decision);
    // The create request as sent: its body's fields (never the signed headers).
    bool recordRequest(const trading::OrderIntent &intent, const QJsonObject &body = {});
    bool recordAck(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId, int retCode,
                   std::string_view retMsg);
    // The create was refused: final (status "Rejected").
    bool recordReject(std::string_view symbol, std::string_view orderLinkId, int retCode, std::string_view retMsg);
    // A cancel or amend was refused (`request` = "cancel" or "amend"): the order is as it was.
    bool recordRequestRefused(std::string_view request, std::string_view symbol, std::string_view orderLinkId,
                              std::string_view orderId, int retCode, std::string_view retMsg);
    // `filledText`: the cumulative filled quantity.
    bool recordOrderUpdate(const trading::OrderUpdate &update, std::string_view priceText, std::string_view qtyText,
                           std::string_view filledText);
    // `feeText`: the fee in the settle coin (negative for a rebate), e.g. Decimal::toString().
    bool recordExecution(const trading::Execution &execution, std::string_view priceText, std::string_view qtyText,
                         std::string_view feeText);
    bool recordCancelRequest(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId);
    // Empty texts: that value is kept.
    bool recordAmendRequest(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId,
                            std::string_view newPriceText, std::string_view newQtyText);
    bool recordKillSwitch(bool engaged, std::string_view reason);
    // `state`: "up", "down", "reconnecting", ...
    bool recordVenueState(std::string_view state, std::string_view reason);
    bool recordReconcile(std::string_view summary, const QJsonObject &detail = {});
    bool recordNote(std::string_view message, const QJsonObject &detail = {});

    // After a restart: the intents of `venue` whose order has no final state recorded — no
    // rejection (by the venue or the gate) and no order update Filled, Cancelled or Rejected.
    // These are the orderLinkIds to look up at the venue, never to send again. Oldest first; the
    // orderId of each is the venue's when a later row recorded it (the order was acknowledged).
    std::vector<AuditRecord> unfinishedIntents(const QString &venue) const;

    // After a restart: the kill switch of `venue` as the journal left it. Engaged when its newest
    // engage or release row is an engage; `finished` is the row that ended that run of the kill
    // (its cancel, flatten and check), absent when the program stopped before it ended.
    struct KillSwitchState
    {
        bool engaged = false;
        AuditRecord engagedRow;
        std::optional<AuditRecord> finished;
    };
    KillSwitchState killSwitchState(const QString &venue) const;

    // Rows matching `query`; empty with lastError() set when the file cannot be read.
    std::vector<AuditRecord> query(const AuditQuery &query) const;
    // The rows as CSV (RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line
    // break quoted, quotes doubled); times in UTC ISO 8601 and epoch ms.
    bool exportCsv(const AuditQuery &query, QIODevice &out) const;
    bool exportCsv(const AuditQuery &query, const QString &filePath) const;

    // trading-audit.sqlite beside the history store's default database.
    static QString defaultPath();
    static constexpr int SchemaVersion = 1;

private:
    bool fail(const QString &error) const;
    bool openDatabase(const QString &path, const Options &options);
    void redact(AuditRecord &record);
    QString guard(const QString &text, const QString &field, AuditKind kind);
    QJsonValue guardJson(const QJsonValue &value, const QString &field, AuditKind kind);

    const Clock &m_clock;
    QString m_path;
    QString m_venue;
    QString m_connectionName;
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QStringList m_secrets;
    quint64 m_redactions = 0;
    bool m_open = false;
    bool m_readOnly = false;
    mutable QString m_error;
};

// Writes `records` as CSV (header row first), as exportCsv does.
void writeAuditCsv(const std::vector<AuditRecord> &records, QIODevice &out);
// One CSV field, quoted when it must be (RFC 4180).
QString csvField(const QString &text);

} // namespace virtuoso::store
