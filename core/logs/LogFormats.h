#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace virtuoso::logs {

// The log formats the analyzer reads. Content: one message a line, nothing parsed out of it.
enum class LogFormat { Auto, JournalJson, JournalExport, Syslog, Plain, Content };

std::optional<LogFormat> parseLogFormat(const QString &name); // auto, journal-json, journal-export, ...
QString logFormatName(LogFormat format);

// Severity as syslog numbers it: 0 emerg … 3 err, 4 warning, 5 notice, 6 info, 7 debug.
constexpr int LevelUnknown = -1;
constexpr int LevelError = 3;
constexpr int LevelWarning = 4;
constexpr int LevelInfo = 6;
const char *levelName(int level); // "emerg" … "debug"

// One log entry as the readers hand it over. The views point into the reader's chunk and live only
// during the callback; `decoded` holds the message when it had to be unescaped.
struct LogRecord
{
    std::int64_t timestampUs = 0; // UTC microseconds since the epoch; 0 when the entry has none
    int priority = LevelUnknown;  // from PRIORITY or the syslog <PRI>
    int textLevel = LevelUnknown; // from the message text: [ERROR], ERROR:, level=error, …
    std::string_view unit;        // _SYSTEMD_UNIT, else SYSLOG_IDENTIFIER, else the syslog tag
    std::string_view code;        // CODE (this product's structured warning code)
    std::string_view message;
    std::int64_t offset = 0;    // byte offset of the entry in its (decompressed) input
    bool binaryMessage = false; // the journal stored MESSAGE as bytes

    // The severity the report uses: the more severe of PRIORITY and the text's own marker, so an
    // "[ERROR]" line stored at priority 6 still counts as an error; info when neither says.
    int level() const;
};

// What a reader could not read; every such entry is counted, the first few kept for the report.
struct ReadProblem
{
    std::int64_t offset = 0;
    std::string reason;
};

class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void record(const LogRecord &record) = 0;
    virtual void problem(const ReadProblem &problem) = 0;
};

// Guesses the format from the first bytes of an input (already decompressed).
LogFormat detectLogFormat(std::string_view head);

// How many bytes of `buffer` hold complete entries (the rest waits for more input). At the end of
// the input everything is complete. 0 when not even one entry is complete yet.
std::size_t completeEntries(LogFormat format, std::string_view buffer, bool endOfInput);

// Parses the complete entries of `chunk` (as cut by completeEntries) and hands each to the sink.
// `year` completes RFC 3164 timestamps, which carry none. `scratch` keeps decoded messages.
void parseEntries(LogFormat format, std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink,
                  std::string &scratch);

// The severity a message states in its text, LevelUnknown when it states none.
int levelFromText(std::string_view message);

// Timestamps the readers understand, in UTC microseconds: ISO 8601 with a space or T, optional
// fraction and zone ("2026-11-28T04:11:35.123+01:00"), journal microseconds, RFC 3164 "Nov 28 04:11:35".
// `consumed` receives how many bytes the timestamp took. nullopt when the text does not start with one.
std::optional<std::int64_t> parseTimestamp(std::string_view text, std::size_t *consumed, int year = 0);
std::int64_t utcMicros(int year, int month, int day, int hour, int minute, int second, int micros);
QString formatTimestamp(std::int64_t timestampUs); // "2026-11-28 04:11:35.123Z", "" for 0

} // namespace virtuoso::logs
