#include "model/trading/OrderSizing.h"

#include <cmath>
#include <cstdlib>

namespace virtuoso::trading {

namespace {

// Whole lots in `baseQuantity`, rounded down. A quantity that is a whole number of lots but lands
// a hair below it in binary (0.3 / 0.1 = 2.9999…) still counts as that number.
Lots floorLots(const exchange::InstrumentSpec &spec, double baseQuantity)
{
    const double lot = spec.quantity.toDouble(1);
    if (!(lot > 0) || !(baseQuantity > 0) || !std::isfinite(baseQuantity))
        return 0;
    const double lots = baseQuantity / lot;
    if (lots >= 9.0e15)
        return 0; // beyond any instrument's maximum: refused by its limits rather than overflowed
    return static_cast<Lots>(std::floor(lots * (1 + 1e-12)));
}

} // namespace

Lots lotsForNotional(const exchange::InstrumentSpec &spec, double notional, Ticks priceTicks)
{
    const double price = spec.price.toDouble(priceTicks);
    if (priceTicks <= 0 || !(notional > 0) || !(price > 0))
        return 0;
    return floorLots(spec, notional / price);
}

Lots lotsForRisk(const exchange::InstrumentSpec &spec, double equity, double riskPercent, Ticks entryTicks,
                 Ticks stopTicks)
{
    if (entryTicks <= 0 || stopTicks <= 0 || entryTicks == stopTicks || !(equity > 0) || !(riskPercent > 0))
        return 0;
    const double distance = spec.price.toDouble(std::llabs(entryTicks - stopTicks));
    return floorLots(spec, equity * riskPercent / 100.0 / distance);
}

} // namespace virtuoso::trading
