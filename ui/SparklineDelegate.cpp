#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace virtuoso::ui {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QList<qreal> values = index.data(m_role).value<QList<qreal>>();
    if (values.size() < 2)
        return;
    const qreal maxValue = std::max<qreal>(1.0, *std::max_element(values.begin(), values.end()));
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF p(area.left() + area.width() * static_cast<qreal>(i) / static_cast<qreal>(values.size() - 1),
                        area.bottom() - area.height() * values[i] / maxValue);
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? option.palette.color(QPalette::HighlightedText) : QColor(0xe0, 0x6c, 0x3c), 1.4));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    return size;
}

} // namespace virtuoso::ui
