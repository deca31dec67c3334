#include "base/Clock.h"
#include "connector/ConnectionPacer.h"
#include "connector/PublicConnection.h"
#include "model/health/TimeoutJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;
using health::ConnectionState;
using health::TimeoutKind;

namespace {

// A socket that records what the connection does and lets the test play the exchange.
class ScriptedTransport final : public WebSocketTransport
{
public:
    void open(const QUrl &url) override
    {
        ++opens;
        lastUrl = url;
        isOpen = false;
        sent.clear();
    }
    void abort() override { isOpen = false; }
    bool sendText(const QByteArray &text) override
    {
        sent.push_back(QJsonDocument::fromJson(text).object());
        return true;
    }

    void accept()
    {
        isOpen = true;
        m_listener->onTransportOpened();
    }
    void peerClose(const QString &why) { m_listener->onTransportClosed(why); }
    void receive(const QByteArray &frame, qint64 ns = 0) { m_listener->onTransportText(frame, ns); }
    void receiveJson(const QJsonObject &o) { receive(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

    std::vector<QJsonObject> requests(const QString &op) const
    {
        std::vector<QJsonObject> out;
        for (const auto &o : sent)
            if (o.value(QLatin1String("op")).toString() == op)
                out.push_back(o);
        return out;
    }
    // Acknowledges every subscribe request sent so far (and not yet acknowledged).
    void ackAll(const QString &op = QStringLiteral("subscribe"))
    {
        for (const auto &request : requests(op)) {
            const QString id = request.value(QLatin1String("req_id")).toString();
            if (acked.contains(id))
                continue;
            acked << id;
            receiveJson({{"success", true}, {"ret_msg", ""}, {"conn_id", "x"}, {"req_id", id}, {"op", op}});
        }
    }
    void pong()
    {
        const auto pings = requests(QStringLiteral("ping"));
        receiveJson({{"success", true},
                     {"ret_msg", "pong"},
                     {"conn_id", "x"},
                     {"req_id", pings.empty() ? QString() : pings.back().value(QLatin1String("req_id")).toString()},
                     {"op", "ping"}});
    }

    int opens = 0;
    bool isOpen = false;
    QUrl lastUrl;
    std::vector<QJsonObject> sent;
    QStringList acked;
};

class CountingSink final : public PublicFrameSink
{
public:
    bool deliverFrame(int, std::string_view topic, const QByteArray &, qint64) override
    {
        topics << QString::fromUtf8(topic.data(), static_cast<qsizetype>(topic.size()));
        return accept;
    }
    QStringList topics;
    bool accept = true;
};

QByteArray dataFrame(const QString &topic)
{
    return QStringLiteral(R"({"topic":"%1","type":"delta","ts":1,"data":{}})").arg(topic).toUtf8();
}

QStringList topicsOf(const QString &symbol)
{
    return TopicPlanner::topicsForSymbol(symbol, TopicPlanSettings{});
}

struct Fixture : ::testing::Test
{
    ManualClock clock;
    ConnectionPacer pacer{600};
    health::TimeoutJournal journal{clock};
    ScriptedTransport transport;
    CountingSink sink;
    std::unique_ptr<PublicConnection> connection;

    void make(QStringList topics)
    {
        PublicConnectionSettings s;
        s.connId = QStringLiteral("conn_3");
        s.url = QUrl(QStringLiteral("ws://127.0.0.1:1/v5/public/linear"));
        s.topics = std::move(topics);
        s.pingIntervalMs = 20000;
        s.pongTimeoutMs = 10000;
        s.connectTimeoutMs = 10000;
        s.staleFactor = 5;
        s.seed = 99;
        connection = std::make_unique<PublicConnection>(s, transport, pacer, journal, clock, &sink);
    }
    void advance(qint64 ms, qint64 step = 100)
    {
        for (qint64 t = 0; t < ms; t += step) {
            clock.advanceMs(std::min(step, ms - t));
            connection->poll();
        }
    }
    // Start, accept, acknowledge: a Live connection.
    void bringLive(QStringList topics)
    {
        make(std::move(topics));
        connection->start();
        ASSERT_EQ(transport.opens, 1);
        transport.accept();
        transport.ackAll();
        ASSERT_EQ(connection->state(), ConnectionState::Live);
    }
    int journalCount(TimeoutKind kind) const { return journal.count(kind); }
    // Every watched topic sends once; keeps the watchdog quiet.
    void feedAll()
    {
        for (const QString &t : connection->topics())
            transport.receive(dataFrame(t));
    }
};

} // namespace

TEST_F(Fixture, ConnectsSubscribesInBatchesAndGoesLiveOnAcks)
{
    make(topicsOf(QStringLiteral("BTCUSDT")) + topicsOf(QStringLiteral("ETHUSDT")));
    connection->start();
    EXPECT_EQ(connection->state(), ConnectionState::Connecting);
    ASSERT_EQ(transport.opens, 1);
    EXPECT_EQ(transport.lastUrl.path(), QStringLiteral("/v5/public/linear"));
    transport.accept();
    EXPECT_EQ(connection->state(), ConnectionState::Subscribing);
    const auto subs = transport.requests(QStringLiteral("subscribe"));
    ASSERT_EQ(subs.size(), 2u); // 16 topics in batches of at most 10
    QStringList reqIds;
    int args = 0;
    for (const auto &s : subs) {
        reqIds << s.value(QLatin1String("req_id")).toString();
        args += static_cast<int>(s.value(QLatin1String("args")).toArray().size());
        EXPECT_LE(s.value(QLatin1String("args")).toArray().size(), 10);
    }
    EXPECT_EQ(args, 16);
    EXPECT_NE(reqIds[0], reqIds[1]);
    transport.ackAll();
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    const auto status = connection->status();
    EXPECT_EQ(status.connId, QStringLiteral("conn_3"));
    EXPECT_EQ(status.topicsLive, 16);
    ASSERT_GE(status.transitions.size(), 3u);
    EXPECT_EQ(status.transitions.back().to, ConnectionState::Live);
    EXPECT_FALSE(status.transitions.back().reason.isEmpty());
}

TEST_F(Fixture, PingsOnScheduleEvenWithTraffic)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    for (int i = 0; i < 3; ++i) {
        for (int s = 0; s < 20; ++s) {
            feedAll();
            advance(1000);
        }
        EXPECT_EQ(transport.requests(QStringLiteral("ping")).size(), size_t(i + 1));
        transport.pong();
    }
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(journalCount(TimeoutKind::PongTimeout), 0);
}

TEST_F(Fixture, MissingPongRestartsThroughBackoffAndResubscribesExactlyWhatWasLive)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    const QStringList before = connection->topics();
    for (int s = 0; s < 20; ++s) {
        feedAll();
        advance(1000);
    }
    ASSERT_EQ(transport.requests(QStringLiteral("ping")).size(), 1u);
    for (int s = 0; s < 10; ++s) { // traffic keeps flowing, but no pong
        feedAll();
        advance(1000);
    }
    EXPECT_EQ(connection->state(), ConnectionState::Backoff);
    EXPECT_EQ(journalCount(TimeoutKind::PongTimeout), 1);
    const auto status = connection->status();
    EXPECT_EQ(status.backoffAttempt, 1);
    EXPECT_LE(status.backoffDelayMs, 500);
    EXPECT_TRUE(status.reason.contains(QLatin1String("pong")));

