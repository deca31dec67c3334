#pragma once

#include "sim/market/SimTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace virtuoso::sim {

// How busy an instrument is: drives trade rate, trade and level sizes, open interest.
struct InstrumentActivity
{
    double turnover24hUsd = 200e6;
    double openInterestUsd = 150e6;
    double tradesPerSecond = 4;
};

// The instrument a symbol name stands for: one of the default instruments, or for any other
// `XXXUSDT` name a plausible instrument derived from the name alone (so large symbol sets work).
// Nothing for a name no exchange symbol can have (empty, longer than Symbol::kMaxLength, not ASCII).
std::optional<SimInstrument> instrumentForSymbol(const QString &symbol);
InstrumentActivity activityFor(const SimInstrument &instrument);

} // namespace virtuoso::sim
