#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/trading/OrderLedger.h"

namespace virtuoso::trading {

// How an order's size is chosen on the ticket: in contracts (lots of the base coin), as a notional in
// the quote coin, or as the share of the equity lost if the stop is hit.
enum class SizingMode : std::uint8_t { Contracts, Notional, RiskPercent };

// Lots worth `notional` (quote coin) at `priceTicks`, rounded DOWN to the lot step: never more
// than asked. 0 when the price is unknown or the notional is not positive.
Lots lotsForNotional(const exchange::InstrumentSpec &spec, double notional, Ticks priceTicks);

// Lots that lose `riskPercent` % of `equity` if the price goes from the entry to the stop:
// size = equity × pct / |entry − stop|, rounded DOWN to the lot step, so the loss at the stop never
// exceeds the share (fees aside). 0 when the entry equals the stop, or anything is missing.
Lots lotsForRisk(const exchange::InstrumentSpec &spec, double equity, double riskPercent, Ticks entryTicks,
                 Ticks stopTicks);

} // namespace virtuoso::trading