    advance(600); // within the first backoff ceiling plus the pacer spacing
    EXPECT_EQ(transport.opens, 2);
    transport.accept();
    QStringList resubscribed;
    for (const auto &s : transport.requests(QStringLiteral("subscribe")))
        for (const auto &a : s.value(QLatin1String("args")).toArray())
            resubscribed << a.toString();
    EXPECT_EQ(resubscribed, before);
    for (const QString &t : before)
        EXPECT_EQ(connection->subscribesThisSession(t), 1) << t.toStdString();
    transport.ackAll();
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(connection->status().reconnects, 1);
}

TEST_F(Fixture, RejectedTopicIsReportedAndDoesNotStallTheOthers)
{
    QStringList topics = topicsOf(QStringLiteral("BTCUSDT"));
    topics.insert(2, QStringLiteral("orderbook.40.BTCUSDT")); // not a depth Bybit serves
    make(topics);
    connection->start();
    transport.accept();
    const auto subs = transport.requests(QStringLiteral("subscribe"));
    ASSERT_EQ(subs.size(), 1u);
    transport.receiveJson({{"success", false},
                           {"ret_msg", "error:handler not found,topic:orderbook.40.BTCUSDT"},
                           {"conn_id", "x"},
                           {"req_id", subs[0].value(QLatin1String("req_id")).toString()},
                           {"op", "subscribe"}});
    // The other topics of the refused batch are retried one by one.
    EXPECT_EQ(connection->state(), ConnectionState::Subscribing);
    EXPECT_EQ(transport.requests(QStringLiteral("subscribe")).size(), 1u + 8u);
    EXPECT_EQ(transport.requests(QStringLiteral("unsubscribe")).size(), 8u); // whatever the exchange took
    for (const QString &t : connection->topics())
        EXPECT_LE(connection->subscribesThisSession(t), 1) << t.toStdString();
    transport.acked << subs[0].value(QLatin1String("req_id")).toString();
    transport.ackAll();
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(connection->topicState(QStringLiteral("orderbook.40.BTCUSDT")), TopicState::Rejected);
    const auto status = connection->status();
    EXPECT_EQ(status.rejectedTopics, QStringList{QStringLiteral("orderbook.40.BTCUSDT")});
    EXPECT_EQ(status.topicsLive, 8);
    EXPECT_TRUE(status.transitions.back().reason.contains(QLatin1String("1 rejected")));
    health::TimeoutQuery q;
    q.connId = QStringLiteral("conn_3");
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].topic, QStringLiteral("orderbook.40.BTCUSDT"));
    EXPECT_TRUE(entries[0].detail.contains(QLatin1String("rejected")));

    // A reconnect does not ask again for what the exchange refused.
    transport.peerClose(QStringLiteral("bye"));
    advance(1200);
    transport.accept();
    EXPECT_EQ(connection->subscribesThisSession(QStringLiteral("orderbook.40.BTCUSDT")), 0);
    EXPECT_EQ(connection->subscribesThisSession(QStringLiteral("tickers.BTCUSDT")), 1);
}

