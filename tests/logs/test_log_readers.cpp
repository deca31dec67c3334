// The log readers: every format, compressed and cut-off input, bad bytes, huge lines, empty input.
#include "TestSupport.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogFormats.h"
#include "logs/LogReport.h"
#include "logs/TimeArgument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cctype>
#include <gtest/gtest.h>
#include <random>
#include <zlib.h>

using namespace virtuoso;
using namespace virtuoso::logs;
using namespace virtuoso::test;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return b;
}

struct Analysed
{
    AnalysisResult result;
    QJsonObject report;
};

Analysed analyse(const QByteArray &content, AnalyzeOptions options = {}, const QString &name = QStringLiteral("in.log"))
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, name, content);
    Analysed a;
    a.result = analyzeLogs({path}, options);
    a.report = buildLogReport(a.result);
    return a;
}

const TemplateStats *findTemplate(const AnalysisResult &r, const QString &needle)
{
    for (const TemplateStats &t : r.templates)
        if (t.text.contains(needle))
            return &t;
    return nullptr;
}

QByteArray journalLine(qint64 us, int priority, const QByteArray &unit, const QByteArray &message)
{
    return "{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"" + QByteArray::number(us) + "\",\"PRIORITY\":\"" +
           QByteArray::number(priority) + "\",\"_SYSTEMD_UNIT\":\"" + unit + "\",\"MESSAGE\":" + message + "}\n";
}

constexpr qint64 T0 = 1764302400000000; // 2025-11-28T04:00:00Z

} // namespace

TEST(LogFormats, TimestampsInEveryShape)
{
    size_t used = 0;
    EXPECT_EQ(parseTimestamp("2025-11-28T04:00:00Z rest", &used), T0);
    EXPECT_EQ(used, 20u);
    EXPECT_EQ(parseTimestamp("2025-11-28 05:00:00.250+01:00", &used), T0 + 250000);
    EXPECT_EQ(parseTimestamp("2025/11/28 04:00:00,5", &used), T0 + 500000);
    EXPECT_EQ(parseTimestamp("Nov 28 04:00:00 host", &used, 2025), T0);
    EXPECT_EQ(parseTimestamp("Nov  8 04:00:00 host", &used, 2025), T0 - 20 * 86400000000LL);
    EXPECT_FALSE(parseTimestamp("2025-13-28 04:00:00", &used));
    EXPECT_FALSE(parseTimestamp("hello world, no time", &used));
    EXPECT_EQ(formatTimestamp(T0 + 123000), QStringLiteral("2025-11-28T04:00:00.123Z"));
}

TEST(LogFormats, SeverityFromTheText)
{
    EXPECT_EQ(levelFromText("[ERROR] db down"), 3);
    EXPECT_EQ(levelFromText("ERROR: db down"), 3);
    EXPECT_EQ(levelFromText("ws - WARNING - slow"), 4);
    EXPECT_EQ(levelFromText("ts=1 level=error msg=x"), 3);
    EXPECT_EQ(levelFromText("{\"level\":\"warn\",\"msg\":\"x\"}"), 4);
    EXPECT_EQ(levelFromText("severity=CRITICAL"), 2);
    EXPECT_EQ(levelFromText("FATAL out of memory"), 2);
    EXPECT_EQ(levelFromText("[HANDLER_TIMEOUT] handler timeout for conn_6"), LevelUnknown); // a code, not a level
    EXPECT_EQ(levelFromText("connection error while reading"), LevelUnknown);               // prose, not a marker
    LogRecord r;
    r.priority = 6;
    r.textLevel = 3;
    EXPECT_EQ(r.level(), 3); // "[ERROR]" stored at priority 6 is an error
}

