#pragma once

#include "sim/market/SimTypes.h"

#include <QByteArray>

#include <cmath>

namespace virtuoso::sim {

// Formats integer ticks/lots of an instrument as Bybit's decimal strings ("27450.50") without
// going through floating point on the hot path.
class DecimalText
{
public:
    DecimalText() = default;
    DecimalText(double step, int decimals)
        : m_decimals(decimals < 0 ? 0 : (decimals > 12 ? 12 : decimals))
    {
        m_scale = 1;
        for (int i = 0; i < m_decimals; ++i)
            m_scale *= 10;
        m_stepUnits = std::llround(step * static_cast<double>(m_scale));
        if (m_stepUnits <= 0)
            m_stepUnits = 1;
    }

    static DecimalText price(const InstrumentSpec &spec) { return {spec.tickSize, spec.priceDecimals}; }
    static DecimalText quantity(const InstrumentSpec &spec) { return {spec.qtyStep, spec.qtyDecimals}; }

    void append(QByteArray &out, qint64 steps) const
    {
        qint64 units = steps * m_stepUnits;
        if (units < 0) {
            out += '-';
            units = -units;
        }
        char digits[32];
        int n = 0;
        const qint64 whole = units / m_scale;
        qint64 frac = units % m_scale;
        qint64 w = whole;
        do {
            digits[n++] = static_cast<char>('0' + w % 10);
            w /= 10;
        } while (w > 0);
        while (n > 0)
            out += digits[--n];
        if (m_decimals > 0) {
            out += '.';
            char fracDigits[16];
            for (int i = m_decimals - 1; i >= 0; --i) {
                fracDigits[i] = static_cast<char>('0' + frac % 10);
                frac /= 10;
            }
            out.append(fracDigits, m_decimals);
        }
    }

    QByteArray text(qint64 steps) const
    {
        QByteArray out;
        append(out, steps);
        return out;
    }

    double value(qint64 steps) const
    {
        return static_cast<double>(steps * m_stepUnits) / static_cast<double>(m_scale);
    }

private:
    int m_decimals = 0;
    qint64 m_scale = 1;
    qint64 m_stepUnits = 1;
};

} // namespace virtuoso::sim
