#include "ConnectionsModel.h"

#include "DataFreshness.h"

#include "ConnectionStateStyle.h"
#include "CoreTexts.h"
#include "DisplayFormat.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QBrush>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <array>
#include <limits>

namespace virtuoso::ui {

namespace {

// Since the last data frame when the core says (a stalled server may still answer pings), else since
// the last frame of any kind.
qint64 dataAgeMs(const health::ConnectionStatus &s)
{
    return s.lastDataAgeMs >= 0 ? s.lastDataAgeMs : s.lastMessageAgeMs;
}

} // namespace

using health::ConnectionStatus;

namespace {

constexpr qint64 kRateWindowMs = 1000;
// Icon and colour follow the state text, so comparing what is displayed is enough.
constexpr std::array<int, 1> kComparedRoles{Qt::DisplayRole};

QString formatBytesPerSecond(double bytes)
{
    if (bytes < 1000)
        return ConnectionsModel::tr("%1 B/s").arg(bytes, 0, 'f', 0);
    if (bytes < 1'000'000)
        return ConnectionsModel::tr("%1 kB/s").arg(QLocale().toString(bytes / 1000.0, 'f', 1));
    return ConnectionsModel::tr("%1 MB/s").arg(QLocale().toString(bytes / 1'000'000.0, 'f', 2));
}

} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QModelIndex ConnectionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_rows.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= static_cast<int>(m_rows.size()))
        return {}; // topics have no children
    const Row &r = m_rows[static_cast<size_t>(parent.row())];
    if (row >= static_cast<int>(r.status.topics.size()))
        return {};
    return createIndex(row, column, quintptr(r.key));
}

QModelIndex ConnectionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ConnectionsModel::rowOfKey(quint64 key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return static_cast<int>(i);
    return -1;
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= static_cast<int>(m_rows.size()))
        return 0;
    return static_cast<int>(m_rows[static_cast<size_t>(parent.row())].status.topics.size());
}

int ConnectionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ConnectionsModel::topicStateText(const QString &state)
{
    return CoreTexts::topicState(state);
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
    if (row < 0 || row >= rowCount())
        return 0.0;
    const Row &r = m_rows[static_cast<size_t>(row)];
    return r.status.sampledEpochMs > 0 ? r.status.messagesPerSec : r.messagesPerSecond;
}

