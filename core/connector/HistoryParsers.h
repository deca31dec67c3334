#pragma once

#include "connector/InstrumentCatalog.h"
#include "model/market/PublicMessage.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace virtuoso::exchange {

// A point of a slow series fetched over REST (open interest, funding rate, long/short ratio).
struct SeriesPoint
{
    qint64 timeMs = 0;
    Decimal value;  // openInterest, fundingRate, or buyRatio
    Decimal value2; // sellRatio for the long/short ratio; zero otherwise
};

struct HistoryError
{
    QString message;
};

// Parsers of Bybit v5 market REST replies into the stream's types, oldest first. Prices and sizes
// go onto the instrument's grid exactly; bad input is an error naming what was wrong.
std::variant<KlineMessage, HistoryError> parseKlines(const QByteArray &json, const InstrumentSpec &spec,
                                                     int intervalMinutes);
std::variant<TradeMessage, HistoryError> parseRecentTrades(const QByteArray &json, const InstrumentSpec &spec);
// `valueField` is "openInterest", "fundingRate" or "buyRatio"; `timeField` "timestamp" or
// "fundingRateTimestamp"; for buyRatio the sellRatio goes to value2.
std::variant<std::vector<SeriesPoint>, HistoryError> parseSeries(const QByteArray &json, const char *valueField,
                                                                 const char *timeField);

} // namespace virtuoso::exchange
