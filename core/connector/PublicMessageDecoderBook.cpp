// The data of orderbook topics: level lists read straight from their text on the hot path, with
// simdjson's element-by-element reading as the exact fallback for anything unusual.
#include "connector/PublicMessageDecoderInternal.h"

#include <cstring>

namespace virtuoso::exchange::decoder_detail {

namespace {

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

} // namespace

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

} // namespace virtuoso::exchange::decoder_detail
