// The private stream's state machine with a scripted socket and a ManualClock: auth, subscribe,
// pings and the pong watchdog, reconnects that authenticate and subscribe again, a refused key.
#include "ScriptedIO.h"

#include "base/Clock.h"
#include "connector/RequestSigner.h"
#include "trading/PrivateStream.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::RequestSigner;

namespace {

struct Recorder final : PrivateStreamListener
{
    void onPrivateFrame(const PrivateFrame &frame) override
    {
        for (const auto &o : frame.orders)
            orders.push_back(o);
        for (const auto &e : frame.executions)
            executions.push_back(e);
    }
    void onPrivateStreamState(bool up, const std::string &reason) override { states.emplace_back(up, reason); }

    std::vector<OrderUpdate> orders;
    std::vector<Execution> executions;
    std::vector<std::pair<bool, std::string>> states;
};

struct Stream : ::testing::Test
{
    ManualClock clock{1662350390000};
    test::ScriptedSocket socket;
    test::SampleInstruments instruments;
    Recorder recorder;
    std::shared_ptr<const RequestSigner> signer = std::make_shared<RequestSigner>("the-key", "test_secret");
    std::unique_ptr<PrivateStream> stream;

    void make(PrivateStreamSettings settings = {})
    {
        settings.url = QUrl(QStringLiteral("ws://127.0.0.1:1/v5/private"));
        settings.seed = 3;
        stream = std::make_unique<PrivateStream>(
            settings, socket, signer, instruments.lookup(), clock, [this] { return clock.epochMs(); }, &recorder);
    }
    void advance(qint64 ms)
    {
        for (qint64 t = 0; t < ms; t += 100) {
            clock.advanceMs(std::min<qint64>(100, ms - t));
            stream->poll();
        }
    }
    void authOk() { socket.receive(R"({"success":true,"ret_msg":"","op":"auth","conn_id":"c1"})"); }
    void subscribeOk()
    {
        const auto subs = socket.ops(QStringLiteral("subscribe"));
        ASSERT_FALSE(subs.empty());
        socket.receive(R"({"success":true,"ret_msg":"","op":"subscribe","conn_id":"c1","req_id":")" +
                       subs.back().value(QLatin1String("req_id")).toString().toUtf8() + "\"}");
    }
    void bringUp()
    {
        socket.accept();
        authOk();
        subscribeOk();
        ASSERT_EQ(stream->state(), PrivateStreamState::Live);
    }
};

} // namespace

