#pragma once

#include "config/Config.h"

#include <QString>

namespace virtuoso::ui {

// Desktop mode: creates the QApplication, installs the translation for `language` (or the
// system locale), starts the core on its worker threads and shows the main window.
int runWorkstation(int &argc, char **argv, const Config &config, const QString &language);

// Loads the .qm for `language` ("de", "zh_CN"; empty = system locale) into the application.
// Returns the language that was installed, or empty when English (the source language) stays.
QString installTranslation(const QString &language);

} // namespace virtuoso::ui
