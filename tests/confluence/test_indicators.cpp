// Indicators against TA-Lib reference values (tests/data/reference, made by make_reference.mjs)
// and against straightforward whole-window recomputations for those TA-Lib does not define.
#include "model/confluence/IndicatorSet.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <map>

using namespace virtuoso::confluence;

namespace {

std::vector<Candle> loadBtcCandles()
{
    QFile file(virtuoso::test::dataFile(QStringLiteral("market/btc_klines_1m.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    std::vector<Candle> out;
    for (const auto &row : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonArray a = row.toArray();
        out.push_back({static_cast<std::int64_t>(a.at(0).toDouble()), a.at(1).toDouble(), a.at(2).toDouble(),
                       a.at(3).toDouble(), a.at(4).toDouble(), a.at(5).toDouble()});
    }
    return out;
}

struct ReferenceTable
{
    std::vector<std::string> names;
    std::vector<std::vector<double>> rows; // NaN where TA-Lib has no value
};

ReferenceTable loadReference()
{
    QFile file(virtuoso::test::dataFile(QStringLiteral("reference/talib_btc_1m.csv")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    ReferenceTable table;
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    for (const auto &h : header)
        table.names.push_back(h.toStdString());
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        std::vector<double> row;
        for (const QByteArray &cell : line.split(',')) {
            double v = NAN;
            if (!cell.isEmpty())
                std::from_chars(cell.constData(), cell.constData() + cell.size(), v);
            row.push_back(v);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

struct Accessor
{
    std::function<bool(const IndicatorSet &)> ready;
    std::function<double(const IndicatorSet &)> value;
};

std::map<std::string, Accessor> accessors()
{
    return {
        {"sma20", {[](auto &s) { return s.sma20.ready(); }, [](auto &s) { return s.sma20.value(); }}},
        {"ema20", {[](auto &s) { return s.ema20.ready(); }, [](auto &s) { return s.ema20.value(); }}},
        {"ema50", {[](auto &s) { return s.ema50.ready(); }, [](auto &s) { return s.ema50.value(); }}},
        {"rsi14", {[](auto &s) { return s.rsi14.warmup().ready(); }, [](auto &s) { return s.rsi14.value(); }}},
        {"macd", {[](auto &s) { return s.macd.warmup().ready(); }, [](auto &s) { return s.macd.macd(); }}},
        {"macd_signal", {[](auto &s) { return s.macd.warmup().ready(); }, [](auto &s) { return s.macd.signal(); }}},
        {"macd_hist", {[](auto &s) { return s.macd.warmup().ready(); }, [](auto &s) { return s.macd.histogram(); }}},
        {"cci20", {[](auto &s) { return s.cci20.warmup().ready(); }, [](auto &s) { return s.cci20.value(); }}},
        {"willr14", {[](auto &s) { return s.willr14.warmup().ready(); }, [](auto &s) { return s.willr14.value(); }}},
        {"atr14", {[](auto &s) { return s.atr14.warmup().ready(); }, [](auto &s) { return s.atr14.value(); }}},
        {"plus_di14", {[](auto &s) { return s.dmi14.diWarmup().ready(); }, [](auto &s) { return s.dmi14.plusDi(); }}},
        {"minus_di14", {[](auto &s) { return s.dmi14.diWarmup().ready(); }, [](auto &s) { return s.dmi14.minusDi(); }}},
        {"adx14", {[](auto &s) { return s.dmi14.warmup().ready(); }, [](auto &s) { return s.dmi14.adx(); }}},
        {"obv", {[](auto &s) { return s.obv.warmup().ready(); }, [](auto &s) { return s.obv.value(); }}},
        {"ad", {[](auto &s) { return s.ad.warmup().ready(); }, [](auto &s) { return s.ad.value(); }}},
        {"ao", {[](auto &s) { return s.ao.warmup().ready(); }, [](auto &s) { return s.ao.value(); }}},
        {"cmf20", {[](auto &s) { return s.cmf20.warmup().ready(); }, [](auto &s) { return s.cmf20.value(); }}},
        {"relvol20", {[](auto &s) { return s.relvol20.warmup().ready(); }, [](auto &s) { return s.relvol20.value(); }}},
    };
}

// |a - b| relative to |b|; two exact zeros agree.
double relativeError(double a, double b)
{
    if (a == b)
        return 0;
    return std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b));
}

} // namespace

TEST(IndicatorReference, EveryStandardIndicatorMatchesTaLibToOneInABillion)
{
    const auto candles = loadBtcCandles();
    const auto reference = loadReference();
    ASSERT_EQ(candles.size(), 13681u);
    ASSERT_EQ(reference.rows.size(), candles.size());
    const auto table = accessors();
    ASSERT_EQ(reference.names.size(), table.size() + 1) << "a reference column has no accessor";

    std::map<std::string, double> worst;
    std::map<std::string, long long> compared;
    IndicatorSet set;
    for (size_t i = 0; i < candles.size(); ++i) {
        set.update(candles[i]);
        const auto &row = reference.rows[i];
        ASSERT_EQ(static_cast<std::int64_t>(row[0]), candles[i].openTimeMs);
        for (size_t col = 1; col < reference.names.size(); ++col) {
            const std::string &name = reference.names[col];
            const Accessor &accessor = table.at(name);
            const double expected = row[col];
            ASSERT_EQ(accessor.ready(set), !std::isnan(expected)) << name << " readiness differs at candle " << i;
            if (std::isnan(expected))
                continue;
            const double error = relativeError(accessor.value(set), expected);
            worst[name] = std::max(worst[name], error);
            ++compared[name];
            ASSERT_LE(error, 1e-9) << name << " at candle " << i << ": " << accessor.value(set) << " vs TA-Lib "
                                   << expected;
        }
    }
    for (const auto &[name, error] : worst) {
        EXPECT_GT(compared[name], 13000) << name;
        std::printf("%-12s %lld values, worst relative error %.3g\n", name.c_str(), compared[name], error);
    }
}

TEST(IndicatorRecomputation, VwapMatchesAWholeWindowRecomputation)
{
    const auto candles = loadBtcCandles();
    SessionVwap session;
    RollingVwap rolling(20);
    for (size_t i = 0; i < candles.size(); ++i) {
        session.update(candles[i]);
        rolling.update(candles[i]);
        const std::int64_t day = candles[i].openTimeMs / 86'400'000;
        double pv = 0, v = 0;
        for (size_t j = i + 1; j-- > 0 && candles[j].openTimeMs / 86'400'000 == day;) {
            pv += (candles[j].high + candles[j].low + candles[j].close) / 3 * candles[j].volume;
            v += candles[j].volume;
        }
        ASSERT_LE(relativeError(session.value(), pv / v), 1e-9) << "session VWAP at candle " << i;
        ASSERT_EQ(rolling.warmup().ready(), i >= 19);
        if (i < 19)
            continue;
        pv = v = 0;
        for (size_t j = i - 19; j <= i; ++j) {
            pv += (candles[j].high + candles[j].low + candles[j].close) / 3 * candles[j].volume;
            v += candles[j].volume;
        }
        ASSERT_LE(relativeError(rolling.value(), pv / v), 1e-9) << "rolling VWAP at candle " << i;
    }
}

TEST(IndicatorRecomputation, VolumeProfileMatchesARebuiltProfile)
{
    const auto candles = loadBtcCandles();
    const int period = 120;
    const double bin = IndicatorSet::profileBinFor(candles.front().close);
    CandleVolumeProfile incremental(period, bin);
    for (size_t i = 0; i < 3000; ++i) {
        incremental.update(candles[i]);
        if (i + 1 < static_cast<size_t>(period) || i % 37 != 0)
            continue;
        std::map<std::int64_t, double> bins;
        double total = 0;
        for (size_t j = i + 1 - period; j <= i; ++j) {
            const double typical = (candles[j].high + candles[j].low + candles[j].close) / 3;
            bins[static_cast<std::int64_t>(std::floor(typical / bin))] += candles[j].volume;
            total += candles[j].volume;
        }
        std::int64_t pocBin = bins.begin()->first;
        for (const auto &[b, v] : bins)
            if (v > bins[pocBin] * (1 + 1e-12))
                pocBin = b;
        const ValueArea area = incremental.profile().valueArea(0.7);
        ASSERT_DOUBLE_EQ(area.poc, (static_cast<double>(pocBin) + 0.5) * bin) << "candle " << i;
        double inside = 0;
        for (const auto &[b, v] : bins)
            if ((static_cast<double>(b) + 0.5) * bin > area.low && (static_cast<double>(b) + 0.5) * bin < area.high)
                inside += v;
        EXPECT_GE(inside, 0.7 * total * (1 - 1e-9)) << "value area holds less than 70% at candle " << i;
        EXPECT_LE(area.low, area.poc);
        EXPECT_GE(area.high, area.poc);
    }
}

// Found by fuzz_candles_recordings: a candle at 6e19 in a profile of 1e-6 bins (its bin size set by
// the first price) had a bin index beyond 64 bits. Such a price is left out, on the way in and out.
TEST(IndicatorRecomputation, APriceBeyondTheProfilesBinsIsLeftOut)
{
    CandleVolumeProfile profile(2, IndicatorSet::profileBinFor(0.00196));
    profile.update({0, 0.00196, 0.00197, 0.00195, 0.00196, 10});
    profile.update({60'000, 1, 6e19, 6e19, 6e19, 1000}); // typical price 6e19: 6e25 bins from zero
    EXPECT_DOUBLE_EQ(profile.profile().totalVolume(), 10);
    EXPECT_NEAR(profile.profile().pointOfControl(), 0.0019605, 1e-9);
    profile.update({120'000, 0.00196, 0.00196, 0.00196, 0.00196, 5}); // the first candle leaves
    profile.update({180'000, 0.00196, 0.00196, 0.00196, 0.00196, 5}); // the huge one leaves, untouched
    EXPECT_DOUBLE_EQ(profile.profile().totalVolume(), 10);
    EXPECT_NEAR(profile.profile().pointOfControl(), 0.0019605, 1e-9);

    IndicatorSet set;
    set.update({0, 0.00196, 0.00197, 0.00195, 0.00196, 10});
    set.update({60'000, 1, 6e19, 6e19, 6e19, 1000});
    EXPECT_FALSE(set.jsonLine(IndicatorSet::AllGroups).empty());
}

TEST(IndicatorWarmup, ReportsHaveAndNeedUntilReady)
{
    Rsi rsi(14);
    for (int i = 0; i < 10; ++i)
        rsi.update(100 + i);
    EXPECT_EQ(rsi.warmup().have, 10);
    EXPECT_EQ(rsi.warmup().need, 15);
    EXPECT_FALSE(rsi.warmup().ready());
    for (int i = 0; i < 5; ++i)
        rsi.update(110 + i);
    EXPECT_TRUE(rsi.warmup().ready());
    EXPECT_DOUBLE_EQ(rsi.value(), 100.0); // only gains

    DirectionalMovement dmi(14);
    for (int i = 0; i < 27; ++i)
        dmi.update({i * 60'000LL, 100.0 + i, 101.0 + i, 99.0 + i, 100.5 + i, 1});
    EXPECT_TRUE(dmi.diWarmup().ready());
    EXPECT_FALSE(dmi.warmup().ready());
    EXPECT_EQ(dmi.warmup().have, 27);
    EXPECT_EQ(dmi.warmup().need, 28);
}
