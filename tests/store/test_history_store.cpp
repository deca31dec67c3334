#include "TestSupport.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <csignal>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::store;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 86'400'000;

TimeoutEntry timeout(qint64 ts, TimeoutKind kind, const QString &conn, const QString &symbol, qint64 durationMs = 0)
{
    TimeoutEntry e;
    e.ts = ts;
    e.kind = kind;
    e.connId = conn;
    e.symbol = symbol;
    e.topic = QStringLiteral("orderbook.50.%1").arg(symbol);
    e.durationMs = durationMs;
    e.detail = QStringLiteral("detail, with \"quotes\" and ' apostrophes");
    return e;
}

// Reads the database with its own connection, as an operator's sqlite3 would.
struct DirectReader
{
    explicit DirectReader(const QString &path)
        : name(QStringLiteral("reader-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~DirectReader()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name;
    QSqlDatabase db;
};

class HistoryStoreTest : public ::testing::Test
{
protected:
    HistoryStoreOptions options()
    {
        HistoryStoreOptions o;
        o.path = dir.filePath(QStringLiteral("state/history.db"));
        o.retentionDays = 14;
        o.flushIntervalMs = 60'000; // tests flush explicitly
        return o;
    }

    QTemporaryDir dir;
    ManualClock clock{1'764'290'000'000};
};

} // namespace

TEST_F(HistoryStoreTest, OpensInWalModeWithTheCurrentSchema)
{
    HistoryStore store(clock, options());
    QString error;
    ASSERT_TRUE(store.open(&error)) << error.toStdString();
    EXPECT_TRUE(store.isAvailable());
    DirectReader reader(options().path);
    EXPECT_EQ(reader.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(reader.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), HistoryStore::SchemaVersion);
}

TEST_F(HistoryStoreTest, TheFoldersItCreatesAre0700AndTheDatabase0600)
{
    // Before: 0755 folders and a 0644 database, whatever the umask allowed.
    HistoryStoreOptions o = options();
    o.path = dir.filePath(QStringLiteral("a/b/history.db"));
    const mode_t oldMask = ::umask(0022);
    {
        HistoryStore store(clock, o);
        ASSERT_TRUE(store.open());
        store.recordTimeout(timeout(clock.epochMs(), TimeoutKind::PongTimeout, QStringLiteral("conn_1"), QString()));
        store.flush();
    }
    ::umask(oldMask);
    const auto mode = [](const QString &path) {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 07777u;
    };
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("a"))), 0700u);
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("a/b"))), 0700u);
    EXPECT_EQ(mode(o.path), 0600u);
    if (QFile::exists(o.path + QStringLiteral("-wal"))) {
        EXPECT_EQ(mode(o.path + QStringLiteral("-wal")), 0600u);
    }
}

TEST_F(HistoryStoreTest, TimeoutsRoundTripWithRangeKindConnectionAndSymbolFilters)
{
    HistoryStore store(clock, options());
    ASSERT_TRUE(store.open());
    const qint64 t0 = clock.epochMs();
    store.recordTimeout(
        timeout(t0, TimeoutKind::PongTimeout, QStringLiteral("conn_1"), QStringLiteral("BTCUSDT"), 10000));
    store.recordTimeout(
        timeout(t0 + 1000, TimeoutKind::HandlerSlow, QStringLiteral("conn_2"), QStringLiteral("ETHUSDT")));
    store.recordTimeout(
        timeout(t0 + 2000, TimeoutKind::PongTimeout, QStringLiteral("conn_2"), QStringLiteral("BTCUSDT")));
    store.recordTimeout(
        timeout(t0 + 3000, TimeoutKind::BookResync, QStringLiteral("conn_1"), QStringLiteral("SOLUSDT")));
    EXPECT_EQ(store.pendingRows(), 4);
    ASSERT_TRUE(store.flush());
    EXPECT_EQ(store.pendingRows(), 0);
    EXPECT_EQ(store.committedRows(), 4u);

    const auto all = store.timeouts({});
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].kind, TimeoutKind::PongTimeout);
    EXPECT_EQ(all[0].durationMs, 10000);
    EXPECT_EQ(all[0].detail, QStringLiteral("detail, with \"quotes\" and ' apostrophes"));
    EXPECT_EQ(all[0].topic, QStringLiteral("orderbook.50.BTCUSDT"));
    EXPECT_EQ(all[3].ts, t0 + 3000);

    HistoryQuery q;
    q.sinceMs = t0 + 1000;
    q.untilMs = t0 + 3000;
    EXPECT_EQ(store.timeouts(q).size(), 2u);
    q = {};
    q.kind = QStringLiteral("PONG_TIMEOUT");
    EXPECT_EQ(store.timeouts(q).size(), 2u);
    q.connId = QStringLiteral("conn_2");
    ASSERT_EQ(store.timeouts(q).size(), 1u);
    EXPECT_EQ(store.timeouts(q)[0].ts, t0 + 2000);
    q = {};
    q.symbol = QStringLiteral("BTCUSDT");
    EXPECT_EQ(store.timeouts(q).size(), 2u);
    q = {};
    q.limit = 2; // the newest two, oldest first
    const auto newest = store.timeouts(q);
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(newest[0].ts, t0 + 2000);
    EXPECT_EQ(newest[1].ts, t0 + 3000);
}

