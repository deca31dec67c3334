#pragma once
// Inside the public message decoder: how a failure is described and the readers of single JSON
// values that every topic uses. Included by PublicMessageDecoder.cpp (the frame and its envelope,
// op replies), PublicMessageDecoderBook.cpp (order book levels) and PublicMessageDecoderTopics.cpp
// (trades, tickers, candles, liquidations) only.

#include "connector/PublicMessageDecoder.h"

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace virtuoso::exchange::decoder_detail {

namespace od = simdjson::ondemand;

// Why decoding stopped; becomes the DecodeError of the frame.
struct Failure
{
    DecodeErrorKind kind = DecodeErrorKind::UnexpectedShape;
    std::string detail;
};

// Failures carry a short excerpt of the offending text, never the whole frame.
inline std::string excerpt(std::string_view s)
{
    constexpr std::size_t kMax = 48;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

inline Failure jsonFailure(simdjson::error_code error, const char *where)
{
    return {DecodeErrorKind::MalformedJson, std::string(where) + ": " + simdjson::error_message(error)};
}

inline Failure shapeFailure(std::string detail)
{
    return {DecodeErrorKind::UnexpectedShape, std::move(detail)};
}

inline Failure numberFailure(const char *what, std::string_view text, NumberError error, const Symbol &symbol)
{
    return {DecodeErrorKind::BadNumber, std::string(what) + " '" + excerpt(text) + "' of " +
                                            std::string(symbol.view()) + ": " + numberErrorText(error)};
}

using Outcome = std::optional<Failure>; // nothing = success

// A JSON number's exact text, or a string's content (Bybit sends most numbers as strings).
inline Outcome numericText(od::value &value, std::string_view &text, const char *what)
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

inline Outcome readInteger(od::value &value, qint64 &out, const char *what)
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

inline Outcome readUnsigned(od::value &value, quint64 &out, const char *what)
{
    qint64 v = 0;
    if (auto failure = readInteger(value, v, what))
        return failure;
    if (v < 0)
        return Failure{DecodeErrorKind::BadNumber, std::string(what) + " is negative"};
    out = static_cast<quint64>(v);
    return std::nullopt;
}

inline Outcome readString(od::value &value, std::string_view &out, const char *what)
{
    if (auto error = value.get_string().get(out))
        return jsonFailure(error, what);
    return std::nullopt;
}

inline Outcome readBool(od::value &value, bool &out, const char *what)
{
    if (auto error = value.get_bool().get(out))
        return jsonFailure(error, what);
    return std::nullopt;
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

inline bool isJsonSpace(char c)
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

// A second parser for re-reading a level list that the fast path declined (rare: errors only).
struct LevelFallback
{
    od::parser parser;
    std::vector<char> buffer;
};

// The message of `out` as a T, reusing the alternative already in the slot so its vectors keep their
// capacity.
template<typename T>
T &reuse(PublicMessage &out)
{
    if (T *existing = std::get_if<T>(&out.body))
        return *existing;
    return out.body.emplace<T>();
}

// The topic and instrument of the previous frame: the frames of one connection repeat a few
// topics, so each name is parsed and each symbol looked up once per change.
struct RecentTopic
{
    std::string name;
    std::optional<TopicKey> key;
    Symbol symbol;
    const InstrumentSpec *spec = nullptr;

    const std::optional<TopicKey> &parse(std::string_view topicName)
    {
        if (topicName != name) {
            name.assign(topicName);
            key = TopicKey::parse(topicName);
        }
        return key;
    }
    const InstrumentSpec *instrument(const Symbol &s, const InstrumentCatalog &catalog)
    {
        if (!(spec && symbol == s)) {
            spec = catalog.find(s);
            symbol = s;
        }
        return spec;
    }
    void forgetInstrument()
    {
        spec = nullptr;
        symbol = Symbol();
    }
};

// The order book frame in the exact shape the exchange sends it ({"topic":"orderbook.…","type":…,
// "ts":…,"data":{"s":…,"b":[["p","s"],…],"a":[…],"u":…,"seq":…},"cts":…}), read in one pass over the
// text without a JSON parser: the hot path of the public stream. True when the frame was exactly
// that shape with every value plain and decoded into `out`; false for anything else (another topic
// or key order, escapes, non-ASCII text, numbers in another form, an unknown instrument, a number
// off its grid…), and the caller then decodes the frame with the general parser, which accepts
// every valid frame and says exactly what is wrong with an invalid one. What this path accepts, the
// general path decodes to the same message.
bool decodeCanonicalOrderBook(std::string_view frame, RecentTopic &recent, const InstrumentCatalog &catalog,
                              PublicMessage &out);

// The data of each topic, read into the message the frame decodes to.
Outcome readOrderBook(od::value &data, const InstrumentSpec &spec, OrderBookMessage &m, LevelFallback &fallback);
Outcome readTrades(od::value &data, const InstrumentSpec &spec, TradeMessage &m);
Outcome readTicker(od::value &data, TickerMessage &m);
Outcome readCandles(od::value &data, const InstrumentSpec &spec, KlineMessage &m);
Outcome readLiquidations(od::value &data, LiquidationMessage &m);

} // namespace virtuoso::exchange::decoder_detail
