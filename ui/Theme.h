#pragma once

#include <QString>

class QChart;

namespace virtuoso::ui {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark" (the value stored in the settings)
Theme themeFromKey(const QString &key);

// Fusion style with a light or dark palette; System keeps the platform palette.
void applyTheme(Theme theme);
bool isDarkPalette();
// Charts follow the application palette (called when a chart is built and when the theme changes).
void styleChart(QChart *chart);

} // namespace virtuoso::ui
