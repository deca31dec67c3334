// The confluence engine on constructed markets: direction, neutral books, missing data as a state,
// warm-up progress, mixed emitted, rate limits, timeframe assembly and determinism.
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/TimeframeSeries.h"

#include "TestSupport.h"
#include "base/Clock.h"
#include "base/logging/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include <cmath>
#include <mutex>

using namespace virtuoso;
using namespace virtuoso::confluence;

namespace {

const QString kSymbol = QStringLiteral("BTCUSDT");
constexpr std::int64_t kStart = 1'700'000'040'000LL - (1'700'000'040'000LL % (4 * 3'600'000LL));

const ComponentSummary &component(const ConfluenceSignal &s, ComponentId id)
{
    return s.components[static_cast<size_t>(id)];
}

const SubIndicatorReading *sub(const ConfluenceSignal &s, ComponentId id, const char *name, int tf = 0)
{
    const ComponentReading &r = component(s, id).timeframes[static_cast<size_t>(tf)];
    for (int i = 0; i < r.count; ++i)
        if (std::string(r.subs[static_cast<size_t>(i)].name) == name)
            return &r.subs[static_cast<size_t>(i)];
    return nullptr;
}

struct SymmetricBook
{
    std::vector<BookLevel> bids, asks;
    SymmetricBook(double mid, double tick, double qty, int levels)
    {
        for (int i = 0; i < levels; ++i) {
            bids.push_back({mid - tick * (i + 0.5), qty});
            asks.push_back({mid + tick * (i + 0.5), qty});
        }
    }
    BookView view(std::int64_t t) const
    {
        return {t, bids.data(), static_cast<int>(bids.size()), asks.data(), static_cast<int>(asks.size())};
    }
};

// A steady climb with shallow pullbacks, mostly aggressive buying and a bid-heavy book.
void feedUptrend(ConfluenceEngine &engine, int minutes)
{
    double price = 100.0;
    for (int m = 0; m < minutes; ++m) {
        const std::int64_t t = kStart + m * 60'000LL;
        const bool pullback = m % 7 == 6;
        const double open = price;
        const double close = pullback ? price - 0.04 : price + 0.12;
        const double high = std::max(open, close) + 0.03;
        const double low = std::min(open, close) - 0.03;
        for (int k = 0; k < 10; ++k) {
            const bool buy = pullback ? k % 2 == 0 : k % 5 != 0;
            const double qty = (k == 3 && !pullback) ? 40.0 : 1.0 + 0.1 * k;
            engine.onTrade(kSymbol, {t + 1000 + k * 5000, open + (close - open) * k / 10.0, qty, buy});
        }
        std::vector<BookLevel> bids, asks;
        for (int i = 0; i < 20; ++i) {
            bids.push_back({close - 0.01 * (i + 1), 6.0});
            asks.push_back({close + 0.01 * (i + 1), 3.0});
        }
        engine.onBook(kSymbol, {t + 59'000, bids.data(), 20, asks.data(), 20});
        engine.onOpenInterest(kSymbol, 10'000 + 5.0 * m, t + 59'000);
        engine.onCandle(kSymbol, {t, open, high, low, close, pullback ? 20.0 : 60.0});
        price = close;
    }
}

class CountingSink : public log::Sink
{
public:
    void write(const log::Entry &entry) override
    {
        std::lock_guard lock(mutex);
        if (entry.code == "DATA_SUFFICIENCY") {
            ++lines;
            if (entry.level >= log::Level::Info)
                messages << entry.message;
        }
    }
    std::mutex mutex;
    int lines = 0;
    QStringList messages; // at the default level and above
};

} // namespace

TEST(ConfluenceEngine, SteadyUptrendWithBuyingFlowIsLong)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    feedUptrend(engine, 900);
    const ConfluenceSignal *signal = engine.latest(kSymbol);
    ASSERT_NE(signal, nullptr);
    EXPECT_TRUE(signal->ready);
    EXPECT_GE(signal->score, 70.0) << signal->toJson();
    EXPECT_EQ(signal->direction, Direction::Long);
    EXPECT_GT(signal->reliability, 0.5);
    EXPECT_GT(component(*signal, ComponentId::Orderflow).score, 60.0);
    EXPECT_GT(component(*signal, ComponentId::Technical).score, 60.0);
    EXPECT_GT(component(*signal, ComponentId::Orderbook).score, 55.0);
    EXPECT_EQ(signal->timestampMs, kStart + 900 * 60'000LL);
}

TEST(ConfluenceEngine, MirroredDowntrendIsShort)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    double price = 200.0;
    for (int m = 0; m < 900; ++m) {
        const std::int64_t t = kStart + m * 60'000LL;
        const bool bounce = m % 7 == 6;
        const double open = price;
        const double close = bounce ? price + 0.04 : price - 0.12;
        for (int k = 0; k < 10; ++k)
            engine.onTrade(kSymbol, {t + 1000 + k * 5000, open, (k == 3 && !bounce) ? 40.0 : 1.0,
                                     bounce ? k % 2 == 0 : k % 5 == 0});
        std::vector<BookLevel> bids, asks;
        for (int i = 0; i < 20; ++i) {
            bids.push_back({close - 0.01 * (i + 1), 3.0});
            asks.push_back({close + 0.01 * (i + 1), 6.0});
        }
        engine.onBook(kSymbol, {t + 59'000, bids.data(), 20, asks.data(), 20});
        engine.onCandle(kSymbol, {t, open, std::max(open, close) + 0.03, std::min(open, close) - 0.03, close, 60});
        price = close;
    }
    const ConfluenceSignal *signal = engine.latest(kSymbol);
    ASSERT_NE(signal, nullptr);
    EXPECT_LE(signal->score, 35.0) << signal->toJson();
    EXPECT_EQ(signal->direction, Direction::Short);
}

TEST(ConfluenceEngine, SymmetricBookScoresNeutral)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    const SymmetricBook book(100.0, 0.01, 5.0, 50);
    engine.onBook(kSymbol, book.view(kStart));
    const ConfluenceSignal &signal = engine.evaluate(kSymbol);
    const ComponentSummary &ob = component(signal, ComponentId::Orderbook);
    EXPECT_NEAR(ob.score, 50.0, 1e-9) << signal.toJson();
    for (const char *name : {"depth", "imbalance", "order_imbalance_ratio", "spread"}) {
        const auto *s = sub(signal, ComponentId::Orderbook, name);
        ASSERT_NE(s, nullptr) << name;
        EXPECT_EQ(s->state, Sufficiency::Ready) << name;
        EXPECT_NEAR(s->score, 50.0, 1e-9) << name;
    }
    // Absorption needs trades: without any it is unavailable, not a neutral 50.
    const auto *absorption = sub(signal, ComponentId::Orderbook, "absorption");
    EXPECT_EQ(absorption->state, Sufficiency::Unavailable);
    EXPECT_TRUE(std::isnan(absorption->score));
}

TEST(ConfluenceEngine, NoLiquidationsMeansUnavailableNotNeutral)
{
    auto sink = std::make_unique<CountingSink>();
    CountingSink *counter = sink.get();
    log::Logger::instance().addSink(std::move(sink));

    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    engine.onFunding(kSymbol, 0.0004, kStart);
    const ConfluenceSignal &signal = engine.evaluate(kSymbol);
    const auto *liquidations = sub(signal, ComponentId::Sentiment, "liquidations");
    ASSERT_NE(liquidations, nullptr);
    EXPECT_EQ(liquidations->state, Sufficiency::Unavailable);
    EXPECT_STREQ(liquidations->why, "no liquidations received");
    EXPECT_TRUE(std::isnan(liquidations->score));
    // The sentiment score is the funding score alone: the missing data did not pull it towards 50.
    const auto *funding = sub(signal, ComponentId::Sentiment, "funding_rate");
    ASSERT_EQ(funding->state, Sufficiency::Ready);
    EXPECT_LT(funding->score, 40.0);
    EXPECT_DOUBLE_EQ(component(signal, ComponentId::Sentiment).score, funding->score);

    // Evaluating again and again logs nothing more: a state is logged on change only.
    const long long transitions = engine.sufficiencyTransitions();
    int linesBefore;
    {
        std::lock_guard lock(counter->mutex);
        linesBefore = counter->lines;
    }
    for (int i = 0; i < 50; ++i)
        engine.evaluate(kSymbol);
    EXPECT_EQ(engine.sufficiencyTransitions(), transitions);
    {
        std::lock_guard lock(counter->mutex);
        EXPECT_EQ(counter->lines, linesBefore);
    }

    // The first liquidation makes it ready.
    engine.onLiquidation(kSymbol, {kStart + 1000, 100.0, 3.0, false});
    const auto *after = sub(engine.evaluate(kSymbol), ComponentId::Sentiment, "liquidations");
    EXPECT_EQ(after->state, Sufficiency::Ready);
    EXPECT_GT(after->score, 50.0); // shorts squeezed
}

TEST(ConfluenceEngine, AStartOfManySymbolsIsOneSufficiencyLinePerStateWithCounts)
{
    auto sink = std::make_unique<CountingSink>();
    CountingSink *counter = sink.get();
    log::Logger::instance().addSink(std::move(sink));
    const auto messages = [&] {
        std::lock_guard lock(counter->mutex);
        return counter->messages;
    };

    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    for (int i = 0; i < 30; ++i) {
        const QString symbol = QStringLiteral("SYM%1USDT").arg(i);
        for (int m = 0; m < 10; ++m)
            engine.onCandle(symbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 3), 10});
        engine.evaluate(symbol);
    }
    ASSERT_GT(engine.sufficiencyTransitions(), 300) << "hundreds of sub-indicator states changed";
    EXPECT_TRUE(messages().isEmpty()) << "summed up, not written one by one";

