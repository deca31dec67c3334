// The fast journalctl -o json scan: it finds the kept fields in every shape journalctl prints, hands
// every other shape to the full parser, and the two together read every line exactly as the full
// parser alone does — whole, cut at any byte, or with any byte changed.
#include "logs/LogFormatsInternal.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace virtuoso::logs;
using namespace virtuoso::logs::reader_detail;

namespace {

struct Seen
{
    std::vector<std::string> records; // every field of each record, printed
    std::vector<std::string> problems;
};

class CollectingSink final : public RecordSink
{
public:
    Seen seen;
    void record(const LogRecord &r) override
    {
        seen.records.push_back(std::to_string(r.timestampUs) + '|' + std::to_string(r.priority) + '|' +
                               std::to_string(r.textLevel) + '|' + std::string(r.unit) + '|' + std::string(r.code) +
                               '|' + std::to_string(r.offset) + '|' + (r.binaryMessage ? "bin|" : "text|") +
                               std::string(r.message));
    }
    void problem(const ReadProblem &p) override { seen.problems.push_back(std::to_string(p.offset) + ' ' + p.reason); }
};

Seen viaFastPath(const std::string &line)
{
    CollectingSink sink;
    std::string scratch;
    parseJsonLine(line, 42, 2025, sink, scratch);
    return sink.seen;
}

Seen viaFullParser(const std::string &line)
{
    CollectingSink sink;
    std::string scratch;
    parseJsonLineFull(line, 42, 2025, sink, scratch);
    return sink.seen;
}

void expectSameAsFullParser(const std::string &line)
{
    const Seen fast = viaFastPath(line);
    const Seen full = viaFullParser(line);
    EXPECT_EQ(fast.records, full.records) << line;
    EXPECT_EQ(fast.problems, full.problems) << line;
}

// journalctl's own shape: compact, fields in hash-table order, MESSAGE anywhere.
const std::string Compact =
    R"({"_SYSTEMD_SLICE":"system.slice","__CURSOR":"s=8f3a;i=1;b=2c4e;m=910f1c;t=6449c4f91497c;x=0",)"
    R"("__REALTIME_TIMESTAMP":"1764288000772476","_SELINUX_CONTEXT":"unconfined\n","PRIORITY":"3",)"
    R"("MESSAGE":"[HANDLER_TIMEOUT] handler timeout for conn_6","_SYSTEMD_UNIT":"virtuoso.service",)"
    R"("CODE":"HANDLER_TIMEOUT","SYSLOG_IDENTIFIER":"virtuoso","_PID":"4711"})";

// Every shape a journal field takes, and lines that only look like journal entries.
const std::vector<std::string> &shapes()
{
    static const std::vector<std::string> all = {
        Compact,
        R"({"MESSAGE":"say \"hi\" to \\ and /","PRIORITY":"6"})",                                   // escaped quotes
        R"({"MESSAGE":"tab\there\nnext line \u00e9 \ud83d\ude00 lone \ud800 end","PRIORITY":"4"})", // \u escapes
        R"({"MESSAGE":"ends in a backslash \\","PRIORITY":"5"})",
        R"({"MESSAGE":"\\\"\\","PRIORITY":"5"})",
        R"({"MESSAGE":"fake fields \",\"PRIORITY\":\"0\",\"_SYSTEMD_UNIT\":\"x\" inside","PRIORITY":"6"})",
        R"({"MESSAGE":[27,91,51,49,109,104,105,27,91,48,109],"PRIORITY":"3"})", // bytes (ANSI colours)
        R"({"MESSAGE":[104,105,0,33],"__REALTIME_TIMESTAMP":"1"})",             // bytes with a NUL
        R"({"MESSAGE":["first","second"],"SYSLOG_IDENTIFIER":"tool"})",         // a repeated field
        R"({"MESSAGE":null,"PRIORITY":"4","_SYSTEMD_UNIT":"big.service"})",     // over 4096 bytes
        R"({"__REALTIME_TIMESTAMP":"1764288000000000","_BOOT_ID":"x"})",        // no MESSAGE
        R"({"MESSAGE":"no priority, no time, no unit"})",
        R"({"MESSAGE":"only the source time","_SOURCE_REALTIME_TIMESTAMP":"1764288000000001"})",
        R"({"MESSAGE":"identifier only","SYSLOG_IDENTIFIER":"cron"})",
        R"({"MESSAGE":"first","MESSAGE":"second","PRIORITY":"2","PRIORITY":"6"})", // a key twice
        R"({"MESS\u0041GE":"escaped key","PRIORITY":"6"})",
        R"({"MESSAGE":"escaped unit","_SYSTEMD_UNIT":"a\u002eservice","CODE":"X\"Y"})",
        R"({ "MESSAGE" : "spaces between tokens", "PRIORITY" : "3" })",
        R"({"MESSAGE":"trailing bytes after the object"}garbage)",
        R"({"MESSAGE":"number value","PRIORITY":3})",
        R"({"MESSAGE":"nested","X":{"a":"b"}})",
        R"({"MESSAGE":"bad escape \u12","PRIORITY":"3"})",
        R"({"MESSAGE":"unknown escape \q kept","PRIORITY":"3"})",
        R"({"MESSAGE":"2025-11-28 04:00:00,123 - ws - ERROR - own timestamp and level"})",
        "{\"MESSAGE\":\"invalid UTF-8 \xff\xfe \xc3 kept\",\"PRIORITY\":\"6\"}",
        "{\"MESSAGE\":\"unicode \xe2\x86\x92 \xc2\xb5s \xe5\xb8\x81\",\"PRIORITY\":\"6\"}",
        R"({"PRIORITY":"9","MESSAGE":"priority out of range","__REALTIME_TIMESTAMP":"12x"})",
        R"({})",
        R"({"MESSAGE":""})",
        R"(not json at all)",
        R"([1,2,3])",
        R"({"MESSAGE")",
        R"({"MESSAGE":"x",})",
        R"({"MESSAGE":"x""PRIORITY":"3"})",
        R"({"MESSAGE":nul})",
        R"({"MESSAGE":"x"},)",
        R"({,})",
        R"({"":""})",
        R"({"a})",
        R"(})",
        R"({)",
    };
    return all;
}

} // namespace