void ConnectionsModel::applySnapshot(const CoreSnapshot &snapshot)
{
    // Ages (since, last message) move with the clock: cells are compared as shown before and after.
    m_shownNowMs = m_nowMs;
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
        fresh.key = m_nextKey++;
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
    {
        const QScopedValueRollback shownTime(m_nowMs, m_shownNowMs);
        for (int c = 0; c < ColumnCount; ++c)
            for (size_t r = 0; r < kComparedRoles.size(); ++r)
                before[static_cast<size_t>(c)][r] = cell(row, c, kComparedRoles[r]);
    }

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
    updateTopics(index, status);
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
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (index.internalId() == 0)
        return index.row() < rowCount() ? cell(m_rows[static_cast<size_t>(index.row())], index.column(), role)
                                        : QVariant();
    const int parentRow = rowOfKey(index.internalId());
    if (parentRow < 0)
        return {};
    const Row &row = m_rows[static_cast<size_t>(parentRow)];
    if (index.row() >= static_cast<int>(row.status.topics.size()))
        return {};
    return topicCell(row, row.status.topics[static_cast<size_t>(index.row())], index.column(), role);
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
    if (role == Qt::ForegroundRole && column == LastMessageColumn) {
        const QColor colour = ageColor(ageLevel(dataAgeMs(s), s.staleAfterMs));
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && column != ConnectionColumn && column != StateColumn && column != ReasonColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == ConnectionColumn)
            return s.url;
        if (column == TopicsColumn && !s.rejectedTopics.isEmpty())
            return tr("Refused by the exchange: %1").arg(s.rejectedTopics.join(QStringLiteral(", ")));
        if (column == LastMessageColumn)
            return s.staleAfterMs > 0 ? tr("Time since this connection last received data (pongs do not count); "
                                           "stale after %1, its fastest topic's threshold.")
                                            .arg(formatAge(s.staleAfterMs))
                                      : tr("Time since this connection last received a frame.");
        if (column == ReasonColumn)
            return CoreTexts::text(s.reason);
        if (column >= LatencyP50Column && column <= LatencyMaxColumn)
            return latencyText(s.latency);
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
        return QLocale().toString(s.sampledEpochMs > 0 ? s.messagesPerSec : row.messagesPerSecond, 'f', 1);
    case BytesRateColumn:
        return s.sampledEpochMs > 0 ? formatBytesPerSecond(s.bytesPerSec) : notAvailableText();
    case LastMessageColumn:
        if (s.sampledEpochMs > 0)
            return dataAgeMs(s) >= 0 ? formatAge(dataAgeMs(s)) : notAvailableText();
        return row.lastFrameSeenMs > 0 ? formatAge(m_nowMs - row.lastFrameSeenMs) : notAvailableText();
    case LatencyP50Column:
        return s.latency.recentCount > 0 ? formatMicros(s.latency.recentP50Us) : notAvailableText();
    case LatencyP99Column:
        return s.latency.recentCount > 0 ? formatMicros(s.latency.recentP99Us) : notAvailableText();
    case LatencyMaxColumn:
        return s.latency.recentCount > 0 ? formatMicros(s.latency.recentMaxUs) : notAvailableText();
    case ReconnectsColumn:
        return s.reconnects;
    case ResyncsColumn:
        return s.resyncs;
    case PingColumn:
        return s.lastPongRttMs >= 0 ? tr("%1 ms").arg(s.lastPongRttMs) : notAvailableText();
    case ReasonColumn:
        return s.lastError.isEmpty() || s.lastError == s.reason
                   ? CoreTexts::text(s.reason)
                   : tr("%1 (last error: %2)").arg(CoreTexts::text(s.reason), CoreTexts::text(s.lastError));
    default:
        return {};
    }
}

QVariant ConnectionsModel::topicCell(const Row &row, const health::TopicStatus &t, int column, int role) const
{
    if (role == ConnIdRole)
        return row.status.connId;
    if (role == TopicRole)
        return t.topic;
    if (role == Qt::ForegroundRole && column == StateColumn && t.state != u"live")
        return QBrush(connectionStateColor(t.state == u"pending" ? health::ConnectionState::Subscribing
                                                                 : health::ConnectionState::Stale));
    if (role == Qt::ForegroundRole && column == LastMessageColumn) {
        const QColor colour = ageColor(ageLevel(t.lastMessageAgeMs, t.staleAfterMs));
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && column != ConnectionColumn && column != StateColumn && column != ReasonColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == ReasonColumn)
        return CoreTexts::text(t.lastError);
    if (role == Qt::ToolTipRole && column == LastMessageColumn && t.staleAfterMs > 0)
        return tr("Stale after %1 without a message (a few times this topic's usual interval).")
            .arg(formatAge(t.staleAfterMs));
    if (role == Qt::ToolTipRole && column >= LatencyP50Column && column <= LatencyMaxColumn)
        return latencyText(t.latency);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ConnectionColumn:
        return t.topic;
    case StateColumn:
        return topicStateText(t.state);
    case SinceColumn:
        return t.sinceEpochMs > 0 ? formatAge(std::max<qint64>(0, m_nowMs - t.sinceEpochMs)) : notAvailableText();
    case RateColumn:
        return QLocale().toString(t.messagesPerSec, 'f', 1);
    case BytesRateColumn:
        return formatBytesPerSecond(t.bytesPerSec);
    case LastMessageColumn:
        return t.lastMessageAgeMs >= 0 ? formatAge(t.lastMessageAgeMs) : notAvailableText();
    case LatencyP50Column:
        return t.latency.recentCount > 0 ? formatMicros(t.latency.recentP50Us) : notAvailableText();
    case LatencyP99Column:
        return t.latency.recentCount > 0 ? formatMicros(t.latency.recentP99Us) : notAvailableText();
    case LatencyMaxColumn:
        return t.latency.recentCount > 0 ? formatMicros(t.latency.recentMaxUs) : notAvailableText();
    case ReasonColumn:
        return CoreTexts::text(t.lastError);
    default:
        return {};
    }
}

