#include "DecoderTestSupport.h"
#include "connector/PublicMessageDecoder.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;
using virtuoso::test::fixtureCatalog;
using virtuoso::test::readDataFile;

namespace {

class DecoderTest : public ::testing::Test
{
protected:
    PublicMessage decodeFile(const char *path, qint64 receivedNs = 42)
    {
        const std::string text = readDataFile(path);
        EXPECT_FALSE(text.empty()) << path;
        return decoder.decode(text, receivedNs);
    }

    std::shared_ptr<const InstrumentCatalog> catalog = fixtureCatalog();
    PublicMessageDecoder decoder{catalog};
};

std::string describe(const PublicMessage &m)
{
    if (const auto *e = m.as<DecodeError>())
        return std::string(decodeErrorKindName(e->kind)) + ": " + e->detail;
    return "message";
}

} // namespace

TEST_F(DecoderTest, OrderBookSnapshotFixture)
{
    const PublicMessage m = decodeFile("bybit/ws_orderbook_snapshot.json", 1234);
    const auto *book = m.as<OrderBookMessage>();
    ASSERT_NE(book, nullptr) << describe(m);
    EXPECT_EQ(m.receivedNs, 1234);
    EXPECT_EQ(book->topic, TopicKey::orderBook(*Symbol::from("BTCUSDT"), 1));
    EXPECT_TRUE(book->snapshot);
    EXPECT_EQ(book->updateId, 123456789u);
    EXPECT_EQ(book->seq, 987654321u);
    EXPECT_EQ(book->tsMs, 1709891679000);
    const InstrumentSpec *btc = catalog->find("BTCUSDT");
    ASSERT_NE(btc, nullptr);
    ASSERT_EQ(book->bids.size(), 2u);
    ASSERT_EQ(book->asks.size(), 2u);
    EXPECT_EQ(btc->price.format(book->bids[0].price), "27450.00");
    EXPECT_EQ(btc->quantity.format(book->bids[0].size), "0.500");
    EXPECT_EQ(btc->price.format(book->bids[1].price), "27449.50");
    EXPECT_EQ(btc->price.format(book->asks[1].price), "27451.50");
    EXPECT_EQ(btc->quantity.format(book->asks[1].size), "0.900");
    // 0.5 tick: consecutive half-dollar prices are consecutive ticks.
    EXPECT_EQ(book->bids[0].price - book->bids[1].price, 1);
}

TEST_F(DecoderTest, OrderBookDeltaFixtureKeepsZeroSizeAsDelete)
{
    const PublicMessage m = decodeFile("bybit/ws_orderbook_delta.json");
    const auto *book = m.as<OrderBookMessage>();
    ASSERT_NE(book, nullptr) << describe(m);
    EXPECT_FALSE(book->snapshot);
    EXPECT_EQ(book->updateId, 123456790u);
    ASSERT_EQ(book->asks.size(), 1u);
    EXPECT_EQ(book->asks[0].size, 0);
    ASSERT_EQ(book->bids.size(), 1u);
    EXPECT_EQ(book->bids[0].size, 400); // 0.400 at qty step 0.001
}

TEST_F(DecoderTest, PublicTradeFixture)
{
    const PublicMessage m = decodeFile("bybit/ws_public_trade.json");
    const auto *trades = m.as<TradeMessage>();
    ASSERT_NE(trades, nullptr) << describe(m);
    EXPECT_EQ(trades->topic.kind, TopicKind::PublicTrade);
    EXPECT_EQ(trades->topic.symbol.view(), "BTCUSDT");
    ASSERT_EQ(trades->trades.size(), 1u);
    const Trade &t = trades->trades[0];
    EXPECT_EQ(t.timeMs, 1709891679000);
    EXPECT_EQ(t.side, Side::Buy);
    EXPECT_EQ(catalog->find("BTCUSDT")->price.format(t.price), "27451.00");
    EXPECT_EQ(t.size, 10);
    EXPECT_FALSE(t.blockTrade);
    EXPECT_NE(t.idHash, 0u);
}

