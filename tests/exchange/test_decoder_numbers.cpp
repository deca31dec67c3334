#include "model/market/FixedPoint.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace virtuoso::exchange;

TEST(FixedPointTest, ParsesExactlyOntoTheGrid)
{
    const DecimalGrid half(5, 1); // tick 0.5
    EXPECT_EQ(half.toSteps("27450.50").value, 54901);
    EXPECT_EQ(half.toSteps("27450.5").value, 54901);
    EXPECT_EQ(half.toSteps("27450").value, 54900);
    EXPECT_EQ(half.toSteps("27450.").value, 54900);
    EXPECT_EQ(half.toSteps("0").value, 0);
    EXPECT_EQ(half.toSteps("0.0000000000000000000000000").value, 0);
    EXPECT_EQ(half.toSteps("27450.500000000000000000000").value, 54901);
    EXPECT_EQ(half.toSteps("-1.5").value, -3);
    EXPECT_EQ(half.toSteps("+1.5").value, 3);
    EXPECT_EQ(half.toSteps(".5").value, 1);
    EXPECT_EQ(half.toSteps("2.74505e4").value, 54901);

    const DecimalGrid lot(1, 3); // qty step 0.001
    EXPECT_EQ(lot.toSteps("0.001").value, 1);
    EXPECT_EQ(lot.toSteps("0.500").value, 500);
    EXPECT_EQ(lot.toSteps("100").value, 100000);
    EXPECT_EQ(lot.toSteps("1e-3").value, 1);

    const DecimalGrid tiny(1, 8);
    EXPECT_EQ(tiny.toSteps("1e-5").value, 1000);
    EXPECT_EQ(tiny.toSteps("0.00000001").value, 1);

    const DecimalGrid ten(10, 0); // a step of 10
    EXPECT_EQ(ten.toSteps("120").value, 12);
    EXPECT_EQ(ten.toSteps("125").error, NumberError::OffGrid);
}

TEST(FixedPointTest, RejectsOffGridMalformedAndHugeValues)
{
    const DecimalGrid half(5, 1);
    EXPECT_EQ(half.toSteps("27450.25").error, NumberError::OffGrid);
    EXPECT_EQ(half.toSteps("27450.55").error, NumberError::OffGrid);
    EXPECT_EQ(half.toSteps("1e-30").error, NumberError::OffGrid);
    EXPECT_EQ(half.toSteps("").error, NumberError::Empty);
    for (const char *bad : {"-", "+", ".", "1.2.3", "abc", "1e", "1e+", "--1", "1-", " 1", "1 ", "0x10", "1,5", "e5",
                            "1e5.5", "NaN", "inf", "１"}) {
        const Exact<qint64> v = half.toSteps(bad);
        EXPECT_EQ(v.error, NumberError::Malformed) << bad;
    }
    EXPECT_EQ(half.toSteps("99999999999999999999").error, NumberError::Overflow);
    EXPECT_EQ(half.toSteps("1e300").error, NumberError::Overflow);
    EXPECT_EQ(half.toSteps("1e99999999999999").error, NumberError::Overflow);
    EXPECT_EQ(DecimalGrid(1, 18).toSteps("100").error, NumberError::Overflow);
    EXPECT_EQ(half.toNonNegativeSteps("-1").error, NumberError::Negative);
    EXPECT_TRUE(half.toNonNegativeSteps("-0").ok());
    EXPECT_STRNE(numberErrorText(NumberError::OffGrid), "");
}

TEST(FixedPointTest, FormatsWithTheInstrumentsDecimals)
{
    const DecimalGrid price(50, 2); // tick 0.5 printed with 2 decimals
    EXPECT_EQ(price.format(54901), "27450.50");
    EXPECT_EQ(price.format(0), "0.00");
    EXPECT_EQ(price.format(-1), "-0.50");
    EXPECT_EQ(DecimalGrid(1, 4).format(19531), "1.9531");
    EXPECT_EQ(DecimalGrid(1, 4).format(5), "0.0005");
    EXPECT_EQ(DecimalGrid(1, 0).format(6203), "6203");
    EXPECT_EQ(DecimalGrid(10, 0).format(12), "120");
    char small[4];
    EXPECT_EQ(price.format(54901, small, sizeof small), 0u);
    EXPECT_EQ(price.format(std::numeric_limits<qint64>::max()), "");
}

