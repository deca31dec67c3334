// `virtuosod audit` as an operator runs it: a table or CSV of the audit log, filters, the default
// file beside the history store, and errors for a missing or damaged log.
#include "TestSupport.h"

#include "ExitCode.h"
#include "base/Clock.h"
#include "store/AuditLog.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::store;
using namespace virtuoso::test;

namespace {

constexpr qint64 T0 = 1'764'290'000'000; // 2025-11-28T00:33:20Z

ProcessResult runAudit(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIRTUOSOD_BINARY), QStringList{QStringLiteral("audit")} + arguments);
    ProcessResult r;
    if (!p.waitForStarted(5000))
        return r;
    r.finished = p.waitForFinished(20000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class AuditCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        env = headlessEnvironment(home);
        env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
        ManualClock clock(T0);
        AuditLog log(clock);
        ASSERT_TRUE(log.open(dbPath())) << log.lastError().toStdString();
        log.setVenue(QStringLiteral("testnet"));
        trading::OrderIntent a;
        a.orderLinkId = "ord-a";
        a.symbol = "BTCUSDT";
        ASSERT_TRUE(log.recordIntent(a, "27450.50", "0.010"));
        clock.advanceMs(1000);
        ASSERT_TRUE(log.recordAck("BTCUSDT", "ord-a", "oid-1", 0, "OK"));
        clock.advanceMs(1000);
        trading::OrderIntent b = a;
        b.orderLinkId = "ord-b";
        b.symbol = "ETHUSDT";
        b.side = trading::Side::Sell;
        ASSERT_TRUE(log.recordIntent(b, "3010.25", "0.50"));
        clock.advanceMs(1000);
        ASSERT_TRUE(log.recordReject("ETHUSDT", "ord-b", 10001, "qty, \"too\" small\nsee docs"));
    }
    // Where the history store's database lies by default, under $STATE_DIRECTORY.
    QString dbPath() const { return home.filePath(QStringLiteral("state/trading-audit.sqlite")); }

    QTemporaryDir home;
    QProcessEnvironment env;
};

} // namespace

TEST_F(AuditCommandTest, PrintsATableOfTheDefaultLog)
{
    const auto r = runAudit({}, env);
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 5) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith("TIME (UTC)")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith("2025-11-28T00:33:20.000Z  intent")) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains("27450.50")) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains("orderId=oid-1")) << lines[2].toStdString();
    // A line break in a message stays on the row's line.
    EXPECT_TRUE(lines[4].contains("retCode=10001 retMsg=qty, \"too\" small see docs")) << lines[4].toStdString();
}

TEST_F(AuditCommandTest, FiltersAndCsv)
{
    auto r = runAudit(
        {QStringLiteral("--db"), dbPath(), QStringLiteral("--kind"), QStringLiteral("intent"), QStringLiteral("--csv")},
        env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    QList<QByteArray> lines = r.out.split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    EXPECT_TRUE(lines[0].startsWith("id,time,time_ms,kind,")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith("\r"));
    EXPECT_TRUE(lines[1].contains(",intent,testnet,BTCUSDT,ord-a,")) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(",intent,testnet,ETHUSDT,ord-b,,,Sell,3010.25,0.50,")) << lines[2].toStdString();

    r = runAudit(
        {QStringLiteral("--db"), dbPath(), QStringLiteral("--order"), QStringLiteral("ord-b"), QStringLiteral("--csv")},
        env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(",\"qty, \"\"too\"\" small\nsee docs\",")) << r.out.toStdString();
    EXPECT_EQ(r.out.count("\r\n"), 3); // header and two rows; the break inside the quotes is a bare \n

    r = runAudit({QStringLiteral("--db"), dbPath(), QStringLiteral("--symbol"), QStringLiteral("BTCUSDT"),
                  QStringLiteral("--since"), QStringLiteral("@%1").arg(T0 / 1000 + 1)},
                 env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed().split('\n').size(), 2) << r.out.toStdString(); // header and the ack
    EXPECT_TRUE(r.out.contains(" ack ")) << r.out.toStdString();

    r = runAudit(
        {QStringLiteral("--db"), dbPath(), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--csv")},
        env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out.count("\r\n"), 2);
    EXPECT_TRUE(r.out.contains(",reject,")) << r.out.toStdString();

    r = runAudit({QStringLiteral("--db"), dbPath(), QStringLiteral("--venue"), QStringLiteral("live")}, env);
    EXPECT_EQ(r.exitCode, ExitOk);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("no rows match")) << r.err.toStdString();
}

TEST_F(AuditCommandTest, UsageAndUnreadableLogs)
{
    auto r = runAudit({QStringLiteral("--kind"), QStringLiteral("fill")}, env);
    EXPECT_EQ(r.exitCode, ExitUsage);
    EXPECT_TRUE(r.err.contains("unknown kind 'fill'")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("execution")) << r.err.toStdString();
    r = runAudit({QStringLiteral("--since"), QStringLiteral("whenever")}, env);
    EXPECT_EQ(r.exitCode, ExitUsage);
    r = runAudit({QStringLiteral("--limit"), QStringLiteral("0")}, env);
    EXPECT_EQ(r.exitCode, ExitUsage);
    r = runAudit({QStringLiteral("--help")}, env);
    EXPECT_EQ(r.exitCode, ExitOk);
    EXPECT_TRUE(r.out.contains("--order LINKID")) << r.out.toStdString();

    const QString absent = home.filePath(QStringLiteral("absent.sqlite"));
    r = runAudit({QStringLiteral("--db"), absent}, env);
    EXPECT_EQ(r.exitCode, ExitStartupFailed);
    EXPECT_TRUE(r.err.contains("no audit log at")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(absent)); // reading never creates

    const QString garbage = writeFile(home, QStringLiteral("garbage.sqlite"), QByteArray("not sqlite\n").repeated(500));
    r = runAudit({QStringLiteral("--db"), garbage}, env);
    EXPECT_EQ(r.exitCode, ExitStartupFailed);
    EXPECT_TRUE(r.err.contains("damaged or not an SQLite database")) << r.err.toStdString();
}
