#pragma once

#include <cstdint>

namespace virtuoso::confluence {

// One closed candle. Prices and volumes are doubles here: indicators are floating-point arithmetic
// and follow TA-Lib's double-precision definitions.
struct Candle
{
    std::int64_t openTimeMs = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;
};

} // namespace virtuoso::confluence