TEST_F(DecoderTest, PublicTradeArrayWithCurrentTopicName)
{
    const std::string frame =
        R"({"topic":"publicTrade.ETHUSDT","type":"snapshot","ts":1700000000100,"data":[)"
        R"({"T":1700000000000,"s":"ETHUSDT","S":"Sell","v":"1.25","p":"2000.05","L":"MinusTick","i":"a","BT":false,"seq":7},)"
        R"({"T":1700000000001,"s":"ETHUSDT","S":"Buy","v":"0.01","p":"2000.10","L":"PlusTick","i":"b","BT":true}]})";
    const PublicMessage m = decoder.decode(frame, 0);
    const auto *trades = m.as<TradeMessage>();
    ASSERT_NE(trades, nullptr) << describe(m);
    ASSERT_EQ(trades->trades.size(), 2u);
    EXPECT_EQ(trades->trades[0].side, Side::Sell);
    EXPECT_EQ(trades->trades[0].size, 125);
    EXPECT_EQ(trades->trades[0].seq, 7u);
    EXPECT_TRUE(trades->trades[1].blockTrade);
    EXPECT_NE(trades->trades[0].idHash, trades->trades[1].idHash);
    EXPECT_EQ(trades->tsMs, 1700000000100);
}

TEST_F(DecoderTest, TickerSnapshotFixture)
{
    const PublicMessage m = decodeFile("bybit/ws_ticker_linear.json");
    const auto *ticker = m.as<TickerMessage>();
    ASSERT_NE(ticker, nullptr) << describe(m);
    EXPECT_TRUE(ticker->snapshot);
    EXPECT_EQ(ticker->crossSeq, 24987956059u);
    EXPECT_EQ(ticker->tsMs, 1673272861686);
    ASSERT_TRUE(ticker->get(TickerField::MarkPrice));
    EXPECT_EQ(ticker->get(TickerField::MarkPrice)->toString(), "17217.33");
    EXPECT_EQ(ticker->get(TickerField::FundingRate)->toString(), "-0.000212");
    EXPECT_EQ(ticker->get(TickerField::NextFundingTime)->units, 1673280000000);
    EXPECT_EQ(ticker->get(TickerField::OpenInterest)->toString(), "68744.761");
    EXPECT_EQ(ticker->get(TickerField::FundingIntervalHour)->units, 8);
    EXPECT_EQ(ticker->tickDirection, TickDirection::PlusTick);
    EXPECT_FALSE(ticker->has(TickerField::Basis));
}

TEST_F(DecoderTest, TickerDeltaCarriesOnlyChangedFields)
{
    const std::string frame = R"({"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT",)"
                              R"("markPrice":"17218.00","bid1Size":"80.000"},"cs":24987956060,"ts":1673272861700})";
    const PublicMessage m = decoder.decode(frame, 0);
    const auto *ticker = m.as<TickerMessage>();
    ASSERT_NE(ticker, nullptr) << describe(m);
    EXPECT_FALSE(ticker->snapshot);
    EXPECT_EQ(ticker->present, (1u << unsigned(TickerField::MarkPrice)) | (1u << unsigned(TickerField::Bid1Size)));
    EXPECT_FALSE(ticker->tickDirection.has_value());
}

TEST_F(DecoderTest, KlineFixture)
{
    const PublicMessage m = decodeFile("bybit/ws_kline.json");
    const auto *kline = m.as<KlineMessage>();
    ASSERT_NE(kline, nullptr) << describe(m);
    EXPECT_EQ(kline->topic, TopicKey::kline(*Symbol::from("BTCUSDT"), 5));
    ASSERT_EQ(kline->candles.size(), 1u);
    const Candle &c = kline->candles[0];
    const InstrumentSpec *btc = catalog->find("BTCUSDT");
    EXPECT_EQ(c.startMs, 1672324800000);
    EXPECT_EQ(c.endMs, 1672325099999);
    EXPECT_EQ(btc->price.format(c.open), "16649.50");
    EXPECT_EQ(btc->price.format(c.close), "16677.00");
    EXPECT_EQ(btc->price.format(c.low), "16608.00");
    EXPECT_EQ(c.volume, 2081);
    EXPECT_EQ(c.turnover.toString(), "34666.4005");
    EXPECT_FALSE(c.confirmed);
    EXPECT_EQ(c.timestampMs, 1672324988882);
}