TEST(LogJsonScan, FindsTheKeptFieldsOfJournalctlsCompactLines)
{
    EntryFields e;
    ASSERT_TRUE(scanCompactJson(Compact, e));
    EXPECT_EQ(e.message, "[HANDLER_TIMEOUT] handler timeout for conn_6");
    EXPECT_FALSE(e.messageEscaped);
    EXPECT_EQ(e.priority, "3");
    EXPECT_EQ(e.realtime, "1764288000772476");
    EXPECT_EQ(e.unit, "virtuoso.service");
    EXPECT_EQ(e.identifier, "virtuoso");
    EXPECT_EQ(e.code, "HANDLER_TIMEOUT");

    EntryFields quoted;
    ASSERT_TRUE(scanCompactJson(shapes()[1], quoted));
    EXPECT_TRUE(quoted.messageEscaped); // decoded by the caller
    EXPECT_EQ(quoted.message, R"(say \"hi\" to \\ and /)");

    EntryFields fake;
    ASSERT_TRUE(scanCompactJson(shapes()[5], fake));
    EXPECT_EQ(fake.priority, "6"); // key-like text inside MESSAGE is not a field
    EXPECT_TRUE(fake.unit.empty());

    EntryFields null;
    ASSERT_TRUE(scanCompactJson(shapes()[9], null));
    EXPECT_TRUE(null.hasMessage);
    EXPECT_TRUE(null.message.empty());

    EntryFields none;
    ASSERT_TRUE(scanCompactJson(shapes()[10], none));
    EXPECT_FALSE(none.hasMessage);

    // Shapes the full parser reads instead.
    for (const size_t i : {6u, 8u, 16u, 17u, 18u, 19u, 20u}) {
        EntryFields other;
        EXPECT_FALSE(scanCompactJson(shapes()[i], other)) << shapes()[i];
    }
}

TEST(LogJsonScan, ReadsEveryShapeAsTheFullParserDoes)
{
    for (const std::string &line : shapes())
        expectSameAsFullParser(line);
    // The decoded text itself, through the fast path.
    const Seen s = viaFastPath(shapes()[2]);
    ASSERT_EQ(s.records.size(), 1u);
    EXPECT_NE(s.records.front().find("tab\there\nnext line \xc3\xa9 \xf0\x9f\x98\x80 lone \xef\xbf\xbd end"),
              std::string::npos);
    EXPECT_TRUE(viaFastPath(shapes()[21]).records.empty());
    EXPECT_EQ(viaFastPath(shapes()[21]).problems.size(), 1u); // the bad escape is reported, not dropped
}