TEST_F(Fixture, RefusalWithoutReqIdIsMatchedByTheTopicItNames)
{
    make({QStringLiteral("tickers.BTCUSDT"), QStringLiteral("invalid.topic.BTCUSDT")});
    connection->start();
    transport.accept();
    // As in the exchange's fixture: no req_id on the failure.
    transport.receive(
        R"({"success":false,"ret_msg":"Invalid topic: invalid.topic.BTCUSDT","conn_id":"c","op":"subscribe"})");
    transport.ackAll();
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(connection->topicState(QStringLiteral("invalid.topic.BTCUSDT")), TopicState::Rejected);
    EXPECT_EQ(connection->topicState(QStringLiteral("tickers.BTCUSDT")), TopicState::Live);
}

TEST_F(Fixture, OneSilentTopicGoesStaleAndIsResubscribedWithoutAReconnect)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    const QString silent = QStringLiteral("tickers.BTCUSDT");
    for (int s = 0; s < 16; ++s) {
        for (const QString &t : connection->topics())
            if (t != silent)
                transport.receive(dataFrame(t));
        transport.pong();
        advance(1000);
    }
    EXPECT_EQ(connection->state(), ConnectionState::Stale);
    EXPECT_EQ(connection->topicState(silent), TopicState::Stale);
    EXPECT_EQ(transport.opens, 1);
    health::TimeoutQuery q;
    q.kind = TimeoutKind::StaleStream;
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].topic, silent);
    EXPECT_EQ(entries[0].symbol, QStringLiteral("BTCUSDT"));
    EXPECT_GT(entries[0].durationMs, 15000);
    EXPECT_EQ(transport.requests(QStringLiteral("unsubscribe")).size(), 1u);
    EXPECT_EQ(connection->subscribesThisSession(silent), 1); // unsubscribed, then subscribed once

    transport.receive(dataFrame(silent));
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(connection->topicState(silent), TopicState::Live);
}

