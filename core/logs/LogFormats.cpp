// The log formats by name, severities, timestamps, format detection, the cutting of input into
// complete entries and the dispatch of each entry to its reader (the journal readers are in
// LogJournalReaders.cpp, the syslog reader in LogSyslogReader.cpp).
#include "logs/LogFormats.h"

#include "logs/LogFormatsInternal.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstring>

namespace virtuoso::logs {

using namespace reader_detail;

namespace {

constexpr bool isWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

constexpr std::array<bool, 256> wordBytes()
{
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] = isWordChar(static_cast<char>(c));
    return t;
}

// isWordChar by table: the level search asks it for every byte it reads.
inline bool wordByte(char c)
{
    static constexpr std::array<bool, 256> table = wordBytes();
    return table[static_cast<unsigned char>(c)];
}

bool equalsLower(std::string_view s, std::string_view lowerWord)
{
    if (s.size() != lowerWord.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lowerWord[i])
            return false;
    return true;
}

// Reads exactly n digits at s[pos]; -1 when they are not all digits.
int digits(std::string_view s, size_t pos, size_t n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!isDigit(s[pos + i]))
            return -1;
        v = v * 10 + (s[pos + i] - '0');
    }
    return v;
}

int monthFromName(std::string_view s)
{
    static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (s.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (std::memcmp(s.data(), names[i], 3) == 0)
            return i + 1;
    return 0;
}

int currentYear()
{
    return QDateTime::currentDateTimeUtc().date().year();
}

// After the seconds of a timestamp: an optional fraction (. or ,) and zone (Z, +01:00, -0500).
std::optional<std::int64_t> fractionAndZone(std::string_view s, size_t p, std::int64_t secondUs, size_t *consumed);

std::string_view trimLineEnd(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    return line;
}

void parsePlainLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink)
{
    LogRecord r;
    r.offset = offset;
    r.message = line;
    finish(r, year);
    sink.record(r);
}

} // namespace

void reader_detail::finish(LogRecord &r, int year)
{
    size_t used = 0;
    std::string_view m = r.message;
    size_t lead = 0;
    if (!m.empty() && m[0] == '[')
        lead = 1;
    if (m.size() > lead + 8 && isDigit(m[lead])) {
        if (const auto ts = parseTimestamp(m.substr(lead), &used, year)) {
            if (r.timestampUs == 0)
                r.timestampUs = *ts;
            m.remove_prefix(lead + used);
            if (lead && !m.empty() && m[0] == ']')
                m.remove_prefix(1);
            while (!m.empty() && (m[0] == ' ' || m[0] == '-' || m[0] == '|' || m[0] == '\t'))
                m.remove_prefix(1);
            r.message = m;
        }
    }
    r.textLevel = levelFromText(r.message);
}

std::optional<LogFormat> parseLogFormat(const QString &name)
{
    static const std::pair<const char *, LogFormat> names[] = {{"auto", LogFormat::Auto},
                                                               {"journal-json", LogFormat::JournalJson},
                                                               {"json", LogFormat::JournalJson},
                                                               {"journal-export", LogFormat::JournalExport},
                                                               {"export", LogFormat::JournalExport},
                                                               {"syslog", LogFormat::Syslog},
                                                               {"plain", LogFormat::Plain},
                                                               {"content", LogFormat::Content}};
    for (const auto &[n, f] : names)
        if (name == QLatin1String(n))
            return f;
    return std::nullopt;
}

QString logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Auto:
        return QStringLiteral("auto");
    case LogFormat::JournalJson:
        return QStringLiteral("journal-json");
    case LogFormat::JournalExport:
        return QStringLiteral("journal-export");
    case LogFormat::Syslog:
        return QStringLiteral("syslog");
    case LogFormat::Plain:
        return QStringLiteral("plain");
    case LogFormat::Content:
        return QStringLiteral("content");
    }
    return {};
}

const char *levelName(int level)
{
    static const char *const names[] = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
    return level >= 0 && level <= 7 ? names[level] : "info";
}

int LogRecord::level() const
{
    if (priority < 0 && textLevel < 0)
        return LevelInfo;
    if (priority < 0)
        return textLevel;
    if (textLevel < 0)
        return priority;
    return std::min(priority, textLevel);
}