// Lines in a row share their second, and the second is parsed once: a line whose date or time
// differs in any one byte still gets its own time.
TEST(LogFormats, ConsecutiveTimestampsDifferingInOneByte)
{
    const std::string base = "2025-11-28 04:00:00,250";
    const std::int64_t baseUs = T0 + 250000;
    size_t used = 0;
    for (size_t at = 0; at < 19; ++at) {
        if (base[at] < '0' || base[at] > '9')
            continue;
        ASSERT_EQ(parseTimestamp(base, &used), baseUs);
        std::string other = base;
        other[at] = base[at] == '0' ? '1' : static_cast<char>(base[at] - 1);
        const auto parsed = parseTimestamp(other, &used);
        const auto again = parseTimestamp(other, &used); // now from the remembered second
        EXPECT_EQ(parsed, again) << other;
        if (parsed) {
            EXPECT_NE(*parsed, baseUs) << other;
        }
    }
    EXPECT_EQ(parseTimestamp("2025-11-28 04:00:01,250", &used), baseUs + 1'000'000);
    EXPECT_EQ(parseTimestamp("2025-11-29 04:00:01,250", &used), baseUs + 1'000'000 + 86'400'000'000LL);
}

// The level search reads word by word; on text made of level words, their pieces and the bytes
// around them it finds what a byte-by-byte search finds.
TEST(LogFormats, SeverityWordByWordAsByteByByte)
{
    const auto wordChar = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    };
    // Every position where a level word or a level= key may start, each one looked at.
    const auto reference = [&](std::string_view m) {
        const std::string_view head = m.substr(0, 200);
        for (size_t i = 0; i < head.size(); ++i) {
            if (i > 0 && wordChar(head[i - 1]))
                continue;
            size_t j = i;
            while (j < head.size() && head[j] >= 'A' && head[j] <= 'Z')
                ++j;
            if (j > i && (j == head.size() || !wordChar(head[j]))) {
                static const std::pair<const char *, int> words[] = {
                    {"ERR", 3},   {"WARN", 4},   {"INFO", 6},   {"CRIT", 2},    {"ERROR", 3},
                    {"FATAL", 2}, {"PANIC", 2},  {"ALERT", 1},  {"EMERG", 0},   {"DEBUG", 7},
                    {"TRACE", 7}, {"NOTICE", 5}, {"SEVERE", 3}, {"WARNING", 4}, {"CRITICAL", 2}};
                for (const auto &[w, level] : words)
                    if (head.substr(i, j - i) == w)
                        return level;
                continue;
            }
            for (const char *key : {"level", "lvl", "severity"}) {
                const std::string_view k(key);
                if (head.substr(i, k.size()) != k)
                    continue;
                size_t p = i + k.size();
                if (p < head.size() && head[p] == '"')
                    ++p;
                if (p >= head.size() || (head[p] != '=' && head[p] != ':'))
                    break;
                ++p;
                while (p < head.size() && (head[p] == '"' || head[p] == ' '))
                    ++p;
                size_t e = p;
                while (e < head.size() && wordChar(head[e]))
                    ++e;
                std::string v(head.substr(p, e - p));
                for (char &c : v)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                static const std::pair<const char *, int> values[] = {
                    {"emerg", 0}, {"alert", 1},   {"fatal", 2},  {"crit", 2}, {"critical", 2}, {"error", 3}, {"err", 3},
                    {"warn", 4},  {"warning", 4}, {"notice", 5}, {"info", 6}, {"debug", 7},    {"trace", 7}};
                for (const auto &[name, level] : values)
                    if (v == name)
                        return level;
                break;
            }
        }
        return LevelUnknown;
    };
    const char *const pieces[] = {"ERROR",    "WARN",    "INFO",  "ERR",    "CRITICAL",  "level",     "lvl",
                                  "severity", "Level",   "=",     ":",      "\"",        " ",         " - ",
                                  "[",        "]",       "_",     "x",      "E",         "1",         "error",
                                  "warn",     "Error",   "s",     "l",      "\xc3\xa9",  "\t",        "ws",
                                  "conn_6",   "NOTICEx", "xINFO", "DEBUG1", "severity=", "level\":\""};
    std::mt19937 random(7);
    int found = 0;
    for (int round = 0; round < 100000; ++round) {
        std::string text;
        const int parts = 1 + static_cast<int>(random() % 12);
        for (int k = 0; k < parts; ++k)
            text += pieces[random() % std::size(pieces)];
        if (random() % 8 == 0)
            text = std::string(180 + random() % 30, 'a') + text; // around the 200-byte limit
        const int want = reference(text);
        ASSERT_EQ(levelFromText(text), want) << text;
        found += want != LevelUnknown;
    }
    EXPECT_GT(found, 10000); // the pieces make levels often enough to test both outcomes
}

