// The report on a journal shaped like the incident in the design (tests/data/logs, written by
// make_incident_journal.py), and the command line around it.
#include "LoghubCsv.h"
#include "TestSupport.h"
#include "api/LogsAnalyzeRoute.h"
#include "base/Clock.h"
#include "logs/JournalSource.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <tuple>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::logs;
using namespace virtuoso::test;

namespace {

QJsonObject incidentReport()
{
    const AnalysisResult r = analyzeLogs({dataFile(QStringLiteral("logs/incident-journal.json.gz"))}, {});
    return buildLogReport(r);
}

QJsonObject findByTemplate(const QJsonArray &list, const QString &needle)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(QStringLiteral("template")).toString().contains(needle))
            return v.toObject();
    return {};
}

QStringList valuesOf(const QJsonObject &pattern)
{
    QStringList out;
    for (const QJsonValue &var : pattern.value(QStringLiteral("variables")).toArray())
        for (const QJsonValue &v : var.toObject().value(QStringLiteral("values")).toArray())
            out << v.toObject().value(QStringLiteral("value")).toString();
    return out;
}

bool verdictMentions(const QJsonObject &summary, const QString &text)
{
    return summary.value(QStringLiteral("verdict")).toString().contains(text);
}

QStringList stringList(const QJsonValue &v)
{
    return v.toVariant().toStringList();
}

} // namespace

TEST(LogReport, IncidentJournalNamesHandlerTimeoutsOnTheirConnections)
{
    const QJsonObject report = incidentReport();
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("state")).toString(), QStringLiteral("unhealthy"));
    EXPECT_EQ(summary.value(QStringLiteral("unreadable")).toInt(), 0);
    // Every line was stored at priority 6: the errors are found in the text.
    EXPECT_EQ(summary.value(QStringLiteral("errors")).toInt(),
              summary.value(QStringLiteral("text_only_errors")).toInt());

    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    ASSERT_FALSE(errors.isEmpty());
    // The most frequent error comes first and is the handler timeout, with the connections it hit.
    const QJsonObject top = errors.first().toObject();
    EXPECT_TRUE(
        top.value(QStringLiteral("template")).toString().contains(QStringLiteral("handler timeout for conn_<*>")));
    EXPECT_EQ(top.value(QStringLiteral("kind")).toString(), QStringLiteral("handler-timeout"));
    EXPECT_EQ(stringList(top.value(QStringLiteral("ids")).toObject().value(QStringLiteral("connections"))),
              (QStringList{QStringLiteral("conn_6"), QStringLiteral("conn_8"), QStringLiteral("conn_9")}));
    const QStringList values = valuesOf(top);
    EXPECT_TRUE(values.contains(QStringLiteral("conn_6")) && values.contains(QStringLiteral("conn_8")) &&
                values.contains(QStringLiteral("conn_9")));
    ASSERT_FALSE(top.value(QStringLiteral("examples")).toArray().isEmpty());
    EXPECT_EQ(top.value(QStringLiteral("examples")).toArray().first().toObject().value(QStringLiteral("ts")).toString(),
              top.value(QStringLiteral("first_seen")).toString());
    EXPECT_FALSE(top.value(QStringLiteral("hourly")).toArray().isEmpty());
    EXPECT_TRUE(verdictMentions(summary, QStringLiteral("conn_6, conn_8, conn_9")));
}

TEST(LogReport, IncidentJournalNamesTheConnectivityProbeAndTheBulkFetchTimeout)
{
    const QJsonObject report = incidentReport();
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    const QJsonObject probe = findByTemplate(errors, QStringLiteral("Network connectivity validation failed"));
    ASSERT_FALSE(probe.isEmpty());
    EXPECT_EQ(probe.value(QStringLiteral("kind")).toString(), QStringLiteral("connectivity"));
    EXPECT_TRUE(stringList(probe.value(QStringLiteral("ids")).toObject().value(QStringLiteral("paths")))
                    .contains(QStringLiteral("/v5/market/time")));
    EXPECT_TRUE(stringList(probe.value(QStringLiteral("ids")).toObject().value(QStringLiteral("hosts")))
                    .contains(QStringLiteral("api.bybit.com")));

    const QJsonObject bulk = findByTemplate(errors, QStringLiteral("while fetching"));
    ASSERT_FALSE(bulk.isEmpty());
    EXPECT_EQ(bulk.value(QStringLiteral("kind")).toString(), QStringLiteral("bulk-fetch-timeout"));
    EXPECT_TRUE(valuesOf(bulk).contains(QStringLiteral("12s")));

    // Incidents: errors of different patterns within seconds; the rule table reads them.
    const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
    ASSERT_EQ(incidents.size(), 8);
    const QStringList kinds = stringList(incidents.first().toObject().value(QStringLiteral("kinds")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("handler-timeout")) && kinds.contains(QStringLiteral("connectivity")));
    QStringList rules;
    for (const QJsonValue &r : report.value(QStringLiteral("recommendations")).toArray())
        rules << r.toObject().value(QStringLiteral("rule")).toString();
    EXPECT_TRUE(rules.contains(QStringLiteral("network-path")));
    EXPECT_TRUE(rules.contains(QStringLiteral("bulk-fetch")));
    EXPECT_TRUE(rules.contains(QStringLiteral("warning-flood")));
    EXPECT_TRUE(rules.contains(QStringLiteral("priorities")));
    EXPECT_FALSE(rules.contains(QStringLiteral("throttle"))); // no rate-limit codes in this journal
}