int levelFromText(std::string_view m)
{
    // Word by word: a level is a whole word, so only a word's first byte can start one.
    const std::string_view head = m.substr(0, 200);
    const size_t n = head.size();
    const auto skipWord = [&](size_t i) {
        while (i < n && wordByte(head[i]))
            ++i;
        return i;
    };
    for (size_t i = 0; i < n;) {
        const char c = head[i];
        if (!wordByte(c)) {
            ++i;
            continue;
        }
        if (isUpper(c)) {
            size_t j = i;
            while (j < n && isUpper(head[j]))
                ++j;
            if (j < n && wordByte(head[j])) {
                i = skipWord(j);
                continue;
            }
            const std::string_view w = head.substr(i, j - i);
            i = j;
            switch (w.size()) {
            case 3:
                if (w == "ERR")
                    return 3;
                break;
            case 4:
                if (w == "WARN")
                    return 4;
                if (w == "INFO")
                    return 6;
                if (w == "CRIT")
                    return 2;
                break;
            case 5:
                if (w == "ERROR")
                    return 3;
                if (w == "FATAL" || w == "PANIC" || w == "ALERT" || w == "EMERG")
                    return w == "EMERG" ? 0 : (w == "ALERT" ? 1 : 2);
                if (w == "DEBUG" || w == "TRACE")
                    return 7;
                break;
            case 6:
                if (w == "NOTICE")
                    return 5;
                if (w == "SEVERE")
                    return 3;
                break;
            case 7:
                if (w == "WARNING")
                    return 4;
                break;
            case 8:
                if (w == "CRITICAL")
                    return 2;
                break;
            default:
                break;
            }
            continue;
        }
        if (c == 'l' || c == 's') {
            // level=error, lvl=warn, severity=ERROR, "level":"error"
            const std::string_view rest = head.substr(i);
            i = skipWord(i + 1);
            size_t k = 0;
            if (startsWith(rest, "level"))
                k = 5;
            else if (startsWith(rest, "lvl"))
                k = 3;
            else if (startsWith(rest, "severity"))
                k = 8;
            if (!k)
                continue;
            if (k < rest.size() && rest[k] == '"')
                ++k;
            if (k >= rest.size() || (rest[k] != '=' && rest[k] != ':'))
                continue;
            ++k;
            while (k < rest.size() && (rest[k] == '"' || rest[k] == ' '))
                ++k;
            size_t e = k;
            while (e < rest.size() && isWordChar(rest[e]))
                ++e;
            const std::string_view v = rest.substr(k, e - k);
            static const std::pair<const char *, int> values[] = {
                {"emerg", 0}, {"alert", 1},   {"fatal", 2},  {"crit", 2}, {"critical", 2}, {"error", 3}, {"err", 3},
                {"warn", 4},  {"warning", 4}, {"notice", 5}, {"info", 6}, {"debug", 7},    {"trace", 7}};
            for (const auto &[name, level] : values)
                if (equalsLower(v, name))
                    return level;
            continue;
        }
        i = skipWord(i + 1);
    }
    return LevelUnknown;
}

std::int64_t utcMicros(int year, int month, int day, int hour, int minute, int second, int micros)
{
    // Days from the civil date (H. Hinnant's algorithm).
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = static_cast<unsigned>((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
    return ((days * 24 + hour) * 60 + minute) * 60'000'000LL + second * 1'000'000LL + micros;
}

namespace {

// The 19 bytes of "2026-11-28 04:00:00" compared as three loads (a call to memcmp costs more).
inline bool sameSecondText(const char *a, const char *b)
{
    std::uint64_t a0, a1, a2, b0, b1, b2;
    std::memcpy(&a0, a, 8);
    std::memcpy(&a1, a + 8, 8);
    std::memcpy(&a2, a + 11, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&b1, b + 8, 8);
    std::memcpy(&b2, b + 11, 8);
    return ((a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2)) == 0;
}

} // namespace

std::optional<std::int64_t> parseTimestamp(std::string_view s, size_t *consumed, int year)
{
    // Consecutive lines mostly share their second: "2026-11-28 04:00:00" is parsed once a second
    // per thread, only the fraction and zone after it each time.
    struct LastSecond
    {
        char text[19] = {};
        std::int64_t us = 0;
        bool valid = false;
    };
    thread_local LastSecond last;
    int y = 0;
    int mo = 0;
    int d = 0;
    size_t p = 0;
    std::int64_t secondUs = 0;
    if (s.size() >= 19 && last.valid && sameSecondText(s.data(), last.text)) {
        secondUs = last.us;
        p = 19;
        return fractionAndZone(s, p, secondUs, consumed);
    }
    if (s.size() >= 19 && isDigit(s[0])) {
        y = digits(s, 0, 4);
        if (y < 0 || (s[4] != '-' && s[4] != '/'))
            return std::nullopt;
        mo = digits(s, 5, 2);
        d = digits(s, 8, 2);
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || s[7] != s[4] || (s[10] != ' ' && s[10] != 'T'))
            return std::nullopt;
        p = 11;
    } else if (s.size() >= 15 && isUpper(s[0])) {
        mo = monthFromName(s);
        if (!mo || s[3] != ' ')
            return std::nullopt;
        p = 4;
        if (s[p] == ' ')
            ++p;
        d = 0;
        while (p < s.size() && isDigit(s[p]) && d < 100)
            d = d * 10 + (s[p++] - '0');
        if (d < 1 || d > 31 || p >= s.size() || s[p] != ' ')
            return std::nullopt;
        ++p;
        y = year > 0 ? year : currentYear();
    } else {
        return std::nullopt;
    }
    const int h = digits(s, p, 2);
    const int mi = digits(s, p + 3, 2);
    const int se = digits(s, p + 6, 2);
    if (h < 0 || mi < 0 || se < 0 || s[p + 2] != ':' || s[p + 5] != ':' || h > 23 || mi > 59 || se > 60)
        return std::nullopt;
    p += 8;
    secondUs = utcMicros(y, mo, d, h, mi, se, 0);
    if (p == 19 && isDigit(s[0])) {
        std::memcpy(last.text, s.data(), 19);
        last.us = secondUs;
        last.valid = true;
    }
    return fractionAndZone(s, p, secondUs, consumed);
}

namespace {

std::optional<std::int64_t> fractionAndZone(std::string_view s, size_t p, std::int64_t secondUs, size_t *consumed)
{
    int micros = 0;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        ++p;
        int scale = 100000;
        while (p < s.size() && isDigit(s[p])) {
            micros += (s[p] - '0') * scale;
            scale /= 10;
            ++p;
        }
    }
    std::int64_t offsetUs = 0;
    if (p < s.size() && s[p] == 'Z') {
        ++p;
    } else if (p + 2 < s.size() && (s[p] == '+' || s[p] == '-') && isDigit(s[p + 1])) {
        const int oh = digits(s, p + 1, 2);
        size_t q = p + 3;
        if (q < s.size() && s[q] == ':')
            ++q;
        const int om = digits(s, q, 2);
        if (oh >= 0 && om >= 0) {
            offsetUs = (oh * 60LL + om) * 60'000'000LL * (s[p] == '+' ? 1 : -1);
            p = q + 2;
        }
    }
    if (consumed)
        *consumed = p;
    return secondUs + micros - offsetUs;
}

} // namespace

