#include "ConnectionsView.h"

#include "ConnectionStateStyle.h"
#include "ConnectionsModel.h"
#include "CoreTexts.h"
#include "DisplayFormat.h"
#include "StateTimelineWidget.h"
#include "Theme.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace virtuoso::ui {

ConnectionsView::ConnectionsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionsModel(this))
    , m_table(new QTreeView(this))
    , m_feedState(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_timeline(new StateTimelineWidget(this))
    , m_transitions(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ConnectionsView"));
    m_feedState->setObjectName(QStringLiteral("FeedStateLabel"));
    m_feedState->setText(tr("Waiting for the first snapshot…"));

    m_table->setObjectName(QStringLiteral("ConnectionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ConnectionsModel::ConnectionColumn, 190);
    m_table->setColumnWidth(ConnectionsModel::StateColumn, 170);
    m_table->setColumnWidth(ConnectionsModel::LatencyP50Column,
                            m_table->fontMetrics().horizontalAdvance(
                                m_model->headerData(ConnectionsModel::LatencyP50Column, Qt::Horizontal).toString()) +
                                24);
    m_table->setWordWrap(false);
    fitSectionsToHeaders(m_table->header());

    m_detailTitle->setObjectName(QStringLiteral("ConnectionDetailTitle"));
    m_latency->setObjectName(QStringLiteral("ConnectionLatencyLabel"));
    m_latency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transitions->setObjectName(QStringLiteral("TransitionList"));
    m_transitions->setRootIsDecorated(false);
    m_transitions->setHeaderLabels({tr("Time"), tr("From"), tr("To"), tr("Reason")});
    m_transitions->setUniformRowHeights(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_latency);
    detailLayout->addWidget(m_timeline);
    detailLayout->addWidget(m_transitions, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_feedState);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_shownTransitions = -1;
        refreshDetail();
    });
    refreshDetail();
}

QString ConnectionsView::selectedConnection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ConnectionsModel::ConnIdRole).toString();
}

QString ConnectionsView::latencyDetail() const
{
    return m_latency->text();
}

void ConnectionsView::selectConnection(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ConnectionsView::applySnapshot(const CoreSnapshot &snapshot)
{
    m_nowMs = snapshot.epochMs;
    m_model->applySnapshot(snapshot);
    m_feedState->setText(
        snapshot.connections.empty() && snapshot.feedState.isEmpty()
            ? tr("No exchange connections in this data source.")
            : tr("Feed: %1")
                  .arg(snapshot.feedState.isEmpty() ? notAvailableText() : CoreTexts::text(snapshot.feedState)));
    if (selectedConnection().isEmpty() && m_model->rowCount() > 0)
        selectConnection(0);
    refreshDetail();
}

void ConnectionsView::setHostOutages(const std::vector<HostOutage> &outages)
{
    // While an outage lasts no snapshot moves the timeline on: the clock does, so the red span grows.
    const bool ongoing = !outages.empty() && outages.back().toMs == 0;
    if (outages == m_outages && !ongoing)
        return;
    m_outages = outages;
    m_timeline->setHostOutages(outages);
    if (ongoing)
        m_nowMs = std::max(m_nowMs, QDateTime::currentMSecsSinceEpoch());
    refreshDetail();
}

void ConnectionsView::refreshDetail()
{
    const int row = m_model->rowOf(selectedConnection());
    const health::ConnectionStatus *status = m_model->status(row);
    if (!status) {
        m_detailTitle->setText(tr("Select a connection to see its state timeline."));
        m_latency->clear();
        m_timeline->clear();
        m_transitions->clear();
        m_shownTransitions = -1;
        return;
    }
    m_detailTitle->setText(tr("%1 — %2, %3 reconnects, %4")
                               .arg(status->connId, connectionStateText(status->state))
                               .arg(status->reconnects)
                               .arg(status->url));
    m_latency->setText(tr("Handler latency — %1")
                           .arg(ConnectionsModel::latencyText(status->latency))
                           .replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    m_timeline->setTimeline(status->transitions, status->state, m_nowMs);
    // The transition list changes only on a transition; rebuilding it on every tick would lose the scroll.
    // A full list keeps its length and a reconnect's transitions share a millisecond: the newest one's
    // time and state together tell a new transition.
    const int count = static_cast<int>(status->transitions.size());
    const qint64 lastMs = status->transitions.empty() ? 0 : status->transitions.back().epochMs;
    const int lastTo = status->transitions.empty() ? -1 : static_cast<int>(status->transitions.back().to);
    if (count == m_shownTransitions && lastMs == m_shownLastTransitionMs && lastTo == m_shownLastTransitionTo &&
        status->connId == m_shownConnection)
        return;
    m_shownTransitions = count;
    m_shownLastTransitionMs = lastMs;
    m_shownLastTransitionTo = lastTo;
    m_shownConnection = status->connId;
    m_transitions->clear();
    QList<QTreeWidgetItem *> items;
    for (auto it = status->transitions.rbegin(); it != status->transitions.rend(); ++it) {
        auto *item = new QTreeWidgetItem({formatDateTime(it->epochMs), connectionStateText(it->from),
                                          connectionStateText(it->to), CoreTexts::text(it->reason)});
        item->setIcon(2, connectionStateIcon(it->to));
        items << item;
    }
    m_transitions->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_transitions->resizeColumnToContents(c);
}

} // namespace virtuoso::ui
