#include "ConnectionsModel.h"

#include "ConnectionStateStyle.h"
#include "DisplayFormat.h"
#include "runtime/SnapshotPublisher.h"

#include <QBrush>

#include <algorithm>
#include <array>

namespace virtuoso::ui {

using health::ConnectionStatus;

namespace {

constexpr qint64 kRateWindowMs = 1000;
// Icon and colour follow the state text, so comparing what is displayed is enough.
constexpr std::array<int, 1> kComparedRoles{Qt::DisplayRole};

} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ConnectionStatus *ConnectionsModel::status(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)].status : nullptr;
}

int ConnectionsModel::rowOf(const QString &connId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].status.connId == connId)
            return static_cast<int>(i);
    return -1;
}

double ConnectionsModel::messagesPerSecond(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].messagesPerSecond : 0.0;
}

void ConnectionsModel::applySnapshot(const CoreSnapshot &snapshot)
{
    m_nowMs = snapshot.epochMs;
    m_lastChangedCells = 0;
    const auto &incoming = snapshot.connections;

    // Connections that went away leave first (from the bottom, so indices stay valid).
    for (int i = rowCount() - 1; i >= 0; --i) {
        const QString &id = m_rows[static_cast<size_t>(i)].status.connId;
        const bool present =
            std::any_of(incoming.begin(), incoming.end(), [&](const ConnectionStatus &s) { return s.connId == id; });
        if (!present) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (const ConnectionStatus &status : incoming) {
        const int row = rowOf(status.connId);
        if (row >= 0) {
            updateRow(row, status, snapshot.epochMs);
            continue;
        }
        // New connections keep the connector's order (conn_0, conn_1, ...).
        const auto at =
            std::lower_bound(m_rows.begin(), m_rows.end(), status.connId, [](const Row &r, const QString &id) {
                return r.status.connId.size() != id.size() ? r.status.connId.size() < id.size() : r.status.connId < id;
            });
        const int index = static_cast<int>(at - m_rows.begin());
        beginInsertRows({}, index, index);
        Row fresh;
        fresh.status = status;
        fresh.lastFrameSeenMs = status.framesReceived > 0 ? snapshot.epochMs : 0;
        fresh.rateWindowStartMs = snapshot.epochMs;
        fresh.rateWindowStartFrames = status.framesReceived;
        m_rows.insert(at, std::move(fresh));
        endInsertRows();
        m_lastChangedCells += ColumnCount;
    }
}

void ConnectionsModel::updateRow(int index, const ConnectionStatus &status, qint64 nowMs)
{
    Row &row = m_rows[static_cast<size_t>(index)];
    std::array<std::array<QVariant, kComparedRoles.size()>, ColumnCount> before;
    for (int c = 0; c < ColumnCount; ++c)
        for (size_t r = 0; r < kComparedRoles.size(); ++r)
            before[static_cast<size_t>(c)][r] = cell(row, c, kComparedRoles[r]);

    if (status.framesReceived != row.status.framesReceived)
        row.lastFrameSeenMs = nowMs;
    if (status.framesReceived < row.rateWindowStartFrames) { // counter restarted with the connection
        row.rateWindowStartFrames = status.framesReceived;
        row.rateWindowStartMs = nowMs;
    }
    if (nowMs - row.rateWindowStartMs >= kRateWindowMs) {
        row.messagesPerSecond = static_cast<double>(status.framesReceived - row.rateWindowStartFrames) * 1000.0 /
                                static_cast<double>(nowMs - row.rateWindowStartMs);
        row.rateWindowStartMs = nowMs;
        row.rateWindowStartFrames = status.framesReceived;
    }
    row.status = status;

    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        for (size_t r = 0; r < kComparedRoles.size(); ++r) {
            if (cell(row, c, kComparedRoles[r]) != before[static_cast<size_t>(c)][r]) {
                first = first < 0 ? c : first;
                last = c;
                ++m_lastChangedCells;
                break;
            }
        }
    }
    if (first >= 0)
        emit dataChanged(this->index(index, first), this->index(index, last));
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    return cell(m_rows[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant ConnectionsModel::cell(const Row &row, int column, int role) const
{
    const ConnectionStatus &s = row.status;
    if (role == StateRole)
        return static_cast<int>(s.state);
    if (role == ConnIdRole)
        return s.connId;
    if (role == Qt::DecorationRole && column == StateColumn)
        return connectionStateIcon(s.state);
    if (role == Qt::ForegroundRole && column == StateColumn)
        return QBrush(connectionStateColor(s.state));
    if (role == Qt::TextAlignmentRole && column != ConnectionColumn && column != StateColumn && column != ReasonColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == ConnectionColumn)
            return s.url;
        if (column == TopicsColumn && !s.rejectedTopics.isEmpty())
            return tr("Refused by the exchange: %1").arg(s.rejectedTopics.join(QStringLiteral(", ")));
        if (column == LastMessageColumn)
            return tr("Time since the frame counter of this connection last moved (snapshot resolution).");
        if (column == ReasonColumn)
            return s.reason;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (column) {
    case ConnectionColumn:
        return s.connId;
    case StateColumn:
        if (s.state == health::ConnectionState::Backoff && s.backoffAttempt > 0)
            return tr("%1 (attempt %2, %3)")
                .arg(connectionStateText(s.state))
                .arg(s.backoffAttempt)
                .arg(formatAge(s.backoffDelayMs));
        return connectionStateText(s.state);
    case SinceColumn:
        return s.sinceEpochMs > 0 ? formatAge(m_nowMs - s.sinceEpochMs) : notAvailableText();
    case TopicsColumn:
        return s.topicsStale > 0 ? tr("%1/%2 (%3 stale)").arg(s.topicsLive).arg(s.topicsTotal).arg(s.topicsStale)
                                 : tr("%1/%2").arg(s.topicsLive).arg(s.topicsTotal);
    case RateColumn:
        return QString::number(row.messagesPerSecond, 'f', 1);
    case LastMessageColumn:
        return row.lastFrameSeenMs > 0 ? formatAge(m_nowMs - row.lastFrameSeenMs) : notAvailableText();
    case LatencyP50Column:
        return s.latency.count > 0 ? formatMicros(s.latency.p50Us) : notAvailableText();
    case LatencyP99Column:
        return s.latency.count > 0 ? formatMicros(s.latency.p99Us) : notAvailableText();
    case LatencyMaxColumn:
        return s.latency.count > 0 ? formatMicros(s.latency.maxUs) : notAvailableText();
    case ReconnectsColumn:
        return s.reconnects;
    case ResyncsColumn:
        return s.resyncs;
    case PingColumn:
        return s.lastPongRttMs >= 0 ? tr("%1 ms").arg(s.lastPongRttMs) : notAvailableText();
    case ReasonColumn:
        return s.reason;
    default:
        return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case TopicsColumn:
        return tr("Topics live");
    case RateColumn:
        return tr("Msg/s");
    case LastMessageColumn:
        return tr("Last message");
    case LatencyP50Column:
        return tr("Latency p50");
    case LatencyP99Column:
        return tr("p99");
    case LatencyMaxColumn:
        return tr("max");
    case ReconnectsColumn:
        return tr("Reconnects");
    case ResyncsColumn:
        return tr("Resyncs");
    case PingColumn:
        return tr("Ping RTT");
    case ReasonColumn:
        return tr("Last reason / error");
    default:
        return {};
    }
}

} // namespace virtuoso::ui
