#include "MainWindow.h"
#include "Workstation.h"
#include "base/Clock.h"
#include "engine/CoreRuntime.h"

#include "TestSupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <csignal>

using namespace virtuoso;
using virtuoso::test::waitFor;

TEST(MainWindow, ShowsTitleStatusAndClosesWithExitCodeZero)
{
    CoreRuntime runtime(Config{}, Clock::system());
    QString error;
    ASSERT_TRUE(runtime.start(&error));
    ui::MainWindow window(runtime);
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Virtuoso Workstation"));

    auto *source = window.findChild<QLabel *>(QStringLiteral("SourceLabel"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().contains(QStringLiteral("embedded simulator")));
    auto *revision = window.findChild<QLabel *>(QStringLiteral("RevisionLabel"));
    ASSERT_NE(revision, nullptr);
    ASSERT_TRUE(waitFor([&] { return revision->text().startsWith(QStringLiteral("Revision")); }, 3000));
    auto *health = window.findChild<QLabel *>(QStringLiteral("HealthLabel"));
    ASSERT_TRUE(waitFor([&] { return health->text().contains(QStringLiteral("● Live")); }, 3000));

    // A view added to the frame gets a dock and a toggle in the View menu.
    auto *view = new QLabel(QStringLiteral("view"));
    view->setObjectName(QStringLiteral("TestView"));
    window.addView(view, QStringLiteral("Test view"), Qt::BottomDockWidgetArea);
    EXPECT_NE(window.findChild<QDockWidget *>(QStringLiteral("TestViewDock")), nullptr);

    QTimer::singleShot(0, &window, &QWidget::close);
    EXPECT_EQ(QApplication::exec(), 0);
    runtime.stop();
}

TEST(MainWindow, GermanTranslationIsInstalled)
{
    EXPECT_TRUE(ui::installTranslation(QStringLiteral("de")).startsWith(QStringLiteral("de")));
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(QLatin1Char(',')).toStdString();
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    EXPECT_EQ(ui::installTranslation(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_TRUE(ui::installTranslation(QStringLiteral("xx")).isEmpty()); // unknown: English stays
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

TEST(MainWindow, CountsUseThePluralFormsOfTheLanguage)
{
    const auto entries = [](int n) {
        return QCoreApplication::translate("virtuoso::ui::TimeoutHistoryView",
                                           "%n entries held, no incidents in this period", nullptr, n);
    };
    const auto removeAll = [] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    };
    removeAll();
    EXPECT_TRUE(ui::installTranslation(QStringLiteral("en_US")).isEmpty()); // English: the source texts
    EXPECT_EQ(entries(1), QStringLiteral("1 entry held, no incidents in this period"));
    EXPECT_EQ(entries(3), QStringLiteral("3 entries held, no incidents in this period"));
    removeAll();
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("de")).isEmpty());
    EXPECT_EQ(entries(1), QStringLiteral("1 Eintrag gespeichert, keine Vorfälle in diesem Zeitraum"));
    EXPECT_EQ(entries(2), QStringLiteral("2 Einträge gespeichert, keine Vorfälle in diesem Zeitraum"));
    removeAll();
    ASSERT_EQ(ui::installTranslation(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(entries(1), QStringLiteral("共 1 条记录，此期间无事故"));
    removeAll();
}

// The start-up time itself is a benchmark (bench/ui/window_start.sh, BENCHMARKS.md), not a timed
// test: a loaded machine would fail it without a fault in the program.
TEST(WorkstationProcess, WindowAppearsAndReportsItsStartTimeAndSigtermExitsZero)
{
    QTemporaryDir home;
    QProcessEnvironment env = virtuoso::test::headlessEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    QByteArray err;
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] { err += p.readAllStandardError(); });
    p.start(QStringLiteral(VIRTUOSO_BINARY), {});
    ASSERT_TRUE(p.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] { return err.contains("MAIN_WINDOW_SHOWN"); }, 10000)) << err.toStdString();
    // The window reports how long after process start it became visible.
    const qsizetype at = err.indexOf("shown after ");
    ASSERT_GE(at, 0) << err.toStdString();
    bool isNumber = false;
    const int shownMs = err.mid(at + 12, err.indexOf(" ms", at) - at - 12).toInt(&isNumber);
    EXPECT_TRUE(isNumber && shownMs > 0) << err.toStdString();
    EXPECT_TRUE(err.contains("Virtuoso Workstation"));

    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    ASSERT_TRUE(p.waitForFinished(5000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
}

TEST(WorkstationProcess, AStartAtTheDefaultLevelWritesAtMostTwentyLinesToStderr)
{
    QTemporaryDir home;
    QProcessEnvironment env = virtuoso::test::headlessEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    QByteArray err;
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] { err += p.readAllStandardError(); });
    p.start(QStringLiteral(VIRTUOSO_BINARY), {});
    ASSERT_TRUE(p.waitForStarted(5000));
    // Through the start: the core live, the history bootstrapped and the first data-sufficiency
    // summary written (the confluence engine sums up its start-up states after 5 s).
    ASSERT_TRUE(waitFor([&] { return err.contains("DATA_SUFFICIENCY") && err.contains("BOOTSTRAP_DONE"); }, 20000))
        << err.toStdString();
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    ASSERT_TRUE(p.waitForFinished(5000));
    err += p.readAllStandardError();
    const qsizetype lines = err.count('\n');
    EXPECT_LE(lines, 20) << err.toStdString();
    EXPECT_LE(err.count("DATA_SUFFICIENCY"), 3) << err.toStdString();
    // The embedded simulator's routine lines (a stream connection opened, an account) are debug.
    EXPECT_FALSE(err.contains("SIM_WS_OPEN")) << err.toStdString();
    EXPECT_FALSE(err.contains("SIM_ACCOUNT")) << err.toStdString();
}
