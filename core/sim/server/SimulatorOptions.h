#pragma once

#include "sim/exchange/SimAccounts.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

// How one simulator instance runs: `virtuoso sim` fills it from the command line, the embedded
// simulator and the tests from code.
struct SimulatorOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    QStringList symbols;            // empty: the 20 default instruments
    QString faultScript;            // --faults FILE
    QString recordDirectory;        // --record DIR
    QString replayFile;             // --replay FILE
    double replaySpeed = 1.0;       // --speed X
    qint64 idleTimeoutMs = 600'000; // public stream connections without a ping are closed after this
    int tickIntervalMs = 20;        // housekeeping timer (real time); the market also steps with it
    int marketTickMs = 1;           // market timer (real time): symbols' frames go out when their phase is due
    int stepsPerSecond = 50;        // market steps per simulated second
    int historyMinutes = 1440;
    double tradeRateScale = 1;     // trades per second of every instrument times this (load tools)
    double volatilityScale = 1;    // daily volatility of every instrument times this (tests that need a calm market)
    int restBudgetPerWindow = 600; // Bybit's per-IP REST limit per 5 s
    const Clock *clock = nullptr;  // null: the system clock
    // When set, /sim/v1 answers only requests with "Authorization: Bearer <controlToken>". The
    // program's embedded simulator sets a random one, so another local user cannot inject faults.
    QByteArray controlToken;
    // The exchange's trading accounts (--account KEY:SECRET[:USDT]); the embedded simulator adds a
    // generated one when there is none.
    std::vector<SimAccount> accounts;
    // The program's embedded simulator: its routine lines (each stream connection opened and closed,
    // each account opened) at debug level, so the workstation's own log is not full of the exchange's.
    // Faults and where it listens stay at notice.
    bool quiet = false;
};

} // namespace virtuoso::sim
