#include "logs/TemplateMiner.h"
#include "logs/TemplateTokens.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::logs;

TEST(TemplateMiner, ConnectionIdsLandInOnePattern)
{
    TemplateMiner miner;
    const auto a = miner.add(u"WebSocket message handler timeout for conn_6");
    const auto b = miner.add(u"WebSocket message handler timeout for conn_8");
    EXPECT_TRUE(a.newTemplate);
    EXPECT_FALSE(b.newTemplate);
    EXPECT_EQ(a.templateId, b.templateId);
    EXPECT_EQ(b.templateText, QStringLiteral("WebSocket message handler timeout for conn_<*>"));
    EXPECT_EQ(b.variables, QStringList{QStringLiteral("8")});
    EXPECT_EQ(miner.templateCount(), 1);
}

TEST(TemplateMiner, MasksNumbersHexUuidsIpsAndPaths)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"took 250ms to read 4096 bytes at 0x7ffd1234 from /var/lib/x.db"),
              QStringLiteral("took <*> to read <*> bytes at <*> from <*>"));
    EXPECT_EQ(miner.masked(u"peer 10.0.0.1:8080 session 123e4567-e89b-12d3-a456-426614174000 (id=42)"),
              QStringLiteral("peer <*> session <*> (id=<*>)"));
    EXPECT_EQ(miner.masked(u"hash deadbeefcafe1234, block blk_-42, worker-12"),
              QStringLiteral("hash <*>, block blk_<*>, worker-<*>"));
    // Words with digits glued to letters are names, not values.
    EXPECT_EQ(miner.masked(u"sha256 over v5 API"), QStringLiteral("sha256 over v5 API"));
}

TEST(TemplateMiner, SymbolsAreMaskedOnlyWhenAsked)
{
    TemplateMiner plain;
    EXPECT_EQ(plain.masked(u"book gap on BTCUSDT"), QStringLiteral("book gap on BTCUSDT"));
    TemplateMiner::Options o;
    o.masks.symbols = true;
    TemplateMiner withSymbols(o);
    EXPECT_EQ(withSymbols.masked(u"book gap on BTCUSDT and 1000PEPEUSDT"), QStringLiteral("book gap on <*> and <*>"));
    const auto a = withSymbols.add(u"Insufficient trade history for BTCUSDT");
    const auto b = withSymbols.add(u"Insufficient trade history for ETHUSDT");
    EXPECT_EQ(a.templateId, b.templateId);
    EXPECT_EQ(b.variables, QStringList{QStringLiteral("ETHUSDT")});
}

TEST(TemplateMiner, DifferingWordsBecomeWildcardsAboveTheSimilarityThreshold)
{
    TemplateMiner miner;
    miner.add(u"Connection closed by peer alpha");
    const auto m = miner.add(u"Connection closed by peer beta");
    EXPECT_EQ(m.templateText, QStringLiteral("Connection closed by peer <*>"));
    EXPECT_EQ(m.variables, QStringList{QStringLiteral("beta")});
    // Another second word routes elsewhere in the tree: a new template.
    const auto other = miner.add(u"Connection refused for user root");
    EXPECT_NE(other.templateId, m.templateId);
}

TEST(TemplateMiner, NamesEarlyInTheLineDoNotSplitTheirStatement)
{
    // A host or zone name joins words with punctuation; as the second token it would otherwise
    // become a branch of the search tree of its own, and no two names would ever meet.
    TemplateMiner miner;
    const auto a = miner.add(u"zone example.com/IN: loaded serial");
    const auto b = miner.add(u"zone shop.example.org/IN: loaded serial");
    const auto c = miner.add(u"zone corp.example.net/IN: loaded serial");
    EXPECT_EQ(a.templateId, b.templateId);
    EXPECT_EQ(b.templateId, c.templateId);
    EXPECT_EQ(c.templateText, QStringLiteral("zone <*>: loaded serial"));
    // Plain words there still tell statements apart.
    const auto d = miner.add(u"zone refresh failed: retry limit exceeded");
    EXPECT_NE(d.templateId, a.templateId);
}

TEST(TemplateMiner, ThresholdAndDepthAreConfigurable)
{
    TemplateMiner::Options strict;
    strict.similarity = 0.9;
    TemplateMiner miner(strict);
    const auto a = miner.add(u"disk sda is almost full");
    const auto b = miner.add(u"disk sdb is almost full");
    EXPECT_NE(a.templateId, b.templateId); // 4 of 5 tokens = 0.8 < 0.9

    TemplateMiner::Options deep;
    deep.depth = 6; // the first three tokens route
    TemplateMiner deepMiner(deep);
    const auto c = deepMiner.add(u"alpha beta gamma delta");
    const auto d = deepMiner.add(u"alpha beta other delta");
    EXPECT_NE(c.templateId, d.templateId);
    TemplateMiner shallow;
    EXPECT_EQ(shallow.add(u"alpha beta gamma delta").templateId, shallow.add(u"alpha beta other delta").templateId);
}

