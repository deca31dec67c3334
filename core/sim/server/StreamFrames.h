#pragma once

#include "model/market/FixedPoint.h"
#include "sim/market/SimTypes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace virtuoso::sim {

// Text of the frames of Bybit's public linear stream, written directly (no DOM) because they are
// produced thousands of times a second. Field order and types follow the exchange's messages.
namespace frames {

void appendJsonString(QByteArray &out, QByteArrayView text);

// {"success":..,"ret_msg":..,"conn_id":..,"req_id":..,"op":..}; `reqIdJson` is the client's req_id as
// raw JSON (omitted when empty).
QByteArray opReply(bool success, QByteArrayView retMsg, QByteArrayView connId, QByteArrayView reqIdJson,
                   QByteArrayView op);

// What the frames of one instrument print: its name and the grids of its prices and sizes.
struct InstrumentText
{
    QByteArray symbol;
    exchange::DecimalGrid price;
    exchange::DecimalGrid quantity;

    static InstrumentText of(const exchange::InstrumentSpec &spec)
    {
        return {QByteArray(spec.symbol.view().data(), static_cast<qsizetype>(spec.symbol.size())), spec.price,
                spec.quantity};
    }
};

// orderbook.N.S; `type` is "snapshot" or "delta". `cts` is the matching engine time.
QByteArray book(QByteArrayView topic, const char *type, const BookSnapshot &book, const InstrumentText &inst, qint64 ts,
                qint64 cts);
QByteArray trades(QByteArrayView topic, const std::vector<TradePrint> &trades, const InstrumentText &inst,
                  const std::vector<const char *> &tickDirections, qint64 ts);
QByteArray kline(QByteArrayView topic, const Candle &candle, const InstrumentText &inst, qint64 ts);
QByteArray liquidations(QByteArrayView topic, const std::vector<Liquidation> &liquidations, const InstrumentText &inst,
                        qint64 ts);

// The ticker as Bybit's named string fields, in the exchange's order.
using TickerFields = std::vector<std::pair<const char *, QByteArray>>;
TickerFields tickerFields(const TickerState &ticker, const InstrumentText &inst);
// tickers.S frame with the given fields (all of them for a snapshot, the changed ones for a delta).
QByteArray ticker(QByteArrayView topic, const char *type, const TickerFields &fields, quint64 cs, qint64 ts);

} // namespace frames
} // namespace virtuoso::sim
