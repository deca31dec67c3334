#include "connector/HandoverQueue.h"
#include "model/market/PublicMessage.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace virtuoso::exchange;

TEST(HandoverQueueTest, CapacityIsAPowerOfTwo)
{
    EXPECT_EQ(HandoverQueue<int>(0).capacity(), 2u);
    EXPECT_EQ(HandoverQueue<int>(5).capacity(), 8u);
    EXPECT_EQ(HandoverQueue<int>(1024).capacity(), 1024u);
}

TEST(HandoverQueueTest, FullQueueRefusesAndCountsInsteadOfGrowing)
{
    HandoverQueue<int> q(4);
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(q.tryPush(i));
    EXPECT_FALSE(q.tryPush(99));
    EXPECT_EQ(q.tryBeginPush(), nullptr);
    EXPECT_EQ(q.overflowCount(), 2u);
    EXPECT_EQ(q.sizeApprox(), 4u);

    std::vector<int> seen;
    EXPECT_EQ(q.drain([&](int &v) { seen.push_back(v); }, 3), 3u);
    EXPECT_EQ(seen, (std::vector<int>{0, 1, 2}));
    EXPECT_TRUE(q.tryPush(4));
    EXPECT_TRUE(q.tryPush(5));
    EXPECT_TRUE(q.tryPush(6));
    EXPECT_FALSE(q.tryPush(7));
    seen.clear();
    EXPECT_EQ(q.drain([&](int &v) { seen.push_back(v); }), 4u);
    EXPECT_EQ(seen, (std::vector<int>{3, 4, 5, 6}));
    EXPECT_TRUE(q.emptyApprox());
    EXPECT_EQ(q.drain([](int &) {}), 0u);
    EXPECT_EQ(q.overflowCount(), 3u);
}

TEST(HandoverQueueTest, FrontAndPop)
{
    HandoverQueue<int> q(2);
    EXPECT_EQ(q.front(), nullptr);
    q.tryPush(7);
    const int *front = q.front();
    ASSERT_NE(front, nullptr);
    EXPECT_EQ(*front, 7);
    q.pop();
    EXPECT_EQ(q.front(), nullptr);
}

// Slots keep what the last message left, so decoding into them in place reuses vector capacity.
TEST(HandoverQueueTest, SlotsAreReusedInPlace)
{
    HandoverQueue<PublicMessage> q(2);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 2; ++i) {
            PublicMessage *slot = q.tryBeginPush();
            ASSERT_NE(slot, nullptr);
            auto *book = std::get_if<OrderBookMessage>(&slot->body);
            if (!book)
                book = &slot->body.emplace<OrderBookMessage>();
            if (round > 0) {
                EXPECT_GE(book->bids.capacity(), 100u) << "slot lost its capacity";
            }
            book->bids.assign(100, BookLevel{1, 1});
            slot->receivedNs = round * 10 + i;
            q.commitPush();
        }
        std::vector<qint64> received;
        q.drain([&](PublicMessage &m) { received.push_back(m.receivedNs); });
        EXPECT_EQ(received, (std::vector<qint64>{round * 10, round * 10 + 1}));
    }
}

// Two threads, a small queue so the producer hits "full" often: every item arrives once, in order,
// and every refused push is accounted for.
TEST(HandoverQueueTest, SpscAcrossTwoThreadsKeepsOrderAndCountsOverflows)
{
    constexpr std::uint64_t kItems = 300'000;
    HandoverQueue<std::uint64_t> q(64);
    std::atomic<bool> done{false};
    std::uint64_t refused = 0;
    std::thread producer([&] {
        for (std::uint64_t i = 0; i < kItems;) {
            if (std::uint64_t *slot = q.tryBeginPush()) {
                *slot = i++;
                q.commitPush();
            } else {
                ++refused;
                std::this_thread::yield(); // the machine may have fewer free cores than threads
            }
        }
        done.store(true, std::memory_order_release);
    });
    std::uint64_t expected = 0;
    bool inOrder = true;
    std::uint64_t batches = 0;
    while (expected < kItems) {
        const std::size_t n = q.drain(
            [&](std::uint64_t &v) {
                if (v != expected)
                    inOrder = false;
                ++expected;
            },
            32);
        if (n) {
            ++batches;
        } else {
            if (done.load(std::memory_order_acquire) && q.emptyApprox())
                break;
            std::this_thread::yield();
        }
    }
    producer.join();
    EXPECT_TRUE(inOrder);
    EXPECT_EQ(expected, kItems);
    EXPECT_EQ(q.overflowCount(), refused);
    EXPECT_GT(batches, 0u);
    EXPECT_TRUE(q.emptyApprox());
}