TEST(LogFormats, DetectsEachFormat)
{
    EXPECT_EQ(detectLogFormat("{\"MESSAGE\":\"x\"}\n"), LogFormat::JournalJson);
    EXPECT_EQ(detectLogFormat("__CURSOR=s=1\nMESSAGE=x\n\n"), LogFormat::JournalExport);
    EXPECT_EQ(detectLogFormat("<34>Oct 11 22:14:15 host su: failed\n"), LogFormat::Syslog);
    EXPECT_EQ(detectLogFormat("Nov 28 04:11:35 vps sshd[123]: Connection closed\n"), LogFormat::Syslog);
    EXPECT_EQ(detectLogFormat("2025-11-28T04:00:00.1+00:00 vps app[1]: hello\n"), LogFormat::Syslog);
    EXPECT_EQ(detectLogFormat("2025-11-28 04:00:00,123 - ws - ERROR - boom\n"), LogFormat::Plain);
    EXPECT_EQ(detectLogFormat(""), LogFormat::Plain);
}

TEST(LogReaders, JournalJsonWithEscapesBinaryMessagesAndRepeatedFields)
{
    QByteArray in;
    in += journalLine(T0, 3, "a.service", "\"quote \\\" tab\\t \\u00e9 \\ud83d\\ude00\"");
    in += journalLine(T0 + 1, 6, "a.service", "[104,105,0,33]"); // binary: "hi\0!"
    in += "{\"__REALTIME_TIMESTAMP\":\"" + QByteArray::number(T0 + 2) +
          "\",\"MESSAGE\":[\"first\",\"second\"],\"SYSLOG_IDENTIFIER\":\"tool\"}\n";
    in += "{\"__REALTIME_TIMESTAMP\":\"1\",\"_BOOT_ID\":\"x\"}\n"; // no MESSAGE: nothing to analyse
    const Analysed a = analyse(in);
    EXPECT_EQ(a.result.inputs.front().format, LogFormat::JournalJson);
    EXPECT_EQ(a.result.analysed, 3);
    EXPECT_EQ(a.result.unreadable, 0);
    EXPECT_EQ(a.result.binaryMessages, 1);
    ASSERT_TRUE(findTemplate(a.result, QStringLiteral("quote \" tab")));
    EXPECT_TRUE(findTemplate(a.result, QStringLiteral("quote \" tab"))->text.contains(QStringLiteral("é 😀")));
    EXPECT_EQ(findTemplate(a.result, QStringLiteral("quote"))->level, 3);
    EXPECT_TRUE(findTemplate(a.result, QStringLiteral("first")));
    EXPECT_EQ(a.result.byUnit.count(QStringLiteral("tool")), 1u);
    EXPECT_EQ(a.result.firstUs, T0);
}

TEST(LogReaders, TruncatedJournalReportsTheCutAndKeepsWhatWasReadable)
{
    QByteArray in;
    for (int i = 0; i < 50; ++i)
        in += journalLine(T0 + i * 1000000LL, 3, "a.service", "\"disk full on sda" + QByteArray::number(i % 3) + "\"");
    in += journalLine(T0, 3, "a.service", "\"cut here").left(40); // cut mid-entry, no newline
    const Analysed a = analyse(in);
    EXPECT_EQ(a.result.analysed, 50);
    EXPECT_EQ(a.result.unreadable, 1);
    ASSERT_FALSE(a.result.firstProblems.empty());
    EXPECT_NE(a.result.firstProblems.front().second.reason.find("cut off"), std::string::npos);
    EXPECT_EQ(a.report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("unreadable")).toInt(), 1);
}

