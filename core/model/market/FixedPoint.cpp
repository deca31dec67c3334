#include "model/market/FixedPoint.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <limits>

namespace virtuoso::exchange {

namespace {

constexpr std::uint64_t kMaxMagnitude = static_cast<std::uint64_t>(std::numeric_limits<qint64>::max());

// A decimal text split into sign, significant digits and a power of ten: ±mantissa × 10^exponent.
// Trailing zeros are folded into the exponent so long zero tails never overflow the mantissa.
struct Scientific
{
    bool negative = false;
    std::uint64_t mantissa = 0;
    int exponent = 0;
    NumberError error = NumberError::None;
};

Scientific splitNumber(std::string_view s)
{
    Scientific out;
    if (s.empty()) {
        out.error = NumberError::Empty;
        return out;
    }
    std::size_t i = 0;
    if (s[0] == '-' || s[0] == '+') {
        out.negative = s[0] == '-';
        ++i;
    }
    int digits = 0;
    int pendingZeros = 0;
    bool fraction = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            ++digits;
            if (fraction)
                --out.exponent;
            if (c == '0') {
                if (out.mantissa != 0)
                    ++pendingZeros;
                continue;
            }
            // Bring in the zeros seen since the last significant digit, then this digit.
            for (int z = 0; z <= pendingZeros; ++z) {
                if (__builtin_mul_overflow(out.mantissa, 10ULL, &out.mantissa)) {
                    out.error = NumberError::Overflow;
                    return out;
                }
            }
            pendingZeros = 0;
            if (__builtin_add_overflow(out.mantissa, static_cast<std::uint64_t>(c - '0'), &out.mantissa) ||
                out.mantissa > kMaxMagnitude) {
                out.error = NumberError::Overflow;
                return out;
            }
        } else if (c == '.') {
            if (fraction) {
                out.error = NumberError::Malformed;
                return out;
            }
            fraction = true;
        } else if (c == 'e' || c == 'E') {
            ++i;
            bool expNegative = false;
            if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
                expNegative = s[i] == '-';
                ++i;
            }
            if (i >= s.size()) {
                out.error = NumberError::Malformed;
                return out;
            }
            int e = 0;
            for (; i < s.size(); ++i) {
                if (s[i] < '0' || s[i] > '9') {
                    out.error = NumberError::Malformed;
                    return out;
                }
                if (e < 100000)
                    e = e * 10 + (s[i] - '0');
            }
            out.exponent += expNegative ? -e : e;
            break;
        } else {
            out.error = NumberError::Malformed;
            return out;
        }
    }
    if (digits == 0) {
        out.error = NumberError::Malformed;
        return out;
    }
    out.exponent += pendingZeros;
    if (out.mantissa == 0)
        out.exponent = 0;
    return out;
}

// mantissa × 10^k as a magnitude that fits qint64, or the reason it does not.
Exact<std::uint64_t> shift(std::uint64_t mantissa, int k)
{
    if (mantissa == 0)
        return {0, NumberError::None};
    if (k >= 0) {
        std::uint64_t v = 0;
        if (k >= static_cast<int>(kPowersOfTen.size()) || __builtin_mul_overflow(mantissa, kPowersOfTen[k], &v) ||
            v > kMaxMagnitude)
            return {0, NumberError::Overflow};
        return {v, NumberError::None};
    }
    if (-k >= static_cast<int>(kPowersOfTen.size()))
        return {0, NumberError::OffGrid}; // mantissa < 10^19, so a nonzero one cannot divide 10^20
    const std::uint64_t d = kPowersOfTen[-k];
    if (mantissa % d != 0)
        return {0, NumberError::OffGrid};
    return {mantissa / d, NumberError::None};
}

qint64 signedValue(bool negative, std::uint64_t magnitude)
{
    const auto v = static_cast<qint64>(magnitude);
    return negative ? -v : v;
}