    clock.advanceMs(ConfluenceEngine::SufficiencySummaryMs);
    engine.evaluate(QStringLiteral("SYM0USDT"));
    const QStringList lines = messages();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_LE(lines.size(), 10) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("warming — ")) && line.contains(QLatin1String("symbols: 30 "));
    })) << lines.join(u'\n').toStdString();
    std::set<QString> states;
    for (const QString &line : lines)
        EXPECT_TRUE(states.insert(line.section(QStringLiteral(" — "), 0, 0)).second) << "one line per state";
    EXPECT_LE(lines.size(), 2) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("unavailable — ")) && line.contains(QLatin1String("no trades received "));
    })) << lines.join(u'\n').toStdString();
}

TEST(ConfluenceEngine, WarmingReportsProgressAndLogsEachChangeOnce)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    for (int m = 0; m < 10; ++m)
        engine.onCandle(kSymbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 3), 10});
    const ConfluenceSignal *signal = engine.latest(kSymbol);
    const auto *rsi = sub(*signal, ComponentId::Technical, "rsi");
    ASSERT_EQ(rsi->state, Sufficiency::Warming);
    EXPECT_EQ(rsi->have, 10);
    EXPECT_EQ(rsi->need, 15);
    const auto *rsi4h = sub(*signal, ComponentId::Technical, "rsi", 3);
    EXPECT_EQ(rsi4h->state, Sufficiency::Warming);
    EXPECT_EQ(rsi4h->have, 0);

    for (int m = 10; m < 400; ++m)
        engine.onCandle(kSymbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 3), 10});
    EXPECT_EQ(sub(*engine.latest(kSymbol), ComponentId::Technical, "rsi")->state, Sufficiency::Ready);
    const long long transitions = engine.sufficiencyTransitions();
    // Each sub-indicator slot enters a non-ready state at most once and leaves it at most once here.
    int slotCount = 0;
    for (const auto &c : engine.latest(kSymbol)->components)
        slotCount += c.timeframes[0].count * (c.perTimeframe ? kTimeframeCount : 1);
    EXPECT_GT(transitions, 0);
    EXPECT_LE(transitions, 2 * slotCount);
    for (int m = 400; m < 410; ++m)
        engine.onCandle(kSymbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 3), 10});
    EXPECT_EQ(engine.sufficiencyTransitions(), transitions); // nothing changed state: nothing logged
}

