#pragma once

#include <QString>

class QWidget;

namespace virtuoso::ui {

// Marks a view whose data source is down: a banner across its top naming the host, the reason and
// since when, and the rest of the view greyed out (its figures are the last ones received, not
// current). An empty `text` restores the view. Views without a box layout are only greyed.
void applySourceOutage(QWidget *view, const QString &text);

// The banner's text on `view`; empty when the view is not marked.
QString sourceOutageText(const QWidget *view);

} // namespace virtuoso::ui
