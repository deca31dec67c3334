#include "CommandDispatch.h"

#include "ExitCode.h"
#include "base/FreedMemory.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "cli/AlertsCommand.h"
#include "cli/AuditCommand.h"
#include "cli/BacktestCommand.h"
#include "cli/DaemonRunner.h"
#include "cli/IndicatorsCommand.h"
#include "cli/LogsCommand.h"
#include "cli/SimulatorCommand.h"
#include "cli/TradingCommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

using namespace virtuoso;

// Subcommands that parse their own arguments: name → entry point taking argv from the name on.
const std::map<QString, std::function<int(int, char **, const QStringList &)>> &subcommands()
{
    static const std::map<QString, std::function<int(int, char **, const QStringList &)>> table = {
        {QStringLiteral("alerts"), &alerts::runAlertsCommand},
        {QStringLiteral("audit"), [](int, char **, const QStringList &args) { return store::runAuditCommand(args); }},
        {QStringLiteral("backtest"),
         [](int, char **, const QStringList &args) { return outcomes::runBacktestCommand(args); }},
        {QStringLiteral("indicators"),
         [](int, char **, const QStringList &args) { return confluence::runIndicatorsCommand(args); }},
        {QStringLiteral("logs"), [](int, char **, const QStringList &args) { return logs::runLogsCommand(args); }},
        {QStringLiteral("sim"), &sim::runSimulatorCommand},
        {QStringLiteral("order"), &trading::runTradingCommand},
        {QStringLiteral("cancel"), &trading::runTradingCommand},
        {QStringLiteral("amend"), &trading::runTradingCommand},
        {QStringLiteral("orders"), &trading::runTradingCommand},
        {QStringLiteral("positions"), &trading::runTradingCommand},
        {QStringLiteral("kill"), &trading::runTradingCommand},
    };
    return table;
}

void print(FILE *out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', out);
}

QStringList argumentList(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out << QString::fromLocal8Bit(argv[i]);
    return out;
}

std::optional<Config> loadConfigOrReport(const Config::LoadOptions &options)
{
    const Config::LoadResult result = Config::load(options);
    if (!result.ok()) {
        print(stderr, QStringLiteral("virtuoso: the configuration has errors:\n%1").arg(result.errorText()));
        return std::nullopt;
    }
    return result.config;
}

} // namespace

namespace virtuoso::app {

int runProgram(int argc, char **argv, CommandLine::Program program, const WorkstationEntry &workstation)
{
    useMappedMemoryForLargeBlocks();
    QCoreApplication::setApplicationName(QStringLiteral("virtuoso"));
    QCoreApplication::setOrganizationName(QStringLiteral("Virtuoso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRTUOSO_VERSION));
    log::Logger::installQtMessageHandler();

    QStringList names;
    for (const auto &entry : subcommands())
        names << entry.first;
    const CommandLine cl = CommandLine::parse(argumentList(argc, argv), names, program);
    const char *name = program == CommandLine::Program::Headless ? "virtuosod" : "virtuoso";
    if (!cl.error.isEmpty()) {
        print(stderr, QStringLiteral("%1: %2").arg(QLatin1String(name), cl.error));
        return ExitUsage;
    }

    switch (cl.mode) {
    case CommandLine::Mode::Help:
        print(stdout, cl.helpText);
        return ExitOk;
    case CommandLine::Mode::Version:
        print(stdout, QStringLiteral("%1 %2").arg(QLatin1String(name), QStringLiteral(VIRTUOSO_VERSION)));
        return ExitOk;
    case CommandLine::Mode::Subcommand:
        return subcommands().at(cl.subcommand)(argc, argv, cl.subcommandArguments);
    case CommandLine::Mode::ConfigExample:
        print(stdout, ConfigSchema::instance().renderExample());
        return ExitOk;
    case CommandLine::Mode::CheckConfig: {
        const Config::LoadResult result = Config::load(cl.configOptions);
        if (!result.ok()) {
            print(stderr, result.errorText());
            return ExitConfigInvalid;
        }
        print(stdout, result.config.render(/*maskSecrets=*/true));
        return ExitOk;
    }
    case CommandLine::Mode::Daemon: {
        // A QCoreApplication only: no platform plugin, no display.
        QCoreApplication app(argc, argv);
        const auto config = loadConfigOrReport(cl.configOptions);
        if (!config)
            return ExitConfigInvalid;
        DaemonRunner daemon(cl.configOptions, *config);
        daemon.setInsecureListenAllowed(cl.insecureListen);
        daemon.setLiveTradingConfirmed(cl.liveConfirmed);
        return daemon.run();
    }
    case CommandLine::Mode::Workstation: {
        if (!workstation) {
            print(stderr, QStringLiteral("%1: this program has no window; run virtuoso").arg(QLatin1String(name)));
            return ExitUsage;
        }
        const auto config = loadConfigOrReport(cl.configOptions);
        if (!config)
            return ExitConfigInvalid;
        return workstation(argc, argv, *config, cl);
    }
    }
    return ExitFailure;
}

} // namespace virtuoso::app
