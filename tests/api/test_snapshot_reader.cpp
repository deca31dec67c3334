// The stream state a daemon serves, read back into a CoreSnapshot: what the writer puts in, the
// reader takes out, field by field; hostile documents give defaults and a list of problems.
#include "api/AlertsDocument.h"
#include "api/SnapshotDocument.h"
#include "api/SnapshotReader.h"
#include "api/TradingDocument.h"
#include "base/JsonMergePatch.h"
#include "model/confluence/ConfluenceTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <string_view>
#include <type_traits>

namespace virtuoso::api {
namespace {

// Counts an aggregate's members: T{f, f, ...} compiles for at most as many initialisers as T has
// members. A member added to one of these types changes the count and stops this test from
// compiling until the document writer, the reader and the comparison below all know it.
struct AnyMember
{
    template<typename T>
    requires(!std::is_same_v<T, std::string_view>) // else std::string's view constructor competes
    operator T() const;
};
template<typename T, typename... Members>
constexpr size_t memberCount()
{
    if constexpr (requires { T{Members{}..., AnyMember{}}; })
        return memberCount<T, Members..., AnyMember>();
    else
        return sizeof...(Members);
}

#define GROWN(type)                                                                                                    \
    type " gained or lost a member: write it in SnapshotDocument, read it in SnapshotReader, fill it in full() and "   \
         "compare it in this test"
static_assert(memberCount<CoreSnapshot>() == 10, GROWN("CoreSnapshot"));
static_assert(memberCount<alerts::AlertBoard>() == 13, GROWN("AlertBoard"));
static_assert(memberCount<alerts::AlertItem>() == 12, GROWN("AlertItem"));
static_assert(memberCount<alerts::ChannelHealth>() == 8, GROWN("ChannelHealth"));
static_assert(memberCount<alerts::MarketEvent>() == 8, GROWN("MarketEvent"));
static_assert(memberCount<alerts::LiquidationTotals>() == 4, GROWN("LiquidationTotals"));
static_assert(memberCount<health::ConnectionStatus>() == 28, GROWN("ConnectionStatus"));
static_assert(memberCount<health::TopicStatus>() == 11, GROWN("TopicStatus"));
static_assert(memberCount<health::ConnectionTransition>() == 4, GROWN("ConnectionTransition"));
static_assert(memberCount<health::HandlerLatency>() == 9, GROWN("HandlerLatency"));
static_assert(memberCount<MarketSummary>() == 30, GROWN("MarketSummary"));
static_assert(memberCount<health::TimeoutEntry>() == 8, GROWN("TimeoutEntry"));
static_assert(memberCount<health::ProbeResult>() == 5, GROWN("ProbeResult"));
static_assert(memberCount<health::ProbeTarget>() == 2, GROWN("ProbeTarget"));
static_assert(memberCount<health::ProbeStage>() == 4, GROWN("ProbeStage"));
static_assert(memberCount<confluence::ConfluenceSignal>() == 12, GROWN("ConfluenceSignal"));
static_assert(memberCount<confluence::ComponentSummary>() == 8, GROWN("ComponentSummary"));
static_assert(memberCount<confluence::ComponentReading>() == 4, GROWN("ComponentReading"));
static_assert(memberCount<confluence::SubIndicatorReading>() == 9, GROWN("SubIndicatorReading"));
static_assert(memberCount<confluence::SignalConflict>() == 5, GROWN("SignalConflict"));

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
bool same(const char *a, const char *b)
{
    return std::strcmp(a ? a : "", b ? b : "") == 0;
}

void expectEqual(const health::ConnectionStatus &a, const health::ConnectionStatus &b)
{
    SCOPED_TRACE(a.connId.toStdString());
    EXPECT_EQ(a.connId, b.connId);
    EXPECT_EQ(a.url, b.url);
    EXPECT_EQ(a.state, b.state);
    EXPECT_EQ(a.reason, b.reason);
    EXPECT_EQ(a.sinceEpochMs, b.sinceEpochMs);
    EXPECT_EQ(a.backoffAttempt, b.backoffAttempt);
    EXPECT_EQ(a.backoffDelayMs, b.backoffDelayMs);
    EXPECT_EQ(a.topicsTotal, b.topicsTotal);
    EXPECT_EQ(a.topicsLive, b.topicsLive);
    EXPECT_EQ(a.topicsStale, b.topicsStale);
    EXPECT_EQ(a.rejectedTopics, b.rejectedTopics);
    EXPECT_EQ(a.lastPongRttMs, b.lastPongRttMs);
    EXPECT_EQ(a.framesReceived, b.framesReceived);
    EXPECT_EQ(a.reconnects, b.reconnects);
    EXPECT_EQ(a.resyncs, b.resyncs);
    EXPECT_EQ(a.maxSubscribesPerTopic, b.maxSubscribesPerTopic);
    EXPECT_EQ(a.latency.p50Us, b.latency.p50Us);
    EXPECT_EQ(a.latency.p99Us, b.latency.p99Us);
    EXPECT_EQ(a.latency.maxUs, b.latency.maxUs);
    EXPECT_EQ(a.latency.count, b.latency.count);
    EXPECT_EQ(a.latency.recentP50Us, b.latency.recentP50Us);
    EXPECT_EQ(a.latency.recentP99Us, b.latency.recentP99Us);
    EXPECT_EQ(a.latency.recentMaxUs, b.latency.recentMaxUs);
    EXPECT_EQ(a.latency.recentCount, b.latency.recentCount);
    EXPECT_EQ(a.latency.recentSpanMs, b.latency.recentSpanMs);
    ASSERT_EQ(a.transitions.size(), b.transitions.size());
    for (size_t i = 0; i < a.transitions.size(); ++i) {
        EXPECT_EQ(a.transitions[i].epochMs, b.transitions[i].epochMs);
        EXPECT_EQ(a.transitions[i].from, b.transitions[i].from);
        EXPECT_EQ(a.transitions[i].to, b.transitions[i].to);
        EXPECT_EQ(a.transitions[i].reason, b.transitions[i].reason);
    }
    EXPECT_EQ(a.bytesReceived, b.bytesReceived);
    EXPECT_DOUBLE_EQ(a.messagesPerSec, b.messagesPerSec);
    EXPECT_DOUBLE_EQ(a.bytesPerSec, b.bytesPerSec);
    EXPECT_EQ(a.lastMessageAgeMs, b.lastMessageAgeMs);
    EXPECT_EQ(a.lastDataAgeMs, b.lastDataAgeMs);
    EXPECT_EQ(a.staleAfterMs, b.staleAfterMs);
    EXPECT_EQ(a.lastError, b.lastError);
    EXPECT_EQ(b.sampledMonotonicMs, 0); // the core's own clock reading does not travel
    EXPECT_EQ(a.sampledEpochMs, b.sampledEpochMs);
    ASSERT_EQ(a.topics.size(), b.topics.size());
    for (size_t i = 0; i < a.topics.size(); ++i) {
        const health::TopicStatus &x = a.topics[i];
        const health::TopicStatus &y = b.topics[i];
        EXPECT_EQ(x.topic, y.topic);
        EXPECT_EQ(x.state, y.state);
        EXPECT_EQ(x.sinceEpochMs, y.sinceEpochMs);
        EXPECT_EQ(x.messages, y.messages);
        EXPECT_EQ(x.bytes, y.bytes);
        EXPECT_DOUBLE_EQ(x.messagesPerSec, y.messagesPerSec);
        EXPECT_DOUBLE_EQ(x.bytesPerSec, y.bytesPerSec);
        EXPECT_EQ(x.lastMessageAgeMs, y.lastMessageAgeMs);
        EXPECT_EQ(x.staleAfterMs, y.staleAfterMs);
        EXPECT_EQ(x.latency.p50Us, y.latency.p50Us);
        EXPECT_EQ(x.latency.p99Us, y.latency.p99Us);
        EXPECT_EQ(x.latency.maxUs, y.latency.maxUs);
        EXPECT_EQ(x.latency.count, y.latency.count);
        EXPECT_EQ(x.lastError, y.lastError);
    }
}

void expectEqual(const MarketSummary &a, const MarketSummary &b)
{
    SCOPED_TRACE(a.symbol.toStdString());
    EXPECT_EQ(a.symbol, b.symbol);
    EXPECT_EQ(a.bookValid, b.bookValid);
    EXPECT_EQ(a.bookDepth, b.bookDepth);
    EXPECT_EQ(a.bestBid, b.bestBid);
    EXPECT_EQ(a.bestBidSize, b.bestBidSize);
    EXPECT_EQ(a.bestAsk, b.bestAsk);
    EXPECT_EQ(a.bestAskSize, b.bestAskSize);
    EXPECT_DOUBLE_EQ(a.bestBidPrice, b.bestBidPrice);
    EXPECT_DOUBLE_EQ(a.bestAskPrice, b.bestAskPrice);
    EXPECT_EQ(a.bookUpdateId, b.bookUpdateId);
    EXPECT_EQ(a.bookSeq, b.bookSeq);
    EXPECT_EQ(a.bookTsMs, b.bookTsMs);
    EXPECT_EQ(a.lastPrice, b.lastPrice);
    EXPECT_EQ(a.markPrice, b.markPrice);
    EXPECT_EQ(a.indexPrice, b.indexPrice);
    EXPECT_EQ(a.highPrice24h, b.highPrice24h);
    EXPECT_EQ(a.lowPrice24h, b.lowPrice24h);
    EXPECT_EQ(a.price24hPcnt, b.price24hPcnt);
    EXPECT_EQ(a.volume24h, b.volume24h);
    EXPECT_EQ(a.turnover24h, b.turnover24h);
    EXPECT_EQ(a.fundingRate, b.fundingRate);
    EXPECT_EQ(a.openInterest, b.openInterest);
    EXPECT_EQ(a.openInterestValue, b.openInterestValue);
    EXPECT_EQ(a.nextFundingTimeMs, b.nextFundingTimeMs);
    EXPECT_EQ(a.priceDecimals, b.priceDecimals);
    EXPECT_DOUBLE_EQ(a.lastPriceValue, b.lastPriceValue);
    EXPECT_DOUBLE_EQ(a.change24hPercent, b.change24hPercent);
    EXPECT_EQ(a.tickerTsMs, b.tickerTsMs);
    EXPECT_EQ(a.trades, b.trades);
    EXPECT_EQ(a.bookResyncs, b.bookResyncs);
}

void expectEqual(const health::TimeoutEntry &a, const health::TimeoutEntry &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.ts, b.ts);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.connId, b.connId);
    EXPECT_EQ(a.topic, b.topic);
    EXPECT_EQ(a.symbol, b.symbol);
    EXPECT_EQ(a.durationMs, b.durationMs);
    EXPECT_EQ(a.detail, b.detail);
}

