// The order book's one-pass reader against the general JSON path: every frame it takes, the general
// path decodes to the same message; everything unusual it leaves to the general path.
#include "DecoderTestSupport.h"
#include "connector/PublicMessageDecoder.h"

#include <gtest/gtest.h>

#include <random>

using namespace virtuoso::exchange;
using virtuoso::test::fixtureCatalog;
using virtuoso::test::readDataFile;

namespace {

std::vector<std::string> captureLines(std::size_t count)
{
    const std::string capture = readDataFile("bybit/xrpusdt_orderbook500_2024-12-01.jsonl");
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (lines.size() < count && start < capture.size()) {
        std::size_t end = capture.find('\n', start);
        if (end == std::string::npos)
            end = capture.size();
        if (end > start)
            lines.push_back(capture.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// Two decoders of the same catalog: one as shipped, one with every frame on the general path.
struct TwoPaths
{
    PublicMessageDecoder canonical{fixtureCatalog()};
    PublicMessageDecoder general{fixtureCatalog()};
    TwoPaths() { general.setCanonicalPath(false); }

    // Decodes `frame` both ways; true when the one-pass reader took it.
    bool decode(const std::string &frame, PublicMessage &fast, PublicMessage &slow)
    {
        const quint64 before = canonical.canonicalCount();
        canonical.decode(frame, 5, fast);
        general.decode(frame, 5, slow);
        EXPECT_EQ(general.canonicalCount(), 0u);
        return canonical.canonicalCount() == before + 1;
    }
};

void expectSameBook(const PublicMessage &fast, const PublicMessage &slow, const std::string &frame)
{
    const auto *a = fast.as<OrderBookMessage>();
    const auto *b = slow.as<OrderBookMessage>();
    ASSERT_NE(a, nullptr) << frame;
    ASSERT_NE(b, nullptr) << "the general path refused what the one-pass reader took: " << frame;
    EXPECT_EQ(a->topic, b->topic) << frame;
    EXPECT_EQ(a->snapshot, b->snapshot) << frame;
    EXPECT_EQ(a->updateId, b->updateId) << frame;
    EXPECT_EQ(a->seq, b->seq) << frame;
    EXPECT_EQ(a->tsMs, b->tsMs) << frame;
    EXPECT_EQ(a->ctsMs, b->ctsMs) << frame;
    EXPECT_EQ(a->bids, b->bids) << frame;
    EXPECT_EQ(a->asks, b->asks) << frame;
    EXPECT_EQ(fast.receivedNs, slow.receivedNs);
}

// Whatever the general path made of a frame the one-pass reader declined: the same book, or the same
// error, since the shipped decoder then takes the general path.
void expectSameOutcome(const PublicMessage &fast, const PublicMessage &slow, const std::string &frame)
{
    ASSERT_EQ(fast.body.index(), slow.body.index()) << frame;
    if (const auto *a = fast.as<DecodeError>()) {
        const auto *b = slow.as<DecodeError>();
        ASSERT_NE(b, nullptr) << frame;
        EXPECT_EQ(a->kind, b->kind) << frame;
        EXPECT_EQ(a->detail, b->detail) << frame;
    } else if (fast.as<OrderBookMessage>()) {
        expectSameBook(fast, slow, frame);
    }
}

TEST(DecoderCanonicalPath, TheExchangesOwnBookFramesTakeItAndDecodeAsTheGeneralPathDoes)
{
    TwoPaths paths;
    std::vector<std::string> frames = captureLines(200);
    ASSERT_GE(frames.size(), 40u);
    frames.push_back(readDataFile("bybit/ws_orderbook_snapshot.json"));
    frames.push_back(readDataFile("bybit/ws_orderbook_delta.json"));
    std::size_t levels = 0;
    for (const std::string &frame : frames) {
        PublicMessage fast, slow;
        EXPECT_TRUE(paths.decode(frame, fast, slow)) << frame.substr(0, 200);
        expectSameBook(fast, slow, frame.substr(0, 200));
        if (const auto *m = fast.as<OrderBookMessage>())
            levels += m->bids.size() + m->asks.size();
    }
    EXPECT_GT(levels, 500u);
    EXPECT_EQ(paths.canonical.errorCount(), 0u);
}

TEST(DecoderCanonicalPath, UnusualFramesAreLeftToTheGeneralPath)
{
    const std::string tail =
        R"("ts":1,"data":{"s":"BTCUSDT","b":[["27450.50","0.100"]],"a":[],"u":7,"seq":9},"cts":0})";
    const std::string plain = R"({"topic":"orderbook.50.BTCUSDT","type":"delta",)" + tail;
    const std::vector<std::string> declined = {
        // an escape in a string, in a key (which the general path does not unescape either), in the symbol
        R"({"topic":"orderbook.50.BTC\u0055SDT","type":"delta",)" + tail,
        R"({"\u0074opic":"orderbook.50.BTCUSDT","type":"delta",)" + tail,
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTC\/USDT","b":[],"a":[],"u":7}})",
        // numbers in another form
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1e3,"data":{"s":"BTCUSDT","b":[],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":"1","data":{"s":"BTCUSDT","b":[],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["2.745050e4","0.1"]],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[[27450.5,"0.1"]],"a":[],"u":7}})",
        // data before topic, an extra member, members the general path ignores
        R"({"data":{"s":"BTCUSDT","b":[],"a":[],"u":7},"topic":"orderbook.50.BTCUSDT","type":"delta"})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","id":"x",)" + tail,
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[],"a":[],"u":7,"pu":6}})",
        // a string that is not ASCII
        "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\",\"ts\":1,\"data\":{\"s\":\"BTC\xc3\xa9\",\"b\":[],"
        "\"a\":[],\"u\":7}}",
    };
    TwoPaths paths;
    for (const std::string &frame : declined) {
        PublicMessage fast, slow;
        EXPECT_FALSE(paths.decode(frame, fast, slow)) << frame;
        expectSameOutcome(fast, slow, frame);
    }
    PublicMessage fast, slow;
    EXPECT_TRUE(paths.decode(plain, fast, slow));
    expectSameBook(fast, slow, plain);
}

TEST(DecoderCanonicalPath, InvalidFramesGetTheGeneralPathsExactError)
{
    const std::vector<std::string> invalid = {
        // off the tick grid, negative size, too many digits for the grid
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["27450.15","0.1"]],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["27450.5","-0.1"]],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["27450.5","0.0001"]],"a":[],"u":7}})",
        // a level of three entries, no u, a type that is neither, a negative u
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["1","2","3"]],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[],"a":[]}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"update","ts":1,"data":{"s":"BTCUSDT","b":[],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[],"a":[],"u":-7}})",
        // an instrument outside the catalog, cut short, invalid UTF-8
        R"({"topic":"orderbook.50.NOPEUSDT","type":"delta","ts":1,"data":{"s":"NOPEUSDT","b":[],"a":[],"u":7}})",
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["27450.5","0.1"]],"a":[)",
        "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\",\"ts\":1,\"data\":{\"s\":\"BTC\xff\",\"b\":[],\"a\":[],"
        "\"u\":7}}",
    };
    TwoPaths paths;
    for (const std::string &frame : invalid) {
        PublicMessage fast, slow;
        EXPECT_FALSE(paths.decode(frame, fast, slow)) << frame;
        const auto *a = fast.as<DecodeError>();
        const auto *b = slow.as<DecodeError>();
        ASSERT_NE(a, nullptr) << frame;
        ASSERT_NE(b, nullptr) << frame;
        EXPECT_EQ(a->kind, b->kind) << frame;
        EXPECT_EQ(a->detail, b->detail) << frame;
    }
    EXPECT_EQ(paths.canonical.errorCount(), invalid.size());
}

