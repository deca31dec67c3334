#include "AlertsModel.h"

#include "CoreTexts.h"
#include "DisplayFormat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace virtuoso::ui {

using alerts::AlertSeverity;
using alerts::AlertSource;

QColor alertSeverityColor(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QColor(0x4a, 0x90, 0xd9);
    case AlertSeverity::Warning:
        return QColor(0xe0, 0x9a, 0x1a);
    case AlertSeverity::Critical:
        return QColor(0xd6, 0x3a, 0x3a);
    }
    return {};
}

QString alertSeverityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return AlertsModel::tr("Info");
    case AlertSeverity::Warning:
        return AlertsModel::tr("Warning");
    case AlertSeverity::Critical:
        return AlertsModel::tr("Critical");
    }
    return {};
}

QString alertSourceText(AlertSource source)
{
    switch (source) {
    case AlertSource::Signal:
        return AlertsModel::tr("Signal");
    case AlertSource::Whale:
        return AlertsModel::tr("Whale trade");
    case AlertSource::Liquidation:
        return AlertsModel::tr("Liquidation");
    case AlertSource::Price:
        return AlertsModel::tr("Price level");
    case AlertSource::Connection:
        return AlertsModel::tr("Connection");
    case AlertSource::Timeouts:
        return AlertsModel::tr("Timeout burst");
    case AlertSource::Incident:
        return AlertsModel::tr("Incident");
    case AlertSource::RestBan:
        return AlertsModel::tr("IP ban");
    case AlertSource::Latency:
        return AlertsModel::tr("Handler latency");
    case AlertSource::Memory:
        return AlertsModel::tr("Memory");
    case AlertSource::OrderRejected:
        return AlertsModel::tr("Order rejected");
    case AlertSource::OrderFilled:
        return AlertsModel::tr("Order filled");
    case AlertSource::KillSwitch:
        return AlertsModel::tr("Kill switch");
    case AlertSource::DailyLoss:
        return AlertsModel::tr("Daily loss");
    case AlertSource::Test:
        return AlertsModel::tr("Test");
    }
    return {};
}

void AlertsModel::setAlerts(const std::vector<alerts::AlertItem> &recent)
{
    const quint64 newest = m_rows.empty() ? 0 : m_rows.front().sequence;
    // The board keeps the newest ones: new alerts go on top, the oldest fall off the bottom.
    std::vector<alerts::AlertItem> fresh;
    for (auto it = recent.rbegin(); it != recent.rend() && it->sequence > newest; ++it)
        fresh.push_back(*it);
    const bool restarted = !recent.empty() && !m_rows.empty() && recent.back().sequence < newest;
    if (restarted || (recent.empty() && !m_rows.empty())) { // another process, or alerts went off
        beginResetModel();
        m_rows.assign(recent.rbegin(), recent.rend());
        m_acknowledged.clear();
        m_ackedThrough = 0;
        endResetModel();
        emit unacknowledgedChanged(unacknowledged());
        return;
    }
    if (!fresh.empty()) {
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        m_rows.insert(m_rows.begin(), fresh.begin(), fresh.end());
        endInsertRows();
    }
    const quint64 oldestKept = recent.empty() ? 0 : recent.front().sequence;
    int keep = static_cast<int>(m_rows.size());
    while (keep > 0 && m_rows[static_cast<std::size_t>(keep - 1)].sequence < oldestKept)
        --keep;
    if (keep < static_cast<int>(m_rows.size())) {
        beginRemoveRows({}, keep, static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(static_cast<std::size_t>(keep));
        endRemoveRows();
    }
    if (!fresh.empty())
        emit unacknowledgedChanged(unacknowledged());
}

void AlertsModel::acknowledge(quint64 sequence)
{
    m_acknowledged.insert(sequence);
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<std::size_t>(row)].sequence == sequence)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit unacknowledgedChanged(unacknowledged());
}

void AlertsModel::acknowledgeAll()
{
    if (m_rows.empty())
        return;
    m_ackedThrough = std::max(m_ackedThrough, m_rows.front().sequence);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit unacknowledgedChanged(unacknowledged());
}

