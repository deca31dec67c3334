#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

QT_BEGIN_NAMESPACE
class QByteArray;
QT_END_NAMESPACE

namespace virtuoso::exchange {

// 10^0 … 10^19: every power of ten an unsigned 64-bit integer holds.
inline constexpr std::array<std::uint64_t, 20> kPowersOfTen = {
    1ULL,
    10ULL,
    100ULL,
    1000ULL,
    10000ULL,
    100000ULL,
    1000000ULL,
    10000000ULL,
    100000000ULL,
    1000000000ULL,
    10000000000ULL,
    100000000000ULL,
    1000000000000ULL,
    10000000000000ULL,
    100000000000000ULL,
    1000000000000000ULL,
    10000000000000000ULL,
    100000000000000000ULL,
    1000000000000000000ULL,
    10000000000000000000ULL,
};

// Prices are integers of the instrument's tick size and quantities integers of its qty step, so
// books never key on floating point and replaying the exchange's strings is exact.
using Ticks = qint64;
using Lots = qint64;

enum class NumberError : std::uint8_t {
    None,
    Empty,     // "" where a number was expected
    Malformed, // not a decimal number ("1.2.3", "abc", "1e", "--1")
    OffGrid,   // a valid number that is not a whole multiple of the step ("27450.25" with tick 0.5)
    Overflow,  // does not fit 64 bits at the required scale
    Negative,  // a sign where only non-negative values make sense (sizes)
};

// A short English reason for logs and DecodeError details.
const char *numberErrorText(NumberError error);

// The result of an exact conversion: a value or the reason there is none.
template<typename T>
struct Exact
{
    T value{};
    NumberError error = NumberError::None;

    bool ok() const { return error == NumberError::None; }
    explicit operator bool() const { return ok(); }
};

// An exact decimal: value = units × 10^-scale. Used for fields that are not on an instrument's
// grid (mark/index prices, funding rates, turnover); converted to double only by consumers.
struct Decimal
{
    qint64 units = 0;
    std::int8_t scale = 0; // digits after the point, 0..18

    static constexpr int kMaxScale = 18;

    // Parses "27450.50", "-0.000212", "1e-5", "0"; exact or an error, never rounds.
    static Exact<Decimal> parse(std::string_view text);

    double toDouble() const;
    // Shortest exact text, e.g. "17217.33", "-0.000212", "8".
    std::string toString() const;
    // The value at another scale; OffGrid when precision would be lost, Overflow when too large.
    Exact<qint64> unitsAtScale(int targetScale) const;
    // Numeric equality regardless of scale (1.50 == 1.5).
    bool equals(const Decimal &other) const;
};

// The step grid of an instrument's price or quantity: step = stepUnits × 10^-decimals
// ("0.5" → 5 × 10^-1, "0.0001" → 1 × 10^-4, "10" → 10 × 10^0).
class DecimalGrid
{
public:
    DecimalGrid() = default; // step 1, decimals 0
    DecimalGrid(qint64 stepUnits, int decimals);

    // The grid of a step text such as "0.5" or "0.001"; Malformed/Negative/zero step → error.
    static Exact<DecimalGrid> fromStep(std::string_view stepText);

    // "27450.50" → 54901 ticks of 0.5. Exact: off-grid values are an error, never rounded.
    // Accepts a leading '-', fraction digits beyond `decimals` only when they are zeros, and an
    // exponent ("2.745e4"). No floating point on this path.
    Exact<qint64> toSteps(std::string_view text) const;
    // As toSteps() but a negative value is an error (sizes, quantities).
    Exact<qint64> toNonNegativeSteps(std::string_view text) const;
    // A Decimal already parsed, onto this grid.
    Exact<qint64> toSteps(const Decimal &value) const;

    // Fixed text with exactly `decimals` digits after the point, as Bybit prints it ("27450.50").
    std::string format(qint64 steps) const;
    // Writes the same text into `out` (no terminator); returns the length, or 0 when `capacity` is short.
    std::size_t format(qint64 steps, char *out, std::size_t capacity) const;
    // Appends the same text to `out` (frames of the stream are built this way, without a temporary).
    void appendTo(QByteArray &out, qint64 steps) const;
    Decimal toDecimal(qint64 steps) const;
    // For indicators only; books and matching stay in integer steps.
    double toDouble(qint64 steps) const;

    qint64 stepUnits() const { return m_stepUnits; }
    int decimals() const { return m_decimals; }
    // The step at its own precision (0.10 at 2 decimals → 1 at 1 decimal): steps of a value are
    // its integer at parseDecimals() digits divided by parseUnits().
    qint64 parseUnits() const { return m_parseUnits; }
    int parseDecimals() const { return m_parseDecimals; }
    // The step itself as text ("0.5").
    std::string stepText() const { return format(1); }

    bool operator==(const DecimalGrid &other) const = default;

private:
    qint64 m_stepUnits = 1;
    int m_decimals = 0;
    // The same step with trailing decimal zeros removed (0.10 → 1, 1 decimal), for parsing.
    qint64 m_parseUnits = 1;
    int m_parseDecimals = 0;
};

// Exact parse of `text` scaled by 10^scale ("1.25", 2 → 125). Building block of the above.
Exact<qint64> parseScaled(std::string_view text, int scale);

} // namespace virtuoso::exchange