TEST(TemplateMiner, MatchDoesNotLearn)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.match(u"never seen").templateId, -1);
    miner.add(u"user logged in as alice");
    const auto m = miner.match(u"user logged in as bob");
    EXPECT_EQ(m.templateId, 0);
    EXPECT_EQ(miner.templateText(0), QStringLiteral("user logged in as alice"));
    EXPECT_EQ(miner.templates().front().count, 1);
}

TEST(TemplateMiner, ShortAndEmptyLinesAreGroupedToo)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.add(u"ready").templateId, miner.add(u"ready").templateId);
    EXPECT_EQ(miner.add(u"").templateId, miner.add(u"   ").templateId);
    EXPECT_EQ(miner.templateCount(), 2);
}

TEST(TemplateMiner, ExtraMasksRunBeforeTokenMasks)
{
    TemplateMiner::Options o;
    o.masks.extraMasks.emplace_back(QStringLiteral(R"(user=\S+)"));
    TemplateMiner miner(o);
    const auto m = miner.add(u"login failed user=alice from 10.1.2.3");
    EXPECT_EQ(m.templateText, QStringLiteral("login failed <*> from <*>"));
    EXPECT_EQ(m.variables, (QStringList{QStringLiteral("user=alice"), QStringLiteral("10.1.2.3")}));
}

TEST(TemplateMiner, ExtractVariablesRejectsLinesThatDoNotFit)
{
    EXPECT_FALSE(TemplateMiner::extractVariables(QStringLiteral("a <*> c"), u"x y z"));
    EXPECT_EQ(*TemplateMiner::extractVariables(QStringLiteral("a <*> c <*>"), u"a  1   c 2 3"),
              (QStringList{QStringLiteral("1"), QStringLiteral("2 3")}));
}

TEST(TemplateMiner, ManyDistinctFirstTokensStayBounded)
{
    TemplateMiner::Options o;
    o.maxChildren = 10;
    o.similarity = 0.5; // two of three words in common join
    TemplateMiner miner(o);
    for (int i = 0; i < 100; ++i)
        miner.add(QStringLiteral("word%1x is gone").arg(QChar(u'a' + i % 26)).repeated(1));
    // Past maxChildren new first tokens share the <*> branch, where similar lines merge.
    EXPECT_LT(miner.templateCount(), 26);
}

TEST(TemplateMiner, MaskedTokensCanCountAsVariablesInsteadOfWording)
{
    const QString a = QStringLiteral("Received disconnect from 10.0.0.1: 11: Bye Bye [preauth]");
    const QString b = QStringLiteral("Received disconnect from 10.0.0.2: 11: disconnected by user");
    TemplateMiner::Options o;
    o.similarity = 0.6;
    o.maskedTokensAreWords = true;
    o.adaptiveSimilarity = false;
    TemplateMiner drainLike(o);
    EXPECT_EQ(drainLike.add(a).templateId, drainLike.add(b).templateId); // "<*>:" twice counts as shared words
    o.maskedTokensAreWords = false;
    TemplateMiner strict(o);
    EXPECT_NE(strict.add(a).templateId, strict.add(b).templateId); // 3 of 7 real words agree
}

TEST(TemplateMiner, SyslogDatesInsideMessagesAreOneVariable)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"connection from 1.2.3.4 at Sun Jul 10 04:03:01 2005"),
              QStringLiteral("connection from <*> at <*>"));
    EXPECT_EQ(miner.masked(u"restarted Jul  9 23:59:58 by cron"), QStringLiteral("restarted <*> by cron"));
    TemplateMasks none = TemplateMasks::none();
    TemplateMiner::Options o;
    o.masks = none;
    EXPECT_EQ(TemplateMiner(o).masked(u"at Jul 10 04:03:01"), QStringLiteral("at Jul 10 04:03:01"));
}

TEST(TemplateMiner, AdaptiveSimilarityLetsMostlyVariableLinesJoinOnTheirWords)
{
    // Seven tokens, three of them masked: three equal words (3/7 = 0.43) reach 0.7 × 4/7 = 0.4,
    // far below the fixed threshold of 0.7. (Off by default:
    // consolidate() joins such templates without lowering the bar for every line.)
    TemplateMiner::Options o;
    o.depth = 4;
    o.similarity = 0.7;
    o.adaptiveSimilarity = true;
    TemplateMiner miner(o);
    const auto a = miner.add(u"session 11 opened for alpha uid=0 gid=5");
    const auto b = miner.add(u"session 12 opened for beta uid=7 gid=9");
    EXPECT_EQ(a.templateId, b.templateId);
    o.adaptiveSimilarity = false;
    TemplateMiner fixed(o);
    EXPECT_NE(fixed.add(u"session 11 opened for alpha uid=0 gid=5").templateId,
              fixed.add(u"session 12 opened for beta uid=7 gid=9").templateId);
}

