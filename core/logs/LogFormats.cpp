#include "logs/LogFormats.h"

#include <QDateTime>

#include <cstring>

namespace virtuoso::logs {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isWordChar(char c)
{
    return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z') || c == '_';
}

char lower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
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

std::string_view trimLineEnd(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    return line;
}

std::string_view skipSpaces(std::string_view s)
{
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return s.substr(i);
}

// Parses a decimal that must fill the whole view.
std::optional<std::int64_t> parseInteger(std::string_view s)
{
    if (s.empty() || s.size() > 18)
        return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

int priorityFrom(std::string_view s)
{
    const auto v = parseInteger(s);
    return v && *v <= 7 ? static_cast<int>(*v) : LevelUnknown;
}

// After the record is filled: a timestamp leading the message itself (a program that formats its
// own lines, e.g. "2026-11-28 04:11:35,123 - ws - ERROR - …") is dropped from the text the miner
// sees, and becomes the entry's time when the format gave none.
void finish(LogRecord &r, int year)
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

// ---- journalctl -o json -------------------------------------------------------------------

struct JsonCursor
{
    std::string_view s;
    size_t pos = 0;
    const char *error = nullptr;

    void ws()
    {
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r' || s[pos] == '\n'))
            ++pos;
    }
    bool fail(const char *why)
    {
        if (!error)
            error = why;
        return false;
    }
};

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    const char l = lower(c);
    return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}

// A JSON string at the cursor (on its opening quote). Without escapes the view points into the
// input; with them the text is decoded into `decoded` and the view points there.
bool readString(JsonCursor &c, std::string_view *out, std::string *decoded)
{
    if (c.pos >= c.s.size() || c.s[c.pos] != '"')
        return c.fail("expected a string");
    const size_t start = ++c.pos;
    const char *base = c.s.data();
    bool escaped = false;
    while (true) {
        const void *q = std::memchr(base + c.pos, '"', c.s.size() - c.pos);
        if (!q)
            return c.fail("unterminated string");
        size_t at = static_cast<size_t>(static_cast<const char *>(q) - base);
        size_t backslashes = 0;
        while (at - backslashes > start && base[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes)
            escaped = true;
        c.pos = at + 1;
        if (backslashes % 2 == 0)
            break;
    }
    const std::string_view raw = c.s.substr(start, c.pos - 1 - start);
    if (!escaped || !decoded) {
        *out = raw;
        return true;
    }
    decoded->clear();
    decoded->reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            *decoded += raw[i];
            continue;
        }
        if (++i >= raw.size())
            return c.fail("bad escape");
        switch (raw[i]) {
        case 'n':
            *decoded += '\n';
            break;
        case 't':
            *decoded += '\t';
            break;
        case 'r':
            *decoded += '\r';
            break;
        case 'b':
            *decoded += '\b';
            break;
        case 'f':
            *decoded += '\f';
            break;
        case 'u': {
            unsigned cp = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = i + 1 < raw.size() ? hexValue(raw[++i]) : -1;
                if (h < 0)
                    return c.fail("bad \\u escape");
                cp = cp * 16 + static_cast<unsigned>(h);
            }
            // A surrogate pair; a lone half becomes U+FFFD.
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < raw.size() + 0 && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                unsigned low = 0;
                bool ok = true;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(raw[i + 3 + k]);
                    ok = ok && h >= 0;
                    low = low * 16 + static_cast<unsigned>(h < 0 ? 0 : h);
                }
                if (ok && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            appendUtf8(*decoded, cp);
            break;
        }
        default:
            *decoded += raw[i];
            break; // \" \\ \/
        }
    }
    *out = *decoded;
    return true;
}

bool skipScalar(JsonCursor &c)
{
    while (c.pos < c.s.size() && c.s[c.pos] != ',' && c.s[c.pos] != '}' && c.s[c.pos] != ']' && c.s[c.pos] != ' ')
        ++c.pos;
    return true;
}

