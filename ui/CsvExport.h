#pragma once

#include <QString>

class QAbstractItemModel;

namespace virtuoso::ui {

// Writes the rows of `model` (as shown: filtered and sorted when it is a proxy) as RFC 4180 CSV
// with a header line. Returns an empty string on success, otherwise a message the user can act on.
QString exportModelToCsv(const QAbstractItemModel &model, const QString &path);
QString csvField(const QString &text);

} // namespace virtuoso::ui
