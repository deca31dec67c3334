#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <string_view>
#include <vector>

namespace virtuoso::exchange {

// RFC 6455 opcodes and the close codes a client sends or reads.
enum class WebSocketOpcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

namespace websocket_close {
inline constexpr quint16 Normal = 1000;
inline constexpr quint16 GoingAway = 1001;
inline constexpr quint16 ProtocolError = 1002;
inline constexpr quint16 NoStatus = 1005; // never sent: reported when a close frame carries no code
inline constexpr quint16 InvalidPayload = 1007;
inline constexpr quint16 MessageTooBig = 1009;
} // namespace websocket_close

// Zero bytes that follow every message the reader hands over: simdjson parses in place with them.
inline constexpr std::size_t kWebSocketMessagePadding = 64;

// The server-to-client side of RFC 6455 over a byte stream, without I/O: the transport commits what
// it read, the reader calls back once per complete message and per control frame. Fragments are
// reassembled (control frames may come between them); payloads are copied once, from the input
// into one reused message buffer; text is checked to be UTF-8 (simdjson's SIMD validator) before it
// is handed on. Any breach of the protocol stops the reader with the close code to send and a
// reason a person can act on.
class WebSocketFrameReader
{
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // A complete data message, followed in memory by kWebSocketMessagePadding zero bytes. The bytes
        // are the reader's until the call returns; a handler that keeps them copies them (copying
        // the QByteArray shares it, and the reader then writes the next message elsewhere).
        virtual void onMessage(const QByteArray &message, bool text) = 0;
        virtual void onPing(std::string_view payload) = 0;
        virtual void onPong(std::string_view payload) = 0;
        // The peer's close frame: its code (1005 when it carried none) and reason. Nothing is read
        // after it.
        virtual void onClose(quint16 code, std::string_view reason) = 0;
        // Asked before each frame: false holds the stream there (process() returns, the input
        // stays, held() says so) until the next process().
        virtual bool ready() { return true; }
    };

    struct Failure
    {
        quint16 closeCode = 0; // to send to the peer
        QString reason;
    };

    explicit WebSocketFrameReader(qint64 maxMessageBytes = 16 * 1024 * 1024);

    // Room for `n` more input bytes: write up to n bytes there, then commit() what was written.
    char *prepare(std::size_t n);
    void commit(std::size_t n);
    // Processes the committed input. Returns false once the peer broke the protocol (failure()
    // says how); stops quietly after the peer's close frame or when a callback reset() the reader.
    bool process(Handler &handler);
    // prepare + copy + commit + process, for tests and small inputs.
    bool feed(std::string_view bytes, Handler &handler);

    // Forgets the stream (a new connection); buffers keep their memory.
    void reset();
    const Failure &failure() const { return m_failure; }
    bool closed() const { return m_closed; }
    // The last process() stopped because the handler was not ready; committed input is waiting.
    bool held() const { return m_held; }
    // Input committed and not processed yet.
    std::size_t pendingInput() const { return m_end - m_begin; }
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

private:
    bool fail(quint16 code, QString reason);
    bool startFrame(Handler &handler, bool &needMore);
    bool finishMessage(Handler &handler);
    void ensureMessageRoom(std::size_t size);

    qint64 m_maxMessageBytes;
    std::vector<char> m_input;
    std::size_t m_begin = 0; // first unread input byte
    std::size_t m_end = 0;   // one past the last committed byte
    QByteArray m_message;    // the message being assembled, padded
    std::size_t m_messageSize = 0;
    bool m_inMessage = false; // a data message has started and not finished
    bool m_messageText = false;
    std::size_t m_payloadLeft = 0; // payload bytes of the current data frame still to come
    bool m_inDataFrame = false;
    bool m_frameFin = false;
    bool m_closed = false;
    bool m_held = false;
    quint64 m_generation = 0; // bumped by reset(): a callback that resets stops the loop
    Failure m_failure;
};

// Appends one client frame: FIN set, masked with `maskKey` (RFC 6455 5.3: a fresh key per frame).
void appendClientFrame(QByteArray &out, WebSocketOpcode opcode, std::string_view payload, quint32 maskKey);
// The payload of a close frame: the code in network order and the reason (cut to fit 125 bytes).
QByteArray closePayload(quint16 code, const QByteArray &reason);

} // namespace virtuoso::exchange