TEST_F(Stream, AuthenticatesWithASignatureThatExpiresInTenSeconds)
{
    make();
    stream->start();
    ASSERT_EQ(socket.opens, 1);
    EXPECT_EQ(stream->state(), PrivateStreamState::Connecting);
    socket.accept();
    EXPECT_EQ(stream->state(), PrivateStreamState::Authenticating);
    const auto auths = socket.ops(QStringLiteral("auth"));
    ASSERT_EQ(auths.size(), 1u);
    const QJsonArray args = auths[0].value(QLatin1String("args")).toArray();
    ASSERT_EQ(args.size(), 3);
    EXPECT_EQ(args[0].toString(), QStringLiteral("the-key"));
    const qint64 expires = static_cast<qint64>(args[1].toDouble());
    EXPECT_EQ(expires, clock.epochMs() + 10'000);
    EXPECT_EQ(expires, 1662350400000);
    // The documentation's vector for this expiry and secret.
    EXPECT_EQ(args[2].toString(), QStringLiteral("dad2d67a66c9ee401d2e6e7bf26ebd10eb1026db8a703bf3139c6950ce11a5c6"));
    EXPECT_TRUE(socket.ops(QStringLiteral("subscribe")).empty()); // not before auth succeeds
}

TEST_F(Stream, SubscribesTheFourTopicsAndReportsUp)
{
    make();
    stream->start();
    socket.accept();
    authOk();
    EXPECT_EQ(stream->state(), PrivateStreamState::Subscribing);
    const auto subs = socket.ops(QStringLiteral("subscribe"));
    ASSERT_EQ(subs.size(), 1u);
    QStringList topics;
    for (const auto &t : subs[0].value(QLatin1String("args")).toArray())
        topics << t.toString();
    EXPECT_EQ(topics, (QStringList{"order", "execution", "position", "wallet"}));
    EXPECT_TRUE(recorder.states.empty());
    subscribeOk();
    EXPECT_EQ(stream->state(), PrivateStreamState::Live);
    ASSERT_EQ(recorder.states.size(), 1u);
    EXPECT_TRUE(recorder.states[0].first);

    // Data reaches the listener on the instrument's grid.
    socket.receive(test::readSample("ws_execution.json"));
    ASSERT_EQ(recorder.executions.size(), 1u);
    EXPECT_EQ(recorder.executions[0].price, 3374);
    // A broken frame is dropped with a reason; the stream stays up.
    socket.receive("{\"topic\":\"order\",\"data\":[{\"symbol\":");
    EXPECT_EQ(stream->framesSkipped(), 1u);
    EXPECT_TRUE(stream->isUp());
}

TEST_F(Stream, PingsEveryTwentySecondsAndDropsASilentSocket)
{
    make();
    stream->start();
    bringUp();
    advance(19'900);
    EXPECT_TRUE(socket.ops(QStringLiteral("ping")).empty());
    advance(100);
    ASSERT_EQ(socket.ops(QStringLiteral("ping")).size(), 1u);
    socket.receive(test::readSample("ws_pong.json")); // the private pong shape
    advance(20'000);
    ASSERT_EQ(socket.ops(QStringLiteral("ping")).size(), 2u);
    // No pong this time: after 10 s the socket is given up and the stream reported down.
    advance(9'900);
    EXPECT_TRUE(stream->isUp());
    advance(100);
    EXPECT_EQ(stream->state(), PrivateStreamState::Backoff);
    ASSERT_EQ(recorder.states.size(), 2u);
    EXPECT_FALSE(recorder.states[1].first);
    EXPECT_NE(recorder.states[1].second.find("no pong"), std::string::npos) << recorder.states[1].second;
}

TEST_F(Stream, AReconnectAuthenticatesAndSubscribesAgain)
{
    make();
    stream->start();
    bringUp();
    socket.peerClose(QStringLiteral("remote host closed"));
    EXPECT_EQ(stream->state(), PrivateStreamState::Backoff);
    ASSERT_EQ(recorder.states.size(), 2u);
    EXPECT_FALSE(recorder.states[1].first);
    EXPECT_NE(recorder.states[1].second.find("connection lost"), std::string::npos);
    const qint64 retryIn = stream->retryAtMs() - clock.monotonicMs();
    EXPECT_LE(retryIn, 500); // the first delay's ceiling
    advance(600);
    ASSERT_EQ(socket.opens, 2);
    socket.accept();
    ASSERT_EQ(socket.ops(QStringLiteral("auth")).size(), 1u); // a new socket: auth again
    authOk();
    ASSERT_EQ(socket.ops(QStringLiteral("subscribe")).size(), 1u);
    subscribeOk();
    EXPECT_TRUE(stream->isUp());
    ASSERT_EQ(recorder.states.size(), 3u);
    EXPECT_TRUE(recorder.states[2].first);
    EXPECT_EQ(stream->sessions(), 2);
}

TEST_F(Stream, FailuresBackOffLongerEachTime)
{
    make();
    stream->start();
    qint64 previousCeiling = 0;
    for (int i = 0; i < 5; ++i) {
        socket.peerClose(QStringLiteral("refused"));
        ASSERT_EQ(stream->state(), PrivateStreamState::Backoff);
        const qint64 delay = stream->retryAtMs() - clock.monotonicMs();
        const qint64 ceiling = std::min<qint64>(30'000, 500LL << i);
        EXPECT_LE(delay, ceiling);
        EXPECT_GE(ceiling, previousCeiling);
        previousCeiling = ceiling;
        advance(delay + 100);
        ASSERT_EQ(stream->state(), PrivateStreamState::Connecting);
    }
    EXPECT_EQ(socket.opens, 6);
    EXPECT_TRUE(recorder.states.empty()); // never up, so never reported down
}

TEST_F(Stream, ARefusedKeyIsAClearErrorAndBacksOffLong)
{
    make();
    stream->start();
    socket.accept();
    QFile failure(QStringLiteral(VIRTUOSO_TEST_DATA_DIR "/bybit/ws_auth_failure.json"));
    ASSERT_TRUE(failure.open(QIODevice::ReadOnly));
    socket.receive(failure.readAll());
    EXPECT_EQ(stream->state(), PrivateStreamState::Backoff);
    EXPECT_TRUE(stream->authRefused());
    EXPECT_NE(stream->lastError().find("authentication refused by the exchange: Invalid apikey"), std::string::npos)
        << stream->lastError();
    EXPECT_EQ(stream->lastError().find("test_secret"), std::string::npos);
    EXPECT_GE(stream->retryAtMs() - clock.monotonicMs(), 60'000);
    advance(59'000);
    EXPECT_EQ(socket.opens, 1); // not hammering the exchange with a bad key
    EXPECT_TRUE(socket.ops(QStringLiteral("subscribe")).empty());
}

TEST_F(Stream, NoAnswerToAuthOrSubscribeIsAFailure)
{
    make();
    stream->start();
    socket.accept();
    advance(10'000);
    EXPECT_EQ(stream->state(), PrivateStreamState::Backoff);
    EXPECT_NE(stream->lastError().find("no answer to auth"), std::string::npos);
    advance(1000);
    socket.accept();
    authOk();
    advance(10'000);
    EXPECT_EQ(stream->state(), PrivateStreamState::Backoff);
    EXPECT_NE(stream->lastError().find("no answer to subscribe"), std::string::npos);
}

TEST_F(Stream, NoKeyNoStream)
{
    signer = std::make_shared<RequestSigner>("", "");
    make();
    stream->start();
    EXPECT_EQ(socket.opens, 0);
    EXPECT_EQ(stream->state(), PrivateStreamState::Stopped);
    EXPECT_NE(stream->lastError().find("no API key"), std::string::npos);
}
