// NativeWebSocketTransport against a test peer on QTcpServer that speaks the server side by hand:
// the upgrade request and its checks, hand-crafted frames, what the client writes back (masked
// frames, pongs, close frames with codes) and the reasons the listener is given.

#include "TestSupport.h"
#include "WebSocketTestFrames.h"

#include "base/Clock.h"
#include "connector/ConnectionPacer.h"
#include "connector/NativeWebSocketTransport.h"
#include "connector/PublicConnection.h"
#include "connector/ReadPacer.h"
#include "connector/WebSocketHandshake.h"
#include "model/health/TimeoutJournal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

#include <vector>

using namespace virtuoso;
using namespace virtuoso::exchange;
using namespace virtuoso::test;

namespace {

// The server side of one WebSocket, written by hand.
class TestPeer : public QObject
{
public:
    enum class Answer { Upgrade, Forbidden, WrongAccept };

    explicit TestPeer(Answer answer = Answer::Upgrade)
        : m_answer(answer)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
            connect(socket, &QTcpSocket::disconnected, this, [this] { clientClosed = true; });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(m_server.serverPort())); }
    void write(const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->flush();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : request.split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }

    QTcpSocket *socket = nullptr;
    QByteArray request;
    QList<ClientFrame> frames;
    bool upgraded = false;
    bool clientClosed = false;

private:
    void onRead()
    {
        m_in += socket->readAll();
        if (!upgraded) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            request = m_in.left(end + 4);
            m_in.remove(0, end + 4);
            upgraded = true;
            const QByteArray key = header("Sec-WebSocket-Key");
            if (m_answer == Answer::Forbidden) {
                write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            const QByteArray accept = m_answer == Answer::WrongAccept ? websocket_handshake::acceptFor("other")
                                                                      : websocket_handshake::acceptFor(key);
            write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " +
                  accept + "\r\n\r\n");
        }
        frames += takeClientFrames(m_in);
    }

    Answer m_answer;
    QTcpServer m_server;
    QByteArray m_in;
};

struct Recorder final : WebSocketTransport::Listener
{
    void onTransportOpened() override { ++opened; }
    void onTransportClosed(const QString &reason) override { closed << reason; }
    void onTransportText(const QByteArray &frame, qint64 receivedNs) override
    {
        texts << QByteArray(frame.constData(), frame.size());
        times.push_back(receivedNs);
        textsAtReadDone.push_back(-1);
    }
    void onTransportPong(qint64) override { ++pongs; }
    void onTransportReadDone() override
    {
        ++readDone;
        if (!textsAtReadDone.empty())
            textsAtReadDone.back() = texts.size();
    }
    int opened = 0;
    QStringList closed;
    QList<QByteArray> texts;
    std::vector<qint64> times;
    std::vector<qsizetype> textsAtReadDone;
    int pongs = 0;
    int readDone = 0;
};

struct Connected
{
    explicit Connected(const Clock &clock = Clock::system(), qint64 maxMessageBytes = 16 * 1024 * 1024,
                       TestPeer::Answer answer = TestPeer::Answer::Upgrade)
        : peer(answer)
        , transport(clock, maxMessageBytes)
    {
        transport.setListener(&listener);
        transport.open(peer.url());
    }
    bool waitOpen()
    {
        return waitFor([&] { return listener.opened == 1; }, 5000);
    }

    TestPeer peer;
    Recorder listener;
    NativeWebSocketTransport transport;
};

} // namespace

TEST(NativeWebSocket, TheUpgradeRequestIsRfc6455)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    EXPECT_TRUE(c.peer.request.startsWith("GET /v5/public/linear HTTP/1.1\r\n"));
    EXPECT_EQ(c.peer.header("Host"), "127.0.0.1:" + QByteArray::number(c.peer.url().port()));
    EXPECT_EQ(c.peer.header("Upgrade").toLower(), "websocket");
    EXPECT_EQ(c.peer.header("Connection").toLower(), "upgrade");
    EXPECT_EQ(c.peer.header("Sec-WebSocket-Version"), "13");
    EXPECT_EQ(QByteArray::fromBase64(c.peer.header("Sec-WebSocket-Key")).size(), 16);
    EXPECT_TRUE(c.listener.closed.isEmpty());
}