TEST(TemplateMiner, TokenClassesThatHoldAcrossSystems)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"open C:\\Windows\\System32\\x.dll via https://example.com/a?b=1 at 2016-09-28T04:30:30Z"),
              QStringLiteral("open <*> via <*> at <*>"));
    EXPECT_EQ(miner.masked(u"proxy db1.corp.example.com:5070 peer [fe80::1]:443 mac 00:1a:2b:3c:4d:5e"),
              QStringLiteral("proxy <*> peer [<*> mac <*>"));
    EXPECT_EQ(miner.masked(u"lifetime 00:01, sent 1,024 bytes (3.5MiB) v6.1.7601"),
              QStringLiteral("lifetime <*>, sent <*> bytes (<*>) <*>"));
    EXPECT_EQ(miner.masked(u"rhost=host-1.example.net user=root size=12KB t=()"),
              QStringLiteral("rhost=<*> user=root size=<*> t=()"));
    EXPECT_EQ(miner.masked(u"connection from 10.0.0.1 () at x"), QStringLiteral("connection from <*> (<*>) at x"));
    EXPECT_EQ(miner.masked(u"chrome.exe - db.example.com:5070 close"), QStringLiteral("<*> - <*> close"));
    EXPECT_EQ(miner.masked(u"nginx.service: Failed"), QStringLiteral("<*>: Failed"));
    // Reverse-domain names (Java classes) and plain words are not hosts.
    EXPECT_EQ(miner.masked(u"org.apache.hadoop.Foo started"), QStringLiteral("org.apache.hadoop.Foo started"));
    // Durations in groups of a number and a unit, largest first; the unit order and the fraction's place matter.
    EXPECT_EQ(miner.masked(u"pass 4m6s age 55h52m4s took 1h2m3.5s, (2d3h)"),
              QStringLiteral("pass <*> age <*> took <*>, (<*>)"));
    EXPECT_EQ(miner.masked(u"keys 1m2h 5x5 m3s"), QStringLiteral("keys 1m2h 5x5 m3s"));
    // Internet mail's and HTTP's date is one value, like the syslog date.
    EXPECT_EQ(miner.masked(u"greylisted until \"Sun, 06 Dec 2026 14:02:11 GMT\" using key"),
              QStringLiteral("greylisted until \"<*>\" using key"));
    EXPECT_EQ(miner.masked(u"Date: Mon, 7 Dec 2026 09:00 +0100 from x"), QStringLiteral("Date: <*> from x"));
}

TEST(TemplateMiner, ConsolidateJoinsTemplatesThatDifferOnlyInVariables)
{
    TemplateMiner::Options o;
    o.similarity = 0.9;
    o.joinMixedSpans = false; // "<*> localhost" would be a name of its own (below)
    TemplateMiner miner(o);
    const int a = miner.addForId(u"connection from alpha at 04:03:01");
    const int b = miner.addForId(u"connection from 10.0.0.2 at 04:03:02");
    const int c = miner.addForId(u"connection from 10.0.0.2 localhost at 04:03:02");
    const int d = miner.addForId(u"connection refused by 10.0.0.2 at 04:03:02");
    EXPECT_NE(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.consolidate(), 1);
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.templateText(b), miner.templateText(a));
    // Another length does not join (a variable stands for one token), nor do different words.
    EXPECT_NE(miner.groupOf(c), miner.groupOf(a));
    EXPECT_NE(miner.groupOf(d), miner.groupOf(a));
    // Lines of a joined template keep counting under its group.
    EXPECT_EQ(miner.addForId(u"connection from alpha at 05:00:00"), miner.groupOf(a));
}

TEST(TemplateMiner, ConsolidateJoinsATemplateCoveredTokenByToken)
{
    TemplateMiner miner;
    std::vector<int> ids;
    for (const char16_t *who :
         {u"backup-rancid on vty0 (10.12.0.103)", u"admin on vty0 (10.1.5.34)", u"jdoe on vty1 (10.40.27.5)",
          u"jdoe on vty3 (10.12.6.238)", u"netops on vty1 (10.1.7.106)", u"jdoe on vty4 (10.1.18.30)",
          u"admin on vty1 (10.1.30.54)", u"jdoe on vty3 (10.1.1.3)", u"jdoe on vty0 (10.1.17.204)",
          u"backup-rancid on vty0 (10.1.22.220)", u"admin on vty2 (10.1.1.177)", u"admin on vty0 (10.1.25.244)",
          u"netops on vty1 (10.1.30.230)", u"admin on vty0 (10.1.17.186)", u"netops on vty2 (10.1.10.248)",
          u"netops on vty4 (10.40.12.138)"})
        ids.push_back(miner.addForId(
            QStringLiteral("%SYS-5-CONFIG_I: Configured from console by %1").arg(QString::fromUtf16(who))));
    // The order of the lines leaves several templates: "… by <*> on vty0 (<*>)", "… by <*> on <*>
    // (<*>)" and the last line alone, "… by netops on vty4 (<*>)", with words where the others
    // learned variables. The widest covers the rest position by position, though as a run of
    // variables its "<*> (<*>)" is one token shorter than "vty4 (<*>)".
    EXPECT_NE(miner.groupOf(ids.back()), miner.groupOf(ids.front()));
    EXPECT_GT(miner.consolidate(), 0);
    for (int id : ids)
        EXPECT_EQ(miner.groupOf(id), miner.groupOf(ids.front()));
    EXPECT_EQ(miner.templateText(ids.back()),
              QStringLiteral("%SYS-<*>-CONFIG_I: Configured from console by <*> on <*> (<*>)"));
}