// A value: string, array of byte numbers (journald's binary form) or of strings, null, or a scalar.
// For wanted fields the text lands in `out`; byte arrays are decoded into `bytes`.
bool readValue(JsonCursor &c, std::string_view *out, std::string *decoded, bool *binary)
{
    c.ws();
    if (c.pos >= c.s.size())
        return c.fail("value missing");
    const char ch = c.s[c.pos];
    if (ch == '"')
        return readString(c, out, decoded);
    if (ch == '[') {
        ++c.pos;
        std::string bytes;
        bool first = true;
        bool gotString = false;
        while (true) {
            c.ws();
            if (c.pos >= c.s.size())
                return c.fail("unterminated array");
            if (c.s[c.pos] == ']') {
                ++c.pos;
                break;
            }
            if (!first) {
                if (c.s[c.pos] != ',')
                    return c.fail("expected , in array");
                ++c.pos;
                c.ws();
            }
            first = false;
            if (c.pos < c.s.size() && c.s[c.pos] == '"') {
                // A field repeated in one entry: the first value stands for it.
                std::string_view sv;
                std::string tmp;
                if (!readString(c, &sv, &tmp))
                    return false;
                if (!gotString && bytes.empty()) {
                    bytes.assign(sv);
                    gotString = true;
                }
                continue;
            }
            int v = 0;
            size_t n = 0;
            while (c.pos < c.s.size() && isDigit(c.s[c.pos]) && n < 4) {
                v = v * 10 + (c.s[c.pos++] - '0');
                ++n;
            }
            if (n == 0 || v > 255)
                return c.fail("array of bytes expected");
            if (!gotString)
                bytes += static_cast<char>(v);
        }
        if (decoded) {
            *decoded = std::move(bytes);
            *out = *decoded;
            if (binary && !gotString)
                *binary = true;
        }
        return true;
    }
    if (startsWith(c.s.substr(c.pos), "null")) {
        c.pos += 4;
        *out = {};
        return true;
    }
    const size_t start = c.pos;
    skipScalar(c);
    if (c.pos == start)
        return c.fail("bad value");
    *out = c.s.substr(start, c.pos - start);
    return true;
}

enum class Field { Other, Message, Priority, Realtime, SourceRealtime, Unit, Identifier, Code };

Field fieldOf(std::string_view key)
{
    switch (key.size()) {
    case 4:
        return key == "CODE" ? Field::Code : Field::Other;
    case 7:
        return key == "MESSAGE" ? Field::Message : Field::Other;
    case 8:
        return key == "PRIORITY" ? Field::Priority : Field::Other;
    case 13:
        return key == "_SYSTEMD_UNIT" ? Field::Unit : Field::Other;
    case 17:
        return key == "SYSLOG_IDENTIFIER" ? Field::Identifier : Field::Other;
    case 20:
        return key == "__REALTIME_TIMESTAMP" ? Field::Realtime : Field::Other;
    case 26:
        return key == "_SOURCE_REALTIME_TIMESTAMP" ? Field::SourceRealtime : Field::Other;
    default:
        return Field::Other;
    }
}

struct EntryFields
{
    std::string_view message, priority, realtime, sourceRealtime, unit, identifier, code;
    bool hasMessage = false;
    bool binary = false;

    void set(Field f, std::string_view v)
    {
        switch (f) {
        case Field::Message:
            message = v;
            hasMessage = true;
            break;
        case Field::Priority:
            priority = v;
            break;
        case Field::Realtime:
            realtime = v;
            break;
        case Field::SourceRealtime:
            sourceRealtime = v;
            break;
        case Field::Unit:
            unit = v;
            break;
        case Field::Identifier:
            identifier = v;
            break;
        case Field::Code:
            code = v;
            break;
        case Field::Other:
            break;
        }
    }

    void fill(LogRecord &r) const
    {
        r.message = message;
        r.binaryMessage = binary;
        r.priority = priorityFrom(priority);
        if (const auto t = parseInteger(realtime))
            r.timestampUs = *t;
        else if (const auto s = parseInteger(sourceRealtime))
            r.timestampUs = *s;
        r.unit = !unit.empty() ? unit : identifier;
        r.code = code;
    }
};

// A parse failure on a line that does not even end its object is a cut-off entry.
std::string jsonProblem(std::string_view line, const char *error)
{
    std::string_view t = line;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
        t.remove_suffix(1);
    if (t.empty() || t.back() != '}')
        return "JSON object cut off (truncated input?)";
    return std::string("malformed JSON: ") + (error ? error : "unexpected character");
}

void parseJsonLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink, std::string &scratch)
{
    JsonCursor c{line};
    c.ws();
    if (c.pos >= line.size())
        return;
    if (line[c.pos] != '{') {
        sink.problem({offset, "not a JSON object"});
        return;
    }
    ++c.pos;
    EntryFields e;
    std::string other; // decoded values of small fields
    bool first = true;
    while (true) {
        c.ws();
        if (c.pos >= line.size()) {
            sink.problem({offset, "JSON object cut off (truncated line?)"});
            return;
        }
        if (line[c.pos] == '}')
            break;
        if (!first) {
            if (line[c.pos] != ',') {
                sink.problem({offset, jsonProblem(line, "expected ','")});
                return;
            }
            ++c.pos;
            c.ws();
        }
        first = false;
        std::string_view key;
        if (!readString(c, &key, nullptr)) {
            sink.problem({offset, jsonProblem(line, c.error)});
            return;
        }
        c.ws();
        if (c.pos >= line.size() || line[c.pos] != ':') {
            sink.problem({offset, jsonProblem(line, "expected ':'")});
            return;
        }
        ++c.pos;
        const Field f = fieldOf(key);
        std::string_view value;
        bool binary = false;
        std::string *target = f == Field::Message ? &scratch : (f == Field::Other ? nullptr : &other);
        if (f != Field::Message && f != Field::Other && !other.empty())
            target = nullptr; // one decoded small field at a time is plenty; the rest stay raw
        if (!readValue(c, &value, target, f == Field::Message ? &binary : nullptr)) {
            sink.problem({offset, jsonProblem(line, c.error)});
            return;
        }
        if (f == Field::Message)
            e.binary = binary;
        e.set(f, value);
    }
    if (!e.hasMessage)
        return; // journal entries without MESSAGE (coredump metadata, …) carry no text to analyse
    LogRecord r;
    r.offset = offset;
    e.fill(r);
    finish(r, year);
    sink.record(r);
}

// ---- journalctl -o export -------------------------------------------------------------------

std::uint64_t readLe64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

// One export entry starting at pos; returns the position after its blank line, or npos when it is
// incomplete in `s`. Field values are reported through `onField` (binary ones included).
template<typename OnField>
size_t walkExportEntry(std::string_view s, size_t pos, OnField &&onField, const char **error)
{
    while (pos < s.size()) {
        if (s[pos] == '\n')
            return pos + 1;
        const void *nlp = std::memchr(s.data() + pos, '\n', s.size() - pos);
        if (!nlp)
            return std::string_view::npos;
        const size_t nl = static_cast<size_t>(static_cast<const char *>(nlp) - s.data());
        const std::string_view line = s.substr(pos, nl - pos);
        const size_t eq = line.find('=');
        if (eq != std::string_view::npos) {
            onField(line.substr(0, eq), line.substr(eq + 1));
            pos = nl + 1;
            continue;
        }
        // Binary field: the name alone, then a little-endian 64-bit size, the bytes, a newline.
        if (nl + 1 + 8 > s.size())
            return std::string_view::npos;
        const std::uint64_t size = readLe64(s.data() + nl + 1);
        const size_t dataAt = nl + 1 + 8;
        if (size > s.size() - dataAt || s.size() - dataAt - size < 1) {
            if (size > (std::uint64_t(1) << 40) && error)
                *error = "binary field with an impossible size";
            return std::string_view::npos;
        }
        onField(line, s.substr(dataAt, size));
        pos = dataAt + size;
        if (s[pos] != '\n') {
            if (error)
                *error = "binary field not followed by a newline";
            return std::string_view::npos;
        }
        ++pos;
    }
    return std::string_view::npos;
}

void parseExport(std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink)
{
    size_t pos = 0;
    while (pos < chunk.size()) {
        EntryFields e;
        const char *error = nullptr;
        const size_t start = pos;
        const size_t end = walkExportEntry(
            chunk, pos, [&e](std::string_view key, std::string_view value) { e.set(fieldOf(key), value); }, &error);
        if (end == std::string_view::npos) {
            // Only the last entry of the input can be incomplete: a cut-off file.
            sink.problem({baseOffset + static_cast<std::int64_t>(start),
                          error ? std::string("export entry unreadable: ") + error
                                : std::string("export entry cut off (truncated input?)")});
            return;
        }
        pos = end;
        if (!e.hasMessage)
            continue;
        // Binary MESSAGE values are text with control characters or invalid UTF-8; they stay bytes.
        for (char ch : e.message)
            if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t') {
                e.binary = true;
                break;
            }
        LogRecord r;
        r.offset = baseOffset + static_cast<std::int64_t>(start);
        e.fill(r);
        finish(r, year);
        sink.record(r);
    }
}

// ---- syslog ---------------------------------------------------------------------------------

