#include "../exchange/DecoderTestSupport.h"
#include "connector/PublicMessageDecoder.h"
#include "model/market/OrderBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

using namespace virtuoso;
using namespace virtuoso::exchange;
using namespace virtuoso::market;

namespace {

OrderBookMessage bookMessage(bool snapshot, quint64 u, std::vector<BookLevel> bids, std::vector<BookLevel> asks)
{
    OrderBookMessage m;
    m.topic = TopicKey::orderBook(*Symbol::from("BTCUSDT"), 50);
    m.snapshot = snapshot;
    m.updateId = u;
    m.seq = u * 10;
    m.tsMs = static_cast<qint64>(u) * 100;
    m.bids = std::move(bids);
    m.asks = std::move(asks);
    return m;
}

std::vector<BookLevel> bidsOf(const OrderBook &book)
{
    std::vector<BookLevel> bids, asks;
    book.topLevels(1000, bids, asks);
    return bids;
}

std::vector<BookLevel> asksOf(const OrderBook &book)
{
    std::vector<BookLevel> bids, asks;
    book.topLevels(1000, bids, asks);
    return asks;
}

} // namespace

TEST(OrderBookTest, SnapshotThenDeltasInsertReplaceDelete)
{
    OrderBook book(50);
    EXPECT_FALSE(book.valid());
    ASSERT_EQ(book.apply(bookMessage(true, 100, {{100, 5}, {99, 3}, {97, 1}}, {{101, 2}, {103, 4}})), BookUpdate::Ok);
    EXPECT_TRUE(book.valid());
    EXPECT_EQ(book.bestBid(), (BookLevel{100, 5}));
    EXPECT_EQ(book.bestAsk(), (BookLevel{101, 2}));
    EXPECT_EQ(book.spread(), 1);
    EXPECT_EQ(book.midTimesTwo(), 201);

    // insert 98 and 102, replace 99, delete 100 and 101, delete a level that does not exist
    ASSERT_EQ(book.apply(bookMessage(false, 101, {{98, 7}, {99, 6}, {100, 0}, {50, 0}}, {{102, 1}, {101, 0}})),
              BookUpdate::Ok);
    EXPECT_EQ(bidsOf(book), (std::vector<BookLevel>{{99, 6}, {98, 7}, {97, 1}}));
    EXPECT_EQ(asksOf(book), (std::vector<BookLevel>{{102, 1}, {103, 4}}));
    EXPECT_EQ(book.updateId(), 101u);
    EXPECT_EQ(book.seq(), 1010u);
    EXPECT_EQ(book.updateTsMs(), 10100);
    EXPECT_EQ(book.bid(0).price, 99);
    EXPECT_EQ(book.ask(1).price, 103);
    EXPECT_EQ(book.bidCount(), 3u);
}

TEST(OrderBookTest, GapMakesTheBookStaleUntilTheNextSnapshot)
{
    OrderBook book(50);
    book.apply(bookMessage(true, 10, {{100, 1}}, {{101, 1}}));
    EXPECT_EQ(book.apply(bookMessage(false, 12, {{100, 9}}, {})), BookUpdate::Gap);
    EXPECT_TRUE(book.stale());
    EXPECT_EQ(book.bestBid()->size, 1); // the gap delta was not applied
    EXPECT_EQ(book.apply(bookMessage(false, 13, {{100, 9}}, {})), BookUpdate::AwaitingSnapshot);
    EXPECT_EQ(book.apply(bookMessage(true, 20, {{100, 2}}, {{101, 1}})), BookUpdate::Ok);
    EXPECT_TRUE(book.valid());
    EXPECT_EQ(book.apply(bookMessage(false, 21, {{100, 3}}, {})), BookUpdate::Ok);
    // A duplicate or old u is a gap too.
    EXPECT_EQ(book.apply(bookMessage(false, 21, {{100, 4}}, {})), BookUpdate::Gap);
}

TEST(OrderBookTest, DeltaBeforeAnySnapshotAsksForOneResync)
{
    OrderBook book(50);
    EXPECT_EQ(book.apply(bookMessage(false, 5, {{100, 1}}, {})), BookUpdate::Gap);
    EXPECT_EQ(book.apply(bookMessage(false, 6, {{100, 1}}, {})), BookUpdate::AwaitingSnapshot);
    EXPECT_FALSE(book.hasSnapshot());
}

TEST(OrderBookTest, CrossedBookIsStale)
{
    OrderBook book(50);
    book.apply(bookMessage(true, 1000, {{100, 1}}, {{101, 1}}));
    EXPECT_EQ(book.apply(bookMessage(false, 1001, {{101, 5}}, {})), BookUpdate::Crossed);
    EXPECT_TRUE(book.stale());
    EXPECT_EQ(book.apply(bookMessage(true, 5, {{100, 1}}, {{100, 1}})), BookUpdate::Crossed);
    EXPECT_EQ(book.apply(bookMessage(true, 6, {{100, 1}}, {{102, 1}})), BookUpdate::Ok);
}

