#pragma once

#include <QStyledItemDelegate>

namespace virtuoso::ui {

// Draws a small line of the values a model returns for `role` (a QList<qreal>) inside the cell.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace virtuoso::ui
