#include "Theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QHeaderView>
#include <QLegend>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace virtuoso::ui {

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2c);
    const QColor base(0x1c, 0x1d, 0x21);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabled(0x7a, 0x7e, 0x86);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x26, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x1a));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x43));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    return p;
}

} // namespace

void applyTheme(Theme theme)
{
    static const QPalette systemPalette = QApplication::palette();
    if (theme == Theme::System) {
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void styleChart(QChart *chart)
{
    // Colours only: QChart::setTheme would also repaint the series (candles, bids, asks, kinds).
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(isDarkPalette() ? QPalette::Light : QPalette::Midlight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void fitSectionsToHeaders(QHeaderView *header)
{
    const int air = header->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionResizeMode(section) != QHeaderView::Interactive || header->isSectionHidden(section))
            continue;
        const int needed = header->sectionSizeHint(section) + air;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace virtuoso::ui
