#pragma once

// Hand-crafted RFC 6455 frames for the tests of the WebSocket client: what a server writes
// (unmasked) and a reader of what the client writes (masked).

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace virtuoso::test {

// One server frame. `rsv` sets the reserved bits, `maskKey` masks it (servers must not).
inline QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
                              std::optional<quint32> maskKey = std::nullopt)
{
    QByteArray out;
    out.append(static_cast<char>((fin ? 0x80 : 0) | (rsv << 4) | opcode));
    const quint8 maskBit = maskKey ? 0x80 : 0;
    const quint64 n = static_cast<quint64>(payload.size());
    if (n < 126) {
        out.append(static_cast<char>(maskBit | n));
    } else if (n <= 0xFFFF) {
        out.append(static_cast<char>(maskBit | 126));
        out.append(static_cast<char>(n >> 8));
        out.append(static_cast<char>(n & 0xFF));
    } else {
        out.append(static_cast<char>(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            out.append(static_cast<char>((n >> (8 * i)) & 0xFF));
    }
    QByteArray body = payload;
    if (maskKey) {
        const char mask[4] = {char(*maskKey >> 24), char(*maskKey >> 16), char(*maskKey >> 8), char(*maskKey)};
        out.append(mask, 4);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = static_cast<char>(body[i] ^ mask[i & 3]);
    }
    return out + body;
}

inline QByteArray text(const QByteArray &payload, bool fin = true)
{
    return serverFrame(0x1, payload, fin);
}
inline QByteArray continuation(const QByteArray &payload, bool fin = true)
{
    return serverFrame(0x0, payload, fin);
}
inline QByteArray closeFrame(quint16 code, const QByteArray &reason = {})
{
    QByteArray payload;
    payload.append(static_cast<char>(code >> 8));
    payload.append(static_cast<char>(code & 0xFF));
    return serverFrame(0x8, payload + reason);
}

// A frame the client wrote, unmasked.
struct ClientFrame
{
    quint8 opcode = 0;
    bool fin = false;
    bool masked = false;
    quint32 maskKey = 0;
    QByteArray payload;
};

// Takes every complete client frame from the front of `buffer`.
inline QList<ClientFrame> takeClientFrames(QByteArray &buffer)
{
    QList<ClientFrame> out;
    for (;;) {
        if (buffer.size() < 2)
            return out;
        const auto *p = reinterpret_cast<const unsigned char *>(buffer.constData());
        ClientFrame f;
        f.fin = p[0] & 0x80;
        f.opcode = p[0] & 0x0F;
        f.masked = p[1] & 0x80;
        quint64 n = p[1] & 0x7F;
        qsizetype at = 2;
        if (n == 126) {
            if (buffer.size() < 4)
                return out;
            n = (quint64(p[2]) << 8) | p[3];
            at = 4;
        } else if (n == 127) {
            if (buffer.size() < 10)
                return out;
            n = 0;
            for (int i = 0; i < 8; ++i)
                n = (n << 8) | p[2 + i];
            at = 10;
        }
        const qsizetype maskAt = at;
        if (f.masked)
            at += 4;
        if (buffer.size() < at + static_cast<qsizetype>(n))
            return out;
        f.payload = buffer.mid(at, static_cast<qsizetype>(n));
        if (f.masked) {
            f.maskKey = (quint32(p[maskAt]) << 24) | (quint32(p[maskAt + 1]) << 16) | (quint32(p[maskAt + 2]) << 8) |
                        p[maskAt + 3];
            for (qsizetype i = 0; i < f.payload.size(); ++i)
                f.payload[i] = static_cast<char>(f.payload[i] ^ p[maskAt + (i & 3)]);
        }
        buffer.remove(0, at + static_cast<qsizetype>(n));
        out << f;
    }
}

} // namespace virtuoso::test
