// The connection registry: per connection and per topic, counts from the network thread turned
// into messages/s, bytes/s, last-message age, `since` and last error by the status board.
#include "base/Clock.h"
#include "connector/ConnectionPacer.h"
#include "connector/PublicConnection.h"
#include "model/health/CompactLatencyHistogram.h"
#include "model/health/ConnectionMetrics.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/TimeoutJournal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;
using namespace virtuoso::health;

namespace {

class ScriptedTransport final : public WebSocketTransport
{
public:
    void open(const QUrl &) override { ++opens; }
    void abort() override {}
    bool sendText(const QByteArray &text) override
    {
        sent.push_back(QJsonDocument::fromJson(text).object());
        return true;
    }
    void accept() { m_listener->onTransportOpened(); }
    void peerClose(const QString &why) { m_listener->onTransportClosed(why); }
    void receive(const QByteArray &frame) { m_listener->onTransportText(frame, 0); }
    void ackAll()
    {
        for (const auto &o : sent) {
            if (o.value(QLatin1String("op")).toString() != u"subscribe")
                continue;
            const QString id = o.value(QLatin1String("req_id")).toString();
            if (acked.contains(id))
                continue;
            acked << id;
            const QJsonObject ack{
                {"success", true}, {"ret_msg", ""}, {"conn_id", "x"}, {"req_id", id}, {"op", "subscribe"}};
            receive(QJsonDocument(ack).toJson(QJsonDocument::Compact));
        }
    }

    int opens = 0;
    std::vector<QJsonObject> sent;
    QStringList acked;
};

QByteArray dataFrame(const QString &topic, int padding = 0)
{
    return QStringLiteral(R"({"topic":"%1","type":"delta","ts":1,"data":{"x":"%2"}})")
        .arg(topic, QString(padding, QLatin1Char('a')))
        .toUtf8();
}

const QString kBook = QStringLiteral("orderbook.50.BTCUSDT");
const QString kTrades = QStringLiteral("publicTrade.BTCUSDT");

struct Registry : ::testing::Test
{
    ManualClock clock{1'764'300'000'000};
    ConnectionPacer pacer{600};
    TimeoutJournal journal{clock};
    ScriptedTransport transport;
    std::unique_ptr<PublicConnection> connection;
    ConnectionStatusBoard board;

    void bringLive()
    {
        PublicConnectionSettings s;
        s.connId = QStringLiteral("conn_2");
        s.url = QUrl(QStringLiteral("ws://127.0.0.1:1/v5/public/linear"));
        s.topics = {kBook, kTrades};
        s.seed = 7;
        connection = std::make_unique<PublicConnection>(s, transport, pacer, journal, clock);
        connection->start();
        transport.accept();
        transport.ackAll();
        ASSERT_EQ(connection->state(), ConnectionState::Live);
    }
    // One board update, as the feed's tick does it.
    ConnectionStatus publish()
    {
        board.update({connection->status()});
        return board.read().front();
    }
    const TopicStatus &topic(const ConnectionStatus &s, const QString &name)
    {
        for (const TopicStatus &t : s.topics)
            if (t.topic == name)
                return t;
        ADD_FAILURE() << "no topic " << name.toStdString();
        static TopicStatus none;
        return none;
    }
};

} // namespace

TEST_F(Registry, EveryTopicHasItsOwnCountsRatesAndAge)
{
    bringLive();
    ConnectionStatus s = publish();
    ASSERT_EQ(s.topics.size(), 2u);
    EXPECT_EQ(topic(s, kBook).messages, 0u);
    EXPECT_EQ(topic(s, kBook).lastMessageAgeMs, -1);
    EXPECT_EQ(topic(s, kBook).state, QStringLiteral("live")); // acknowledged

    // Two seconds: the book at 50 messages/s, trades at 10/s, at 100 ms steps.
    quint64 bookBytes = 0;
    for (int step = 0; step < 20; ++step) {
        for (int i = 0; i < 5; ++i) {
            const QByteArray f = dataFrame(kBook, 100);
            bookBytes += static_cast<quint64>(f.size());
            transport.receive(f);
        }
        transport.receive(dataFrame(kTrades));
        clock.advanceMs(100);
        connection->poll();
        s = publish();
    }
    const TopicStatus &book = topic(s, kBook);
    EXPECT_EQ(book.state, QStringLiteral("live"));
    EXPECT_EQ(book.messages, 100u);
    EXPECT_EQ(book.bytes, bookBytes);
    EXPECT_NEAR(book.messagesPerSec, 50.0, 5.0);
    EXPECT_NEAR(book.bytesPerSec, static_cast<double>(bookBytes) / 2.0, static_cast<double>(bookBytes) / 10.0);
    EXPECT_EQ(book.lastMessageAgeMs, 100);
    EXPECT_NEAR(topic(s, kTrades).messagesPerSec, 10.0, 1.0);
    EXPECT_NEAR(s.messagesPerSec, 60.0, 6.0); // data frames (acks are a handful at start)
    EXPECT_GE(s.bytesReceived, bookBytes);
    EXPECT_EQ(s.lastMessageAgeMs, 100);

    // Silence: ages grow, rates fall to zero after a full window.
    for (int step = 0; step < 15; ++step) {
        clock.advanceMs(100);
        s = publish();
    }
    EXPECT_EQ(topic(s, kBook).lastMessageAgeMs, 1600);
    EXPECT_EQ(topic(s, kBook).messagesPerSec, 0.0);
    EXPECT_EQ(s.messagesPerSec, 0.0);
}