TEST(ConfluenceEngine, MixedSignalsNameTheConflictingSubIndicators)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    // A heavy best bid (microprice leans up) in front of a wall of asks (depth leans down).
    std::vector<BookLevel> bids = {{99.99, 200.0}}, asks = {{100.01, 1.0}};
    for (int i = 1; i < 30; ++i) {
        bids.push_back({99.99 - 0.01 * i, 1.0});
        asks.push_back({100.01 + 0.01 * i, 100.0});
    }
    engine.onBook(kSymbol, {kStart, bids.data(), 30, asks.data(), 30});
    const ConfluenceSignal &signal = engine.evaluate(kSymbol);
    ASSERT_TRUE(signal.mixedSignals()) << signal.toJson();
    const SignalConflict &conflict = signal.conflicts[0];
    EXPECT_EQ(conflict.component, ComponentId::Orderbook);
    EXPECT_STREQ(conflict.high, "spread");
    EXPECT_STREQ(conflict.low, "depth");
    EXPECT_GT(conflict.highScore, 60);
    EXPECT_LT(conflict.lowScore, 40);
    EXPECT_NE(signal.toJson().find("\"mixed_signals\":true"), std::string::npos);

    ConfluenceEngine calm(clock, ConfluenceSettings{});
    const SymmetricBook book(100.0, 0.01, 5.0, 30);
    calm.onBook(kSymbol, book.view(kStart));
    EXPECT_FALSE(calm.evaluate(kSymbol).mixedSignals());
}

