// gtest main running inside a Qt application object, so tests can use event loops, timers and
// sockets. GUI suites get a QApplication (offscreen platform); the rest a QCoreApplication.
#include <gtest/gtest.h>

#include <QStandardPaths>

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
    // Settings and state written by the code under test go to throwaway test locations.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
