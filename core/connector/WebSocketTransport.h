#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringEncoder>
#include <QUrl>

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
        virtual void onTransportText(const QByteArray &frame, qint64 receivedNs) = 0;
    };

    virtual ~WebSocketTransport() = default;
    void setListener(Listener *listener) { m_listener = listener; }

    virtual void open(const QUrl &url) = 0;
    // Closes without reporting onTransportClosed: the caller already knows why.
    virtual void abort() = 0;
    virtual bool sendText(const QByteArray &text) = 0;

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

private:
    void discardSocket();

    const Clock &m_clock;
    QWebSocket *m_socket = nullptr;
    // Each text frame is converted into this one buffer: no allocation per frame. Listeners use
    // the bytes before returning and copy what they keep.
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace virtuoso::exchange