TEST(LogJsonScan, CutAtAnyByteOrWithAnyByteChangedStillReadsAsTheFullParserDoes)
{
    // A truncated last entry ends the line anywhere; a damaged file holds any byte anywhere.
    for (const std::string &line : shapes()) {
        for (size_t cut = 0; cut <= line.size(); ++cut)
            expectSameAsFullParser(line.substr(0, cut));
        std::mt19937 rng(static_cast<unsigned>(line.size()));
        const std::string bytes = "\"\\{}[],: nu0\xff";
        for (size_t i = 0; i < line.size(); ++i) {
            std::string damaged = line;
            damaged[i] = bytes[rng() % bytes.size()];
            expectSameAsFullParser(damaged);
        }
    }
}

TEST(LogJsonScan, LongValuesAcrossTheSixteenByteSteps)
{
    // Quotes and backslashes at every position relative to the scan's 16-byte steps.
    for (size_t pad = 0; pad < 40; ++pad) {
        const std::string filler(pad, 'a');
        expectSameAsFullParser(R"({"X":")" + filler + R"(\"","MESSAGE":")" + filler + R"(\\","PRIORITY":"3"})");
        expectSameAsFullParser(R"({"MESSAGE":")" + filler + R"(\\\"x","_SYSTEMD_UNIT":"u"})");
        // The fields are views into the line: it must outlive them.
        const std::string line = R"({")" + filler + R"(":"v","MESSAGE":"m)" + filler + R"("})";
        EntryFields e;
        ASSERT_TRUE(scanCompactJson(line, e));
        EXPECT_EQ(e.message, "m" + filler);
    }
}

namespace {

// A whole chunk through parseEntries (the quote-position scan, the walk, the full parser) against
// the full parser line by line.
void expectChunkSameAsFullParser(const std::string &chunk)
{
    CollectingSink viaChunk;
    std::string scratch;
    parseEntries(LogFormat::JournalJson, chunk, 1000, 2025, viaChunk, scratch);
    CollectingSink viaLines;
    size_t pos = 0;
    while (pos < chunk.size()) {
        size_t end = chunk.find('\n', pos);
        if (end == std::string::npos)
            end = chunk.size();
        std::string line = chunk.substr(pos, end - pos);
        while (!line.empty() && line.back() == '\r')
            line.pop_back();
        parseJsonLineFull(line, 1000 + static_cast<std::int64_t>(pos), 2025, viaLines, scratch);
        pos = end + 1;
    }
    EXPECT_EQ(viaChunk.seen.records, viaLines.seen.records);
    EXPECT_EQ(viaChunk.seen.problems, viaLines.seen.problems);
}

} // namespace

TEST(LogJsonScan, ChunksOfEveryShapeReadAsTheFullParserReadsTheirLines)
{
    std::string chunk;
    for (const std::string &line : shapes())
        chunk += line + '\n';
    expectChunkSameAsFullParser(chunk);
    expectChunkSameAsFullParser(chunk + Compact); // the last line without its newline
    // Windows line ends, and every line at every alignment to the 64-byte steps.
    std::string crlf;
    for (size_t pad = 0; pad < 70; ++pad)
        crlf += R"({"P":")" + std::string(pad, 'p') + R"(",)" + Compact.substr(1) + (pad % 2 ? "\r\n" : "\n");
    expectChunkSameAsFullParser(crlf);
    // Cut anywhere: the chunk's last entry is incomplete.
    for (size_t cut = 0; cut <= chunk.size(); cut += 7)
        expectChunkSameAsFullParser(chunk.substr(0, cut));
    // More fields than the quote scan keeps positions for.
    std::string wide = "{";
    for (int i = 0; i < 80; ++i)
        wide += "\"F" + std::to_string(i) + "\":\"v\",";
    wide += R"("MESSAGE":"many fields","PRIORITY":"2"})";
    expectChunkSameAsFullParser(wide + '\n' + Compact + '\n');
    CollectingSink sink;
    std::string scratch;
    parseEntries(LogFormat::JournalJson, wide, 0, 2025, sink, scratch);
    ASSERT_EQ(sink.seen.records.size(), 1u);
    EXPECT_NE(sink.seen.records.front().find("many fields"), std::string::npos);
}

TEST(LogJsonScan, DamagedChunksReadAsTheFullParserReadsTheirLines)
{
    std::string chunk;
    for (const std::string &line : shapes())
        chunk += line + '\n';
    std::mt19937 rng(2026);
    const std::string bytes = "\"\\{}[],:\n\r nu0\xff";
    for (int round = 0; round < 400; ++round) {
        std::string damaged = chunk;
        for (int k = 0; k < 3; ++k)
            damaged[rng() % damaged.size()] = bytes[rng() % bytes.size()];
        expectChunkSameAsFullParser(damaged);
    }
}