// "<PRI>" at the start; returns the severity and advances, LevelUnknown when absent.
int readPri(std::string_view &s)
{
    if (s.size() < 3 || s[0] != '<')
        return LevelUnknown;
    size_t i = 1;
    int v = 0;
    while (i < s.size() && i < 5 && isDigit(s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i == 1 || i >= s.size() || s[i] != '>' || v > 191)
        return LevelUnknown;
    s.remove_prefix(i + 1);
    return v % 8;
}

std::string_view nextToken(std::string_view &s)
{
    s = skipSpaces(s);
    size_t i = 0;
    while (i < s.size() && s[i] != ' ')
        ++i;
    const std::string_view t = s.substr(0, i);
    s.remove_prefix(i);
    if (!s.empty())
        s.remove_prefix(1);
    return t;
}

// "host tag[pid]: message" after a classic timestamp; false when the rest does not look like it.
bool readHostTag(std::string_view rest, std::string_view *tag, std::string_view *message)
{
    std::string_view s = rest;
    const std::string_view host = nextToken(s);
    if (host.empty())
        return false;
    size_t i = 0;
    while (i < s.size() && i < 64 && s[i] != ':' && s[i] != ' ' && s[i] != '[')
        ++i;
    if (i == 0 || i >= s.size())
        return false;
    *tag = s.substr(0, i);
    if (s[i] == '[') {
        const size_t close = s.find(']', i);
        if (close == std::string_view::npos)
            return false;
        i = close + 1;
    }
    if (i >= s.size() || s[i] != ':')
        return false;
    *message = skipSpaces(s.substr(i + 1));
    return true;
}

void parseSyslogLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink)
{
    LogRecord r;
    r.offset = offset;
    std::string_view s = line;
    r.priority = readPri(s);
    if (s.size() > 2 && s[0] == '1' && s[1] == ' ') {
        // RFC 5424: VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG
        s.remove_prefix(2);
        const std::string_view ts = nextToken(s);
        size_t used = 0;
        if (ts != "-")
            if (const auto t = parseTimestamp(ts, &used, year); t && used == ts.size())
                r.timestampUs = *t;
        nextToken(s); // host
        const std::string_view app = nextToken(s);
        nextToken(s); // procid
        nextToken(s); // msgid
        s = skipSpaces(s);
        if (!s.empty() && s[0] == '[') {
            // Structured data: [id k="v"]…, where ] inside quoted values is escaped.
            bool quoted = false;
            size_t i = 0;
            for (; i < s.size(); ++i) {
                const char ch = s[i];
                if (ch == '\\') {
                    ++i;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ']' && !quoted && (i + 1 >= s.size() || s[i + 1] != '[')) {
                    ++i;
                    break;
                }
            }
            s.remove_prefix(std::min(i, s.size()));
        } else if (!s.empty() && s[0] == '-') {
            s.remove_prefix(1);
        }
        s = skipSpaces(s);
        if (startsWith(s, "\xEF\xBB\xBF"))
            s.remove_prefix(3);
        if (app != "-")
            r.unit = app;
        r.message = s;
    } else {
        size_t used = 0;
        std::string_view tag;
        std::string_view message;
        if (const auto t = parseTimestamp(s, &used, year); t && readHostTag(s.substr(used), &tag, &message)) {
            r.timestampUs = *t;
            r.unit = tag;
            r.message = message;
        } else if (t) {
            r.timestampUs = *t;
            r.message = skipSpaces(s.substr(used));
        } else {
            r.message = s;
        }
    }
    finish(r, year);
    sink.record(r);
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
    const std::string_view head = m.substr(0, 200);
    const size_t n = head.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = head[i];
        if (isUpper(c) && (i == 0 || !isWordChar(head[i - 1]))) {
            size_t j = i;
            while (j < n && isUpper(head[j]))
                ++j;
            if (j < n && isWordChar(head[j])) {
                i = j;
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
        } else if ((c == 'l' || c == 's') && (i == 0 || !isWordChar(head[i - 1]))) {
            // level=error, lvl=warn, severity=ERROR, "level":"error"
            std::string_view rest = head.substr(i);
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
        }
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

std::optional<std::int64_t> parseTimestamp(std::string_view s, size_t *consumed, int year)
{
    int y = 0;
    int mo = 0;
    int d = 0;
    size_t p = 0;
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
    return utcMicros(y, mo, d, h, mi, se, micros) - offsetUs;
}

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
