#include "connector/WebSocketFrames.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace virtuoso::exchange {

static_assert(kWebSocketMessagePadding >= simdjson::SIMDJSON_PADDING, "messages are parsed in place by simdjson");

namespace {

constexpr std::size_t kMaxControlPayload = 125;

bool isValidUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

// RFC 6455 7.4: the codes a peer may put on the wire.
bool isValidCloseCode(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

QString sizeText(quint64 bytes)
{
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                                              : QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

WebSocketFrameReader::WebSocketFrameReader(qint64 maxMessageBytes)
    : m_maxMessageBytes(std::max<qint64>(125, maxMessageBytes))
{}

void WebSocketFrameReader::reset()
{
    ++m_generation;
    m_begin = m_end = 0;
    m_messageSize = 0;
    m_inMessage = m_messageText = m_inDataFrame = m_frameFin = m_closed = m_held = false;
    m_payloadLeft = 0;
    m_failure = {};
}

char *WebSocketFrameReader::prepare(std::size_t n)
{
    if (m_input.size() - m_end < n) {
        // What is left unread is at most a frame header or a control frame: move it to the front.
        if (m_begin > 0) {
            std::memmove(m_input.data(), m_input.data() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_input.size() - m_end < n)
            m_input.resize(m_end + n);
    }
    return m_input.data() + m_end;
}

void WebSocketFrameReader::commit(std::size_t n)
{
    m_end = std::min(m_input.size(), m_end + n);
}

bool WebSocketFrameReader::feed(std::string_view bytes, Handler &handler)
{
    // An empty read adds nothing; an empty buffer has no storage to copy into (memcpy to null).
    if (!bytes.empty()) {
        std::memcpy(prepare(bytes.size()), bytes.data(), bytes.size());
        commit(bytes.size());
    }
    return process(handler);
}

bool WebSocketFrameReader::fail(quint16 code, QString reason)
{
    m_failure = {code, std::move(reason)};
    m_begin = m_end;
    return false;
}

void WebSocketFrameReader::ensureMessageRoom(std::size_t size)
{
    const auto needed = static_cast<qsizetype>(size + kWebSocketMessagePadding);
    if (m_message.size() < needed) {
        // Grows geometrically and keeps what was assembled; in steady state nothing is allocated.
        if (m_message.capacity() < needed)
            m_message.reserve(std::max(needed, m_message.capacity() * 2));
        m_message.resize(needed);
    }
}

bool WebSocketFrameReader::process(Handler &handler)
{
    if (!m_failure.reason.isEmpty())
        return false;
    const quint64 generation = m_generation;
    m_held = false;
    while (!m_closed) {
        if (m_inDataFrame) {
            // Stream the payload into the message as it arrives: the input never holds a whole frame.
            const std::size_t take = std::min(m_payloadLeft, m_end - m_begin);
            if (take > 0) {
                std::memcpy(m_message.data() + m_messageSize, m_input.data() + m_begin, take);
                m_messageSize += take;
                m_begin += take;
                m_payloadLeft -= take;
            }
            if (m_payloadLeft > 0)
                return true;
            m_inDataFrame = false;
            if (m_frameFin) {
                if (!finishMessage(handler))
                    return false;
                if (generation != m_generation)
                    return true;
            }
            continue;
        }
        if (m_begin < m_end && !handler.ready()) {
            m_held = true;
            return true;
        }
        bool needMore = false;
        if (!startFrame(handler, needMore))
            return false;
        if (needMore || generation != m_generation)
            return true;
    }
    return true;
}

bool WebSocketFrameReader::startFrame(Handler &handler, bool &needMore)
{
    const std::size_t available = m_end - m_begin;
    if (available < 2) {
        needMore = true;
        return true;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(m_input.data() + m_begin);
    const bool fin = p[0] & 0x80;
    const unsigned rsv = p[0] & 0x70;
    const auto opcode = static_cast<WebSocketOpcode>(p[0] & 0x0F);
    const bool masked = p[1] & 0x80;
    const unsigned len7 = p[1] & 0x7F;
    const std::size_t headerSize = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + (masked ? 4 : 0);
    if (available < headerSize) {
        needMore = true;
        return true;
    }
    if (rsv)
        return fail(websocket_close::ProtocolError,
                    QStringLiteral("frame with reserved bits set, but no extension was negotiated"));
    if (masked)
        return fail(websocket_close::ProtocolError, QStringLiteral("the server sent a masked frame"));
    quint64 length = len7;
    if (len7 == 126) {
        length = (quint64(p[2]) << 8) | p[3];
    } else if (len7 == 127) {
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | p[2 + i];
        if (length >> 63)
            return fail(websocket_close::ProtocolError, QStringLiteral("frame length with its top bit set"));
    }

    const auto op = static_cast<unsigned>(opcode);
    if (op >= 0x8) {
        if (opcode != WebSocketOpcode::Close && opcode != WebSocketOpcode::Ping && opcode != WebSocketOpcode::Pong)
            return fail(websocket_close::ProtocolError, QStringLiteral("unknown control opcode 0x%1").arg(op, 0, 16));
        if (!fin)
            return fail(websocket_close::ProtocolError, QStringLiteral("fragmented control frame"));
        if (length > kMaxControlPayload)
            return fail(websocket_close::ProtocolError,
                        QStringLiteral("control frame of %1 bytes (at most 125 allowed)").arg(length));
        if (available < headerSize + length) {
            needMore = true;
            return true;
        }
        const std::string_view payload(m_input.data() + m_begin + headerSize, length);
        m_begin += headerSize + length;
        switch (opcode) {
        case WebSocketOpcode::Ping:
            handler.onPing(payload);
            return true;
        case WebSocketOpcode::Pong:
            handler.onPong(payload);
            return true;
        default:
            break;
        }
        if (payload.size() == 1)
            return fail(websocket_close::ProtocolError, QStringLiteral("close frame with a one-byte payload"));
        quint16 code = websocket_close::NoStatus;
        std::string_view reason;
        if (payload.size() >= 2) {
            code = static_cast<quint16>((quint16(static_cast<unsigned char>(payload[0])) << 8) |
                                        static_cast<unsigned char>(payload[1]));
            reason = payload.substr(2);
            if (!isValidCloseCode(code))
                return fail(websocket_close::ProtocolError, QStringLiteral("invalid close code %1").arg(code));
            if (!isValidUtf8(reason))
                return fail(websocket_close::InvalidPayload, QStringLiteral("close reason is not valid UTF-8"));
        }
        m_closed = true;
        handler.onClose(code, reason);
        return true;
    }

    if (opcode == WebSocketOpcode::Continuation) {
        if (!m_inMessage)
            return fail(websocket_close::ProtocolError, QStringLiteral("continuation frame without a message"));
    } else if (opcode == WebSocketOpcode::Text || opcode == WebSocketOpcode::Binary) {
        if (m_inMessage)
            return fail(websocket_close::ProtocolError,
                        QStringLiteral("a new message started before the fragmented one ended"));
        m_inMessage = true;
        m_messageText = opcode == WebSocketOpcode::Text;
        m_messageSize = 0;
    } else {
        return fail(websocket_close::ProtocolError, QStringLiteral("unknown data opcode 0x%1").arg(op, 0, 16));
    }
    const quint64 total = quint64(m_messageSize) + length;
    if (total > quint64(m_maxMessageBytes))
        return fail(websocket_close::MessageTooBig, QStringLiteral("message of %1 exceeds the limit of %2")
                                                        .arg(sizeText(total), sizeText(quint64(m_maxMessageBytes))));
    ensureMessageRoom(static_cast<std::size_t>(total));
    m_begin += headerSize;
    m_payloadLeft = static_cast<std::size_t>(length);
    m_inDataFrame = true;
    m_frameFin = fin;
    return true;
}

bool WebSocketFrameReader::finishMessage(Handler &handler)
{
    m_inMessage = false;
    const std::string_view bytes(m_message.constData(), m_messageSize);
    if (m_messageText && !isValidUtf8(bytes))
        return fail(websocket_close::InvalidPayload, QStringLiteral("text message is not valid UTF-8"));
    // Zero padding after the message, then the message's own size; the capacity stays.
    ensureMessageRoom(m_messageSize);
    std::memset(m_message.data() + m_messageSize, 0, kWebSocketMessagePadding);
    m_message.resize(static_cast<qsizetype>(m_messageSize));
    handler.onMessage(m_message, m_messageText);
    return true;
}

void appendClientFrame(QByteArray &out, WebSocketOpcode opcode, std::string_view payload, quint32 maskKey)
{
    const quint64 length = payload.size();
    const qsizetype start = out.size();
    const qsizetype header = 2 + (length < 126 ? 0 : length <= 0xFFFF ? 2 : 8) + 4;
    out.resize(start + header + static_cast<qsizetype>(length));
    auto *p = reinterpret_cast<unsigned char *>(out.data() + start);
    p[0] = static_cast<unsigned char>(0x80 | static_cast<unsigned>(opcode));
    int at = 2;
    if (length < 126) {
        p[1] = static_cast<unsigned char>(0x80 | length);
    } else if (length <= 0xFFFF) {
        p[1] = 0x80 | 126;
        p[2] = static_cast<unsigned char>(length >> 8);
        p[3] = static_cast<unsigned char>(length);
        at = 4;
    } else {
        p[1] = 0x80 | 127;
        for (int i = 0; i < 8; ++i)
            p[2 + i] = static_cast<unsigned char>(length >> (8 * (7 - i)));
        at = 10;
    }
    const unsigned char mask[4] = {static_cast<unsigned char>(maskKey >> 24), static_cast<unsigned char>(maskKey >> 16),
                                   static_cast<unsigned char>(maskKey >> 8), static_cast<unsigned char>(maskKey)};
    std::memcpy(p + at, mask, 4);
    unsigned char *body = p + at + 4;
    for (std::size_t i = 0; i < payload.size(); ++i)
        body[i] = static_cast<unsigned char>(payload[i]) ^ mask[i & 3];
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray out;
    out.append(static_cast<char>(code >> 8));
    out.append(static_cast<char>(code & 0xFF));
    // At most 123 bytes of reason, cut at a character boundary.
    qsizetype n = std::min<qsizetype>(reason.size(), 123);
    while (n > 0 && n < reason.size() && (static_cast<unsigned char>(reason[n]) & 0xC0) == 0x80)
        --n;
    out.append(reason.constData(), n);
    return out;
}

} // namespace virtuoso::exchange
