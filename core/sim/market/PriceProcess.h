#pragma once

#include "sim/market/MarketRandom.h"

#include <QtGlobal>

namespace virtuoso::sim {

// The "fair" price a symbol's book gravitates to: a log-price diffusion whose regime (quiet range,
// trend up or down, volatility burst) switches after random durations.
class PriceProcess
{
public:
    enum class Regime { Range, TrendUp, TrendDown, Burst };

    void initialize(MarketRandom &random, double price, double dailyVolatility, qint64 nowMs, int stepsPerSecond);
    void step(MarketRandom &random, qint64 nowMs);
    void startBurst(MarketRandom &random, qint64 nowMs, int seconds);
    // Moves the fair price by `delta` price units (the lasting part of a taker's impact).
    void shift(double delta);

    double price() const { return m_price; }
    Regime regime() const { return m_regime; }
    // +1 while trending or bursting upwards, -1 downwards, 0 in a range.
    double direction() const;
    // How much busier the tape is than usual in this regime.
    double activity() const { return m_regime == Regime::Burst ? 3.0 : m_regime == Regime::Range ? 0.8 : 1.2; }
    bool bursting() const { return m_regime == Regime::Burst; }

private:
    void enter(MarketRandom &random, Regime regime, qint64 nowMs, qint64 durationMs);
    void chooseNext(MarketRandom &random, qint64 nowMs);

    Regime m_regime = Regime::Range;
    qint64 m_regimeEndMs = 0;
    double m_logPrice = 0;
    double m_price = 0;
    double m_anchorLog = 0; // range centre
    double m_homeLog = 0;   // the start price: a very weak pull keeps long runs plausible
    double m_driftPerDay = 0;
    double m_volatilityFactor = 1;
    double m_dailyVolatility = 0.03;
    double m_stepDays = 1.0 / (86400.0 * 50);
    double m_burstDirection = 1;
};

} // namespace virtuoso::sim
