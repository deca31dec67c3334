#include "CommandLine.h"

#include <QCommandLineParser>
#include <QUrl>

#include <utility>

namespace {

const char *kDesktopDescription =
    "Virtuoso Workstation: Bybit v5 market connector, confluence engine and health monitor.\n"
    "\n"
    "Commands:\n"
    "  virtuoso                       the desktop workstation (embedded simulator by default)\n"
    "  virtuoso --remote URL ...      the workstation watching one or more daemons\n"
    "  virtuoso --daemon              headless core for servers, under systemd or a terminal\n"
    "  virtuoso alerts test NAME      send a test alert through channel NAME and wait for its delivery\n"
    "  virtuoso audit [--kind K] ...  the trading audit log as a table or CSV (see audit --help)\n"
    "  virtuoso backtest --klines F   what became of the confluence signals: scorecard (see backtest --help)\n"
    "  virtuoso check-config [FILE]   validate a configuration and print the effective values\n"
    "  virtuoso indicators --klines F indicator values per candle as JSON lines (see its --help)\n"
    "  virtuoso logs analyze [FILE…]  incident report from journal, syslog or plain logs (see logs --help)\n"
    "  virtuoso order|cancel|orders|positions|kill  trading from a shell, against a daemon (--api) or\n"
    "                                 the configured venue (see virtuoso order --help)\n"
    "  virtuoso sim [--port P]        the Bybit v5-compatible simulator (see virtuoso sim --help)";

const char *kHeadlessDescription =
    "virtuosod: the Virtuoso core for servers (Bybit v5 connector, confluence engine, monitoring API),\n"
    "without any graphical library. The desktop workstation is `virtuoso`.\n"
    "\n"
    "Commands:\n"
    "  virtuosod                       the headless core, under systemd or a terminal\n"
    "  virtuosod alerts test NAME      send a test alert through channel NAME and wait for its delivery\n"
    "  virtuosod audit [--kind K] ...  the trading audit log as a table or CSV\n"
    "  virtuosod backtest --klines F   what became of the confluence signals: scorecard\n"
    "  virtuosod check-config [FILE]   validate a configuration and print the effective values\n"
    "  virtuosod indicators --klines F indicator values per candle as JSON lines (see its --help)\n"
    "  virtuosod logs analyze [FILE…]  incident report from journal, syslog or plain logs\n"
    "  virtuosod order|cancel|orders|positions|kill  trading from a shell (see virtuosod order --help)\n"
    "  virtuosod sim [--port P]        the Bybit v5-compatible simulator";

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &subcommands, Program program)
{
    const bool headless = program == Program::Headless;
    const QString name = headless ? QStringLiteral("virtuosod") : QStringLiteral("virtuoso");
    CommandLine cl;
    if (arguments.size() > 1 && subcommands.contains(arguments.at(1))) {
        cl.mode = Mode::Subcommand;
        cl.subcommand = arguments.at(1);
        cl.subcommandArguments = arguments.mid(1);
        return cl;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(headless ? kHeadlessDescription : kDesktopDescription));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and exit."));
    const QCommandLineOption daemonOption(QStringLiteral("daemon"),
                                          headless ? QStringLiteral("Accepted for scripts written for virtuoso; "
                                                                    "virtuosod always runs headless.")
                                                   : QStringLiteral("Run headless: no window, no display needed."));
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Read the configuration from <file>."), QStringLiteral("file"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QStringLiteral("Override one key, e.g. --set exchange.symbols=BTCUSDT. "
                                                      "Repeatable."),
                                       QStringLiteral("section.key=value"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User-interface language, e.g. de or zh_CN (default: system)."),
                                        QStringLiteral("code"));
    const QCommandLineOption exampleOption(QStringLiteral("example"),
                                           QStringLiteral("With check-config: print a documented configuration "
                                                          "file with every key at its default."));
    const QCommandLineOption insecureListenOption(
        QStringLiteral("insecure-listen"),
        QStringLiteral("With --daemon: allow the monitoring API on a non-loopback address without a token and TLS."));
    const QCommandLineOption confirmLiveOption(
        QStringLiteral("confirm-live"),
        QStringLiteral("With --daemon and trading.venue = live (and trading.allow_live): the typed confirmation "
                       "\"I ACCEPT LIVE TRADING\"."),
        QStringLiteral("text"));
    const QCommandLineOption remoteOption(
        QStringLiteral("remote"),
        QStringLiteral("Watch the daemon at <url> (http(s)://host:port) instead of running the core in-process. "
                       "Repeatable: several daemons appear in the host sidebar."),
        QStringLiteral("url"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("With --remote: the daemon's API token, read from <file> (mode 0600). Once for all "
                       "daemons, or once per --remote in the same order."),
        QStringLiteral("file"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QStringLiteral("With --remote over https: trust the PEM certificate(s) in <file>. Once, or once per --remote."),
        QStringLiteral("file"));
    const QCommandLineOption localOption(QStringLiteral("local"),
                                         QStringLiteral("With --remote: run the in-process core as well."));
    if (!headless) {
        parser.addOption(remoteOption);
        parser.addOption(tokenFileOption);
        parser.addOption(caFileOption);
        parser.addOption(localOption);
    }
    parser.addOption(exampleOption);
    parser.addOption(insecureListenOption);
    parser.addOption(confirmLiveOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(daemonOption);
    parser.addOption(configOption);
    parser.addOption(setOption);
    if (!headless)
        parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("check-config [FILE], or a subcommand with its own --help"),
                                 QStringLiteral("[command]"));

    // Parsing happens before any QCoreApplication exists, so Qt cannot know the program's name.
    cl.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), name);
    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        if (headless &&
            (arguments.contains(QStringLiteral("--remote")) || arguments.contains(QStringLiteral("--lang"))))
            cl.error += QStringLiteral(" (virtuosod is headless: the workstation and its options are in `virtuoso`)");
        return cl;
    }
    if (parser.isSet(helpOption)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (parser.isSet(versionOption)) {
        cl.mode = Mode::Version;
        return cl;
    }

    cl.configOptions.explicitFile = parser.value(configOption);
    cl.configOptions.overrides = parser.values(setOption);
    if (!headless)
        cl.language = parser.value(langOption);
    cl.insecureListen = parser.isSet(insecureListenOption);
    if (parser.isSet(confirmLiveOption)) {
        if (parser.value(confirmLiveOption) != QLatin1String("I ACCEPT LIVE TRADING")) {
            cl.error = QStringLiteral("--confirm-live wants exactly \"I ACCEPT LIVE TRADING\"");
            return cl;
        }
        cl.liveConfirmed = true;
    }
    if (!headless) {
        cl.remoteUrls = parser.values(remoteOption);
        cl.tokenFiles = parser.values(tokenFileOption);
        cl.caFiles = parser.values(caFileOption);
        cl.local = parser.isSet(localOption);
    }
    if (cl.remoteUrls.isEmpty() && (!cl.tokenFiles.isEmpty() || !cl.caFiles.isEmpty() || cl.local)) {
        cl.error = QStringLiteral("--token-file, --ca-file and --local go with --remote");
        return cl;
    }
    for (const auto &[list, name] : {std::pair{&cl.tokenFiles, "--token-file"}, std::pair{&cl.caFiles, "--ca-file"}}) {
        if (list->size() > 1 && list->size() != cl.remoteUrls.size()) {
            cl.error = QStringLiteral("give %1 once for all daemons or once per --remote (%2 --remote, %3 %1)")
                           .arg(QLatin1String(name))
                           .arg(cl.remoteUrls.size())
                           .arg(list->size());
            return cl;
        }
    }
    for (const QString &url : cl.remoteUrls) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") ||
            parsed.host().isEmpty()) {
            cl.error = QStringLiteral("--remote %1: give the daemon as http(s)://host:port, "
                                      "e.g. --remote http://127.0.0.1:8787")
                           .arg(url);
            return cl;
        }
    }
    const bool daemon = headless || parser.isSet(daemonOption);
    if (!cl.remoteUrls.isEmpty() && (daemon || !parser.positionalArguments().isEmpty())) {
        cl.error = QStringLiteral("--remote is for the workstation; it does not go with --daemon or check-config");
        return cl;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != u"check-config") {
            cl.error = QStringLiteral("unknown command '%1'; see %2 --help").arg(positional.first(), name);
            return cl;
        }
        if (positional.size() > 2) {
            cl.error = QStringLiteral("check-config takes at most one file");
            return cl;
        }
        if (positional.size() == 2) {
            if (!cl.configOptions.explicitFile.isEmpty()) {
                cl.error = QStringLiteral("give the file either as check-config FILE or with --config, not both");
                return cl;
            }
            cl.configOptions.explicitFile = positional.at(1);
        }
        if (!headless && parser.isSet(daemonOption)) {
            cl.error = QStringLiteral("--daemon does not go with check-config");
            return cl;
        }
        cl.mode = parser.isSet(exampleOption) ? Mode::ConfigExample : Mode::CheckConfig;
        return cl;
    }
    if (parser.isSet(exampleOption)) {
        cl.error = QStringLiteral("--example goes with check-config");
        return cl;
    }
    cl.mode = daemon ? Mode::Daemon : Mode::Workstation;
    return cl;
}