TEST(TemplateMiner, ConsolidateJoinsAWordOfManySpellings)
{
    static const char16_t *const packages[] = {u"curl:amd64",    u"gpgv:amd64",    u"libcap2:amd64", u"libssl3:amd64",
                                               u"libxml2:amd64", u"tzdata:all",    u"git:amd64",     u"dirmngr:amd64",
                                               u"gnupg:all",     u"libicu72:amd64"};
    const auto upgrade = [](int i) {
        return QStringLiteral("upgrade %1 7.88.%2-10+deb12u%3 7.88.%2-10+deb12u%4")
            .arg(QString::fromUtf16(packages[i]))
            .arg(i)
            .arg(i + 1)
            .arg(i + 2);
    };
    TemplateMiner miner;
    // A package manager's upgrades: one word (the package) of ten spellings, the rest values.
    std::vector<int> upgrades;
    for (int i = 0; i < 10; ++i)
        upgrades.push_back(miner.addForId(upgrade(i)));
    // Another verb with the same packages: another event.
    std::vector<int> removals;
    for (int i = 0; i < 10; ++i)
        removals.push_back(miner.addForId(
            QStringLiteral("remove %1 2.36-9+deb12u%2 <none>").arg(QString::fromUtf16(packages[i])).arg(i)));
    ASSERT_NE(miner.groupOf(upgrades[0]), miner.groupOf(upgrades[1]));
    EXPECT_GT(miner.consolidate(), 0);
    for (int id : upgrades)
        EXPECT_EQ(miner.groupOf(id), miner.groupOf(upgrades.front()));
    EXPECT_TRUE(miner.templateText(upgrades.front()).startsWith(QStringLiteral("upgrade <*> ")));
    for (int id : removals)
        EXPECT_NE(miner.groupOf(id), miner.groupOf(upgrades.front()));
    // A test runner's lines, one word of many spellings beside a word and a number: one event.
    TemplateMiner runner;
    std::vector<int> started;
    for (const char16_t *test :
         {u"Config.UnknownSectionIsAnError", u"Config.SyntaxErrorsAndDuplicates", u"ConfigKeys.EveryConstantIsAKey",
          u"OrderBook.GapMarksStale", u"OrderBook.CrossedMarksStale", u"Ledger.RetiresFinishedOrders",
          u"Ledger.KeepsOpenOrders", u"Probe.ReportsDnsFailure", u"Probe.ReportsTlsFailure"})
        started.push_back(
            runner.addForId(QStringLiteral("Start %1: %2").arg(started.size() + 100).arg(QString::fromUtf16(test))));
    // A name and a value alone: nothing tells which of the two the event is.
    std::vector<int> named;
    for (const char16_t *name : {u"onStandStepChanged", u"onExtend", u"onReceive", u"flushSensor", u"onPause",
                                 u"onResume", u"onCreate", u"onDestroy", u"onBind"})
        named.push_back(
            runner.addForId(QStringLiteral("%1 %2").arg(QString::fromUtf16(name)).arg(named.size() * 7 + 3)));
    runner.consolidate();
    for (int id : started)
        EXPECT_EQ(runner.groupOf(id), runner.groupOf(started.front()));
    EXPECT_EQ(runner.templateText(started.front()), QStringLiteral("Start <*>: <*>"));
    EXPECT_NE(runner.groupOf(named[0]), runner.groupOf(named[1]));
    // Seven spellings are not enough to call the word a value.
    TemplateMiner few;
    std::vector<int> seven;
    for (int i = 0; i < 7; ++i)
        seven.push_back(few.addForId(upgrade(i)));
    few.consolidate();
    EXPECT_NE(few.groupOf(seven[0]), few.groupOf(seven[1]));
}

