#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace virtuoso::exchange {

// The client's opening handshake of RFC 6455 (section 4.1), without I/O.
namespace websocket_handshake {

// A fresh Sec-WebSocket-Key: 16 random bytes, base64.
QByteArray newKey();
// What the server must answer in Sec-WebSocket-Accept: base64(SHA-1(key + the RFC's GUID)).
QByteArray acceptFor(const QByteArray &key);
// The GET request that asks `url` (ws:// or wss://) for the upgrade. No extension or subprotocol is
// offered, so a server that picks one is refused.
QByteArray request(const QUrl &url, const QByteArray &key);

// A response head longer than this is refused.
inline constexpr qsizetype kMaxResponseBytes = 16 * 1024;

struct Outcome
{
    enum State { Incomplete, Accepted, Refused };
    State state = Incomplete;
    qsizetype headBytes = 0; // Accepted: bytes of the head; what follows are the first frames
    QString reason;          // Refused: why, for the connection's state
};
// Reads the server's answer so far: 101 Switching Protocols with Upgrade: websocket,
// Connection: Upgrade and the Sec-WebSocket-Accept that belongs to `key`.
Outcome check(QByteArrayView received, const QByteArray &key);

} // namespace websocket_handshake

} // namespace virtuoso::exchange
