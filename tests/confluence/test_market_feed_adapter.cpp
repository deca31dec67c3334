// The connector's messages (ticks and lots on the instrument grid) reach the engine as prices.
#include "base/Clock.h"
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/MarketFeedAdapter.h"
#include "model/market/OrderBook.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace virtuoso;
using namespace virtuoso::confluence;

namespace {

const QString kSymbol = QStringLiteral("BTCUSDT");

const SubIndicatorReading *find(const ComponentReading &r, const char *name)
{
    for (int i = 0; i < r.count; ++i)
        if (std::string(r.subs[static_cast<size_t>(i)].name) == name)
            return &r.subs[static_cast<size_t>(i)];
    return nullptr;
}

const ComponentReading &component(const ConfluenceSignal &s)
{
    return s.components[static_cast<size_t>(ComponentId::Orderbook)].timeframes[0];
}

} // namespace

TEST(MarketFeedAdapter, ConvertsBooksTradesTickersLiquidationsAndConfirmedCandles)
{
    ManualClock clock;
    ConfluenceEngine engine(clock, ConfluenceSettings{});
    MarketFeedAdapter feed(engine);
    const exchange::DecimalGrid price(1, 1);    // tick 0.1
    const exchange::DecimalGrid quantity(1, 3); // lot 0.001

    exchange::OrderBookMessage snapshot;
    snapshot.snapshot = true;
    snapshot.updateId = 10;
    snapshot.bids = {{274500, 2000}, {274499, 1000}};
    snapshot.asks = {{274501, 500}, {274502, 1000}};
    market::OrderBook book(50);
    book.apply(snapshot);
    feed.onBook(kSymbol, book, 1'700'000'000'000, price, quantity);
    const ConfluenceSignal &first = engine.evaluate(kSymbol);
    const auto *spread = find(component(first), "spread");
    ASSERT_NE(spread, nullptr);
    ASSERT_EQ(spread->state, Sufficiency::Ready);
    EXPECT_NEAR(spread->inputs[2].value, 27450.05, 1e-9); // mid price from ticks of 0.1
    const auto *imbalance = find(component(first), "imbalance");
    EXPECT_NEAR(imbalance->inputs[0].value, 3.0, 1e-12); // 3000 lots of 0.001

    exchange::TradeMessage trades;
    trades.trades.push_back({1'700'000'000'100, 274501, 1500, 1, 0, exchange::Side::Buy, false});
    feed.onTrades(kSymbol, trades, price, quantity);

    exchange::TickerMessage ticker;
    ticker.tsMs = 1'700'000'000'200;
    ticker.set(exchange::TickerField::FundingRate, exchange::Decimal{-1, 4}); // -0.0001
    ticker.set(exchange::TickerField::OpenInterest, exchange::Decimal{123456, 1});
    feed.onTicker(kSymbol, ticker);

    exchange::LiquidationMessage liquidations;
    liquidations.liquidations.push_back(
        {1'700'000'000'300, exchange::Side::Sell, exchange::Decimal{5, 1}, exchange::Decimal{2745000, 2}});
    feed.onLiquidations(kSymbol, liquidations);

    exchange::KlineMessage klines;
    klines.topic.param = 1;
    exchange::Candle open;
    open.startMs = 1'699'999'980'000;
    open.open = open.high = open.low = open.close = 274500;
    open.volume = 100;
    klines.candles = {open};
    int signalsBefore = 0;
    engine.setSignalSink([&](const ConfluenceSignal &) { ++signalsBefore; });
    feed.onKlines(kSymbol, klines, price, quantity);
    EXPECT_EQ(signalsBefore, 0) << "an open candle is not a closed one";
    klines.candles[0].confirmed = true;
    feed.onKlines(kSymbol, klines, price, quantity);
    EXPECT_EQ(signalsBefore, 1);

    const ConfluenceSignal &s = engine.evaluate(kSymbol);
    const ComponentReading &sentiment = s.components[static_cast<size_t>(ComponentId::Sentiment)].timeframes[0];
    EXPECT_DOUBLE_EQ(find(sentiment, "funding_rate")->value, -0.0001);
    const auto *liq = find(sentiment, "liquidations");
    ASSERT_EQ(liq->state, Sufficiency::Ready);
    EXPECT_DOUBLE_EQ(liq->inputs[1].value, 0.5 * 27450.0); // a short was liquidated
    EXPECT_EQ(s.timestampMs, 1'700'000'040'000);

    book.markStale();
    feed.onBook(kSymbol, book, 1'700'000'000'400, price, quantity);
    EXPECT_EQ(find(component(engine.evaluate(kSymbol)), "depth")->state, Sufficiency::Unavailable);
}

TEST(MarketFeedAdapter, AHistoryPageIsEvaluatedOnceWithTheSameResultAsCandleByCandle)
{
    // A bootstrap page of 1,440 candles must not cost 1,440 evaluations on the engine thread: the
    // stream's frames wait behind it. The signal after the page equals the one fed candle by candle.
    ManualClock clock;
    const exchange::DecimalGrid price(1, 1);
    const exchange::DecimalGrid quantity(1, 3);
    exchange::KlineMessage page;
    page.topic.param = 1;
    qint64 close = 274500;
    for (int i = 0; i < 1440; ++i) {
        exchange::Candle c;
        c.startMs = 1'700'000'000'000 + qint64(i) * 60'000;
        c.open = close;
        close += (i * 7919) % 23 - 11;
        c.close = close;
        c.high = std::max(c.open, c.close) + 3;
        c.low = std::min(c.open, c.close) - 3;
        c.volume = 1000 + (i * 104729) % 5000;
        c.confirmed = true;
        page.candles.push_back(c);
    }

    ConfluenceEngine paged(clock, ConfluenceSettings{});
    MarketFeedAdapter pagedFeed(paged);
    int evaluations = 0;
    paged.setSignalSink([&](const ConfluenceSignal &) { ++evaluations; });
    int pauses = 0;
    pagedFeed.onKlines(kSymbol, page, price, quantity, [&] {
        ++pauses;
        EXPECT_EQ(evaluations, 0) << "the page is evaluated after its last candle";
    });
    EXPECT_EQ(evaluations, 1);
    EXPECT_EQ(pauses, 1440 / 64) << "the caller gets the thread back every 64 candles";
    pagedFeed.onKlines(kSymbol, page, price, quantity, [&] { ++pauses; });
    EXPECT_EQ(evaluations, 1) << "a page already taken changes nothing and is not evaluated again";
    EXPECT_EQ(pauses, 1440 / 64);

    ConfluenceEngine single(clock, ConfluenceSettings{});
    MarketFeedAdapter singleFeed(single);
    exchange::KlineMessage one;
    one.topic.param = 1;
    for (const exchange::Candle &c : page.candles) {
        one.candles = {c};
        singleFeed.onKlines(kSymbol, one, price, quantity);
    }
    const ConfluenceSignal *a = paged.latest(kSymbol);
    const ConfluenceSignal *b = single.latest(kSymbol);
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_TRUE(a->ready);
    EXPECT_DOUBLE_EQ(a->score, b->score);
    EXPECT_DOUBLE_EQ(a->coverage, b->coverage);
    EXPECT_EQ(a->timestampMs, b->timestampMs);
    for (size_t c = 0; c < a->components.size(); ++c) {
        if (std::isfinite(b->components[c].score)) {
            EXPECT_DOUBLE_EQ(a->components[c].score, b->components[c].score) << c;
        }
    }
}
