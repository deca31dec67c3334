// gtest main running inside a Qt application object, so tests can use event loops, timers and
// sockets. GUI suites get a QApplication (offscreen platform); the rest a QCoreApplication.
#include <gtest/gtest.h>

#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef VIRTUOSO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // GUI tests never need a display (also during ctest's test discovery).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and state written by the code under test go to throwaway test locations: Qt's test
    // mode for QStandardPaths, and a state home of this process for the history database and the
    // trading audit log when a test does not name them (never the user's ~/.local/state).
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir stateHome;
    if (!stateHome.isValid())
        return 2;
    qunsetenv("STATE_DIRECTORY");
    qputenv("XDG_STATE_HOME", stateHome.path().toLocal8Bit());
    TestApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
