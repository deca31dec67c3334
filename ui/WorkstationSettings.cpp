#include "WorkstationSettings.h"

#include <QSettings>

#include <algorithm>

namespace virtuoso::ui {

namespace {

QSettings store()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("virtuoso"),
                     QStringLiteral("workstation"));
}

} // namespace

WorkstationSettings WorkstationSettings::load()
{
    QSettings s = store();
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
    QSettings s = store();
    s.setValue(QStringLiteral("appearance/theme"), themeKey(theme));
    s.setValue(QStringLiteral("views/refresh_hz"), std::clamp(refreshHz, kMinRefreshHz, kMaxRefreshHz));
    s.setValue(QStringLiteral("views/default_symbol"), defaultSymbol);
}

} // namespace virtuoso::ui
