#include "WarningsModel.h"

#include "CoreTexts.h"
#include "DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace virtuoso::ui {

using health::WarningAggregate;

WarningsModel::WarningsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString WarningsModel::keyText(const WarningAggregate &w)
{
    QStringList parts;
    for (const log::Field &f : w.keyFields)
        parts << QString::fromLatin1(f.name) + u'=' + f.value;
    return parts.join(QStringLiteral(" "));
}

std::vector<WarningAggregate> WarningsModel::groupByCode(const std::vector<WarningAggregate> &warnings)
{
    struct Group
    {
        WarningAggregate merged;
        std::vector<std::pair<QByteArray, QStringList>> values; // per key field, in first-seen order
    };
    std::vector<Group> groups;
    QHash<QByteArray, size_t> index;
    for (const WarningAggregate &w : warnings) {
        auto it = index.constFind(w.code);
        if (it == index.cend()) {
            it = index.insert(w.code, groups.size());
            Group g;
            g.merged = w;
            g.merged.count = 0;
            g.merged.ratePerMin = 0;
            g.merged.keyFields.clear();
            groups.push_back(std::move(g));
        }
        Group &g = groups[*it];
        WarningAggregate &m = g.merged;
        m.count += w.count;
        m.ratePerMin += w.ratePerMin;
        m.severity = std::min(m.severity, w.severity); // lower is more severe
        if (w.firstSeenMs > 0 && (m.firstSeenMs <= 0 || w.firstSeenMs < m.firstSeenMs))
            m.firstSeenMs = w.firstSeenMs;
        if (w.lastSeenMs >= m.lastSeenMs) {
            m.lastSeenMs = w.lastSeenMs;
            m.lastMessage = w.lastMessage;
        }
        for (const log::Field &f : w.keyFields) {
            auto field =
                std::find_if(g.values.begin(), g.values.end(), [&](const auto &v) { return v.first == f.name; });
            if (field == g.values.end())
                field = g.values.insert(g.values.end(), {f.name, {}});
            if (!field->second.contains(f.value))
                field->second << f.value;
        }
    }
    std::vector<WarningAggregate> out;
    out.reserve(groups.size());
    for (Group &g : groups) {
        for (auto &[name, values] : g.values) {
            std::sort(values.begin(), values.end());
            g.merged.keyFields.push_back({name, values.size() <= 3 ? values.join(QStringLiteral(", "))
                                                                   : tr("%n values", nullptr, int(values.size()))});
        }
        out.push_back(std::move(g.merged));
    }
    return out;
}

QString WarningsModel::severityText(log::Level level)
{
    switch (level) {
    case log::Level::Critical:
        return tr("critical");
    case log::Level::Error:
        return tr("error");
    case log::Level::Warning:
        return tr("warning");
    case log::Level::Notice:
        return tr("notice");
    case log::Level::Info:
        return tr("info");
    case log::Level::Debug:
        return tr("debug");
    }
    return {};
}

const WarningAggregate *WarningsModel::warning(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)].warning : nullptr;
}