TEST_F(Fixture, AllTopicsSilentRestartsTheConnection)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    int seconds = 0;
    while (connection->state() != ConnectionState::Backoff && seconds < 60) {
        transport.pong(); // the server still answers pings but sends no data (a stall)
        advance(1000, 1000);
        ++seconds;
    }
    EXPECT_EQ(connection->state(), ConnectionState::Backoff);
    EXPECT_EQ(seconds, 16); // silent for more than 5 × 3 s
    // One entry for the connection, not one per topic repeating it.
    health::TimeoutQuery q;
    q.kind = TimeoutKind::StaleStream;
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    // Nothing measured yet: every topic has its nominal window, and the first book is named.
    EXPECT_EQ(entries[0].topic, QStringLiteral("orderbook.50.BTCUSDT"));
    EXPECT_TRUE(entries[0].detail.startsWith(QLatin1String("no data on any of")));
    EXPECT_GT(entries[0].durationMs, 15000);
    advance(1200);
    EXPECT_EQ(transport.opens, 2);
}

TEST_F(Fixture, AStallThatReachesTopicsAtDifferentTimesIsStillOneConnectionEntry)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    const QStringList topics = connection->topics();
    ASSERT_GE(topics.size(), 2);
    // The first topic's last frame comes 5 s before the others' (quiet markets differ), then the
    // server stalls. That topic crosses its stale window (5 × 3 s) while the connection has been
    // silent for 10 s: the start of the stall, not a topic of its own.
    for (int s = 0; s < 5; ++s) {
        for (const QString &t : topics)
            if (t != topics[0])
                transport.receive(dataFrame(t));
        transport.pong();
        advance(1000, 1000);
    }
    int seconds = 0;
    while (connection->state() != ConnectionState::Backoff && seconds < 60) {
        transport.pong();
        advance(1000, 1000);
        ++seconds;
    }
    EXPECT_EQ(connection->state(), ConnectionState::Backoff);
    health::TimeoutQuery q;
    q.kind = TimeoutKind::StaleStream;
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].detail.startsWith(QLatin1String("no data on any of")));
    EXPECT_EQ(transport.requests(QStringLiteral("unsubscribe")).size(), 0u) << "no topic was resubscribed";
}

// Streams every topic of BTCUSDT for `ms`: the book at 50 messages a second, the ticker every 100 ms,
// the candles every second, the others not at all (event-driven). Pongs answer every ping.
void streamBusyMarket(Fixture &f, qint64 ms)
{
    const QString book = QStringLiteral("orderbook.50.BTCUSDT");
    const QString ticker = QStringLiteral("tickers.BTCUSDT");
    for (qint64 t = 0; t < ms; t += 20) {
        f.transport.receive(dataFrame(book));
        if (t % 100 == 0)
            f.transport.receive(dataFrame(ticker));
        if (t % 1000 == 0) {
            for (const QString &topic : f.connection->topics())
                if (topic.startsWith(QLatin1String("kline.")))
                    f.transport.receive(dataFrame(topic));
            f.transport.pong();
        }
        f.advance(20, 20);
    }
}