void ConnectionsModel::updateTopics(int index, const ConnectionStatus &status)
{
    Row &row = m_rows[static_cast<size_t>(index)];
    const QModelIndex parent = this->index(index, 0);
    auto &current = row.status.topics;
    bool sameNames = current.size() == status.topics.size();
    for (size_t i = 0; sameNames && i < current.size(); ++i)
        sameNames = current[i].topic == status.topics[i].topic;
    if (!sameNames) {
        // The symbol set changed: the topic rows are replaced as a whole.
        if (!current.empty()) {
            beginRemoveRows(parent, 0, static_cast<int>(current.size()) - 1);
            current.clear();
            endRemoveRows();
        }
        if (!status.topics.empty()) {
            beginInsertRows(parent, 0, static_cast<int>(status.topics.size()) - 1);
            current = status.topics;
            endInsertRows();
        }
        m_lastChangedCells += static_cast<int>(status.topics.size()) * ColumnCount;
        return;
    }
    for (size_t i = 0; i < current.size(); ++i) {
        int first = -1;
        int last = -1;
        std::array<QVariant, ColumnCount> before;
        {
            const QScopedValueRollback shownTime(m_nowMs, m_shownNowMs);
            for (int c = 0; c < ColumnCount; ++c)
                before[static_cast<size_t>(c)] = topicCell(row, current[i], c, Qt::DisplayRole);
        }
        for (int c = 0; c < ColumnCount; ++c) {
            if (topicCell(row, status.topics[i], c, Qt::DisplayRole) != before[static_cast<size_t>(c)]) {
                first = first < 0 ? c : first;
                last = c;
                ++m_lastChangedCells;
            }
        }
        current[i] = status.topics[i];
        if (first >= 0)
            emit dataChanged(this->index(static_cast<int>(i), first, parent),
                             this->index(static_cast<int>(i), last, parent));
    }
}

QString ConnectionsModel::latencyText(const health::HandlerLatency &l)
{
    const QString recent =
        l.recentCount > 0
            ? tr("Recent (last %1 s): p50 %2, p99 %3, max %4 over %n message(s)", nullptr,
                 static_cast<int>(std::min<quint64>(l.recentCount, std::numeric_limits<int>::max())))
                  .arg(std::max<qint64>(1, l.recentSpanMs / 1000))
                  .arg(formatMicros(l.recentP50Us), formatMicros(l.recentP99Us), formatMicros(l.recentMaxUs))
            : tr("Recent: no message in the recent window");
    const QString lifetime = l.count > 0
                                 ? tr("Since start: p50 %1, p99 %2, max %3 over %n message(s)", nullptr,
                                      static_cast<int>(std::min<quint64>(l.count, std::numeric_limits<int>::max())))
                                       .arg(formatMicros(l.p50Us), formatMicros(l.p99Us), formatMicros(l.maxUs))
                                 : tr("Since start: no message yet");
    return recent + QLatin1Char('\n') + lifetime;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= LatencyP50Column &&
        section <= LatencyMaxColumn)
        return tr("Handler latency (frame received to applied to the market state) over the recent window, "
                  "the last 30–60 s; the tooltip of a cell and the detail pane add the figures since start.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn:
        return tr("Connection / topic");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case TopicsColumn:
        return tr("Topics live");
    case RateColumn:
        return tr("Msg/s");
    case BytesRateColumn:
        return tr("Bytes/s");
    case LastMessageColumn:
        return tr("Last message");
    case LatencyP50Column:
        return tr("Recent latency p50");
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
