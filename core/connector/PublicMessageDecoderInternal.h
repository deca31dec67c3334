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

// A second parser for re-reading a level list that the fast path declined (rare: errors only).
struct LevelFallback
{
    od::parser parser;
    std::vector<char> buffer;
};

// The data of each topic, read into the message the frame decodes to.
Outcome readOrderBook(od::value &data, const InstrumentSpec &spec, OrderBookMessage &m, LevelFallback &fallback);
Outcome readTrades(od::value &data, const InstrumentSpec &spec, TradeMessage &m);
Outcome readTicker(od::value &data, TickerMessage &m);
Outcome readCandles(od::value &data, const InstrumentSpec &spec, KlineMessage &m);
Outcome readLiquidations(od::value &data, LiquidationMessage &m);

} // namespace virtuoso::exchange::decoder_detail