TEST_F(Fixture, AFastTopicsThresholdFollowsItsMeasuredCadenceWithinOneSecondAndTheMaximum)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    auto thresholdOf = [&](const QString &topic) {
        for (const health::TopicStatus &t : connection->status().topics)
            if (t.topic == topic)
                return t.staleAfterMs;
        return qint64(-1);
    };
    // Before anything is measured, the nominal window: 5 × 3 s.
    EXPECT_EQ(thresholdOf(QStringLiteral("orderbook.50.BTCUSDT")), 15000);
    streamBusyMarket(*this, 10000);
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    // 5 × 20 ms and 5 × 100 ms are below the 1 s floor; 5 × 1 s for a candle is below the 60 s
    // the exchange may leave between two pushes of an unchanged candle.
    EXPECT_EQ(thresholdOf(QStringLiteral("orderbook.50.BTCUSDT")), 1000);
    EXPECT_EQ(thresholdOf(QStringLiteral("tickers.BTCUSDT")), 1000);
    EXPECT_EQ(thresholdOf(QStringLiteral("kline.1.BTCUSDT")), 60000);
    EXPECT_EQ(thresholdOf(QStringLiteral("publicTrade.BTCUSDT")), 0) << "event-driven: never stale";
    EXPECT_EQ(connection->status().staleAfterMs, 1000);
}

TEST_F(Fixture, CandlesThatStopChangingAreNotStaleWhileTheExchangeMayStillBeSilentOnThem)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    streamBusyMarket(*this, 20000); // a candle push every second
    ASSERT_EQ(connection->state(), ConnectionState::Live);
    // No trades for a while: books and tickers go on, the open candles do not change, so the
    // exchange pushes none of them for up to a minute.
    const QString book = QStringLiteral("orderbook.50.BTCUSDT");
    const QString ticker = QStringLiteral("tickers.BTCUSDT");
    auto quietMarket = [&](qint64 ms) {
        for (qint64 t = 0; t < ms; t += 20) {
            transport.receive(dataFrame(book));
            if (t % 100 == 0)
                transport.receive(dataFrame(ticker));
            if (t % 1000 == 0)
                transport.pong();
            advance(20, 20);
        }
    };
    quietMarket(55000);
    EXPECT_EQ(connection->state(), ConnectionState::Live) << connection->status().reason.toStdString();
    for (const health::TopicStatus &t : connection->status().topics)
        EXPECT_NE(t.state, QStringLiteral("stale")) << t.topic.toStdString();
    EXPECT_EQ(journalCount(TimeoutKind::StaleStream), 0);
    // Past the minute the exchange allows, the candles are late: stale, without a reconnect.
    quietMarket(7000);
    EXPECT_EQ(connection->state(), ConnectionState::Stale);
    EXPECT_TRUE(connection->status().reason.startsWith(QLatin1String("no data on kline.")))
        << connection->status().reason.toStdString();
    EXPECT_EQ(transport.opens, 1);
}

TEST_F(Fixture, ATotalStallOfABusyConnectionIsStaleWithinTwoSecondsAndJournaledBeforeAnyReconnect)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    streamBusyMarket(*this, 3000);
    ASSERT_EQ(connection->state(), ConnectionState::Live);
    // The server stalls: no data, though it still answers pings.
    qint64 silentMs = 0;
    while (connection->state() == ConnectionState::Live && silentMs < 20000) {
        advance(100, 100);
        silentMs += 100;
    }
    EXPECT_EQ(connection->state(), ConnectionState::Stale);
    EXPECT_LE(silentMs, 1000 + 2000) << "stale within 2 s of the book's 1 s threshold";
    EXPECT_GE(silentMs, 900) << "the last frame came 20 ms before the count started";
    EXPECT_TRUE(connection->status().reason.startsWith(QLatin1String("no data on any topic")))
        << connection->status().reason.toStdString();
    health::TimeoutQuery q;
    q.kind = TimeoutKind::StaleStream;
    auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].topic, QStringLiteral("orderbook.50.BTCUSDT"));
    EXPECT_GT(entries[0].durationMs, 1000);
    EXPECT_LT(entries[0].durationMs, 3000);
    EXPECT_EQ(transport.opens, 1) << "stale is shown before the reconnect";
    EXPECT_EQ(journalCount(TimeoutKind::PongTimeout), 0);

    // Data resumes: live again, no reconnect, no second entry.
    streamBusyMarket(*this, 200);
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    EXPECT_EQ(transport.opens, 1);
    EXPECT_EQ(journal.query(q).size(), 1u);
}

