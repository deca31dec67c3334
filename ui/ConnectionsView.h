#pragma once

#include "HostOutage.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeView;
class QTreeWidget;

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

class ConnectionsModel;
class StateTimelineWidget;

// Live state of every exchange connection and each of its topics, with the state timeline and
// transition log of the selected connection underneath.
class ConnectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsView(QWidget *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);
    ConnectionsModel *model() const { return m_model; }
    // Connections, each with its topics as child rows (collapsed until the operator opens one).
    QTreeView *table() const { return m_table; }
    void selectConnection(int row);
    QString selectedConnection() const;
    // The detail pane's handler-latency line of the selected connection (recent and since start).
    QString latencyDetail() const;
    // The host's outages, drawn on every connection's timeline (remote mode).
    void setHostOutages(const std::vector<HostOutage> &outages);
    StateTimelineWidget *timeline() const { return m_timeline; }

private:
    void refreshDetail();

    ConnectionsModel *m_model;
    QTreeView *m_table;
    QLabel *m_feedState;
    QLabel *m_detailTitle;
    QLabel *m_latency;
    StateTimelineWidget *m_timeline;
    QTreeWidget *m_transitions;
    qint64 m_nowMs = 0;
    int m_shownTransitions = -1;
    qint64 m_shownLastTransitionMs = 0;
    int m_shownLastTransitionTo = -1;
    QString m_shownConnection;
    std::vector<HostOutage> m_outages;
};

} // namespace virtuoso::ui
