#include "model/confluence/KlineFile.h"

#include <QFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace virtuoso::confluence {

namespace {

struct JsonMember;

// A small JSON tree that remembers the line each value starts on, so that an error in the 9,000th
// candle names line 9,000 of the file rather than "somewhere".
struct JsonNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    int line = 1;
    double number = 0;
    std::string text; // strings, and the source text of numbers
    std::vector<JsonNode> items;
    // A vector of an incomplete type is fine; a std::pair holding this node is not, with clang.
    std::vector<JsonMember> members;

    const JsonNode *member(const char *name) const;
};

struct JsonMember
{
    std::string name;
    JsonNode value;
};

const JsonNode *JsonNode::member(const char *name) const
{
    for (const JsonMember &m : members)
        if (m.name == name)
            return &m.value;
    return nullptr;
}

class JsonReader
{
public:
    JsonReader(const char *begin, const char *end, int firstLine)
        : m_p(begin)
        , m_end(end)
        , m_line(firstLine)
    {}

    bool parse(JsonNode &out, QString &error)
    {
        skipSpace();
        if (!value(out, 0)) {
            error = m_error;
            return false;
        }
        skipSpace();
        if (m_p != m_end) {
            error = QStringLiteral("line %1: unexpected text after the JSON value").arg(m_line);
            return false;
        }
        return true;
    }
    int line() const { return m_line; }

private:
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("line %1: %2").arg(m_line).arg(what);
        return false;
    }
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n')) {
            if (*m_p == '\n')
                ++m_line;
            ++m_p;
        }
    }
    // What follows an element of an array or object: ',' and another element, or `close`.
    enum class Separator { More, End, Error };
    Separator separator(char close, const char *container)
    {
        skipSpace();
        if (m_p != m_end && (*m_p == ',' || *m_p == close)) {
            const bool more = *m_p == ',';
            ++m_p;
            return more ? Separator::More : Separator::End;
        }
        fail(QStringLiteral("expected ',' or '%1' in an %2")
                 .arg(QChar(QLatin1Char(close)))
                 .arg(QLatin1String(container)));
        return Separator::Error;
    }
    bool literal(const char *word)
    {
        const size_t n = std::char_traits<char>::length(word);
        if (static_cast<size_t>(m_end - m_p) < n || std::string_view(m_p, n) != word)
            return fail(QStringLiteral("invalid JSON value"));
        m_p += n;
        return true;
    }
    bool string(std::string &out)
    {
        ++m_p; // opening quote
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\n')
                return fail(QStringLiteral("unterminated string"));
            if (*m_p == '\\') {
                if (++m_p == m_end)
                    break;
                const char c = *m_p;
                if (c == 'u') {
                    // Escaped code points are not needed for candles: the 'u' and its four digits are
                    // skipped, or whatever is left of them at the end of the file.
                    m_p += std::min<std::ptrdiff_t>(5, m_end - m_p);
                    continue;
                }
                out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
                ++m_p;
                continue;
            }
            out += *m_p++;
        }
        if (m_p == m_end)
            return fail(QStringLiteral("unterminated string"));
        ++m_p;
        return true;
    }
    bool value(JsonNode &out, int depth)
    {
        if (depth > 64)
            return fail(QStringLiteral("JSON nested too deeply"));
        if (m_p == m_end)
            return fail(QStringLiteral("unexpected end of the file"));
        out.line = m_line;
        const char c = *m_p;
        if (c == '{') {
            out.kind = JsonNode::Kind::Object;
            ++m_p;
            skipSpace();
            if (m_p != m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            while (true) {
                skipSpace();
                if (m_p == m_end || *m_p != '"')
                    return fail(QStringLiteral("expected a quoted member name"));
                std::string name;
                if (!string(name))
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return fail(QStringLiteral("expected ':' after a member name"));
                ++m_p;
                skipSpace();
                out.members.push_back({std::move(name), JsonNode{}});
                if (!value(out.members.back().value, depth + 1))
                    return false;
                if (const Separator next = separator('}', "object"); next != Separator::More)
                    return next == Separator::End;
            }
        }
        if (c == '[') {
            out.kind = JsonNode::Kind::Array;
            ++m_p;
            skipSpace();
            if (m_p != m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            while (true) {
                skipSpace();
                out.items.emplace_back();
                if (!value(out.items.back(), depth + 1))
                    return false;
                if (const Separator next = separator(']', "array"); next != Separator::More)
                    return next == Separator::End;
            }
        }
        if (c == '"') {
            out.kind = JsonNode::Kind::String;
            return string(out.text);
        }
        if (c == 't' || c == 'f') {
            out.kind = JsonNode::Kind::Bool;
            out.number = c == 't' ? 1 : 0;
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n') {
            out.kind = JsonNode::Kind::Null;
            return literal("null");
        }
        const char *start = m_p;
        while (m_p != m_end && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' ||
                                *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (start == m_p)
            return fail(QStringLiteral("invalid JSON value"));
        out.kind = JsonNode::Kind::Number;
        out.text.assign(start, m_p);
        const auto result = std::from_chars(start, m_p, out.number);
        if (result.ec != std::errc() || result.ptr != m_p)
            return fail(QStringLiteral("invalid number '%1'").arg(QString::fromStdString(out.text)));
        return true;
    }

    const char *m_p;
    const char *m_end;
    int m_line;
    QString m_error;
};

bool numberOf(const JsonNode &node, double &out)
{
    if (node.kind == JsonNode::Kind::Number) {
        out = node.number;
        return std::isfinite(out);
    }
    if (node.kind == JsonNode::Kind::String) {
        const char *b = node.text.data();
        const char *e = b + node.text.size();
        const auto result = std::from_chars(b, e, out);
        return result.ec == std::errc() && result.ptr == e && std::isfinite(out);
    }
    return false;
}

// Open times are epoch ms up to the year 3000: anything later is not a time, and 1e28 cannot even be
// converted to one.
constexpr double kLatestOpenTimeMs = 32'503'680'000'000.0;

QString checkCandle(const Candle &c)
{
    if (c.high < c.low)
        return QStringLiteral("high %1 is below low %2").arg(c.high).arg(c.low);
    if (c.volume < 0)
        return QStringLiteral("the volume is negative");
    if (c.open < 0 || c.high < 0 || c.low < 0 || c.close < 0)
        return QStringLiteral("a price is negative");
    return {};
}

// The candle of six finite numbers [open_time_ms, open, high, low, close, volume], or what is wrong.
QString makeCandle(const double (&values)[6], Candle &c)
{
    if (values[0] < 0)
        return QStringLiteral("the open time is negative");
    if (values[0] > kLatestOpenTimeMs)
        return QStringLiteral("the open time %1 is after the year 3000").arg(values[0]);
    c = {static_cast<std::int64_t>(values[0]), values[1], values[2], values[3], values[4], values[5]};
    return checkCandle(c);
}

// [t, o, h, l, c, v, ...] with numbers or numeric strings (Bybit REST lists strings).
bool candleFromArray(const JsonNode &row, Candle &c, QString &error)
{
    if (row.kind != JsonNode::Kind::Array || row.items.size() < 6) {
        error = QStringLiteral("line %1: a candle must be an array [open_time_ms, open, high, low, close, volume]")
                    .arg(row.line);
        return false;
    }
    double values[6];
    static const char *names[6] = {"open time", "open", "high", "low", "close", "volume"};
    for (int i = 0; i < 6; ++i) {
        if (!numberOf(row.items[static_cast<size_t>(i)], values[i])) {
            error = QStringLiteral("line %1: the %2 is not a number")
                        .arg(row.items[static_cast<size_t>(i)].line)
                        .arg(QLatin1String(names[i]));
            return false;
        }
    }
    const QString problem = makeCandle(values, c);
    if (!problem.isEmpty()) {
        error = QStringLiteral("line %1: %2").arg(row.line).arg(problem);
        return false;
    }
    return true;
}

// A Bybit kline WebSocket `data` entry: {start, open, high, low, close, volume, ...}.
bool candleFromObject(const JsonNode &row, Candle &c, QString &error)
{
    static const char *keys[6] = {"start", "open", "high", "low", "close", "volume"};
    double values[6];
    for (int i = 0; i < 6; ++i) {
        const JsonNode *field = row.kind == JsonNode::Kind::Object ? row.member(keys[i]) : nullptr;
        if (!field || !numberOf(*field, values[i])) {
            error = QStringLiteral("line %1: the kline has no numeric '%2'")
                        .arg(field ? field->line : row.line)
                        .arg(QLatin1String(keys[i]));
            return false;
        }
    }
    const QString problem = makeCandle(values, c);
    if (!problem.isEmpty()) {
        error = QStringLiteral("line %1: %2").arg(row.line).arg(problem);
        return false;
    }
    return true;
}

bool candlesFromDocument(const JsonNode &doc, std::vector<Candle> &out, QString &error)
{
    if (doc.kind == JsonNode::Kind::Array) {
        for (const JsonNode &row : doc.items) {
            Candle c;
            if (!candleFromArray(row, c, error))
                return false;
            out.push_back(c);
        }
        return true;
    }
    if (doc.kind != JsonNode::Kind::Object) {
        error = QStringLiteral("line %1: expected a JSON array of candles or a Bybit kline message").arg(doc.line);
        return false;
    }
    if (const JsonNode *result = doc.member("result")) {
        const JsonNode *retCode = doc.member("retCode");
        if (retCode && retCode->kind == JsonNode::Kind::Number && retCode->number != 0) {
            const JsonNode *msg = doc.member("retMsg");
            error = QStringLiteral("line %1: the reply is an error: retCode %2 %3")
                        .arg(retCode->line)
                        .arg(retCode->number)
                        .arg(msg ? QString::fromStdString(msg->text) : QString());
            return false;
        }
        const JsonNode *list = result->member("list");
        if (!list || list->kind != JsonNode::Kind::Array) {
            error = QStringLiteral("line %1: the reply has no result.list array").arg(result->line);
            return false;
        }
        return candlesFromDocument(*list, out, error);
    }
    if (const JsonNode *data = doc.member("data")) {
        if (data->kind != JsonNode::Kind::Array) {
            error = QStringLiteral("line %1: 'data' must be an array of klines").arg(data->line);
            return false;
        }
        for (const JsonNode &row : data->items) {
            Candle c;
            if (!candleFromObject(row, c, error))
                return false;
            out.push_back(c);
        }
        return true;
    }
    error = QStringLiteral("line %1: expected a JSON array of candles, a Bybit REST kline reply (result.list) or a "
                           "kline WebSocket message (data)")
                .arg(doc.line);
    return false;
}

KlineFileResult parseCsv(const QByteArray &content)
{
    KlineFileResult out;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cells = line.split(',');
        double values[6];
        bool numeric = cells.size() >= 6;
        for (int k = 0; numeric && k < 6; ++k) {
            const QByteArray cell = cells[k].trimmed();
            const auto r = std::from_chars(cell.constData(), cell.constData() + cell.size(), values[k]);
            numeric = r.ec == std::errc() && r.ptr == cell.constData() + cell.size() && std::isfinite(values[k]);
        }
        if (!numeric) {
            if (out.candles.empty() && i == 0 && cells.size() >= 6)
                continue; // a header line
            out.error =
                QStringLiteral("line %1: expected six numbers: open_time_ms,open,high,low,close,volume").arg(i + 1);
            return out;
        }
        Candle c;
        const QString problem = makeCandle(values, c);
        if (!problem.isEmpty()) {
            out.error = QStringLiteral("line %1: %2").arg(i + 1).arg(problem);
            return out;
        }
        out.candles.push_back(c);
    }
    return out;
}

} // namespace

