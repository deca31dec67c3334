#include "../exchange/DecoderTestSupport.h"
#include "connector/PublicMessageDecoder.h"
#include "model/market/MarketState.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace virtuoso;
using namespace virtuoso::exchange;
using namespace virtuoso::market;

namespace {

const Symbol kBtc = *Symbol::from("BTCUSDT");

PublicMessage wrap(PublicMessage::Body body)
{
    PublicMessage m;
    m.body = std::move(body);
    return m;
}

OrderBookMessage book(bool snapshot, quint64 u, std::vector<BookLevel> bids, std::vector<BookLevel> asks,
                      int depth = 50)
{
    OrderBookMessage m;
    m.topic = TopicKey::orderBook(kBtc, depth);
    m.snapshot = snapshot;
    m.updateId = u;
    m.bids = std::move(bids);
    m.asks = std::move(asks);
    return m;
}

Candle candle(qint64 start, Ticks close, bool confirmed)
{
    Candle c;
    c.startMs = start;
    c.endMs = start + 59999;
    c.open = c.high = c.low = c.close = close;
    c.confirmed = confirmed;
    return c;
}

} // namespace

TEST(MarketStateTest, BooksPerDepthTopicAndResyncOutcomes)
{
    MarketState state;
    auto outcome = state.apply(wrap(book(true, 10, {{100, 1}}, {{101, 1}})));
    EXPECT_FALSE(outcome.needsResync());
    EXPECT_EQ(outcome.bookUpdate, BookUpdate::Ok);
    state.apply(wrap(book(true, 3, {{100, 1}}, {{102, 1}}, 200)));
    const SymbolMarket *btc = state.find(kBtc);
    ASSERT_NE(btc, nullptr);
    ASSERT_NE(btc->book(50), nullptr);
    ASSERT_NE(btc->book(200), nullptr);
    EXPECT_EQ(btc->book(1), nullptr);
    EXPECT_EQ(btc->deepestBook(), btc->book(200));

    outcome = state.apply(wrap(book(false, 12, {{100, 2}}, {})));
    EXPECT_TRUE(outcome.needsResync());
    ASSERT_TRUE(outcome.topic.has_value());
    EXPECT_EQ(outcome.topic->toString(), "orderbook.50.BTCUSDT");
    EXPECT_STREQ(outcome.reason, "update id gap");
    // Further deltas wait for the snapshot without asking again.
    outcome = state.apply(wrap(book(false, 13, {{100, 2}}, {})));
    EXPECT_FALSE(outcome.needsResync());
    EXPECT_EQ(outcome.bookUpdate, BookUpdate::AwaitingSnapshot);
    // The other depth is untouched.
    EXPECT_TRUE(btc->book(200)->valid());

    outcome = state.apply(wrap(book(false, 4, {{102, 1}}, {}, 200)));
    EXPECT_TRUE(outcome.needsResync());
    EXPECT_STREQ(outcome.reason, "crossed book");

    const MarketCounters c = state.totals();
    EXPECT_EQ(c.bookSnapshots, 2u);
    EXPECT_EQ(c.bookDeltas, 3u);
    EXPECT_EQ(c.bookGaps, 1u);
    EXPECT_EQ(c.bookCrossed, 1u);
    EXPECT_EQ(c.bookDeltasWhileStale, 1u);
}

TEST(MarketStateTest, QueueOverflowMarksTheBookStaleUntilItsSnapshot)
{
    MarketState state;
    state.apply(wrap(book(true, 10, {{100, 1}}, {{101, 1}})));
    state.markBookStale(TopicKey::orderBook(kBtc, 50));
    EXPECT_FALSE(state.find(kBtc)->book(50)->valid());
    EXPECT_EQ(state.apply(wrap(book(false, 11, {{100, 2}}, {}))).bookUpdate, BookUpdate::AwaitingSnapshot);
    state.apply(wrap(book(true, 30, {{100, 5}}, {{101, 1}})));
    EXPECT_TRUE(state.find(kBtc)->book(50)->valid());
}

TEST(MarketStateTest, UndecodableBookFrameAsksForResync)
{
    MarketState state;
    state.apply(wrap(book(true, 10, {{100, 1}}, {{101, 1}})));
    DecodeError error;
    error.kind = DecodeErrorKind::BadNumber;
    error.detail = "price off grid";
    error.topic = TopicKey::orderBook(kBtc, 50);
    const MarketOutcome outcome = state.apply(wrap(error));
    EXPECT_TRUE(outcome.needsResync());
    EXPECT_FALSE(state.find(kBtc)->book(50)->valid());
    EXPECT_EQ(state.totals().decodeErrors, 1u);
    // An op reply changes nothing.
    EXPECT_FALSE(state.apply(wrap(OpResponse{})).needsResync());
}

