// The recorder that feeds the history store from the running core, and timeout queries that
// reach past the in-memory ring into the store.
#include "TestSupport.h"
#include "base/Clock.h"
#include "engine/HistoryRecorder.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"
#include "store/HistoryStore.h"
#include "store/TimeoutHistory.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::store;

namespace {

constexpr qint64 kT0 = 1'764'300'000'000; // a whole minute
constexpr qint64 Minute = 60'000;

struct RecorderFixture : ::testing::Test
{
    QTemporaryDir dir;
    ManualClock clock{kT0};
    TimeoutJournal journal{clock, 8};
    ConnectionStatusBoard board;
    WarningAggregator warnings{clock};
    std::unique_ptr<HistoryStore> store;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        HistoryStoreOptions o;
        o.path = dir.filePath(QStringLiteral("history.db"));
        o.flushIntervalMs = 60'000; // flushed by the test
        store = std::make_unique<HistoryStore>(clock, o);
        QString error;
        ASSERT_TRUE(store->open(&error)) << error.toStdString();
    }

    static CoreSnapshotPtr snapshotWith(qint64 epochMs, const std::vector<std::pair<std::string, double>> &scores)
    {
        auto s = std::make_shared<CoreSnapshot>();
        s->epochMs = epochMs;
        for (const auto &[symbol, score] : scores) {
            auto signal = std::make_shared<confluence::ConfluenceSignal>();
            signal->symbol = symbol;
            signal->timestampMs = epochMs;
            signal->score = score;
            signal->ready = true;
            s->confluenceSignals.push_back(signal);
        }
        return s;
    }
    void setTransitions(std::vector<ConnectionTransition> transitions)
    {
        ConnectionStatus s;
        s.connId = QStringLiteral("conn_0");
        s.transitions = std::move(transitions);
        board.update({s});
    }
};

} // namespace

