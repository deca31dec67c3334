#include "cli/IndicatorsCommand.h"

#include "ExitCode.h"
#include "cli/ConsoleOutput.h"
#include "model/confluence/IndicatorSet.h"
#include "model/confluence/KlineFile.h"

#include <QCommandLineParser>

#include <cstdio>
#include <string>

namespace virtuoso::confluence {

namespace {

void printError(const QString &text)
{
    cli::printError("indicators", text);
}

} // namespace

int runIndicatorsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints every indicator per candle as one JSON object a line (null while warming up).\n"
                       "Reads a Bybit kline REST reply or WebSocket message, a JSON array of\n"
                       "[open_time_ms, open, high, low, close, volume], or CSV with those columns."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption klinesOption(QStringLiteral("klines"), QStringLiteral("The candle file to read."),
                                          QStringLiteral("file"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Print only these indicators (comma-separated): %1.")
                                            .arg(IndicatorSet::groupNames().join(QStringLiteral(", "))),
                                        QStringLiteral("list"));
    parser.addOption(helpOption);
    parser.addOption(klinesOption);
    parser.addOption(onlyOption);

    QStringList argv = arguments;
    if (argv.isEmpty())
        argv << QStringLiteral("indicators");
    if (!parser.parse(argv)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        const QByteArray help =
            parser.helpText()
                .replace(QStringLiteral("indicators [options]"), QStringLiteral("virtuoso indicators [options]"))
                .toUtf8();
        std::fwrite(help.constData(), 1, static_cast<size_t>(help.size()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (!parser.isSet(klinesOption) || parser.value(klinesOption).isEmpty()) {
        printError(QStringLiteral("--klines FILE is required; see --help"));
        return ExitUsage;
    }
    std::uint32_t groups = IndicatorSet::AllGroups;
    if (parser.isSet(onlyOption)) {
        QString error;
        const auto parsed = IndicatorSet::parseGroups(parser.value(onlyOption), &error);
        if (!parsed) {
            printError(error);
            return ExitUsage;
        }
        groups = *parsed;
    }

    const QString path = parser.value(klinesOption);
    const KlineFileResult file = readKlineFile(path);
    if (!file.ok()) {
        printError(QStringLiteral("%1: %2").arg(path, file.error));
        return ExitStartupFailed;
    }

    IndicatorSet set;
    std::string out;
    out.reserve(1 << 16);
    for (const Candle &c : file.candles) {
        set.update(c);
        out += set.jsonLine(groups);
        out += '\n';
        if (out.size() > (1 << 16) - 1024) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace virtuoso::confluence