TEST(MarketStateTest, TradeAndLiquidationRingsAreBounded)
{
    MarketLimits limits;
    limits.tradeCapacity = 100;
    limits.liquidationCapacity = 10;
    MarketState state(limits);
    TradeMessage trades;
    trades.topic = TopicKey::publicTrade(kBtc);
    for (int batch = 0; batch < 50; ++batch) {
        trades.trades.clear();
        for (int i = 0; i < 7; ++i) {
            Trade t;
            t.timeMs = batch * 7 + i;
            t.price = 100 + i;
            t.size = 1;
            trades.trades.push_back(t);
        }
        state.apply(wrap(trades));
    }
    const SymbolMarket *btc = state.find(kBtc);
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->trades().size(), 100u);
    EXPECT_EQ(btc->trades().back().timeMs, 349);
    EXPECT_EQ(btc->trades().front().timeMs, 250);
    EXPECT_EQ(btc->counters().trades, 350u);
    EXPECT_EQ(btc->trades().back().price, 106);
    EXPECT_EQ(btc->trades().back().size(), 1);
    const std::size_t bytes = state.memoryBytes();

    LiquidationMessage liq;
    liq.topic = TopicKey::liquidation(kBtc);
    for (int i = 0; i < 25; ++i)
        liq.liquidations.push_back(Liquidation{i, Side::Sell, {1, 0}, {2, 0}});
    state.apply(wrap(liq));
    EXPECT_EQ(btc->liquidations().size(), 10u);
    EXPECT_EQ(btc->liquidations().back().timeMs, 24);
    const std::size_t withLiquidations = state.memoryBytes();
    EXPECT_GT(withLiquidations, bytes);
    state.apply(wrap(trades));
    state.apply(wrap(liq));
    EXPECT_EQ(state.memoryBytes(), withLiquidations); // full rings are reused in place: no growth
}

TEST(MarketStateTest, RingsTakeMemoryAsTheyFillUpToTheirCapacity)
{
    MarketLimits limits;
    limits.tradeCapacity = 1000;
    MarketState state(limits);
    TradeMessage trades;
    trades.topic = TopicKey::publicTrade(kBtc);
    Trade sell;
    sell.timeMs = 7;
    sell.price = 1234567;
    sell.size = 42;
    sell.side = Side::Sell;
    trades.trades = {sell};
    state.apply(wrap(trades));
    const SymbolMarket *btc = state.find(kBtc);
    ASSERT_NE(btc, nullptr);
    EXPECT_LT(btc->trades().memoryBytes(), 100 * sizeof(TradeRecord)); // one trade, not a thousand slots
    EXPECT_EQ(btc->trades().back().side(), Side::Sell);
    EXPECT_EQ(btc->trades().back().size(), 42);
    EXPECT_EQ(btc->trades().back().price, 1234567);
    EXPECT_EQ(btc->liquidations().memoryBytes(), 0u);

    for (int i = 0; i < 2500; ++i) {
        Trade t;
        t.timeMs = 8 + i;
        t.size = i;
        t.side = i % 2 ? Side::Sell : Side::Buy;
        trades.trades = {t};
        state.apply(wrap(trades));
    }
    EXPECT_EQ(btc->trades().size(), 1000u);
    EXPECT_EQ(btc->trades().memoryBytes(), 1000 * sizeof(TradeRecord)); // never past the capacity
    EXPECT_EQ(btc->trades().front().timeMs, 8 + 1500);
    EXPECT_EQ(btc->trades().back().size(), 2499);
    EXPECT_EQ(btc->trades().back().side(), Side::Sell);
    EXPECT_EQ(btc->trades()[998].side(), Side::Buy);

    // A batch of history reserves once, to the capacity at most.
    KlineMessage k;
    k.topic = TopicKey::kline(kBtc, 5);
    for (int i = 0; i < 300; ++i)
        k.candles.push_back(candle(300000LL * i, 100 + i, true));
    state.apply(wrap(k));
    const virtuoso::FixedRing<CandleRecord> *ring = btc->candles(5);
    ASSERT_NE(ring, nullptr);
    EXPECT_EQ(ring->size(), limits.candleCapacity(5));
    EXPECT_EQ(ring->memoryBytes(), limits.candleCapacity(5) * sizeof(CandleRecord));
    EXPECT_EQ(ring->back().close, 399);
}

TEST(MarketStateTest, CandleRecordKeepsWhatTheChartsRead)
{
    Candle c = candle(1'700'000'040'000LL, 27450, true);
    c.open = 27400;
    c.high = 27500;
    c.low = 27390;
    c.volume = (Lots(1) << 62) + 5; // the largest sizes survive the packing
    const CandleRecord r = CandleRecord::from(c);
    EXPECT_EQ(r.startMs, c.startMs);
    EXPECT_EQ(r.open, 27400);
    EXPECT_EQ(r.high, 27500);
    EXPECT_EQ(r.low, 27390);
    EXPECT_EQ(r.close, 27450);
    EXPECT_EQ(r.volume(), c.volume);
    EXPECT_TRUE(r.confirmed());
    c.confirmed = false;
    c.volume = 0;
    EXPECT_FALSE(CandleRecord::from(c).confirmed());
    EXPECT_EQ(CandleRecord::from(c).volume(), 0);
}

