#include "ScoreBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

ScoreBarDelegate::ScoreBarDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

QRectF ScoreBarDelegate::barRect(const QRectF &area, double score)
{
    const double clamped = std::clamp(score, 0.0, 100.0);
    const double centre = area.left() + area.width() / 2;
    const double at = area.left() + area.width() * clamped / 100.0;
    return QRectF(QPointF(std::min(centre, at), area.top()), QPointF(std::max(centre, at), area.bottom()));
}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    const double score = value.isValid() ? value.toDouble() : NAN;
    if (!std::isfinite(score)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection first, then the bar, then the text over it.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QRectF area = QRectF(option.rect).adjusted(3, 4, -3, -4);
    QColor fill = score >= 50 ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd0, 0x3b, 0x3b);
    fill.setAlpha(150);
    painter->save();
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(60);
    painter->fillRect(area, track);
    painter->fillRect(barRect(area, score), fill);
    QPen centre(option.palette.color(QPalette::Mid));
    painter->setPen(centre);
    painter->drawLine(QPointF(area.center().x(), area.top()), QPointF(area.center().x(), area.bottom()));
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRectF(option.rect).adjusted(6, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace virtuoso::ui
