// The engine's pacing on a ManualClock: the drain window (while the stream keeps coming, the
// hand-over queues are drained at most once per window, and nothing is lost or reordered) and the
// market tap handed to the trading thread at most once per interval (every mark and trade, in order;
// each book as it is when the batch leaves).

#include "DecoderTestSupport.h"
#include "base/Clock.h"
#include "connector/FeedApplier.h"
#include "connector/PublicMessageDecoder.h"
#include "connector/WakeTimer.h"
#include "model/health/TimeoutJournal.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

// A WakeTimer the test fires by hand.
class HandTimer final : public WakeTimer
{
public:
    void arm(qint64 delayNs) override
    {
        m_armed = true;
        delay = delayNs;
        ++arms;
    }
    void cancel() override { m_armed = false; }
    void fireNow() { fire(); }
    qint64 delay = -1;
    int arms = 0;
};

std::string bookFrame(bool snapshot, quint64 u, const char *bidSize)
{
    return std::string(R"({"topic":"orderbook.1.BTCUSDT","type":")") + (snapshot ? "snapshot" : "delta") +
           R"(","ts":1700000000000,"data":{"s":"BTCUSDT","b":[["27450.00",")" + bidSize +
           R"("]],"a":[["27451.00","1.000"]],"u":)" + std::to_string(u) + R"(,"seq":)" + std::to_string(u) +
           R"(},"cts":1700000000000})";
}

std::string tickerFrame(const char *mark)
{
    return std::string(R"({"topic":"tickers.BTCUSDT","type":"snapshot","data":{"symbol":"BTCUSDT","markPrice":")") +
           mark + R"("},"cs":1,"ts":1700000000000})";
}

std::string tradeFrame(const char *price)
{
    return std::string(R"({"topic":"publicTrade.BTCUSDT","type":"snapshot","ts":1700000000000,"data":[)") +
           R"({"T":1700000000000,"s":"BTCUSDT","S":"Buy","v":"0.010","p":")" + price + R"(","i":"x","BT":false}]})";
}

class EnginePacing : public ::testing::Test
{
protected:
    EnginePacing()
    {
        applier.setCatalog(catalog);
        applier.setWakeAcknowledger([this](bool rearm) { acks.push_back(rearm); });
    }

    void push(const std::string &frame)
    {
        PublicMessage *slot = queue.tryBeginPush();
        ASSERT_NE(slot, nullptr);
        *slot = decoder.decode(frame, clock.monotonicNs());
        slot->connectionIndex = 0;
        queue.commitPush();
    }
    std::optional<quint64> bookUpdateId()
    {
        const auto book = applier.orderBook(QStringLiteral("BTCUSDT"), 1);
        return book && book->valid ? std::optional<quint64>(book->updateId) : std::nullopt;
    }
    const market::SymbolMarket *btc() { return applier.market().find(*Symbol::from("BTCUSDT")); }

    ManualClock clock;
    MessageQueue queue{1024};
    health::TimeoutJournal journal{clock};
    FeedApplier applier{{&queue}, {QStringLiteral("conn_0")}, journal, clock, 1000};
    std::shared_ptr<const InstrumentCatalog> catalog = test::fixtureCatalog();
    PublicMessageDecoder decoder{catalog};
    std::vector<bool> acks;
};

constexpr qint64 kWindowNs = 500'000;

} // namespace