TEST_F(DecoderTest, AllLiquidationArray)
{
    const std::string frame = R"({"topic":"allLiquidation.ETHUSDT","type":"snapshot","ts":1739502303204,"data":[)"
                              R"({"T":1739502302929,"s":"ETHUSDT","S":"Sell","v":"20000","p":"0.04499"},)"
                              R"({"T":1739502302930,"s":"ETHUSDT","S":"Buy","v":"1.5","p":"2700.123"}]})";
    const PublicMessage m = decoder.decode(frame, 0);
    const auto *liq = m.as<LiquidationMessage>();
    ASSERT_NE(liq, nullptr) << describe(m);
    ASSERT_EQ(liq->liquidations.size(), 2u);
    EXPECT_EQ(liq->liquidations[0].side, Side::Sell);
    EXPECT_EQ(liq->liquidations[0].price.toString(), "0.04499"); // off the tick grid: kept exact
    EXPECT_EQ(liq->liquidations[1].size.toString(), "1.5");
    EXPECT_EQ(liq->liquidations[1].timeMs, 1739502302930);
}

TEST_F(DecoderTest, SubscriptionAckFixture)
{
    const PublicMessage m = decodeFile("bybit/ws_subscription_ack.json");
    const auto *ack = m.as<OpResponse>();
    ASSERT_NE(ack, nullptr) << describe(m);
    EXPECT_EQ(ack->op, OpKind::Subscribe);
    EXPECT_TRUE(ack->success);
    EXPECT_EQ(ack->connId, "cejreaspqfm9se7usbrg-2xh");
    EXPECT_EQ(ack->reqId, "sub-orderbook-1");
    EXPECT_TRUE(ack->rejectedTopics.empty());
    EXPECT_FALSE(m.topic().has_value());
}

TEST_F(DecoderTest, SubscriptionFailureFixtureNamesTheTopic)
{
    const PublicMessage m = decodeFile("bybit/ws_subscription_failure.json");
    const auto *ack = m.as<OpResponse>();
    ASSERT_NE(ack, nullptr) << describe(m);
    EXPECT_FALSE(ack->success);
    EXPECT_EQ(ack->retMsg, "Invalid topic: invalid.topic.BTCUSDT");
    ASSERT_EQ(ack->rejectedTopics.size(), 1u);
    EXPECT_EQ(ack->rejectedTopics[0], "invalid.topic.BTCUSDT");
}

TEST_F(DecoderTest, HandlerNotFoundNamesTheTopic)
{
    const PublicMessage m =
        decoder.decode(R"({"success":false,"ret_msg":"error:handler not found,topic:orderbook.40.BTCUSDT",)"
                       R"("conn_id":"c1","req_id":"7","op":"subscribe"})",
                       0);
    const auto *ack = m.as<OpResponse>();
    ASSERT_NE(ack, nullptr) << describe(m);
    ASSERT_EQ(ack->rejectedTopics.size(), 1u);
    EXPECT_EQ(ack->rejectedTopics[0], "orderbook.40.BTCUSDT");
    EXPECT_EQ(ack->reqId, "7");
}

TEST_F(DecoderTest, PongOfPublicAndPrivateStreams)
{
    const PublicMessage pub =
        decoder.decode(R"({"success":true,"ret_msg":"pong","conn_id":"abc","req_id":"","op":"ping"})", 0);
    const OpResponse *pubPong = pub.as<OpResponse>();
    ASSERT_NE(pubPong, nullptr) << describe(pub);
    EXPECT_TRUE(pubPong->isPong());
    const PublicMessage priv = decoder.decode(R"({"req_id":"","op":"pong","args":["1675418560633"],"conn_id":"x"})", 0);
    const OpResponse *privPong = priv.as<OpResponse>();
    ASSERT_NE(privPong, nullptr) << describe(priv);
    EXPECT_TRUE(privPong->isPong());
    const PublicMessage ack = decoder.decode(R"({"success":true,"ret_msg":"","op":"subscribe"})", 0);
    const OpResponse *subscribed = ack.as<OpResponse>();
    ASSERT_NE(subscribed, nullptr) << describe(ack);
    EXPECT_FALSE(subscribed->isPong());
}

