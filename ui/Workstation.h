#pragma once

#include "base/config/Config.h"

#include <QString>
#include <QStringList>

namespace virtuoso::ui {

struct WorkstationOptions
{
    QString language;       // --lang; empty = system locale
    QStringList remoteUrls; // --remote, in order
    QStringList tokenFiles; // --token-file: one for all remotes, or one per remote
    QStringList caFiles;    // --ca-file: likewise
    bool local = false;     // --local: also run the in-process core next to --remote daemons
};

// Desktop mode: creates the QApplication, installs the translation for `language` (or the
// system locale), starts the core on its worker threads (unless only daemons are watched) and
// shows the main window with the host sidebar.
// Returns how the window's life ended; the program maps it to its exit code.
enum class WorkstationEnd {
    Closed,         // the user (or SIGTERM) closed the window
    BadArguments,   // a daemon named on the command line cannot be used (wrong address, unfit token file)
    CoreNotStarted, // the in-process core could not start (said in a message box)
    Failed,         // the event loop ended with an error
};
WorkstationEnd runWorkstation(int &argc, char **argv, const Config &config, const WorkstationOptions &options);

// Loads the .qm for `language` ("de", "zh_CN"; empty = system locale) into the application.
// Returns the language that was installed, or empty when English (the source language) stays.
QString installTranslation(const QString &language);

} // namespace virtuoso::ui
