#pragma once

#include <QTimer>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace virtuoso::ui {

class HostManager;

// The list of watched hosts on the left: each with its health (live, degraded, stale,
// disconnected) and the age of its last update; selecting one switches the views to it.
class HostSidebar : public QWidget
{
    Q_OBJECT
public:
    HostSidebar(HostManager &hosts, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Rebuilds the rows from the manager (also every half second for the ages).
    void refresh();

signals:
    void connectRequested();

private:
    HostManager &m_hosts;
    QTreeWidget *m_list;
    QPushButton *m_connect;
    QPushButton *m_remove;
    QTimer m_tick;
    bool m_updating = false;
};

} // namespace virtuoso::ui
