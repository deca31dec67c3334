#include "model/trading/PositionLedger.h"

#include "model/trading/NotionalMath.h"

#include <cstdlib>

namespace virtuoso::trading {

namespace {

// A fee in 10^-kFeeScale of the coin: exact up to that many decimals, rounded beyond.
Notional feeUnits(const exchange::Decimal &fee)
{
    const int scale = fee.scale;
    if (scale <= Position::kFeeScale)
        return static_cast<Notional>(fee.units) *
               static_cast<Notional>(exchange::kPowersOfTen[Position::kFeeScale - scale]);
    return scaledRound(fee.units, 1, static_cast<Notional>(exchange::kPowersOfTen[scale - Position::kFeeScale]));
}

} // namespace

double Position::averageEntryTicks() const
{
    return size == 0 ? 0.0 : static_cast<double>(entryNotional) / static_cast<double>(std::llabs(size));
}

Notional Position::unrealised(Ticks markTicks) const
{
    if (size == 0)
        return 0;
    const Notional markValue = static_cast<Notional>(markTicks) * magnitude(size);
    return size > 0 ? markValue - entryNotional : entryNotional - markValue;
}

bool PositionLedger::apply(const Execution &execution, qint64 nowMs)
{
    if (execution.execId.empty() || execution.quantity <= 0 || execution.price <= 0)
        return false;
    if (!m_execIds.admit(execution.execId, execution.timeMs, nowMs))
        return false;

    Position &p = m_positions[execution.symbol];
    p.symbol = execution.symbol;
    p.fees += feeUnits(execution.fee);
    p.turnover += static_cast<Notional>(execution.price) * execution.quantity;
    ++p.fills;

    const Lots signedQty = execution.side == Side::Buy ? execution.quantity : -execution.quantity;
    if (p.size == 0 || (p.size > 0) == (signedQty > 0)) {
        // Opening or adding: the cost basis grows by what this fill paid.
        p.size += signedQty;
        p.entryNotional += static_cast<Notional>(execution.price) * execution.quantity;
        return true;
    }
    // Reducing, closing, or closing and opening the other side.
    const Lots open = std::llabs(p.size);
    const Lots closing = std::min<Lots>(open, execution.quantity);
    const Notional basis = closing == open ? p.entryNotional : scaledRound(p.entryNotional, closing, open);
    const Notional exitValue = static_cast<Notional>(execution.price) * closing;
    p.realised += p.size > 0 ? exitValue - basis : basis - exitValue;
    p.entryNotional -= basis;
    p.size += p.size > 0 ? -closing : closing;
    const Lots beyond = execution.quantity - closing;
    if (beyond > 0) {
        p.size = signedQty > 0 ? beyond : -beyond;
        p.entryNotional = static_cast<Notional>(execution.price) * beyond;
    }
    if (p.size == 0)
        p.entryNotional = 0;
    return true;
}

const Position *PositionLedger::find(const std::string &symbol) const
{
    const auto it = m_positions.find(symbol);
    return it == m_positions.end() ? nullptr : &it->second;
}

Notional PositionLedger::totalRealised() const
{
    Notional total = 0;
    for (const auto &[symbol, p] : m_positions)
        total += p.realised;
    return total;
}

} // namespace virtuoso::trading