std::size_t writeScaled(qint64 value, int scale, char *out, std::size_t capacity)
{
    char digits[24];
    int n = 0;
    std::uint64_t magnitude =
        value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    do {
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    while (n <= scale)
        digits[n++] = '0';
    const std::size_t length = static_cast<std::size_t>(n) + (value < 0 ? 1 : 0) + (scale > 0 ? 1 : 0);
    if (length > capacity)
        return 0;
    std::size_t p = 0;
    if (value < 0)
        out[p++] = '-';
    for (int i = n - 1; i >= 0; --i) {
        out[p++] = digits[i];
        if (i == scale && scale > 0)
            out[p++] = '.';
    }
    return p;
}

} // namespace

const char *numberErrorText(NumberError error)
{
    switch (error) {
    case NumberError::None:
        return "ok";
    case NumberError::Empty:
        return "empty number";
    case NumberError::Malformed:
        return "not a decimal number";
    case NumberError::OffGrid:
        return "not a multiple of the step";
    case NumberError::Overflow:
        return "number too large";
    case NumberError::Negative:
        return "negative number";
    }
    return "unknown number error";
}

Exact<qint64> parseScaled(std::string_view text, int scale)
{
    // Fast path for what exchanges send: unsigned digits with at most one point. Tight loops, one
    // multiply, no division; anything unusual (sign, exponent, long numbers) takes the general path.
    if (scale >= 0 && scale <= 18 && !text.empty() && text.size() <= 40) {
        const char *q = text.data();
        const char *const end = q + text.size();
        std::uint64_t v = 0;
        while (q < end && *q == '0')
            ++q; // leading zeros
        const char *const integerStart = q;
        unsigned d = 0;
        while (q < end && (d = static_cast<unsigned>(static_cast<unsigned char>(*q)) - '0') < 10u) {
            v = v * 10 + d;
            ++q;
        }
        const int integerDigits = static_cast<int>(q - integerStart);
        int fraction = 0;
        bool ok = q != text.data() && integerDigits <= 18; // at least one digit before any point
        if (q < end && *q == '.') {
            ++q;
            ok = true;
            while (q < end && fraction < scale &&
                   (d = static_cast<unsigned>(static_cast<unsigned char>(*q)) - '0') < 10u) {
                v = v * 10 + d;
                ++q;
                ++fraction;
            }
            while (q < end && *q == '0')
                ++q; // zeros beyond the scale carry no value
            ok = ok && (fraction > 0 || q - text.data() > 1 || integerDigits > 0 || text[0] == '0');
        }
        if (ok && q == end && integerDigits + scale <= 18)
            return {static_cast<qint64>(v * kPowersOfTen[scale - fraction]), NumberError::None};
    }
    const Scientific s = splitNumber(text);
    if (s.error != NumberError::None)
        return {0, s.error};
    const Exact<std::uint64_t> m = shift(s.mantissa, s.exponent + scale);
    if (!m)
        return {0, m.error};
    return {signedValue(s.negative, m.value), NumberError::None};
}

// ---- Decimal ----

Exact<Decimal> Decimal::parse(std::string_view text)
{
    const Scientific s = splitNumber(text);
    if (s.error != NumberError::None)
        return {{}, s.error};
    if (s.exponent >= 0) {
        const Exact<std::uint64_t> m = shift(s.mantissa, s.exponent);
        if (!m)
            return {{}, m.error};
        return {{signedValue(s.negative, m.value), 0}, NumberError::None};
    }
    if (-s.exponent > kMaxScale)
        return {{}, NumberError::Overflow};
    return {{signedValue(s.negative, s.mantissa), static_cast<std::int8_t>(-s.exponent)}, NumberError::None};
}

double Decimal::toDouble() const
{
    return static_cast<double>(units) / static_cast<double>(kPowersOfTen[scale < 0 ? 0 : scale]);
}

std::string Decimal::toString() const
{
    qint64 u = units;
    int sc = scale;
    while (sc > 0 && u % 10 == 0) {
        u /= 10;
        --sc;
    }
    char buffer[32];
    const std::size_t n = writeScaled(u, sc, buffer, sizeof buffer);
    return std::string(buffer, n);
}