TEST(LogReaders, InvalidUtf8IsReadNotRejected)
{
    QByteArray in = journalLine(T0, 4, "a.service", "\"bad \xff\xfe bytes in \xc3 message\"");
    in += "2025-11-28 04:00:01 ERROR plain \xff\xff line\n";
    const Analysed json = analyse(in.left(in.indexOf('\n') + 1));
    EXPECT_EQ(json.result.analysed, 1);
    EXPECT_EQ(json.result.unreadable, 0);
    const Analysed plain = analyse(in.mid(in.indexOf('\n') + 1));
    EXPECT_EQ(plain.result.analysed, 1);
    ASSERT_EQ(plain.result.templates.size(), 1u);
    EXPECT_TRUE(plain.result.templates.front().text.contains(QChar(0xFFFD)));
}

TEST(LogReaders, JournalExportWithBinaryFieldsAndATruncatedTail)
{
    QByteArray in;
    for (int i = 0; i < 3; ++i) {
        in += "__CURSOR=s=" + QByteArray::number(i) + "\n__REALTIME_TIMESTAMP=" + QByteArray::number(T0 + i) +
              "\nPRIORITY=3\n_SYSTEMD_UNIT=virtuoso.service\nMESSAGE=reconnect failed for conn_" +
              QByteArray::number(i + 6) + "\n\n";
    }
    // A binary MESSAGE (length-prefixed, holds a newline and a NUL) and a binary field of another name.
    const QByteArray binary = QByteArray("line one\nline two\0end", 22);
    in += "__REALTIME_TIMESTAMP=" + QByteArray::number(T0 + 10) + "\nPRIORITY=4\nMESSAGE\n" + le64(binary.size()) +
          binary + "\nCOREDUMP\n" + le64(3) + QByteArray("\0\1\2", 3) + "\n_SYSTEMD_UNIT=virtuoso.service\n\n";
    const QByteArray complete = in;
    in += "__REALTIME_TIMESTAMP=" + QByteArray::number(T0 + 11) + "\nMESSAGE\n" + le64(1000) + "only a few bytes";
    const Analysed a = analyse(in);
    EXPECT_EQ(a.result.inputs.front().format, LogFormat::JournalExport);
    EXPECT_EQ(a.result.analysed, 4);
    EXPECT_EQ(a.result.binaryMessages, 1);
    EXPECT_EQ(a.result.unreadable, 1);
    const TemplateStats *reconnect = findTemplate(a.result, QStringLiteral("reconnect failed"));
    ASSERT_TRUE(reconnect);
    EXPECT_EQ(reconnect->count, 3);
    ASSERT_EQ(reconnect->variables.size(), 1u);
    EXPECT_EQ(reconnect->variables.front().values.size(), 3u);
    EXPECT_TRUE(findTemplate(a.result, QStringLiteral("line two")));
    // The same bytes cut into tiny chunks give the same result.
    AnalyzeOptions small;
    small.chunkBytes = 7;
    const Analysed b = analyse(complete, small);
    EXPECT_EQ(b.result.analysed, 4);
    EXPECT_EQ(b.result.unreadable, 0);
}

