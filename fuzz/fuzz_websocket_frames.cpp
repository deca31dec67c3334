// Fuzz target over the client side of RFC 6455 as the native transport reads it: optionally the
// server's handshake answer first, then the frame stream, arriving in pieces of fuzzer-chosen sizes
// through prepare/commit/process. Checks the reader's promises: every message is followed by
// kWebSocketMessagePadding zero bytes, nothing is handed on after the peer's close frame, control
// payloads are at most 125 bytes, and a message never exceeds the configured limit.
//
// Input: byte 0 chooses the mode (bit 0: handshake first; bit 1: a 1 KiB message limit instead of
// 16 MiB; bit 2: the handler resets the reader on a ping starting with 'R', as a transport does
// when it drops the connection from a callback), bytes 1..8 the piece sizes (1 + byte, in turn),
// the rest is what the server sends.
#include "FuzzSupport.h"

#include "connector/WebSocketFrames.h"
#include "connector/WebSocketHandshake.h"

#include <algorithm>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

// RFC 6455 section 1.3's example key; its answer is s3pPLMBiTxaQ9kYGzzhZRbK+xOo=.
const QByteArray kKey = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ==");

struct CheckingHandler final : WebSocketFrameReader::Handler
{
    WebSocketFrameReader *reader = nullptr;
    bool resetOnPing = false;
    bool closed = false;
    qint64 limit = 0;

    void onMessage(const QByteArray &message, bool text) override
    {
        VIRTUOSO_FUZZ_CHECK(!closed);
        VIRTUOSO_FUZZ_CHECK(message.size() <= limit);
        const char *end = message.constData() + message.size();
        for (std::size_t i = 0; i < kWebSocketMessagePadding; ++i)
            VIRTUOSO_FUZZ_CHECK(end[i] == 0);
        fuzz::touch(std::string_view(message.constData(), std::size_t(message.size())));
        (void)text;
    }
    void onPing(std::string_view payload) override
    {
        VIRTUOSO_FUZZ_CHECK(!closed && payload.size() <= 125);
        fuzz::touch(payload);
        if (resetOnPing && !payload.empty() && payload.front() == 'R')
            reader->reset();
    }
    void onPong(std::string_view payload) override
    {
        VIRTUOSO_FUZZ_CHECK(!closed && payload.size() <= 125);
        fuzz::touch(payload);
    }
    void onClose(quint16 code, std::string_view reason) override
    {
        VIRTUOSO_FUZZ_CHECK(!closed && reason.size() <= 123);
        fuzz::touch(reason);
        closed = true;
        (void)code;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size < 9)
        return 0;
    const std::uint8_t mode = data[0];
    const std::uint8_t *pieces = data + 1;
    std::string_view stream = fuzz::asText(data + 9, size - 9);

    WebSocketFrameReader reader((mode & 2) ? 1024 : 16 * 1024 * 1024);
    CheckingHandler handler;
    handler.reader = &reader;
    handler.resetOnPing = (mode & 4) != 0;
    handler.limit = reader.maxMessageBytes();

    bool handshaking = (mode & 1) != 0;
    QByteArray head;
    for (std::size_t i = 0; !stream.empty(); ++i) {
        const std::size_t n = std::min<std::size_t>(stream.size(), 1u + pieces[i % 8]);
        const std::string_view piece = stream.substr(0, n);
        stream.remove_prefix(n);
        if (handshaking) {
            head.append(piece.data(), qsizetype(piece.size()));
            const websocket_handshake::Outcome outcome = websocket_handshake::check(head, kKey);
            if (outcome.state == websocket_handshake::Outcome::Refused) {
                VIRTUOSO_FUZZ_CHECK(!outcome.reason.isEmpty());
                return 0;
            }
            if (outcome.state == websocket_handshake::Outcome::Incomplete) {
                VIRTUOSO_FUZZ_CHECK(head.size() <= websocket_handshake::kMaxResponseBytes + 4);
                continue;
            }
            VIRTUOSO_FUZZ_CHECK(outcome.headBytes > 0 && outcome.headBytes <= head.size());
            handshaking = false;
            const QByteArray rest = head.mid(outcome.headBytes);
            if (!rest.isEmpty() && !reader.feed(std::string_view(rest.constData(), size_t(rest.size())), handler)) {
                VIRTUOSO_FUZZ_CHECK(reader.failure().closeCode != 0 && !reader.failure().reason.isEmpty());
                return 0;
            }
            continue;
        }
        std::memcpy(reader.prepare(n), piece.data(), n);
        reader.commit(n);
        if (!reader.process(handler)) {
            VIRTUOSO_FUZZ_CHECK(reader.failure().closeCode != 0 && !reader.failure().reason.isEmpty());
            return 0;
        }
        if (reader.closed())
            return 0;
    }
    return 0;
}