KlineFileResult parseKlines(const QByteArray &content)
{
    KlineFileResult out;
    const char *begin = content.constData();
    const char *end = begin + content.size();
    const char *first = begin;
    while (first != end && std::isspace(static_cast<unsigned char>(*first)))
        ++first;
    if (first == end) {
        out.error = QStringLiteral("the file holds no candles");
        return out;
    }
    if (*first != '[' && *first != '{') {
        out = parseCsv(content);
    } else {
        JsonNode doc;
        JsonReader reader(begin, end, 1);
        QString error;
        if (reader.parse(doc, error)) {
            if (!candlesFromDocument(doc, out.candles, error))
                out.error = error;
        } else if (*first == '{') {
            // Several WebSocket messages, one JSON object per line (a recorded stream).
            int lineNo = 0;
            out.candles.clear();
            for (const QByteArray &line : content.split('\n')) {
                ++lineNo;
                if (line.trimmed().isEmpty())
                    continue;
                JsonNode message;
                JsonReader lineReader(line.constData(), line.constData() + line.size(), lineNo);
                QString lineError;
                if (!lineReader.parse(message, lineError) || !candlesFromDocument(message, out.candles, lineError)) {
                    // Report the whole-document error when the file is not line-delimited either.
                    out.error = lineNo == 1 ? error : lineError;
                    out.candles.clear();
                    return out;
                }
            }
        } else {
            out.error = error;
        }
    }
    if (!out.ok())
        return out;
    if (out.candles.empty()) {
        out.error = QStringLiteral("the file holds no candles");
        return out;
    }
    // Bybit REST lists newest first; indicators need time order. Same open time: the later line wins
    // (a WebSocket stream repeats the open candle until it closes).
    std::stable_sort(out.candles.begin(), out.candles.end(),
                     [](const Candle &a, const Candle &b) { return a.openTimeMs < b.openTimeMs; });
    std::vector<Candle> unique;
    unique.reserve(out.candles.size());
    for (const Candle &c : out.candles) {
        if (!unique.empty() && unique.back().openTimeMs == c.openTimeMs)
            unique.back() = c;
        else
            unique.push_back(c);
    }
    out.candles = std::move(unique);
    return out;
}

KlineFileResult readKlineFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        KlineFileResult out;
        out.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    return parseKlines(file.readAll());
}

} // namespace virtuoso::confluence
