// The paper broker fed the public market: top-50 book replacements alternating with trades, with
// 100 resting orders of its account around the touch (none reached: the common case), and the same
// with a book every 64 events that moves through the nearest order (fill, then the order is placed again).
// The last benchmark is a market order's latency with the account kept on the disk.
// Run: build/bench/trading/bench_matching --benchmark_min_time=1
#include "trading/PaperVenue.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::BookLevel;

namespace {

constexpr std::size_t kBooks = 4096;
constexpr Ticks kMid = 1'000'000; // 100000.0 at tick 0.1
constexpr int kLevels = 50;
constexpr int kRestingPerSide = 50;
constexpr Ticks kRestingGap = 10; // the nearest resting orders, in ticks from the mid

exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec s;
    s.symbol = *exchange::Symbol::from("BTCUSDT");
    s.price = exchange::DecimalGrid(1, 1);
    s.quantity = exchange::DecimalGrid(1, 3);
    s.minOrderLots = 1;
    return s;
}

struct MarketEvents
{
    struct Book
    {
        std::vector<BookLevel> bids, asks;
    };
    struct Trade
    {
        exchange::Side side;
        Ticks price;
        Lots size;
    };
    std::vector<Book> books;
    std::vector<Trade> trades;
};

// Books whose mid wanders ±3 ticks and trades at the touch: never as far as the resting orders.
const MarketEvents &events()
{
    static const MarketEvents e = [] {
        MarketEvents out;
        std::mt19937 rng(42);
        std::uniform_int_distribution<int> jitter(-3, 3), size(1, 5000), coin(0, 1);
        for (std::size_t i = 0; i < kBooks; ++i) {
            const Ticks mid = kMid + jitter(rng);
            MarketEvents::Book b;
            for (int l = 0; l < kLevels; ++l) {
                b.bids.push_back({mid - 1 - l, size(rng)});
                b.asks.push_back({mid + 1 + l, size(rng)});
            }
            out.books.push_back(std::move(b));
            const bool buy = coin(rng) != 0;
            out.trades.push_back(
                {buy ? exchange::Side::Buy : exchange::Side::Sell, buy ? mid + 1 : mid - 1, size(rng)});
        }
        return out;
    }();
    return e;
}

OrderIntent restingOrder(Side side, Ticks price, int n)
{
    OrderIntent i;
    i.orderLinkId = "bench-" + std::to_string(n);
    i.symbol = "BTCUSDT";
    i.side = side;
    i.type = OrderType::Limit;
    i.timeInForce = TimeInForce::GTC;
    i.price = price;
    i.quantity = 10; // 0.01 BTC
    return i;
}

// A broker with 50 buys below and 50 sells above the touch, 1 tick apart.
std::unique_ptr<PaperVenue> makeVenue(int *counter)
{
    auto venue = std::make_unique<PaperVenue>(1e7);
    venue->setClock([] { return qint64(1); });
    venue->addInstrument(btc());
    const MarketEvents &e = events();
    venue->onBook("BTCUSDT", e.books[0].bids, e.books[0].asks, 1);
    for (int i = 0; i < kRestingPerSide; ++i) {
        venue->create(restingOrder(Side::Buy, kMid - kRestingGap - i, ++*counter), {});
        venue->create(restingOrder(Side::Sell, kMid + kRestingGap + i, ++*counter), {});
    }
    return venue;
}

