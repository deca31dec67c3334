#pragma once

#include "model/trading/OrderLedger.h"

namespace virtuoso::trading {

// Exact arithmetic on ticks × lots, shared by the position ledger and the matching engine.
inline Notional magnitude(Notional v)
{
    return v < 0 ? -v : v;
}

// a × b / c rounded to the nearest integer, halves away from zero (c > 0).
inline Notional scaledRound(Notional a, Notional b, Notional c)
{
    const Notional product = a * b;
    const Notional half = c / 2;
    return product >= 0 ? (product + half) / c : -((-product + half) / c);
}

} // namespace virtuoso::trading