TEST(MarketStateTest, CandlesReplaceTheOpenOneAndStayBounded)
{
    MarketLimits limits;
    limits.candleCapacities = {{1, 5}};
    MarketState state(limits);
    KlineMessage k;
    k.topic = TopicKey::kline(kBtc, 1);
    k.candles = {candle(60000, 10, false)};
    state.apply(wrap(k));
    k.candles = {candle(60000, 11, false)};
    state.apply(wrap(k));
    k.candles = {candle(60000, 12, true)};
    state.apply(wrap(k));
    const virtuoso::FixedRing<CandleRecord> *ring = state.find(kBtc)->candles(1);
    ASSERT_NE(ring, nullptr);
    ASSERT_EQ(ring->size(), 1u);
    EXPECT_EQ(ring->back().close, 12);
    EXPECT_TRUE(ring->back().confirmed());
    for (int i = 2; i <= 20; ++i) {
        k.candles = {candle(60000LL * i, i, true)};
        state.apply(wrap(k));
    }
    EXPECT_EQ(ring->size(), 5u);
    EXPECT_EQ(ring->front().startMs, 60000LL * 16);
    // A late update of a candle still held replaces it; one older than the ring is ignored.
    k.candles = {candle(60000LL * 17, 99, true), candle(60000LL * 3, 98, true)};
    state.apply(wrap(k));
    EXPECT_EQ((*ring)[1].close, 99);
    EXPECT_EQ(ring->size(), 5u);
    EXPECT_EQ(state.find(kBtc)->candles(5), nullptr);
    EXPECT_EQ(limits.candleCapacity(240), limits.defaultCandleCapacity);
}

TEST(MarketStateTest, TickerDeltasMergeOntoTheSnapshot)
{
    auto catalog = test::fixtureCatalog();
    PublicMessageDecoder decoder(catalog);
    MarketState state;
    state.apply(decoder.decode(test::readDataFile("bybit/ws_ticker_linear.json"), 0));
    state.apply(decoder.decode(R"({"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT",)"
                               R"("markPrice":"17300.5","fundingRate":"0.0001"},"cs":24987956099,"ts":1673272862000})",
                               0));
    const SymbolMarket *btc = state.find(kBtc);
    ASSERT_NE(btc, nullptr);
    EXPECT_TRUE(btc->hasTickerSnapshot());
    const TickerMessage &t = btc->ticker();
    EXPECT_EQ(t.get(TickerField::MarkPrice)->toString(), "17300.5");
    EXPECT_EQ(t.get(TickerField::FundingRate)->toString(), "0.0001");
    EXPECT_EQ(t.get(TickerField::LastPrice)->toString(), "17216"); // kept from the snapshot
    EXPECT_EQ(t.get(TickerField::IndexPrice)->toString(), "17227.36");
    EXPECT_EQ(t.tsMs, 1673272862000);
    EXPECT_EQ(t.crossSeq, 24987956099u);
    EXPECT_EQ(t.tickDirection, TickDirection::PlusTick);
    EXPECT_EQ(btc->counters().tickerUpdates, 2u);
}

// The memory budget: 300 symbols with full rings and 50-level books, measured.
TEST(MarketStateTest, ThreeHundredFullSymbolsFitTheBudget)
{
    MarketState state;
    for (int s = 0; s < 300; ++s) {
        const Symbol symbol = *Symbol::from("SYM" + std::to_string(s) + "USDT");
        OrderBookMessage snapshot;
        snapshot.topic = TopicKey::orderBook(symbol, 50);
        snapshot.snapshot = true;
        snapshot.updateId = 1;
        for (int i = 0; i < 50; ++i) {
            snapshot.bids.push_back({1000 - i, 1});
            snapshot.asks.push_back({1001 + i, 1});
        }
        state.apply(snapshot);
        TradeMessage trades;
        trades.topic = TopicKey::publicTrade(symbol);
        trades.trades.resize(1);
        state.apply(trades);
        for (int interval : {1, 5, 30, 240}) {
            KlineMessage k;
            k.topic = TopicKey::kline(symbol, interval);
            k.candles = {candle(60000, 1, true)};
            state.apply(k);
        }
        LiquidationMessage liq;
        liq.topic = TopicKey::liquidation(symbol);
        liq.liquidations.resize(1);
        state.apply(liq);
    }
    const std::size_t bytes = state.memoryBytes();
    const std::size_t perSymbol = bytes / 300;
    std::cout << "[ memory   ] " << perSymbol << " bytes per symbol, " << bytes / (1024 * 1024)
              << " MiB for 300 symbols (trade " << sizeof(Trade) << " B, candle " << sizeof(Candle) << " B)\n";
    // The rings hold what the indicators need (1440+ 1m candles, 200+ of 5m/30m/4h, 2000 trades);
    // this guards the per-symbol size against regressions.
    EXPECT_LT(perSymbol, 340u * 1024);
}
