#pragma once

#include <QString>

class QChart;
class QHeaderView;

namespace virtuoso::ui {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark" (the value stored in the settings)
Theme themeFromKey(const QString &key);

// Fusion style with a light or dark palette; System keeps the platform palette.
void applyTheme(Theme theme);
bool isDarkPalette();
// Chart background, text and grid follow the application palette; call once the axes are attached,
// and again when the theme changes. Series keep their own colours.
void styleChart(QChart *chart);
// Widens every interactive section that is narrower than its title (with the sort arrow), so no
// column title is cut in any language; wider sections are left as they are.
void fitSectionsToHeaders(QHeaderView *header);

} // namespace virtuoso::ui