Exact<qint64> Decimal::unitsAtScale(int targetScale) const
{
    const bool negative = units < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(units + 1)) + 1 : static_cast<std::uint64_t>(units);
    const Exact<std::uint64_t> m = shift(magnitude, targetScale - scale);
    if (!m)
        return {0, m.error};
    return {signedValue(negative, m.value), NumberError::None};
}

bool Decimal::equals(const Decimal &other) const
{
    auto normal = [](Decimal d) {
        while (d.scale > 0 && d.units % 10 == 0) {
            d.units /= 10;
            --d.scale;
        }
        if (d.units == 0)
            d.scale = 0;
        return d;
    };
    const Decimal a = normal(*this);
    const Decimal b = normal(other);
    return a.units == b.units && a.scale == b.scale;
}

// ---- DecimalGrid ----

DecimalGrid::DecimalGrid(qint64 stepUnits, int decimals)
    : m_stepUnits(stepUnits > 0 ? stepUnits : 1)
    , m_decimals(decimals < 0 ? 0 : (decimals > Decimal::kMaxScale ? Decimal::kMaxScale : decimals))
    , m_parseUnits(m_stepUnits)
    , m_parseDecimals(m_decimals)
{
    // Parse at the step's own precision (0.10 → 1 × 10^-1) so most grids need no division.
    while (m_parseDecimals > 0 && m_parseUnits % 10 == 0) {
        m_parseUnits /= 10;
        --m_parseDecimals;
    }
}

Exact<DecimalGrid> DecimalGrid::fromStep(std::string_view stepText)
{
    const Exact<Decimal> d = Decimal::parse(stepText);
    if (!d)
        return {{}, d.error};
    if (d.value.units < 0)
        return {{}, NumberError::Negative};
    if (d.value.units == 0)
        return {{}, NumberError::Malformed};
    return {DecimalGrid(d.value.units, d.value.scale), NumberError::None};
}

Exact<qint64> DecimalGrid::toSteps(std::string_view text) const
{
    const Exact<qint64> scaled = parseScaled(text, m_parseDecimals);
    if (!scaled || m_parseUnits == 1)
        return scaled;
    if (scaled.value % m_parseUnits != 0)
        return {0, NumberError::OffGrid};
    return {scaled.value / m_parseUnits, NumberError::None};
}

Exact<qint64> DecimalGrid::toNonNegativeSteps(std::string_view text) const
{
    if (!text.empty() && text[0] == '-') {
        const Exact<qint64> v = toSteps(text);
        if (v && v.value == 0)
            return v; // "-0" is zero
        return {0, v ? NumberError::Negative : v.error};
    }
    return toSteps(text);
}

Exact<qint64> DecimalGrid::toSteps(const Decimal &value) const
{
    const Exact<qint64> scaled = value.unitsAtScale(m_decimals);
    if (!scaled)
        return scaled;
    if (scaled.value % m_stepUnits != 0)
        return {0, NumberError::OffGrid};
    return {scaled.value / m_stepUnits, NumberError::None};
}

std::size_t DecimalGrid::format(qint64 steps, char *out, std::size_t capacity) const
{
    qint64 scaled = 0;
    if (__builtin_mul_overflow(steps, m_stepUnits, &scaled))
        return 0;
    return writeScaled(scaled, m_decimals, out, capacity);
}

void DecimalGrid::appendTo(QByteArray &out, qint64 steps) const
{
    char buffer[48];
    const std::size_t n = format(steps, buffer, sizeof buffer);
    out.append(buffer, static_cast<qsizetype>(n));
}

std::string DecimalGrid::format(qint64 steps) const
{
    char buffer[48];
    const std::size_t n = format(steps, buffer, sizeof buffer);
    return std::string(buffer, n);
}

Decimal DecimalGrid::toDecimal(qint64 steps) const
{
    qint64 scaled = 0;
    if (__builtin_mul_overflow(steps, m_stepUnits, &scaled))
        scaled = steps < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return {scaled, static_cast<std::int8_t>(m_decimals)};
}

double DecimalGrid::toDouble(qint64 steps) const
{
    return static_cast<double>(steps) * static_cast<double>(m_stepUnits) /
           static_cast<double>(kPowersOfTen[m_decimals]);
}

} // namespace virtuoso::exchange
