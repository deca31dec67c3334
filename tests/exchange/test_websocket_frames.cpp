// The WebSocket client's protocol without a socket: the frame reader (RFC 6455 section 5: framing,
// fragmentation, control frames, close codes, limits, UTF-8), the client's masked frames and the
// opening handshake's checks.

#include "WebSocketTestFrames.h"

#include "connector/WebSocketFrames.h"
#include "connector/WebSocketHandshake.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace virtuoso::exchange;
using namespace virtuoso::test;

namespace {

struct Recorder final : WebSocketFrameReader::Handler
{
    struct Event
    {
        std::string kind; // text, binary, ping, pong, close
        QByteArray payload;
        quint16 code = 0;
        bool padded = false;
    };
    void onMessage(const QByteArray &message, bool isText) override
    {
        bool zeros = true;
        for (std::size_t i = 0; i < kWebSocketMessagePadding; ++i)
            zeros = zeros && message.constData()[message.size() + qsizetype(i)] == 0;
        events.push_back({isText ? "text" : "binary", QByteArray(message.constData(), message.size()), 0, zeros});
        lastData = message.constData();
    }
    void onPing(std::string_view p) override { events.push_back({"ping", QByteArray(p.data(), qsizetype(p.size()))}); }
    void onPong(std::string_view p) override { events.push_back({"pong", QByteArray(p.data(), qsizetype(p.size()))}); }
    void onClose(quint16 code, std::string_view reason) override
    {
        events.push_back({"close", QByteArray(reason.data(), qsizetype(reason.size())), code});
    }
    std::vector<Event> events;
    const char *lastData = nullptr;
};

// A stream with every kind of frame: a text message in one frame, one in three fragments with a
// ping and a pong between them, a binary message, an empty text message, a 200-byte and a
// 70,000-byte message (16- and 64-bit lengths), then a close.
QByteArray mixedStream()
{
    QByteArray big(70'000, 'x');
    big[0] = '{';
    return text(R"({"topic":"orderbook.50.BTCUSDT"})") + text("frag-", false) + serverFrame(0x9, "p1") +
           continuation("ment", false) + serverFrame(0xA, "p2") + continuation("ed") + serverFrame(0x2, "\x01\x02") +
           text("") + text(QByteArray(200, 'm')) + text(big) + closeFrame(1000, "bye");
}

void expectMixed(const Recorder &r)
{
    ASSERT_EQ(r.events.size(), 10u);
    EXPECT_EQ(r.events[0].kind, "text");
    EXPECT_EQ(r.events[0].payload, R"({"topic":"orderbook.50.BTCUSDT"})");
    EXPECT_EQ(r.events[1].kind, "ping");
    EXPECT_EQ(r.events[1].payload, "p1");
    EXPECT_EQ(r.events[2].kind, "pong");
    EXPECT_EQ(r.events[3].kind, "text");
    EXPECT_EQ(r.events[3].payload, "frag-mented");
    EXPECT_EQ(r.events[4].kind, "binary");
    EXPECT_EQ(r.events[4].payload, QByteArray("\x01\x02"));
    EXPECT_EQ(r.events[5].payload, "");
    EXPECT_EQ(r.events[6].payload, QByteArray(200, 'm'));
    EXPECT_EQ(r.events[7].payload.size(), 70'000);
    EXPECT_EQ(r.events[8].kind, "close");
    EXPECT_EQ(r.events[8].code, 1000);
    EXPECT_EQ(r.events[8].payload, "bye");
    for (const auto &e : r.events) {
        if (e.kind == "text" || e.kind == "binary") {
            EXPECT_TRUE(e.padded) << "a message must be followed by zero padding";
        }
    }
}

std::optional<WebSocketFrameReader::Failure> failureOf(const QByteArray &bytes, qint64 limit = 1 << 20)
{
    WebSocketFrameReader reader(limit);
    Recorder r;
    if (reader.feed(std::string_view(bytes.constData(), size_t(bytes.size())), r))
        return std::nullopt;
    return reader.failure();
}

} // namespace

TEST(WebSocketFrames, ReadsEveryFrameKindInOnePass)
{
    WebSocketFrameReader reader;
    Recorder r;
    QByteArray stream = mixedStream();
    stream += text("after the close"); // never read: nothing follows a close frame
    ASSERT_TRUE(reader.feed(std::string_view(stream.constData(), size_t(stream.size())), r));
    r.events.push_back({"end", {}, 0, false});
    expectMixed(r);
    EXPECT_TRUE(reader.closed());
}

// A handler without room holds the stream before the next frame: the input waits in the reader,
// and the next process() goes on from there — here after every single frame, so the stream is held
// between fragments, before control frames and before the close.
TEST(WebSocketFrames, AHandlerThatIsNotReadyHoldsTheStreamBeforeTheNextFrame)
{
    struct Holder final : WebSocketFrameReader::Handler
    {
        void onMessage(const QByteArray &message, bool isText) override
        {
            recorder.onMessage(message, isText);
            ++frames;
        }
        void onPing(std::string_view p) override { recorder.onPing(p), ++frames; }
        void onPong(std::string_view p) override { recorder.onPong(p), ++frames; }
        void onClose(quint16 code, std::string_view reason) override { recorder.onClose(code, reason); }
        bool ready() override
        {
            ++asked;
            return frames == allowed;
        }
        Recorder recorder;
        std::size_t frames = 0, allowed = 0, asked = 0;
    } h;
    // Frame starts the stream has: fragments count as frames (but not as events).
    WebSocketFrameReader reader;
    const QByteArray stream = mixedStream();
    ASSERT_TRUE(reader.feed(std::string_view(stream.constData(), size_t(stream.size())), h));
    std::size_t rounds = 0;
    while (reader.held()) {
        EXPECT_GT(reader.pendingInput(), 0u);
        const std::size_t before = h.recorder.events.size();
        h.allowed = h.frames; // room for one more
        ASSERT_TRUE(reader.process(h));
        EXPECT_LE(h.recorder.events.size(), before + 1) << "one frame per round";
        ASSERT_LT(++rounds, 100u);
    }
    EXPECT_GE(rounds, 8u);
    h.recorder.events.push_back({"end", {}, 0, false});
    expectMixed(h.recorder);
    EXPECT_TRUE(reader.closed());
}

TEST(WebSocketFrames, AStreamSplitAtEveryByteBoundaryReadsTheSame)
{
    const QByteArray stream = mixedStream();
    // Two pieces, cut at every position; then one byte at a time.
    for (qsizetype cut = 0; cut <= stream.size(); cut += (cut < 400 || cut > stream.size() - 400) ? 1 : 997) {
        WebSocketFrameReader reader;
        Recorder r;
        ASSERT_TRUE(reader.feed(std::string_view(stream.constData(), size_t(cut)), r)) << cut;
        ASSERT_TRUE(reader.feed(std::string_view(stream.constData() + cut, size_t(stream.size() - cut)), r)) << cut;
        r.events.push_back({"end", {}, 0, false});
        expectMixed(r);
        if (testing::Test::HasFailure())
            FAIL() << "split at byte " << cut;
    }
    WebSocketFrameReader reader;
    Recorder r;
    for (qsizetype i = 0; i < stream.size(); ++i)
        ASSERT_TRUE(reader.feed(std::string_view(stream.constData() + i, 1), r)) << i;
    r.events.push_back({"end", {}, 0, false});
    expectMixed(r);
}

TEST(WebSocketFrames, MessagesReuseOneBufferInSteadyState)
{
    WebSocketFrameReader reader;
    Recorder r;
    const QByteArray frame = text(QByteArray(900, 'a'));
    reader.feed(std::string_view(frame.constData(), size_t(frame.size())), r);
    const char *first = r.lastData;
    for (int i = 0; i < 100; ++i) {
        const QByteArray next = text(QByteArray(300 + i * 6, 'b'));
        ASSERT_TRUE(reader.feed(std::string_view(next.constData(), size_t(next.size())), r));
        EXPECT_EQ(r.lastData, first) << "message " << i << " was written to a new buffer";
    }
}

TEST(WebSocketFrames, AMessageKeptByTheHandlerIsNotOverwritten)
{
    WebSocketFrameReader reader;
    struct Keeper final : WebSocketFrameReader::Handler
    {
        void onMessage(const QByteArray &m, bool) override { kept.push_back(m); }
        void onPing(std::string_view) override {}
        void onPong(std::string_view) override {}
        void onClose(quint16, std::string_view) override {}
        std::vector<QByteArray> kept;
    } keeper;
    const QByteArray stream = text("first") + text("second");
    ASSERT_TRUE(reader.feed(std::string_view(stream.constData(), size_t(stream.size())), keeper));
    ASSERT_EQ(keeper.kept.size(), 2u);
    EXPECT_EQ(keeper.kept[0], "first");
    EXPECT_EQ(keeper.kept[1], "second");
}

TEST(WebSocketFrames, OversizedFramesAndMessagesAreRefusedWith1009)
{
    const auto frame = failureOf(text(QByteArray(2000, 'a')), 1000);
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->closeCode, websocket_close::MessageTooBig);
    EXPECT_EQ(frame->reason, QStringLiteral("message of 2000 bytes exceeds the limit of 1000 bytes"));
    // Fragments that pass one by one but not together.
    const auto message = failureOf(text(QByteArray(600, 'a'), false) + continuation(QByteArray(600, 'a')), 1000);
    ASSERT_TRUE(message);
    EXPECT_EQ(message->closeCode, websocket_close::MessageTooBig);
    // A 64-bit length far beyond memory is refused from its header alone.
    QByteArray huge("\x81\x7f\x00\x00\x01\x00\x00\x00\x00\x00", 10);
    const auto header = failureOf(huge, 16 * 1024 * 1024);
    ASSERT_TRUE(header);
    EXPECT_EQ(header->closeCode, websocket_close::MessageTooBig);
    EXPECT_TRUE(header->reason.contains(QLatin1String("16 MiB"))) << header->reason.toStdString();
    EXPECT_FALSE(failureOf(text(QByteArray(1000, 'a')), 1000)) << "a message of exactly the limit passes";
}

TEST(WebSocketFrames, InvalidUtf8InATextMessageIsRefusedWith1007)
{
    const auto bad = failureOf(text("{\"a\":\"\xC3\x28\"}"));
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->closeCode, websocket_close::InvalidPayload);
    EXPECT_EQ(bad->reason, QStringLiteral("text message is not valid UTF-8"));
    // A character split between two fragments is valid; the message is judged as a whole.
    EXPECT_FALSE(failureOf(text("caf\xC3", false) + continuation("\xA9")));
    // Binary messages are not text.
    EXPECT_FALSE(failureOf(serverFrame(0x2, "\xC3\x28")));
    const auto reason = failureOf(serverFrame(0x8, QByteArray("\x03\xE8\xC3\x28", 4)));
    ASSERT_TRUE(reason);
    EXPECT_EQ(reason->closeCode, websocket_close::InvalidPayload);
}

