#include "AlertsView.h"
#include "AlertsModel.h"
#include "CoreTexts.h"
#include "DisplayFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace virtuoso::ui {

namespace {

// Severity at or above the chosen one.
class SeverityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimum(int severity)
    {
        m_min = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data(AlertsModel::SeverityRole).toInt() >= m_min;
    }

private:
    int m_min = 0;
};

// Symbol (substring), minimum notional and kind.
class TapeProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &symbol, double minNotional, int kind)
    {
        m_symbol = symbol.trimmed();
        m_min = minNotional;
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && first.data(MarketEventsModel::KindRole).toInt() != m_kind)
            return false;
        if (first.data(MarketEventsModel::NotionalRole).toDouble() < m_min)
            return false;
        return m_symbol.isEmpty() || sourceModel()
                                         ->index(row, MarketEventsModel::SymbolColumn, parent)
                                         .data()
                                         .toString()
                                         .contains(m_symbol, Qt::CaseInsensitive);
    }

private:
    QString m_symbol;
    double m_min = 0;
    int m_kind = -1;
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QString channelStateText(const QString &state)
{
    if (state == u"ok")
        return AlertsView::tr("OK");
    if (state == u"retrying")
        return AlertsView::tr("Retrying");
    return AlertsView::tr("Failing");
}

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent)
    , m_alerts(new AlertsModel(this))
    , m_tape(new MarketEventsModel(this))
    , m_alertsProxy(new SeverityProxy(this))
    , m_tapeProxy(new TapeProxy(this))
    , m_channels(new QStandardItemModel(0, 7, this))
    , m_totals(new QStandardItemModel(0, 4, this))
    , m_summary(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_ackAll(new QPushButton(tr("Acknowledge all"), this))
    , m_test(new QPushButton(tr("Send test alert"), this))
    , m_severity(new QComboBox(this))
    , m_tapeSymbol(new QLineEdit(this))
    , m_tapeMin(new QDoubleSpinBox(this))
    , m_tapeKind(new QComboBox(this))
{
    setObjectName(QStringLiteral("AlertsView"));
    m_alertsProxy->setSourceModel(m_alerts);
    m_alertsProxy->setSortRole(AlertsModel::SortRole);
    m_tapeProxy->setSourceModel(m_tape);
    m_tapeProxy->setSortRole(MarketEventsModel::SortRole);
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Type"), tr("State"), tr("Queued"), tr("Delivered"),
                                           tr("Failed attempts"), tr("Last error")});
    m_totals->setHorizontalHeaderLabels(
        {tr("Symbol"), tr("Liquidated 5 min"), tr("Liquidated 1 h"), tr("Liquidations 1 h")});

    m_alertsTable = makeTable(m_alertsProxy, QStringLiteral("AlertsTable"), this);
    m_alertsTable->sortByColumn(AlertsModel::TimeColumn, Qt::DescendingOrder);
    m_alertsTable->horizontalHeader()->resizeSection(AlertsModel::TitleColumn, 420);
    // A long title wraps onto a second line instead of being cut short (an incident naming its
    // connections; Chinese, whose lines are taller): rows take the height their text needs.
    QHeaderView *rows = m_alertsTable->verticalHeader();
    rows->setMinimumSectionSize(rows->defaultSectionSize());
    rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertsTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_alertsTable, &QWidget::customContextMenuRequested, this, &AlertsView::showAlertMenu);
    connect(m_alertsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_alerts->acknowledge(m_alertsProxy->mapToSource(index).data(AlertsModel::SequenceRole).toULongLong());
    });
    m_channelsTable = makeTable(m_channels, QStringLiteral("AlertChannelsTable"), this);
    m_tapeTable = makeTable(m_tapeProxy, QStringLiteral("MarketEventsTable"), this);
    m_tapeTable->sortByColumn(MarketEventsModel::TimeColumn, Qt::DescendingOrder);
    // "Short liquidated" on one line; the totals' headers whole, the symbol taking what is left.
    m_tapeTable->horizontalHeader()->setSectionResizeMode(MarketEventsModel::SideColumn, QHeaderView::ResizeToContents);
    m_tapeTable->horizontalHeader()->setSectionResizeMode(MarketEventsModel::KindColumn, QHeaderView::ResizeToContents);
    m_totalsTable = makeTable(m_totals, QStringLiteral("LiquidationTotalsTable"), this);
    m_totalsTable->horizontalHeader()->setStretchLastSection(false);
    m_totalsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_severity->setObjectName(QStringLiteral("AlertSeverityFilter"));
    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(tr("Warning and worse"), 1);
    m_severity->addItem(tr("Critical only"), 2);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<SeverityProxy *>(m_alertsProxy)->setMinimum(m_severity->currentData().toInt()); });
    m_ackAll->setObjectName(QStringLiteral("AcknowledgeAllAlerts"));
    connect(m_ackAll, &QPushButton::clicked, m_alerts, &AlertsModel::acknowledgeAll);
    connect(m_alerts, &AlertsModel::unacknowledgedChanged, this, [this](int count) {
        refreshSummary();
        emit unacknowledgedChanged(count);
    });
    m_test->setObjectName(QStringLiteral("SendTestAlert"));
    m_test->setToolTip(tr("Sends one test alert through the selected channel and shows its delivery here"));
    connect(m_test, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_channelsTable->selectionModel()->selectedRows();
        const int row = rows.isEmpty() ? 0 : rows.first().row();
        if (row < m_channels->rowCount())
            sendTestAlert(m_channels->item(row, 0)->text());
    });

    m_tapeSymbol->setObjectName(QStringLiteral("TapeSymbolFilter"));
    m_tapeSymbol->setPlaceholderText(tr("Symbol"));
    m_tapeSymbol->setClearButtonEnabled(true);
    m_tapeMin->setObjectName(QStringLiteral("TapeMinimumNotional"));
    m_tapeMin->setRange(0, 1e10);
    m_tapeMin->setDecimals(0);
    m_tapeMin->setSingleStep(50'000);
    m_tapeMin->setGroupSeparatorShown(true);
    m_tapeMin->setPrefix(tr("≥ "));
    m_tapeMin->setSuffix(QStringLiteral(" USDT"));
    m_tapeKind->setObjectName(QStringLiteral("TapeKindFilter"));
    m_tapeKind->addItem(tr("Trades and liquidations"), -1);
    m_tapeKind->addItem(tr("Trades"), 0);
    m_tapeKind->addItem(tr("Liquidations"), 1);
    const auto applyTapeFilter = [this] {
        static_cast<TapeProxy *>(m_tapeProxy)
            ->set(m_tapeSymbol->text(), m_tapeMin->value(), m_tapeKind->currentData().toInt());
    };
    connect(m_tapeSymbol, &QLineEdit::textChanged, this, applyTapeFilter);
    connect(m_tapeMin, &QDoubleSpinBox::valueChanged, this, applyTapeFilter);
    connect(m_tapeKind, &QComboBox::currentIndexChanged, this, applyTapeFilter);

    auto *alertBar = new QHBoxLayout;
    alertBar->addWidget(m_summary, 1);
    alertBar->addWidget(m_severity);
    alertBar->addWidget(m_ackAll);
    auto *channelBar = new QHBoxLayout;
    channelBar->addWidget(new QLabel(tr("Channels"), this));
    channelBar->addStretch(1);
    channelBar->addWidget(m_testResult);
    channelBar->addWidget(m_test);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(alertBar);
    auto *leftSplit = new QSplitter(Qt::Vertical, left);
    leftSplit->addWidget(m_alertsTable);
    auto *channelBox = new QWidget(leftSplit);
    auto *channelLayout = new QVBoxLayout(channelBox);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    channelLayout->addLayout(channelBar);
    channelLayout->addWidget(m_channelsTable);
    leftSplit->addWidget(channelBox);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplit);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *tapeBar = new QHBoxLayout;
    tapeBar->addWidget(new QLabel(tr("Market events"), this));
    tapeBar->addWidget(m_tapeSymbol, 1);
    tapeBar->addWidget(m_tapeMin);
    tapeBar->addWidget(m_tapeKind);
    rightLayout->addLayout(tapeBar);
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    rightSplit->addWidget(m_tapeTable);
    rightSplit->addWidget(m_totalsTable);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);
    rightLayout->addWidget(rightSplit);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("AlertsSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setActions({});
    refreshSummary();
}

