#pragma once

#include "trading/OrderManager.h"
#include "trading/TradingJournal.h"

namespace virtuoso::store {
class AuditLog;
}

namespace virtuoso::trading {

// The order manager's journal written to the audit log: ticks and lots become the instrument's
// decimal text, each event its typed row. Intents recorded before a restart come back with their
// prices and quantities on the grid again, so the order manager can look them up.
class AuditJournal final : public TradingJournal
{
public:
    AuditJournal(store::AuditLog &log, OrderManager::InstrumentLookup instruments);

    bool intent(const OrderIntent &intent, qint64 timeMs) override;
    void riskDecision(const OrderIntent &intent, const RiskDecision &decision, qint64 timeMs) override;
    void request(std::string_view what, std::string_view symbol, std::string_view orderLinkId, qint64 timeMs) override;
    void reply(std::string_view what, std::string_view symbol, std::string_view orderLinkId, const VenueReply &reply,
               qint64 timeMs) override;
    void orderUpdate(const OrderUpdate &update, qint64 timeMs) override;
    void execution(const Execution &execution, qint64 timeMs) override;
    void killSwitch(std::string_view action, std::string_view detail, qint64 timeMs) override;
    void venueState(bool up, std::string_view reason, qint64 timeMs) override;
    void note(std::string_view kind, std::string_view text, qint64 timeMs) override;
    std::vector<RecordedIntent> unfinishedIntents() override;
    std::optional<RecordedKill> engagedKillSwitch() override;

private:
    std::string price(const std::string &symbol, Ticks ticks) const;
    std::string quantity(const std::string &symbol, Lots lots) const;

    store::AuditLog &m_log;
    OrderManager::InstrumentLookup m_instruments;
};

} // namespace virtuoso::trading
