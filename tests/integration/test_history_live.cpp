// The history end to end: a core on the embedded simulator, a pong fault, and what lands in the
// SQLite store — timeout entries, connection state changes, warning aggregates, signal scores.
#include "SimulatorFixture.h"

#include "logging/Log.h"
#include "logging/LogSinks.h"
#include "store/HistoryStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

class HistoryLive : public test::SimulatorFixture
{
protected:
    qint64 rows(const QString &path, const QString &sql) { return value(path, sql).toLongLong(); }
    QVariant value(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("history-live-reader");
        QVariant n;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
};

} // namespace

TEST_F(HistoryLive, TheRunningCoreRecordsTimeoutsStatesWarningsAndSignals)
{
    // The production chain, so warnings pass through the process aggregator.
    log::configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.db"));
    startCore({QStringLiteral("store.path=%1").arg(path), QStringLiteral("store.flush_interval_ms=100")});
    ASSERT_TRUE(runtime);
    ASSERT_NE(runtime->history(), nullptr);
    CoreSnapshotPtr latest;
    QObject::connect(runtime.get(), &CoreRuntime::snapshotPublished, runtime.get(),
                     [&](const CoreSnapshotPtr &s) { latest = s; });
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 10000));

    // No pong for a while: PONG_TIMEOUT entries and live → backoff → ... → live transitions.
    fault({{"kind", "no_pong"}, {"conn", "all"}, {"seconds", 6}});
    VLOG(Warning, "test", "HISTORY_LIVE_WARNING").symbol(QStringLiteral("BTCUSDT")) << "a warning to aggregate";
    const auto signalled = [&] {
        if (!latest)
            return false;
        int ready = 0;
        for (const auto &s : latest->confluenceSignals)
            ready += s && s->ready;
        return ready == symbols().size();
    };
    ASSERT_TRUE(waitFor([&] { return journalCount(health::TimeoutKind::PongTimeout) > 0 && signalled(); }, 15000))
        << "pong timeouts " << journalCount(health::TimeoutKind::PongTimeout);
    ASSERT_TRUE(waitFor([&] { return reconnects() >= 1 && allLive(); }, 10000));

    // While running: recorded off the hot path and committed within a few flush intervals.
    const store::HistoryStore *history = runtime->history();
    ASSERT_TRUE(waitFor(
        [&] {
            store::HistoryQuery q;
            q.kind = QStringLiteral("PONG_TIMEOUT");
            return !history->timeouts(q).empty() && !history->stateChanges({}).empty() &&
                   !history->signalHistory({}).empty();
        },
        5000));

    // The merged query: the older part from the store, the newer from the ring.
    health::TimeoutQuery all;
    const store::TimeoutHistoryResult merged = runtime->timeoutHistory(all);
    EXPECT_GE(merged.entries.size(), 1u);

    const qint64 journalEntries = static_cast<qint64>(runtime->timeoutJournal().lastId());
    runtime->stop(); // the last collection and commit
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(*) FROM timeouts")), journalEntries);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM timeouts WHERE kind = 'PONG_TIMEOUT'")), 1);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM connection_states WHERE to_state = 'backoff'")), 1);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM connection_states WHERE to_state = 'live'")), 2);
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE code = 'HISTORY_LIVE_WARNING'")), 1);
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(DISTINCT symbol) FROM signal_history")), symbols().size());
    EXPECT_EQ(value(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