TEST(WebSocketFrames, ProtocolBreachesAreRefusedWith1002AndSayWhy)
{
    const struct
    {
        QByteArray bytes;
        const char *reason;
    } cases[] = {
        {serverFrame(0x1, "x", true, 0, 0x01020304u), "the server sent a masked frame"},
        {serverFrame(0x1, "x", true, 4), "reserved bits"},
        {serverFrame(0x3, "x"), "unknown data opcode 0x3"},
        {serverFrame(0xB, "x"), "unknown control opcode 0xb"},
        {serverFrame(0x9, "x", false), "fragmented control frame"},
        {serverFrame(0x9, QByteArray(126, 'p')), "control frame of 126 bytes"},
        {continuation("x"), "continuation frame without a message"},
        {text("a", false) + text("b"), "a new message started before the fragmented one ended"},
        {serverFrame(0x8, "x"), "close frame with a one-byte payload"},
        {closeFrame(1005), "invalid close code 1005"},
        {closeFrame(999), "invalid close code 999"},
        {QByteArray("\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x00", 10), "top bit"},
    };
    for (const auto &c : cases) {
        const auto failure = failureOf(c.bytes);
        ASSERT_TRUE(failure) << c.reason;
        EXPECT_EQ(failure->closeCode, websocket_close::ProtocolError) << c.reason;
        EXPECT_TRUE(failure->reason.contains(QLatin1String(c.reason))) << failure->reason.toStdString();
    }
}

