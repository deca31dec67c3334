#include "Workstation.h"

#include "MainWindow.h"
#include "WorkstationViews.h"
#include "daemon/UnixSignalWatcher.h"
#include "logging/Log.h"
#include "logging/LogSinks.h"
#include "runtime/Clock.h"
#include "runtime/CoreRuntime.h"
#include "runtime/ExitCode.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace virtuoso::ui {

QString installTranslation(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(qApp);
    // Looks for virtuoso_de.qm, then virtuoso_de_DE.qm, ... in the embedded resources.
    if (translator->load(locale, QStringLiteral("virtuoso"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return locale.name();
    }
    delete translator;
    return {};
}

int runWorkstation(int &argc, char **argv, const Config &config, const QString &language)
{
    QElapsedTimer startedMs;
    startedMs.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Virtuoso Workstation"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/virtuoso.svg")));
    QApplication::setDesktopFileName(QStringLiteral("virtuoso"));
    log::configureLogging(config.string(QStringLiteral("logging.target")),
                          config.string(QStringLiteral("logging.level")), /*daemonMode=*/false);
    installTranslation(language);

    CoreRuntime runtime(config, Clock::system());
    QString error;
    if (!runtime.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("Virtuoso Workstation"),
                              QObject::tr("The core could not start:\n%1").arg(error));
        return ExitStartupFailed;
    }

    MainWindow window(runtime);
    auto *views = new WorkstationViews(window, ViewSources::local(runtime), WorkstationSettings::load());
    views->attach(runtime);
    // SIGTERM/SIGINT close the window the same way the user would, saving the layout.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminateRequested, &window, &QWidget::close);
    window.show();
    VLOG(Info, "ui", "MAIN_WINDOW_SHOWN") << "main window '" << window.windowTitle() << "' shown after "
                                          << startedMs.elapsed() << " ms";
    const int code = QApplication::exec();
    runtime.stop();
    return code;
}

} // namespace virtuoso::ui