TEST_F(HistoryStoreTest, WarningAggregatesSignalsAndStateChanges)
{
    HistoryStore store(clock, options());
    ASSERT_TRUE(store.open());
    const qint64 t0 = clock.epochMs();
    WarningAggregate a;
    a.code = "TRADES_INSUFFICIENT";
    a.severity = log::Level::Warning;
    a.templateText = QStringLiteral("Insufficient trade history: <*> < <*>");
    a.keyFields = {log::Field{"SYMBOL", QStringLiteral("BTCUSDT")}};
    a.count = 312;
    a.firstSeenMs = t0 - 600'000;
    a.lastSeenMs = t0;
    WarningAggregate b = a;
    b.code = "PONG_TIMEOUT";
    b.keyFields = {log::Field{"CONN_ID", QStringLiteral("conn_6")}};
    b.count = 3;
    store.recordWarnings({a, b}, t0);

    // Two scores in one minute keep the last; the next minute is a new point.
    store.recordSignal(QStringLiteral("BTCUSDT"), t0 - t0 % Minute + 5'000, 61.5);
    store.recordSignal(QStringLiteral("BTCUSDT"), t0 - t0 % Minute + 55'000, 72.25);
    store.recordSignal(QStringLiteral("BTCUSDT"), t0 - t0 % Minute + Minute + 1'000, 70);
    store.recordSignal(QStringLiteral("ETHUSDT"), t0, 40);

    store.recordStateChange(QStringLiteral("conn_1"), ConnectionState::Connecting, ConnectionState::Live,
                            QStringLiteral("subscribed"), t0);
    store.recordStateChange(QStringLiteral("conn_2"), ConnectionState::Live, ConnectionState::Stale,
                            QStringLiteral("no data for 30 s"), t0 + 10);
    ASSERT_TRUE(store.flush());

    HistoryQuery q;
    const auto warnings = store.warnings(q);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].code, "TRADES_INSUFFICIENT");
    EXPECT_EQ(warnings[0].count, 312);
    EXPECT_EQ(warnings[0].severity, QStringLiteral("warning"));
    EXPECT_EQ(warnings[0].key, QStringLiteral("SYMBOL=BTCUSDT"));
    EXPECT_EQ(warnings[0].templateText, a.templateText);
    q.symbol = QStringLiteral("BTCUSDT");
    EXPECT_EQ(store.warnings(q).size(), 1u);
    q = {};
    q.connId = QStringLiteral("conn_6");
    ASSERT_EQ(store.warnings(q).size(), 1u);
    EXPECT_EQ(store.warnings(q)[0].code, "PONG_TIMEOUT");

    q = {};
    q.symbol = QStringLiteral("BTCUSDT");
    const auto signalsBtc = store.signalHistory(q);
    ASSERT_EQ(signalsBtc.size(), 2u);
    EXPECT_EQ(signalsBtc[0].minuteMs % Minute, 0);
    EXPECT_DOUBLE_EQ(signalsBtc[0].score, 72.25);
    EXPECT_DOUBLE_EQ(signalsBtc[1].score, 70);
    EXPECT_EQ(store.signalHistory({}).size(), 3u);

    q = {};
    q.connId = QStringLiteral("conn_2");
    const auto states = store.stateChanges(q);
    ASSERT_EQ(states.size(), 1u);
    EXPECT_EQ(states[0].from, QStringLiteral("live"));
    EXPECT_EQ(states[0].to, QStringLiteral("stale"));
    EXPECT_EQ(states[0].reason, QStringLiteral("no data for 30 s"));
}

TEST_F(HistoryStoreTest, RetentionDeletesRowsOlderThanTheConfiguredDays)
{
    HistoryStore store(clock, options());
    ASSERT_TRUE(store.open());
    const qint64 now = clock.epochMs();
    store.recordTimeout(timeout(now - 20 * Day, TimeoutKind::RestTimeout, QStringLiteral("rest"), QString()));
    store.recordTimeout(timeout(now - 13 * Day, TimeoutKind::RestTimeout, QStringLiteral("rest"), QString()));
    store.recordSignal(QStringLiteral("BTCUSDT"), now - 15 * Day, 50);
    store.recordSignal(QStringLiteral("BTCUSDT"), now, 50);
    store.recordStateChange(QStringLiteral("conn_1"), ConnectionState::Idle, ConnectionState::Connecting, QString(),
                            now - 30 * Day);
    ASSERT_TRUE(store.flush());
    EXPECT_EQ(store.applyRetention(), 3);
    EXPECT_EQ(store.timeouts({}).size(), 1u);
    EXPECT_EQ(store.signalHistory({}).size(), 1u);
    EXPECT_TRUE(store.stateChanges({}).empty());
    // The clock moves on: the 13-day-old row passes the limit.
    clock.advanceMs(2 * Day);
    EXPECT_EQ(store.applyRetention(), 1);
    EXPECT_TRUE(store.timeouts({}).empty());
}

TEST_F(HistoryStoreTest, ReopeningKeepsDataAndANewerSchemaIsRefused)
{
    {
        HistoryStore store(clock, options());
        ASSERT_TRUE(store.open());
        store.recordTimeout(timeout(clock.epochMs(), TimeoutKind::StaleStream, QStringLiteral("conn_3"), QString()));
        // No explicit flush: the destructor commits what is queued.
    }
    {
        HistoryStore store(clock, options());
        ASSERT_TRUE(store.open());
        EXPECT_EQ(store.timeouts({}).size(), 1u);
    }
    {
        DirectReader reader(options().path);
        QSqlQuery(reader.db).exec(QStringLiteral("UPDATE schema_version SET version = 99"));
    }
    HistoryStore store(clock, options());
    QString error;
    EXPECT_FALSE(store.open(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
}

TEST_F(HistoryStoreTest, ACorruptDatabaseLeavesTheProgramRunningWithoutHistory)
{
    QDir().mkpath(dir.filePath(QStringLiteral("state")));
    QFile garbage(options().path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, '\x5a'));
    garbage.close();

    HistoryStore store(clock, options());
    QString error;
    EXPECT_FALSE(store.open(&error));
    EXPECT_FALSE(store.isAvailable());
    EXPECT_TRUE(error.contains(options().path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not a database"))) << error.toStdString();
    EXPECT_EQ(store.lastError(), error);
    store.recordTimeout(timeout(clock.epochMs(), TimeoutKind::PongTimeout, QStringLiteral("conn_1"), QString()));
    EXPECT_EQ(store.droppedRows(), 1u);
    EXPECT_FALSE(store.flush());
    EXPECT_TRUE(store.timeouts({}).empty());
}

TEST_F(HistoryStoreTest, AnUnwritableLocationIsAClearError)
{
    HistoryStoreOptions o = options();
    o.path = QStringLiteral("/proc/virtuoso-no-such-dir/history.db"); // not creatable, even by root
    HistoryStore store(clock, o);
    QString error;
    EXPECT_FALSE(store.open(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot create directory"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("running without history"))) << error.toStdString();
}

TEST_F(HistoryStoreTest, TheFlushTimerCommitsWithoutBeingAsked)
{
    HistoryStoreOptions o = options();
    o.flushIntervalMs = 50;
    HistoryStore store(clock, o);
    ASSERT_TRUE(store.open());
    store.recordTimeout(timeout(clock.epochMs(), TimeoutKind::PongTimeout, QStringLiteral("conn_1"), QString()));
    // A real timer on the store thread: wait for it (bounded) rather than flushing.
    EXPECT_TRUE(test::waitFor([&] { return store.committedRows() == 1; }, 5000));
}

TEST(HistoryStoreKill, SigkillMidWriteKeepsTheDatabaseIntactAndCommittedRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    QProcess child;
    QElapsedTimer clock;
    std::vector<std::pair<qint64, quint64>> acks; // (ms since start, rows committed)
    QByteArray buffer;
    QObject::connect(&child, &QProcess::readyReadStandardOutput, [&] {
        buffer += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith("committed "))
                acks.emplace_back(clock.elapsed(), line.mid(10).toULongLong());
        }
    });
    clock.start();
    child.start(QStringLiteral(STORE_WRITER_HELPER), {path});
    ASSERT_TRUE(child.waitForStarted(10'000));
    // Let it write for a while, with commits acknowledged well before the kill.
    ASSERT_TRUE(test::waitFor([&] { return clock.elapsed() >= 2'500 && !acks.empty(); }, 20'000))
        << child.readAllStandardError().toStdString();
    const qint64 killedAt = clock.elapsed();
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10'000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    quint64 ackedSecondBefore = 0;
    for (const auto &[at, rows] : acks)
        if (at <= killedAt - 1'000)
            ackedSecondBefore = std::max(ackedSecondBefore, rows);
    const quint64 lastAck = acks.back().second;
    ASSERT_GT(ackedSecondBefore, 0u);

    DirectReader reader(path);
    EXPECT_EQ(reader.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const quint64 rows = reader.scalar(QStringLiteral("SELECT count(*) FROM timeouts")).toULongLong();
    EXPECT_GE(rows, ackedSecondBefore);
    // Stronger: every commit the child acknowledged at all survived.
    EXPECT_GE(rows, lastAck);
    std::printf("rows on disk %llu, last acknowledged %llu, acknowledged >= 1 s before the kill %llu\n",
                static_cast<unsigned long long>(rows), static_cast<unsigned long long>(lastAck),
                static_cast<unsigned long long>(ackedSecondBefore));
}

TEST_F(HistoryStoreTest, PersistsTheTimeoutJournalIncrementally)
{
    HistoryStore store(clock, options());
    ASSERT_TRUE(store.open());
    TimeoutJournal journal(clock, 16);
    journal.record(TimeoutKind::PongTimeout, QStringLiteral("conn_1"), QString(), QString(), 10000,
                   QStringLiteral("no pong"));
    journal.record(TimeoutKind::StaleStream, QStringLiteral("conn_2"), QStringLiteral("tickers.BTCUSDT"),
                   QStringLiteral("BTCUSDT"), 30000, QStringLiteral("no data"));
    quint64 last = store.recordTimeoutsAfter(journal, 0);
    EXPECT_EQ(last, journal.lastId());
    EXPECT_EQ(store.recordTimeoutsAfter(journal, last), last); // nothing new: nothing queued twice
    journal.record(TimeoutKind::RestTimeout, QStringLiteral("rest"), QString(), QString(), 5000, QString());
    last = store.recordTimeoutsAfter(journal, last);
    ASSERT_TRUE(store.flush());
    const auto rows = store.timeouts({});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].kind, TimeoutKind::StaleStream);
    EXPECT_EQ(rows[1].symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(rows[2].kind, TimeoutKind::RestTimeout);
}

TEST(HistoryStoreOptions, ComeFromTheStoreSection)
{
    Config::LoadOptions load;
    load.searchDefaultLocations = false;
    load.overrides = {QStringLiteral("store.path=/tmp/x/history.db"), QStringLiteral("store.retention_days=30"),
                      QStringLiteral("store.flush_interval_ms=250")};
    const auto loaded = Config::load(load);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    const HistoryStoreOptions o = HistoryStoreOptions::fromConfig(loaded.config);
    EXPECT_EQ(o.path, QStringLiteral("/tmp/x/history.db"));
    EXPECT_EQ(o.retentionDays, 30);
    EXPECT_EQ(o.flushIntervalMs, 250);
    EXPECT_FALSE(HistoryStoreOptions::fromConfig(Config()).path.isEmpty());
}

// The default location: systemd's $STATE_DIRECTORY, else an absolute $XDG_STATE_HOME, else
// ~/.local/state. The variables are put back as they were, whatever the outcome.
TEST(HistoryStoreOptions, TheDefaultPathFollowsStateDirectoryThenXdgStateHome)
{
    struct Restore
    {
        QByteArray state = qgetenv("STATE_DIRECTORY"), xdg = qgetenv("XDG_STATE_HOME");
        bool hadState = qEnvironmentVariableIsSet("STATE_DIRECTORY"),
             hadXdg = qEnvironmentVariableIsSet("XDG_STATE_HOME");
        ~Restore()
        {
            hadState ? qputenv("STATE_DIRECTORY", state) : qunsetenv("STATE_DIRECTORY");
            hadXdg ? qputenv("XDG_STATE_HOME", xdg) : qunsetenv("XDG_STATE_HOME");
        }
    } restore;
    qputenv("STATE_DIRECTORY", "/var/lib/virtuoso:/var/lib/other");
    qputenv("XDG_STATE_HOME", "/tmp/xdg-state");
    EXPECT_EQ(HistoryStore::defaultHistoryPath(), QStringLiteral("/var/lib/virtuoso/history.db"));
    qunsetenv("STATE_DIRECTORY");
    EXPECT_EQ(HistoryStore::defaultHistoryPath(), QStringLiteral("/tmp/xdg-state/virtuoso/history.db"));
    qputenv("XDG_STATE_HOME", "relative/state"); // invalid by the XDG rule: ignored
    EXPECT_EQ(HistoryStore::defaultHistoryPath(),
              QDir::homePath() + QStringLiteral("/.local/state/virtuoso/history.db"));
    qunsetenv("XDG_STATE_HOME");
    EXPECT_EQ(HistoryStore::defaultHistoryPath(),
              QDir::homePath() + QStringLiteral("/.local/state/virtuoso/history.db"));
}
