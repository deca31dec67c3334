#pragma once

#include "model/trading/OrderLedger.h"
#include "model/trading/RiskGate.h"
#include "trading/Venue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace virtuoso::trading {

// An intent recorded before its order was sent, with the time it was recorded.
struct RecordedIntent
{
    OrderIntent intent;
    qint64 timeMs = 0;
    std::string orderId; // the venue's, when it acknowledged the order before the restart; else empty
};

// The kill switch as the journal left it before a restart: engaged, and whether that run of it
// (cancel, flatten, check) ended before the program stopped.
struct RecordedKill
{
    std::string reason;
    qint64 engagedMs = 0;
    qint64 finishedMs = 0;  // 0: the run did not end; it is run again
    std::string finishedAs; // the end row's text: what was cancelled and flattened, and the problems
};

// Where the order manager writes down everything it decides and learns, in the order it happens:
// the audit log in production (SQLite, append-only), a recording list in tests. intent() must be
// durable when it returns: the order is sent only afterwards, so after a crash every order that may
// exist at the venue is known by its orderLinkId. Nothing secret is ever passed in.
class TradingJournal
{
public:
    virtual ~TradingJournal() = default;
    // False when the intent could not be made durable: the order is then not sent.
    virtual bool intent(const OrderIntent &intent, qint64 timeMs) = 0;
    virtual void riskDecision(const OrderIntent &intent, const RiskDecision &decision, qint64 timeMs) = 0;
    // A request sent to the venue ("create", "amend", "cancel", "cancel_all", "set_leverage") and its answer.
    virtual void request(std::string_view what, std::string_view symbol, std::string_view orderLinkId,
                         qint64 timeMs) = 0;
    virtual void reply(std::string_view what, std::string_view symbol, std::string_view orderLinkId,
                       const VenueReply &reply, qint64 timeMs) = 0;
    virtual void orderUpdate(const OrderUpdate &update, qint64 timeMs) = 0;
    virtual void execution(const Execution &execution, qint64 timeMs) = 0;
    virtual void killSwitch(std::string_view action, std::string_view detail, qint64 timeMs) = 0;
    virtual void venueState(bool up, std::string_view reason, qint64 timeMs) = 0;
    virtual void note(std::string_view kind, std::string_view text, qint64 timeMs) = 0;
    // Intents whose order has no final state recorded: after a restart they are looked up at the
    // venue by orderLinkId, never sent again.
    virtual std::vector<RecordedIntent> unfinishedIntents() = 0;
    // The kill switch engaged and never reset before a restart: it stays engaged (nothing).
    virtual std::optional<RecordedKill> engagedKillSwitch() = 0;
};

} // namespace virtuoso::trading
