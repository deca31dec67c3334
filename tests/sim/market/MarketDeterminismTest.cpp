#include "MarketRecorder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

QByteArray runDigest(quint64 seed, const std::vector<qint64> &advanceOffsetsMs)
{
    MarketSimulator market(configFor({}, seed));
    MarketRecorder recorder;
    recorder.keep = false;
    for (const qint64 offset : advanceOffsetsMs)
        market.advanceTo(kStartMs + offset, recorder);
    // Queries are part of what a client sees: fold them in too.
    for (const auto &instrument : market.instruments()) {
        const QString symbol = instrument.name;
        const BookSnapshot book = market.book(symbol, 50);
        for (const auto &level : book.bids)
            recorder.onBookChange(BookChange{symbol, 0, {level}, {}, book.seq});
        recorder.onTrades(symbol, market.recentTrades(symbol, 1000));
        for (const auto &candle : market.klines(symbol, 60, 0, 0, 500))
            recorder.onCandle(symbol, candle);
    }
    return recorder.result();
}

} // namespace

TEST(MarketDeterminism, SameSeedGivesIdenticalEventsHoweverTimeIsSliced)
{
    const QByteArray oneCall = runDigest(42, {15000});
    const QByteArray manyCalls = runDigest(42, {7, 1000, 1001, 5333, 9999, 12000, 15000});
    EXPECT_EQ(oneCall, manyCalls);
}

TEST(MarketTiming, SymbolsStepOnPhasesSpreadOverTheStepInterval)
{
    // Four symbols at 50 steps/s: one step every 20 ms each, 5 ms apart, the last on the plain grid.
    const QStringList symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("XRPUSDT"),
                                 QStringLiteral("SOLUSDT")};
    MarketSimulator market(configFor(symbols, 3));
    MarketRecorder recorder;
    std::map<QString, std::set<qint64>> phases;
    for (int step = 1; step <= 200; ++step) {
        recorder.clear();
        market.advanceTo(kStartMs + step * 20 - 5, recorder); // the first three phases of this interval
        for (const BookChange &change : recorder.bookChanges)
            EXPECT_NE(change.symbol, symbols[3]) << "step " << step;
        market.advanceTo(kStartMs + step * 20, recorder);
        std::map<QString, int> changesPerSymbol;
        for (const BookChange &change : recorder.bookChanges) {
            phases[change.symbol].insert(change.epochMs - (kStartMs + (step - 1) * 20));
            EXPECT_EQ(++changesPerSymbol[change.symbol], 1) << "one step per symbol and interval";
        }
    }
    ASSERT_EQ(phases.size(), 4u);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(phases[symbols[i]], std::set<qint64>{5 * (i + 1)}) << symbols[i].toStdString();
}

TEST(MarketDeterminism, DifferentSeedsGiveDifferentMarkets)
{
    EXPECT_NE(runDigest(1, {5000}), runDigest(2, {5000}));
}

TEST(MarketDeterminism, SameSeedGivesSameHistory)
{
    MarketSimulator a(configFor({QStringLiteral("ETHUSDT")}, 9));
    MarketSimulator b(configFor({QStringLiteral("ETHUSDT")}, 9));
    MarketSimulator c(configFor({QStringLiteral("ETHUSDT")}, 10));
    const auto ka = a.klines(QStringLiteral("ETHUSDT"), 1, 0, 0, 1440);
    const auto kb = b.klines(QStringLiteral("ETHUSDT"), 1, 0, 0, 1440);
    const auto kc = c.klines(QStringLiteral("ETHUSDT"), 1, 0, 0, 1440);
    ASSERT_EQ(ka.size(), kb.size());
    bool allEqual = true, differsFromOtherSeed = false;
    for (std::size_t i = 0; i < ka.size(); ++i) {
        allEqual = allEqual && ka[i].open == kb[i].open && ka[i].close == kb[i].close && ka[i].volume == kb[i].volume;
        differsFromOtherSeed = differsFromOtherSeed || i >= kc.size() || ka[i].close != kc[i].close;
    }
    EXPECT_TRUE(allEqual);
    EXPECT_TRUE(differsFromOtherSeed);
}