void expectEqual(const health::ProbeResult &a, const health::ProbeResult &b)
{
    EXPECT_EQ(a.epochMs, b.epochMs);
    EXPECT_EQ(a.trigger, b.trigger);
    EXPECT_EQ(a.skewKnown, b.skewKnown);
    EXPECT_EQ(a.clockSkewMs, b.clockSkewMs);
    ASSERT_EQ(a.targets.size(), b.targets.size());
    for (size_t t = 0; t < a.targets.size(); ++t) {
        EXPECT_EQ(a.targets[t].url, b.targets[t].url);
        ASSERT_EQ(a.targets[t].stages.size(), b.targets[t].stages.size());
        for (size_t s = 0; s < a.targets[t].stages.size(); ++s) {
            const health::ProbeStage &x = a.targets[t].stages[s], &y = b.targets[t].stages[s];
            EXPECT_EQ(x.name, y.name);
            EXPECT_EQ(x.ok, y.ok);
            EXPECT_EQ(x.ms, y.ms);
            EXPECT_EQ(x.detail, y.detail);
        }
    }
}

void expectEqual(const confluence::ComponentReading &a, const confluence::ComponentReading &b)
{
    EXPECT_TRUE(same(a.score, b.score));
    EXPECT_EQ(a.ready, b.ready);
    ASSERT_EQ(a.count, b.count);
    for (int i = 0; i < a.count; ++i) {
        const confluence::SubIndicatorReading &x = a.subs[size_t(i)], &y = b.subs[size_t(i)];
        EXPECT_TRUE(same(x.name, y.name)) << x.name;
        EXPECT_EQ(x.state, y.state);
        EXPECT_EQ(x.have, y.have);
        EXPECT_EQ(x.need, y.need);
        EXPECT_TRUE(same(x.why, y.why));
        EXPECT_TRUE(same(x.value, y.value));
        EXPECT_TRUE(same(x.score, y.score));
        ASSERT_EQ(x.inputCount, y.inputCount);
        // Inputs come back in the document's key order.
        for (int k = 0; k < x.inputCount; ++k) {
            bool found = false;
            for (int m = 0; m < y.inputCount; ++m)
                if (same(x.inputs[size_t(k)].name, y.inputs[size_t(m)].name)) {
                    found = true;
                    EXPECT_TRUE(same(x.inputs[size_t(k)].value, y.inputs[size_t(m)].value));
                }
            EXPECT_TRUE(found) << x.inputs[size_t(k)].name;
        }
    }
}

