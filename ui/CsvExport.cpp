#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace virtuoso::ui {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString exportModelToCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, file.errorString());
    QStringList line;
    for (int c = 0; c < model.columnCount(); ++c)
        line << csvField(model.headerData(c, Qt::Horizontal).toString());
    file.write(line.join(u',').toUtf8() + '\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        line.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            line << csvField(model.index(r, c).data(Qt::DisplayRole).toString());
        file.write(line.join(u',').toUtf8() + '\n');
    }
    if (!file.commit())
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace virtuoso::ui