TEST(LogReaders, ClassicAnd5424SyslogWithUnitsAndPriorities)
{
    const QByteArray in = "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8\n"
                          "Nov 28 04:11:35 vps sshd[123]: Connection closed by 10.0.0.1 port 22\n"
                          "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
                          "[exampleSDID@32473 iut=\"3\" eventSource=\"App]\"] An application event log entry\n";
    AnalyzeOptions o;
    o.year = 2025;
    const Analysed a = analyse(in, o);
    EXPECT_EQ(a.result.inputs.front().format, LogFormat::Syslog);
    EXPECT_EQ(a.result.analysed, 3);
    const TemplateStats *su = findTemplate(a.result, QStringLiteral("'su root' failed"));
    ASSERT_TRUE(su);
    EXPECT_EQ(su->level, 2);
    EXPECT_EQ(su->units, QStringList{QStringLiteral("su")});
    EXPECT_EQ(formatTimestamp(su->firstUs), QStringLiteral("2025-10-11T22:14:15.000Z"));
    const TemplateStats *app = findTemplate(a.result, QStringLiteral("An application event"));
    ASSERT_TRUE(app);
    EXPECT_EQ(app->text, QStringLiteral("An application event log entry"));
    EXPECT_EQ(app->level, 5);
    EXPECT_EQ(app->units, QStringList{QStringLiteral("evntslog")});
    EXPECT_TRUE(findTemplate(a.result, QStringLiteral("Connection closed by")));
}

TEST(LogReaders, PlainTextTimestampsLevelsAndFilters)
{
    QByteArray in;
    for (int i = 0; i < 120; ++i)
        in += "2025-11-28 04:" + QByteArray::number(10 + i / 60).rightJustified(2, '0') + ":" +
              QByteArray::number(i % 60).rightJustified(2, '0') + ",000 - app - " + (i % 4 == 0 ? "ERROR" : "INFO") +
              " - worker " + QByteArray::number(i % 5) + " finished job " + QByteArray::number(i) + "\n";
    const Analysed all = analyse(in);
    EXPECT_EQ(all.result.inputs.front().format, LogFormat::Plain);
    EXPECT_EQ(all.result.analysed, 120);
    EXPECT_EQ(all.result.byLevel[3], 30);
    EXPECT_EQ(all.result.byLevel[6], 90);
    AnalyzeOptions window;
    window.sinceUs = T0 + 10 * 60000000LL + 30 * 1000000LL; // 04:10:30
    window.untilUs = T0 + 11 * 60000000LL;                  // 04:11:00
    const Analysed part = analyse(in, window);
    EXPECT_EQ(part.result.entries, 120);
    EXPECT_EQ(part.result.analysed, 30);
}

TEST(LogReaders, UnitFilterMatchesServiceNames)
{
    QByteArray in =
        journalLine(T0, 6, "virtuoso.service", "\"ours\"") + journalLine(T0, 6, "other.service", "\"theirs\"");
    AnalyzeOptions o;
    o.unit = QStringLiteral("virtuoso");
    const Analysed a = analyse(in, o);
    EXPECT_EQ(a.result.analysed, 1);
    EXPECT_TRUE(findTemplate(a.result, QStringLiteral("ours")));
}

TEST(LogReaders, GzipInputAndATruncatedGzip)
{
    QByteArray plain;
    for (int i = 0; i < 2000; ++i)
        plain += journalLine(T0 + i * 1000000LL, 6, "a.service", "\"tick " + QByteArray::number(i) + " done\"");
    const QByteArray gz = gzip(plain);
    const Analysed a = analyse(gz, {}, QStringLiteral("j.json.gz"));
    EXPECT_TRUE(a.result.inputs.front().compressed);
    EXPECT_EQ(a.result.inputs.front().format, LogFormat::JournalJson);
    EXPECT_EQ(a.result.analysed, 2000);
    EXPECT_TRUE(a.result.inputs.front().error.isEmpty());
    // Two members one after another, as `cat a.gz b.gz` gives.
    const Analysed twice = analyse(gz + gz, {}, QStringLiteral("jj.gz"));
    EXPECT_EQ(twice.result.analysed, 4000);

    const Analysed cut = analyse(gz.left(gz.size() / 2), {}, QStringLiteral("cut.gz"));
    EXPECT_GT(cut.result.analysed, 100);
    EXPECT_LT(cut.result.analysed, 2000);
    EXPECT_TRUE(cut.result.inputs.front().error.contains(QStringLiteral("ends early")));
    const QJsonArray inputs =
        cut.report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("inputs")).toArray();
    EXPECT_TRUE(
        inputs.first().toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("truncated")));
}

