#pragma once

#include "model/market/FixedPoint.h"
#include "model/market/Symbol.h"

#include <string>

namespace virtuoso::exchange {

// One instrument as the exchange lists it in instruments-info: its name, the grids its prices and
// quantities lie on, its coins and its order limits. The connector reads it from the exchange; the
// simulator describes its own instruments with it and prints prices and sizes with its grids.
struct InstrumentSpec
{
    Symbol symbol;
    DecimalGrid price;    // priceFilter.tickSize (at priceScale decimals)
    DecimalGrid quantity; // lotSizeFilter.qtyStep
    std::string status;   // "Trading", "PreLaunch", "Settling", ...
    std::string baseCoin;
    std::string quoteCoin;
    std::string contractType; // "LinearPerpetual", ...
    Lots minOrderLots = 0;
    Lots maxOrderLots = 0;
    int fundingIntervalMinutes = 0;
};

} // namespace virtuoso::exchange
