// The signed private REST client against a scripted transport: signatures and headers, the clock
// offset and 10002, what is and is not sent again, rate limits and bans. No network, no sleeps.
#include "ScriptedIO.h"

#include "base/Clock.h"
#include "connector/RequestSigner.h"
#include "trading/PrivateRestClient.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::RequestSigner;

namespace {

constexpr qint64 kDocTimestamp = 1658384314791; // the documentation's signing example

struct Rest : ::testing::Test
{
    ManualClock clock{kDocTimestamp};
    test::ScriptedHttp http;
    std::shared_ptr<const RequestSigner> signer = std::make_shared<RequestSigner>("XXXXXXXXXX", "test_secret");
    std::unique_ptr<PrivateRestClient> client;
    std::vector<PrivateReply> replies;

    void make(PrivateRestSettings settings = {})
    {
        settings.baseUrl = QUrl(QStringLiteral("https://api.example.test"));
        settings.seed = 7;
        http.serverTimeMs = clock.epochMs();
        client = std::make_unique<PrivateRestClient>(settings, signer, clock, &http);
    }
    PrivateRestClient::Callback keep()
    {
        return [this](const PrivateReply &r) { replies.push_back(r); };
    }
    void advance(qint64 ms)
    {
        for (qint64 t = 0; t < ms; t += 10) {
            clock.advanceMs(std::min<qint64>(10, ms - t));
            client->poll();
        }
    }
    static std::string signedPayload(const test::ScriptedHttp &h, std::size_t i)
    {
        const QByteArray payload = h.sent[i].request.method == "GET" ? h.query(i) : h.sent[i].request.body;
        return h.header(i, "X-BAPI-TIMESTAMP").toStdString() + h.header(i, "X-BAPI-API-KEY").toStdString() +
               h.header(i, "X-BAPI-RECV-WINDOW").toStdString() + payload.toStdString();
    }
    void expectNoSecrets()
    {
        for (const PrivateReply &r : replies) {
            EXPECT_EQ(r.error.find("test_secret"), std::string::npos) << r.error;
            EXPECT_EQ(r.error.find("X-BAPI-SIGN"), std::string::npos) << r.error;
        }
    }
};

const std::string kCreateBody =
    R"({"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.012","price":"27450.50",)"
    R"("timeInForce":"GTC","orderLinkId":"vw-1","reduceOnly":false,"positionIdx":0})";

} // namespace

TEST_F(Rest, ACreateIsSignedOverTheBodyItSends)
{
    make();
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    EXPECT_EQ(http.timeRequests, 1); // the first request measures the clock first
    ASSERT_EQ(http.sent.size(), 1u);
    const auto &sent = http.sent[0].request;
    EXPECT_EQ(sent.method, "POST");
    EXPECT_EQ(sent.url, "https://api.example.test/v5/order/create");
    EXPECT_EQ(sent.body.toStdString(), kCreateBody); // byte for byte
    EXPECT_EQ(http.header(0, "X-BAPI-API-KEY"), "XXXXXXXXXX");
    EXPECT_EQ(http.header(0, "X-BAPI-TIMESTAMP"), QByteArray::number(kDocTimestamp));
    EXPECT_EQ(http.header(0, "X-BAPI-RECV-WINDOW"), "5000");
    EXPECT_EQ(http.header(0, "Content-Type"), "application/json");
    // Bybit's documented method (as in tests/exchange/test_signer.cpp): HMAC over
    // timestamp + key + recv_window + body, computed here independently of the client.
    EXPECT_EQ(
        http.header(0, "X-BAPI-SIGN").toStdString(),
        RequestSigner::hmacSha256Hex("test_secret", std::to_string(kDocTimestamp) + "XXXXXXXXXX5000" + kCreateBody));
    EXPECT_EQ(http.header(0, "X-BAPI-SIGN").toStdString(),
              RequestSigner::hmacSha256Hex("test_secret", signedPayload(http, 0)));
    http.answerOk(0, R"({"orderId":"1","orderLinkId":"vw-1"})");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);
    EXPECT_EQ(replies[0].attempts, 1);
}

TEST_F(Rest, AGetSignsTheQueryStringAsSent)
{
    make();
    client->get(QStringLiteral("/v5/order/realtime"), "category=option&symbol=BTC-29JUL22-25000-C", RequestKind::Query,
                keep());
    ASSERT_EQ(http.sent.size(), 1u);
    EXPECT_EQ(http.sent[0].request.url,
              "https://api.example.test/v5/order/realtime?category=option&symbol=BTC-29JUL22-25000-C");
    EXPECT_TRUE(http.sent[0].request.body.isEmpty());
    // The documentation's own vector.
    EXPECT_EQ(http.header(0, "X-BAPI-SIGN"), "2c42d015234a3fc985e5294b2665235b3f51cf59dfbbde6be0097d0bc33256bf");
    // A cursor from the exchange goes out as it came.
    EXPECT_EQ(PrivateRestClient::encodeQueryValue("page_args%3Dfd43%26symbol%3D6%26"),
              "page_args%3Dfd43%26symbol%3D6%26");
    EXPECT_EQ(PrivateRestClient::encodeQueryValue("a b&c"), "a%20b%26c");
}