TEST(LogReport, IncidentJournalKeepsDataQualityWarningsApartAsExpected)
{
    const QJsonObject report = incidentReport();
    const QJsonObject warnings = report.value(QStringLiteral("warnings")).toObject();
    EXPECT_TRUE(warnings.value(QStringLiteral("unexpected")).toArray().isEmpty());
    const QJsonArray expected = warnings.value(QStringLiteral("expected")).toArray();
    ASSERT_EQ(expected.size(), 2);
    for (const QJsonValue &w : expected)
        EXPECT_TRUE(w.toObject().value(QStringLiteral("expected")).toBool());
    EXPECT_FALSE(findByTemplate(expected, QStringLiteral("Insufficient trade history")).isEmpty());
    EXPECT_FALSE(findByTemplate(expected, QStringLiteral("Shallow orderbook")).isEmpty());
    // None of them is mistaken for an error pattern.
    EXPECT_TRUE(
        findByTemplate(report.value(QStringLiteral("errors")).toArray(), QStringLiteral("Insufficient")).isEmpty());
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("expected_warnings")).toInt(),
              summary.value(QStringLiteral("warnings")).toInt());
}

TEST(LogReport, RateLimitCodesAskForThrottling)
{
    QTemporaryDir dir;
    QByteArray in;
    for (int i = 0; i < 20; ++i)
        in += "2025-11-28 04:00:" + QByteArray::number(i).rightJustified(2, '0') +
              " ERROR REST /v5/market/kline answered retCode=10006 Too many visits\n";
    const AnalysisResult r = analyzeLogs({writeFile(dir, QStringLiteral("r.log"), in)}, {});
    const QJsonObject report = buildLogReport(r);
    QStringList rules;
    for (const QJsonValue &v : report.value(QStringLiteral("recommendations")).toArray())
        rules << v.toObject().value(QStringLiteral("rule")).toString();
    EXPECT_EQ(rules, QStringList{QStringLiteral("throttle")});
}

TEST(LogReport, AFewWarningsAreNoFloodWhateverTheirShareOfAShortLog)
{
    // One warning is all of a one-line log; it asks for no rate limit. Thirty in a minute do.
    const auto rulesFor = [](int warnings) {
        QTemporaryDir dir;
        QByteArray in;
        for (int i = 0; i < warnings; ++i)
            in += "2025-11-28 04:00:" + QByteArray::number(i).rightJustified(2, '0') +
                  " WARNING trading kill switch engaged: API: session check\n";
        const QJsonObject report = buildLogReport(analyzeLogs({writeFile(dir, QStringLiteral("w.log"), in)}, {}));
        QStringList rules;
        for (const QJsonValue &v : report.value(QStringLiteral("recommendations")).toArray())
            rules << v.toObject().value(QStringLiteral("rule")).toString();
        return rules;
    };
    EXPECT_EQ(rulesFor(1), QStringList{});
    EXPECT_EQ(rulesFor(9), QStringList{});
    EXPECT_EQ(rulesFor(30), QStringList{QStringLiteral("warning-flood")});
}

TEST(LogReport, MarkdownAndHtmlCarryTheFindings)
{
    const QJsonObject report = incidentReport();
    const QString md = renderReportMarkdown(report);
    EXPECT_TRUE(md.contains(QStringLiteral("## Error patterns")));
    EXPECT_TRUE(md.contains(QStringLiteral("conn_6, conn_8, conn_9")));
    EXPECT_TRUE(md.contains(QStringLiteral("/v5/market/time")));
    EXPECT_TRUE(md.contains(QStringLiteral("expected: `")));
    const QString html = renderReportHtml(report);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!doctype html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("http-equiv"))); // self-contained: nothing fetched
}

