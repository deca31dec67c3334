#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringEncoder>
#include <QUrl>

#include <memory>
#include <optional>

class QWebSocket;

namespace virtuoso {
class Clock;
}

namespace virtuoso::exchange {

// The socket seen by a connection's state machine. The real one wraps QWebSocket; tests supply a
// scripted one, so every transition is exercised without a network.
class WebSocketTransport
{
public:
    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void onTransportOpened() = 0;
        // The socket ended without being asked to (peer close, network error, TLS failure).
        virtual void onTransportClosed(const QString &reason) = 0;
        // One complete text message as UTF-8, read at `receivedNs` (monotonic). The bytes are the
        // transport's until the call returns.
        virtual void onTransportText(const QByteArray &frame, qint64 receivedNs) = 0;
        // A WebSocket pong (the answer to sendPing). Bybit's heartbeat is an application message, so
        // most listeners ignore it.
        virtual void onTransportPong(qint64 receivedNs) { Q_UNUSED(receivedNs); }
        // Every message of one socket read has been delivered: a listener that batches work for
        // another thread hands it over here.
        virtual void onTransportReadDone() {}
        // Asked before each message: false when the listener has no room for one now. A transport
        // that can wait (padsTextMessages' native client) then stops reading — what the peer sends
        // waits in the socket buffers, TCP slows the peer down — and asks again shortly; one that
        // cannot delivers anyway.
        virtual bool transportMayDeliver() { return true; }
    };

    virtual ~WebSocketTransport() = default;
    void setListener(Listener *listener) { m_listener = listener; }

    virtual void open(const QUrl &url) = 0;
    // Closes without reporting onTransportClosed: the caller already knows why.
    virtual void abort() = 0;
    virtual bool sendText(const QByteArray &text) = 0;
    // A WebSocket ping; its pong reaches Listener::onTransportPong. False when not open.
    virtual bool sendPing(const QByteArray &payload)
    {
        Q_UNUSED(payload);
        return false;
    }
    // Whether every text message handed to onTransportText is followed in memory by
    // kWebSocketMessagePadding zero bytes (WebSocketFrames.h), so a parser may read it in place.
    virtual bool padsTextMessages() const { return false; }

protected:
    Listener *m_listener = nullptr;
};

// QWebSocket on the thread that creates it. Text frames arrive as QString (a Qt limitation) and are
// handed on as UTF-8 with the monotonic time they were read.
class QtWebSocketTransport final : public QObject, public WebSocketTransport
{
    Q_OBJECT
public:
    explicit QtWebSocketTransport(const Clock &clock, QObject *parent = nullptr);
    ~QtWebSocketTransport() override;

    void open(const QUrl &url) override;
    void abort() override;
    bool sendText(const QByteArray &text) override;
    bool sendPing(const QByteArray &payload) override;
    // Applies from the next open().
    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }

private:
    void discardSocket();

    const Clock &m_clock;
    QWebSocket *m_socket = nullptr;
    qint64 m_maxMessageBytes = 16 * 1024 * 1024;
    // Each text frame is converted into this one buffer: no allocation per frame. Listeners use
    // the bytes before returning and copy what they keep.
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// Which implementation a connection uses (`connection.transport`).
enum class WebSocketTransportKind {
    Native, // NativeWebSocketTransport: RFC 6455 over QTcpSocket / QSslSocket, UTF-8 throughout
    Qt,     // QtWebSocketTransport: QWebSocket, text converted to UTF-16 and back
};

struct WebSocketTransportSettings
{
    WebSocketTransportKind kind = WebSocketTransportKind::Native;
    qint64 maxMessageBytes = 16 * 1024 * 1024; // larger messages close the connection (1009)
};

// "native" or "qt"; nullopt for anything else.
std::optional<WebSocketTransportKind> parseWebSocketTransportKind(const QString &name);
std::unique_ptr<WebSocketTransport> makeWebSocketTransport(const WebSocketTransportSettings &settings,
                                                           const Clock &clock);

} // namespace virtuoso::exchange