TEST_F(Rest, TheTimestampIsTheExchangesTime)
{
    make();
    http.serverTimeMs = clock.epochMs() + 2500; // the exchange's clock is 2.5 s ahead of ours
    client->get(QStringLiteral("/v5/position/list"), "category=linear", RequestKind::Query, keep());
    EXPECT_EQ(client->clockOffsetMs(), 2500);
    EXPECT_EQ(http.header(0, "X-BAPI-TIMESTAMP"), QByteArray::number(clock.epochMs() + 2500));
}

TEST_F(Rest, A10002ResyncsTheClockAndRetriesACancelOnce)
{
    make();
    client->post(QStringLiteral("/v5/order/cancel"), R"({"category":"linear","symbol":"BTCUSDT","orderLinkId":"a"})",
                 RequestKind::Cancel, keep());
    ASSERT_EQ(http.sent.size(), 1u);
    http.serverTimeMs = clock.epochMs() + 9000; // our clock fell behind
    http.answerCode(0, 10002, "invalid request, please check your server timestamp or recv_window param");
    EXPECT_EQ(http.timeRequests, 2); // measured again
    ASSERT_EQ(http.sent.size(), 2u); // and sent once more, re-signed with the new time
    EXPECT_EQ(http.sent[1].request.body, http.sent[0].request.body);
    EXPECT_EQ(http.header(1, "X-BAPI-TIMESTAMP"), QByteArray::number(clock.epochMs() + 9000));
    EXPECT_NE(http.header(1, "X-BAPI-SIGN"), http.header(0, "X-BAPI-SIGN"));
    http.answerCode(1, 10002);
    ASSERT_EQ(replies.size(), 1u); // once only: a second 10002 is the answer
    EXPECT_EQ(http.sent.size(), 2u);
    EXPECT_FALSE(replies[0].ok);
    EXPECT_EQ(replies[0].retCode, 10002);
    EXPECT_FALSE(replies[0].answerLost);
    expectNoSecrets();
}

TEST_F(Rest, ACreateRefusedWith10002IsSentOnceMoreWithTheSameOrderLinkId)
{
    make();
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    http.answerCode(0, 10002);
    ASSERT_EQ(http.sent.size(), 2u);
    EXPECT_EQ(http.sent[1].request.body.toStdString(), kCreateBody);
    // The first one did go through after all: the exchange refuses the duplicate id.
    http.answerCode(1, 110072, "OrderLinkedID is duplicate");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].retCode, 110072);
    EXPECT_TRUE(replies[0].resentAfterClockSync); // the venue looks it up instead of failing
    EXPECT_EQ(http.sent.size(), 2u);
}

TEST_F(Rest, ACreateWhoseAnswerIsLostIsNeverSentAgain)
{
    make();
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    http.fail(0); // the connection closed after sending
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].answerLost);
    EXPECT_FALSE(replies[0].ok);
    EXPECT_FALSE(replies[0].resentAfterClockSync);

    // A deadline passes without an answer: the same.
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    ASSERT_EQ(http.sent.size(), 2u);
    advance(5000);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_TRUE(replies[1].answerLost);
    EXPECT_TRUE(http.sent[1].aborted);
    EXPECT_NE(replies[1].error.find("no answer within 5000 ms"), std::string::npos) << replies[1].error;

    // A gateway error leaves the outcome unknown too.
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    http.answer(2, 502, "<html>bad gateway</html>");
    ASSERT_EQ(replies.size(), 3u);
    EXPECT_TRUE(replies[2].answerLost);

    advance(60'000);
    EXPECT_EQ(http.sent.size(), 3u); // nothing was sent again
    expectNoSecrets();
}

TEST_F(Rest, ACreateThatCouldNotConnectWasNotPlaced)
{
    make();
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    http.fail(0, true);
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_FALSE(replies[0].answerLost);
    EXPECT_FALSE(replies[0].ok);
    EXPECT_NE(replies[0].error.find("not sent"), std::string::npos);
    EXPECT_EQ(http.sent.size(), 1u);
}