TEST(LogsCommandLine, AnalyzesStandardInputAndPrintsTemplatesAsCsv)
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    p.start(QStringLiteral(VIRTUOSO_BINARY), {QStringLiteral("logs"), QStringLiteral("analyze"), QStringLiteral("-"),
                                              QStringLiteral("--report"), QStringLiteral("json")});
    ASSERT_TRUE(p.waitForStarted());
    p.write(
        "2025-11-28 04:00:00 ERROR handler timeout for conn_6\n2025-11-28 04:00:01 ERROR handler timeout for conn_8\n");
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 2);

    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("c.txt"),
                                   "session opened for user root\nsession opened for user alice\nDisk full\n");
    const ProcessResult csv = runVirtuoso({QStringLiteral("logs"), QStringLiteral("templates"), file,
                                           QStringLiteral("--format"), QStringLiteral("content")},
                                          headlessEnvironment(home));
    EXPECT_EQ(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], "line,template_id,template");
    EXPECT_EQ(lines[1], "1,0,\"session opened for user <*>\"");
    EXPECT_EQ(lines[2], "2,0,\"session opened for user <*>\"");
    EXPECT_EQ(lines[3], "3,1,\"Disk full\"");

    const ProcessResult empty = runVirtuoso(
        {QStringLiteral("logs"), QStringLiteral("analyze"), writeFile(dir, QStringLiteral("e.log"), QByteArray())},
        headlessEnvironment(home));
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.err.contains("empty"));
    EXPECT_TRUE(empty.out.contains("No readable log entries"));

    const ProcessResult missing = runVirtuoso(
        {QStringLiteral("logs"), QStringLiteral("analyze"), QStringLiteral("/nonexistent")}, headlessEnvironment(home));
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_TRUE(missing.err.contains("cannot open"));
    const ProcessResult bad = runVirtuoso(
        {QStringLiteral("logs"), QStringLiteral("analyze"), QStringLiteral("--report"), QStringLiteral("pdf")},
        headlessEnvironment(home));
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(LogsAnalyzeRoute, ReportsTheJournalWithinBoundsAndRateLimited)
{
    ManualClock clock(1'715'660'000'000); // 2024-05-14T04:13:20Z
    std::vector<std::pair<std::int64_t, std::string>> journal;
    for (int i = 0; i < 30; ++i)
        journal.emplace_back(1'715'659'000'000'000LL + i * 1'000'000LL,
                             "[HANDLER_TIMEOUT] WebSocket message handler timeout for conn_" +
                                 std::to_string(6 + i % 3));
    logs::JournalQuery seen;
    api::LogsAnalyzeRoute route(clock, [&](const logs::JournalQuery &q, logs::RecordSink &sink) {
        seen = q;
        for (const auto &[ts, text] : journal) {
            logs::LogRecord r;
            r.timestampUs = ts;
            r.priority = 3;
            r.unit = "virtuoso.service";
            r.message = text;
            sink.record(r);
        }
        return QString();
    });
    api::HttpRequest req;
    req.method = "GET";
    req.path = QStringLiteral("/api/v1/logs/analyze");
    req.query = QUrlQuery(QStringLiteral("since=1715659000000"));
    const api::HttpResponse ok = route.handle(req);
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_EQ(seen.sinceUs, 1'715'659'000'000'000LL);
    EXPECT_EQ(seen.untilUs, 1'715'660'000'000'000LL);
    const QJsonObject report = QJsonDocument::fromJson(ok.body).object();
    const QJsonObject top = report.value(QStringLiteral("errors")).toArray().first().toObject();
    EXPECT_EQ(top.value(QStringLiteral("count")).toInt(), 30);
    EXPECT_EQ(stringList(top.value(QStringLiteral("ids")).toObject().value(QStringLiteral("connections"))).size(), 3);

    // One analysis per 10 s.
    const api::HttpResponse again = route.handle(req);
    EXPECT_EQ(again.status, 429);
    clock.advanceMs(10'000);
    EXPECT_EQ(route.handle(req).status, 200);

    clock.advanceMs(10'000);
    req.query = QUrlQuery(QStringLiteral("since=yesterday"));
    EXPECT_EQ(route.handle(req).status, 400);
    req.query = QUrlQuery(QStringLiteral("since=1615659000000")); // far more than 24 h
    EXPECT_EQ(route.handle(req).status, 400);
}

TEST(JournalSource, ReadsTheLocalJournalWithinItsEntryBound)
{
    // Whatever journal this machine has (none in a container): a bounded read, a reason when cut.
    struct Count final : logs::RecordSink
    {
        int n = 0;
        void record(const logs::LogRecord &) override { ++n; }
        void problem(const logs::ReadProblem &) override {}
    } sink;
    logs::JournalQuery q;
    q.identifier = QStringLiteral("systemd");
    q.maxEntries = 5;
    q.maxMs = 2000;
    const QString stopped = logs::readJournal(q, sink);
    EXPECT_LE(sink.n, 5);
    if (!stopped.isEmpty()) {
        EXPECT_TRUE(stopped.contains(QStringLiteral("stopped after")) ||
                    stopped.contains(QStringLiteral("not available")))
            << stopped.toStdString();
    }
}

// The held-out figures are those of the command itself: `virtuoso logs templates --format content`
// groups a labelled log exactly as the evaluation's miner does (tests/logs/LoghubCsv.cpp).
TEST(LogsCommandLine, TemplatesCommandGroupsAsTheAccuracyTestsMeasure)
{
    for (const char *set : {"loghub/Linux/Linux_2k.log_structured.csv", "logs-heldout/nginx.csv"}) {
        const LoghubDataset data = loadLabelled(QString::fromLatin1(set));
        ASSERT_FALSE(data.contents.isEmpty()) << set;
        QTemporaryDir home;
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("content.txt"), data.contents.join(u'\n').toUtf8() + '\n');
        const ProcessResult csv = runVirtuoso({QStringLiteral("logs"), QStringLiteral("templates"), file,
                                               QStringLiteral("--format"), QStringLiteral("content")},
                                              headlessEnvironment(home));
        ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
        const std::vector<QStringList> rows = parseCsv(csv.out);
        ASSERT_EQ(rows.size(), static_cast<size_t>(data.contents.size()) + 1) << set;
        QStringList byId;
        QStringList byText;
        for (size_t r = 1; r < rows.size(); ++r) {
            byId << rows[r][1];
            byText << rows[r][2];
        }
        const double expected = minerAccuracy(data, TemplateMiner::Options{});
        EXPECT_DOUBLE_EQ(groupingAccuracy(data.eventIds, byId), expected) << set;
        EXPECT_DOUBLE_EQ(groupingAccuracy(data.eventIds, byText), expected) << set;
    }
}

// Each kind of id is found where its expression matches, and only there: near misses (case, a
// leading digit, a logger name, a word after the symbol) stay out, brackets and punctuation are
// taken off first, and a template's ids are the same whether it is listed once or several times.
TEST(LogReport, IdsOfATemplateAreFoundWhereTheyMatchOnly)
{
    AnalysisResult r;
    r.analysed = 10;
    r.byLevel[LevelError] = 10;
    TemplateStats t;
    t.text = QStringLiteral("Fetch failed on (conn_7), for <*> from <*> via <*> see <*>");
    t.count = 10;
    t.level = LevelError;
    t.byLevel[LevelError] = 10;
    const auto values = [](std::initializer_list<const char *> texts) {
        std::vector<std::pair<QString, std::int64_t>> out;
        for (const char *v : texts)
            out.emplace_back(QString::fromUtf8(v), 1);
        return out;
    };
    t.variables.push_back(
        {5, QStringLiteral("<*>"),
         values({"BTCUSDT,", "btcusdt", "ETHUSDTX", "1000PEPEUSDT", "SOLPERP", "ABCDEFGHIJKLMNOPQUSDT"}), false});
    t.variables.push_back({7, QStringLiteral("<*>"),
                           values({"https://api.bybit.com/v5/market/kline?symbol=X", "src.core.market",
                                   "10.0.3.17:8443", "stream.bybit.com:443", "db.internal"}),
                           false});
    t.variables.push_back({9, QStringLiteral("<*>"), values({"conn-12", "Conn_5", "xconn_9", "[conn_3]"}), false});
    t.variables.push_back({11, QStringLiteral("<*>"), values({"/v5/order/create;", "/api/v5/x", "/vx/y"}), false});
    r.templates.push_back(t);
    r.templates.push_back(t);
    r.templates[1].id = 1;
    const QJsonArray errors = buildLogReport(r).value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    const QJsonObject ids = errors.first().toObject().value(QStringLiteral("ids")).toObject();
    EXPECT_EQ(stringList(ids.value(QStringLiteral("connections"))),
              (QStringList{QStringLiteral("conn_3"), QStringLiteral("conn_7"), QStringLiteral("conn-12")}));
    EXPECT_EQ(stringList(ids.value(QStringLiteral("symbols"))),
              (QStringList{QStringLiteral("1000PEPEUSDT"), QStringLiteral("BTCUSDT"), QStringLiteral("SOLPERP")}));
    EXPECT_EQ(stringList(ids.value(QStringLiteral("hosts"))),
              (QStringList{QStringLiteral("api.bybit.com"), QStringLiteral("stream.bybit.com"),
                           QStringLiteral("db.internal")}));
    EXPECT_EQ(stringList(ids.value(QStringLiteral("paths"))),
              (QStringList{QStringLiteral("/v5/market/kline"), QStringLiteral("/v5/order/create")}));
    EXPECT_EQ(errors.at(1).toObject().value(QStringLiteral("ids")).toObject(), ids);
}

// Error lines are counted per second and template, in time order whatever order they came in.
TEST(LogAnalyzer, ErrorSecondsAreInTimeOrderAndSummed)
{
    const std::vector<std::pair<std::int64_t, std::string>> lines = {
        {5'000'100, "Disk full on sda"},  {2'000'000, "Link down on eth0"}, {5'000'900, "Disk full on sda"},
        {2'000'500, "Disk full on sdb"},  {9'000'000, "Link down on eth1"}, {2'000'700, "Link down on eth2"},
        {9'000'001, "quiet line at info"}};
    const AnalysisResult r = analyzeRecords(QStringLiteral("test"),
                                            [&](RecordSink &sink) {
                                                for (const auto &[ts, text] : lines) {
                                                    LogRecord rec;
                                                    rec.timestampUs = ts;
                                                    rec.priority = text.rfind("quiet", 0) == 0 ? 6 : 3;
                                                    rec.message = text;
                                                    sink.record(rec);
                                                }
                                                return QString();
                                            },
                                            {});
    int disk = -1;
    int link = -1;
    for (const TemplateStats &t : r.templates) {
        if (t.text.startsWith(QLatin1String("Disk")))
            disk = t.id;
        if (t.text.startsWith(QLatin1String("Link")))
            link = t.id;
    }
    ASSERT_GE(disk, 0);
    ASSERT_GE(link, 0);
    std::vector<std::tuple<std::int64_t, int, std::int64_t>> got;
    for (const AnalysisResult::ErrorSecond &e : r.errorSeconds)
        got.emplace_back(e.second, e.templateId, e.count);
    std::vector<std::tuple<std::int64_t, int, std::int64_t>> want = {
        {2, disk, 1}, {2, link, 2}, {5, disk, 2}, {9, link, 1}};
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want);
}

// A variable's values are counted exactly while a shape has at most 32 of them, the values that
// share a prefix or a length included; past that the variable is only marked as having more.
TEST(LogAnalyzer, VariableValuesCountedExactlyUpTo32)
{
    std::vector<std::string> lines;
    for (int i = 0; i < 300; ++i)
        lines.push_back("Pong from conn_" + std::to_string(i % 12) + " after " + std::to_string(1000 + i % 7) +
                        "ms seq " + std::to_string(i));
    const AnalysisResult r = analyzeRecords(QStringLiteral("test"),
                                            [&](RecordSink &sink) {
                                                std::int64_t ts = 1'000'000;
                                                for (const std::string &text : lines) {
                                                    LogRecord rec;
                                                    rec.timestampUs = ts += 1000;
                                                    rec.priority = 6;
                                                    rec.message = text;
                                                    sink.record(rec);
                                                }
                                                return QString();
                                            },
                                            {});
    ASSERT_EQ(r.templates.size(), 1u);
    const std::vector<TemplateVariable> &vars = r.templates.front().variables;
    ASSERT_EQ(vars.size(), 3u);
    EXPECT_EQ(vars[0].values.size(), 12u);
    EXPECT_FALSE(vars[0].more);
    for (const auto &[value, count] : vars[0].values)
        EXPECT_EQ(count, 25) << value.toStdString();
    EXPECT_EQ(vars[1].values.size(), 7u);
    std::int64_t sum = 0;
    for (const auto &[value, count] : vars[1].values)
        sum += count;
    EXPECT_EQ(sum, 300);
    EXPECT_EQ(vars[2].values.size(), 32u);
    EXPECT_TRUE(vars[2].more);
}
