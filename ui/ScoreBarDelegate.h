#pragma once

#include <QStyledItemDelegate>

namespace virtuoso::ui {

// Draws a 0–100 score (a double the model returns for `role`) as a bar from the neutral 50 towards
// the score — green above, red below — under the cell's text. Cells without a finite score are drawn
// as plain text.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ScoreBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar of `score` inside `area`: from the centre (50) to the score's position.
    static QRectF barRect(const QRectF &area, double score);

private:
    int m_role;
};

} // namespace virtuoso::ui