TEST(OrderBookTest, UpdateIdOneSnapshotResetsAndResentSnapshotReplaces)
{
    OrderBook book(50);
    book.apply(bookMessage(true, 500, {{100, 1}, {99, 1}}, {{101, 1}}));
    book.apply(bookMessage(false, 501, {{98, 1}}, {}));
    EXPECT_EQ(book.apply(bookMessage(true, 1, {{90, 4}}, {{95, 4}})), BookUpdate::Reset);
    EXPECT_EQ(bidsOf(book), (std::vector<BookLevel>{{90, 4}}));
    EXPECT_EQ(book.updateId(), 1u);
    EXPECT_EQ(book.apply(bookMessage(false, 2, {{91, 1}}, {})), BookUpdate::Ok);
    // The server may resend a snapshot at any time: it replaces the book, whatever its u.
    EXPECT_EQ(book.apply(bookMessage(true, 77, {{80, 1}}, {{85, 1}})), BookUpdate::Ok);
    EXPECT_EQ(bidsOf(book), (std::vector<BookLevel>{{80, 1}}));
    EXPECT_EQ(asksOf(book), (std::vector<BookLevel>{{85, 1}}));
}

TEST(OrderBookTest, SnapshotInAnyOrderWithZeroSizesAndDuplicates)
{
    OrderBook book(50);
    book.apply(bookMessage(true, 3, {{97, 1}, {100, 2}, {99, 0}, {98, 3}, {100, 2}}, {{105, 1}, {101, 1}}));
    EXPECT_EQ(bidsOf(book), (std::vector<BookLevel>{{100, 2}, {98, 3}, {97, 1}}));
    EXPECT_EQ(asksOf(book), (std::vector<BookLevel>{{101, 1}, {105, 1}}));
}

TEST(OrderBookTest, DepthWithinBandAroundTheMid)
{
    OrderBook book(50);
    // mid = 1000 ticks; 1 % band = 990..1010
    book.apply(bookMessage(true, 1, {{999, 1}, {995, 2}, {990, 4}, {989, 8}}, {{1001, 1}, {1010, 2}, {1011, 4}}));
    const BookDepth d = book.depthWithinBps(100);
    EXPECT_EQ(d.bidLots, 7);
    EXPECT_EQ(d.bidLevels, 3);
    EXPECT_EQ(d.askLots, 3);
    EXPECT_EQ(d.askLevels, 2);
    EXPECT_EQ(book.depthWithinBps(0).bidLots, 0);
    EXPECT_EQ(book.depthWithinBps(10000).bidLots, 15);
    EXPECT_EQ(OrderBook(50).depthWithinBps(100).bidLots, 0);
}

TEST(OrderBookTest, MemoryStaysBoundedForAMalformedStream)
{
    OrderBook book(50);
    book.apply(bookMessage(true, 1, {{1, 1}}, {{1000000, 1}}));
    quint64 u = 1;
    for (int i = 0; i < 100; ++i) {
        std::vector<BookLevel> bids;
        for (int k = 0; k < 20; ++k)
            bids.push_back({2 + i * 20 + k, 1});
        ASSERT_EQ(book.apply(bookMessage(false, ++u, bids, {})), BookUpdate::Ok);
    }
    EXPECT_EQ(book.bidCount(), 200u); // 4 × depth, the worst levels trimmed
    EXPECT_EQ(book.bestBid()->price, 2 + 99 * 20 + 19);
}

// Random deltas (best-first as Bybit sends them, or shuffled) against a std::map model.
TEST(OrderBookTest, RandomDeltasMatchAMapModelInAnyLevelOrder)
{
    std::mt19937 rng(4242);
    for (const bool shuffled : {false, true}) {
        OrderBook book(0);
        std::map<Ticks, Lots> bids, asks;
        quint64 u = 1;
        book.apply(bookMessage(true, u, {}, {}));
        for (int n = 0; n < 3000; ++n) {
            std::map<Ticks, Lots> db, da; // one change per price per delta
            const int changes = 1 + static_cast<int>(rng() % 30);
            for (int c = 0; c < changes; ++c) {
                const bool bidSide = rng() % 2;
                const Ticks price =
                    bidSide ? 1000 - static_cast<Ticks>(rng() % 400) : 1001 + static_cast<Ticks>(rng() % 400);
                const Lots size = rng() % 3 == 0 ? 0 : 1 + static_cast<Lots>(rng() % 100);
                (bidSide ? db : da)[price] = size;
            }
            std::vector<BookLevel> deltaBids, deltaAsks;
            for (auto it = db.rbegin(); it != db.rend(); ++it)
                deltaBids.push_back({it->first, it->second});
            for (const auto &[p, q] : da)
                deltaAsks.push_back({p, q});
            if (shuffled) {
                std::shuffle(deltaBids.begin(), deltaBids.end(), rng);
                std::shuffle(deltaAsks.begin(), deltaAsks.end(), rng);
            }
            for (const auto &[p, q] : db)
                q ? void(bids[p] = q) : void(bids.erase(p));
            for (const auto &[p, q] : da)
                q ? void(asks[p] = q) : void(asks.erase(p));
            ASSERT_EQ(book.apply(bookMessage(false, ++u, deltaBids, deltaAsks)), BookUpdate::Ok);
            ASSERT_EQ(book.bidCount(), bids.size());
            ASSERT_EQ(book.askCount(), asks.size());
            std::size_t i = 0;
            for (auto it = bids.rbegin(); it != bids.rend(); ++it, ++i)
                ASSERT_EQ(book.bid(i), (BookLevel{it->first, it->second})) << "delta " << n << " bid " << i;
            i = 0;
            for (auto it = asks.begin(); it != asks.end(); ++it, ++i)
                ASSERT_EQ(book.ask(i), (BookLevel{it->first, it->second})) << "delta " << n << " ask " << i;
        }
    }
}