void BM_PaperBookAndTradeNoFill(benchmark::State &state)
{
    int counter = 0;
    const auto venue = makeVenue(&counter);
    const MarketEvents &e = events();
    const std::string symbol = "BTCUSDT";
    std::size_t i = 0;
    qint64 now = 2;
    for (auto _ : state) {
        const MarketEvents::Book &b = e.books[i];
        venue->onBook(symbol, b.bids, b.asks, ++now);
        const MarketEvents::Trade &t = e.trades[i];
        venue->onTrade(symbol, t.side, t.price, t.size, now);
        if (++i == kBooks)
            i = 0;
    }
    if (venue->engine().openOrders(PaperVenue::kAccount, {}).size() != 100)
        state.SkipWithError("a resting order was reached");
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations())); // book events
    state.counters["book_events_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PaperBookAndTradeNoFill);

void BM_PaperBookOnly(benchmark::State &state)
{
    int counter = 0;
    const auto venue = makeVenue(&counter);
    const MarketEvents &e = events();
    const std::string symbol = "BTCUSDT";
    std::size_t i = 0;
    qint64 now = 2;
    for (auto _ : state) {
        const MarketEvents::Book &b = e.books[i];
        venue->onBook(symbol, b.bids, b.asks, ++now);
        if (++i == kBooks)
            i = 0;
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_PaperBookOnly);

// Every 64th book moves up through the nearest sell: it fills (execution, order, position, wallet
// reports) and is placed again at the same price.
void BM_PaperWithFillEvery64Books(benchmark::State &state)
{
    int counter = 0;
    const auto venue = makeVenue(&counter);
    const MarketEvents &e = events();
    const std::string symbol = "BTCUSDT";
    const std::vector<BookLevel> throughBids{{kMid + kRestingGap, 100}};
    const std::vector<BookLevel> throughAsks{{kMid + kRestingGap + 1, 100}};
    const std::vector<BookLevel> throughBidsDown{{kMid - kRestingGap - 1, 100}};
    const std::vector<BookLevel> throughAsksDown{{kMid - kRestingGap, 100}};
    std::size_t i = 0, fills = 0;
    qint64 now = 2;
    Side side = Side::Sell;
    for (auto _ : state) {
        if ((i & 63) == 63) {
            // Through the order, back to the usual market, and the order placed again.
            const MarketEvents::Book &b = e.books[i & (kBooks - 1)];
            if (side == Side::Sell) {
                venue->onBook(symbol, throughBids, throughAsks, ++now);
                venue->onBook(symbol, b.bids, b.asks, now);
                venue->create(restingOrder(Side::Sell, kMid + kRestingGap, ++counter), {});
            } else {
                venue->onBook(symbol, throughBidsDown, throughAsksDown, ++now);
                venue->onBook(symbol, b.bids, b.asks, now);
                venue->create(restingOrder(Side::Buy, kMid - kRestingGap, ++counter), {});
            }
            side = side == Side::Sell ? Side::Buy : Side::Sell; // the position stays within one order
            ++fills;
        } else {
            const MarketEvents::Book &b = e.books[i & (kBooks - 1)];
            venue->onBook(symbol, b.bids, b.asks, ++now);
            const MarketEvents::Trade &t = e.trades[i & (kBooks - 1)];
            venue->onTrade(symbol, t.side, t.price, t.size, now);
        }
        ++i;
    }
    if (venue->engine().executions(PaperVenue::kAccount, {}, 0, fills + 1).size() != fills ||
        venue->engine().openOrders(PaperVenue::kAccount, {}).size() != 100)
        state.SkipWithError("fills or resting orders other than expected");
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_PaperWithFillEvery64Books);

// A market order on a full paper account — 100 resting orders, 1,000 finished orders and 1,000
// executions, what the file keeps at most — answered after the account is on the disk (written,
// flushed, renamed): the latency a paper order pays for surviving a crash. Arg 0: in memory only.
void BM_PaperMarketOrderKeptOnDisk(benchmark::State &state)
{
    const bool onDisk = state.range(0) != 0;
    QTemporaryDir dir;
    int counter = 0;
    const auto venue = makeVenue(&counter);
    std::string error;
    if (onDisk && !venue->keepAccountIn(dir.filePath(QStringLiteral("paper-account.json")), &error)) {
        state.SkipWithError(error.c_str());
        return;
    }
    OrderIntent buy = restingOrder(Side::Buy, 0, 0);
    buy.type = OrderType::Market;
    buy.timeInForce = TimeInForce::IOC;
    for (int i = 0; i < 1'000; ++i) { // a full history: 1,000 fills and finished orders
        buy.orderLinkId = "fill-" + std::to_string(++counter);
        buy.side = i % 2 ? Side::Sell : Side::Buy;
        venue->create(buy, {});
    }
    bool ok = true;
    for (auto _ : state) {
        buy.orderLinkId = "fill-" + std::to_string(++counter);
        buy.side = counter % 2 ? Side::Sell : Side::Buy;
        venue->create(buy, [&ok](const VenueReply &r) { ok = ok && r.ok; });
    }
    if (!ok || !venue->saveError().empty())
        state.SkipWithError("an order was refused or the account was not saved");
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_PaperMarketOrderKeptOnDisk)->Arg(0)->Arg(1)->UseRealTime()->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
