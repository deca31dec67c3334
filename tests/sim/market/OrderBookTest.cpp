#include "MarketRecorder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace virtuoso::sim;
using namespace virtuoso::sim::test;

namespace {

void expectBookValid(const BookSnapshot &book, std::size_t minDepth)
{
    ASSERT_GE(book.bids.size(), minDepth) << book.symbol.toStdString();
    ASSERT_GE(book.asks.size(), minDepth) << book.symbol.toStdString();
    EXPECT_LT(book.bids.front().price, book.asks.front().price) << book.symbol.toStdString();
    for (std::size_t i = 0; i < book.bids.size(); ++i) {
        ASSERT_GT(book.bids[i].size, 0);
        ASSERT_GT(book.bids[i].price, 0);
        if (i > 0) {
            ASSERT_LT(book.bids[i].price, book.bids[i - 1].price);
        }
    }
    for (std::size_t i = 0; i < book.asks.size(); ++i) {
        ASSERT_GT(book.asks[i].size, 0);
        if (i > 0) {
            ASSERT_GT(book.asks[i].price, book.asks[i - 1].price);
        }
    }
}

} // namespace

TEST(MarketBook, InvariantsHoldAfterThousandsOfSteps)
{
    MarketSimulator market(configFor({}, 3));
    MarketRecorder recorder;
    recorder.keep = false;
    for (const auto &instrument : market.instruments())
        expectBookValid(market.book(instrument.name, 5000), 1000);
    for (int second = 1; second <= 120; ++second) {
        market.advanceTo(kStartMs + second * 1000, recorder);
        if (second % 10 != 0)
            continue;
        for (const auto &instrument : market.instruments()) {
            const BookSnapshot book = market.book(instrument.name, 5000);
            expectBookValid(book, 1000);
            // The book stays around the traded price.
            const TickerState ticker = market.ticker(instrument.name);
            EXPECT_GE(ticker.lastPrice, book.bids.back().price);
            EXPECT_LE(ticker.lastPrice, book.asks.back().price);
        }
    }
}

TEST(MarketBook, InvariantsHoldThroughBurstsAndLiquidations)
{
    MarketSimulator market(configFor({QStringLiteral("SOLUSDT"), QStringLiteral("DOGEUSDT")}, 5));
    MarketRecorder recorder;
    recorder.keep = false;
    for (int second = 1; second <= 90; ++second) {
        if (second % 15 == 1) {
            market.triggerVolatilityBurst(QStringLiteral("SOLUSDT"), 10);
            market.triggerLiquidationBurst(QStringLiteral("DOGEUSDT"));
        }
        market.advanceTo(kStartMs + second * 1000, recorder);
        expectBookValid(market.book(QStringLiteral("SOLUSDT"), 5000), 1000);
        expectBookValid(market.book(QStringLiteral("DOGEUSDT"), 5000), 1000);
    }
}

TEST(MarketBook, BookChangesReproduceTheFullBookEveryStep)
{
    const QStringList symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("XRPUSDT"), QStringLiteral("1000PEPEUSDT")};
    MarketSimulator market(configFor(symbols, 11));
    std::map<QString, MirrorBook> mirrors;
    std::map<QString, quint64> lastSeq;
    for (const QString &symbol : symbols) {
        mirrors[symbol].load(market.book(symbol, 100000));
        lastSeq[symbol] = market.seq(symbol);
    }
    MarketRecorder recorder;
    int changes = 0;
    for (int step = 1; step <= 1500; ++step) {
        recorder.clear();
        market.advanceTo(kStartMs + step * 20, recorder);
        for (const BookChange &change : recorder.bookChanges) {
            ASSERT_GT(change.seq, lastSeq[change.symbol]);
            lastSeq[change.symbol] = change.seq;
            // Each symbol steps on its own phase inside the step interval.
            EXPECT_GT(change.epochMs, kStartMs + (step - 1) * 20);
            EXPECT_LE(change.epochMs, kStartMs + step * 20);
            mirrors[change.symbol].apply(change);
            ++changes;
        }
        for (const QString &symbol : symbols)
            ASSERT_TRUE(mirrors[symbol].sameAs(market.book(symbol, 100000)))
                << symbol.toStdString() << " step " << step;
    }
    EXPECT_GT(changes, 3000); // nearly every step of every symbol changes something
}

TEST(MarketBook, BookChangesCoverDeepRefillsAndTrimsOverHours)
{
    // Coarse steps make big moves, so the deep end of the book is refilled and trimmed many times.
    const QString xrp = QStringLiteral("XRPUSDT");
    MarketSimulator market(configFor({xrp}, 19, 2));
    MirrorBook mirror;
    mirror.load(market.book(xrp, 100000));
    MarketRecorder recorder;
    std::size_t largestChange = 0;
    for (int second = 1; second <= 6 * 3600; ++second) {
        if (second % 1800 == 0)
            market.triggerVolatilityBurst(xrp, 120);
        recorder.clear();
        market.advanceTo(kStartMs + second * 1000LL, recorder);
        for (const BookChange &change : recorder.bookChanges) {
            mirror.apply(change);
            largestChange = std::max(largestChange, change.bids.size() + change.asks.size());
        }
        if (second % 60 == 0) {
            ASSERT_TRUE(mirror.sameAs(market.book(xrp, 100000))) << "second " << second;
        }
    }
    ASSERT_TRUE(mirror.sameAs(market.book(xrp, 100000)));
    EXPECT_GT(largestChange, 100u); // a batch refill or trim of the deep end went through a BookChange
}