void expectEqual(const confluence::ConfluenceSignal &a, const confluence::ConfluenceSignal &b)
{
    SCOPED_TRACE(a.symbol);
    EXPECT_EQ(a.symbol, b.symbol);
    EXPECT_EQ(a.timestampMs, b.timestampMs);
    EXPECT_EQ(a.sequence, b.sequence);
    EXPECT_TRUE(same(a.score, b.score));
    EXPECT_EQ(a.direction, b.direction);
    EXPECT_TRUE(same(a.reliability, b.reliability));
    EXPECT_TRUE(same(a.coverage, b.coverage));
    EXPECT_TRUE(same(a.agreement, b.agreement));
    EXPECT_EQ(a.ready, b.ready);
    for (int c = 0; c < confluence::kComponentCount; ++c) {
        const confluence::ComponentSummary &x = a.components[size_t(c)], &y = b.components[size_t(c)];
        SCOPED_TRACE(confluence::componentName(x.id));
        EXPECT_EQ(x.id, y.id);
        EXPECT_TRUE(same(x.weight, y.weight));
        EXPECT_EQ(x.perTimeframe, y.perTimeframe);
        EXPECT_TRUE(same(x.score, y.score));
        EXPECT_TRUE(same(x.coverage, y.coverage));
        EXPECT_EQ(x.timeframeReady, y.timeframeReady);
        for (int k = 0; k < confluence::kMaxSubIndicators; ++k)
            EXPECT_TRUE(same(x.blended[size_t(k)], y.blended[size_t(k)])) << k;
        for (int t = 0; t < (x.perTimeframe ? confluence::kTimeframeCount : 1); ++t)
            expectEqual(x.timeframes[size_t(t)], y.timeframes[size_t(t)]);
    }
    ASSERT_EQ(a.conflictCount, b.conflictCount);
    for (int i = 0; i < a.conflictCount; ++i) {
        const confluence::SignalConflict &x = a.conflicts[size_t(i)], &y = b.conflicts[size_t(i)];
        EXPECT_EQ(x.component, y.component);
        EXPECT_TRUE(same(x.high, y.high));
        EXPECT_TRUE(same(x.highScore, y.highScore));
        EXPECT_TRUE(same(x.low, y.low));
        EXPECT_TRUE(same(x.lowScore, y.lowScore));
    }
}

void expectEqual(const CoreSnapshot &a, const CoreSnapshot &b)
{
    EXPECT_EQ(a.revision, b.revision);
    EXPECT_EQ(a.epochMs, b.epochMs);
    EXPECT_EQ(a.dataSource, b.dataSource);
    EXPECT_EQ(a.feedState, b.feedState);
    ASSERT_EQ(a.connections.size(), b.connections.size());
    for (size_t i = 0; i < a.connections.size(); ++i)
        expectEqual(a.connections[i], b.connections[i]);
    ASSERT_EQ(a.markets.size(), b.markets.size());
    for (size_t i = 0; i < a.markets.size(); ++i)
        expectEqual(a.markets[i], b.markets[i]);
    ASSERT_EQ(a.recentTimeouts.size(), b.recentTimeouts.size());
    for (size_t i = 0; i < a.recentTimeouts.size(); ++i)
        expectEqual(a.recentTimeouts[i], b.recentTimeouts[i]);
    expectEqual(a.probe, b.probe);
    ASSERT_EQ(a.confluenceSignals.size(), b.confluenceSignals.size());
    for (size_t i = 0; i < a.confluenceSignals.size(); ++i)
        expectEqual(*a.confluenceSignals[i], *b.confluenceSignals[i]);
    // The alert board: every member is in its documents (AlertsDocument), so equal documents are
    // equal boards; the member counts above make a new member show up here.
    ASSERT_EQ(static_cast<bool>(a.alerts), static_cast<bool>(b.alerts));
    if (a.alerts) {
        EXPECT_EQ(api::alerts_document::status(*a.alerts), api::alerts_document::status(*b.alerts));
        ASSERT_EQ(a.alerts->recent.size(), b.alerts->recent.size());
        for (size_t i = 0; i < a.alerts->recent.size(); ++i)
            EXPECT_EQ(api::alerts_document::item(a.alerts->recent[i]), api::alerts_document::item(b.alerts->recent[i]));
        ASSERT_EQ(a.alerts->tape.size(), b.alerts->tape.size());
        for (size_t i = 0; i < a.alerts->tape.size(); ++i)
            EXPECT_EQ(api::alerts_document::marketEvent(a.alerts->tape[i]),
                      api::alerts_document::marketEvent(b.alerts->tape[i]));
    }
}

health::ConnectionStatus connection(int n, health::ConnectionState state)
{
    health::ConnectionStatus c;
    c.connId = QStringLiteral("conn_%1").arg(n);
    c.url = QStringLiteral("wss://stream.example/v5/public/linear");
    c.state = state;
    c.reason = QStringLiteral("pong timeout after 20000 ms");
    c.sinceEpochMs = 1'760'000'000'000 + n;
    c.backoffAttempt = 3;
    c.backoffDelayMs = 1234;
    c.topicsTotal = 12;
    c.topicsLive = 9;
    c.topicsStale = 2;
    c.rejectedTopics = {QStringLiteral("orderbook.50.FOOUSDT")};
    c.lastPongRttMs = 17;
    c.framesReceived = 9'000'000'001ULL;
    c.reconnects = 4;
    c.resyncs = 2;
    c.maxSubscribesPerTopic = 1;
    c.latency = {11, 95, 2100, 123456, 9, 80, 900, 4567, 42000};
    c.transitions = {{1'760'000'000'100, health::ConnectionState::Connecting, health::ConnectionState::Live, {}},
                     {1'760'000'000'200, health::ConnectionState::Live, state, QStringLiteral("dropped: ü 中")}};
    c.bytesReceived = 7'000'000'003ULL;
    c.messagesPerSec = 412.5;
    c.bytesPerSec = 98765.4;
    c.lastMessageAgeMs = 35;
    c.lastDataAgeMs = 40;
    c.staleAfterMs = 1000;
    c.lastError = QStringLiteral("connection lost: remote host closed the connection");
    c.sampledEpochMs = 1'760'000'000'300;
    // Key order, as the document's object keeps them.
    for (const char *name : {"orderbook.50.BTCUSDT", "publicTrade.BTCUSDT", "tickers.BTCUSDT"}) {
        health::TopicStatus t;
        t.topic = QLatin1String(name);
        t.state = t.topic.startsWith(u"tickers") ? QStringLiteral("stale") : QStringLiteral("live");
        t.sinceEpochMs = 1'760'000'000'150;
        t.messages = 5'000'000'000ULL + static_cast<quint64>(n);
        t.bytes = 6'000'000'000ULL;
        t.messagesPerSec = 50.5;
        t.bytesPerSec = 12000.1;
        t.lastMessageAgeMs = t.state == u"stale" ? 16000 : 12;
        t.staleAfterMs = 1500;
        t.latency = {9, 80, 1500, 4242};
        t.lastError = t.state == u"stale" ? QStringLiteral("no data for 16 s") : QString();
        c.topics.push_back(t);
    }
    return c;
}

