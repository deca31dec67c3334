#include "TestSupport.h"

#include "base/Clock.h"
#include "connector/FeedApplier.h"
#include "connector/HistoryParsers.h"
#include "model/health/TimeoutJournal.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(test::dataFile(QStringLiteral("bybit/") + name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

std::shared_ptr<const InstrumentCatalog> catalog()
{
    auto parsed = InstrumentCatalog::fromInstrumentsInfo(
        fixture(QStringLiteral("http_get_instruments_linear.json")).toStdString());
    return std::get<std::shared_ptr<const InstrumentCatalog>>(parsed);
}

Candle candle(const InstrumentSpec &spec, qint64 start, const char *close)
{
    Candle c;
    c.startMs = start;
    c.endMs = start + 59'999;
    c.open = c.high = c.low = c.close = spec.price.toSteps(close).value;
    return c;
}

} // namespace

TEST(HistoryParsers, KlinesOntoTheInstrumentGridOldestFirst)
{
    const auto cat = catalog();
    const InstrumentSpec *spec = cat->find(std::string_view("BTCUSDT"));
    ASSERT_NE(spec, nullptr);
    auto parsed = parseKlines(fixture(QStringLiteral("http_get_klines_linear.json")), *spec, 1);
    ASSERT_TRUE(std::holds_alternative<KlineMessage>(parsed)) << std::get<HistoryError>(parsed).message.toStdString();
    const KlineMessage &k = std::get<KlineMessage>(parsed);
    ASSERT_EQ(k.candles.size(), 1u);
    EXPECT_EQ(k.candles[0].startMs, 1709891679000);
    EXPECT_EQ(spec->price.format(k.candles[0].high), "27460.00");
    EXPECT_EQ(spec->quantity.format(k.candles[0].volume), "123.450");
    EXPECT_EQ(k.topic.toString(), "kline.1.BTCUSDT");
}

// A time outside epoch ms up to the year 3000 is an error naming it: 1e300 cannot be converted, and
// a start at 2^63 - 1 overflowed the candle's end (seen while writing fuzz_rest_responses).
TEST(HistoryParsers, ATimeThatIsNoTimeIsAnError)
{
    const auto cat = catalog();
    const InstrumentSpec &spec = *cat->find(std::string_view("BTCUSDT"));
    const auto reply = [](const QByteArray &list) {
        return QByteArray(R"({"retCode":0,"retMsg":"OK","result":{"list":[)") + list + "]}}";
    };
    const auto error = [](const auto &parsed) {
        const auto *e = std::get_if<HistoryError>(&parsed);
        return e ? e->message : QString();
    };
    for (const QByteArray &start : {QByteArray("1e300"), QByteArray("\"9223372036854775807\""), QByteArray("-60000"),
                                    QByteArray("\"abc\""), QByteArray("true")}) {
        const auto parsed = parseKlines(reply("[" + start + R"(,"1","1","1","1","1","1"])"), spec, 1);
        EXPECT_TRUE(error(parsed).contains(QStringLiteral("is not a time in ms"))) << start.toStdString();
    }
    EXPECT_TRUE(error(parseKlines(reply(R"([1e300,"1","1","1","1","1","1"])"), spec, 1)).contains(u"'1e+300'"));
    EXPECT_TRUE(error(parseRecentTrades(reply(R"({"time":1e300,"price":"1","size":"1"})"), spec))
                    .startsWith(u"trade time '1e+300'"));
    EXPECT_TRUE(error(parseSeries(reply(R"({"timestamp":-1e300,"openInterest":"1"})"), "openInterest", "timestamp"))
                    .startsWith(u"timestamp '-1e+300'"));

    // Times as numbers, and the last millisecond of the year 2999, are times.
    const auto candles = parseKlines(reply(R"([32503679940000,"1","1","1","1","1","1"])"), spec, 1);
    ASSERT_TRUE(std::holds_alternative<KlineMessage>(candles)) << error(candles).toStdString();
    EXPECT_EQ(std::get<KlineMessage>(candles).candles[0].endMs, 32'503'679'999'999);
    const auto points =
        parseSeries(reply(R"({"timestamp":1796592900000,"openInterest":"1"})"), "openInterest", "timestamp");
    ASSERT_TRUE(std::holds_alternative<std::vector<SeriesPoint>>(points)) << error(points).toStdString();
    EXPECT_EQ(std::get<std::vector<SeriesPoint>>(points)[0].timeMs, 1796592900000);
}