TEST_F(DecoderTest, AuthReplyFixtures)
{
    const PublicMessage ok = decodeFile("bybit/ws_auth_success.json");
    const OpResponse *accepted = ok.as<OpResponse>();
    ASSERT_NE(accepted, nullptr) << describe(ok);
    EXPECT_EQ(accepted->op, OpKind::Auth);
    EXPECT_TRUE(accepted->success);
    const PublicMessage bad = decodeFile("bybit/ws_auth_failure.json");
    const OpResponse *refused = bad.as<OpResponse>();
    ASSERT_NE(refused, nullptr) << describe(bad);
    EXPECT_FALSE(refused->success);
    EXPECT_EQ(refused->retCode, 10003);
    EXPECT_EQ(refused->retMsg, "Invalid apikey");
    EXPECT_EQ(refused->connId, "cejreaspqfm9se7usbrg-3ab");
}

TEST_F(DecoderTest, DataBeforeTopicStillDecodes)
{
    const std::string frame = R"({"data":{"s":"BTCUSDT","b":[["27450.00","1"]],"a":[],"u":5,"seq":9},)"
                              R"("type":"snapshot","topic":"orderbook.50.BTCUSDT","ts":17})";
    const PublicMessage m = decoder.decode(frame, 0);
    const auto *book = m.as<OrderBookMessage>();
    ASSERT_NE(book, nullptr) << describe(m);
    EXPECT_EQ(book->topic.param, 50);
    EXPECT_EQ(book->bids.size(), 1u);
    EXPECT_EQ(book->bids[0].size, 1000);
    EXPECT_EQ(book->tsMs, 17);
}

TEST_F(DecoderTest, RealXrpCaptureDecodesEveryLine)
{
    const std::string capture = readDataFile("bybit/xrpusdt_orderbook500_2024-12-01.jsonl");
    ASSERT_FALSE(capture.empty());
    std::size_t start = 0;
    int lines = 0;
    quint64 previousU = 0;
    while (start < capture.size()) {
        std::size_t end = capture.find('\n', start);
        if (end == std::string::npos)
            end = capture.size();
        const std::string_view line(capture.data() + start, end - start);
        start = end + 1;
        if (line.empty())
            continue;
        const PublicMessage m = decoder.decode(line, 0);
        const auto *book = m.as<OrderBookMessage>();
        ASSERT_NE(book, nullptr) << "line " << lines << ": " << describe(m);
        EXPECT_EQ(book->topic.param, 500);
        EXPECT_EQ(book->snapshot, lines == 0);
        EXPECT_GT(book->ctsMs, 0);
        if (lines > 0) {
            EXPECT_EQ(book->updateId, previousU + 1);
        }
        previousU = book->updateId;
        if (lines == 0) {
            EXPECT_EQ(book->bids.size(), 500u);
            EXPECT_EQ(book->asks.size(), 500u);
            EXPECT_EQ(book->bids[0].price, 19531); // "1.9531" at tick 0.0001
            EXPECT_EQ(book->bids[0].size, 6203);
        }
        ++lines;
    }
    EXPECT_EQ(lines, 50);
}

TEST_F(DecoderTest, ReusesTheSlotVectors)
{
    const std::string snapshot = readDataFile("bybit/ws_orderbook_snapshot.json");
    PublicMessage slot;
    decoder.decode(snapshot, 1, slot);
    const OrderBookMessage *first = slot.as<OrderBookMessage>();
    ASSERT_NE(first, nullptr);
    const BookLevel *bidsData = first->bids.data();
    decoder.decode(snapshot, 2, slot);
    const OrderBookMessage *second = slot.as<OrderBookMessage>();
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->bids.data(), bidsData);
    EXPECT_EQ(second->bids.size(), 2u);
    EXPECT_EQ(slot.receivedNs, 2);
}