MarketSummary market(const QString &symbol, bool valid)
{
    MarketSummary m;
    m.symbol = symbol;
    m.bookValid = valid;
    m.bookDepth = 50;
    m.bestBid = QStringLiteral("64999.5");
    m.bestBidSize = QStringLiteral("1.234");
    m.bestAsk = QStringLiteral("65000.1");
    m.bestAskSize = QStringLiteral("0.5");
    m.bestBidPrice = 64999.5;
    m.bestAskPrice = 65000.1;
    m.bookUpdateId = 77'000'000'000ULL;
    m.bookSeq = 88;
    m.bookTsMs = 1'760'000'000'300;
    m.lastPrice = QStringLiteral("65000.0");
    m.markPrice = QStringLiteral("65000.2");
    m.indexPrice = QStringLiteral("64998.9");
    m.highPrice24h = QStringLiteral("66000");
    m.lowPrice24h = QStringLiteral("63000");
    m.price24hPcnt = QStringLiteral("-0.0125");
    m.volume24h = QStringLiteral("12345.6");
    m.turnover24h = QStringLiteral("800000000.5");
    m.fundingRate = QStringLiteral("0.0001");
    m.openInterest = QStringLiteral("5432.1");
    m.openInterestValue = QStringLiteral("353086500.27");
    m.nextFundingTimeMs = 1'760'025'600'000;
    m.priceDecimals = 1;
    m.lastPriceValue = 65000.0;
    m.change24hPercent = -0.0125 * 100.0;
    m.tickerTsMs = 1'760'000'000'400;
    m.trades = 4242;
    m.bookResyncs = 3;
    return m;
}

std::shared_ptr<const confluence::ConfluenceSignal> signal(const char *symbol)
{
    auto s = std::make_shared<confluence::ConfluenceSignal>();
    s->symbol = symbol;
    s->timestampMs = 1'760'000'000'500;
    s->sequence = 99;
    s->score = 63.25;
    s->direction = confluence::Direction::Long;
    s->reliability = 0.625;
    s->coverage = 0.75;
    s->agreement = 0.5;
    s->ready = true;
    for (int c = 0; c < confluence::kComponentCount; ++c) {
        confluence::ComponentSummary &comp = s->components[size_t(c)];
        comp.id = static_cast<confluence::ComponentId>(c);
        comp.weight = 0.125 * (c + 1);
        comp.perTimeframe = comp.id != confluence::ComponentId::Orderbook;
        comp.score = c == 3 ? NAN : 40.0 + c;
        comp.coverage = 0.5;
        comp.timeframeReady = {true, c % 2 == 0, false, true};
        comp.blended.fill(NAN);
        comp.blended[0] = 55.5;
        comp.blended[1] = 44.25;
        for (int t = 0; t < (comp.perTimeframe ? confluence::kTimeframeCount : 1); ++t) {
            confluence::ComponentReading &reading = comp.timeframes[size_t(t)];
            reading.add("rsi").setReady(61.5, 70.25, {{"close", 65000.0}, {"period", 14}});
            reading.add("macd").setWarming(10, 35);
            reading.add("funding").setUnavailable("no funding rate yet");
            reading.finish();
        }
    }
    s->conflicts[0] = {confluence::ComponentId::Technical, "rsi", 70.25, "macd", 30.5};
    s->conflictCount = 1;
    return s;
}

std::shared_ptr<alerts::AlertBoard> alertBoard()
{
    auto board = std::make_shared<alerts::AlertBoard>();
    board->enabled = true;
    board->tapeMinNotional = 250'000;
    board->observed = 123'456;
    board->mutedRules = {QStringLiteral("whales")};
    board->mutedKeys = {QStringLiteral("price:BTCUSDT:65000:up")};
    board->raised[static_cast<std::size_t>(alerts::AlertSource::Whale)] = 12;
    board->sent[static_cast<std::size_t>(alerts::AlertSource::Whale)] = 4;
    board->suppressed[static_cast<std::size_t>(alerts::AlertSource::Whale)] = 8;
    board->channels = {{QStringLiteral("ops"), QStringLiteral("discord"), QStringLiteral("retrying"), 3, 17, 2,
                        QStringLiteral("HTTP 429"), 1'760'000'000'500}};
    board->totals = {{QStringLiteral("BTCUSDT"), 1'250'000, 4'000'000, 9}, {QString(), 1'250'000, 4'000'000, 9}};
    alerts::AlertItem a;
    a.sequence = 41;
    a.timeMs = 1'760'000'000'400;
    a.source = alerts::AlertSource::Liquidation;
    a.severity = alerts::AlertSeverity::Critical;
    a.key = QStringLiteral("liquidation:all:total");
    a.title = QStringLiteral("Liquidations 5,000,000 within 5 min");
    a.rule = QStringLiteral("cascade");
    a.channels = {QStringLiteral("ops"), QStringLiteral("desk")};
    a.more = 3;
    a.summary = QStringLiteral("and 3 more like this in 2 min");
    a.fields = {{QStringLiteral("Total"), QStringLiteral("5,000,000")}};
    board->recent.push_back(a);
    a.sequence = 42;
    a.symbol = QStringLiteral("BTCUSDT");
    a.source = alerts::AlertSource::Whale;
    a.severity = alerts::AlertSeverity::Warning;
    a.more = 0;
    a.summary.clear();
    board->recent.push_back(a);
    board->tape = {{alerts::MarketEvent::Kind::Trade, 7, 1'760'000'000'100, QStringLiteral("BTCUSDT"), true, 95000.5,
                    3.25, 308751.63},
                   {alerts::MarketEvent::Kind::Liquidation, 8, 1'760'000'000'200, QStringLiteral("ETHUSDT"), false,
                    3100, 100, 310000}};
    return board;
}

