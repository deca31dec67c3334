#include "Workstation.h"

#include "HostManager.h"
#include "LocalDataSource.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "base/UnixSignalWatcher.h"
#include "base/config/ConfigKeys.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/CoreRuntime.h"
#include "engine/LoggingSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace virtuoso::ui {

QString installTranslation(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers and dates in the views follow the language too (German "1.234,5").
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(qApp);
    // Looks for virtuoso_de.qm, then virtuoso_de_DE.qm, ... in the embedded resources.
    if (translator->load(locale, QStringLiteral("virtuoso"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !translator->language().startsWith(QLatin1String("en"))) {
        QCoreApplication::installTranslator(translator);
        return locale.name();
    }
    // English: the source texts, with their plural forms ("1 entry held", "2 entries held").
    if (translator->load(QStringLiteral(":/i18n/virtuoso_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return {};
}

WorkstationEnd runWorkstation(int &argc, char **argv, const Config &config, const WorkstationOptions &options)
{
    QElapsedTimer startedMs;
    startedMs.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Virtuoso Workstation"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/virtuoso.svg")));
    QApplication::setDesktopFileName(QStringLiteral("virtuoso"));
    log::configureLogging(config.get(key::LoggingTarget), config.get(key::LoggingLevel), /*daemonMode=*/false);
    installTranslation(options.language);

    // The daemons named on the command line are checked before anything starts: a wrong address
    // or an unfit token file is a usage error, said once on stderr.
    QList<RemoteHost::Target> targets;
    for (qsizetype i = 0; i < options.remoteUrls.size(); ++i) {
        const auto pick = [i](const QStringList &list) {
            return list.size() == 1 ? list.first() : (i < list.size() ? list.at(i) : QString());
        };
        RemoteHost::Target target{options.remoteUrls.at(i), pick(options.tokenFiles), pick(options.caFiles)};
        QString error;
        if (!RemoteHost::clientOptions(target, &error)) {
            std::fprintf(stderr, "virtuoso: %s\n", qPrintable(error));
            return WorkstationEnd::BadArguments;
        }
        targets << target;
    }

    // With --remote the in-process core (and its embedded simulator) only runs when asked.
    TrayNotifier tray; // desktop alert channels; declared first, it outlives the core that delivers to it
    std::unique_ptr<CoreRuntime> runtime;
    if (targets.isEmpty() || options.local) {
        runtime = std::make_unique<CoreRuntime>(config, Clock::system());
        runtime->setDesktopNotifier(&tray);
        // Live trading is opted into twice: trading.allow_live in the configuration, and the phrase
        // typed here once per session. Anything else leaves trading off (monitoring runs on).
        if (config.get(key::TradingVenue) == u"live" && config.get(key::TradingAllowLive)) {
            bool ok = false;
            const QString typed = QInputDialog::getText(
                nullptr, QObject::tr("Live trading"),
                QObject::tr("Orders will go to Bybit mainnet with real money.\nType %1 to trade live in this "
                            "session; anything else starts the workstation with trading off.")
                    .arg(QStringLiteral("I ACCEPT LIVE TRADING")),
                QLineEdit::Normal, QString(), &ok);
            runtime->setLiveTradingConfirmed(ok && typed == QLatin1String("I ACCEPT LIVE TRADING"));
        }
        QString error;
        if (!runtime->start(&error)) {
            QMessageBox::critical(nullptr, QObject::tr("Virtuoso Workstation"),
                                  QObject::tr("The core could not start:\n%1").arg(error));
            return WorkstationEnd::CoreNotStarted;
        }
    }

    MainWindow window(runtime.get());
    auto *views = new WorkstationViews(window, runtime ? std::make_shared<LocalDataSource>(*runtime) : nullptr,
                                       WorkstationSettings::load());
    if (runtime)
        views->setSimulatorControl(*runtime);
    views->setRemoteDesktopAlerts(
        [&tray](const alerts::AlertItem &item, const QString &host) { tray.showRemote(item, host); });
    auto *hosts = new HostManager(window, *views, runtime.get(), Clock::system());
    hosts->installSidebar();
    // The saved daemons come back; those of the command line join them (and are saved too).
    const QList<RemoteHost::Target> saved = HostManager::savedTargets();
    // With the in-process core, remembered daemons are listed but not watched until selected; those
    // named on the command line are watched.
    for (const RemoteHost::Target &target : saved + targets) {
        QString error;
        const bool watch = !runtime || targets.contains(target);
        if (hosts->addRemote(target, &error, saved.contains(target), watch) < 0) {
            VLOG(Warning, "ui", "REMOTE_HOST_SKIPPED") << "daemon " << target.url << " skipped: " << error;
        }
    }
    if (!targets.isEmpty() && !runtime)
        hosts->select(hosts->indexOf(targets.first().url.trimmed()));
    // SIGTERM/SIGINT close the window the same way the user would, saving the layout.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminateRequested, &window, &QWidget::close);
    window.show();
    VLOG(Info, "ui", "MAIN_WINDOW_SHOWN")
        << "main window '" << window.windowTitle() << "' shown after " << startedMs.elapsed() << " ms";
    const int code = QApplication::exec();
    if (runtime)
        runtime->stop();
    return code == 0 ? WorkstationEnd::Closed : WorkstationEnd::Failed;
}

} // namespace virtuoso::ui
