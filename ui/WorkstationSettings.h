#pragma once

#include "Theme.h"

#include <QString>

class QSettings;

namespace virtuoso::ui {

// The operator's preferences (this struct, the remote hosts): ~/.config/virtuoso/workstation.ini.
QSettings preferencesStore();
// Window geometry, dock layout and view state, apart from the preferences: workstation-layout.ini.
QSettings layoutStore();

// The operator's workstation preferences, kept with QSettings next to the window layout.
struct WorkstationSettings
{
    Theme theme = Theme::System;
    int refreshHz = 10; // view refresh rate, 1–30; snapshots between two refreshes are coalesced
    QString defaultSymbol = QStringLiteral("BTCUSDT");

    static constexpr int kMinRefreshHz = 1;
    static constexpr int kMaxRefreshHz = 30;

    static WorkstationSettings load();
    void save() const;
};

} // namespace virtuoso::ui