CoreSnapshot full()
{
    CoreSnapshot s;
    s.revision = 4711;
    s.epochMs = 1'760'000'001'000;
    s.dataSource = QStringLiteral("bybit: wss://stream.bybit.com");
    s.feedState = QStringLiteral("streaming on 11 connections");
    // conn_10 sorts before conn_2 as text; the reader keeps the core's numeric order.
    for (int n = 0; n < 11; ++n)
        s.connections.push_back(
            connection(n, n == 2 ? health::ConnectionState::Backoff : health::ConnectionState::Live));
    s.markets = {market(QStringLiteral("BTCUSDT"), true), market(QStringLiteral("ETHUSDT"), false)};
    for (quint64 id : {7ULL, 9ULL, 12ULL}) {
        health::TimeoutEntry e;
        e.id = id;
        e.ts = 1'760'000'000'000 + qint64(id);
        e.kind = id == 9 ? health::TimeoutKind::PongTimeout : health::TimeoutKind::ConnectTimeout;
        e.connId = QStringLiteral("conn_1");
        e.topic = id == 12 ? QStringLiteral("orderbook.50.BTCUSDT") : QString();
        e.symbol = id == 12 ? QStringLiteral("BTCUSDT") : QString();
        e.durationMs = 20000;
        e.detail = QStringLiteral("no pong in 20 s");
        s.recentTimeouts.push_back(e);
    }
    s.probe.epochMs = 1'760'000'000'900;
    s.probe.trigger = QStringLiteral("repeated connection failures");
    s.probe.skewKnown = true;
    s.probe.clockSkewMs = -42;
    s.probe.targets = {{QStringLiteral("https://api.bybit.com"),
                        {{QStringLiteral("dns"), true, 3, QStringLiteral("1.2.3.4")},
                         {QStringLiteral("tcp"), false, 3000, QStringLiteral("timed out")}}}};
    s.confluenceSignals = {signal("BTCUSDT"), signal("ETHUSDT")};
    s.alerts = alertBoard();
    return s;
}

QJsonObject overTheWire(const QJsonObject &state)
{
    return QJsonDocument::fromJson(QJsonDocument(state).toJson(QJsonDocument::Compact)).object();
}

TEST(SnapshotReader, EveryFieldTheDocumentWritesComesBack)
{
    const CoreSnapshot original = full();
    const QJsonObject state = overTheWire(snapshot_document::streamState(original));
    const auto read = snapshot_reader::fromStreamState(state);
    ASSERT_TRUE(read.snapshot);
    EXPECT_TRUE(read.problems.isEmpty()) << read.problems.join(u'\n').toStdString();
    expectEqual(original, *read.snapshot);
    // And writing what was read gives the same document.
    EXPECT_EQ(snapshot_document::streamState(*read.snapshot), snapshot_document::streamState(original));
}

TEST(StreamData, IsTheStateOrTheMergePatchBetweenTwoStates)
{
    // The stream writes its messages entry by entry from snapshots; what a client receives must
    // be exactly the full state, or exactly the merge patch between the two states.
    const CoreSnapshot a = full();
    EXPECT_EQ(QJsonDocument::fromJson(snapshot_document::streamData(nullptr, a)).object(),
              overTheWire(snapshot_document::streamState(a)));

    CoreSnapshot b = a; // shares a's signal objects
    b.revision += 1;
    b.epochMs += 100;
    b.feedState = QStringLiteral("streaming on 10 connections");
    b.markets[0].lastPrice = QStringLiteral("65001.5");
    b.markets.pop_back();
    b.markets.push_back(market(QStringLiteral("SOLUSDT"), true));
    b.connections[3].state = health::ConnectionState::Stale;
    b.connections[3].topics.pop_back();
    b.connections.erase(b.connections.begin() + 5);
    b.recentTimeouts.erase(b.recentTimeouts.begin());
    health::TimeoutEntry added = b.recentTimeouts.back();
    added.id = 13;
    b.recentTimeouts.push_back(added);
    auto changed = std::make_shared<confluence::ConfluenceSignal>(*a.confluenceSignals[1]);
    changed->score = 71.5;
    changed->components[0].blended[1] = 12.0;
    changed->components[2].timeframes[1].subs[0].value = 12.5;
    changed->components[2].timeframes[1].subs[0].inputs[0].value = 64000.0;
    b.confluenceSignals[1] = changed;
    b.confluenceSignals.push_back(signal("SOLUSDT"));
    b.probe.clockSkewMs = 7;

    const QJsonObject patch = QJsonDocument::fromJson(snapshot_document::streamData(&a, b)).object();
    const QJsonObject expected =
        overTheWire(merge_patch::diff(snapshot_document::streamState(a), snapshot_document::streamState(b)));
    EXPECT_EQ(patch, expected);
    EXPECT_FALSE(patch.value(QStringLiteral("signals")).toObject().contains(QStringLiteral("BTCUSDT")))
        << "an unchanged signal is not in the patch";
    // Nothing changed: an empty patch.
    EXPECT_EQ(snapshot_document::streamData(&b, b), QByteArray("{}"));
}

