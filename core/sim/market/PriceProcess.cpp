#include "sim/market/PriceProcess.h"

#include <algorithm>
#include <cmath>

namespace virtuoso::sim {

namespace {
constexpr double kRangeReversionPerDay = 100.0; // half-life of about ten minutes
constexpr double kHomeReversionPerDay = 0.25;
constexpr qint64 kMinuteMs = 60000;
} // namespace

void PriceProcess::initialize(MarketRandom &random, double price, double dailyVolatility, qint64 nowMs,
                              int stepsPerSecond)
{
    m_logPrice = std::log(price);
    m_price = price;
    m_homeLog = m_logPrice;
    m_dailyVolatility = dailyVolatility;
    m_stepDays = 1.0 / (86400.0 * std::max(1, stepsPerSecond));
    enter(random, Regime::Range, nowMs, static_cast<qint64>(random.exponential(20.0) * kMinuteMs) + 3 * kMinuteMs);
}

double PriceProcess::direction() const
{
    switch (m_regime) {
    case Regime::TrendUp:
        return 1;
    case Regime::TrendDown:
        return -1;
    case Regime::Burst:
        return m_burstDirection;
    case Regime::Range:
        break;
    }
    return 0;
}

void PriceProcess::enter(MarketRandom &random, Regime regime, qint64 nowMs, qint64 durationMs)
{
    m_regime = regime;
    m_regimeEndMs = nowMs + std::max<qint64>(durationMs, 1000);
    m_anchorLog = m_logPrice;
    switch (regime) {
    case Regime::Range:
        m_driftPerDay = 0;
        m_volatilityFactor = random.uniform(0.5, 0.9);
        break;
    case Regime::TrendUp:
    case Regime::TrendDown:
        m_driftPerDay = (regime == Regime::TrendUp ? 1 : -1) * m_dailyVolatility * random.uniform(4, 10);
        m_volatilityFactor = random.uniform(0.9, 1.3);
        break;
    case Regime::Burst:
        m_burstDirection = random.chance(0.5) ? 1 : -1;
        m_driftPerDay = m_burstDirection * m_dailyVolatility * random.uniform(15, 40);
        m_volatilityFactor = random.uniform(2.5, 4.5);
        break;
    }
}

void PriceProcess::chooseNext(MarketRandom &random, qint64 nowMs)
{
    const double u = random.uniform();
    const auto minutes = [&](double mean) { return static_cast<qint64>((3.0 + random.exponential(mean)) * kMinuteMs); };
    const auto burstLength = [&] { return static_cast<qint64>(random.uniform(20, 120) * 1000); };
    switch (m_regime) {
    case Regime::Range:
        if (u < 0.8)
            enter(random, random.chance(0.5) ? Regime::TrendUp : Regime::TrendDown, nowMs, minutes(20));
        else
            enter(random, Regime::Burst, nowMs, burstLength());
        break;
    case Regime::TrendUp:
    case Regime::TrendDown:
        if (u < 0.7)
            enter(random, Regime::Range, nowMs, minutes(30));
        else if (u < 0.9)
            enter(random, Regime::Burst, nowMs, burstLength());
        else
            enter(random, m_regime == Regime::TrendUp ? Regime::TrendDown : Regime::TrendUp, nowMs, minutes(15));
        break;
    case Regime::Burst: {
        const Regime follow = u < 0.6 ? Regime::Range : (m_burstDirection > 0 ? Regime::TrendUp : Regime::TrendDown);
        enter(random, follow, nowMs, minutes(follow == Regime::Range ? 30 : 15));
        break;
    }
    }
}

void PriceProcess::startBurst(MarketRandom &random, qint64 nowMs, int seconds)
{
    enter(random, Regime::Burst, nowMs, static_cast<qint64>(std::max(1, seconds)) * 1000);
}

void PriceProcess::step(MarketRandom &random, qint64 nowMs)
{
    if (nowMs >= m_regimeEndMs)
        chooseNext(random, nowMs);
    double pull = -kHomeReversionPerDay * (m_logPrice - m_homeLog);
    if (m_regime == Regime::Range)
        pull -= kRangeReversionPerDay * (m_logPrice - m_anchorLog);
    const double sigma = m_dailyVolatility * m_volatilityFactor * std::sqrt(m_stepDays);
    m_logPrice += (m_driftPerDay + pull) * m_stepDays + sigma * random.normal();
    m_price = std::exp(m_logPrice);
}

void PriceProcess::shift(double delta)
{
    const double moved = std::max(m_price + delta, m_price * 0.5);
    m_price = moved;
    m_logPrice = std::log(moved);
}

} // namespace virtuoso::sim