int AlertsModel::unacknowledged() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [this](const alerts::AlertItem &a) {
        return a.sequence > m_ackedThrough && !m_acknowledged.contains(a.sequence);
    }));
}

const alerts::AlertItem *AlertsModel::at(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    const alerts::AlertItem *a = at(index.row());
    if (!a)
        return {};
    const bool acked = a->sequence <= m_ackedThrough || m_acknowledged.contains(a->sequence);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatClock(a->timeMs);
        case SeverityColumn:
            return alertSeverityText(a->severity);
        case SourceColumn:
            return alertSourceText(a->source);
        case TitleColumn:
            return CoreTexts::text(a->title);
        case SymbolColumn:
            return a->symbol;
        case RuleColumn:
            return a->rule;
        case ChannelsColumn:
            return a->channels.join(QStringLiteral(", "));
        case HeldBackColumn:
            return a->more > 0 ? tr("%n more like this", nullptr, static_cast<int>(a->more)) : QString();
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{formatDateTime(a->timeMs), CoreTexts::text(a->title)};
        lines << CoreTexts::fieldLines(a->fields);
        if (!a->summary.isEmpty())
            lines << CoreTexts::text(a->summary);
        lines << tr("Key: %1").arg(a->key);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return alertSeverityColor(a->severity);
        break;
    case Qt::FontRole:
        if (!acked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return static_cast<qulonglong>(a->sequence);
        case SeverityColumn:
            return static_cast<int>(a->severity);
        case HeldBackColumn:
            return a->more;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return static_cast<int>(a->severity);
    case KeyRole:
        return a->key;
    case RuleRole:
        return a->rule;
    case SequenceRole:
        return static_cast<qulonglong>(a->sequence);
    default:
        break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case TitleColumn:
        return tr("Alert");
    case SymbolColumn:
        return tr("Symbol");
    case RuleColumn:
        return tr("Rule");
    case ChannelsColumn:
        return tr("Sent to");
    case HeldBackColumn:
        return tr("Held back");
    }
    return {};
}

void MarketEventsModel::setEvents(const std::vector<alerts::MarketEvent> &tape)
{
    const quint64 newest = m_rows.empty() ? 0 : m_rows.front().sequence;
    if (!tape.empty() && tape.back().sequence == newest && tape.size() == m_rows.size())
        return;
    beginResetModel();
    m_rows.assign(tape.rbegin(), tape.rend());
    endResetModel();
}

int MarketEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MarketEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const alerts::MarketEvent &e = m_rows[static_cast<std::size_t>(index.row())];
    const bool liquidation = e.kind == alerts::MarketEvent::Kind::Liquidation;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatClock(e.timeMs);
        case KindColumn:
            return liquidation ? tr("Liquidation") : tr("Trade");
        case SymbolColumn:
            return e.symbol;
        case SideColumn:
            // A liquidation's side is the liquidated position's: Buy = a long was closed.
            if (liquidation)
                return e.buy ? tr("Long liquidated") : tr("Short liquidated");
            return e.buy ? tr("Buy") : tr("Sell");
        case PriceColumn:
            return locale.toString(e.price, 'g', 10);
        case QuantityColumn:
            return locale.toString(e.quantity, 'g', 10);
        case NotionalColumn:
            return locale.toString(e.notional, 'f', 0);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SideColumn || index.column() == KindColumn) {
            // Green for buying pressure: a taker buying, or a short squeezed out.
            const bool up = liquidation ? !e.buy : e.buy;
            return up ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd6, 0x3a, 0x3a);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return static_cast<qulonglong>(e.sequence);
        case PriceColumn:
            return e.price;
        case QuantityColumn:
            return e.quantity;
        case NotionalColumn:
            return e.notional;
        default:
            return data(index, Qt::DisplayRole);
        }
    case NotionalRole:
        return e.notional;
    case KindRole:
        return liquidation ? 1 : 0;
    default:
        break;
    }
    return {};
}

QVariant MarketEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case SymbolColumn:
        return tr("Symbol");
    case SideColumn:
        return tr("Side");
    case PriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Quantity");
    case NotionalColumn:
        return tr("Notional (USDT)");
    }
    return {};
}

} // namespace virtuoso::ui