TEST(StreamData, RandomChangesToEveryKindOfEntryPatchLikeTheStates)
{
    // Field by field, the patches must equal the merge patch of the two whole states, whatever moved.
    std::mt19937 rng(11);
    const auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
    CoreSnapshot previous = full();
    for (int round = 0; round < 300; ++round) {
        CoreSnapshot next = previous;
        next.revision += 1;
        for (MarketSummary &m : next.markets) {
            if (chance(40))
                m.lastPrice = QString::number(rng() % 1000);
            if (chance(10))
                m.bookValid = !m.bookValid;
            if (chance(10))
                m.bookUpdateId = rng();
        }
        if (chance(5) && !next.markets.empty())
            next.markets.erase(next.markets.begin() + static_cast<qsizetype>(rng() % next.markets.size()));
        if (chance(5))
            next.markets.push_back(market(QStringLiteral("M%1USDT").arg(rng() % 20), chance(50)));
        for (health::ConnectionStatus &c : next.connections) {
            if (chance(30))
                c.messagesPerSec = (rng() % 10000) / 7.0;
            if (chance(10))
                c.state = static_cast<health::ConnectionState>(rng() % 5);
            if (chance(5))
                c.transitions.push_back({static_cast<qint64>(rng()), c.state, c.state, QStringLiteral("again")});
            if (chance(5))
                c.rejectedTopics << QStringLiteral("kline.1.X%1").arg(rng() % 9);
            if (chance(20))
                c.latency.recentP99Us = rng() % 5000;
            for (health::TopicStatus &t : c.topics) {
                if (chance(50))
                    t.lastMessageAgeMs = rng() % 30000;
                if (chance(20))
                    t.messages += rng() % 50;
                if (chance(5))
                    t.state = chance(50) ? QStringLiteral("stale") : QStringLiteral("live");
                if (chance(5))
                    t.latency.p99Us = rng() % 999;
            }
            if (chance(5) && !c.topics.empty())
                c.topics.pop_back();
            if (chance(5)) {
                health::TopicStatus t = c.topics.empty() ? health::TopicStatus{} : c.topics.front();
                t.topic = QStringLiteral("tickers.T%1USDT").arg(rng() % 30);
                c.topics.push_back(t);
            }
        }
        if (chance(5) && next.connections.size() > 1)
            next.connections.erase(next.connections.begin() + 1);
        if (chance(5))
            next.connections.push_back(connection(static_cast<int>(rng() % 20), health::ConnectionState::Live));
        if (chance(20)) {
            health::TimeoutEntry e = next.recentTimeouts.empty() ? health::TimeoutEntry{} : next.recentTimeouts.back();
            e.id = rng() % 100;
            next.recentTimeouts.push_back(e);
        }
        for (auto &signalPtr : next.confluenceSignals) {
            if (!chance(50))
                continue; // the same object
            auto changed = std::make_shared<confluence::ConfluenceSignal>(*signalPtr);
            if (chance(50))
                changed->score = (rng() % 1000) / 10.0;
            const size_t c = rng() % changed->components.size();
            if (chance(50))
                changed->components[c].timeframes[rng() % 4].subs[0].value = (rng() % 1000) / 3.0;
            if (chance(30))
                changed->components[c].blended[rng() % 8] = chance(50) ? NAN : (rng() % 100) * 1.0;
            if (chance(20))
                changed->components[c].timeframeReady[rng() % 4] = chance(50);
            signalPtr = changed;
        }
        if (chance(10))
            next.probe.clockSkewMs = static_cast<qint64>(rng() % 100);

        const QJsonObject patch = QJsonDocument::fromJson(snapshot_document::streamData(&previous, next)).object();
        const QJsonObject expected = overTheWire(
            merge_patch::diff(snapshot_document::streamState(previous), snapshot_document::streamState(next)));
        ASSERT_EQ(patch, expected) << "round " << round;
        previous = next;
    }
}

TEST(StreamData, ASignalIsTheDocumentOfApiSignalsPlusTheBreakdownExtras)
{
    // The stream writes signals member by member; /api/v1/signals serves ConfluenceSignal::toJson().
    const auto s = signal("BTCUSDT");
    QJsonObject expected = QJsonDocument::fromJson(QByteArray::fromStdString(s->toJson())).object();
    QJsonObject components = expected.value(QStringLiteral("components")).toObject();
    for (const confluence::ComponentSummary &c : s->components) {
        const QString name = QLatin1String(confluence::componentName(c.id));
        QJsonObject component = components.value(name).toObject();
        QJsonArray blended;
        for (double v : c.blended)
            blended.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
        QJsonArray ready;
        for (bool r : c.timeframeReady)
            ready.append(r);
        component.insert(QStringLiteral("blended"), blended);
        component.insert(QStringLiteral("timeframe_ready"), ready);
        components.insert(name, component);
    }
    expected.insert(QStringLiteral("components"), components);
    expected.insert(QStringLiteral("ready"), s->ready);
    EXPECT_EQ(overTheWire(snapshot_document::signal(*s)), overTheWire(expected));
}

TEST(SnapshotReader, TheAlertBoardComesBackWhole)
{
    const CoreSnapshot original = full();
    const auto read = snapshot_reader::fromStreamState(overTheWire(snapshot_document::streamState(original)));
    ASSERT_TRUE(read.snapshot && read.snapshot->alerts);
    const alerts::AlertBoard &b = *read.snapshot->alerts;
    ASSERT_EQ(b.recent.size(), 2u);
    EXPECT_EQ(b.recent[0].sequence, 41u);
    EXPECT_EQ(b.recent[0].severity, alerts::AlertSeverity::Critical);
    EXPECT_EQ(b.recent[0].summary, QStringLiteral("and 3 more like this in 2 min"));
    EXPECT_EQ(b.recent[1].symbol, QStringLiteral("BTCUSDT"));
    ASSERT_EQ(b.tape.size(), 2u);
    EXPECT_EQ(b.tape[1].kind, alerts::MarketEvent::Kind::Liquidation);
    EXPECT_FALSE(b.tape[1].buy);
    ASSERT_EQ(b.channels.size(), 1u);
    EXPECT_EQ(b.channels[0].state, QStringLiteral("retrying"));
    EXPECT_EQ(b.channels[0].delivered, 17u);
    ASSERT_EQ(b.totals.size(), 2u);
    EXPECT_TRUE(b.totals.back().symbol.isEmpty()) << "the all-symbols row stays last";
    EXPECT_EQ(b.suppressed[static_cast<std::size_t>(alerts::AlertSource::Whale)], 8u);
    EXPECT_EQ(b.mutedRules, QStringList{QStringLiteral("whales")});
}

