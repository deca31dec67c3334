// Inputs for the backtest benchmarks (not a Google Benchmark; bench/bench_backtest.sh times the command):
//   bench_backtest candles DIR [--symbols 300] [--minutes 1440] [--seed 1] [--trend 1]
//       one CSV of 1m candles per symbol, a deterministic random walk with trending and ranging spells
//       (--trend 0: a driftless random walk, where no signal can have an edge)
//   bench_backtest record DIR [--symbols 50] [--minutes 60] [--steps 10]
//       the simulator on a manual clock with one client subscribed to the topics the connector takes
//       per symbol (orderbook.50, publicTrade, tickers, kline.1, allLiquidation), recorded by the
//       simulator's own recorder (--record), as fast as the machine allows
#include "base/Clock.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/SimulatorService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <cmath>
#include <cstdio>
#include <random>

namespace {

QStringList symbolNames(int count)
{
    QStringList symbols;
    for (const auto &instrument : virtuoso::sim::MarketSimulator::defaultInstruments())
        symbols << instrument.name;
    for (int i = 0; symbols.size() < count; ++i)
        symbols << QStringLiteral("SIM%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    while (symbols.size() > count)
        symbols.removeLast();
    return symbols;
}

int writeCandles(const QString &dir, int symbols, int minutes, quint64 seed, double trend)
{
    QDir().mkpath(dir);
    constexpr qint64 start = 1'733'011'200'000; // 2024-12-01 00:00 UTC
    long long written = 0;
    for (int s = 0; s < symbols; ++s) {
        std::mt19937_64 rng(seed * 1'000'003 + static_cast<quint64>(s));
        std::normal_distribution<double> noise(0, 1);
        std::uniform_real_distribution<double> u(0, 1);
        double price = 5 + 500 * u(rng);
        double drift = 0;
        const double vol = 0.0008 + 0.0015 * u(rng); // per-minute volatility
        QByteArray csv = "open_time_ms,open,high,low,close,volume\n";
        csv.reserve(64 * minutes);
        for (int m = 0; m < minutes; ++m) {
            if (m % 90 == 0) // a new spell: trending one way, or ranging
                drift = u(rng) < 0.5 ? 0 : (u(rng) < 0.5 ? 1 : -1) * vol * (0.1 + 0.3 * u(rng)) * trend;
            const double open = price;
            const double close = open * std::exp(drift + vol * noise(rng));
            const double high = std::max(open, close) * (1 + std::fabs(noise(rng)) * vol * 0.5);
            const double low = std::min(open, close) * (1 - std::fabs(noise(rng)) * vol * 0.5);
            const double volume = 1000 * (0.5 + u(rng)) * (1 + 20 * std::fabs(close / open - 1));
            csv += QByteArray::number(start + m * 60'000LL) + ',' + QByteArray::number(open, 'f', 6) + ',' +
                   QByteArray::number(high, 'f', 6) + ',' + QByteArray::number(low, 'f', 6) + ',' +
                   QByteArray::number(close, 'f', 6) + ',' + QByteArray::number(volume, 'f', 3) + '\n';
            price = close;
            ++written;
        }
        QFile f(QStringLiteral("%1/BENCH%2USDT.csv").arg(dir).arg(s, 3, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    std::printf("%lld candles of %d symbols in %s\n", written, symbols, qPrintable(dir));
    return 0;
}

int record(const QString &dir, int symbolCount, int minutes, int steps)
{
    virtuoso::ManualClock clock(1'733'011'200'000);
    virtuoso::sim::SimulatorOptions options;
    options.clock = &clock;
    options.symbols = symbolNames(symbolCount);
    options.recordDirectory = dir;
    options.stepsPerSecond = steps;
    options.historyMinutes = 60;
    options.idleTimeoutMs = 0; // the client sends no pings
    virtuoso::sim::SimulatorService service(options);
    QString error;
    if (!service.start(&error)) {
        std::fprintf(stderr, "cannot start the simulator: %s\n", qPrintable(error));
        return 1;
    }
    QWebSocket socket;
    quint64 received = 0;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&received](const QString &) { ++received; });
    bool connected = false;
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&] {
        connected = true;
        for (qsizetype i = 0; i < options.symbols.size(); i += 20) {
            QJsonArray args;
            for (const QString &s : options.symbols.mid(i, 20))
                args << QStringLiteral("orderbook.50.") + s << QStringLiteral("publicTrade.") + s
                     << QStringLiteral("tickers.") + s << QStringLiteral("kline.1.") + s
                     << QStringLiteral("allLiquidation.") + s;
            socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                                            {QStringLiteral("args"), args}})
                                      .toJson(QJsonDocument::Compact)));
        }
    });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(service.port())));
    QElapsedTimer wall;
    wall.start();
    while (!connected && wall.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10); // the acks
    const qint64 stepMs = 50;
    for (qint64 t = 0; t < minutes * 60'000LL; t += stepMs) {
        clock.advanceMs(stepMs);
        service.tick();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    for (int i = 0; i < 50; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    socket.close();
    std::printf("recorded %d simulated minutes of %lld symbols into %s (%llu frames received) in %.1f s\n", minutes,
                static_cast<long long>(options.symbols.size()), qPrintable(dir),
                static_cast<unsigned long long>(received), static_cast<double>(wall.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption symbols(QStringLiteral("symbols"), QStringLiteral("Symbols."), QStringLiteral("n"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Minutes."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Market steps per second."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption trend(QStringLiteral("trend"), QStringLiteral("Scale of the trending spells."),
                                   QStringLiteral("x"), QStringLiteral("1"));
    parser.addOptions({symbols, minutes, seed, steps, trend});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("candles or record"));
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("output folder"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_backtest candles|record DIR [options]\n");
        return 2;
    }
    if (args[0] == u"candles")
        return writeCandles(args[1], parser.value(symbols).isEmpty() ? 300 : parser.value(symbols).toInt(),
                            parser.value(minutes).isEmpty() ? 1440 : parser.value(minutes).toInt(),
                            parser.value(seed).toULongLong(), parser.value(trend).toDouble());
    if (args[0] == u"record")
        return record(args[1], parser.value(symbols).isEmpty() ? 50 : parser.value(symbols).toInt(),
                      parser.value(minutes).isEmpty() ? 60 : parser.value(minutes).toInt(),
                      parser.value(steps).toInt());
    std::fprintf(stderr, "unknown mode %s: candles or record\n", qPrintable(args[0]));
    return 2;
}
