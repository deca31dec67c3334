// Load tool: N symbols × orderbook.50 plus publicTrade served to M clients over loopback; reports
// the simulator thread's CPU time and the messages per second the clients received.
//   bench_sim_load [--symbols 200] [--clients 2] [--seconds 20]
#include "sim/market/MarketSimulator.h"
#include "sim/server/EmbeddedSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

// CPU seconds (user + system) of the thread named `name` in this process, from /proc.
double threadCpuSeconds(const QByteArray &name)
{
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Fields after the command: state is [0], utime [11], stime [12].
        const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
        return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Client
{
    QWebSocket socket;
    quint64 bookMessages = 0;
    quint64 tradeMessages = 0;
    quint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption symbolsOption(QStringLiteral("symbols"), QStringLiteral("Symbols."), QStringLiteral("n"),
                                           QStringLiteral("200"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients."), QStringLiteral("n"),
                                           QStringLiteral("2"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds."),
                                           QStringLiteral("s"), QStringLiteral("20"));
    parser.addOptions({symbolsOption, clientsOption, secondsOption});
    parser.addHelpOption();
    parser.process(app);
    const int symbolCount = parser.value(symbolsOption).toInt();
    const int clientCount = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    QStringList symbols;
    for (const auto &instrument : virtuoso::sim::MarketSimulator::defaultInstruments())
        symbols << instrument.name;
    for (int i = 0; symbols.size() < symbolCount; ++i)
        symbols << QStringLiteral("SIM%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    while (symbols.size() > symbolCount)
        symbols.removeLast();

    virtuoso::sim::SimulatorOptions options;
    options.symbols = symbols;
    options.stepsPerSecond = 50;
    options.historyMinutes = 60;
    virtuoso::sim::EmbeddedSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "cannot start the simulator: %s\n", qPrintable(error));
        return 1;
    }

    std::vector<std::unique_ptr<Client>> clients;
    for (int c = 0; c < clientCount; ++c) {
        auto client = std::make_unique<Client>();
        Client *raw = client.get();
        QObject::connect(&raw->socket, &QWebSocket::textMessageReceived, &raw->socket, [raw](const QString &m) {
            raw->bytes += static_cast<quint64>(m.size());
            if (m.startsWith(QLatin1String("{\"topic\":\"orderbook")))
                ++raw->bookMessages;
            else if (m.startsWith(QLatin1String("{\"topic\":\"publicTrade")))
                ++raw->tradeMessages;
        });
        QObject::connect(&raw->socket, &QWebSocket::connected, &raw->socket, [raw, symbols] {
            // Topics in batches, well inside the 21,000-character args budget.
            for (qsizetype i = 0; i < symbols.size(); i += 50) {
                QJsonArray args;
                for (const QString &s : symbols.mid(i, 50))
                    args << QStringLiteral("orderbook.50.") + s << QStringLiteral("publicTrade.") + s;
                raw->socket.sendTextMessage(
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                                                {QStringLiteral("args"), args}})
                                          .toJson(QJsonDocument::Compact)));
            }
        });
        raw->socket.open(QUrl(simulator.wsPublicUrl()));
        clients.push_back(std::move(client));
    }

    // Warm up for 3 s, then measure.
    double cpuStart = 0;
    double processStart = 0;
    quint64 booksStart = 0, tradesStart = 0, bytesStart = 0;
    QElapsedTimer wall;
    auto totals = [&](quint64 &books, quint64 &trades, quint64 &bytes) {
        books = trades = bytes = 0;
        for (const auto &c : clients) {
            books += c->bookMessages;
            trades += c->tradeMessages;
            bytes += c->bytes;
        }
    };
    QTimer::singleShot(3000, &app, [&] {
        cpuStart = threadCpuSeconds("sim");
        processStart = processCpuSeconds();
        totals(booksStart, tradesStart, bytesStart);
        wall.start();
    });
    QTimer::singleShot(3000 + seconds * 1000, &app, [&] {
        const double cpu = threadCpuSeconds("sim") - cpuStart;
        const double processCpu = processCpuSeconds() - processStart;
        const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;
        quint64 books = 0, trades = 0, bytes = 0;
        totals(books, trades, bytes);
        std::printf("symbols %d, clients %d, measured %.1f s\n", symbolCount, clientCount, elapsed);
        std::printf("orderbook.50 messages/s received (all clients): %.0f (%.0f per client)\n",
                    static_cast<double>(books - booksStart) / elapsed,
                    static_cast<double>(books - booksStart) / elapsed / clientCount);
        std::printf("publicTrade messages/s received (all clients): %.0f\n",
                    static_cast<double>(trades - tradesStart) / elapsed);
        std::printf("payload MB/s received: %.1f\n", static_cast<double>(bytes - bytesStart) / elapsed / 1e6);
        std::printf("simulator thread CPU: %.1f%% of one core\n", 100.0 * cpu / elapsed);
        std::printf("whole process CPU (simulator + the clients' Qt parsing): %.1f%% of one core\n",
                    100.0 * processCpu / elapsed);
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    simulator.stop();
    return code;
}
