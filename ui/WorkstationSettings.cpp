#include "WorkstationSettings.h"

#include <QSettings>

#include <algorithm>

namespace virtuoso::ui {

QSettings preferencesStore()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("virtuoso"),
                     QStringLiteral("workstation"));
}

QSettings layoutStore()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("virtuoso"),
                     QStringLiteral("workstation-layout"));
}

WorkstationSettings WorkstationSettings::load()
{
    QSettings s = preferencesStore();
    WorkstationSettings w;
    w.theme = themeFromKey(s.value(QStringLiteral("appearance/theme"), themeKey(w.theme)).toString());
    w.refreshHz =
        std::clamp(s.value(QStringLiteral("views/refresh_hz"), w.refreshHz).toInt(), kMinRefreshHz, kMaxRefreshHz);
    const QString symbol = s.value(QStringLiteral("views/default_symbol"), w.defaultSymbol).toString().trimmed();
    if (!symbol.isEmpty())
        w.defaultSymbol = symbol.toUpper();
    return w;
}

void WorkstationSettings::save() const
{
    QSettings s = preferencesStore();
    s.setValue(QStringLiteral("appearance/theme"), themeKey(theme));
    s.setValue(QStringLiteral("views/refresh_hz"), std::clamp(refreshHz, kMinRefreshHz, kMaxRefreshHz));
    s.setValue(QStringLiteral("views/default_symbol"), defaultSymbol);
}

} // namespace virtuoso::ui