TEST_F(Fixture, AConnectionStaleForOneTopicSaysSoWhenEveryTopicFallsSilent)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    streamBusyMarket(*this, 3000);
    // The ticker stops 500 ms before the rest: it is stale first, then the whole connection.
    const QString book = QStringLiteral("orderbook.50.BTCUSDT");
    for (int i = 0; i < 25; ++i) {
        transport.receive(dataFrame(book));
        advance(20, 20);
    }
    advance(700, 100);
    ASSERT_EQ(connection->state(), ConnectionState::Stale);
    EXPECT_TRUE(connection->status().reason.startsWith(QLatin1String("no data on tickers.BTCUSDT")))
        << connection->status().reason.toStdString();
    advance(600, 100);
    EXPECT_EQ(connection->state(), ConnectionState::Stale);
    EXPECT_TRUE(connection->status().reason.startsWith(QLatin1String("no data on any topic")))
        << connection->status().reason.toStdString();
}

TEST_F(Fixture, AStallOutlastingTheMaximumWindowReconnectsWithOneEntry)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    streamBusyMarket(*this, 3000);
    int seconds = 0;
    while (connection->state() != ConnectionState::Backoff && seconds < 60) {
        transport.pong();
        advance(1000, 100);
        ++seconds;
    }
    EXPECT_EQ(connection->state(), ConnectionState::Backoff);
    EXPECT_NEAR(seconds, 15, 1) << "the book's maximum, 5 × 3 s, bounds the reconnect as before";
    health::TimeoutQuery q;
    q.kind = TimeoutKind::StaleStream;
    EXPECT_EQ(journal.query(q).size(), 1u);
    // The state timeline says the silent stretch was stale, not live.
    const auto transitions = connection->status().transitions;
    ASSERT_GE(transitions.size(), 2u);
    EXPECT_EQ(transitions[transitions.size() - 2].to, ConnectionState::Stale);
    EXPECT_EQ(transitions.back().to, ConnectionState::Backoff);
}

TEST_F(Fixture, AnUnansweredSubscribeBatchIsOneEntryNamingTheRequestNotOneOfItsTopics)
{
    make(topicsOf(QStringLiteral("BTCUSDT")) + topicsOf(QStringLiteral("ETHUSDT")));
    connection->start();
    transport.accept();
    ASSERT_EQ(connection->state(), ConnectionState::Subscribing);
    const auto subs = transport.requests(QStringLiteral("subscribe"));
    ASSERT_EQ(subs.size(), 2u);
    const QString reqId = subs[0].value(QLatin1String("req_id")).toString();
    const auto batch = subs[0].value(QLatin1String("args")).toArray().size();
    ASSERT_GT(batch, 1);
    transport.pong();
    advance(11000); // the server never answers the subscribes: the connection gives up and backs off
    EXPECT_NE(connection->state(), ConnectionState::Subscribing);
    EXPECT_NE(connection->state(), ConnectionState::Live);
    health::TimeoutQuery q;
    q.kind = TimeoutKind::ConnectTimeout;
    const auto entries = journal.query(q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].topic.isEmpty()) << "a batch is not one topic: " << entries[0].topic.toStdString();
    EXPECT_EQ(entries[0].detail, QStringLiteral("no answer to subscribe %1 (%2 topics, first %3)")
                                     .arg(reqId)
                                     .arg(batch)
                                     .arg(subs[0].value(QLatin1String("args")).toArray().first().toString()));
    EXPECT_GE(entries[0].durationMs, 10000);
}

