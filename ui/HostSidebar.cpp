#include "HostSidebar.h"

#include "HostManager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtuoso::ui {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString ageText(qint64 ms)
{
    if (ms < 0)
        return HostSidebar::tr("never");
    if (ms < 10'000)
        return HostSidebar::tr("%1 s ago").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    if (ms < 120'000)
        return HostSidebar::tr("%1 s ago").arg(ms / 1000);
    return HostSidebar::tr("%1 min ago").arg(ms / 60'000);
}

} // namespace

HostSidebar::HostSidebar(HostManager &hosts, QWidget *parent)
    : QWidget(parent)
    , m_hosts(hosts)
    , m_list(new QTreeWidget(this))
    , m_connect(new QPushButton(tr("Connect…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("HostSidebar"));
    m_list->setObjectName(QStringLiteral("HostList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Host"), tr("Health"), tr("Updated")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    // The host column stretches into what the dock leaves; however narrow that is, its header stays whole.
    const int margins = 2 * m_list->header()->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_list->header());
    m_list->header()->setMinimumSectionSize(m_list->header()->fontMetrics().horizontalAdvance(tr("Host")) + margins +
                                            4);
    m_connect->setObjectName(QStringLiteral("HostConnectButton"));
    m_remove->setObjectName(QStringLiteral("HostRemoveButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_connect, &QPushButton::clicked, this, &HostSidebar::connectRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentIndex().row();
        if (row >= 0 && !m_hosts.isLocal(row))
            m_hosts.remove(row);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_updating)
            return;
        const int row = m_list->currentIndex().row();
        if (row >= 0)
            m_hosts.select(row);
        m_remove->setEnabled(row >= 0 && !m_hosts.isLocal(row));
    });
    connect(&m_hosts, &HostManager::hostsChanged, this, &HostSidebar::refresh);
    connect(&m_hosts, &HostManager::currentChanged, this, &HostSidebar::refresh);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &HostSidebar::refresh);
    m_tick.start();
    refresh();
}

void HostSidebar::refresh()
{
    m_updating = true;
    while (m_list->topLevelItemCount() > m_hosts.count())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    while (m_list->topLevelItemCount() < m_hosts.count())
        m_list->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < m_hosts.count(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const RemoteHost::Health health = m_hosts.health(i);
        const QString detail = m_hosts.healthDetail(i);
        item->setText(0, m_hosts.name(i));
        item->setText(1, RemoteHost::healthText(health));
        item->setIcon(1, dot(RemoteHost::healthColor(health)));
        item->setData(1, Qt::UserRole, static_cast<int>(health));
        item->setText(2, ageText(m_hosts.lastUpdateAgeMs(i)));
        const QString tip =
            detail.isEmpty() ? m_hosts.address(i) : QStringLiteral("%1\n%2").arg(m_hosts.address(i), detail);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
    }
    const int current = m_hosts.current();
    if (current >= 0 && current < m_list->topLevelItemCount() && m_list->currentIndex().row() != current)
        m_list->setCurrentItem(m_list->topLevelItem(current));
    m_remove->setEnabled(current >= 0 && !m_hosts.isLocal(current));
    m_updating = false;
}

} // namespace virtuoso::ui
