#pragma once

#include "model/confluence/Candle.h"
#include "model/outcomes/SignalBacktest.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace virtuoso::outcomes {

// One symbol's 1m candles from a kline file.
struct KlineSeries
{
    QString symbol;
    QString path;
    std::vector<confluence::Candle> candles; // oldest first
};

// Reads every kline file named (a folder: its *.csv, *.json and *.jsonl files, by name). The symbol is
// the one the file names (a REST reply's result.symbol, a WebSocket topic), else the file's name up
// to the first dot, upper-cased. Candles must be 1m apart (gaps are allowed). False with `error`
// naming the file and line on anything else.
bool readKlineInputs(const QStringList &paths, std::vector<KlineSeries> &out, QString &error);

struct ReplayStats
{
    long long lines = 0;
    long long messages = 0;     // fed to the engine
    long long skippedLines = 0; // not a recorded frame (binary frames, truncated lines)
    long long decodeErrors = 0;
    QString firstDecodeError;
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    QStringList symbols;    // in the recording, sorted
    QStringList fedSymbols; // of those, fed to the backtest (--symbols), sorted
};

// Streams the simulator's recordings (`{"t":..,"conn":..,"frame":".."}` lines; a folder: its *.jsonl
// files by name) or raw captures of Bybit messages (`{"topic":..,"ts":..}` lines) through the real
// decoder into `backtest`, in recorded order. Of each topic, the frames of the first connection that
// carried it are used (a recording holds one copy per connection). Instruments come from
// `instrumentsFile` (a v5 instruments-info reply) or, without one, from the simulator's instruments.
// Only `symbols` are fed when it is not empty. False with `error` when the input holds no market data.
bool replayRecording(const QString &path, const QString &instrumentsFile, const QSet<QString> &symbols,
                     SignalBacktest &backtest, ReplayStats &stats, QString &error);

} // namespace virtuoso::outcomes