TEST_F(DecoderTest, ErrorsAreValuesWithReasons)
{
    struct Case
    {
        const char *frame;
        DecodeErrorKind kind;
        bool hasTopic;
    };
    const Case cases[] = {
        {"", DecodeErrorKind::MalformedJson, false},
        {"not json", DecodeErrorKind::MalformedJson, false},
        {"[1,2,3]", DecodeErrorKind::MalformedJson, false},
        {"{}", DecodeErrorKind::UnexpectedShape, false},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{"b":[["27450.25","1"]],"a":[],"u":2}})",
         DecodeErrorKind::BadNumber, true},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{"b":[["27450.00","-1"]],"a":[],"u":2}})",
         DecodeErrorKind::BadNumber, true},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{"b":[["27450.00"]],"a":[],"u":2}})",
         DecodeErrorKind::UnexpectedShape, true},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{"b":[[27450,1]],"a":[],"u":2}})",
         DecodeErrorKind::MalformedJson, true},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{"b":[],"a":[]}})", DecodeErrorKind::UnexpectedShape,
         true},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"weird","data":{"b":[],"a":[],"u":1}})",
         DecodeErrorKind::UnexpectedShape, true},
        {R"({"topic":"orderbook.50.DOGEUSDT","type":"delta","data":{"b":[],"a":[],"u":2}})",
         DecodeErrorKind::UnknownInstrument, true},
        {R"({"topic":"liquidation.BTCUSDT","data":{}})", DecodeErrorKind::UnknownTopic, false},
        {R"({"topic":"orderbook.50.BTCUSDT","type":"delta"})", DecodeErrorKind::UnexpectedShape, true},
        {R"({"topic":"publicTrade.BTCUSDT","data":[{"T":1,"S":"Up","v":"1","p":"1"}]})",
         DecodeErrorKind::UnexpectedShape, true},
        {R"({"topic":"kline.7.BTCUSDT","data":[]})", DecodeErrorKind::UnknownTopic, false},
    };
    for (const Case &c : cases) {
        const PublicMessage m = decoder.decode(c.frame, 0);
        const auto *e = m.as<DecodeError>();
        ASSERT_NE(e, nullptr) << c.frame;
        EXPECT_EQ(e->kind, c.kind) << c.frame << " → " << e->detail;
        EXPECT_FALSE(e->detail.empty()) << c.frame;
        EXPECT_EQ(e->topic.has_value(), c.hasTopic) << c.frame;
    }
    EXPECT_EQ(decoder.errorCount(), std::size(cases));
}

TEST_F(DecoderTest, EveryTruncationOfEveryFixtureIsAnError)
{
    const char *files[] = {
        "bybit/ws_orderbook_snapshot.json",  "bybit/ws_orderbook_delta.json", "bybit/ws_public_trade.json",
        "bybit/ws_ticker_linear.json",       "bybit/ws_kline.json",           "bybit/ws_subscription_ack.json",
        "bybit/ws_subscription_failure.json"};
    for (const char *file : files) {
        const std::string text = readDataFile(file);
        const std::size_t closing = text.rfind('}');
        ASSERT_NE(closing, std::string::npos) << file;
        for (std::size_t n = 0; n <= closing; ++n) {
            const PublicMessage m = decoder.decode(std::string_view(text.data(), n), 0);
            EXPECT_TRUE(m.isError()) << file << " cut at " << n;
        }
        EXPECT_FALSE(decoder.decode(text, 0).isError()) << file;
    }
}