TEST(ConfluenceEngine, LiveDataIsRateLimitedClosedCandlesAreNot)
{
    ManualClock clock;
    ConfluenceSettings settings;
    settings.liveEvaluationsPerSecond = 4;
    ConfluenceEngine engine(clock, settings);
    int emitted = 0;
    engine.setSignalSink([&](const ConfluenceSignal &) { ++emitted; });
    for (int i = 0; i < 100; ++i)
        engine.onTrade(kSymbol, {kStart + i, 100, 1, i % 2 == 0});
    EXPECT_EQ(emitted, 1);
    clock.advanceMs(249);
    engine.onTrade(kSymbol, {kStart + 200, 100, 1, true});
    EXPECT_EQ(emitted, 1);
    clock.advanceMs(1);
    engine.flushDue();
    EXPECT_EQ(emitted, 2);
    engine.flushDue(); // nothing new since
    EXPECT_EQ(emitted, 2);
    engine.onCandle(kSymbol, {kStart, 100, 101, 99, 100, 10});
    engine.onCandle(kSymbol, {kStart + 60'000, 100, 101, 99, 100, 10});
    EXPECT_EQ(emitted, 4);
}

TEST(TimeframeSeries, HigherTimeframesAreBuiltFromMinutes)
{
    TimeframeSeries fiveMinutes(Timeframe::M5);
    const std::int64_t t0 = 1'700'000'100'000LL - (1'700'000'100'000LL % 300'000);
    int closed = 0;
    for (int m = 0; m < 5; ++m) {
        FlowCandle c;
        c.candle = {t0 + m * 60'000LL, 10.0 + m, 12.0 + m, 9.0 - m, 10.5 + m, 2.0};
        c.buyVolume = 1.5;
        c.buyTrades = 2;
        closed += fiveMinutes.addMinute(c) ? 1 : 0;
    }
    ASSERT_EQ(closed, 1);
    ASSERT_EQ(fiveMinutes.history().size(), 1);
    const FlowCandle &bar = fiveMinutes.history().back(0).flow;
    EXPECT_EQ(bar.candle.openTimeMs, t0);
    EXPECT_DOUBLE_EQ(bar.candle.open, 10.0);
    EXPECT_DOUBLE_EQ(bar.candle.high, 16.0);
    EXPECT_DOUBLE_EQ(bar.candle.low, 5.0);
    EXPECT_DOUBLE_EQ(bar.candle.close, 14.5);
    EXPECT_DOUBLE_EQ(bar.candle.volume, 10.0);
    EXPECT_DOUBLE_EQ(bar.buyVolume, 7.5);
    EXPECT_EQ(bar.buyTrades, 10);
    // A missing minute still closes the bar when the next period starts.
    FlowCandle late;
    late.candle = {t0 + 300'000 + 60'000, 1, 2, 0.5, 1.5, 1};
    EXPECT_FALSE(fiveMinutes.addMinute(late));
    FlowCandle next;
    next.candle = {t0 + 600'000, 1, 2, 0.5, 1.5, 1};
    EXPECT_TRUE(fiveMinutes.addMinute(next));
    EXPECT_EQ(fiveMinutes.history().size(), 2);
}

TEST(ConfluenceEngine, ReplayingAStreamTwiceGivesBitIdenticalSignals)
{
    QFile file(test::dataFile(QStringLiteral("market/btc_klines_1m.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();

    auto replay = [&]() {
        ManualClock clock;
        ConfluenceEngine engine(clock, ConfluenceSettings{});
        std::string out;
        engine.setSignalSink([&](const ConfluenceSignal &s) {
            out += s.toJson();
            out += '\n';
        });
        std::uint64_t lcg = 42;
        auto next = [&]() {
            lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<double>(lcg >> 11) / 9007199254740992.0;
        };
        for (int i = 0; i < 3000; ++i) {
            const QJsonArray r = rows[i].toArray();
            const Candle c{static_cast<std::int64_t>(r[0].toDouble()),
                           r[1].toDouble(),
                           r[2].toDouble(),
                           r[3].toDouble(),
                           r[4].toDouble(),
                           r[5].toDouble()};
            for (int k = 0; k < 8; ++k) {
                clock.advanceMs(7);
                engine.onTrade(kSymbol, {c.openTimeMs + k * 7000, c.low + (c.high - c.low) * next(), next() * 3,
                                         next() < 0.5 + (c.close - c.open) / (c.high - c.low + 1e-12) * 0.3});
            }
            std::vector<BookLevel> bids, asks;
            for (int l = 0; l < 25; ++l) {
                bids.push_back({c.close * (1 - 0.0002 * (l + 1)), 1 + next() * 5});
                asks.push_back({c.close * (1 + 0.0002 * (l + 1)), 1 + next() * 5});
            }
            clock.advanceMs(100);
            engine.onBook(kSymbol, {c.openTimeMs + 59'000, bids.data(), 25, asks.data(), 25});
            if (i % 5 == 0)
                engine.onOpenInterest(kSymbol, 1e6 + i * 10.0 * next(), c.openTimeMs + 30'000);
            if (i % 97 == 0)
                engine.onLiquidation(kSymbol, {c.openTimeMs + 20'000, c.close, 2 * next(), next() < 0.5});
            if (i % 480 == 0)
                engine.onFunding(kSymbol, (next() - 0.5) * 0.001, c.openTimeMs);
            engine.onCandle(kSymbol, c);
        }
        return out;
    };
    const std::string first = replay();
    const std::string second = replay();
    EXPECT_GT(first.size(), 1'000'000u);
    EXPECT_EQ(first, second);
    // Every component was exercised: the last signal has a score for each.
    const auto lastLine = first.substr(first.rfind('\n', first.size() - 2) + 1);
    const QJsonObject last = QJsonDocument::fromJson(QByteArray::fromStdString(lastLine)).object();
    const QJsonObject components = last.value(QStringLiteral("components")).toObject();
    for (const QString &name :
         {QStringLiteral("orderflow"), QStringLiteral("orderbook"), QStringLiteral("volume"),
          QStringLiteral("price_structure"), QStringLiteral("technical"), QStringLiteral("sentiment")})
        EXPECT_TRUE(components.value(name).toObject().value(QStringLiteral("score")).isDouble()) << name.toStdString();
}

TEST(ConfluenceEngine, RepeatedOlderOrImpossibleCandlesAreSkipped)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    int emitted = 0;
    engine.setSignalSink([&](const ConfluenceSignal &) { ++emitted; });
    for (int m = 0; m < 30; ++m)
        engine.onCandle(kSymbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 4), 10});
    const std::string before = engine.latest(kSymbol)->toJson();
    // The bootstrap's last candles arrive again from the stream, then garbage.
    for (int m = 25; m < 30; ++m)
        engine.onCandle(kSymbol, {kStart + m * 60'000LL, 100, 101, 99, 100.0 + (m % 4), 10});
    engine.onCandle(kSymbol, {kStart + 40 * 60'000LL, 100, 99, 101, 100, 10});
    engine.onCandle(kSymbol, {kStart + 41 * 60'000LL, 100, NAN, 99, 100, 10});
    EXPECT_EQ(engine.skippedCandles(), 7);
    EXPECT_EQ(emitted, 30);
    EXPECT_EQ(engine.latest(kSymbol)->toJson(), before);
}

namespace {

// One 1m bar with `buy` and `sell` aggressive volume in two trades (none when both are 0).
void feedBar(ConfluenceEngine &engine, int m, double open, double high, double low, double close, double buy,
             double sell)
{
    const std::int64_t t = kStart + m * 60'000LL;
    if (buy > 0)
        engine.onTrade(kSymbol, {t + 1000, open, buy, true});
    if (sell > 0)
        engine.onTrade(kSymbol, {t + 2000, open, sell, false});
    engine.onCandle(kSymbol, {t, open, high, low, close, buy + sell});
}

// Forty quiet bars ranging between 99 and 101 with balanced flow of 10 per bar.
void feedRange(ConfluenceEngine &engine)
{
    for (int m = 0; m < 40; ++m)
        feedBar(engine, m, 100, 101, 99, m % 2 ? 100.5 : 99.5, 5, 5);
}

double subScore(ConfluenceEngine &engine, const char *name)
{
    const auto *reading = sub(*engine.latest(kSymbol), ComponentId::Orderflow, name);
    EXPECT_NE(reading, nullptr) << name;
    if (!reading)
        return NAN;
    EXPECT_EQ(reading->state, Sufficiency::Ready) << name;
    return reading->score;
}

} // namespace

TEST(ConfluenceEngine, PressureWeighsABurstOfFlowAgainstNormalVolume)
{
    ManualClock clock;
    ConfluenceEngine burst(clock, ConfluenceSettings{});
    feedRange(burst);
    feedBar(burst, 40, 100, 100.4, 99.8, 100.2, 30, 0);
    feedBar(burst, 41, 100.2, 100.6, 100, 100.4, 30, 0);
    EXPECT_GT(subScore(burst, "pressure"), 95.0);

    // The same one-sided share on a trickle of volume barely moves it.
    ConfluenceEngine trickle(clock, ConfluenceSettings{});
    feedRange(trickle);
    feedBar(trickle, 40, 100, 100.4, 99.8, 100.2, 1, 0);
    feedBar(trickle, 41, 100.2, 100.6, 100, 100.4, 1, 0);
    const double weak = subScore(trickle, "pressure");
    EXPECT_GT(weak, 50.0);
    EXPECT_LT(weak, 65.0);

    ConfluenceEngine selling(clock, ConfluenceSettings{});
    feedRange(selling);
    feedBar(selling, 40, 100, 100.2, 99.6, 99.8, 0, 30);
    feedBar(selling, 41, 99.8, 100, 99.4, 99.6, 0, 30);
    EXPECT_LT(subScore(selling, "pressure"), 5.0);
}

TEST(ConfluenceEngine, ASweptAndRejectedRangeExtremePointsTheOtherWay)
{
    ManualClock clock;
    ConfluenceEngine quiet(clock, ConfluenceSettings{});
    feedRange(quiet);
    feedBar(quiet, 40, 100, 100.8, 99.2, 100.2, 5, 5);
    EXPECT_DOUBLE_EQ(subScore(quiet, "liquidity"), 50.0); // inside the range: nothing taken

    ConfluenceEngine above(clock, ConfluenceSettings{});
    feedRange(above);
    feedBar(above, 40, 100, 102.5, 99.8, 100.0, 5, 5); // stops above 101 run, close back inside
    EXPECT_LT(subScore(above, "liquidity"), 20.0);

    ConfluenceEngine below(clock, ConfluenceSettings{});
    feedRange(below);
    feedBar(below, 40, 100, 100.2, 97.5, 100.0, 5, 5); // stops below 99 run, close back inside
    EXPECT_GT(subScore(below, "liquidity"), 80.0);

    ConfluenceEngine breakout(clock, ConfluenceSettings{});
    feedRange(breakout);
    feedBar(breakout, 40, 100, 102.5, 99.8, 102.2, 5, 5); // closed beyond: a breakout, not a sweep
    EXPECT_DOUBLE_EQ(subScore(breakout, "liquidity"), 50.0);
}