void AlertsView::setActions(AlertActions actions)
{
    m_actions = std::move(actions);
    m_test->setEnabled(static_cast<bool>(m_actions.sendTest));
    if (!m_actions.sendTest && !m_actions.unavailableReason.isEmpty())
        m_test->setToolTip(m_actions.unavailableReason);
}

void AlertsView::applyBoard(const alerts::AlertBoardPtr &board)
{
    m_board = board;
    static const alerts::AlertBoard empty;
    const alerts::AlertBoard &b = board ? *board : empty;
    announceArrivals(board.get());
    m_alerts->setAlerts(b.recent);
    m_tape->setEvents(b.tape);

    // Channels and totals are few: rewritten in place, keeping the selection.
    m_channels->setRowCount(static_cast<int>(b.channels.size()));
    for (int row = 0; row < static_cast<int>(b.channels.size()); ++row) {
        const alerts::ChannelHealth &c = b.channels[static_cast<std::size_t>(row)];
        const QStringList cells{c.name,
                                c.type,
                                channelStateText(c.state),
                                QString::number(c.queued),
                                QString::number(c.delivered),
                                QString::number(c.failedAttempts),
                                CoreTexts::text(c.lastError)};
        for (int col = 0; col < cells.size(); ++col) {
            QStandardItem *item = m_channels->item(row, col);
            if (!item) {
                item = new QStandardItem;
                m_channels->setItem(row, col, item);
            }
            if (item->text() != cells[col])
                item->setText(cells[col]);
        }
        const QColor colour = c.state == u"ok"         ? QColor(0x2e, 0xa0, 0x43)
                              : c.state == u"retrying" ? alertSeverityColor(alerts::AlertSeverity::Warning)
                                                       : alertSeverityColor(alerts::AlertSeverity::Critical);
        m_channels->item(row, 2)->setForeground(colour);
        m_channels->item(row, 0)->setToolTip(c.lastDeliveredMs > 0
                                                 ? tr("Last delivered %1").arg(formatDateTime(c.lastDeliveredMs))
                                                 : tr("Nothing delivered yet"));
    }
    const QLocale locale;
    m_totals->setRowCount(static_cast<int>(b.totals.size()));
    for (int row = 0; row < static_cast<int>(b.totals.size()); ++row) {
        const alerts::LiquidationTotals &t = b.totals[static_cast<std::size_t>(row)];
        const QStringList cells{t.symbol.isEmpty() ? tr("All symbols") : t.symbol, locale.toString(t.last5m, 'f', 0),
                                locale.toString(t.last1h, 'f', 0), locale.toString(t.count1h)};
        for (int col = 0; col < cells.size(); ++col) {
            QStandardItem *item = m_totals->item(row, col);
            if (!item) {
                item = new QStandardItem;
                m_totals->setItem(row, col, item);
            }
            item->setText(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (m_tapeMin->value() == 0 && b.tapeMinNotional > 0)
        m_tapeMin->setToolTip(tr("The core shows trades of at least %1 USDT and every liquidation")
                                  .arg(locale.toString(b.tapeMinNotional, 'f', 0)));
    refreshSummary();
}

void AlertsView::refreshSummary()
{
    if (!m_board) {
        m_summary->setText(tr("Alerts are off for this core: no [rule.NAME] section, or [alerts] enabled = false "
                              "(docs/alerts.md)."));
        m_ackAll->setEnabled(false);
        return;
    }
    QStringList parts;
    if (!m_board->enabled)
        parts << (m_board->problem.isEmpty() ? tr("No alert rules") : CoreTexts::text(m_board->problem));
    const int unacked = m_alerts->unacknowledged();
    parts << tr("%n unacknowledged", nullptr, unacked);
    int failing = 0;
    for (const alerts::ChannelHealth &c : m_board->channels)
        failing += c.state == u"failing" ? 1 : 0;
    if (failing > 0)
        parts << tr("%n channel(s) failing", nullptr, failing);
    if (!m_board->mutedRules.isEmpty())
        parts << tr("muted rules: %1").arg(m_board->mutedRules.join(QStringLiteral(", ")));
    if (!m_board->mutedKeys.isEmpty())
        parts << tr("%n muted key(s)", nullptr, static_cast<int>(m_board->mutedKeys.size()));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_ackAll->setEnabled(unacked > 0);
}

void AlertsView::setTapeFilter(const QString &symbol, double minNotional, int kind)
{
    m_tapeSymbol->setText(symbol);
    m_tapeMin->setValue(minNotional);
    m_tapeKind->setCurrentIndex(std::max(0, m_tapeKind->findData(kind)));
}

void AlertsView::announceArrivals(const alerts::AlertBoard *board)
{
    if (!board) {
        m_lastSequence.reset(); // a new source: its first board is the baseline
        return;
    }
    quint64 newest = 0;
    for (const alerts::AlertItem &a : board->recent)
        newest = std::max(newest, a.sequence);
    if (!m_lastSequence || newest < *m_lastSequence) {
        // The first board, or a restarted process numbering from 1 again.
        const bool restarted = m_lastSequence.has_value();
        m_lastSequence = restarted ? 0 : newest;
        if (!restarted)
            return;
    }
    if (m_desktopArrivals) {
        for (const alerts::AlertItem &a : board->recent) {
            if (a.sequence <= *m_lastSequence)
                continue;
            const bool desktop = std::any_of(a.channels.begin(), a.channels.end(), [board](const QString &name) {
                return std::any_of(
                    board->channels.begin(), board->channels.end(),
                    [&name](const alerts::ChannelHealth &c) { return c.name == name && c.type == u"desktop"; });
            });
            if (desktop)
                m_desktopArrivals(a);
        }
    }
    m_lastSequence = std::max(*m_lastSequence, newest);
}

QString AlertsView::durationText(qint64 ms)
{
    if (ms % 3'600'000 == 0)
        return tr("%n hour(s)", nullptr, static_cast<int>(ms / 3'600'000));
    return tr("%n minute(s)", nullptr, static_cast<int>((ms + 59'999) / 60'000));
}

void AlertsView::muteRow(int row, bool rule, qint64 durationMs)
{
    const alerts::AlertItem *item = m_alerts->at(row);
    if (!item || !m_actions.mute)
        return;
    const QString name = rule ? item->rule : item->key;
    QPointer<AlertsView> self(this);
    m_actions.mute(rule, name, durationMs, [self, name, durationMs](const QString &error) {
        AlertsView *view = self.data();
        if (!view)
            return;
        if (!error.isEmpty())
            view->m_testResult->setText(tr("Could not mute %1: %2").arg(name, CoreTexts::text(error)));
        else if (durationMs <= 0)
            view->m_testResult->setText(tr("%1 is no longer muted").arg(name));
        else
            view->m_testResult->setText(tr("%1 muted for %2").arg(name, AlertsView::durationText(durationMs)));
    });
}

void AlertsView::sendTestAlert(const QString &channel)
{
    if (!m_actions.sendTest)
        return;
    m_testResult->setText(tr("Sending a test alert to %1…").arg(channel));
    QPointer<AlertsView> self(this);
    m_actions.sendTest(channel, [self, channel](const QString &error) {
        if (AlertsView *view = self.data())
            view->m_testResult->setText(error.isEmpty() ? tr("Test alert queued for %1").arg(channel)
                                                        : CoreTexts::text(error));
    });
}

void AlertsView::showAlertMenu(const QPoint &pos)
{
    const QModelIndex index = m_alertsTable->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = m_alertsProxy->mapToSource(index).row();
    const alerts::AlertItem *item = m_alerts->at(row);
    if (!item)
        return;
    QMenu menu(this);
    const quint64 sequence = item->sequence;
    menu.addAction(tr("Acknowledge"), this, [this, sequence] { m_alerts->acknowledge(sequence); });
    menu.addSeparator();
    const std::pair<QString, qint64> periods[] = {{tr("15 minutes"), 15 * 60'000LL},
                                                  {tr("1 hour"), 3'600'000LL},
                                                  {tr("4 hours"), 4 * 3'600'000LL},
                                                  {tr("24 hours"), 24 * 3'600'000LL}};
    QMenu *ruleMenu = menu.addMenu(tr("Mute rule '%1' for").arg(item->rule));
    QMenu *keyMenu = menu.addMenu(tr("Mute '%1' for").arg(item->key));
    for (const auto &[label, ms] : periods) {
        const qint64 duration = ms;
        ruleMenu->addAction(label, this, [this, row, duration] { muteRow(row, true, duration); });
        keyMenu->addAction(label, this, [this, row, duration] { muteRow(row, false, duration); });
    }
    const bool ruleMuted = m_board && m_board->mutedRules.contains(item->rule);
    const bool keyMuted = m_board && m_board->mutedKeys.contains(item->key);
    if (ruleMuted)
        menu.addAction(tr("Unmute rule '%1'").arg(item->rule), this, [this, row] { muteRow(row, true, 0); });
    if (keyMuted)
        menu.addAction(tr("Unmute '%1'").arg(item->key), this, [this, row] { muteRow(row, false, 0); });
    for (QMenu *sub : {ruleMenu, keyMenu}) {
        sub->setEnabled(static_cast<bool>(m_actions.mute) && !item->rule.isEmpty());
        if (!m_actions.mute)
            sub->setToolTip(m_actions.unavailableReason);
    }
    menu.exec(m_alertsTable->viewport()->mapToGlobal(pos));
}

} // namespace virtuoso::ui