TEST(NativeWebSocket, TextArrivesAsUtf8PaddedWithTheTimeOfItsRead)
{
    ManualClock clock;
    Connected c(clock);
    ASSERT_TRUE(c.waitOpen());
    EXPECT_TRUE(c.transport.padsTextMessages());
    clock.advanceMs(5);
    const QByteArray euro = "{\"p\":\"\xE2\x82\xAC\"}";
    c.peer.write(text(euro) + text("frag", false) + serverFrame(0x9, "hb") + continuation("ment") +
                 serverFrame(0x2, "bin"));
    ASSERT_TRUE(waitFor([&] { return c.listener.texts.size() == 3; }, 5000));
    EXPECT_EQ(c.listener.texts[0], euro);
    EXPECT_EQ(c.listener.texts[1], "fragment");
    EXPECT_EQ(c.listener.texts[2], "bin");
    for (qint64 t : c.listener.times)
        EXPECT_EQ(t, clock.monotonicNs());
    EXPECT_GE(c.listener.readDone, 1);
    EXPECT_EQ(c.listener.textsAtReadDone.back(), 3) << "the read is done after its last message";
    // The ping in between was answered with its payload.
    ASSERT_TRUE(waitFor([&] { return !c.peer.frames.isEmpty(); }, 5000));
    EXPECT_EQ(c.peer.frames[0].opcode, 0xA);
    EXPECT_EQ(c.peer.frames[0].payload, "hb");
    EXPECT_TRUE(c.peer.frames[0].masked);
}

TEST(NativeWebSocket, EachSocketReadIsToldToTheThreadsReadPacer)
{
    ManualClock clock; // stands still: every read looks like part of a busy stream
    QObject owner;
    ReadPacer::installOnCurrentThread(&owner, clock, 50'000);
    ReadPacer *pacer = ReadPacer::current();
    ASSERT_NE(pacer, nullptr);
    // waitFor() never lets the loop wait; the pacer acts when it is about to.
    const auto waitingPass = [&] {
        QTimer::singleShot(0, &owner, [] {});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    Connected c(clock);
    ASSERT_TRUE(c.waitOpen()); // the handshake's read
    waitingPass();
    EXPECT_EQ(pacer->sleeps(), 0u) << "the first read after a pause";
    c.peer.write(text("{}"));
    ASSERT_TRUE(waitFor([&] { return c.listener.texts.size() == 1; }, 5000));
    waitingPass();
    EXPECT_EQ(pacer->sleeps(), 1u) << "the second read of the stream waited out its window";
}

TEST(NativeWebSocket, ClientFramesAreMaskedWithAFreshKeyEach)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    const QByteArray subscribe = R"({"op":"subscribe","args":["orderbook.50.BTCUSDT"]})";
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(c.transport.sendText(subscribe));
    ASSERT_TRUE(c.transport.sendPing("app"));
    ASSERT_TRUE(waitFor([&] { return c.peer.frames.size() == 5; }, 5000));
    QSet<quint32> keys;
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(c.peer.frames[i].masked && c.peer.frames[i].fin);
        EXPECT_EQ(c.peer.frames[i].opcode, 0x1);
        EXPECT_EQ(c.peer.frames[i].payload, subscribe);
        keys << c.peer.frames[i].maskKey;
    }
    EXPECT_EQ(keys.size(), 4) << "every frame has its own masking key";
    EXPECT_EQ(c.peer.frames[4].opcode, 0x9);
    c.peer.write(serverFrame(0xA, "app"));
    EXPECT_TRUE(waitFor([&] { return c.listener.pongs == 1; }, 5000));
}

TEST(NativeWebSocket, APeersCloseIsAnsweredWithItsCodeAndReported)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    c.peer.write(text("last") + closeFrame(1001, "going away") + text("never"));
    ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
    EXPECT_EQ(c.listener.closed, QStringList{QStringLiteral("closed by peer (code 1001: going away)")});
    EXPECT_EQ(c.listener.texts, QList<QByteArray>{"last"});
    ASSERT_TRUE(waitFor([&] { return !c.peer.frames.isEmpty() && c.peer.clientClosed; }, 5000));
    EXPECT_EQ(c.peer.frames[0].opcode, 0x8);
    EXPECT_EQ(c.peer.frames[0].payload.left(2), QByteArray("\x03\xE9", 2)) << "1001 echoed";
    EXPECT_FALSE(c.transport.sendText("{}")) << "nothing is sent after the close";
}