TEST(MarketBook, TakerTradesConsumeLiquidityInTheSameStep)
{
    const QStringList symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("WIFUSDT")};
    MarketSimulator market(configFor(symbols, 21));
    std::map<QString, MirrorBook> mirrors;
    for (const QString &symbol : symbols)
        mirrors[symbol].load(market.book(symbol, 100000));
    MarketRecorder recorder;
    int checked = 0, consumed = 0, buys = 0, sells = 0;
    for (int step = 1; step <= 3000; ++step) {
        recorder.clear();
        market.advanceTo(kStartMs + step * 20, recorder);
        for (const BookChange &change : recorder.bookChanges) {
            const MirrorBook before = mirrors[change.symbol];
            mirrors[change.symbol].apply(change);
            for (const TradePrint &trade : recorder.trades) {
                if (trade.symbol != change.symbol)
                    continue;
                // A buy lifts the ask: the ask level at the trade price shrinks or goes; a sell hits the bid.
                const bool buy = trade.side == Side::Buy;
                (buy ? buys : sells)++;
                const auto &levels = buy ? change.asks : change.bids;
                const Lots had = buy ? (before.asks.count(trade.price) ? before.asks.at(trade.price) : 0)
                                     : (before.bids.count(trade.price) ? before.bids.at(trade.price) : 0);
                ++checked;
                for (const PriceLevel &level : levels) {
                    if (level.price == trade.price && level.size < had && had >= trade.size) {
                        ++consumed;
                        break;
                    }
                }
            }
        }
    }
    ASSERT_GT(checked, 200);
    EXPECT_GT(buys, 50);
    EXPECT_GT(sells, 50);
    // Makers may re-quote a consumed price within the same step, which is rare.
    EXPECT_GE(consumed, checked * 95 / 100) << consumed << " of " << checked;
}

TEST(MarketBook, SizesAreThinAtTheTouchAndClusterAtRoundPrices)
{
    MarketSimulator market(configFor({}, 27));
    MarketRecorder recorder;
    recorder.keep = false;
    market.advanceTo(kStartMs + 30000, recorder);
    double touch = 0, behind = 0, round = 0, plain = 0;
    int touchN = 0, behindN = 0, roundN = 0, plainN = 0;
    for (const auto &instrument : market.instruments()) {
        const BookSnapshot book = market.book(instrument.name, 1000);
        // Sizes in units of this book's median level, so instruments can be pooled.
        std::vector<Lots> sizes;
        for (const auto *side : {&book.bids, &book.asks}) {
            for (const PriceLevel &level : *side)
                sizes.push_back(level.size);
        }
        std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
        const double median = static_cast<double>(sizes[sizes.size() / 2]);
        // "Round" = a multiple of a thousandth of the price's order of magnitude ($10 for BTC).
        const double price = static_cast<double>(book.bids.front().price) * instrument.tickSize();
        const double unit = std::pow(10.0, std::floor(std::log10(price)) - 3);
        const Ticks roundTicks = std::llround(unit / instrument.tickSize());
        for (const auto *side : {&book.bids, &book.asks}) {
            for (std::size_t i = 0; i < side->size(); ++i) {
                const double size = static_cast<double>((*side)[i].size) / median;
                if (i < 3) {
                    touch += size;
                    ++touchN;
                } else if (i >= 100 && i < 400) {
                    behind += size;
                    ++behindN;
                }
                if (roundTicks < 2 || i < 100)
                    continue;
                if ((*side)[i].price % roundTicks == 0) {
                    round += size;
                    ++roundN;
                } else {
                    plain += size;
                    ++plainN;
                }
            }
        }
    }
    ASSERT_GT(touchN, 0);
    ASSERT_GT(roundN, 50);
    EXPECT_LT(touch / touchN, 0.6 * behind / behindN);
    EXPECT_GT(round / roundN, 1.3 * plain / plainN);
}

TEST(MarketBook, TradesHaveUniqueIdsAndIncreasingSequence)
{
    MarketSimulator market(configFor({QStringLiteral("BTCUSDT")}, 4));
    MarketRecorder recorder;
    market.advanceTo(kStartMs + 20000, recorder);
    ASSERT_GT(recorder.trades.size(), 50u);
    std::set<QString> ids;
    quint64 lastSeq = 0;
    for (const TradePrint &trade : recorder.trades) {
        EXPECT_EQ(trade.id.size(), 36);
        EXPECT_EQ(trade.id.at(8), QLatin1Char('-'));
        ids.insert(trade.id);
        EXPECT_GT(trade.seq, lastSeq);
        lastSeq = trade.seq;
        EXPECT_GT(trade.size, 0);
    }
    EXPECT_EQ(ids.size(), recorder.trades.size());
    // The REST view of the tape is the same trades, newest first.
    const auto recent = market.recentTrades(QStringLiteral("BTCUSDT"), 10);
    ASSERT_EQ(recent.size(), 10u);
    EXPECT_EQ(recent.front().id, recorder.trades.back().id);
    EXPECT_GE(recent.front().epochMs, recent.back().epochMs);
}

TEST(MarketBook, TradeSizesIncludeOccasionalLargePrints)
{
    MarketSimulator market(configFor({QStringLiteral("ETHUSDT")}, 8));
    MarketRecorder recorder;
    market.advanceTo(kStartMs + 180000, recorder);
    ASSERT_GT(recorder.trades.size(), 300u);
    std::vector<Lots> sizes;
    for (const auto &trade : recorder.trades)
        sizes.push_back(trade.size);
    std::sort(sizes.begin(), sizes.end());
    const Lots median = sizes[sizes.size() / 2];
    const Lots largest = sizes[sizes.size() - 1];
    EXPECT_TRUE(largest > median * 20) << "largest " << largest << " median " << median;
}