TEST(MarketInstruments, DefaultsAreTwentyBybitLinearPerpetuals)
{
    const auto instruments = MarketSimulator::defaultInstruments();
    ASSERT_EQ(instruments.size(), 20u);
    std::set<QString> names;
    for (const auto &instrument : instruments) {
        const virtuoso::exchange::InstrumentSpec &spec = instrument.spec;
        const QString symbol = instrument.name;
        names.insert(symbol);
        EXPECT_TRUE(symbol.endsWith(QLatin1String("USDT"))) << symbol.toStdString();
        EXPECT_EQ(spec.symbol.toQString(), symbol);
        EXPECT_EQ(spec.baseCoin + spec.quoteCoin, spec.symbol.toStdString());
        EXPECT_EQ(spec.status, "Trading");
        EXPECT_EQ(spec.contractType, "LinearPerpetual");
        EXPECT_EQ(spec.fundingIntervalMinutes, 480);
        EXPECT_GT(instrument.initialPrice, 0);
        EXPECT_GT(instrument.tickSize(), 0);
        EXPECT_GT(instrument.qtyStep(), 0);
        EXPECT_EQ(spec.minOrderLots, 1);
        EXPECT_GT(spec.maxOrderLots, spec.minOrderLots);
        EXPECT_GT(instrument.launchTimeMs, 1500000000000LL);
        // Prices are on the tick grid.
        const double ticks = instrument.initialPrice / instrument.tickSize();
        EXPECT_NEAR(ticks, std::round(ticks), 1e-6) << symbol.toStdString();
    }
    EXPECT_EQ(names.size(), 20u);
    const auto find = [&](const char *symbol) {
        for (const auto &instrument : instruments) {
            if (instrument.name == QLatin1String(symbol))
                return instrument;
        }
        ADD_FAILURE() << symbol << " missing";
        return SimInstrument{};
    };
    // Steps as Bybit lists them, with its priceScale: BTC quotes "0.10" ticks with two decimals.
    EXPECT_EQ(find("BTCUSDT").spec.price.stepText(), "0.10");
    EXPECT_EQ(find("BTCUSDT").spec.quantity.stepText(), "0.001");
    EXPECT_DOUBLE_EQ(find("BTCUSDT").tickSize(), 0.1);
    EXPECT_DOUBLE_EQ(find("BTCUSDT").qtyStep(), 0.001);
    EXPECT_EQ(find("ETHUSDT").spec.price.stepText(), "0.01");
    EXPECT_EQ(find("ETHUSDT").spec.quantity.stepText(), "0.01");
    EXPECT_EQ(find("XRPUSDT").spec.price.stepText(), "0.0001");
    EXPECT_EQ(find("XRPUSDT").spec.quantity.stepText(), "1");
    EXPECT_EQ(find("SUIUSDT").spec.price.stepText(), "0.00010");
    EXPECT_EQ(find("SUIUSDT").spec.quantity.stepText(), "10");
    EXPECT_EQ(find("1000PEPEUSDT").spec.price.stepText(), "0.0000001");
    EXPECT_EQ(find("1000PEPEUSDT").spec.quantity.stepText(), "100");
    EXPECT_DOUBLE_EQ(find("1000PEPEUSDT").tickSize(), 0.0000001);
    EXPECT_DOUBLE_EQ(find("1000PEPEUSDT").qtyStep(), 100);
}