TEST(TemplateMiner, ConsolidateJoinsAWordSpanThatVariesAcrossThreeTemplates)
{
    TemplateMiner miner;
    std::vector<int> service;
    for (const char16_t *name :
         {u"Print Spooler", u"Windows Update", u"WinHTTP Web Proxy Auto-Discovery Service", u"Netlogon"})
        for (const char16_t *state : {u"running", u"stopped"})
            service.push_back(miner.addForId(QStringLiteral("The %1 service entered the %2 state.")
                                                 .arg(QString::fromUtf16(name), QString::fromUtf16(state))));
    // Two variants stay two templates: nothing says which of them is the value.
    const int password = miner.addForId(u"Failed password for root from 10.0.0.1 port 22 ssh2");
    const int invalid = miner.addForId(u"Failed password for invalid user bob from 10.0.0.1 port 22 ssh2");
    const int none = miner.addForId(u"Failed none for invalid user bob from 10.0.0.1 port 22 ssh2");
    // A varying last word is as often a state the event names: kept apart.
    std::vector<int> states;
    for (const char16_t *s : {u"NEW to SCHEDULED", u"SCHEDULED to RUNNING", u"RUNNING to SUCCEEDED"})
        states.push_back(
            miner.addForId(QStringLiteral("task_12 Task Transitioned from %1").arg(QString::fromUtf16(s))));
    EXPECT_GT(miner.consolidate(), 0);
    for (int id : service)
        EXPECT_EQ(miner.groupOf(id), miner.groupOf(service.front()));
    EXPECT_EQ(miner.templateText(service.front()), QStringLiteral("The <*> service entered the <*> state."));
    // A span next to a variable is not a value: "password for" and "none for invalid user" differ in words.
    EXPECT_NE(miner.groupOf(password), miner.groupOf(invalid));
    EXPECT_NE(miner.groupOf(invalid), miner.groupOf(none));
    EXPECT_NE(miner.groupOf(states[0]), miner.groupOf(states[1]));
    EXPECT_NE(miner.groupOf(states[1]), miner.groupOf(states[2]));
    // Lines of a joined template keep counting under its group.
    EXPECT_EQ(miner.addForId(u"The Netlogon service entered the running state."), miner.groupOf(service.front()));
}

TEST(TemplateMiner, KeyValueTokensKeepTheirKeyWhenTheValueVaries)
{
    TemplateMiner::Options o;
    o.similarity = 0.5;
    TemplateMiner miner(o);
    miner.addForId(u"disconnection: session time 12 user=alice database=shop host=10.0.0.1 port=5432");
    const auto m = miner.add(u"disconnection: session time 13 user=bob database=shop host=10.0.0.2 port=5432");
    EXPECT_EQ(m.templateText,
              QStringLiteral("disconnection: session time <*> user=<*> database=shop host=<*> port=<*>"));
    // Three values of one key in templates that are otherwise equal: the value is a variable.
    TemplateMiner joined;
    std::vector<int> ids;
    for (const char16_t *db : {u"shop", u"analytics", u"auth"})
        ids.push_back(
            joined.addForId(QStringLiteral("connection ready: database=%1 pooled yes").arg(QString::fromUtf16(db))));
    joined.consolidate();
    EXPECT_EQ(joined.groupOf(ids[0]), joined.groupOf(ids[2]));
    EXPECT_EQ(joined.templateText(ids[1]), QStringLiteral("connection ready: database=<*> pooled yes"));
}

TEST(TemplateMiner, EmailAddressesAndCommonLogFormatTimesAreValues)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"mail for deploy@example.com queued from=<alice.smith+x@mail.example.org>"),
              QStringLiteral("mail for <*> queued from=<<*>>"));
    EXPECT_EQ(miner.masked(u"user@localhost a@b.c@d.com"), QStringLiteral("user@localhost a@b.c@d.com"));
    EXPECT_EQ(miner.masked(u"10.0.0.1 - alice [06/Dec/2026:09:43:12 +0000] \"GET / HTTP/1.1\" 200"),
              QStringLiteral("<*> - alice [<*>] \"GET <*> HTTP/<*>.<*>\" <*>"));
    EXPECT_EQ(miner.masked(u"Killed process 12 (java) total-vm:6227462kB, UID:1000"),
              QStringLiteral("Killed process <*> (java) total-vm:<*>, UID:<*>"));
}

TEST(TemplateMiner, SourceCodeLocationsAndStackFramesAreValues)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"at com.example.shop.OrderService.place(OrderService.java:292)"),
              QStringLiteral("at <*>)"));
    EXPECT_EQ(miner.masked(u"at java.base/java.lang.Thread.run(Thread.java:432)"), QStringLiteral("at <*>)"));
    EXPECT_EQ(miner.masked(u"[ib_sweep.c:1831]: sweep done"), QStringLiteral("[<*>]: sweep done"));
    EXPECT_EQ(miner.masked(u"error at src/main.rs:12:7"), QStringLiteral("error at <*>"));
    // Not code: a file without a source extension, a host with a port, a ratio.
    EXPECT_EQ(miner.masked(u"open notes.txt:12 now"), QStringLiteral("open notes.txt:<*> now"));
    EXPECT_EQ(miner.masked(u"ratio a.b:3"), QStringLiteral("ratio a.b:<*>"));
    // Every frame of every trace is one template.
    const int a = miner.addForId(u"at com.example.shop.OrderService.place(OrderService.java:292)");
    const int b = miner.addForId(u"at org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:35)");
    EXPECT_EQ(a, b);
}