TEST_F(Fixture, ConnectTimeoutAndRefusedConnectsBackOffWithGrowingCeilings)
{
    make(topicsOf(QStringLiteral("BTCUSDT")));
    connection->start();
    advance(10000);
    EXPECT_EQ(connection->state(), ConnectionState::Backoff);
    EXPECT_EQ(journalCount(TimeoutKind::ConnectTimeout), 1);
    for (int attempt = 2; attempt <= 6; ++attempt) {
        const qint64 waitMs = connection->retryAtMs() - clock.monotonicMs();
        EXPECT_LE(waitMs, std::min<qint64>(30000, 500LL << (attempt - 2)));
        advance(waitMs + 700);
        ASSERT_EQ(transport.opens, attempt);
        transport.peerClose(QStringLiteral("Connection refused"));
        EXPECT_EQ(connection->status().backoffAttempt, attempt);
    }
    EXPECT_EQ(journalCount(TimeoutKind::ReconnectFailed), 5);
}

TEST_F(Fixture, ResyncIsOneTopicAndThrottled)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    const QString book = QStringLiteral("orderbook.50.BTCUSDT");
    EXPECT_TRUE(connection->resyncTopic(book, QStringLiteral("u gap")));
    EXPECT_FALSE(connection->resyncTopic(book, QStringLiteral("u gap again"))); // within the throttle
    const auto unsubs = transport.requests(QStringLiteral("unsubscribe"));
    ASSERT_EQ(unsubs.size(), 1u);
    EXPECT_EQ(unsubs[0].value(QLatin1String("args")).toArray(), QJsonArray{book});
    EXPECT_EQ(journalCount(TimeoutKind::BookResync), 1);
    EXPECT_EQ(transport.opens, 1);
    EXPECT_EQ(connection->state(), ConnectionState::Live);
    advance(1000); // the throttled request is carried out once the interval has passed
    EXPECT_EQ(connection->status().resyncs, 2);
    EXPECT_EQ(transport.requests(QStringLiteral("unsubscribe")).size(), 2u);
    advance(1000);
    EXPECT_EQ(connection->status().resyncs, 2); // and only once
    EXPECT_TRUE(connection->resyncTopic(book, QStringLiteral("crossed")));
    EXPECT_EQ(connection->status().resyncs, 3);
}

TEST_F(Fixture, FramesGoToTheSinkAndAFullQueueResyncsTheTopic)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    transport.receive(dataFrame(QStringLiteral("orderbook.50.BTCUSDT")));
    transport.receive(dataFrame(QStringLiteral("publicTrade.BTCUSDT")));
    transport.receive(dataFrame(QStringLiteral("publicTrade.OTHER"))); // not ours: dropped
    EXPECT_EQ(sink.topics, (QStringList{"orderbook.50.BTCUSDT", "publicTrade.BTCUSDT"}));
    sink.accept = false;
    transport.receive(dataFrame(QStringLiteral("orderbook.50.BTCUSDT")));
    EXPECT_EQ(transport.requests(QStringLiteral("unsubscribe")).size(), 1u);
    EXPECT_EQ(journalCount(TimeoutKind::BookResync), 1);
}

TEST_F(Fixture, LostConnectionComesBackAndBackoffResetsAfterAStablePeriod)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    for (int round = 0; round < 3; ++round) {
        transport.peerClose(QStringLiteral("reset by peer"));
        EXPECT_EQ(connection->state(), ConnectionState::Backoff);
        EXPECT_EQ(connection->status().backoffAttempt, round + 1);
        advance(connection->retryAtMs() - clock.monotonicMs() + 700);
        transport.accept();
        transport.ackAll();
        ASSERT_EQ(connection->state(), ConnectionState::Live);
    }
    // Stable for the reset period (60 s), then a failure starts again from the first delay.
    for (int s = 0; s < 61; ++s) {
        feedAll();
        transport.pong();
        advance(1000);
    }
    transport.peerClose(QStringLiteral("reset by peer"));
    EXPECT_EQ(connection->status().backoffAttempt, 1);
    EXPECT_EQ(connection->status().reconnects, 4);
}

TEST_F(Fixture, StopClosesAndStaysStopped)
{
    bringLive(topicsOf(QStringLiteral("BTCUSDT")));
    connection->stop(QStringLiteral("shutdown"));
    EXPECT_EQ(connection->state(), ConnectionState::Stopped);
    advance(60000);
    EXPECT_EQ(transport.opens, 1);
}
