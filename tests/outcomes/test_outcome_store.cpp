// The outcome store: outcomes, samples and scorecards survive a round trip; the schema is versioned.
#include "OutcomeTestData.h"

#include "store/OutcomeStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::outcomes;
using namespace virtuoso::outcomes::test;

namespace {

// Outcomes in every state from the tracker itself: closed by stop, open, pending, without a plan.
OutcomeTracker &filled(OutcomeTracker &t)
{
    warmUp(t, "AAAUSDT");
    warmUp(t, "BBBUSDT");
    t.onSignal(evaluation("AAAUSDT", kT0 + 20 * kMinute, 80));
    t.onSignal(evaluation("BBBUSDT", kT0 + 20 * kMinute, 20));
    t.feedCandle("AAAUSDT", bar(20, 100, 101, 99.5, 100.5));
    t.feedCandle("BBBUSDT", bar(20, 100, 100.5, 99, 99.5));
    t.feedCandle("AAAUSDT", bar(21, 100, 102, 96.5, 97));
    t.onSignal(evaluation("BBBUSDT", kT0 + 21 * kMinute, 50));
    t.onSignal(evaluation("BBBUSDT", kT0 + 21 * kMinute, 90)); // pending; the open short is to close
    return t;
}

std::string joined(const std::vector<Outcome> &outcomes)
{
    std::string out;
    for (const Outcome &o : outcomes)
        out += o.toJson() + "\n";
    return out;
}

} // namespace

TEST(OutcomeStore, OutcomesSamplesAndScorecardsRoundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/outcomes.sqlite"));
    OutcomeSettings s = oneMinutePlan();
    s.baselineRate = 1;
    OutcomeTracker t(s, OutcomeTracker::PriceSource::Candles);
    filled(t);
    const auto outcomes = t.outcomes();
    ASSERT_EQ(outcomes.size(), 3u);
    const auto samples = t.samples();
    ASSERT_FALSE(samples.empty());
    const Scorecard card = Scorecard::compute(outcomes, samples);
    {
        store::OutcomeStore db;
        ASSERT_TRUE(db.open(path)) << db.lastError().toStdString();
        EXPECT_EQ(db.schemaVersion(), store::OutcomeStore::SchemaVersion);
        ASSERT_TRUE(db.saveRun(QStringLiteral("live"), QStringLiteral("live"), kT0, "{}"));
        ASSERT_TRUE(db.saveOutcomes(QStringLiteral("live"), outcomes));
        ASSERT_TRUE(db.saveSamples(QStringLiteral("live"), samples));
        ASSERT_TRUE(db.saveScorecard(QStringLiteral("live"), card, kT0));
        // Changed outcomes are written again and replace the old rows.
        ASSERT_TRUE(db.saveOutcomes(QStringLiteral("live"), outcomes));
    }
    EXPECT_EQ(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    store::OutcomeStore db;
    ASSERT_TRUE(db.open(path, /*readOnly=*/true)) << db.lastError().toStdString();
    EXPECT_EQ(db.runs(), QStringList{QStringLiteral("live")});
    EXPECT_EQ(joined(db.loadOutcomes(QStringLiteral("live"))), joined(outcomes));
    std::string a, b;
    for (const auto &x : db.loadSamples(QStringLiteral("live")))
        a += x.toJson();
    for (const auto &x : samples)
        b += x.toJson();
    EXPECT_EQ(a, b);
    EXPECT_EQ(db.loadScorecard(QStringLiteral("live")), card.toJson());
    store::OutcomeQuery q;
    q.symbol = QStringLiteral("BBBUSDT");
    EXPECT_EQ(db.loadOutcomes(QStringLiteral("live"), q).size(), 2u);
    q.limit = 1;
    const auto newest = db.loadOutcomes(QStringLiteral("live"), q);
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest[0].id, "BBBUSDT-2");
    EXPECT_TRUE(db.loadOutcomes(QStringLiteral("other")).empty());
    EXPECT_FALSE(db.loadScorecard(QStringLiteral("other")).has_value());
}

TEST(OutcomeStore, DeletingARunRemovesAllOfIt)
{
    QTemporaryDir dir;
    store::OutcomeStore db;
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("o.sqlite"))));
    OutcomeTracker t(oneMinutePlan(), OutcomeTracker::PriceSource::Candles);
    filled(t);
    ASSERT_TRUE(db.saveRun(QStringLiteral("a"), QStringLiteral("backtest"), 1, "{}"));
    ASSERT_TRUE(db.saveRun(QStringLiteral("b"), QStringLiteral("backtest"), 2, "{}"));
    ASSERT_TRUE(db.saveOutcomes(QStringLiteral("a"), t.outcomes()));
    ASSERT_TRUE(db.saveOutcomes(QStringLiteral("b"), t.outcomes()));
    ASSERT_TRUE(db.deleteRun(QStringLiteral("a")));
    EXPECT_EQ(db.runs(), QStringList{QStringLiteral("b")});
    EXPECT_TRUE(db.loadOutcomes(QStringLiteral("a")).empty());
    EXPECT_EQ(db.loadOutcomes(QStringLiteral("b")).size(), 3u);
}

TEST(OutcomeStore, AFileOfANewerProgramIsRefusedAndNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.sqlite"));
    {
        store::OutcomeStore db;
        ASSERT_TRUE(db.open(path));
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    store::OutcomeStore db;
    EXPECT_FALSE(db.open(path));
    EXPECT_TRUE(db.lastError().contains(QStringLiteral("99"))) << db.lastError().toStdString();
    EXPECT_FALSE(db.open(dir.filePath(QStringLiteral("absent.sqlite")), /*readOnly=*/true));
    EXPECT_TRUE(db.lastError().contains(QStringLiteral("no outcome store"))) << db.lastError().toStdString();
}