TEST(TemplateMiner, TheLastFieldOfAKeyValueLineRunsToTheEndOfTheLine)
{
    TemplateMiner miner;
    // The value of the last key=value field goes on in words without '=': free text, one value.
    EXPECT_EQ(miner.masked(u"bob : TTY=pts/1 ; USER=root ; COMMAND=/usr/bin/apt upgrade -y"),
              QStringLiteral("bob : TTY=<*> ; USER=root ; COMMAND=<*>"));
    const int a = miner.addForId(u"bob : TTY=pts/1 ; USER=root ; COMMAND=/usr/bin/apt upgrade -y");
    const int b = miner.addForId(u"bob : TTY=pts/4 ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx");
    const int c = miner.addForId(u"bob : TTY=pts/2 ; USER=root ; COMMAND=/bin/bash");
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, c);
    // One field is no list of fields; a later '=' ends the value; a quoted value is no free text.
    EXPECT_EQ(miner.masked(u"set mode=fast for all"), QStringLiteral("set mode=fast for all"));
    EXPECT_EQ(miner.masked(u"a=x b=y then c d=z"), QStringLiteral("a=x b=y then c d=z"));
    EXPECT_EQ(miner.masked(u"a=x msg=\"one two\""), QStringLiteral("a=x msg=\"one two\""));
    // Without token masks (Drain's own behaviour) the line stays as it is.
    TemplateMiner::Options o;
    o.masks = TemplateMasks::none();
    EXPECT_EQ(TemplateMiner(o).masked(u"a=x b=y c=free text"), QStringLiteral("a=x b=y c=free text"));
}

TEST(TemplateMiner, ConsolidateJoinsAQuotedValueOfAnyLength)
{
    TemplateMiner miner;
    // Three error messages of 1, 3 and 8 words inside quotes: one value, even at the end of the line.
    const int a = miner.addForId(u"level=error caller=client.go:67 msg=\"upstream call failed\" err=\"timeout\" n=1");
    const int b = miner.addForId(
        u"level=error caller=client.go:67 msg=\"upstream call failed\" err=\"context deadline exceeded\" n=2");
    const int c = miner.addForId(u"level=error caller=client.go:67 msg=\"upstream call failed\" err=\"dial tcp "
                                 u"10.0.0.1:80: connect: connection refused by peer\" n=1");
    const int d = miner.addForId(u"job 4 ran (exit status 0)");
    const int e = miner.addForId(u"job 5 ran (killed by signal 9 after the deadline passed)");
    const int f = miner.addForId(u"job 6 ran (timeout)");
    EXPECT_NE(miner.groupOf(a), miner.groupOf(b));
    miner.consolidate();
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(c));
    EXPECT_EQ(miner.templateText(a),
              QStringLiteral("level=error caller=<*> msg=\"upstream call failed\" err=\"<*>\" n=<*>"));
    EXPECT_EQ(miner.groupOf(d), miner.groupOf(e));
    EXPECT_EQ(miner.groupOf(d), miner.groupOf(f));
    EXPECT_EQ(miner.templateText(f), QStringLiteral("job <*> ran (<*>)"));
}

TEST(TemplateMiner, QuotedValuesStayApartWhenOnlyTwoDifferOrTheWordingIsShort)
{
    TemplateMiner miner;
    const int a = miner.addForId(u"job 4 ran (exit status 0)");
    const int b = miner.addForId(u"job 5 ran (killed by signal 9)");
    // The message of a logfmt line with little else around it is the event, not a value.
    const int c = miner.addForId(u"level=info msg=\"server started\"");
    const int d = miner.addForId(u"level=info msg=\"cache flushed to disk\"");
    const int e = miner.addForId(u"level=info msg=\"ready\"");
    miner.consolidate();
    EXPECT_NE(miner.groupOf(a), miner.groupOf(b));
    EXPECT_NE(miner.groupOf(c), miner.groupOf(d));
    EXPECT_NE(miner.groupOf(c), miner.groupOf(e));
}

TEST(TemplateMiner, ConsolidateJoinsLinesOfFieldsWhoseWordsVaryIndependently)
{
    // A positional format: mostly values, and three columns of words that combine freely.
    TemplateMiner miner;
    std::vector<int> ids;
    const char16_t *fronts[] = {u"http-in", u"https-in", u"stats"};
    const char16_t *backs[] = {u"web/a", u"web/b", u"api/c", u"api/d"};
    const char16_t *states[] = {u"----", u"SC--", u"CD--"};
    int n = 0;
    for (const char16_t *f : fronts)
        for (const char16_t *b : backs)
            for (const char16_t *s : states) {
                if (++n % 2 == 0)
                    continue; // not every combination is seen
                ids.push_back(miner.addForId(
                    QStringLiteral("10.0.0.%1:4%1 [06/Dec/2026:10:22:49.059] %2 %3 16/0/3/%1 200 %1 %4 0/0")
                        .arg(n)
                        .arg(QString::fromUtf16(f), QString::fromUtf16(b), QString::fromUtf16(s))));
            }
    miner.consolidate();
    for (int id : ids)
        EXPECT_EQ(miner.groupOf(id), miner.groupOf(ids.front()));
    EXPECT_EQ(miner.templateText(ids.front()),
              QStringLiteral("<*> [<*>.<*>] <*> <*> <*>/<*>/<*>/<*> <*> <*> <*> <*>/<*>"));
    // / alone is a path.
    EXPECT_EQ(miner.masked(u"GET / HTTP"), QStringLiteral("GET <*> HTTP"));
}