TEST(WebSocketFrames, CloseFramesCarryTheirCodeOrNone)
{
    WebSocketFrameReader reader;
    Recorder r;
    const QByteArray empty = serverFrame(0x8, "");
    ASSERT_TRUE(reader.feed(std::string_view(empty.constData(), size_t(empty.size())), r));
    ASSERT_EQ(r.events.size(), 1u);
    EXPECT_EQ(r.events[0].code, websocket_close::NoStatus);
    for (quint16 code : {1000, 1001, 1003, 1011, 3000, 4999})
        EXPECT_FALSE(failureOf(closeFrame(code))) << code;
    for (quint16 code : {0, 1004, 1006, 1015, 2999, 5000})
        EXPECT_TRUE(failureOf(closeFrame(code))) << code;
}

TEST(WebSocketFrames, ACallbackThatResetsTheReaderStopsIt)
{
    WebSocketFrameReader reader;
    struct Resetter final : WebSocketFrameReader::Handler
    {
        explicit Resetter(WebSocketFrameReader &r)
            : reader(r)
        {}
        void onMessage(const QByteArray &, bool) override
        {
            ++messages;
            reader.reset(); // as a listener that closes the socket does
        }
        void onPing(std::string_view) override {}
        void onPong(std::string_view) override {}
        void onClose(quint16, std::string_view) override {}
        WebSocketFrameReader &reader;
        int messages = 0;
    } handler(reader);
    const QByteArray stream = text("one") + text("two");
    EXPECT_TRUE(reader.feed(std::string_view(stream.constData(), size_t(stream.size())), handler));
    EXPECT_EQ(handler.messages, 1);
}

