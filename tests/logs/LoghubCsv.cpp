#include "LoghubCsv.h"

#include "TestSupport.h"

#include <QFile>
#include <QHash>

namespace virtuoso::test {

std::vector<QStringList> parseCsv(const QByteArray &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endField = [&] {
        row << QString::fromUtf8(field);
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endField();
            rows.push_back(row);
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        endField();
        rows.push_back(row);
    }
    return rows;
}

std::optional<LoghubDataset> loadLoghubStructured(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const std::vector<QStringList> rows = parseCsv(file.readAll());
    if (rows.empty()) {
        *error = QStringLiteral("%1 is empty").arg(path);
        return std::nullopt;
    }
    const qsizetype content = rows[0].indexOf(QStringLiteral("Content"));
    const qsizetype eventId = rows[0].indexOf(QStringLiteral("EventId"));
    if (content < 0 || eventId < 0) {
        *error = QStringLiteral("%1 has no Content/EventId columns").arg(path);
        return std::nullopt;
    }
    LoghubDataset data;
    for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() != rows[0].size()) {
            *error = QStringLiteral("%1: row %2 has %3 fields, the header %4")
                         .arg(path)
                         .arg(r + 1)
                         .arg(rows[r].size())
                         .arg(rows[0].size());
            return std::nullopt;
        }
        data.contents << rows[r][content];
        data.eventIds << rows[r][eventId];
    }
    return data;
}

double groupingAccuracy(const QStringList &groundTruth, const QStringList &predicted)
{
    if (groundTruth.isEmpty() || groundTruth.size() != predicted.size())
        return 0;
    QHash<QString, qsizetype> truthSize;
    for (const QString &g : groundTruth)
        ++truthSize[g];
    QHash<QString, QList<qsizetype>> members;
    for (qsizetype i = 0; i < predicted.size(); ++i)
        members[predicted[i]] << i;
    qsizetype accurate = 0;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString &truth = groundTruth[it->front()];
        bool single = true;
        for (qsizetype i : *it)
            single = single && groundTruth[i] == truth;
        if (single && truthSize.value(truth) == it->size())
            accurate += it->size();
    }
    return static_cast<double>(accurate) / static_cast<double>(groundTruth.size());
}

LoghubDataset loadLabelled(const QString &relativePath)
{
    QString error;
    auto data = loadLoghubStructured(dataFile(relativePath), &error);
    if (!data)
        qWarning("%s", qPrintable(error));
    return data.value_or(LoghubDataset{});
}

double minerAccuracy(const LoghubDataset &data, const logs::TemplateMiner::Options &options, bool consolidate)
{
    logs::TemplateMiner miner(options);
    std::vector<int> ids;
    ids.reserve(static_cast<size_t>(data.contents.size()));
    for (const QString &line : data.contents)
        ids.push_back(miner.addForId(line));
    if (consolidate)
        miner.consolidate();
    // Like Drain's benchmark, a group is named by its final template text.
    QStringList predicted;
    for (int id : ids)
        predicted << miner.templateText(id);
    return groupingAccuracy(data.eventIds, predicted);
}

} // namespace virtuoso::test