TEST(MarketInstruments, AnyUsdtNameBecomesAPlausibleInstrument)
{
    MarketSimulator market(
        configFor({QStringLiteral("FOOUSDT"), QStringLiteral("btcusdt"), QStringLiteral("FOOUSDT")}));
    ASSERT_EQ(market.instruments().size(), 2u);
    const SimInstrument *foo = market.instrument(QStringLiteral("FOOUSDT"));
    ASSERT_NE(foo, nullptr);
    EXPECT_EQ(foo->spec.symbol.toQString(), foo->name);
    EXPECT_EQ(foo->spec.baseCoin, "FOO");
    EXPECT_EQ(foo->spec.quoteCoin, "USDT");
    EXPECT_GT(foo->initialPrice, 0);
    // Steps are powers of ten: one unit at the grid's decimals, or 1, 10, 100 ... lots.
    for (const auto *grid : {&foo->spec.price, &foo->spec.quantity}) {
        const std::string step = grid->stepText();
        EXPECT_TRUE(grid->stepUnits() == 1 || grid->decimals() == 0) << step;
        EXPECT_EQ(step.find_first_not_of("0.1"), std::string::npos) << step;
    }
    const double ticks = foo->initialPrice / foo->tickSize();
    EXPECT_NEAR(ticks, std::round(ticks), 1e-6);
    EXPECT_NE(market.instrument(QStringLiteral("BTCUSDT")), nullptr);
    EXPECT_EQ(market.instrument(QStringLiteral("ETHUSDT")), nullptr);
}

TEST(MarketInstruments, NamesNoSymbolCanHaveAreSkipped)
{
    const QString tooLong(static_cast<qsizetype>(virtuoso::exchange::Symbol::kMaxLength) + 1, QLatin1Char('A'));
    MarketSimulator market(
        configFor({QStringLiteral("FOOUSDT"), tooLong, QString::fromUtf8("\xC3\x84USDT"), QStringLiteral("  ")}));
    ASSERT_EQ(market.instruments().size(), 1u);
    EXPECT_EQ(market.instruments().front().name, QStringLiteral("FOOUSDT"));
}

TEST(MarketQueries, UnknownSymbolGivesEmptyResults)
{
    MarketSimulator market(configFor({QStringLiteral("BTCUSDT")}));
    MarketRecorder recorder;
    market.advanceTo(kStartMs + 1000, recorder);
    const QString unknown = QStringLiteral("NOPEUSDT");
    EXPECT_EQ(market.instrument(unknown), nullptr);
    const BookSnapshot book = market.book(unknown, 50);
    EXPECT_TRUE(book.bids.empty());
    EXPECT_TRUE(book.asks.empty());
    EXPECT_TRUE(market.recentTrades(unknown, 100).empty());
    EXPECT_TRUE(market.klines(unknown, 1, 0, 0, 100).empty());
    EXPECT_TRUE(market.ticker(unknown).symbol.isEmpty());
    EXPECT_TRUE(market.openInterest(unknown, 5, 100).empty());
    EXPECT_TRUE(market.fundingHistory(unknown, 100).empty());
    EXPECT_TRUE(market.longShortRatio(unknown, 5, 100).empty());
    EXPECT_EQ(market.seq(unknown), 0u);
    market.triggerLiquidationBurst(unknown);
    market.triggerVolatilityBurst(unknown, 10);
    // Known symbols with nonsense arguments are empty too, not a crash.
    EXPECT_TRUE(market.klines(QStringLiteral("BTCUSDT"), 7, 0, 0, 100).empty());
    EXPECT_TRUE(market.klines(QStringLiteral("BTCUSDT"), 1, 0, 0, -5).empty());
    EXPECT_TRUE(market.openInterest(QStringLiteral("BTCUSDT"), 2, 100).empty());
    EXPECT_TRUE(market.book(QStringLiteral("BTCUSDT"), -3).bids.empty());

    DepthStream stream(unknown, 50);
    const BookSnapshot snapshot = stream.snapshot(market);
    EXPECT_TRUE(snapshot.bids.empty());
    market.advanceTo(kStartMs + 2000, recorder);
    EXPECT_FALSE(stream.update(market).has_value());
}