TEST_F(EnginePacing, ManyReadsWithinTheWindowAreAppliedByOneDrainInOrder)
{
    auto owned = std::make_unique<HandTimer>();
    HandTimer &timer = *owned;
    applier.setDrainWindow(kWindowNs, std::move(owned));

    // After a quiet spell the wake-up is drained at once and re-armed: no added latency.
    push(bookFrame(true, 1, "1.000"));
    applier.drain();
    EXPECT_EQ(bookUpdateId(), 1u);
    EXPECT_EQ(acks, std::vector<bool>{true});
    EXPECT_FALSE(timer.armed());

    // The next wake-up within the window: drained, but the wake-up stays held and the timer brings
    // the engine back when the window ends.
    clock.advanceNs(100'000);
    push(bookFrame(false, 2, "1.000"));
    applier.drain();
    EXPECT_EQ(bookUpdateId(), 2u);
    EXPECT_EQ(acks.back(), false);
    ASSERT_TRUE(timer.armed());
    EXPECT_EQ(timer.delay, kWindowNs);

    // Ten socket reads of five messages each in the window: the network thread posts nothing (the
    // wake-up is held), so none is applied until the window ends.
    const qint64 windowStart = clock.monotonicNs();
    quint64 u = 3;
    for (int read = 0; read < 10; ++read) {
        for (int i = 0; i < 5; ++i, ++u)
            push(bookFrame(false, u, u % 2 ? "2.000" : "3.000"));
        clock.advanceNs(45'000);
    }
    EXPECT_EQ(bookUpdateId(), 2u);
    const quint64 drainsBefore = applier.drainCount();
    clock.advanceNs(windowStart + kWindowNs - clock.monotonicNs());
    timer.fireNow();
    EXPECT_EQ(applier.drainCount(), drainsBefore + 1) << "one drain for the whole window";
    EXPECT_EQ(bookUpdateId(), 52u) << "every delta applied";
    ASSERT_NE(btc(), nullptr);
    EXPECT_EQ(btc()->counters().bookGaps, 0u) << "in order: a lost or swapped delta is a gap";
    EXPECT_EQ(acks.back(), false) << "the stream kept coming: the next window starts";
    EXPECT_TRUE(timer.armed());
    // No message waited longer than the window.
    EXPECT_LE(applier.latency(0).maxUs, kWindowNs / 1000);
    EXPECT_GE(applier.latency(0).maxUs, kWindowNs / 1000 - 50);

    // The window ends on an empty queue: the wake-up is re-armed and the engine sleeps.
    clock.advanceNs(kWindowNs);
    timer.fireNow();
    EXPECT_EQ(applier.drainCount(), drainsBefore + 1);
    EXPECT_EQ(acks.back(), true);
    EXPECT_FALSE(timer.armed());

    // A message after the quiet spell: drained at once again.
    clock.advanceNs(10'000'000);
    push(bookFrame(false, 53, "4.000"));
    applier.drain();
    EXPECT_EQ(bookUpdateId(), 53u);
    EXPECT_EQ(acks.back(), true);
    EXPECT_FALSE(timer.armed());
    EXPECT_EQ(btc()->counters().bookGaps, 0u);
}

// A message pushed between the window's end finding the queue empty and the re-armed wake-up is
// not stranded: the engine looks once more after re-arming.
TEST_F(EnginePacing, AMessageThatRacesTheEndOfTheWindowIsDrained)
{
    auto owned = std::make_unique<HandTimer>();
    HandTimer &timer = *owned;
    applier.setDrainWindow(kWindowNs, std::move(owned));
    push(bookFrame(true, 1, "1.000"));
    applier.drain();
    push(bookFrame(false, 2, "1.000"));
    applier.drain();
    ASSERT_TRUE(timer.armed());
    // The producer pushes just as the engine re-arms (here: inside the acknowledgement).
    applier.setWakeAcknowledger([this](bool rearm) {
        acks.push_back(rearm);
        if (rearm && queue.emptyApprox())
            push(bookFrame(false, 3, "1.000"));
    });
    timer.fireNow();
    EXPECT_EQ(acks.back(), true);
    EXPECT_EQ(bookUpdateId(), 3u);
}

TEST_F(EnginePacing, WithoutAWindowEveryWakeUpIsDrainedAndReArmed)
{
    applier.setDrainWindow(0, std::make_unique<HandTimer>());
    push(bookFrame(true, 1, "1.000"));
    applier.drain();
    for (quint64 u = 2; u <= 5; ++u) {
        clock.advanceNs(10'000);
        push(bookFrame(false, u, "1.000"));
        applier.drain();
        EXPECT_EQ(bookUpdateId(), u);
    }
    EXPECT_EQ(acks, std::vector<bool>(5, true));
}

TEST_F(EnginePacing, TheTapCarriesEveryMarkAndTradeInOrderAndEachBookAsItIsAtMostOncePerInterval)
{
    std::vector<std::shared_ptr<MarketTapBatch>> batches;
    applier.setMarketTap([&](std::shared_ptr<MarketTapBatch> batch) { batches.push_back(std::move(batch)); }, true, 5);
    auto owned = std::make_unique<HandTimer>();
    HandTimer &timer = *owned;
    constexpr qint64 kIntervalNs = 5'000'000;
    applier.setTapInterval(kIntervalNs, std::move(owned));

    // The first batch after a quiet interval goes at once.
    push(bookFrame(true, 1, "1.000"));
    push(tickerFrame("27450.50"));
    push(tradeFrame("27451.00"));
    applier.drain();
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0]->marks.size(), 1u);
    EXPECT_EQ(batches[0]->trades.size(), 1u);
    ASSERT_EQ(batches[0]->books.size(), 1u);
    EXPECT_FALSE(timer.armed());

    // Within the interval: three drains, nothing handed on until the timer.
    const std::vector<const char *> marks = {"27452.00", "27449.00", "27453.50"};
    const std::vector<const char *> prices = {"27452.00", "27448.00", "27453.00"};
    for (int i = 0; i < 3; ++i) {
        clock.advanceNs(1'000'000);
        push(bookFrame(false, quint64(2 + i), i == 2 ? "7.000" : "5.000"));
        push(tickerFrame(marks[size_t(i)]));
        push(tradeFrame(prices[size_t(i)]));
        applier.drain();
    }
    EXPECT_EQ(batches.size(), 1u);
    ASSERT_TRUE(timer.armed());
    EXPECT_EQ(timer.delay, kIntervalNs + FeedApplier::kTapGraceNs - 1'000'000)
        << "a backstop due after the interval that follows the last batch";
    clock.advanceNs(2'000'000);
    timer.fireNow();
    ASSERT_EQ(batches.size(), 2u);
    const MarketTapBatch &b = *batches[1];
    const DecimalGrid &price = catalog->find("BTCUSDT")->price;
    const DecimalGrid &size = catalog->find("BTCUSDT")->quantity;
    ASSERT_EQ(b.marks.size(), 3u) << "every mark, so a TP/SL between two of them is not missed";
    ASSERT_EQ(b.trades.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(b.marks[i].markTicks, price.toSteps(std::string_view(marks[i])).value) << i;
        EXPECT_EQ(b.trades[i].price, price.toSteps(std::string_view(prices[i])).value) << i;
    }
    ASSERT_EQ(b.books.size(), 1u) << "one book, as it is now";
    ASSERT_FALSE(b.books[0].bids.empty());
    EXPECT_EQ(b.books[0].bids[0].size, size.toSteps(std::string_view("7.000")).value);

    // Nothing new: no batch, no timer.
    clock.advanceNs(kIntervalNs);
    applier.drain();
    EXPECT_EQ(batches.size(), 2u);
    EXPECT_FALSE(timer.armed());
    // A mark after a quiet interval goes at once again.
    push(tickerFrame("27460.00"));
    applier.drain();
    ASSERT_EQ(batches.size(), 3u);
    EXPECT_EQ(batches[2]->marks.size(), 1u);
}

TEST_F(EnginePacing, ADrainAfterTheTapIntervalHandsTheBatchOnBeforeTheBackstopTimer)
{
    std::vector<std::shared_ptr<MarketTapBatch>> batches;
    applier.setMarketTap([&](std::shared_ptr<MarketTapBatch> batch) { batches.push_back(std::move(batch)); }, true, 5);
    auto owned = std::make_unique<HandTimer>();
    HandTimer &timer = *owned;
    constexpr qint64 kIntervalNs = 5'000'000;
    applier.setTapInterval(kIntervalNs, std::move(owned));

    push(tickerFrame("27450.50"));
    applier.drain();
    ASSERT_EQ(batches.size(), 1u);
    clock.advanceNs(1'000'000);
    push(tickerFrame("27451.50"));
    applier.drain();
    EXPECT_EQ(batches.size(), 1u);
    ASSERT_TRUE(timer.armed());

    // The stream goes on: the first drain after the interval carries the batch, the timer is off.
    clock.advanceNs(4'500'000);
    push(tickerFrame("27452.50"));
    applier.drain();
    ASSERT_EQ(batches.size(), 2u);
    EXPECT_EQ(batches[1]->marks.size(), 2u);
    EXPECT_FALSE(timer.armed());
}