// The acceptance test: replay the real XRPUSDT orderbook capture through the decoder and the book,
// and after every message compare every level with a model recomputed here from the raw JSON
// (Qt's JSON parser, price strings as keys): no shared code with the decoder or the book.
TEST(OrderBookTest, RealXrpCaptureMatchesAnIndependentRecomputation)
{
    const std::string capture = test::readDataFile("bybit/xrpusdt_orderbook500_2024-12-01.jsonl");
    ASSERT_FALSE(capture.empty());
    auto catalog = test::fixtureCatalog();
    const InstrumentSpec *xrp = catalog->find("XRPUSDT");
    ASSERT_NE(xrp, nullptr);
    PublicMessageDecoder decoder(catalog);
    OrderBook book(500);

    auto byPrice = [](const std::string &a, const std::string &b) { return std::stold(a) < std::stold(b); };
    std::map<std::string, std::string, decltype(byPrice)> modelBids(byPrice), modelAsks(byPrice);

    const QList<QByteArray> lines = QByteArray::fromStdString(capture).split('\n');
    int applied = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        // Model.
        const QJsonObject root = QJsonDocument::fromJson(line).object();
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        const bool snapshot = root.value(QStringLiteral("type")).toString() == QStringLiteral("snapshot");
        if (snapshot) {
            modelBids.clear();
            modelAsks.clear();
        }
        auto applyModel = [](auto &side, const QJsonArray &levels) {
            for (const QJsonValue &level : levels) {
                const std::string price = level.toArray().at(0).toString().toStdString();
                const std::string size = level.toArray().at(1).toString().toStdString();
                if (size == "0")
                    side.erase(price);
                else
                    side[price] = size;
            }
        };
        applyModel(modelBids, data.value(QStringLiteral("b")).toArray());
        applyModel(modelAsks, data.value(QStringLiteral("a")).toArray());

        // System under test.
        const PublicMessage message = decoder.decode(std::string_view(line.constData(), line.size()), 0);
        const OrderBookMessage *update = message.as<OrderBookMessage>();
        ASSERT_NE(update, nullptr) << "line " << applied;
        const BookUpdate result = book.apply(*update);
        ASSERT_EQ(result, BookUpdate::Ok) << "line " << applied << ": " << bookUpdateName(result);

        // Every level, best first, as the exchange's strings.
        ASSERT_EQ(book.bidCount(), modelBids.size()) << "line " << applied;
        ASSERT_EQ(book.askCount(), modelAsks.size()) << "line " << applied;
        std::size_t i = 0;
        for (auto it = modelBids.rbegin(); it != modelBids.rend(); ++it, ++i) {
            ASSERT_EQ(xrp->price.format(book.bid(i).price), it->first) << "line " << applied << " bid " << i;
            ASSERT_EQ(xrp->quantity.format(book.bid(i).size), it->second) << "line " << applied << " bid " << i;
        }
        i = 0;
        for (auto it = modelAsks.begin(); it != modelAsks.end(); ++it, ++i) {
            ASSERT_EQ(xrp->price.format(book.ask(i).price), it->first) << "line " << applied << " ask " << i;
            ASSERT_EQ(xrp->quantity.format(book.ask(i).size), it->second) << "line " << applied << " ask " << i;
        }
        EXPECT_EQ(book.updateId(), static_cast<quint64>(data.value(QStringLiteral("u")).toInteger()));
        EXPECT_EQ(book.seq(), static_cast<quint64>(data.value(QStringLiteral("seq")).toInteger()));
        EXPECT_EQ(book.updateCtsMs(), root.value(QStringLiteral("cts")).toInteger());
        ++applied;
    }
    EXPECT_EQ(applied, 50);
    EXPECT_TRUE(book.valid());
    EXPECT_LT(book.bestBid()->price, book.bestAsk()->price);
}