TEST(WebSocketFrames, ClientFramesAreMaskedWithTheirKey)
{
    QByteArray out;
    appendClientFrame(out, WebSocketOpcode::Text, R"({"op":"ping"})", 0xA1B2C3D4u);
    appendClientFrame(out, WebSocketOpcode::Text, std::string(300, 'y'), 0x01020304u);
    appendClientFrame(out, WebSocketOpcode::Binary, std::string(70'000, 'z'), 0x55667788u);
    const auto frames = takeClientFrames(out);
    ASSERT_EQ(frames.size(), 3);
    EXPECT_TRUE(out.isEmpty());
    EXPECT_TRUE(frames[0].masked && frames[0].fin);
    EXPECT_EQ(frames[0].opcode, 0x1);
    EXPECT_EQ(frames[0].maskKey, 0xA1B2C3D4u);
    EXPECT_EQ(frames[0].payload, R"({"op":"ping"})");
    EXPECT_EQ(frames[1].payload, QByteArray(300, 'y'));
    EXPECT_EQ(frames[2].opcode, 0x2);
    EXPECT_EQ(frames[2].payload, QByteArray(70'000, 'z'));
    EXPECT_EQ(closePayload(1000, QByteArray(200, 'r')).size(), 125);
    // A reason is cut at a character boundary: 122 bytes and "é" would pass 123.
    EXPECT_EQ(closePayload(1000, QByteArray(122, 'r') + "\xC3\xA9").size(), 2 + 122);
}

TEST(WebSocketHandshake, TheAcceptKeyIsTheRfcExample)
{
    // RFC 6455 section 1.3.
    EXPECT_EQ(websocket_handshake::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    const QByteArray a = websocket_handshake::newKey();
    EXPECT_EQ(QByteArray::fromBase64(a).size(), 16);
    EXPECT_NE(a, websocket_handshake::newKey());
}

TEST(WebSocketHandshake, TheRequestAsksForVersion13AtThePathAndHost)
{
    const QByteArray r =
        websocket_handshake::request(QUrl(QStringLiteral("wss://stream.bybit.com/v5/public/linear")), "KEY");
    EXPECT_TRUE(r.startsWith("GET /v5/public/linear HTTP/1.1\r\n"));
    EXPECT_TRUE(r.contains("\r\nHost: stream.bybit.com\r\n"));
    EXPECT_TRUE(r.contains("\r\nSec-WebSocket-Key: KEY\r\n"));
    EXPECT_TRUE(r.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    EXPECT_TRUE(r.endsWith("\r\n\r\n"));
    const QByteArray local = websocket_handshake::request(QUrl(QStringLiteral("ws://127.0.0.1:9000/ws?x=1")), "K");
    EXPECT_TRUE(local.startsWith("GET /ws?x=1 HTTP/1.1\r\n"));
    EXPECT_TRUE(local.contains("\r\nHost: 127.0.0.1:9000\r\n"));
}

TEST(WebSocketHandshake, OnlyAProperUpgradeIsAccepted)
{
    const QByteArray key = "dGhlIHNhbXBsZSBub25jZQ==";
    const QByteArray good = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    const auto accepted = websocket_handshake::check(good + "\x81\x01x", key);
    EXPECT_EQ(accepted.state, websocket_handshake::Outcome::Accepted);
    EXPECT_EQ(accepted.headBytes, good.size());
    EXPECT_EQ(websocket_handshake::check(good.left(40), key).state, websocket_handshake::Outcome::Incomplete);

    const struct
    {
        QByteArray response;
        const char *reason;
    } refused[] = {
        {"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", "HTTP 403 Forbidden instead of 101"},
        {QByteArray(good).replace("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
         "Sec-WebSocket-Accept does not match"},
        {QByteArray(good).replace("Sec-WebSocket-Accept", "X-Other"), "no Sec-WebSocket-Accept"},
        {QByteArray(good).replace("Upgrade: websocket", "Upgrade: h2c"), "no \"Upgrade: websocket\""},
        {QByteArray(good).replace("Connection: Upgrade", "Connection: keep-alive"), "no \"Connection: Upgrade\""},
        {QByteArray(good).replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"),
         "extensions that were not offered"},
        {"SSH-2.0-OpenSSH\r\n\r\n", "not an HTTP response"},
    };
    for (const auto &c : refused) {
        const auto outcome = websocket_handshake::check(c.response, key);
        EXPECT_EQ(outcome.state, websocket_handshake::Outcome::Refused) << c.reason;
        EXPECT_TRUE(outcome.reason.startsWith(QLatin1String("handshake: "))) << outcome.reason.toStdString();
        EXPECT_TRUE(outcome.reason.contains(QLatin1String(c.reason))) << outcome.reason.toStdString();
    }
    // "Connection: keep-alive, Upgrade" names the token too.
    EXPECT_EQ(websocket_handshake::check(
                  QByteArray(good).replace("Connection: Upgrade", "Connection: keep-alive, Upgrade"), key)
                  .state,
              websocket_handshake::Outcome::Accepted);
    EXPECT_EQ(websocket_handshake::check(QByteArray(20'000, 'h'), key).state, websocket_handshake::Outcome::Refused);
}
