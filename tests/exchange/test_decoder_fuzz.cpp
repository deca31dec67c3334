#include "DecoderTestSupport.h"
#include "connector/PublicMessageDecoder.h"

#include <gtest/gtest.h>

#include <random>

using namespace virtuoso::exchange;
using virtuoso::test::fixtureCatalog;
using virtuoso::test::readDataFile;

namespace {

std::vector<std::string> seedFrames()
{
    std::vector<std::string> frames;
    for (const char *file :
         {"bybit/ws_orderbook_snapshot.json", "bybit/ws_orderbook_delta.json", "bybit/ws_public_trade.json",
          "bybit/ws_ticker_linear.json", "bybit/ws_kline.json", "bybit/ws_subscription_ack.json",
          "bybit/ws_subscription_failure.json", "bybit/ws_auth_failure.json", "bybit/ws_account_order.json"})
        frames.push_back(readDataFile(file));
    const std::string capture = readDataFile("bybit/xrpusdt_orderbook500_2024-12-01.jsonl");
    std::size_t start = 0;
    for (int i = 0; i < 6 && start < capture.size(); ++i) {
        const std::size_t end = capture.find('\n', start);
        frames.push_back(capture.substr(start, end - start));
        start = end == std::string::npos ? capture.size() : end + 1;
    }
    frames.push_back(
        R"({"topic":"allLiquidation.BTCUSDT","type":"snapshot","ts":1,"data":[{"T":1,"s":"BTCUSDT","S":"Buy","v":"1","p":"2"}]})");
    return frames;
}

// One random edit: flip a byte, drop a range, duplicate a range, insert JSON punctuation, or cut.
void mutate(std::string &s, std::mt19937 &rng)
{
    static const char kTokens[] = "{}[]\",:0123456789.-eE \\tfn";
    if (s.empty()) {
        s.push_back(kTokens[rng() % (sizeof kTokens - 1)]);
        return;
    }
    const std::size_t pos = rng() % s.size();
    switch (rng() % 6) {
    case 0:
        s[pos] = static_cast<char>(rng() % 256);
        break;
    case 1:
        s.erase(pos, 1 + rng() % 16);
        break;
    case 2:
        s.insert(pos, s.substr(rng() % s.size(), 1 + rng() % 24));
        break;
    case 3:
        s.insert(pos, 1, kTokens[rng() % (sizeof kTokens - 1)]);
        break;
    case 4:
        s.resize(pos);
        break;
    default:
        s[pos] = kTokens[rng() % (sizeof kTokens - 1)];
        break;
    }
}

} // namespace

// Thousands of mutated real frames: every one decodes to a message or a DecodeError, never a crash.
TEST(DecoderFuzzTest, MutatedFixturesNeverCrash)
{
    PublicMessageDecoder decoder(fixtureCatalog());
    const std::vector<std::string> seeds = seedFrames();
    for (const std::string &s : seeds)
        ASSERT_FALSE(s.empty());
    std::mt19937 rng(0xB1B17);
    PublicMessage reused; // also exercises slot reuse across kinds
    int errors = 0;
    int decoded = 0;
    constexpr int kCases = 30000;
    for (int i = 0; i < kCases; ++i) {
        std::string frame = seeds[rng() % seeds.size()];
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e)
            mutate(frame, rng);
        decoder.decode(frame, i, reused);
        ASSERT_EQ(reused.receivedNs, i);
        if (const auto *error = reused.as<DecodeError>()) {
            ++errors;
            ASSERT_FALSE(error->detail.empty());
        } else {
            ++decoded;
            // Whatever decoded must be self-consistent.
            if (const auto *book = reused.as<OrderBookMessage>()) {
                for (const BookLevel &l : book->bids)
                    ASSERT_GE(l.size, 0);
            }
        }
    }
    EXPECT_EQ(errors + decoded, kCases);
    EXPECT_GT(errors, kCases / 4);   // most mutations break something
    EXPECT_GT(decoded, kCases / 50); // and some survive (e.g. edits inside strings we ignore)
    EXPECT_EQ(decoder.errorCount(), static_cast<quint64>(errors));
}

TEST(DecoderFuzzTest, RandomBytesNeverCrash)
{
    PublicMessageDecoder decoder(fixtureCatalog());
    std::mt19937 rng(7);
    PublicMessage out;
    for (int i = 0; i < 5000; ++i) {
        std::string frame(rng() % 300, '\0');
        for (char &c : frame)
            c = static_cast<char>(rng() % 256);
        decoder.decode(frame, 0, out);
        ASSERT_TRUE(out.isError());
    }
}

TEST(DecoderFuzzTest, DeepNestingAndHugeFramesAreErrors)
{
    PublicMessageDecoder decoder(fixtureCatalog());
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_TRUE(decoder.decode(deep, 0).isError());
    const std::string deepData = R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":)" + std::string(5000, '[') +
                                 std::string(5000, ']') + "}";
    EXPECT_TRUE(decoder.decode(deepData, 0).isError());
    const std::string huge(PublicMessageDecoder::kMaxFrameBytes + 1, ' ');
    const PublicMessage m = decoder.decode(huge, 0);
    ASSERT_TRUE(m.isError());
    EXPECT_EQ(m.as<DecodeError>()->kind, DecodeErrorKind::FrameTooLarge);
}
