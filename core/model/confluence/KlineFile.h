#pragma once

#include "model/confluence/Candle.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace virtuoso::confluence {

struct KlineFileResult
{
    std::vector<Candle> candles; // oldest first
    QString error;               // empty on success; otherwise names the line that is wrong
    bool ok() const { return error.isEmpty(); }
};

// Reads candles from any of: a Bybit v5 REST kline reply (`result.list`, newest first), a Bybit
// kline WebSocket message (`data` objects; also one message per line), a JSON array of
// [open_time_ms, open, high, low, close, volume], or CSV with those six columns (a header line is allowed).
KlineFileResult parseKlines(const QByteArray &content);
KlineFileResult readKlineFile(const QString &path);

} // namespace virtuoso::confluence