QString formatTimestamp(std::int64_t timestampUs)
{
    if (timestampUs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

LogFormat detectLogFormat(std::string_view head)
{
    if (startsWith(head, "\xEF\xBB\xBF"))
        head.remove_prefix(3);
    size_t i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    const std::string_view s = head.substr(i);
    if (s.empty())
        return LogFormat::Plain;
    if (s[0] == '{')
        return LogFormat::JournalJson;
    // Export: FIELD=value lines, field names upper case (and the binary form: a bare name line).
    size_t k = 0;
    while (k < s.size() && (isUpper(s[k]) || isDigit(s[k]) || s[k] == '_'))
        ++k;
    if (k > 0 && k < s.size() && (s[k] == '=' || s[k] == '\n') && (s[0] == '_' || isUpper(s[0])))
        return LogFormat::JournalExport;
    std::string_view line = s.substr(0, s.find('\n'));
    line = trimLineEnd(line);
    std::string_view rest = line;
    if (readPri(rest) != LevelUnknown)
        return LogFormat::Syslog;
    size_t used = 0;
    std::string_view tag;
    std::string_view message;
    if (parseTimestamp(line, &used, 2000) && readHostTag(line.substr(used), &tag, &message))
        return LogFormat::Syslog;
    return LogFormat::Plain;
}

std::size_t completeEntries(LogFormat format, std::string_view buffer, bool endOfInput)
{
    if (endOfInput)
        return buffer.size();
    if (format == LogFormat::JournalExport) {
        size_t pos = 0;
        size_t complete = 0;
        while (pos < buffer.size()) {
            const size_t end = walkExportEntry(
                buffer, pos, [](std::string_view, std::string_view) {}, nullptr);
            if (end == std::string_view::npos)
                break;
            complete = pos = end;
        }
        return complete;
    }
    const void *nl = memrchr(buffer.data(), '\n', buffer.size());
    return nl ? static_cast<size_t>(static_cast<const char *>(nl) - buffer.data()) + 1 : 0;
}

void parseEntries(LogFormat format, std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink,
                  std::string &scratch)
{
    if (year <= 0)
        year = currentYear();
    if (format == LogFormat::JournalExport) {
        parseExport(chunk, baseOffset, year, sink);
        return;
    }
    if (format == LogFormat::JournalJson) {
        parseJsonChunk(chunk, baseOffset, year, sink, scratch);
        return;
    }
    size_t pos = 0;
    while (pos < chunk.size()) {
        const void *nlp = std::memchr(chunk.data() + pos, '\n', chunk.size() - pos);
        const size_t end = nlp ? static_cast<size_t>(static_cast<const char *>(nlp) - chunk.data()) : chunk.size();
        const std::string_view line = trimLineEnd(chunk.substr(pos, end - pos));
        const std::int64_t offset = baseOffset + static_cast<std::int64_t>(pos);
        pos = end + 1;
        switch (format) {
        case LogFormat::JournalJson:
            parseJsonLine(line, offset, year, sink, scratch);
            break;
        case LogFormat::Syslog:
            if (!line.empty())
                parseSyslogLine(line, offset, year, sink);
            break;
        case LogFormat::Content: {
            LogRecord r;
            r.offset = offset;
            r.message = line;
            r.textLevel = levelFromText(line);
            sink.record(r);
            break;
        }
        default:
            if (!line.empty())
                parsePlainLine(line, offset, year, sink);
            break;
        }
    }
}

} // namespace virtuoso::logs