TEST(FixedPointTest, AppendsTheSameTextToBytes)
{
    QByteArray out = "p=";
    DecimalGrid(10, 2).appendTo(out, 965001); // tick 0.10 printed with 2 decimals
    out += ',';
    DecimalGrid(1, 7).appendTo(out, 192000);
    out += ',';
    DecimalGrid(5, 1).appendTo(out, -3);
    out += ',';
    DecimalGrid(1, 3).appendTo(out, 0);
    out += ',';
    DecimalGrid(100, 0).appendTo(out, 62);
    EXPECT_EQ(out, QByteArray("p=96500.10,0.0192000,-1.5,0.000,6200"));
    // A value the grid cannot print appends nothing.
    QByteArray unchanged = "x";
    DecimalGrid(5, 1).appendTo(unchanged, std::numeric_limits<qint64>::max());
    EXPECT_EQ(unchanged, QByteArray("x"));
}

TEST(FixedPointTest, GridFromStepText)
{
    auto g = DecimalGrid::fromStep("0.5");
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g.value.stepUnits(), 5);
    EXPECT_EQ(g.value.decimals(), 1);
    EXPECT_EQ(DecimalGrid::fromStep("0.0001").value, DecimalGrid(1, 4));
    EXPECT_EQ(DecimalGrid::fromStep("10").value, DecimalGrid(10, 0));
    EXPECT_EQ(DecimalGrid::fromStep("0").error, NumberError::Malformed);
    EXPECT_EQ(DecimalGrid::fromStep("-0.5").error, NumberError::Negative);
    EXPECT_EQ(DecimalGrid::fromStep("x").error, NumberError::Malformed);
}

TEST(FixedPointTest, DecimalIsExact)
{
    const auto d = Decimal::parse("-0.000212");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.value.units, -212);
    EXPECT_EQ(d.value.scale, 6);
    EXPECT_EQ(d.value.toString(), "-0.000212");
    EXPECT_DOUBLE_EQ(d.value.toDouble(), -0.000212);
    EXPECT_EQ(Decimal::parse("17217.330").value.toString(), "17217.33");
    EXPECT_EQ(Decimal::parse("1e-5").value.toString(), "0.00001");
    EXPECT_EQ(Decimal::parse("1200").value.toString(), "1200");
    EXPECT_TRUE(Decimal::parse("1.50").value.equals(Decimal::parse("1.5").value));
    EXPECT_FALSE(Decimal::parse("1.51").value.equals(Decimal::parse("1.5").value));
    EXPECT_EQ(Decimal::parse("1e-30").error, NumberError::Overflow);
    EXPECT_EQ(Decimal::parse("1.25").value.unitsAtScale(4).value, 12500);
    EXPECT_EQ(Decimal::parse("1.25").value.unitsAtScale(1).error, NumberError::OffGrid);
    EXPECT_EQ(DecimalGrid(5, 1).toSteps(Decimal::parse("2.5").value).value, 5);
}

// Round trip against an independent integer model over many random values and grids.
TEST(FixedPointTest, RandomRoundTrip)
{
    std::mt19937_64 rng(20241201);
    for (int i = 0; i < 20000; ++i) {
        const int decimals = static_cast<int>(rng() % 9);
        const qint64 stepUnits = static_cast<qint64>(1 + rng() % 50);
        const DecimalGrid grid(stepUnits, decimals);
        const qint64 steps = static_cast<qint64>(rng() % 100000000) - 50000000;
        const std::string text = grid.format(steps);
        const Exact<qint64> back = grid.toSteps(text);
        ASSERT_TRUE(back.ok()) << text;
        ASSERT_EQ(back.value, steps) << text;
        const Exact<qint64> scaled = parseScaled(text, decimals);
        ASSERT_EQ(scaled.value, steps * stepUnits) << text;
    }
}