TEST(TemplateMiner, WordsThatVaryTogetherNameTheEventAndStayApart)
{
    // The same shape, but the words vary together (each template its own spelling): events.
    TemplateMiner miner;
    const int a = miner.addForId(u"cupsd 10 startup 11 succeeded 12");
    const int b = miner.addForId(u"sshd 10 shutdown 11 failed 12");
    const int c = miner.addForId(u"crond 10 reload 11 skipped 12");
    const int d = miner.addForId(u"Kerberos authentication failed");
    const int e = miner.addForId(u"cupsd startup succeeded");
    const int f = miner.addForId(u"Couldn't authenticate user");
    const int g = miner.addForId(u"sshd shutdown succeeded");
    miner.consolidate();
    EXPECT_NE(miner.groupOf(a), miner.groupOf(b));
    EXPECT_NE(miner.groupOf(a), miner.groupOf(c));
    // Lines of words only are no lines of fields.
    EXPECT_NE(miner.groupOf(d), miner.groupOf(e));
    EXPECT_NE(miner.groupOf(d), miner.groupOf(f));
    EXPECT_NE(miner.groupOf(e), miner.groupOf(g));
}

TEST(TemplateMiner, AVariableKeepsTheBracketsQuotesAndPunctuationBothTokensShare)
{
    TemplateMiner miner;
    miner.add(u"group alpha member m-one left (reason: heartbeat expired) after \"GET\" alice,");
    const auto m = miner.add(u"group alpha member m-two left (cause: heartbeat expired) after \"POST\" bob,");
    EXPECT_EQ(m.templateText.toStdString(),
              std::string("group alpha member <*> left (<*>: heartbeat expired) after \"<*>\" <*>,"));
    // A key keeps its quote too; a token with brackets against one without has none left to share.
    miner.add(u"session open user=\"alice\" from [north] now");
    const auto k = miner.add(u"session open user=\"bob\" from south now");
    EXPECT_EQ(k.templateText, QStringLiteral("session open user=\"<*>\" from <*> now"));
    // So a bracketed value whose first word varies still opens and closes, and joins as one value.
    const int a = miner.addForId(u"group 7 rebalanced in state Stable (reason: member c-one joined)");
    const int b = miner.addForId(u"group 8 rebalanced in state Stable (cause: member c-two left)");
    const int c = miner.addForId(u"group 9 rebalanced in state Stable (timeout)");
    const int d = miner.addForId(u"group 10 rebalanced in state Stable (session closed by the client)");
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    miner.consolidate();
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(c));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(d));
    EXPECT_EQ(miner.templateText(a), QStringLiteral("group <*> rebalanced in state Stable (<*>)"));
}

TEST(TemplateMiner, AValueGluedBehindAWordIsAValue)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"[req-43842eed-2d10-4575-fa47-77bbf8dcc7f3 admin] boot instance-0000a1b2 vol_ab12cd34"),
              QStringLiteral("[req-<*> admin] boot instance-<*> vol_<*>"));
    EXPECT_EQ(miner.masked(u"token tok:A7x9Qm2Lp4Zt"), QStringLiteral("token tok:<*>"));
    // Words with few digits, hex words without a decimal digit and short runs stay words.
    EXPECT_EQ(miner.masked(u"re-attached sha256 feed-deadbeef ab-1f2e"),
              QStringLiteral("re-attached sha256 feed-deadbeef ab-1f2e"));
    // Every request line is one template, whatever its request id.
    const int a = miner.addForId(u"[req-1f5b0277-b6fd-438c-2b91-d919547f872c] Claim successful on node alpha");
    const int b = miner.addForId(u"[req-9208a233-a06b-3bea-0c62-feccdcdc115d] Claim successful on node beta");
    EXPECT_EQ(a, b);
}

TEST(TemplateMiner, ARunOfValuesCountsAsOneInTheWordingAroundASpan)
{
    // A number and its unit are one value: the wording around the volume name is most of the line.
    TemplateMiner miner;
    const int a = miner.addForId(u"backupd[7395]: Backup of Projects Disk finished: 790 items, 8368.6 MB");
    const int b = miner.addForId(u"backupd[3725]: Backup of Macintosh HD finished: 44376 items, 3560.3 MB");
    const int c = miner.addForId(u"backupd[112]: Backup of Data finished: 12 items, 2.5 GB");
    miner.consolidate();
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(c));
    EXPECT_EQ(miner.templateText(c), QStringLiteral("backupd[<*>]: Backup of <*> finished: <*> items, <*> <*>"));
}

