#pragma once

#include "connector/WakeTimer.h"
#include "connector/WebSocketFrames.h"
#include "connector/WebSocketTransport.h"

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QTcpSocket;

namespace virtuoso::exchange {

// A WebSocket client (RFC 6455) over QTcpSocket, or QSslSocket for wss:// — so TLS is verified by
// Qt against the system's CA store with the host name checked, and QNetworkProxy applies as for
// any Qt socket. Each socket read is parsed in one pass: every complete text message goes to the
// listener as UTF-8 in one reused, zero-padded buffer (no UTF-16 round trip, no allocation per
// message), all with the time of that read; then onTransportReadDone. Pings are answered, the
// peer's close is answered with its code, and a peer that breaks the protocol is closed with the
// RFC's code (1002, 1007, 1009) and reported with the reason. A listener without room for another
// message (Listener::transportMayDeliver) holds the stream: the transport stops reading there, the
// socket keeps at most kMaxBufferedBytes, the kernel's buffers and TCP's flow control hold the rest,
// and it asks again every kHoldRetryNs. Lives on the thread that creates it.
class NativeWebSocketTransport final : public QObject, public WebSocketTransport, private WebSocketFrameReader::Handler
{
    Q_OBJECT
public:
    explicit NativeWebSocketTransport(const Clock &clock, qint64 maxMessageBytes = 16 * 1024 * 1024,
                                      QObject *parent = nullptr);
    ~NativeWebSocketTransport() override;

    void open(const QUrl &url) override;
    // Sends a close frame (1000) when open, then closes; reports nothing.
    void abort() override;
    bool sendText(const QByteArray &text) override;
    bool sendPing(const QByteArray &payload) override;
    bool padsTextMessages() const override { return true; }

    // Messages and frames read since construction (for benchmarks and tests).
    quint64 messagesRead() const { return m_messages; }
    quint64 socketReads() const { return m_reads; }
    // Times the listener held the stream, and whether it holds it now.
    quint64 holds() const { return m_holds; }
    bool holding() const { return m_holding; }

    // Bytes the socket reads ahead of the parser at most: what a held stream keeps in memory.
    static constexpr qint64 kMaxBufferedBytes = 4 * 1024 * 1024;
    // How often a held stream asks the listener again.
    static constexpr qint64 kHoldRetryNs = 250'000;

private:
    enum class Phase { Idle, Connecting, Handshake, Open };

    void onSocketReady();
    void onReadyRead();
    bool readHandshake();
    void readFrames();
    // The socket ended or failed: discard it and tell the listener why.
    void fail(const QString &reason);
    // The peer broke the protocol: send it a close frame with `code`, close, report.
    void failProtocol(quint16 code, QString reason); // by value: the reader's copy is reset
    // Detaches the socket; `closeCode` > 0 sends a close frame first and lets the socket finish
    // writing before it closes.
    void discardSocket(quint16 closeCode = 0, const QByteArray &reason = {});
    bool sendFrame(WebSocketOpcode opcode, std::string_view payload);

    // WebSocketFrameReader::Handler
    void onMessage(const QByteArray &message, bool text) override;
    void onPing(std::string_view payload) override;
    void onPong(std::string_view payload) override;
    void onClose(quint16 code, std::string_view reason) override;
    bool ready() override;
    // The hold's timer: reads on when the listener has room again.
    void retryHeld();

    const Clock &m_clock;
    QTcpSocket *m_socket = nullptr;
    Phase m_phase = Phase::Idle;
    QUrl m_url;
    QByteArray m_key;
    QByteArray m_head; // the handshake response so far
    WebSocketFrameReader m_reader;
    QByteArray m_out;    // the frame being sent, reused
    qint64 m_readNs = 0; // when the bytes being parsed were read
    quint64 m_messages = 0;
    quint64 m_reads = 0;
    quint64 m_holds = 0;
    bool m_holding = false;
    std::unique_ptr<WakeTimer> m_holdTimer;
};

} // namespace virtuoso::exchange