TEST_F(Registry, TopicSinceFollowsStateChangesAndAFailureIsTheLastError)
{
    bringLive();
    const qint64 liveAt = clock.epochMs();
    publish();
    clock.advanceMs(500);
    transport.receive(dataFrame(kBook));
    ConnectionStatus s = publish();
    EXPECT_EQ(topic(s, kBook).state, QStringLiteral("live"));
    EXPECT_EQ(topic(s, kBook).sinceEpochMs, liveAt);
    clock.advanceMs(2000);
    transport.receive(dataFrame(kBook));
    s = publish();
    EXPECT_EQ(topic(s, kBook).sinceEpochMs, liveAt); // still live: since does not move
    EXPECT_TRUE(s.lastError.isEmpty());

    transport.peerClose(QStringLiteral("remote host closed the connection"));
    s = publish();
    EXPECT_EQ(s.state, ConnectionState::Backoff);
    EXPECT_TRUE(s.lastError.contains(QStringLiteral("remote host closed the connection")));
    EXPECT_EQ(topic(s, kBook).state, QStringLiteral("pending"));
    EXPECT_EQ(topic(s, kBook).sinceEpochMs, clock.epochMs());
    EXPECT_EQ(topic(s, kBook).messages, 2u); // counts survive the reconnect
}

TEST_F(Registry, ACounterThatStartsOverDoesNotMakeANegativeRate)
{
    ConnectionStatus a;
    a.connId = QStringLiteral("conn_0");
    a.sampledMonotonicMs = 1000;
    a.framesReceived = 5000;
    board.update({a});
    a.sampledMonotonicMs = 2500;
    a.framesReceived = 20; // a new connection object
    board.update({a});
    EXPECT_EQ(board.read().front().messagesPerSec, 0.0);
    a.sampledMonotonicMs = 3500;
    a.framesReceived = 120;
    board.update({a});
    EXPECT_DOUBLE_EQ(board.read().front().messagesPerSec, 100.0);
}

TEST(CompactLatencyHistogram, PercentilesWithinTheBucketPrecision)
{
    CompactLatencyHistogram h;
    for (int i = 1; i <= 1000; ++i)
        h.record(static_cast<qint64>(i) * 1000); // 1 µs .. 1 ms
    EXPECT_EQ(h.count(), 1000u);
    EXPECT_NEAR(static_cast<double>(h.quantile(0.5)), 500'000.0, 500'000.0 * 0.13);
    EXPECT_NEAR(static_cast<double>(h.quantile(0.99)), 990'000.0, 990'000.0 * 0.13);
    EXPECT_EQ(h.max(), 1'000'000);
    const HandlerLatency l = h.summary();
    EXPECT_EQ(l.maxUs, 1000);
    EXPECT_EQ(l.count, 1000u);
    h.record(std::numeric_limits<qint64>::max()); // clamped into the last bucket, max stays exact
    EXPECT_EQ(h.max(), std::numeric_limits<qint64>::max());
    EXPECT_LE(sizeof(CompactLatencyHistogram), 1300u);
}

TEST(ConnectionMetrics, AReadingOfManyTopicsLetsTheCallerInBetween)
{
    MetricsRegistry registry;
    ConnectionMetrics metrics(registry);
    std::vector<ConnectionStatus> statuses(2);
    for (int c = 0; c < 2; ++c) {
        statuses[size_t(c)].connId = QStringLiteral("conn_%1").arg(c);
        for (int i = 0; i < 400; ++i) {
            statuses[size_t(c)].topics.push_back(TopicStatus{});
            statuses[size_t(c)].topics.back().topic = QStringLiteral("orderbook.50.S%1C%2USDT").arg(i).arg(c);
            statuses[size_t(c)].topics.back().messages = quint64(i);
        }
    }
    int calls = 0;
    metrics.update(statuses, [&] { ++calls; });
    EXPECT_EQ(calls, 800 / 64); // after every 64 topics, across connections
    EXPECT_EQ(registry
                  .counter(metric::WsMessagesTotal,
                           {{"conn", QStringLiteral("conn_1")}, {"topic", QStringLiteral("orderbook.50.S399C1USDT")}})
                  .value(),
              399u);
}

TEST(ConnectionMetrics, CountersAdvanceByDifferencesAndSurviveARestart)
{
    MetricsRegistry registry;
    ConnectionMetrics metrics(registry);
    ConnectionStatus s;
    s.connId = QStringLiteral("conn_1");
    s.bytesReceived = 1000;
    s.reconnects = 1;
    s.topics.push_back(TopicStatus{});
    s.topics.back().topic = kBook;
    s.topics.back().messages = 40;
    metrics.update({s});
    s.bytesReceived = 1500;
    s.topics.back().messages = 55;
    metrics.update({s});
    s.bytesReceived = 100; // counters started over
    s.topics.back().messages = 5;
    metrics.update({s});
    EXPECT_EQ(registry.counter(metric::WsMessagesTotal, {{"conn", QStringLiteral("conn_1")}, {"topic", kBook}}).value(),
              60u);
    EXPECT_EQ(registry.counter(metric::WsBytesTotal, {{"conn", QStringLiteral("conn_1")}}).value(), 1600u);
    EXPECT_EQ(registry.counter(metric::ReconnectsTotal, {{"conn", QStringLiteral("conn_1")}}).value(), 1u);
    EXPECT_TRUE(registry.errors().isEmpty()) << registry.errors().join(QStringLiteral("; ")).toStdString();
}
