#pragma once
// The BTCUSDT of the trading tests: tick 0.1 and lot 0.001, so 1,000 ticks are 100.0 USDT, 1,000 lots
// one BTC, and ticks × lots × 1e-4 is USDT.
#include "model/market/InstrumentSpec.h"

namespace virtuoso::trading::fixtures {

inline exchange::InstrumentSpec btcSpec()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("BTCUSDT");
    s.price = exchange::DecimalGrid(1, 1);
    s.quantity = exchange::DecimalGrid(1, 3);
    s.minOrderLots = 1;
    s.maxOrderLots = 1'000'000;
    return s;
}

} // namespace virtuoso::trading::fixtures
