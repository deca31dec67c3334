#pragma once

#include "logs/TemplateMiner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace virtuoso::test {

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<QStringList> parseCsv(const QByteArray &text);

// One Loghub *_structured.csv: each message's Content and its ground-truth EventId.
struct LoghubDataset
{
    QStringList contents;
    QStringList eventIds;
};
std::optional<LoghubDataset> loadLoghubStructured(const QString &path, QString *error);

// Grouping accuracy as in Zhu et al. (ICSE-SEIP 2019): the share of messages whose predicted group
// holds exactly the messages of one ground-truth group.
double groupingAccuracy(const QStringList &groundTruth, const QStringList &predicted);

// Loads <dir>/<name>/<name>_2k.log_structured.csv (or any Content/EventId CSV) from tests/data.
LoghubDataset loadLabelled(const QString &relativePath);

// Groups the dataset's lines with one miner in order, as `virtuoso logs templates --format content`
// does (including its final consolidation unless `consolidate` is false), and returns the
// grouping accuracy.
double minerAccuracy(const LoghubDataset &data, const logs::TemplateMiner::Options &options, bool consolidate = true);

} // namespace virtuoso::test