TEST_F(Rest, ALostQueryIsAskedAgainWithinItsRetries)
{
    PrivateRestSettings settings;
    settings.maxRetries = 2;
    make(settings);
    client->get(QStringLiteral("/v5/order/realtime"), "category=linear", RequestKind::Query, keep());
    http.fail(0);
    advance(1000); // within the first backoff ceiling (200 ms)
    ASSERT_EQ(http.sent.size(), 2u);
    advance(5000); // the second times out
    advance(1000);
    ASSERT_EQ(http.sent.size(), 3u);
    http.answerOk(2, R"({"list":[]})");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);
    EXPECT_EQ(replies[0].attempts, 3);
}

TEST_F(Rest, RateLimitHeadersHoldTheEndpointUntilItsReset)
{
    make();
    client->get(QStringLiteral("/v5/order/realtime"), "category=linear", RequestKind::Query, keep());
    // The last request of this endpoint's window; it resets in 800 ms.
    http.answer(0, 200, R"({"retCode":0,"retMsg":"OK","result":{"list":[]},"time":1})",
                {{"X-Bapi-Limit", "10"},
                 {"X-Bapi-Limit-Status", "0"},
                 {"X-Bapi-Limit-Reset-Timestamp", QByteArray::number(clock.epochMs() + 800)}});
    client->get(QStringLiteral("/v5/order/realtime"), "category=linear", RequestKind::Query, keep());
    client->get(QStringLiteral("/v5/position/list"), "category=linear", RequestKind::Query, keep());
    ASSERT_EQ(http.sent.size(), 2u); // another endpoint goes at once
    EXPECT_EQ(http.path(1), QStringLiteral("/v5/position/list"));
    advance(790);
    EXPECT_EQ(http.sent.size(), 2u);
    advance(20);
    ASSERT_EQ(http.sent.size(), 3u);
    EXPECT_EQ(http.path(2), QStringLiteral("/v5/order/realtime"));
}

TEST_F(Rest, A10006WaitsAndRetriesAQueryButHandsBackACreate)
{
    make();
    client->get(QStringLiteral("/v5/execution/list"), "category=linear", RequestKind::Query, keep());
    http.answer(
        0, 200, R"({"retCode":10006,"retMsg":"Too many visits!","result":{},"time":1})",
        {{"X-Bapi-Limit-Status", "0"}, {"X-Bapi-Limit-Reset-Timestamp", QByteArray::number(clock.epochMs() + 1500)}});
    EXPECT_EQ(http.sent.size(), 1u);
    advance(1490);
    EXPECT_EQ(http.sent.size(), 1u);
    advance(20);
    ASSERT_EQ(http.sent.size(), 2u);
    http.answerOk(1, R"({"list":[]})");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);

    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    http.answerCode(2, 10006, "Too many visits!");
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(replies[1].retCode, 10006);
    EXPECT_FALSE(replies[1].answerLost); // refused: nothing was placed
    advance(5000);
    EXPECT_EQ(http.sent.size(), 3u);
}

TEST_F(Rest, A403BanStopsEveryRequest)
{
    make();
    client->get(QStringLiteral("/v5/order/realtime"), "category=linear", RequestKind::Query, keep());
    http.answer(0, 403, "Forbidden");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].httpStatus, 403);
    EXPECT_NE(replies[0].error.find("banned"), std::string::npos);
    client->post(QStringLiteral("/v5/order/cancel"), "{}", RequestKind::Cancel, keep());
    ASSERT_EQ(replies.size(), 2u); // refused here, not sent
    EXPECT_EQ(http.sent.size(), 1u);
    EXPECT_NE(replies[1].error.find("IP ban"), std::string::npos);
    expectNoSecrets();
}

TEST_F(Rest, TheRecvWindowIsConfigurable)
{
    PrivateRestSettings settings;
    settings.recvWindowMs = 20000;
    make(settings);
    client->get(QStringLiteral("/v5/position/list"), "category=linear", RequestKind::Query, keep());
    EXPECT_EQ(http.header(0, "X-BAPI-RECV-WINDOW"), "20000");
    EXPECT_EQ(http.header(0, "X-BAPI-SIGN").toStdString(),
              RequestSigner::hmacSha256Hex("test_secret", signedPayload(http, 0)));
}

TEST_F(Rest, TheKeyQuotedByABadSignatureAnswerIsTakenOut)
{
    make();
    client->post(QStringLiteral("/v5/order/create"), kCreateBody, RequestKind::Create, keep());
    ASSERT_EQ(http.sent.size(), 1u);
    // Bybit quotes the signed text: timestamp + API key + recv_window + body.
    http.answerCode(0, 10004, "error sign! origin_string[1658384314791XXXXXXXXXX5000{}]");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].retCode, 10004);
    EXPECT_EQ(replies[0].retMsg, "error sign! origin_string[1658384314791[api key]5000{}]");
    EXPECT_EQ(replies[0].error.find("XXXXXXXXXX"), std::string::npos) << replies[0].error;
    expectNoSecrets();
}