TEST(NativeWebSocket, AbortSendsANormalClose)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    c.transport.abort();
    ASSERT_TRUE(waitFor([&] { return !c.peer.frames.isEmpty() && c.peer.clientClosed; }, 5000));
    EXPECT_EQ(c.peer.frames[0].opcode, 0x8);
    EXPECT_EQ(c.peer.frames[0].payload, QByteArray("\x03\xE8", 2));
    EXPECT_TRUE(c.listener.closed.isEmpty()) << "the caller of abort() already knows why";
}

TEST(NativeWebSocket, AnOversizedMessageClosesWith1009AndAClearReason)
{
    Connected c(Clock::system(), 1000);
    ASSERT_TRUE(c.waitOpen());
    c.peer.write(text(QByteArray(2000, 'a')));
    ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
    EXPECT_EQ(
        c.listener.closed.front(),
        QStringLiteral("protocol error: message of 2000 bytes exceeds the limit of 1000 bytes (closed with 1009)"));
    ASSERT_TRUE(waitFor([&] { return !c.peer.frames.isEmpty(); }, 5000));
    EXPECT_EQ(c.peer.frames[0].opcode, 0x8);
    EXPECT_EQ(c.peer.frames[0].payload.left(2), QByteArray("\x03\xF1", 2));
    EXPECT_TRUE(c.listener.texts.isEmpty());
}

TEST(NativeWebSocket, InvalidUtf8ClosesWith1007)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    c.peer.write(text("ok") + text("\xC0\xAF"));
    ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
    EXPECT_EQ(c.listener.texts, QList<QByteArray>{"ok"});
    EXPECT_EQ(c.listener.closed.front(),
              QStringLiteral("protocol error: text message is not valid UTF-8 (closed with 1007)"));
    ASSERT_TRUE(waitFor([&] { return !c.peer.frames.isEmpty(); }, 5000));
    EXPECT_EQ(c.peer.frames[0].payload.left(2), QByteArray("\x03\xEF", 2));
}

TEST(NativeWebSocket, AMaskedServerFrameClosesWith1002)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    c.peer.write(serverFrame(0x1, "masked", true, 0, 0x11223344u));
    ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
    EXPECT_EQ(c.listener.closed.front(),
              QStringLiteral("protocol error: the server sent a masked frame (closed with 1002)"));
}

TEST(NativeWebSocket, ARefusedUpgradeSaysWhy)
{
    for (const auto &[answer, expected] :
         {std::pair{TestPeer::Answer::Forbidden, "handshake: HTTP 403 Forbidden instead of 101 Switching Protocols"},
          std::pair{TestPeer::Answer::WrongAccept, "handshake: Sec-WebSocket-Accept does not match the key sent"}}) {
        Connected c(Clock::system(), 1 << 20, answer);
        ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
        EXPECT_EQ(c.listener.closed.front(), QString::fromLatin1(expected));
        EXPECT_EQ(c.listener.opened, 0);
    }
}

TEST(NativeWebSocket, ADroppedConnectionAndARefusedPortAreReported)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    c.peer.socket->abort();
    ASSERT_TRUE(waitFor([&] { return !c.listener.closed.isEmpty(); }, 5000));
    EXPECT_EQ(c.listener.closed.front(), QStringLiteral("remote host closed the connection without a close frame"));

    QTcpServer unused;
    unused.listen(QHostAddress::LocalHost, 0);
    const quint16 port = unused.serverPort();
    unused.close();
    Recorder refused;
    NativeWebSocketTransport transport(Clock::system());
    transport.setListener(&refused);
    transport.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    ASSERT_TRUE(waitFor([&] { return !refused.closed.isEmpty(); }, 5000));
    EXPECT_TRUE(refused.closed.front().contains(QLatin1String("refused"), Qt::CaseInsensitive))
        << refused.closed.front().toStdString();
}

TEST(NativeWebSocket, FramesTricklingInByteByByteArriveWhole)
{
    Connected c;
    ASSERT_TRUE(c.waitOpen());
    const QByteArray stream = text(R"({"topic":"a"})") + text("xy", false) + serverFrame(0x9, "p") + continuation("z");
    for (char byte : stream) {
        c.peer.write(QByteArray(1, byte));
        QCoreApplication::processEvents();
    }
    ASSERT_TRUE(waitFor([&] { return c.listener.texts.size() == 2; }, 5000));
    EXPECT_EQ(c.listener.texts[0], R"({"topic":"a"})");
    EXPECT_EQ(c.listener.texts[1], "xyz");
}