void WarningsModel::applyWarnings(const std::vector<WarningAggregate> &warnings, qint64 nowMs)
{
    m_lastChangedCells = 0;
    const bool sample = nowMs - m_lastSampleMs >= 1000;
    if (sample)
        m_lastSampleMs = nowMs;
    QHash<QString, const WarningAggregate *> incoming;
    for (const WarningAggregate &w : warnings)
        incoming.insert(m_rowsPerCode ? QString::fromLatin1(w.code) : QString::fromLatin1(w.code) + u'|' + keyText(w),
                        &w);

    for (int i = rowCount() - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows[static_cast<size_t>(i)].key)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    QHash<QString, int> rowOf;
    for (int i = 0; i < rowCount(); ++i)
        rowOf.insert(m_rows[static_cast<size_t>(i)].key, i);
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        const auto existing = rowOf.constFind(it.key());
        if (existing == rowOf.cend()) {
            const int at = rowCount();
            beginInsertRows({}, at, at);
            m_rows.push_back({it.key(), **it, {(*it)->ratePerMin}});
            endInsertRows();
            m_lastChangedCells += ColumnCount;
            continue;
        }
        Row &row = m_rows[static_cast<size_t>(*existing)];
        std::array<QVariant, ColumnCount> before;
        for (int c = 0; c < ColumnCount; ++c)
            before[static_cast<size_t>(c)] = cell(row, c, Qt::DisplayRole);
        row.warning = **it;
        bool trendChanged = false;
        if (sample) {
            row.rateHistory << row.warning.ratePerMin;
            if (row.rateHistory.size() > kHistorySamples)
                row.rateHistory.removeFirst();
            trendChanged = true;
        }
        int first = trendChanged ? TrendColumn : -1;
        int last = trendChanged ? TrendColumn : -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (cell(row, c, Qt::DisplayRole) != before[static_cast<size_t>(c)]) {
                first = first < 0 ? c : std::min(first, c);
                last = std::max(last, c);
                ++m_lastChangedCells;
            }
        }
        if (first >= 0)
            emit dataChanged(index(*existing, first), index(*existing, last));
    }
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return cell(m_rows[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant WarningsModel::cell(const Row &row, int column, int role) const
{
    const WarningAggregate &w = row.warning;
    switch (role) {
    case RateHistoryRole:
        return QVariant::fromValue(row.rateHistory);
    case SeverityRole:
        return static_cast<int>(w.severity);
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return -static_cast<int>(w.severity); // most severe first when descending
        case CountColumn:
            return w.count;
        case RateColumn:
        case TrendColumn:
            return w.ratePerMin;
        case FirstSeenColumn:
            return w.firstSeenMs;
        case LastSeenColumn:
            return w.lastSeenMs;
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (column == SeverityColumn && w.severity <= log::Level::Error)
            return QBrush(QColor(0xd2, 0x3c, 0x3c));
        if (column == SeverityColumn && w.severity == log::Level::Warning)
            return QBrush(QColor(0xe0, 0x9b, 0x1a));
        return {};
    case Qt::TextAlignmentRole:
        return column == CountColumn || column == RateColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == SampleColumn || column == CodeColumn) {
            // The message in the operator's language, and as the log has it (to search the log for).
            const QString shown = CoreTexts::text(w.lastMessage);
            QString tip = shown == w.lastMessage ? shown : tr("%1\nAs logged: %2").arg(shown, w.lastMessage);
            return w.templateText.isEmpty() ? tip : tr("%1\nTemplate: %2").arg(tip, w.templateText);
        }
        return {};
    case LoggedMessageRole:
        return w.lastMessage;
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return QString::fromLatin1(w.code);
        case SeverityColumn:
            return severityText(w.severity);
        case CountColumn:
            return w.count;
        case RateColumn:
            return tr("%1/min").arg(QLocale().toString(w.ratePerMin, 'f', w.ratePerMin < 10 ? 1 : 0));
        case TrendColumn:
            return {};
        case FirstSeenColumn:
            return w.firstSeenMs > 0 ? formatDateTime(w.firstSeenMs) : notAvailableText();
        case LastSeenColumn:
            return w.lastSeenMs > 0 ? formatDateTime(w.lastSeenMs) : notAvailableText();
        case KeyColumn:
            return keyText(w);
        case SampleColumn:
            return CoreTexts::text(w.lastMessage);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case SeverityColumn:
        return tr("Severity");
    case CountColumn:
        return tr("Count");
    case RateColumn:
        return tr("Rate");
    case TrendColumn:
        return tr("Last minute");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case KeyColumn:
        return tr("Key");
    case SampleColumn:
        return tr("Sample");
    default:
        return {};
    }
}

} // namespace virtuoso::ui