// One random edit of a frame: a byte, a cut, a repeat, a JSON token.
void mutate(std::string &s, std::mt19937 &rng)
{
    static const char kTokens[] = "{}[]\",:0123456789.-eE \\tfnu";
    const std::size_t pos = s.empty() ? 0 : rng() % s.size();
    switch (rng() % 5) {
    case 0:
        if (!s.empty())
            s[pos] = static_cast<char>(rng() % 256);
        break;
    case 1:
        s.erase(pos, 1 + rng() % 8);
        break;
    case 2:
        if (!s.empty())
            s.insert(pos, s.substr(rng() % s.size(), 1 + rng() % 24));
        break;
    case 3:
        s.insert(pos, 1, kTokens[rng() % (sizeof kTokens - 1)]);
        break;
    default:
        if (!s.empty())
            s[pos] = kTokens[rng() % (sizeof kTokens - 1)];
        break;
    }
}

TEST(DecoderCanonicalPath, WhatItTakesOfRandomlyEditedFramesTheGeneralPathDecodesTheSame)
{
    std::vector<std::string> seeds = captureLines(20);
    seeds.push_back(
        R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["27450.50","0.100"],["27450.00","0"]],"a":[["27451.00","1.500"]],"u":7,"seq":9},"cts":0})");
    std::mt19937 rng(20261207);
    TwoPaths paths;
    int taken = 0;
    int declined = 0;
    // The same two messages throughout, as the hand-over queue's slots are reused.
    PublicMessage fast, slow;
    for (int i = 0; i < 20000; ++i) {
        std::string frame = seeds[rng() % seeds.size()];
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits; ++e)
            mutate(frame, rng);
        if (paths.decode(frame, fast, slow)) {
            ++taken;
            expectSameBook(fast, slow, frame);
            if (::testing::Test::HasFailure())
                return;
        } else {
            ++declined;
            expectSameOutcome(fast, slow, frame);
        }
    }
    // Edits inside a level's digits keep a frame canonical; most others do not.
    EXPECT_GT(taken, 500);
    EXPECT_GT(declined, 1000);
}

} // namespace