// A peer that stops in the middle of a frame delivers nothing more; the connection's own watchdog
// and pong deadline (on its clock) notice and reconnect.
TEST(NativeWebSocket, APeerThatStopsMidFrameIsCaughtByTheStreamWatchdog)
{
    ManualClock clock;
    TestPeer peer;
    NativeWebSocketTransport transport(clock);
    ConnectionPacer pacer(0);
    health::TimeoutJournal journal(clock);
    PublicConnectionSettings settings;
    settings.url = peer.url();
    settings.topics = {QStringLiteral("orderbook.50.BTCUSDT")};
    settings.pingIntervalMs = 20'000;
    settings.pongTimeoutMs = 10'000;
    settings.seed = 7;
    PublicConnection connection(settings, transport, pacer, journal, clock);
    connection.start();
    ASSERT_TRUE(waitFor([&] { return !peer.frames.isEmpty(); }, 5000));
    const QJsonObject subscribe = QJsonDocument::fromJson(peer.frames[0].payload).object();
    peer.write(text(QJsonDocument(QJsonObject{{"success", true},
                                              {"ret_msg", ""},
                                              {"op", "subscribe"},
                                              {"req_id", subscribe.value(QLatin1String("req_id"))}})
                        .toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(waitFor([&] { return connection.state() == health::ConnectionState::Live; }, 5000));

    const QByteArray frame = text(R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{}})");
    peer.write(frame.left(frame.size() / 2));
    QCoreApplication::processEvents();
    const quint64 before = connection.status().framesReceived;
    // Polled every 100 ms of the connection's clock, as the feed's timer does: the silence (or the
    // missing pong, whichever comes first) makes it reconnect.
    qint64 elapsedMs = 0;
    while (connection.state() != health::ConnectionState::Backoff && elapsedMs < 40'000) {
        clock.advanceMs(100);
        elapsedMs += 100;
        connection.poll();
        QCoreApplication::processEvents();
    }
    const QString reason = connection.status().reason;
    EXPECT_TRUE(reason.startsWith(QLatin1String("no data on any topic")) || reason.startsWith(QLatin1String("no pong")))
        << reason.toStdString();
    EXPECT_EQ(connection.state(), health::ConnectionState::Backoff) << connection.status().reason.toStdString();
    EXPECT_LE(elapsedMs, settings.pingIntervalMs + settings.pongTimeoutMs);
    EXPECT_GE(journal.count(health::TimeoutKind::StaleStream) + journal.count(health::TimeoutKind::PongTimeout), 1);
    EXPECT_EQ(connection.status().framesReceived, before) << "half a frame is not a message";
    connection.stop(QStringLiteral("done"));
}

// The feed wakes the engine once per socket read: the connection passes the end of each read on.
TEST(NativeWebSocket, TheConnectionPassesTheEndOfEachReadToItsSink)
{
    struct Sink final : PublicFrameSink
    {
        bool deliverFrame(int, std::string_view, const QByteArray &, qint64) override
        {
            ++frames;
            return true;
        }
        void endOfRead(int) override { readsEnded.push_back(frames); }
        int frames = 0;
        std::vector<int> readsEnded;
    } sink;
    TestPeer peer;
    NativeWebSocketTransport transport(Clock::system());
    ConnectionPacer pacer(0);
    health::TimeoutJournal journal(Clock::system());
    PublicConnectionSettings settings;
    settings.url = peer.url();
    settings.topics = {QStringLiteral("orderbook.50.BTCUSDT")};
    PublicConnection connection(settings, transport, pacer, journal, Clock::system(), &sink);
    connection.start();
    ASSERT_TRUE(waitFor([&] { return !peer.frames.isEmpty(); }, 5000));
    const QJsonObject subscribe = QJsonDocument::fromJson(peer.frames[0].payload).object();
    const QByteArray delta = R"({"topic":"orderbook.50.BTCUSDT","type":"delta","data":{}})";
    peer.write(text(QJsonDocument(QJsonObject{{"success", true},
                                              {"ret_msg", ""},
                                              {"op", "subscribe"},
                                              {"req_id", subscribe.value(QLatin1String("req_id"))}})
                        .toJson(QJsonDocument::Compact)) +
               text(delta) + text(delta) + text(delta));
    ASSERT_TRUE(
        waitFor([&] { return sink.frames == 3 && !sink.readsEnded.empty() && sink.readsEnded.back() == 3; }, 5000))
        << sink.frames << " frames, " << sink.readsEnded.size() << " reads ended";
    connection.stop(QStringLiteral("done"));
}