TEST(HistoryParsers, TradesFundingAndErrors)
{
    const auto cat = catalog();
    const InstrumentSpec *spec = cat->find(std::string_view("BTCUSDT"));
    auto trades = parseRecentTrades(fixture(QStringLiteral("http_get_trades_recent.json")), *spec);
    ASSERT_TRUE(std::holds_alternative<TradeMessage>(trades));
    ASSERT_EQ(std::get<TradeMessage>(trades).trades.size(), 1u);
    EXPECT_EQ(spec->price.format(std::get<TradeMessage>(trades).trades[0].price), "27450.50");

    auto funding =
        parseSeries(fixture(QStringLiteral("http_get_funding_history.json")), "fundingRate", "fundingRateTimestamp");
    ASSERT_TRUE(std::holds_alternative<std::vector<SeriesPoint>>(funding));
    const auto &points = std::get<std::vector<SeriesPoint>>(funding);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_LT(points[0].timeMs, points[1].timeMs); // oldest first
    EXPECT_EQ(points[1].value.toString(), "0.0001");

    auto bad = parseKlines(R"({"retCode":10001,"retMsg":"params error"})", *spec, 1);
    ASSERT_TRUE(std::holds_alternative<HistoryError>(bad));
    EXPECT_TRUE(std::get<HistoryError>(bad).message.contains(QLatin1String("10001")));
    auto offGrid = parseKlines(R"({"retCode":0,"result":{"list":[["1","1.25","1","1","1","1","1"]]}})", *spec, 1);
    EXPECT_TRUE(std::holds_alternative<HistoryError>(offGrid));
    EXPECT_TRUE(std::holds_alternative<HistoryError>(parseKlines("{truncated", *spec, 1)));
}

TEST(FeedApplier, StreamCandlesWaitForTheirHistorySoTheRingStaysInOrder)
{
    ManualClock clock;
    health::TimeoutJournal journal(clock);
    MessageQueue queue(64);
    FeedApplier applier({&queue}, {QStringLiteral("conn_0")}, journal, clock, 50);
    const auto cat = catalog();
    applier.setCatalog(cat);
    const InstrumentSpec &spec = *cat->find(std::string_view("BTCUSDT"));
    applier.beginHistory({QStringLiteral("BTCUSDT")}, {1});

    // The stream's open candle arrives before the history.
    PublicMessage live;
    live.connectionIndex = 0;
    KlineMessage k;
    k.topic = TopicKey::kline(spec.symbol, 1);
    k.candles.push_back(candle(spec, 1'000'000 + 3 * 60'000, "27003.00"));
    live.body = k;
    ASSERT_TRUE(queue.tryPush(live));
    applier.drain();
    EXPECT_TRUE(applier.holdingHistory());

    HistoryPiece piece;
    piece.kind = HistoryPiece::Kind::Klines;
    piece.symbol = spec.symbol;
    piece.intervalMinutes = 1;
    piece.klines.topic = k.topic;
    for (int i = 0; i < 3; ++i)
        piece.klines.candles.push_back(candle(spec, 1'000'000 + i * 60'000, "27000.00"));
    applier.applyHistory(piece);
    EXPECT_TRUE(applier.holdingHistory()); // the trades are still waiting for theirs

    const auto *ring = applier.market().find(spec.symbol)->candles(1);
    ASSERT_NE(ring, nullptr);
    ASSERT_EQ(ring->size(), 4u);
    for (size_t i = 1; i < ring->size(); ++i)
        EXPECT_LT((*ring)[i - 1].startMs, (*ring)[i].startMs);
    EXPECT_EQ(spec.price.format(ring->back().close), "27003.00");
}

TEST(FeedApplier, FailedHistoryReleasesTheHeldStream)
{
    ManualClock clock;
    health::TimeoutJournal journal(clock);
    MessageQueue queue(64);
    FeedApplier applier({&queue}, {QStringLiteral("conn_0")}, journal, clock, 50);
    const auto cat = catalog();
    const InstrumentSpec &spec = *cat->find(std::string_view("BTCUSDT"));
    applier.beginHistory({QStringLiteral("BTCUSDT")}, {1, 5});
    PublicMessage live;
    live.connectionIndex = 0;
    KlineMessage k;
    k.topic = TopicKey::kline(spec.symbol, 5);
    k.candles.push_back(candle(spec, 0, "1.00"));
    live.body = k;
    ASSERT_TRUE(queue.tryPush(live));
    applier.drain();
    EXPECT_EQ(applier.market().find(spec.symbol), nullptr); // held
    applier.endHistory();
    ASSERT_NE(applier.market().find(spec.symbol), nullptr);
    EXPECT_EQ(applier.market().find(spec.symbol)->candles(5)->size(), 1u);
}

TEST(FeedApplier, SlowHandlingIsAnEventNotADisconnect)
{
    ManualClock clock;
    health::TimeoutJournal journal(clock);
    MessageQueue queue(64);
    FeedApplier applier({&queue}, {QStringLiteral("conn_7")}, journal, clock, 50);
    for (int i = 0; i < 5; ++i) {
        PublicMessage m;
        m.connectionIndex = 0;
        m.receivedNs = clock.monotonicNs();
        m.body = DecodeError{};
        ASSERT_TRUE(queue.tryPush(m));
    }
    clock.advanceMs(80); // the engine was busy for 80 ms
    applier.drain();
    EXPECT_EQ(applier.latency(0).count, 5u);
    EXPECT_GE(applier.latency(0).p99Us, 78'000);
    const auto entries = journal.query({});
    ASSERT_EQ(entries.size(), 1u); // one entry for the burst, not one per message
    EXPECT_EQ(entries[0].kind, health::TimeoutKind::HandlerSlow);
    EXPECT_EQ(entries[0].connId, QStringLiteral("conn_7"));
    EXPECT_GE(entries[0].durationMs, 80);
}
