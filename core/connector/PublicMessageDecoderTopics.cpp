// The data of the publicTrade, tickers, kline and allLiquidation topics.
#include "connector/PublicMessageDecoderInternal.h"

namespace virtuoso::exchange::decoder_detail {

namespace {

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

std::optional<TickerField> tickerFieldOf(const od::raw_json_string &key)
{
    for (std::size_t f = 0; f < static_cast<std::size_t>(TickerField::Count); ++f) {
        if (key == tickerFieldName(static_cast<TickerField>(f)))
            return static_cast<TickerField>(f);
    }
    return std::nullopt;
}

} // namespace

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

} // namespace virtuoso::exchange::decoder_detail