TEST(TemplateMiner, ConsolidateJoinsTemplatesThatEachHaveAVariableWhereTheOtherHasAWord)
{
    // The order of the lines makes the tree learn the interface in one template and the state in
    // another; every other word is the same.
    TemplateMiner miner;
    const int a = miner.addForId(u"kernel[0]: en0: link state changed to UP");
    miner.addForId(u"kernel[0]: en0: link state changed to DOWN");
    const int b = miner.addForId(u"kernel[0]: awdl0: link state changed to UP");
    miner.addForId(u"kernel[0]: bridge0: link state changed to UP");
    const int c = miner.addForId(u"kernel[0]: awdl0: link state changed to DOWN");
    EXPECT_NE(miner.groupOf(a), miner.groupOf(b));
    miner.consolidate();
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(c));
    // Not when too little wording is left: "<*> <*> to <*>" is no event.
    TemplateMiner other;
    const int d = other.addForId(u"tickTime set to 2000");
    other.addForId(u"maxSessionTimeout set to 40000");
    const int e = other.addForId(u"Snapshotting: 0x1a to 1");
    other.addForId(u"Snapshotting: 0x2b to 2");
    other.consolidate();
    EXPECT_NE(other.groupOf(d), other.groupOf(e));
}

TEST(TemplateMiner, HexNumbersInsideATokenAndShortObjectHashesAreValues)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"app token AppWindowToken{9f4ef63 object 7d0e1a4 called (stack @0x7fed806eb5d @0x7fe)"),
              QStringLiteral("app token AppWindowToken{<*> object <*> called (stack @<*> @<*>)"));
    // Hex letters only, or digits glued to other letters, stay words.
    EXPECT_EQ(miner.masked(u"defaced facade x9f4ef63z"), QStringLiteral("defaced facade x9f4ef63z"));
}

TEST(TemplateMiner, ConsolidateJoinsAClauseBetweenAColonAndACommaOfWordsAndValues)
{
    TemplateMiner miner;
    const int a = miner.addForId(u"upload failed: no network, retry in 300s");
    const int b = miner.addForId(u"upload failed: HTTP 503, retry in 120s");
    const int c = miner.addForId(u"upload failed: token expired, retry in 60s");
    const int d = miner.addForId(u"upload failed: socket timeout after 30 s, retry in 10s");
    miner.consolidate();
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(b));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(c));
    EXPECT_EQ(miner.groupOf(a), miner.groupOf(d));
    EXPECT_EQ(miner.templateText(a), QStringLiteral("upload failed: <*>, retry in <*>"));
}

TEST(TemplateMiner, NumbersWithAnExponentOrAPhysicalUnitAreValues)
{
    TemplateMiner miner;
    EXPECT_EQ(miner.masked(u"sensor at 41C (limit 85.5°C), rail 12.1V 350mA, fan 3600rpm, loss 1.5e-3 at -72 dBm"),
              QStringLiteral("sensor at <*> (limit <*>), rail <*> <*>, fan <*>, loss <*> at <*> <*>"));
    // A letter after digits is no unit when it is a name: sha256, x86.
    EXPECT_EQ(miner.masked(u"sha256 on x86 and 3D"), QStringLiteral("sha256 on x86 and 3D"));
}

TEST(TemplateMiner, ANumberWithAUnitOfAnyNameIsAValue)
{
    TemplateMiner miner;
    // Units no list names: pressure, a concentration, a mass, speeds, an irradiance.
    EXPECT_EQ(miner.masked(u"VPD 1.1kPa, CO2 647ppm, load 1275kg, wind 12km/h 4.2m/s, sun 250W/m2, output 3MW"),
              QStringLiteral("VPD <*>, CO2 <*>, load <*>, wind <*> <*>, sun <*>, output <*>"));
    EXPECT_TRUE(tokens::isUnitSuffix(u"mol/m2"));
    EXPECT_FALSE(tokens::isUnitSuffix(u"x5")); // 5x5 is a size, or a name; not a unit
    // Capitals alone name things (3-D Secure, two-factor), and four letters are a word.
    EXPECT_EQ(miner.masked(u"3DS check, 2FA code, lift 4CLF"), QStringLiteral("3DS check, 2FA code, lift 4CLF"));
    // Lines that differ only in such values are one template as they arrive.
    const int a = miner.addForId(u"Kas 2: T=26.1C RH=83% CO2=647ppm VPD=1.1kPa");
    const int b = miner.addForId(u"Kas 2: T=19.7C RH=76% CO2=826ppm VPD=0.3kPa");
    EXPECT_EQ(a, b);
}