TEST(SnapshotReader, HostileAlertsGiveDefaultsNeverACrash)
{
    QJsonObject state = snapshot_document::streamState(full());
    QJsonObject status = state.value(QStringLiteral("alert_status")).toObject();
    status.insert(QStringLiteral("counts"),
                  QJsonObject{{QStringLiteral("bogus"), 1},
                              {QStringLiteral("whale"), QJsonObject{{QStringLiteral("sent"), -5}}}});
    status.insert(QStringLiteral("channels"),
                  QJsonObject{{QStringLiteral("x"), QJsonObject{{QStringLiteral("state"), QStringLiteral("ok?")},
                                                                {QStringLiteral("queued"), 1e300}}}});
    state.insert(QStringLiteral("alert_status"), status);
    QJsonObject items;
    for (int i = 0; i < 500; ++i) // far more than the board keeps
        items.insert(QString::number(i), QJsonObject{{QStringLiteral("seq"), i},
                                                     {QStringLiteral("title"), 42},
                                                     {QStringLiteral("severity"), QStringLiteral("apocalyptic")}});
    items.insert(QStringLiteral("junk"), QStringLiteral("not an object"));
    state.insert(QStringLiteral("alerts"), items);
    state.insert(QStringLiteral("market_events"),
                 QJsonObject{{QStringLiteral("1"), QJsonObject{{QStringLiteral("price"), QStringLiteral("NaN")}}}});
    const auto read = snapshot_reader::fromStreamState(overTheWire(state));
    ASSERT_TRUE(read.snapshot && read.snapshot->alerts);
    const alerts::AlertBoard &b = *read.snapshot->alerts;
    EXPECT_EQ(b.recent.size(), alerts::AlertBoard::kRecent);
    EXPECT_EQ(b.recent.back().sequence, 499u) << "the newest are kept";
    EXPECT_EQ(b.recent.back().severity, alerts::AlertSeverity::Warning);
    EXPECT_EQ(b.channels.at(0).state, QStringLiteral("failing")) << "an unknown state is never shown as healthy";
    EXPECT_EQ(b.channels.at(0).queued, 0);
    EXPECT_EQ(b.sent[static_cast<std::size_t>(alerts::AlertSource::Whale)], 0u);
    EXPECT_EQ(b.tape.size(), 1u);
    EXPECT_FALSE(read.problems.isEmpty());
}

TEST(SnapshotReader, ConnectionsKeepTheCoresNumericOrder)
{
    const auto read = snapshot_reader::fromStreamState(overTheWire(snapshot_document::streamState(full())));
    ASSERT_EQ(read.snapshot->connections.size(), 11u);
    EXPECT_EQ(read.snapshot->connections[2].connId, QStringLiteral("conn_2"));
    EXPECT_EQ(read.snapshot->connections[10].connId, QStringLiteral("conn_10"));
}

TEST(SnapshotReader, AnEmptyDocumentIsAnEmptySnapshot)
{
    const auto read = snapshot_reader::fromStreamState(QJsonObject{});
    ASSERT_TRUE(read.snapshot);
    EXPECT_TRUE(read.problems.isEmpty());
    EXPECT_EQ(read.snapshot->revision, 0u);
    EXPECT_TRUE(read.snapshot->connections.empty());
    EXPECT_TRUE(read.snapshot->markets.empty());
    EXPECT_TRUE(read.snapshot->confluenceSignals.empty());
    EXPECT_EQ(read.snapshot->probe.epochMs, 0);
}

TEST(SnapshotReader, HostileValuesGiveDefaultsAndNameTheProblem)
{
    QJsonObject state = snapshot_document::streamState(full());
    state.insert(QStringLiteral("revision"), -5);
    state.insert(QStringLiteral("epoch_ms"), 1e300);
    state.insert(QStringLiteral("data_source"), QJsonArray{1, 2});
    state.insert(QStringLiteral("an_unknown_field"), QStringLiteral("ignored"));
    QJsonObject conns = state.value(QStringLiteral("connections")).toObject();
    QJsonObject c0 = conns.value(QStringLiteral("conn_0")).toObject();
    c0.insert(QStringLiteral("state"), QStringLiteral("exploded"));
    c0.insert(QStringLiteral("reconnects"), 1e12); // does not fit an int
    c0.insert(QStringLiteral("frames_received"), -1);
    c0.insert(QStringLiteral("topics_total"), QStringLiteral("12"));
    c0.insert(QStringLiteral("transitions"), QJsonArray{QJsonObject{{QStringLiteral("from"), 3}}, 5});
    conns.insert(QStringLiteral("conn_0"), c0);
    conns.insert(QStringLiteral("conn_x"), QStringLiteral("not an object"));
    state.insert(QStringLiteral("connections"), conns);
    state.insert(QStringLiteral("markets"), QStringLiteral("nope"));
    state.insert(QStringLiteral("timeouts"),
                 QJsonObject{{QStringLiteral("1"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("boom")},
                                                               {QStringLiteral("duration_ms"), 0.5}}}});
    QJsonObject signalsBySymbol;
    signalsBySymbol.insert(
        QStringLiteral("BTCUSDT"),
        QJsonObject{
            {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
            {QStringLiteral("score"), QStringLiteral("high")},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("warp_drive"), QJsonObject{}},
                         {QStringLiteral("technical"),
                          QJsonObject{{QStringLiteral("timeframes"),
                                       QJsonObject{{QStringLiteral("1m"),
                                                    QJsonObject{{QStringLiteral("sub_indicators"),
                                                                 QJsonArray{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}}}}},
                                      {QStringLiteral("blended"), QJsonArray{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}}}}},
            {QStringLiteral("conflicts"), QJsonArray{QJsonObject{}, QJsonObject{}}}});
    state.insert(QStringLiteral("signals"), signalsBySymbol);

    const auto read = snapshot_reader::fromStreamState(overTheWire(state));
    ASSERT_TRUE(read.snapshot);
    const CoreSnapshot &s = *read.snapshot;
    EXPECT_EQ(s.revision, 0u);
    EXPECT_EQ(s.epochMs, 0);
    EXPECT_TRUE(s.dataSource.isEmpty());
    ASSERT_EQ(s.connections.size(), 12u);
    EXPECT_EQ(s.connections[0].state, health::ConnectionState::Idle);
    EXPECT_EQ(s.connections[0].reconnects, 0);
    EXPECT_EQ(s.connections[0].framesReceived, 0u);
    EXPECT_EQ(s.connections[0].topicsTotal, 0);
    EXPECT_TRUE(s.connections[0].transitions.empty());
    EXPECT_EQ(s.connections[1].state, health::ConnectionState::Live); // the others are intact
    EXPECT_TRUE(s.markets.empty());
    ASSERT_EQ(s.recentTimeouts.size(), 1u);
    EXPECT_EQ(s.recentTimeouts[0].durationMs, 0);
    ASSERT_EQ(s.confluenceSignals.size(), 1u);
    EXPECT_EQ(s.confluenceSignals[0]->score, 50);
    const auto &technical = s.confluenceSignals[0]->components[size_t(confluence::ComponentId::Technical)];
    EXPECT_EQ(technical.timeframes[0].count, confluence::kMaxSubIndicators);
    EXPECT_EQ(technical.blended[7], 8);
    EXPECT_EQ(s.confluenceSignals[0]->conflictCount, 0);
    EXPECT_FALSE(read.problems.isEmpty());
    EXPECT_LE(read.problems.size(), 20);
    const QString all = read.problems.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("exploded"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("state.revision"))) << all.toStdString();
}

