#include "sim/server/StreamFrames.h"

#include <cmath>

namespace virtuoso::sim::frames {

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

QByteArray opReply(bool success, QByteArrayView retMsg, QByteArrayView connId, QByteArrayView reqIdJson,
                   QByteArrayView op)
{
    QByteArray out;
    out.reserve(128 + retMsg.size());
    out += success ? "{\"success\":true,\"ret_msg\":" : "{\"success\":false,\"ret_msg\":";
    appendJsonString(out, retMsg);
    out += ",\"conn_id\":";
    appendJsonString(out, connId);
    if (!reqIdJson.isEmpty()) {
        out += ",\"req_id\":";
        out += reqIdJson;
    }
    out += ",\"op\":";
    appendJsonString(out, op);
    out += '}';
    return out;
}

namespace {

void appendLevels(QByteArray &out, const std::vector<PriceLevel> &levels, const InstrumentText &inst)
{
    out += '[';
    bool first = true;
    for (const PriceLevel &level : levels) {
        if (!first)
            out += ',';
        first = false;
        out += "[\"";
        inst.price.appendTo(out, level.price);
        out += "\",\"";
        inst.quantity.appendTo(out, level.size);
        out += "\"]";
    }
    out += ']';
}

void appendHead(QByteArray &out, QByteArrayView topic, const char *type, qint64 ts)
{
    out += "{\"topic\":\"";
    out += topic;
    out += "\",\"type\":\"";
    out += type;
    out += "\",\"ts\":";
    out += QByteArray::number(ts);
}

const char *sideText(Side side)
{
    return side == Side::Buy ? "Buy" : "Sell";
}

// The fields a trade and a liquidation print share: {"T":…,"s":"…","S":"…","v":"…","p":"…"
// (the string of "p" left open for the caller to close or continue).
void appendPrintHead(QByteArray &out, qint64 epochMs, Side side, Lots size, Ticks price, const InstrumentText &inst)
{
    out += "{\"T\":";
    out += QByteArray::number(epochMs);
    out += ",\"s\":\"";
    out += inst.symbol;
    out += "\",\"S\":\"";
    out += sideText(side);
    out += "\",\"v\":\"";
    inst.quantity.appendTo(out, size);
    out += "\",\"p\":\"";
    inst.price.appendTo(out, price);
}

// Steps of a grid as their own text (a ticker field).
QByteArray text(const exchange::DecimalGrid &grid, qint64 steps)
{
    QByteArray out;
    grid.appendTo(out, steps);
    return out;
}

QByteArray fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

QByteArray book(QByteArrayView topic, const char *type, const BookSnapshot &snapshot, const InstrumentText &inst,
                qint64 ts, qint64 cts)
{
    QByteArray out;
    out.reserve(96 + static_cast<qsizetype>(snapshot.bids.size() + snapshot.asks.size()) * 24);
    appendHead(out, topic, type, ts);
    out += ",\"data\":{\"s\":\"";
    out += inst.symbol;
    out += "\",\"b\":";
    appendLevels(out, snapshot.bids, inst);
    out += ",\"a\":";
    appendLevels(out, snapshot.asks, inst);
    out += ",\"u\":";
    out += QByteArray::number(snapshot.u);
    out += ",\"seq\":";
    out += QByteArray::number(snapshot.seq);
    out += "},\"cts\":";
    out += QByteArray::number(cts);
    out += '}';
    return out;
}

QByteArray trades(QByteArrayView topic, const std::vector<TradePrint> &list, const InstrumentText &inst,
                  const std::vector<const char *> &tickDirections, qint64 ts)
{
    QByteArray out;
    out.reserve(96 + static_cast<qsizetype>(list.size()) * 150);
    appendHead(out, topic, "snapshot", ts);
    out += ",\"data\":[";
    for (size_t i = 0; i < list.size(); ++i) {
        const TradePrint &t = list[i];
        if (i > 0)
            out += ',';
        appendPrintHead(out, t.epochMs, t.side, t.size, t.price, inst);
        out += "\",\"L\":\"";
        out += i < tickDirections.size() ? tickDirections[i] : "ZeroPlusTick";
        out += "\",\"i\":";
        appendJsonString(out, t.id.toUtf8());
        out += ",\"BT\":";
        out += t.blockTrade ? "true" : "false";
        out += ",\"seq\":";
        out += QByteArray::number(t.seq);
        out += '}';
    }
    out += "]}";
    return out;
}

QByteArray kline(QByteArrayView topic, const Candle &c, const InstrumentText &inst, qint64 ts)
{
    QByteArray out;
    out.reserve(320);
    out += "{\"topic\":\"";
    out += topic;
    out += "\",\"data\":[{\"start\":";
    out += QByteArray::number(c.startMs);
    out += ",\"end\":";
    out += QByteArray::number(c.startMs + qint64(c.intervalMinutes) * 60'000 - 1);
    out += ",\"interval\":\"";
    out += QByteArray::number(c.intervalMinutes);
    out += "\",\"open\":\"";
    inst.price.appendTo(out, c.open);
    out += "\",\"close\":\"";
    inst.price.appendTo(out, c.close);
    out += "\",\"high\":\"";
    inst.price.appendTo(out, c.high);
    out += "\",\"low\":\"";
    inst.price.appendTo(out, c.low);
    out += "\",\"volume\":\"";
    inst.quantity.appendTo(out, c.volume);
    out += "\",\"turnover\":\"";
    out += fixed(c.turnover, 4);
    out += "\",\"confirm\":";
    out += c.confirmed ? "true" : "false";
    out += ",\"timestamp\":";
    out += QByteArray::number(ts);
    out += "}],\"ts\":";
    out += QByteArray::number(ts);
    out += ",\"type\":\"snapshot\"}";
    return out;
}

QByteArray liquidations(QByteArrayView topic, const std::vector<Liquidation> &list, const InstrumentText &inst,
                        qint64 ts)
{
    QByteArray out;
    out.reserve(96 + static_cast<qsizetype>(list.size()) * 80);
    appendHead(out, topic, "snapshot", ts);
    out += ",\"data\":[";
    for (size_t i = 0; i < list.size(); ++i) {
        const Liquidation &l = list[i];
        if (i > 0)
            out += ',';
        appendPrintHead(out, l.epochMs, l.side, l.size, l.price, inst);
        out += "\"}";
    }
    out += "]}";
    return out;
}

TickerFields tickerFields(const TickerState &t, const InstrumentText &inst)
{
    const double last = inst.price.toDouble(t.lastPrice);
    const double prev24 = inst.price.toDouble(t.prevPrice24h);
    const double mark = inst.price.toDouble(t.markPrice);
    TickerFields f;
    f.reserve(21);
    f.emplace_back("symbol", inst.symbol);
    f.emplace_back("tickDirection", t.tickDirection.isEmpty() ? QByteArray("ZeroPlusTick") : t.tickDirection.toUtf8());
    f.emplace_back("price24hPcnt", fixed(prev24 > 0 ? (last - prev24) / prev24 : 0.0, 6));
    f.emplace_back("lastPrice", text(inst.price, t.lastPrice));
    f.emplace_back("prevPrice24h", text(inst.price, t.prevPrice24h));
    f.emplace_back("highPrice24h", text(inst.price, t.highPrice24h));
    f.emplace_back("lowPrice24h", text(inst.price, t.lowPrice24h));
    f.emplace_back("prevPrice1h", text(inst.price, t.prevPrice1h));
    f.emplace_back("markPrice", text(inst.price, t.markPrice));
    f.emplace_back("indexPrice", text(inst.price, t.indexPrice));
    f.emplace_back("openInterest", fixed(t.openInterest, 3));
    f.emplace_back("openInterestValue", fixed(t.openInterest * mark, 2));
    f.emplace_back("turnover24h", fixed(t.turnover24h, 4));
    f.emplace_back("volume24h", fixed(t.volume24h, 3));
    f.emplace_back("nextFundingTime", QByteArray::number(t.nextFundingTimeMs));
    f.emplace_back("fundingRate", fixed(t.fundingRate, 6));
    f.emplace_back("bid1Price", text(inst.price, t.bid1Price));
    f.emplace_back("bid1Size", text(inst.quantity, t.bid1Size));
    f.emplace_back("ask1Price", text(inst.price, t.ask1Price));
    f.emplace_back("ask1Size", text(inst.quantity, t.ask1Size));
    f.emplace_back("fundingIntervalHour", QByteArray("8"));
    return f;
}

QByteArray ticker(QByteArrayView topic, const char *type, const TickerFields &fields, quint64 cs, qint64 ts)
{
    QByteArray out;
    out.reserve(128 + static_cast<qsizetype>(fields.size()) * 32);
    out += "{\"topic\":\"";
    out += topic;
    out += "\",\"type\":\"";
    out += type;
    out += "\",\"data\":{";
    bool first = true;
    for (const auto &[name, value] : fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
        appendJsonString(out, value);
    }
    out += "},\"cs\":";
    out += QByteArray::number(cs);
    out += ",\"ts\":";
    out += QByteArray::number(ts);
    out += '}';
    return out;
}

} // namespace virtuoso::sim::frames