TEST(TopicKeyTest, ParseAndFormatAreInverse)
{
    const char *topics[] = {"orderbook.1.BTCUSDT", "orderbook.50.ETHUSDT",   "orderbook.1000.XRPUSDT",
                            "publicTrade.BTCUSDT", "tickers.SOLUSDT",        "kline.1.BTCUSDT",
                            "kline.240.BTCUSDT",   "kline.D.BTCUSDT",        "kline.W.BTCUSDT",
                            "kline.M.BTCUSDT",     "allLiquidation.BTCUSDT", "orderbook.200.1000000BABYDOGEUSDT"};
    for (const char *t : topics) {
        const auto key = TopicKey::parse(t);
        ASSERT_TRUE(key.has_value()) << t;
        EXPECT_EQ(key->toString(), t);
    }
    EXPECT_EQ(TopicKey::parse("kline.D.BTCUSDT")->param, 1440);
    EXPECT_EQ(TopicKey::parse("trade.linear.BTCUSDT")->toString(), "publicTrade.BTCUSDT");
    for (const char *bad : {"", "orderbook", "orderbook.BTCUSDT", "orderbook.x.BTCUSDT", "orderbook.0.BTCUSDT",
                            "orderbook.-1.BTCUSDT", "kline.2.BTCUSDT", "tickers.", "tickers.A.B", "liquidation.BTCUSDT",
                            "tickers.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}) {
        EXPECT_FALSE(TopicKey::parse(bad).has_value()) << bad;
    }
}

TEST(InstrumentCatalogTest, LoadsTheInstrumentsInfoFixture)
{
    auto result = InstrumentCatalog::fromInstrumentsInfo(readDataFile("bybit/http_get_instruments_linear.json"));
    auto *catalog = std::get_if<std::shared_ptr<const InstrumentCatalog>>(&result);
    ASSERT_NE(catalog, nullptr);
    ASSERT_EQ((*catalog)->size(), 2u);
    const InstrumentSpec *btc = (*catalog)->find("BTCUSDT");
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->price.stepText(), "0.50"); // tick 0.5 printed with priceScale 2
    EXPECT_EQ(btc->price.toSteps("27450.5").value, 54901);
    EXPECT_EQ(btc->quantity.stepText(), "0.001");
    EXPECT_EQ(btc->minOrderLots, 1);
    EXPECT_EQ(btc->maxOrderLots, 100000);
    EXPECT_EQ(btc->status, "Trading");
    EXPECT_EQ(btc->fundingIntervalMinutes, 8);
    const InstrumentSpec *eth = (*catalog)->find("ETHUSDT");
    ASSERT_NE(eth, nullptr);
    EXPECT_EQ(eth->price.toSteps("2000.05").value, 40001);
    EXPECT_EQ((*catalog)->find("DOGEUSDT"), nullptr);
}

TEST(InstrumentCatalogTest, RejectsBadRepliesWithAReason)
{
    auto notJson = parseInstrumentsPage("{oops");
    ASSERT_TRUE(std::holds_alternative<InstrumentsError>(notJson));
    EXPECT_NE(std::get<InstrumentsError>(notJson).message.find("not valid JSON"), std::string::npos);
    auto refused = parseInstrumentsPage(R"({"retCode":10006,"retMsg":"Too many visits!","result":{}})");
    ASSERT_TRUE(std::holds_alternative<InstrumentsError>(refused));
    EXPECT_NE(std::get<InstrumentsError>(refused).message.find("10006"), std::string::npos);
    auto partial =
        parseInstrumentsPage(R"({"retCode":0,"retMsg":"OK","result":{"nextPageCursor":"abc","list":[)"
                             R"({"symbol":"AUSDT","priceFilter":{"tickSize":"0.01"},"lotSizeFilter":{"qtyStep":"1"}},)"
                             R"({"symbol":"BUSDT","priceFilter":{"tickSize":"abc"},"lotSizeFilter":{"qtyStep":"1"}},)"
                             R"({"symbol":"CUSDT","priceFilter":{"tickSize":"0"},"lotSizeFilter":{"qtyStep":"1"}}]}})");
    auto *page = std::get_if<InstrumentsPage>(&partial);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->nextPageCursor, "abc");
    ASSERT_EQ(page->instruments.size(), 1u);
    EXPECT_EQ(page->instruments[0].symbol.view(), "AUSDT");
    ASSERT_EQ(page->skipped.size(), 2u);
    EXPECT_NE(page->skipped[0].find("BUSDT"), std::string::npos);
}
