// The history end to end: a core on the embedded simulator, a pong fault, and what lands in the
// SQLite store — timeout entries, connection state changes, warning aggregates, signal scores.
#include "SimulatorFixture.h"

#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"
#include "store/HistoryStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
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
    ASSERT_TRUE(waitFor([&] { return journalCount(health::TimeoutKind::PongTimeout) > 0 && signalled(); }, 30000))
        << "pong timeouts " << journalCount(health::TimeoutKind::PongTimeout);
    ASSERT_TRUE(waitFor([&] { return reconnects() >= 1 && allLive(); }, 20000));

    // While running: recorded off the hot path and committed within a few flush intervals.
    const store::HistoryStore *history = runtime->history();
    ASSERT_TRUE(waitFor(
        [&] {
            store::HistoryQuery q;
            q.kind = QStringLiteral("PONG_TIMEOUT");
            return !history->timeouts(q).empty() && !history->stateChanges({}).empty() &&
                   !history->signalHistory({}).empty();
        },
        15000));

    // The merged query: the older part from the store, the newer from the ring.
    health::TimeoutQuery all;
    const store::TimeoutHistoryResult merged = runtime->timeoutHistory(all);
    EXPECT_GE(merged.entries.size(), 1u);

    // The same run, counted in the core's metrics registry (what /metrics serves); the connection
    // series are refreshed once a second.
    QString metrics;
    const auto has = [&](const QString &series) { return metrics.contains(series); };
    ASSERT_TRUE(waitFor(
        [&] {
            metrics = QString::fromUtf8(runtime->metrics().renderPrometheus());
            // At least the reconnect the fault caused (a loaded machine may add one more).
            static const QRegularExpression reconnected(
                QStringLiteral("virtuoso_reconnects_total\\{conn=\"conn_0\"\\} [1-9]"));
            return metrics.contains(reconnected);
        },
        10000))
        << metrics.toStdString();
    EXPECT_TRUE(has(QStringLiteral("virtuoso_timeouts_total{kind=\"PONG_TIMEOUT\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_timeouts_total{kind=\"CONNECT_TIMEOUT\"} 0")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_warnings_total{code=\"HISTORY_LIVE_WARNING\"} 1")));
    EXPECT_TRUE(
        has(QStringLiteral("virtuoso_rest_requests_total{endpoint=\"/v5/market/instruments-info\",status=\"200\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_rest_latency_seconds_count{endpoint=\"/v5/market/instruments-info\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_ws_messages_total{conn=\"conn_0\",topic=\"orderbook.50.BTCUSDT\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_ws_bytes_total{conn=\"conn_0\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_handler_latency_seconds_count{conn=\"conn_0\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_handler_latency_percentile_seconds{conn=\"conn_0\",percentile=\"99\"} ")));
    EXPECT_TRUE(has(QStringLiteral("virtuoso_queue_depth{conn=\"conn_0\"} ")));
    EXPECT_TRUE(has(QStringLiteral("\nprocess_resident_memory_bytes ")));
    EXPECT_TRUE(has(QStringLiteral("\nprocess_cpu_seconds_total ")));
    EXPECT_TRUE(runtime->metrics().errors().isEmpty());
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (!promtool.isEmpty()) {
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        ASSERT_TRUE(check.waitForStarted(10'000));
        check.write(metrics.toUtf8());
        check.closeWriteChannel();
        ASSERT_TRUE(check.waitForFinished(30'000));
        const QByteArray out = check.readAllStandardOutput() + check.readAllStandardError();
        EXPECT_EQ(check.exitCode(), 0) << out.toStdString();
        EXPECT_TRUE(out.trimmed().isEmpty()) << out.toStdString();
    }

    runtime->stop(); // the last collection and commit
    // Read after the stop: an entry recorded while stopping is committed too.
    const qint64 journalEntries = static_cast<qint64>(runtime->timeoutJournal().lastId());
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(*) FROM timeouts")), journalEntries);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM timeouts WHERE kind = 'PONG_TIMEOUT'")), 1);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM connection_states WHERE to_state = 'backoff'")), 1);
    EXPECT_GE(rows(path, QStringLiteral("SELECT COUNT(*) FROM connection_states WHERE to_state = 'live'")), 2);
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE code = 'HISTORY_LIVE_WARNING'")), 1);
    EXPECT_EQ(rows(path, QStringLiteral("SELECT COUNT(DISTINCT symbol) FROM signal_history")), symbols().size());
    EXPECT_EQ(value(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
