#pragma once

#include "model/trading/ExecIdWindow.h"
#include "model/trading/OrderLedger.h"

#include <map>
#include <string>

namespace virtuoso::trading {

// One symbol's position in one-way mode, from its fills. Money is kept in exact units: prices ×
// quantities in ticks × lots of the instrument (turned into the quote coin with its grids by the
// caller), fees in 10^-12 of the settle coin (finer fees are rounded to it).
struct Position
{
    static constexpr int kFeeScale = 12;

    std::string symbol;
    Lots size = 0;              // > 0 long, < 0 short
    Notional entryNotional = 0; // ticks × lots paid for the open size (always >= 0)
    Notional realised = 0;      // ticks × lots gained by closing, since the ledger started
    Notional fees = 0;          // in 10^-12 of the settle coin; negative when rebates exceed fees
    Notional turnover = 0;      // ticks × lots traded
    int fills = 0;

    // The average entry in ticks (fractional), 0 when flat.
    double averageEntryTicks() const;
    // What closing the whole position at `markTicks` would gain, in ticks × lots.
    Notional unrealised(Ticks markTicks) const;
};

// Positions of one account, built from its fills, each counted once by execId. Closing part of a
// position realises the difference to its average entry; the cost basis taken out is rounded to a
// whole tick × lot and the remainder stays with the open part, so a position closed in full has
// realised exactly what its fills say. A fill past zero closes the position and opens the other
// side at its own price.
class PositionLedger
{
public:
    // False when the fill was counted before, or is malformed (no execId, quantity or price).
    // `nowMs`: when it was reported (0: the latest time given).
    bool apply(const Execution &execution, qint64 nowMs = 0);
    // Lets go of the execIds no source can report again (ExecIdWindow), remembered `keepMs`.
    void forgetFills(qint64 nowMs) { m_execIds.forget(nowMs); }
    void setExecIdsForMs(qint64 keepMs) { m_execIds.setKeepMs(keepMs); }
    const ExecIdWindow &execIds() const { return m_execIds; }

    const Position *find(const std::string &symbol) const;
    const std::map<std::string, Position> &positions() const { return m_positions; }
    Notional totalRealised() const;

private:
    std::map<std::string, Position> m_positions;
    ExecIdWindow m_execIds;
};

} // namespace virtuoso::trading
