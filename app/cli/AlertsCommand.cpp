#include "cli/AlertsCommand.h"

#include "ExitCode.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertSettings.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "cli/ConsoleOutput.h"
#include "engine/LoggingSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace virtuoso::alerts {

namespace {

using cli::printLine;

const char *const Usage = "Usage: virtuoso alerts test NAME [options]\n"
                          "\n"
                          "Sends one test alert through the configured channel [channel.NAME], with its timeout and\n"
                          "retries, and waits for its delivery. Exits 0 only when the channel accepted it; the alert\n"
                          "and its delivery are journaled (alerts.journal_path).\n"
                          "\n"
                          "Options:\n"
                          "  --config FILE, --set section.key=value   as for the program\n"
                          "  --timeout S      give up after S seconds (default 120)\n"
                          "  -h, --help       show this help\n";

} // namespace

int runAlertsCommand(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption configFile({QStringLiteral("c"), QStringLiteral("config")}, QStringLiteral("config"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("override"), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("seconds"), QStringLiteral("S"),
                                     QStringLiteral("120"));
    parser.addOptions({help, configFile, set, timeout});
    if (!parser.parse(arguments)) {
        printLine(stderr, QStringLiteral("virtuoso alerts: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printLine(stdout, QLatin1String(Usage));
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments(); // "test", NAME ("alerts" is the program name)
    if (rest.size() != 2 || rest[0] != u"test") {
        printLine(stderr, QStringLiteral("virtuoso alerts: expected: alerts test NAME\n%1").arg(QLatin1String(Usage)));
        return ExitUsage;
    }
    bool ok = false;
    const int timeoutS = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutS <= 0) {
        printLine(stderr, QStringLiteral("virtuoso alerts: --timeout takes a positive number of seconds"));
        return ExitUsage;
    }
    log::configureLogging(QStringLiteral("stderr"), QStringLiteral("warning"), false);

    Config::LoadOptions options;
    options.explicitFile = parser.value(configFile);
    options.overrides = parser.values(set);
    const Config::LoadResult loaded = Config::load(options);
    if (!loaded.ok()) {
        printLine(stderr, QStringLiteral("virtuoso: the configuration has errors:\n%1").arg(loaded.errorText()));
        return ExitConfigInvalid;
    }
    QString error;
    const auto settings = AlertSettings::fromConfig(loaded.config, &error);
    if (!settings) {
        printLine(stderr, QStringLiteral("virtuoso alerts: %1").arg(error));
        return ExitConfigInvalid;
    }
    const QString name = rest[1];
    const ChannelSettings *channel = settings->channel(name);
    if (!channel) {
        QStringList names;
        for (const ChannelSettings &c : settings->channels)
            names << c.name;
        printLine(stderr, QStringLiteral("virtuoso alerts: no [channel.%1] in the configuration%2")
                              .arg(name, names.isEmpty() ? QString()
                                                         : QStringLiteral(" (there are: %1)").arg(names.join(u", "))));
        return ExitConfigInvalid;
    }

    RecordingDesktopNotifier desktop; // the shell has no desktop: a desktop channel counts as delivered
    AlertDispatcher::Options dispatch;
    dispatch.journalPath = settings->journalPath;
    dispatch.desktop = &desktop;
    AlertService service({*channel}, dispatch);

    AlertDecision test;
    test.rule = QStringLiteral("test");
    test.event.source = AlertSource::Test;
    test.event.severity = AlertSeverity::Info;
    test.event.key = QStringLiteral("test:%1").arg(name);
    test.event.title = QStringLiteral("Virtuoso test alert");
    test.event.fields = {{QStringLiteral("Channel"), name},
                         {QStringLiteral("Type"), QLatin1String(channelTypeName(channel->type))}};
    test.event.timeMs = Clock::system().epochMs();
    test.messages.push_back({name, 0, 0});

    QEventLoop loop;
    int result = ExitFailure;
    QObject::connect(service.dispatcher(), &AlertDispatcher::delivered, &loop, [&](qint64, const QString &) {
        result = ExitOk;
        loop.quit();
    });
    QObject::connect(service.dispatcher(), &AlertDispatcher::channelFailing, &loop,
                     [&](const QString &) { loop.quit(); });
    QTimer::singleShot(timeoutS * 1000, &loop, &QEventLoop::quit);
    service.submit(test);
    printLine(stdout, QStringLiteral("sending a test alert through %1 ...").arg(channel->describe()));
    loop.exec();

    const ChannelStatus status = service.status().at(0);
    if (result == ExitOk) {
        printLine(stdout, QStringLiteral("delivered through %1").arg(channel->describe()));
        return ExitOk;
    }
    printLine(stderr, QStringLiteral("virtuoso alerts: %1 did not accept the test alert after %2 attempts: %3; it "
                                     "stays journaled and a daemon will deliver it when the channel recovers")
                          .arg(channel->describe())
                          .arg(status.failedAttempts)
                          .arg(status.lastError.isEmpty() ? QStringLiteral("no answer in time") : status.lastError));
    return ExitFailure;
}

} // namespace virtuoso::alerts
