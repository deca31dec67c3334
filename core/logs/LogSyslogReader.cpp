// The syslog reader: RFC 5424 lines and RFC 3164 lines, each with or without the <PRI> prefix.
#include "logs/LogFormatsInternal.h"

#include <algorithm>

namespace virtuoso::logs::reader_detail {

namespace {

std::string_view skipSpaces(std::string_view s)
{
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return s.substr(i);
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

} // namespace

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

} // namespace virtuoso::logs::reader_detail