TEST_F(RecorderFixture, WritesJournalEntriesStateChangesWarningsAndOneScorePerSymbolAndMinute)
{
    HistoryRecorderSettings settings;
    settings.warningIntervalMs = 60'000;
    settings.signalIntervalMs = 5'000;
    HistoryRecorder recorder(*store, journal, board, &warnings, clock, settings);

    journal.record(TimeoutKind::PongTimeout, QStringLiteral("conn_0"), {}, {}, 10'000, QStringLiteral("no pong"));
    journal.record(TimeoutKind::BookResync, QStringLiteral("conn_0"), QStringLiteral("orderbook.50.BTCUSDT"),
                   QStringLiteral("BTCUSDT"), 0, QStringLiteral("gap"));
    setTransitions({{kT0 - 2000, ConnectionState::Idle, ConnectionState::Connecting, QStringLiteral("start")},
                    {kT0 - 1000, ConnectionState::Connecting, ConnectionState::Live, QStringLiteral("subscribed")}});
    const std::vector<log::Field> fields{log::Field{"SYMBOL", QStringLiteral("BTCUSDT")}};
    warnings.record("TRADES_INSUFFICIENT", log::Level::Warning, fields,
                    QStringLiteral("Insufficient trade history: 100 < 1000"));
    recorder.onSnapshot(snapshotWith(kT0 + 1000, {{"BTCUSDT", 61.5}, {"ETHUSDT", 40}}));
    recorder.collect();
    EXPECT_EQ(recorder.timeoutsQueued(), 2u);
    EXPECT_EQ(recorder.statesQueued(), 2u);
    EXPECT_EQ(recorder.warningsQueued(), 1u);
    EXPECT_EQ(recorder.signalsQueued(), 2u);

    // Nothing new: nothing queued again. Scores change within the minute: rewritten at most every 5 s.
    clock.advanceMs(1000);
    recorder.onSnapshot(snapshotWith(kT0 + 2000, {{"BTCUSDT", 62}, {"ETHUSDT", 40}}));
    recorder.collect();
    EXPECT_EQ(recorder.timeoutsQueued(), 2u);
    EXPECT_EQ(recorder.statesQueued(), 2u);
    EXPECT_EQ(recorder.warningsQueued(), 1u);
    EXPECT_EQ(recorder.signalsQueued(), 2u);
    clock.advanceMs(5000);
    recorder.collect();
    EXPECT_EQ(recorder.signalsQueued(), 3u); // BTCUSDT's 62

    // A new minute: the old minute's last value (63) is written before the new one.
    recorder.onSnapshot(snapshotWith(kT0 + 8000, {{"BTCUSDT", 63}}));
    recorder.collect(); // within 5 s of the last write: held back
    recorder.onSnapshot(snapshotWith(kT0 + Minute + 100, {{"BTCUSDT", 70}}));
    recorder.collect();
    setTransitions({{kT0 - 1000, ConnectionState::Connecting, ConnectionState::Live, QStringLiteral("subscribed")},
                    {kT0 + 30'000, ConnectionState::Live, ConnectionState::Backoff, QStringLiteral("lost")}});
    journal.record(TimeoutKind::StaleStream, QStringLiteral("conn_1"), {}, QStringLiteral("ETHUSDT"), 0,
                   QStringLiteral("stale"));
    recorder.stop(); // the final collection, with warnings and the current minute forced
    ASSERT_TRUE(store->flush());

    HistoryQuery all;
    EXPECT_EQ(store->timeouts(all).size(), 3u);
    const auto states = store->stateChanges(all);
    ASSERT_EQ(states.size(), 3u);
    EXPECT_EQ(states.back().to, QStringLiteral("backoff"));
    EXPECT_EQ(states.back().reason, QStringLiteral("lost"));
    const auto stored = store->warnings(all);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().code, QByteArray("TRADES_INSUFFICIENT"));
    EXPECT_EQ(stored.front().count, 1);

    HistoryQuery btc;
    btc.symbol = QStringLiteral("BTCUSDT");
    const auto points = store->signalHistory(btc);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].minuteMs, kT0);
    EXPECT_DOUBLE_EQ(points[0].score, 63); // the minute's last value
    EXPECT_EQ(points[1].minuteMs, kT0 + Minute);
    EXPECT_DOUBLE_EQ(points[1].score, 70);
}

TEST_F(RecorderFixture, AReconnectWithinOneMillisecondIsWrittenWholeWhenACollectionFallsInsideIt)
{
    HistoryRecorder recorder(*store, journal, board, nullptr, clock, HistoryRecorderSettings{});
    const ConnectionTransition lost{kT0, ConnectionState::Live, ConnectionState::Backoff, QStringLiteral("no pong")};
    const ConnectionTransition retry{kT0 + 99, ConnectionState::Backoff, ConnectionState::Connecting,
                                     QStringLiteral("retry 1")};
    const ConnectionTransition connected{kT0 + 99, ConnectionState::Connecting, ConnectionState::Subscribing,
                                         QStringLiteral("connected")};
    const ConnectionTransition live{kT0 + 99, ConnectionState::Subscribing, ConnectionState::Live,
                                    QStringLiteral("subscribed")};
    // The collection runs after the first transition of the millisecond, before the other two.
    setTransitions({lost, retry});
    recorder.collect();
    EXPECT_EQ(recorder.statesQueued(), 2u);
    setTransitions({lost, retry, connected, live});
    recorder.collect();
    EXPECT_EQ(recorder.statesQueued(), 4u);
    recorder.collect(); // nothing new
    EXPECT_EQ(recorder.statesQueued(), 4u);
    // The bounded list drops its oldest: what was written stays written once.
    setTransitions({connected, live});
    recorder.collect();
    EXPECT_EQ(recorder.statesQueued(), 4u);
    recorder.stop();
    ASSERT_TRUE(store->flush());
    const auto states = store->stateChanges({});
    ASSERT_EQ(states.size(), 4u);
    EXPECT_EQ(states.back().to, QStringLiteral("live"));
}

TEST_F(RecorderFixture, TimeoutQueriesReachPastTheRingIntoTheStore)
{
    HistoryRecorder recorder(*store, journal, board, nullptr, clock);
    // 20 entries, one a minute, through a ring of 8; the recorder persists them as they come.
    for (int i = 0; i < 20; ++i) {
        journal.record(i % 2 ? TimeoutKind::PongTimeout : TimeoutKind::HandlerSlow,
                       QStringLiteral("conn_%1").arg(i % 3), {}, {}, i, QStringLiteral("entry %1").arg(i));
        recorder.collect();
        clock.advanceMs(Minute);
    }
    ASSERT_TRUE(store->flush());
    ASSERT_EQ(journal.query({}).size(), 8u);

    TimeoutQuery everything;
    TimeoutHistoryResult r = queryTimeoutHistory(journal, store.get(), everything);
    EXPECT_TRUE(r.fromStore);
    ASSERT_EQ(r.entries.size(), 20u);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(r.entries[size_t(i)].durationMs, i);        // oldest first, no gap, no duplicate
        EXPECT_EQ(r.entries[size_t(i)].id == 0, i < 12) << i; // store rows carry no journal id
    }

    TimeoutQuery filtered;
    filtered.sinceMs = kT0 + 5 * Minute;
    filtered.untilMs = kT0 + 15 * Minute;
    filtered.kind = TimeoutKind::PongTimeout;
    filtered.connId = QStringLiteral("conn_1");
    r = queryTimeoutHistory(journal, store.get(), filtered);
    std::vector<qint64> got;
    for (const auto &e : r.entries)
        got.push_back(e.durationMs);
    EXPECT_EQ(got, (std::vector<qint64>{7, 13})); // odd i with i % 3 == 1, 5 <= i < 15

    TimeoutQuery newest;
    newest.limit = 3;
    r = queryTimeoutHistory(journal, store.get(), newest);
    ASSERT_EQ(r.entries.size(), 3u);
    EXPECT_EQ(r.entries.front().durationMs, 17);

    // Recent ranges come from the ring alone; without a store, older ranges say so.
    TimeoutQuery recent;
    recent.sinceMs = kT0 + 15 * Minute;
    r = queryTimeoutHistory(journal, store.get(), recent);
    EXPECT_FALSE(r.fromStore);
    EXPECT_EQ(r.entries.size(), 5u);
    r = queryTimeoutHistory(journal, nullptr, everything);
    EXPECT_TRUE(r.storeMissing);
    EXPECT_EQ(r.entries.size(), 8u);
}
