#include "cli/SimulatorCommand.h"

#include "ExitCode.h"
#include "base/UnixSignalWatcher.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "cli/ConsoleOutput.h"
#include "engine/LoggingSetup.h"
#include "sim/server/EmbeddedSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace virtuoso::sim {

namespace {

using cli::printLine;

} // namespace

int runSimulatorCommand(int argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Bybit v5-compatible simulator: REST, the public WebSocket stream, fault injection, recording "
        "and replay on one port. See docs/simulator.md."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on; 0 picks a free one (default 0)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic market (default 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption symbols(QStringLiteral("symbols"),
                                     QStringLiteral("Comma-separated symbols (default: the 20 built-in instruments)."),
                                     QStringLiteral("list"));
    const QCommandLineOption faults(
        QStringLiteral("faults"), QStringLiteral("Fault script to play (docs/simulator.md)."), QStringLiteral("file"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Write every frame sent to a JSONL file in this directory."),
                                    QStringLiteral("dir"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    QStringLiteral("Serve a recording (or a raw Bybit capture) instead of the market."),
                                    QStringLiteral("file"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Replay speed factor (default 1)."),
                                   QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Close stream connections without a ping for this many seconds "
                                                 "(default 600)."),
                                  QStringLiteral("seconds"), QStringLiteral("600"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("debug, info, notice, warning or error (default notice)."),
                                      QStringLiteral("level"), QStringLiteral("notice"));
    const QCommandLineOption account(
        QStringLiteral("account"),
        QStringLiteral("A trading account KEY:SECRET[:USDT] (repeatable; default balance 100000 USDT). Without one, "
                       "an account is generated: its key is printed, its secret written to a file readable by you "
                       "only."),
        QStringLiteral("key:secret[:usdt]"));
    parser.addOptions({help, port, host, seed, symbols, faults, record, replay, speed, idle, logLevel, account});
    if (!parser.parse(arguments)) {
        printLine(stderr, QStringLiteral("virtuoso sim: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt writes the program as "<executable_name>" when the arguments do not name it.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("virtuoso sim"));
        if (!arguments.isEmpty() && text.startsWith(QStringLiteral("Usage: ") + arguments.first() + u' '))
            text.replace(7, arguments.first().size(), QStringLiteral("virtuoso sim"));
        printLine(stdout, text);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr,
                  QStringLiteral("virtuoso sim: unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    SimulatorOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        printLine(stderr, QStringLiteral("virtuoso sim: --port must be from 0 to 65535"));
        return ExitUsage;
    }
    options.port = static_cast<quint16>(portValue);
    options.host = parser.value(host);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        printLine(stderr, QStringLiteral("virtuoso sim: --seed must be a non-negative integer"));
        return ExitUsage;
    }
    if (parser.isSet(symbols)) {
        for (const QString &s : parser.value(symbols).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.symbols << s.trimmed().toUpper();
    }
    options.faultScript = parser.value(faults);
    options.recordDirectory = parser.value(record);
    options.replayFile = parser.value(replay);
    options.replaySpeed = parser.value(speed).toDouble(&ok);
    if (!ok || options.replaySpeed <= 0 || options.replaySpeed > 10'000) {
        printLine(stderr, QStringLiteral("virtuoso sim: --speed must be a number above 0"));
        return ExitUsage;
    }
    if (parser.isSet(speed) && options.replayFile.isEmpty()) {
        printLine(stderr, QStringLiteral("virtuoso sim: --speed goes with --replay"));
        return ExitUsage;
    }
    const double idleSeconds = parser.value(idle).toDouble(&ok);
    if (!ok || idleSeconds < 0) {
        printLine(stderr, QStringLiteral("virtuoso sim: --idle-timeout must be a number of seconds (0: never)"));
        return ExitUsage;
    }
    options.idleTimeoutMs = static_cast<qint64>(idleSeconds * 1000.0);
    for (const QString &spec : parser.values(account)) {
        QString why;
        const auto parsed = parseAccountSpec(spec, &why);
        if (!parsed) {
            printLine(stderr, QStringLiteral("virtuoso sim: %1").arg(why));
            return ExitUsage;
        }
        options.accounts.push_back(*parsed);
    }

    QCoreApplication app(argc, argv);
    const QString logSetup = log::configureLogging(QStringLiteral("stderr"), parser.value(logLevel), false);
    Q_UNUSED(logSetup);

    EmbeddedSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        printLine(stderr, QStringLiteral("virtuoso sim: %1").arg(error));
        return ExitStartupFailed;
    }
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminateRequested, &app, [](int signalNumber) {
        VLOG(Notice, "sim", "SIM_STOPPING") << "signal " << signalNumber << " received; stopping";
        QCoreApplication::exit(ExitOk);
    });

    const QString base = simulator.restUrl().mid(QStringLiteral("http://").size());
    printLine(stdout, QStringLiteral("virtuoso sim listening on %1").arg(base));
    printLine(stdout, QStringLiteral("rest: %1").arg(simulator.restUrl()));
    printLine(stdout, QStringLiteral("ws_public: %1").arg(simulator.wsPublicUrl()));
    printLine(stdout, QStringLiteral("control: %1").arg(simulator.controlUrl()));
    if (!simulator.accounts().empty())
        printLine(stdout, QStringLiteral("ws_private: %1").arg(simulator.wsPrivateUrl()));
    for (const SimAccount &a : simulator.accounts())
        printLine(stdout, QStringLiteral("account: %1").arg(a.key));
    if (simulator.generatedAccount()) {
        // The secret goes to a file of the user's own, never to the terminal or the log.
        QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (dir.isEmpty())
            dir = QDir::tempPath();
        const QString path = QDir(dir).filePath(QStringLiteral("virtuoso-sim-%1.secret").arg(simulator.port()));
        QString why;
        if (!writeSecretFile(path, simulator.accounts().front().secret, &why)) {
            printLine(stderr, QStringLiteral("virtuoso sim: %1").arg(why));
            return ExitStartupFailed;
        }
        printLine(stdout, QStringLiteral("secret_file: %1").arg(path));
    }

    const int code = QCoreApplication::exec();
    simulator.stop();
    return code;
}

} // namespace virtuoso::sim
