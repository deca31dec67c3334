#pragma once
// Inside the log readers: the character tests, the record finish and the journal export entry walk
// that the readers share. Included by LogFormats.cpp (format names, levels, timestamps, detection,
// chunking and dispatch), LogJournalReaders.cpp (journalctl -o json and -o export) and
// LogSyslogReader.cpp (syslog lines) only.

#include "logs/LogFormats.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace virtuoso::logs::reader_detail {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

inline char lower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// After the record is filled: a timestamp leading the message itself (a program that formats its
// own lines, e.g. "2026-11-28 04:11:35,123 - ws - ERROR - …") is dropped from the text the miner
// sees, and becomes the entry's time when the format gave none.
void finish(LogRecord &r, int year);

// ---- the journal fields the readers keep, named alike in both output formats --------------------

// Parses a decimal that must fill the whole view.
inline std::optional<std::int64_t> parseInteger(std::string_view s)
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

inline int priorityFrom(std::string_view s)
{
    if (s.size() == 1 && s[0] >= '0' && s[0] <= '7')
        return s[0] - '0';
    const auto v = parseInteger(s);
    return v && *v <= 7 ? static_cast<int>(*v) : LevelUnknown;
}

enum class Field { Other, Message, Priority, Realtime, SourceRealtime, Unit, Identifier, Code };

inline Field fieldOf(std::string_view key)
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
    bool messageEscaped = false; // the fast JSON scan: MESSAGE still holds JSON escapes

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

// ---- journalctl -o export: the entry walk, shared by the reader and by completeEntries ---------

inline std::uint64_t readLe64(const char *p)
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

// ---- the readers --------------------------------------------------------------------------------

// ---- journalctl -o json ---------------------------------------------------------------------

// A JSON string's contents with its escapes decoded into `out`; false on a bad escape.
bool unescapeJson(std::string_view raw, std::string &out);
// The fields of one line as journalctl prints it (compact, every value a string or null), found
// by jumping from quote to quote without building anything; false when the line has any other
// shape (byte arrays, repeated fields, spaces, a cut-off or malformed object, an escaped field
// other than MESSAGE), which the full parser then reads. Views point into `line`.
bool scanCompactJson(std::string_view line, EntryFields &out);
// The complete journalctl -o json lines of a chunk: the fast scans where they apply, else the full
// parser, line by line.
void parseJsonChunk(std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink, std::string &scratch);
// A record from the fields found (nothing when the entry has no MESSAGE).
void emitJsonEntry(const EntryFields &e, std::int64_t offset, int year, RecordSink &sink);
// The full parser alone (the reference the fast scan is tested against).
void parseJsonLineFull(std::string_view line, std::int64_t offset, int year, RecordSink &sink, std::string &scratch);
// One journalctl -o json line; `scratch` keeps a MESSAGE that had to be decoded.
void parseJsonLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink, std::string &scratch);
// The complete journalctl -o export entries of a chunk.
void parseExport(std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink);
// One syslog line: RFC 5424, or RFC 3164 with or without <PRI>.
void parseSyslogLine(std::string_view line, std::int64_t offset, int year, RecordSink &sink);

// "<PRI>" at the start; returns the severity and advances, LevelUnknown when absent.
int readPri(std::string_view &s);
// "host tag[pid]: message" after a classic timestamp; false when the rest does not look like it.
bool readHostTag(std::string_view rest, std::string_view *tag, std::string_view *message);

} // namespace virtuoso::logs::reader_detail