TEST(LogReaders, MegabyteLinesAreReadWhole)
{
    QByteArray in = "2025-11-28 04:00:00 ERROR start\n";
    in += "2025-11-28 04:00:01 WARNING huge " + QByteArray(1 << 20, 'x') + "\n";
    in += journalLine(T0, 3, "a", "\"" + QByteArray(1 << 20, 'y') + "\"").replace('\n', ' ') + "\n";
    in += "2025-11-28 04:00:02 ERROR end\n";
    AnalyzeOptions o;
    o.chunkBytes = 64 * 1024; // far below the line length
    const Analysed a = analyse(in, o);
    EXPECT_EQ(a.result.analysed, 4);
    EXPECT_EQ(a.result.unreadable, 0);
    EXPECT_EQ(a.result.byLevel[4], 1);
    // Beyond the entry limit a line is cut and the cut reported, never held whole.
    o.maxEntryBytes = 256 * 1024;
    const Analysed capped = analyse(in, o);
    EXPECT_GE(capped.result.unreadable, 1);
    EXPECT_GE(capped.result.analysed, 4);
}

TEST(LogReaders, EmptyAndMissingInputs)
{
    const Analysed empty = analyse(QByteArray());
    EXPECT_EQ(empty.result.analysed, 0);
    EXPECT_EQ(empty.report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("empty"));
    EXPECT_TRUE(empty.report.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("verdict"))
                    .toString()
                    .contains(QStringLiteral("No readable")));
    const AnalysisResult missing = analyzeLogs({QStringLiteral("/nonexistent/x.log")}, {});
    ASSERT_EQ(missing.inputs.size(), 1u);
    EXPECT_TRUE(missing.inputs.front().error.contains(QStringLiteral("cannot open")));
}

TEST(LogReaders, ThreadsAndChunkSizesDoNotChangeTheResult)
{
    QByteArray in;
    for (int i = 0; i < 3000; ++i)
        in += journalLine(T0 + i * 500000LL, i % 7 == 0 ? 3 : 6, "a.service",
                          "\"[HANDLER_TIMEOUT] handler timeout for conn_" + QByteArray::number(i % 3 + 6) + " after " +
                              QByteArray::number(i % 50) + " ms\"");
    AnalyzeOptions one;
    one.threads = 1;
    AnalyzeOptions many;
    many.threads = 3;
    many.chunkBytes = 4096;
    const Analysed a = analyse(in, one);
    const Analysed b = analyse(in, many);
    ASSERT_EQ(a.result.templates.size(), b.result.templates.size());
    for (size_t i = 0; i < a.result.templates.size(); ++i) {
        EXPECT_EQ(a.result.templates[i].text, b.result.templates[i].text);
        EXPECT_EQ(a.result.templates[i].count, b.result.templates[i].count);
        EXPECT_EQ(a.result.templates[i].byLevel, b.result.templates[i].byLevel);
    }
    EXPECT_EQ(a.result.errorSeconds.size(), b.result.errorSeconds.size());
}

TEST(LogsCommand, TimeArguments)
{
    const qint64 now = T0 + 3600000000LL;
    EXPECT_EQ(parseTimeArgument(QStringLiteral("2025-11-28 04:00"), now), T0);
    EXPECT_EQ(parseTimeArgument(QStringLiteral("2025-11-28"), now), T0 - 4 * 3600000000LL);
    EXPECT_EQ(parseTimeArgument(QStringLiteral("2025-11-28T04:00:00Z"), now), T0);
    EXPECT_EQ(parseTimeArgument(QStringLiteral("@1764302400"), now), T0);
    EXPECT_EQ(parseTimeArgument(QStringLiteral("-1h"), now), T0);
    EXPECT_EQ(parseTimeArgument(QStringLiteral("-30m"), now), T0 + 1800000000LL);
    EXPECT_FALSE(parseTimeArgument(QStringLiteral("last tuesday"), now));
    EXPECT_FALSE(parseTimeArgument(QStringLiteral("-5x"), now));
}
