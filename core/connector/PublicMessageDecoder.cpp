#include "connector/PublicMessageDecoder.h"

#include <simdjson.h>

#include <cstring>
#include <utility>

namespace virtuoso::exchange {

namespace od = simdjson::ondemand;

namespace {

// Why decoding stopped; becomes the DecodeError of the frame.
struct Failure
{
    DecodeErrorKind kind = DecodeErrorKind::UnexpectedShape;
    std::string detail;
};

// Failures carry a short excerpt of the offending text, never the whole frame.
std::string excerpt(std::string_view s)
{
    constexpr std::size_t kMax = 48;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

Failure jsonFailure(simdjson::error_code error, const char *where)
{
    return {DecodeErrorKind::MalformedJson, std::string(where) + ": " + simdjson::error_message(error)};
}

Failure shapeFailure(std::string detail)
{
    return {DecodeErrorKind::UnexpectedShape, std::move(detail)};
}

Failure numberFailure(const char *what, std::string_view text, NumberError error, const Symbol &symbol)
{
    return {DecodeErrorKind::BadNumber, std::string(what) + " '" + excerpt(text) + "' of " +
                                            std::string(symbol.view()) + ": " + numberErrorText(error)};
}

using Outcome = std::optional<Failure>; // nothing = success

// A JSON number's exact text, or a string's content (Bybit sends most numbers as strings).
Outcome numericText(od::value &value, std::string_view &text, const char *what)
{
    od::json_type type;
    if (auto error = value.type().get(type))
        return jsonFailure(error, what);
    if (type == od::json_type::string) {
        if (auto error = value.get_string().get(text))
            return jsonFailure(error, what);
        return std::nullopt;
    }
    if (type == od::json_type::number) {
        text = value.raw_json_token();
        while (!text.empty() &&
               (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
            text.remove_suffix(1);
        return std::nullopt;
    }
    return shapeFailure(std::string(what) + " is neither a number nor a string");
}

Outcome readInteger(od::value &value, qint64 &out, const char *what)
{
    std::string_view text;
    if (auto failure = numericText(value, text, what))
        return failure;
    const Exact<qint64> v = parseScaled(text, 0);
    if (!v)
        return Failure{DecodeErrorKind::BadNumber,
                       std::string(what) + " '" + excerpt(text) + "': " + numberErrorText(v.error)};
    out = v.value;
    return std::nullopt;
}

Outcome readUnsigned(od::value &value, quint64 &out, const char *what)
{
    qint64 v = 0;
    if (auto failure = readInteger(value, v, what))
        return failure;
    if (v < 0)
        return Failure{DecodeErrorKind::BadNumber, std::string(what) + " is negative"};
    out = static_cast<quint64>(v);
    return std::nullopt;
}

Outcome readDecimal(od::value &value, Decimal &out, bool &empty, const char *what)
{
    std::string_view text;
    if (auto failure = numericText(value, text, what))
        return failure;
    empty = text.empty();
    if (empty)
        return std::nullopt;
    const Exact<Decimal> d = Decimal::parse(text);
    if (!d)
        return Failure{DecodeErrorKind::BadNumber,
                       std::string(what) + " '" + excerpt(text) + "': " + numberErrorText(d.error)};
    out = d.value;
    return std::nullopt;
}

Outcome readString(od::value &value, std::string_view &out, const char *what)
{
    if (auto error = value.get_string().get(out))
        return jsonFailure(error, what);
    return std::nullopt;
}

Outcome readBool(od::value &value, bool &out, const char *what)
{
    if (auto error = value.get_bool().get(out))
        return jsonFailure(error, what);
    return std::nullopt;
}

Outcome readSide(od::value &value, Side &out, const char *what)
{
    std::string_view text;
    if (auto failure = readString(value, text, what))
        return failure;
    if (text == "Buy")
        out = Side::Buy;
    else if (text == "Sell")
        out = Side::Sell;
    else
        return shapeFailure(std::string(what) + " '" + excerpt(text) + "' is neither Buy nor Sell");
    return std::nullopt;
}

quint64 fnv1a(std::string_view s)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// A string holding a number, read in place: numbers never contain escapes, so the raw text up to
// the closing quote is the value and nothing is copied (the hot path of book levels).
template<typename Value>
Outcome numberString(Value &&element, std::string_view &text, const char *what)
{
    od::raw_json_string raw;
    if (auto error = std::forward<Value>(element).get_raw_json_string().get(raw))
        return jsonFailure(error, what);
    const char *begin = raw.raw();
    const char *end = begin;
    // The frame sits in a zero-padded buffer, so a string cut short stops at the padding.
    while (*end != '"') {
        if (*end == '\\' || *end == '\0')
            return shapeFailure(std::string(what) + ": not a plain number string");
        ++end;
    }
    text = std::string_view(begin, static_cast<std::size_t>(end - begin));
    return std::nullopt;
}

// [["price","size"], ...] element by element: the general path, exact about what is wrong.
Outcome readLevelsArray(od::array &levels, const InstrumentSpec &spec, std::vector<BookLevel> &out, const char *side)
{
    for (auto levelResult : levels) {
        od::array pair;
        if (auto error = levelResult.get_array().get(pair))
            return jsonFailure(error, side);
        std::string_view texts[2];
        int count = 0;
        for (auto element : pair) {
            std::string_view text;
            if (auto failure = numberString(element, text, side))
                return failure;
            if (count < 2)
                texts[count] = text;
            ++count;
        }
        if (count != 2)
            return shapeFailure(std::string(side) + " level with " + std::to_string(count) + " entries, expected 2");
        const Exact<qint64> price = spec.price.toSteps(texts[0]);
        if (!price)
            return numberFailure("price", texts[0], price.error, spec.symbol);
        const Exact<qint64> size = spec.quantity.toNonNegativeSteps(texts[1]);
        if (!size)
            return numberFailure("size", texts[1], size.error, spec.symbol);
        out.push_back({price.value, size.value});
    }
    return std::nullopt;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// One pass over a plain quoted decimal ("27450.10"), straight into an integer at `scale` digits;
// `p` is just past the opening quote and ends just past the closing one. False, with `p` left
// anywhere, for anything else (the caller then takes the exact general path).
inline bool scanPlainDecimal(const char *&p, const char *end, int scale, qint64 &out)
{
    auto digit = [](char c, unsigned &d) {
        d = static_cast<unsigned>(static_cast<unsigned char>(c)) - static_cast<unsigned>('0');
        return d < 10u;
    };
    unsigned d = 0;
    if (p >= end || !digit(*p, d) || scale < 0 || scale > 18)
        return false;
    while (p < end && *p == '0')
        ++p;
    const char *integerStart = p;
    std::uint64_t v = 0;
    while (p < end && digit(*p, d)) {
        v = v * 10 + d;
        ++p;
    }
    const int integerDigits = static_cast<int>(p - integerStart);
    int fraction = 0;
    if (p < end && *p == '.') {
        ++p;
        while (p < end && fraction < scale && digit(*p, d)) {
            v = v * 10 + d;
            ++p;
            ++fraction;
        }
        while (p < end && *p == '0')
            ++p;
    }
    if (p >= end || *p != '"' || integerDigits + scale > 18)
        return false;
    ++p;
    out = static_cast<qint64>(v * kPowersOfTen[scale - fraction]);
    return true;
}

// The canonical shape of a level list read straight from its raw text: the hot path of every book
// message, without per-element parser bookkeeping. Returns false (out untouched past `mark`) when
// the text is not exactly [["p","s"],...], so the general path can say precisely what is wrong.
// Number errors are final either way and reported at once.
bool readLevelsText(std::string_view text, const InstrumentSpec &spec, std::vector<BookLevel> &out, Outcome &failure)
{
    const char *p = text.data();
    const char *end = p + text.size();
    auto skip = [&] {
        while (p < end && isJsonSpace(*p))
            ++p;
    };
    auto quoted = [&](std::string_view &v) {
        if (p >= end || *p != '"')
            return false;
        const char *begin = ++p;
        while (p < end && *p != '"') {
            if (*p == '\\')
                return false;
            ++p;
        }
        if (p >= end)
            return false;
        v = std::string_view(begin, static_cast<std::size_t>(p - begin));
        ++p;
        return true;
    };
    // A quoted number onto a grid: the one-pass scan, or the general parser for exact errors.
    // Returns false on a shape problem; a number problem sets `failure`.
    auto number = [&](const DecimalGrid &grid, bool nonNegative, const char *what, qint64 &steps) {
        if (p >= end || *p != '"')
            return false;
        const char *open = p;
        ++p;
        qint64 scaled = 0;
        if (scanPlainDecimal(p, end, grid.parseDecimals(), scaled) &&
            (grid.parseUnits() == 1 || scaled % grid.parseUnits() == 0)) {
            steps = grid.parseUnits() == 1 ? scaled : scaled / grid.parseUnits();
            return true;
        }
        p = open;
        std::string_view textValue;
        if (!quoted(textValue))
            return false;
        const Exact<qint64> exact = nonNegative ? grid.toNonNegativeSteps(textValue) : grid.toSteps(textValue);
        if (!exact) {
            failure = numberFailure(what, textValue, exact.error, spec.symbol);
            return true;
        }
        steps = exact.value;
        return true;
    };
    skip();
    if (p >= end || *p++ != '[')
        return false;
    skip();
    if (p < end && *p == ']')
        return true;
    for (;;) {
        qint64 price = 0;
        qint64 size = 0;
        skip();
        if (p >= end || *p++ != '[')
            return false;
        skip();
        if (!number(spec.price, false, "price", price))
            return false;
        if (failure)
            return true;
        skip();
        if (p >= end || *p++ != ',')
            return false;
        skip();
        if (!number(spec.quantity, true, "size", size))
            return false;
        if (failure)
            return true;
        skip();
        if (p >= end || *p++ != ']')
            return false;
        out.push_back({price, size});
        skip();
        if (p >= end)
            return false;
        if (*p == ']')
            return true;
        if (*p++ != ',')
            return false;
    }
}

// A second parser for re-reading a level list that the fast path declined (rare: errors only).
struct LevelFallback
{
    od::parser parser;
    std::vector<char> buffer;
};

Outcome readLevels(od::value &value, const InstrumentSpec &spec, std::vector<BookLevel> &out, const char *side,
                   LevelFallback &fallback)
{
    od::array levels;
    if (auto error = value.get_array().get(levels))
        return jsonFailure(error, side);
    std::string_view raw;
    if (auto error = levels.raw_json().get(raw))
        return jsonFailure(error, side);
    const std::size_t mark = out.size();
    Outcome failure;
    if (readLevelsText(raw, spec, out, failure))
        return failure;
    out.resize(mark);
    fallback.buffer.resize(raw.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(fallback.buffer.data(), raw.data(), raw.size());
    std::memset(fallback.buffer.data() + raw.size(), 0, simdjson::SIMDJSON_PADDING);
    od::document doc;
    if (auto error = fallback.parser.iterate(fallback.buffer.data(), raw.size(), fallback.buffer.size()).get(doc))
        return jsonFailure(error, side);
    od::array again;
    if (auto error = doc.get_array().get(again))
        return jsonFailure(error, side);
    if (auto f = readLevelsArray(again, spec, out, side))
        return f;
    return shapeFailure(std::string(side) + " are not a list of [price, size] pairs");
}

Outcome readOrderBook(od::value &data, const InstrumentSpec &spec, OrderBookMessage &m, LevelFallback &fallback)
{
    od::object object;
    if (auto error = data.get_object().get(object))
        return jsonFailure(error, "orderbook data");
    bool haveU = false;
    for (auto fieldResult : object) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return jsonFailure(error, "orderbook data");
        const od::raw_json_string key = field.key();
        od::value &v = field.value();
        Outcome failure;
        if (key == "b")
            failure = readLevels(v, spec, m.bids, "bids", fallback);
        else if (key == "a")
            failure = readLevels(v, spec, m.asks, "asks", fallback);
        else if (key == "u") {
            failure = readUnsigned(v, m.updateId, "u");
            haveU = true;
        } else if (key == "seq")
            failure = readUnsigned(v, m.seq, "seq");
        if (failure)
            return failure;
    }
    if (!haveU)
        return shapeFailure("orderbook data without u");
    return std::nullopt;
}

Outcome readTrades(od::value &data, const InstrumentSpec &spec, TradeMessage &m)
{
    od::array items;
    if (auto error = data.get_array().get(items))
        return jsonFailure(error, "trade data");
    for (auto itemResult : items) {
        od::object object;
        if (auto error = itemResult.get_object().get(object))
            return jsonFailure(error, "trade");
        Trade t;
        bool havePrice = false, haveSize = false;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return jsonFailure(error, "trade");
            const od::raw_json_string key = field.key();
            od::value &v = field.value();
            Outcome failure;
            std::string_view text;
            if (key == "T")
                failure = readInteger(v, t.timeMs, "trade T");
            else if (key == "S")
                failure = readSide(v, t.side, "trade S");
            else if (key == "p") {
                if (!(failure = numberString(v, text, "trade p"))) {
                    const Exact<qint64> price = spec.price.toSteps(text);
                    if (!price)
                        return numberFailure("trade price", text, price.error, spec.symbol);
                    t.price = price.value;
                    havePrice = true;
                }
            } else if (key == "v") {
                if (!(failure = numberString(v, text, "trade v"))) {
                    const Exact<qint64> size = spec.quantity.toNonNegativeSteps(text);
                    if (!size)
                        return numberFailure("trade size", text, size.error, spec.symbol);
                    t.size = size.value;
                    haveSize = true;
                }
            } else if (key == "i") {
                if (!(failure = readString(v, text, "trade i")))
                    t.idHash = fnv1a(text);
            } else if (key == "BT")
                failure = readBool(v, t.blockTrade, "trade BT");
            else if (key == "seq")
                failure = readUnsigned(v, t.seq, "trade seq");
            if (failure)
                return failure;
        }
        if (!havePrice || !haveSize)
            return shapeFailure("trade without p or v");
        m.trades.push_back(t);
    }
    return std::nullopt;
}

std::optional<TickerField> tickerFieldOf(const od::raw_json_string &key)
{
    for (std::size_t f = 0; f < static_cast<std::size_t>(TickerField::Count); ++f) {
        if (key == tickerFieldName(static_cast<TickerField>(f)))
            return static_cast<TickerField>(f);
    }
    return std::nullopt;
}

Outcome readTicker(od::value &data, TickerMessage &m)
{
    od::object object;
    if (auto error = data.get_object().get(object))
        return jsonFailure(error, "ticker data");
    for (auto fieldResult : object) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return jsonFailure(error, "ticker data");
        const od::raw_json_string key = field.key();
        od::value &v = field.value();
        if (key == "tickDirection") {
            std::string_view text;
            if (auto failure = readString(v, text, "tickDirection"))
                return failure;
            if (text == "PlusTick")
                m.tickDirection = TickDirection::PlusTick;
            else if (text == "ZeroPlusTick")
                m.tickDirection = TickDirection::ZeroPlusTick;
            else if (text == "MinusTick")
                m.tickDirection = TickDirection::MinusTick;
            else if (text == "ZeroMinusTick")
                m.tickDirection = TickDirection::ZeroMinusTick;
            continue;
        }
        const auto f = tickerFieldOf(key);
        if (!f)
            continue; // symbol and fields this program does not use
        Decimal d;
        bool empty = false;
        if (auto failure = readDecimal(v, d, empty, tickerFieldName(*f)))
            return failure;
        if (!empty)
            m.set(*f, d);
    }
    return std::nullopt;
}

Outcome readCandles(od::value &data, const InstrumentSpec &spec, KlineMessage &m)
{
    od::array items;
    if (auto error = data.get_array().get(items))
        return jsonFailure(error, "kline data");
    for (auto itemResult : items) {
        od::object object;
        if (auto error = itemResult.get_object().get(object))
            return jsonFailure(error, "candle");
        Candle c;
        int seen = 0;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return jsonFailure(error, "candle");
            const od::raw_json_string key = field.key();
            od::value &v = field.value();
            Outcome failure;
            auto price = [&](Ticks &out, const char *what) -> Outcome {
                std::string_view text;
                if (auto f = readString(v, text, what))
                    return f;
                const Exact<qint64> p = spec.price.toSteps(text);
                if (!p)
                    return numberFailure(what, text, p.error, spec.symbol);
                out = p.value;
                ++seen;
                return std::nullopt;
            };
            if (key == "start")
                failure = readInteger(v, c.startMs, "candle start");
            else if (key == "end")
                failure = readInteger(v, c.endMs, "candle end");
            else if (key == "open")
                failure = price(c.open, "candle open");
            else if (key == "high")
                failure = price(c.high, "candle high");
            else if (key == "low")
                failure = price(c.low, "candle low");
            else if (key == "close")
                failure = price(c.close, "candle close");
            else if (key == "volume") {
                std::string_view text;
                if (!(failure = readString(v, text, "candle volume"))) {
                    const Exact<qint64> size = spec.quantity.toNonNegativeSteps(text);
                    if (!size)
                        return numberFailure("candle volume", text, size.error, spec.symbol);
                    c.volume = size.value;
                }
            } else if (key == "turnover") {
                bool empty = false;
                failure = readDecimal(v, c.turnover, empty, "candle turnover");
            } else if (key == "confirm")
                failure = readBool(v, c.confirmed, "candle confirm");
            else if (key == "timestamp")
                failure = readInteger(v, c.timestampMs, "candle timestamp");
            if (failure)
                return failure;
        }
        if (seen != 4 || c.startMs == 0)
            return shapeFailure("candle without start or open/high/low/close");
        m.candles.push_back(c);
    }
    return std::nullopt;
}

Outcome readLiquidations(od::value &data, LiquidationMessage &m)
{
    od::array items;
    if (auto error = data.get_array().get(items))
        return jsonFailure(error, "liquidation data");
    for (auto itemResult : items) {
        od::object object;
        if (auto error = itemResult.get_object().get(object))
            return jsonFailure(error, "liquidation");
        Liquidation l;
        bool empty = false;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return jsonFailure(error, "liquidation");
            const od::raw_json_string key = field.key();
            od::value &v = field.value();
            Outcome failure;
            if (key == "T")
                failure = readInteger(v, l.timeMs, "liquidation T");
            else if (key == "S")
                failure = readSide(v, l.side, "liquidation S");
            else if (key == "v")
                failure = readDecimal(v, l.size, empty, "liquidation v");
            else if (key == "p")
                failure = readDecimal(v, l.price, empty, "liquidation p");
            if (failure)
                return failure;
        }
        m.liquidations.push_back(l);
    }
    return std::nullopt;
}

// Reuses the alternative already in the slot so its vectors keep their capacity.
template<typename T>
T &reuse(PublicMessage &out)
{
    if (T *existing = std::get_if<T>(&out.body))
        return *existing;
    return out.body.emplace<T>();
}

void setError(PublicMessage &out, Failure failure, const std::optional<TopicKey> &topic)
{
    DecodeError &e = reuse<DecodeError>(out);
    e.kind = failure.kind;
    e.detail = std::move(failure.detail);
    e.topic = topic;
}

// Fields of the envelope (everything but data), as seen in one pass over the root object.
struct Envelope
{
    std::string_view topic;
    // type, classified at once: a second pass over the document reuses the string buffer.
    enum class Type { Missing, Snapshot, Delta, Other } type = Type::Missing;
    std::string otherType;
    qint64 ts = 0;
    qint64 cts = 0;
    quint64 cs = 0;
    bool hasTopic = false;
    // Op replies.
    std::string_view op;
    std::string_view retMsg;
    std::string_view connId;
    std::string_view reqId;
    qint64 retCode = 0;
    bool success = false;
    bool isReply = false;
};

void parseRejectedTopics(std::string_view message, std::vector<std::string> &out)
{
    constexpr std::string_view kMarker = "topic:";
    std::size_t pos = 0;
    while ((pos = message.find(kMarker, pos)) != std::string_view::npos) {
        pos += kMarker.size();
        while (pos < message.size() && message[pos] == ' ')
            ++pos;
        std::size_t end = pos;
        while (end < message.size() && message[end] != ',' && message[end] != ' ' && message[end] != ']')
            ++end;
        if (end > pos)
            out.emplace_back(message.substr(pos, end - pos));
        pos = end;
    }
}

OpKind opKindOf(std::string_view op)
{
    if (op == "subscribe")
        return OpKind::Subscribe;
    if (op == "unsubscribe")
        return OpKind::Unsubscribe;
    if (op == "ping")
        return OpKind::Ping;
    if (op == "pong")
        return OpKind::Pong;
    if (op == "auth")
        return OpKind::Auth;
    return OpKind::Other;
}

} // namespace

struct PublicMessageDecoder::Parser
{
    od::parser parser;
    std::vector<char> buffer; // the frame copied with simdjson's padding
    // The instrument of the previous frame: most frames of one connection repeat a few symbols.
    Symbol lastSymbol;
    const InstrumentSpec *lastSpec = nullptr;
    // The topic name of the previous frame and its parsed form.
    std::string lastTopicName;
    std::optional<TopicKey> lastTopic;
    LevelFallback levelFallback;
};

PublicMessageDecoder::PublicMessageDecoder(std::shared_ptr<const InstrumentCatalog> catalog)
    : m_parser(std::make_unique<Parser>())
    , m_catalog(catalog ? std::move(catalog) : std::make_shared<const InstrumentCatalog>())
{}

PublicMessageDecoder::~PublicMessageDecoder() = default;

void PublicMessageDecoder::setCatalog(std::shared_ptr<const InstrumentCatalog> catalog)
{
    m_catalog = catalog ? std::move(catalog) : std::make_shared<const InstrumentCatalog>();
    m_parser->lastSpec = nullptr;
    m_parser->lastSymbol = Symbol();
}

PublicMessage PublicMessageDecoder::decode(std::string_view frame, qint64 receivedNs)
{
    PublicMessage out;
    decode(frame, receivedNs, out);
    return out;
}

void PublicMessageDecoder::decode(std::string_view frame, qint64 receivedNs, PublicMessage &out) noexcept
{
    out.receivedNs = receivedNs;
    ++m_decoded;
    std::optional<TopicKey> topic;
    Outcome failure;
    try {
        failure = [&]() -> Outcome {
            if (frame.size() > kMaxFrameBytes)
                return Failure{DecodeErrorKind::FrameTooLarge,
                               "frame of " + std::to_string(frame.size()) + " bytes exceeds the limit"};
            Parser &p = *m_parser;
            const std::size_t needed = frame.size() + simdjson::SIMDJSON_PADDING;
            if (p.buffer.size() < needed)
                p.buffer.resize(needed + needed / 2);
            std::memcpy(p.buffer.data(), frame.data(), frame.size());
            std::memset(p.buffer.data() + frame.size(), 0, simdjson::SIMDJSON_PADDING);

            od::document doc;
            if (auto error = p.parser.iterate(p.buffer.data(), frame.size(), p.buffer.size()).get(doc))
                return jsonFailure(error, "frame");
            od::object root;
            if (auto error = doc.get_object().get(root))
                return jsonFailure(error, "frame");

            Envelope env;
            bool dataSeen = false;
            bool dataDone = false;
            const InstrumentSpec *spec = nullptr;

            // Parses `data` once the topic is known.
            auto parseData = [&](od::value &data) -> Outcome {
                if (!topic) {
                    if (!env.hasTopic)
                        return shapeFailure("data before topic");
                    return Failure{DecodeErrorKind::UnknownTopic, "unknown topic '" + excerpt(env.topic) + "'"};
                }
                if (topic->kind != TopicKind::Ticker && topic->kind != TopicKind::Liquidation) {
                    if (!(p.lastSpec && p.lastSymbol == topic->symbol)) {
                        p.lastSpec = m_catalog->find(topic->symbol);
                        p.lastSymbol = topic->symbol;
                    }
                    spec = p.lastSpec;
                    if (!spec)
                        return Failure{DecodeErrorKind::UnknownInstrument,
                                       std::string(topic->symbol.view()) + " is not in the instrument catalog"};
                }
                switch (topic->kind) {
                case TopicKind::OrderBook: {
                    OrderBookMessage &m = reuse<OrderBookMessage>(out);
                    m.bids.clear();
                    m.asks.clear();
                    m.updateId = m.seq = 0;
                    return readOrderBook(data, *spec, m, p.levelFallback);
                }
                case TopicKind::PublicTrade: {
                    TradeMessage &m = reuse<TradeMessage>(out);
                    m.trades.clear();
                    return readTrades(data, *spec, m);
                }
                case TopicKind::Ticker: {
                    TickerMessage &m = reuse<TickerMessage>(out);
                    m.present = 0;
                    m.tickDirection.reset();
                    return readTicker(data, m);
                }
                case TopicKind::Kline: {
                    KlineMessage &m = reuse<KlineMessage>(out);
                    m.candles.clear();
                    return readCandles(data, *spec, m);
                }
                case TopicKind::Liquidation: {
                    LiquidationMessage &m = reuse<LiquidationMessage>(out);
                    m.liquidations.clear();
                    return readLiquidations(data, m);
                }
                }
                return shapeFailure("unhandled topic kind");
            };

            for (auto fieldResult : root) {
                od::field field;
                if (auto error = std::move(fieldResult).get(field))
                    return jsonFailure(error, "frame");
                const od::raw_json_string key = field.key();
                od::value &v = field.value();
                Outcome f;
                if (key == "topic") {
                    if (!(f = readString(v, env.topic, "topic"))) {
                        env.hasTopic = true;
                        // Frames of one connection repeat few topics: parse each name once.
                        if (env.topic != p.lastTopicName) {
                            p.lastTopicName.assign(env.topic);
                            p.lastTopic = TopicKey::parse(env.topic);
                        }
                        topic = p.lastTopic;
                    }
                } else if (key == "type") {
                    std::string_view type;
                    if (!(f = readString(v, type, "type"))) {
                        if (type == "snapshot")
                            env.type = Envelope::Type::Snapshot;
                        else if (type == "delta")
                            env.type = Envelope::Type::Delta;
                        else {
                            env.type = Envelope::Type::Other;
                            env.otherType = excerpt(type);
                        }
                    }
                } else if (key == "ts")
                    f = readInteger(v, env.ts, "ts");
                else if (key == "cts")
                    f = readInteger(v, env.cts, "cts");
                else if (key == "cs")
                    f = readUnsigned(v, env.cs, "cs");
                else if (key == "data") {
                    dataSeen = true;
                    if (env.hasTopic) {
                        f = parseData(v);
                        dataDone = true;
                    }
                } else if (key == "op") {
                    f = readString(v, env.op, "op");
                    env.isReply = true;
                } else if (key == "success") {
                    f = readBool(v, env.success, "success");
                    env.isReply = true;
                } else if (key == "ret_msg" || key == "retMsg")
                    f = readString(v, env.retMsg, "ret_msg");
                else if (key == "conn_id" || key == "connId")
                    f = readString(v, env.connId, "conn_id");
                else if (key == "req_id" || key == "reqId")
                    f = readString(v, env.reqId, "req_id");
                else if (key == "retCode")
                    f = readInteger(v, env.retCode, "retCode");
                if (f)
                    return f;
            }
            if (env.hasTopic) {
                if (!topic)
                    return Failure{DecodeErrorKind::UnknownTopic, "unknown topic '" + excerpt(env.topic) + "'"};
                if (!dataSeen)
                    return shapeFailure("message without data");
                if (!dataDone) {
                    // data came before topic: a second pass over the same document.
                    doc.rewind();
                    od::value data;
                    if (auto error = doc.find_field_unordered("data").get(data))
                        return jsonFailure(error, "data");
                    if (auto f = parseData(data))
                        return f;
                }
                const bool snapshot = env.type == Envelope::Type::Snapshot;
                if (!snapshot && env.type != Envelope::Type::Delta && topic->kind != TopicKind::PublicTrade &&
                    topic->kind != TopicKind::Kline && topic->kind != TopicKind::Liquidation)
                    return shapeFailure("type '" + env.otherType + "' is neither snapshot nor delta");
                std::visit(
                    [&](auto &m) {
                        using M = std::decay_t<decltype(m)>;
                        if constexpr (!std::is_same_v<M, DecodeError> && !std::is_same_v<M, OpResponse>) {
                            m.topic = *topic;
                            m.tsMs = env.ts;
                        }
                        if constexpr (std::is_same_v<M, OrderBookMessage>) {
                            m.snapshot = snapshot;
                            m.ctsMs = env.cts;
                        }
                        if constexpr (std::is_same_v<M, TickerMessage>) {
                            m.snapshot = snapshot;
                            m.crossSeq = env.cs;
                        }
                    },
                    out.body);
                return std::nullopt;
            }
            if (env.isReply) {
                OpResponse &r = reuse<OpResponse>(out);
                r.opText.assign(env.op);
                r.op = opKindOf(env.op);
                r.success = env.success;
                r.retMsg.assign(env.retMsg);
                r.connId.assign(env.connId);
                r.reqId.assign(env.reqId);
                r.retCode = env.retCode;
                r.rejectedTopics.clear();
                if (!r.success)
                    parseRejectedTopics(env.retMsg, r.rejectedTopics);
                return std::nullopt;
            }
            return shapeFailure("neither a topic message nor an op reply");
        }();
    } catch (const std::exception &e) {
        failure = Failure{DecodeErrorKind::MalformedJson, std::string("decoder exception: ") + e.what()};
    } catch (...) {
        failure = Failure{DecodeErrorKind::MalformedJson, "decoder exception"};
    }
    if (failure) {
        ++m_errors;
        try {
            setError(out, std::move(*failure), topic);
        } catch (...) {
            out.body.emplace<DecodeError>();
        }
    }
}

} // namespace virtuoso::exchange
