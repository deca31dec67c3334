// The journal readers: journalctl -o json (one JSON object a line) and journalctl -o export
// (FIELD=value lines, binary fields with a length, entries separated by a blank line).
#include "logs/LogFormatsInternal.h"

#include <string>
#include <utility>

namespace virtuoso::logs::reader_detail {

// ---- journalctl -o json -------------------------------------------------------------------

namespace {

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

} // namespace

bool unescapeJson(std::string_view raw, std::string &out)
{
    out.clear();
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            // The run up to the next escape in one piece.
            const void *bs = std::memchr(raw.data() + i, '\\', raw.size() - i);
            const size_t end = bs ? static_cast<size_t>(static_cast<const char *>(bs) - raw.data()) : raw.size();
            out.append(raw.data() + i, end - i);
            i = end - 1;
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw[i]) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            unsigned cp = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = i + 1 < raw.size() ? hexValue(raw[++i]) : -1;
                if (h < 0)
                    return false;
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
            appendUtf8(out, cp);
            break;
        }
        default:
            out += raw[i];
            break; // \" \\ \/
        }
    }
    return true;
}

namespace {

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
    // Escapes other than \" (\n, \t, \u00e9) leave no backslash before a quote: look for any.
    escaped = escaped || std::memchr(raw.data(), '\\', raw.size()) != nullptr;
    if (!escaped || !decoded) {
        *out = raw;
        return true;
    }
    if (!unescapeJson(raw, *decoded))
        return c.fail("bad escape");
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

} // namespace

void parseJsonLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink, std::string &scratch)
{
    EntryFields e;
    if (scanCompactJson(line, e) && (!e.messageEscaped || unescapeJson(e.message, scratch))) {
        if (e.messageEscaped)
            e.message = scratch;
        emitJsonEntry(e, offset, year, sink);
        return;
    }
    parseJsonLineFull(line, offset, year, sink, scratch);
}

void emitJsonEntry(const EntryFields &e, std::int64_t offset, int year, RecordSink &sink)
{
    if (!e.hasMessage)
        return; // journal entries without MESSAGE (coredump metadata, …) carry no text to analyse
    LogRecord r;
    r.offset = offset;
    e.fill(r);
    finish(r, year);
    sink.record(r);
}

void parseJsonLineFull(std::string_view line, std::int64_t offset, int year, RecordSink &sink, std::string &scratch)
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

} // namespace virtuoso::logs::reader_detail