TEST(SnapshotReader, CollectionsAreCapped)
{
    QJsonObject markets;
    for (int i = 0; i < 50; ++i)
        markets.insert(QStringLiteral("SYM%1USDT").arg(i, 3, 10, QLatin1Char('0')), QJsonObject{});
    QJsonObject timeouts;
    for (int i = 1; i <= 50; ++i)
        timeouts.insert(QString::number(i), QJsonObject{{QStringLiteral("id"), i}});
    snapshot_reader::Limits limits;
    limits.maxMarkets = 10;
    limits.maxTimeouts = 5;
    const auto read = snapshot_reader::fromStreamState(
        QJsonObject{{QStringLiteral("markets"), markets}, {QStringLiteral("timeouts"), timeouts}}, limits);
    EXPECT_EQ(read.snapshot->markets.size(), 10u);
    ASSERT_EQ(read.snapshot->recentTimeouts.size(), 5u);
    EXPECT_EQ(read.snapshot->recentTimeouts.front().id, 46u); // the newest are kept, oldest first
    EXPECT_EQ(read.snapshot->recentTimeouts.back().id, 50u);
    EXPECT_EQ(read.problems.size(), 2);
}

TEST(SnapshotReader, CandlesOrderBooksAndWarningsOfTheOneShotEndpoints)
{
    CandleSeriesView series;
    series.symbol = QStringLiteral("BTCUSDT");
    series.intervalMinutes = 5;
    series.bars = {{1'760'000'000'000, 1.5, 2.25, 1.0, 2.0, 10.5, true},
                   {1'760'000'300'000, 2.0, 2.5, 1.75, 2.125, 3, false}};
    const auto candles = snapshot_reader::candles(overTheWire(snapshot_document::candles(series)));
    ASSERT_TRUE(candles);
    EXPECT_EQ(candles->symbol, series.symbol);
    EXPECT_EQ(candles->intervalMinutes, 5);
    ASSERT_EQ(candles->bars.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
        const auto &a = series.bars[i], &b = candles->bars[i];
        EXPECT_EQ(a.startMs, b.startMs);
        EXPECT_EQ(a.open, b.open);
        EXPECT_EQ(a.high, b.high);
        EXPECT_EQ(a.low, b.low);
        EXPECT_EQ(a.close, b.close);
        EXPECT_EQ(a.volume, b.volume);
        EXPECT_EQ(a.confirmed, b.confirmed);
    }
    EXPECT_FALSE(snapshot_reader::candles(QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}));

    OrderBookView book;
    book.symbol = QStringLiteral("ETHUSDT");
    book.depth = 2;
    book.valid = true;
    book.updateId = 5;
    book.seq = 6;
    book.tsMs = 7;
    book.bids = {{QStringLiteral("100.5"), QStringLiteral("1")}, {QStringLiteral("100"), QStringLiteral("2")}};
    book.asks = {{QStringLiteral("101"), QStringLiteral("3")}};
    const auto read = snapshot_reader::orderBook(overTheWire(snapshot_document::orderBook(book)));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->symbol, book.symbol);
    EXPECT_EQ(read->depth, 2);
    EXPECT_TRUE(read->valid);
    EXPECT_EQ(read->updateId, 5u);
    EXPECT_EQ(read->seq, 6u);
    EXPECT_EQ(read->tsMs, 7);
    EXPECT_EQ(read->bids, book.bids);
    EXPECT_EQ(read->asks, book.asks);

    const QJsonObject warnings{
        {QStringLiteral("warnings"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("PONG_TIMEOUT")},
                                {QStringLiteral("severity"), QStringLiteral("error")},
                                {QStringLiteral("count"), 12},
                                {QStringLiteral("rate_per_min"), 1.5},
                                {QStringLiteral("key_fields"),
                                 QJsonObject{{QStringLiteral("conn_id"), QStringLiteral("conn_1")}}}},
                    QStringLiteral("junk")}}};
    const auto aggregates = snapshot_reader::warnings(warnings);
    ASSERT_EQ(aggregates.size(), 1u); // the junk entry is skipped
    EXPECT_EQ(aggregates[0].code, QByteArray("PONG_TIMEOUT"));
    EXPECT_EQ(aggregates[0].severity, log::Level::Error);
    EXPECT_EQ(aggregates[0].count, 12);
    EXPECT_EQ(aggregates[0].ratePerMin, 1.5);
    ASSERT_EQ(aggregates[0].keyFields.size(), 1u);
    EXPECT_EQ(aggregates[0].keyFields[0].value, QStringLiteral("conn_1"));
}

} // namespace
} // namespace virtuoso::api

// A compromised daemon's trading answers: numbers no integer holds are read as 0, never converted.
TEST(TradingDocumentReader, OutOfRangeNumbersAreZeroNotUndefined)
{
    const auto parse = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    const virtuoso::trading::TradingView view = virtuoso::api::trading_document::readView(
        parse(R"({"orders":[{"order_link_id":"a","created_ms":1e308,"updated_ms":-1e300}]})"),
        parse(R"({"executions":[{"time_ms":1e30}]})"), parse(R"({"positions":[]})"),
        parse(R"({"revision":1e300,"time_ms":-1e19,"wallet":{"time_ms":"soon","equity":100}})"));
    EXPECT_EQ(view.revision, 0u);
    EXPECT_EQ(view.timeMs, 0);
    EXPECT_EQ(view.wallet.timeMs, 0);
    EXPECT_DOUBLE_EQ(view.wallet.equity, 100);
    ASSERT_EQ(view.orders.size(), 1u);
    EXPECT_EQ(view.orders[0].order.createdMs, 0);
    EXPECT_EQ(view.orders[0].order.updatedMs, 0);
    // In range they are read as they are.
    EXPECT_EQ(virtuoso::api::trading_document::readView({}, {}, {}, parse(R"({"revision":42,"time_ms":1733011200000})"))
                  .timeMs,
              1'733'011'200'000);
}
