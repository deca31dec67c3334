#include "TradingViewInternal.h"

#include "AccountPanel.h"
#include "CoreTexts.h"
#include "DisplayFormat.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "PriceLadder.h"
#include "RemoteHost.h"
#include "RemoteTradingSource.h"
#include "base/config/ConfigKeys.h"
#include "engine/CoreRuntime.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {

// The instruments are asked for again after this long when the answer has not come (the core was
// busy starting, or did not know the symbol yet).
constexpr qint64 kInstrumentRetryMs = 2000;

QString venueText(trading::VenueKind kind)
{
    return QString::fromLatin1(trading::venueKindName(kind)).toUpper();
}

} // namespace

TradingView::TradingView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_unavailable(new QLabel(this))
{
    setObjectName(QStringLiteral("TradingView"));
    m_unavailable->setObjectName(QStringLiteral("TradingUnavailableLabel"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setText(tr("This host has no trading desk."));
    m_stack->addWidget(m_unavailable);
    m_stack->addWidget(buildDesk());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

TradingView::~TradingView() = default;

QTableView *TradingView::makeTable(QSortFilterProxyModel *proxy, const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(96);
    return table;
}

QWidget *TradingView::buildDesk()
{
    auto *desk = new QWidget(this);
    m_status = new QLabel(desk);
    m_status->setObjectName(QStringLiteral("TradingStatusLabel"));
    m_status->setWordWrap(true);

    // The kill switch banner: what the last firing did, and the way back.
    m_killBanner = new QFrame(desk);
    m_killBanner->setObjectName(QStringLiteral("KillSwitchBanner"));
    m_killBanner->setStyleSheet(QStringLiteral("#KillSwitchBanner { border: 2px solid #c62828; border-radius: 4px;"
                                               " background: rgba(198, 40, 40, 30); }"));
    auto *killTitle = new QLabel(tr("KILL SWITCH ENGAGED — new orders are refused until it is reset"), m_killBanner);
    killTitle->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_killReport = new QLabel(m_killBanner);
    m_killReport->setObjectName(QStringLiteral("KillReportLabel"));
    m_killReport->setWordWrap(true);
    m_killReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_killError = new QLabel(m_killBanner);
    m_killError->setObjectName(QStringLiteral("KillResetError"));
    m_killError->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(sellColour().name()));
    m_killError->setWordWrap(true);
    m_killError->hide();
    m_killReset = new QPushButton(tr("Reset kill switch…"), m_killBanner);
    m_killReset->setObjectName(QStringLiteral("KillResetButton"));
    connect(m_killReset, &QPushButton::clicked, this, &TradingView::requestKillReset);
    auto *bannerLayout = new QGridLayout(m_killBanner);
    bannerLayout->addWidget(killTitle, 0, 0);
    bannerLayout->addWidget(m_killReport, 1, 0);
    bannerLayout->addWidget(m_killError, 2, 0);
    bannerLayout->addWidget(m_killReset, 0, 1, 3, 1, Qt::AlignRight | Qt::AlignVCenter);
    bannerLayout->setColumnStretch(0, 1);
    m_killBanner->hide();

    // Left: the ticket over the account.
    m_ticket = new OrderTicketPanel(desk);
    connect(m_ticket, &OrderTicketPanel::sendRequested, this, &TradingView::place);
    connect(m_ticket, &OrderTicketPanel::previewRequested, this, &TradingView::previewTicket);
    connect(m_ticket, &OrderTicketPanel::symbolChanged, this, [this] {
        requestInstruments();
        updateLadderInstrument();
    });
    auto *ticketBox = new QGroupBox(tr("Order ticket"), desk);
    auto *ticketLayout = new QVBoxLayout(ticketBox);
    ticketLayout->addWidget(m_ticket);
    auto *left = new QWidget(desk);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(ticketBox);
    m_account = new AccountPanel(left);
    leftLayout->addWidget(m_account);
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea(desk);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setMinimumWidth(340);
    leftScroll->setMaximumWidth(420);

    // Right: orders, positions, fills.
    m_orders = new OrdersModel(this);
    m_positions = new PositionsModel(this);
    m_executions = new ExecutionsModel(this);
    const auto proxyOf = [this](TradingTableModel *model, int column, Qt::SortOrder order) {
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(TradingTableModel::SortRole);
        proxy->setFilterRole(TradingTableModel::FlagRole);
        proxy->setDynamicSortFilter(true);
        proxy->sort(column, order);
        return proxy;
    };
    m_ordersProxy = proxyOf(m_orders, OrdersModel::TimeColumn, Qt::DescendingOrder);
    m_positionsProxy = proxyOf(m_positions, PositionsModel::SymbolColumn, Qt::AscendingOrder);
    m_executionsProxy = proxyOf(m_executions, ExecutionsModel::TimeColumn, Qt::DescendingOrder);
    m_ordersTable = makeTable(m_ordersProxy, QStringLiteral("OrdersTable"));
    m_positionsTable = makeTable(m_positionsProxy, QStringLiteral("PositionsTable"));
    m_executionsTable = makeTable(m_executionsProxy, QStringLiteral("ExecutionsTable"));
    for (QTableView *table : {m_ordersTable, m_executionsTable})
        table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_positionsTable->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    const auto widths = [](QTableView *table, std::initializer_list<std::pair<int, int>> columns) {
        // 0: as wide as an orderLinkId of this program.
        for (const auto &[column, chars] : columns)
            table->setColumnWidth(
                column, (chars > 0 ? table->fontMetrics().averageCharWidth() * chars
                                   : table->fontMetrics().horizontalAdvance(QStringLiteral("vw-000000-mxbu2khu-000"))) +
                            16);
    };
    widths(m_ordersTable, {{OrdersModel::TimeColumn, 8},
                           {OrdersModel::SymbolColumn, 9},
                           {OrdersModel::SideColumn, 5},
                           {OrdersModel::TypeColumn, 22},
                           {OrdersModel::PriceColumn, 10},
                           {OrdersModel::QuantityColumn, 8},
                           {OrdersModel::FilledColumn, 8},
                           {OrdersModel::StatusColumn, 14},
                           {OrdersModel::OrderLinkIdColumn, 0}});
    widths(m_positionsTable, {{PositionsModel::SymbolColumn, 9},
                              {PositionsModel::SideColumn, 6},
                              {PositionsModel::SizeColumn, 7},
                              {PositionsModel::EntryColumn, 9},
                              {PositionsModel::MarkColumn, 9},
                              {PositionsModel::UnrealisedColumn, 8},
                              {PositionsModel::RealisedColumn, 8},
                              {PositionsModel::FeesColumn, 6},
                              {PositionsModel::LiquidationColumn, 9},
                              {PositionsModel::TakeProfitColumn, 9}});
    widths(m_executionsTable, {{ExecutionsModel::TimeColumn, 8},
                               {ExecutionsModel::SymbolColumn, 9},
                               {ExecutionsModel::SideColumn, 5},
                               {ExecutionsModel::PriceColumn, 10},
                               {ExecutionsModel::QuantityColumn, 8},
                               {ExecutionsModel::FeeColumn, 13},
                               {ExecutionsModel::LiquidityColumn, 8},
                               {ExecutionsModel::OrderLinkIdColumn, 0}});

    auto *cancelOrder = new QAction(tr("Cancel Selected Order"), m_ordersTable);
    cancelOrder->setObjectName(QStringLiteral("CancelOrderAction"));
    cancelOrder->setShortcut(QKeySequence::Delete);
    cancelOrder->setShortcutContext(Qt::WidgetShortcut);
    connect(cancelOrder, &QAction::triggered, this, &TradingView::cancelSelectedOrders);
    m_ordersTable->addAction(cancelOrder);
    m_ordersTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *closePosition = new QAction(tr("Close position…"), m_positionsTable);
    closePosition->setObjectName(QStringLiteral("ClosePositionAction"));
    connect(closePosition, &QAction::triggered, this, [this] {
        const QModelIndex current = m_positionsTable->currentIndex();
        if (current.isValid())
            requestClosePosition(m_positionsProxy->mapToSource(current).row());
    });
    m_positionsTable->addAction(closePosition);
    auto *reversePosition = new QAction(tr("Reverse position…"), m_positionsTable);
    reversePosition->setObjectName(QStringLiteral("ReversePositionAction"));
    connect(reversePosition, &QAction::triggered, this, [this] {
        const QModelIndex current = m_positionsTable->currentIndex();
        if (current.isValid())
            requestReversePosition(m_positionsProxy->mapToSource(current).row());
    });
    m_positionsTable->addAction(reversePosition);
    m_positionsTable->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_openOnly = new QCheckBox(tr("Open orders only"), desk);
    m_openOnly->setObjectName(QStringLiteral("OpenOrdersOnly"));
    connect(m_openOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_ordersProxy->setFilterFixedString(on ? QStringLiteral("true") : QString()); });
    auto *cancelButton = new QPushButton(tr("Cancel selected"), desk);
    cancelButton->setObjectName(QStringLiteral("CancelSelectedButton"));
    connect(cancelButton, &QPushButton::clicked, this, &TradingView::cancelSelectedOrders);
    auto *cancelAll = new QPushButton(tr("Cancel all…"), desk);
    cancelAll->setObjectName(QStringLiteral("CancelAllButton"));
    connect(cancelAll, &QPushButton::clicked, this, &TradingView::requestCancelAll);
    auto *closeButton = new QPushButton(tr("Close position…"), desk);
    closeButton->setObjectName(QStringLiteral("ClosePositionButton"));
    connect(closeButton, &QPushButton::clicked, closePosition, &QAction::trigger);
    auto *reverseButton = new QPushButton(tr("Reverse position…"), desk);
    reverseButton->setObjectName(QStringLiteral("ReversePositionButton"));
    connect(reverseButton, &QPushButton::clicked, reversePosition, &QAction::trigger);
    m_positionButtons = {closeButton, reverseButton};
    m_orderCommands = {cancelButton, cancelAll, closeButton, reverseButton};
    const auto updatePositionButtons = [this] {
        const bool chosen = m_positionsTable->currentIndex().isValid() && m_runtime;
        for (QPushButton *button : m_positionButtons)
            button->setEnabled(chosen);
    };
    connect(m_positionsTable->selectionModel(), &QItemSelectionModel::currentChanged, this, updatePositionButtons);
    updatePositionButtons();
    // Price and quantity cells of open orders edit in place (double click or F2): an amend.
    m_ordersTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_orders, &OrdersModel::amendRequested, this, &TradingView::amendFromTable);

    const auto section = [desk](const QString &title, QTableView *table, const QList<QWidget *> &tools) {
        auto *box = new QWidget(desk);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *header = new QHBoxLayout;
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title), box);
        header->addWidget(label);
        header->addStretch(1);
        for (QWidget *tool : tools)
            header->addWidget(tool);
        layout->addLayout(header);
        layout->addWidget(table, 1);
        return box;
    };
    auto *tables = new QSplitter(Qt::Vertical, desk);
    tables->addWidget(section(tr("Orders"), m_ordersTable, {m_openOnly, cancelButton, cancelAll}));
    tables->addWidget(section(tr("Positions"), m_positionsTable, {closeButton, reverseButton}));
    tables->addWidget(section(tr("Recent fills"), m_executionsTable, {}));
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setStretchFactor(2, 2);

    // Middle: the price ladder of the ticket's symbol.
    m_ladder = new PriceLadder(desk);
    m_armLadder = new QCheckBox(tr("Click to trade"), desk);
    m_armLadder->setObjectName(QStringLiteral("ArmLadder"));
    m_armLadder->setToolTip(tr("When on, a click in the ladder's bid or ask column places a limit order there "
                               "with the ticket's quantity, a click on your order cancels it and a drag moves it."));
    connect(m_armLadder, &QCheckBox::toggled, m_ladder, &PriceLadder::setArmed);
    m_orderCommands << m_armLadder;
    auto *recentre = new QPushButton(tr("Re-centre"), desk);
    recentre->setObjectName(QStringLiteral("LadderRecentre"));
    recentre->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(recentre, &QPushButton::clicked, m_ladder, &PriceLadder::recentre);
    connect(m_ladder, &PriceLadder::placeRequested, this, &TradingView::placeFromLadder);
    connect(m_ladder, &PriceLadder::cancelRequested, this,
            [this](const QString &id) { this->cancelOrder(id.toStdString()); });
    connect(m_ladder, &PriceLadder::moveRequested, this, [this](const QString &orderLinkId, qint64 priceTicks) {
        amendOrder(orderLinkId, priceTicks, std::nullopt);
    });
    auto *ladderBox = new QWidget(desk);
    auto *ladderLayout = new QVBoxLayout(ladderBox);
    ladderLayout->setContentsMargins(0, 0, 0, 0);
    auto *ladderHeader = new QHBoxLayout;
    ladderHeader->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Price ladder")), ladderBox));
    ladderHeader->addStretch(1);
    ladderHeader->addWidget(m_armLadder);
    ladderHeader->addWidget(recentre);
    ladderLayout->addLayout(ladderHeader);
    ladderLayout->addWidget(m_ladder, 1);
    m_ladderTimer = new QTimer(this);
    m_ladderTimer->setInterval(100);
    connect(m_ladderTimer, &QTimer::timeout, this, &TradingView::pollLadder);
    m_ladderTimer->start();

    auto *body = new QSplitter(Qt::Horizontal, desk);
    body->addWidget(leftScroll);
    body->addWidget(ladderBox);
    body->addWidget(tables);
    body->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(desk);
    layout->addWidget(m_status);
    layout->addWidget(m_killBanner);
    layout->addWidget(body, 1);
    return desk;
}

void TradingView::setRuntime(CoreRuntime *runtime)
{
    if (!runtime && m_remote)
        return; // a daemon's desk is shown; setRemote(nullptr) ends it
    if (runtime == m_runtime && (runtime || m_stack->currentIndex() == 0))
        return;
    disconnect(m_changed);
    if (runtime && m_remote)
        setRemote(nullptr);
    m_runtime = runtime;
    m_view.reset();
    m_specs.clear();
    m_instrumentsAskedMs = 0;
    m_orders->setRows({});
    m_positions->setRows({});
    m_executions->setRows({});
    m_stack->setCurrentIndex(runtime ? 1 : 0);
    emit killAvailabilityChanged();
    if (!runtime) {
        setBadge({});
        return;
    }
    m_changed = connect(runtime, &CoreRuntime::tradingChanged, this, &TradingView::refresh);
    m_symbols = runtime->config().get(key::ExchangeSymbols);
    m_ticket->setSymbols(m_symbols);
    refresh();
    requestInstruments();
}

void TradingView::applySnapshot(const CoreSnapshot &snapshot)
{
    if (!m_runtime && !m_remote)
        return;
    QStringList symbols;
    for (const MarketSummary &market : snapshot.markets) {
        symbols << market.symbol;
        const double mark = market.markPrice.toDouble();
        m_ticket->setMark(market.symbol, mark > 0 ? mark : market.lastPriceValue);
    }
    if (!symbols.isEmpty() && symbols != m_symbols) {
        m_symbols = symbols;
        m_ticket->setSymbols(symbols);
    }
    if (!m_ticket->hasInstrument())
        requestInstruments();
}

void TradingView::requestInstruments()
{
    if (!m_runtime || m_symbols.isEmpty())
        return;
    if (const auto found = m_specs.find(m_ticket->symbol()); found != m_specs.end()) {
        m_ticket->setInstrument(*found);
        return;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_instrumentsAskedMs > 0 && nowMs - m_instrumentsAskedMs < kInstrumentRetryMs)
        return;
    m_instrumentsAskedMs = nowMs;
    std::vector<std::string> symbols;
    for (const QString &s : m_symbols)
        symbols.push_back(s.toStdString());
    ask<std::vector<exchange::InstrumentSpec>>(
        [symbols](trading::TradingService &service) {
            std::vector<exchange::InstrumentSpec> specs;
            for (const std::string &symbol : symbols)
                if (const exchange::InstrumentSpec *spec = service.instrument(symbol))
                    specs.push_back(*spec);
            return specs;
        },
        [this](std::vector<exchange::InstrumentSpec> specs) {
            m_instrumentsAskedMs = 0;
            for (const exchange::InstrumentSpec &spec : specs) {
                m_specs.insert(spec.symbol.toQString(), spec);
                m_positions->setPriceDecimals(spec.symbol.toQString(), spec.price.decimals());
            }
            if (const auto found = m_specs.find(m_ticket->symbol()); found != m_specs.end())
                m_ticket->setInstrument(*found);
            updateLadderInstrument();
        });
}

void TradingView::refresh()
{
    if (!m_runtime)
        return;
    applyView(m_runtime->tradingView());
}

void TradingView::applyView(const trading::TradingViewPtr &view)
{
    if (!view || view == m_view)
        return;
    m_view = view;
    m_orders->apply(*view);
    m_positions->apply(*view);
    m_executions->apply(*view);
    showStatus(*view);
    showKill(*view);
    m_account->apply(*view);
    m_ticket->setEquity(view->wallet.equity);
    setBadge(badgeFor(view.get()));
    emit viewApplied(view);
    showLadderOrders(*view);
    if (!m_ticket->hasInstrument() && m_runtime)
        requestInstruments();
}

MainWindow::TradingBadge TradingView::badgeFor(const trading::TradingView *view)
{
    MainWindow::TradingBadge badge;
    if (!view)
        return badge;
    const QString venue = venueText(view->venue);
    static const QColor venueColours[] = {QColor(0x15, 0x65, 0xc0), QColor(0x00, 0x83, 0x8f), QColor(0x8e, 0x24, 0xaa),
                                          QColor(0x6d, 0x4c, 0x41), QColor(0xc6, 0x28, 0x28)};
    badge.foreground = Qt::white;
    if (view->killEngaged) {
        badge.text = tr("KILL SWITCH ENGAGED");
        badge.background = QColor(0xb7, 0x1c, 0x1c);
        badge.tooltip = tr("%1: %2").arg(venue, QString::fromStdString(view->lastKill.reason));
        badge.titleSuffix = QStringLiteral(" — %1 — %2").arg(venue, tr("KILL SWITCH ENGAGED"));
    } else if (!view->running) {
        badge.text = tr("%1 — TRADING OFF").arg(venue);
        badge.background = QColor(0xf9, 0xa8, 0x25);
        badge.foreground = Qt::black;
        badge.tooltip = view->error.isEmpty() ? tr("Trading is not running.") : view->error;
        badge.titleSuffix = QStringLiteral(" — %1").arg(badge.text);
    } else {
        badge.text = venue;
        badge.background = venueColours[static_cast<int>(view->venue) % 5];
        badge.tooltip = view->venue == trading::VenueKind::Live ? tr("Orders go to the LIVE exchange with real money.")
                                                                : tr("Orders go to the %1 venue.").arg(venue.toLower());
        badge.titleSuffix = QStringLiteral(" — %1").arg(venue);
    }
    if (view->running) {
        badge.stream =
            view->streamUp
                ? tr("Private stream: up")
                : tr("Private stream: down (%1)").arg(CoreTexts::text(QString::fromStdString(view->streamReason)));
        badge.streamColour = view->streamUp ? buyColour() : sellColour();
    }
    return badge;
}

void TradingView::setBadge(const MainWindow::TradingBadge &badge)
{
    if (badge == m_badge)
        return;
    m_badge = badge;
    emit badgeChanged(m_badge);
}

void TradingView::showStatus(const trading::TradingView &view)
{
    const QString venue = venueText(view.venue);
    if (!view.running) {
        m_status->setText(tr("Trading is not running on the %1 venue: %2")
                              .arg(venue, view.error.isEmpty() ? tr("no reason given") : view.error));
        m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(pendingColour().name()));
        m_ticket->setTradingAvailable(false, tr("Trading is not running: %1").arg(view.error));
        return;
    }
    if (m_remote)
        m_ticket->setTradingAvailable(false, readOnlyReason());
    else
        m_ticket->setTradingAvailable(true);
    const QString stream = view.streamUp
                               ? tr("private stream up")
                               : tr("private stream down (%1)").arg(QString::fromStdString(view.streamReason));
    m_status->setText(
        tr("Venue %1 · %2 · open orders: %3 · positions: %4")
            .arg(venue, stream)
            .arg(std::count_if(view.orders.begin(), view.orders.end(), [](const auto &o) { return o.order.isOpen(); }))
            .arg(std::count_if(view.positions.begin(), view.positions.end(),
                               [](const auto &p) { return p.size != 0; })));
    if (m_remote && m_remote->host())
        m_status->setText(tr("Remote host %1 (read-only) · %2").arg(m_remote->host()->name(), m_status->text()));
    m_status->setStyleSheet(view.streamUp ? QString()
                                          : QStringLiteral("color: %1; font-weight: bold;").arg(sellColour().name()));
}

void TradingView::showKill(const trading::TradingView &view)
{
    m_killBanner->setVisible(view.killEngaged);
    if (!view.killEngaged) {
        m_killError->hide();
        return;
    }
    const trading::KillReport &k = view.lastKill;
    QStringList lines;
    lines << tr("Reason: %1 · engaged %2%3")
                 .arg(QString::fromStdString(k.reason), formatDateTime(k.startedMs),
                      k.finished() ? tr(", finished %1").arg(formatClock(k.finishedMs)) : tr(", still working…"));
    const QString ordersAfter = k.openOrdersAfter < 0 ? tr("unknown") : QString::number(k.openOrdersAfter);
    const QString positionsAfter = k.positionsAfter < 0 ? tr("unknown") : QString::number(k.positionsAfter);
    lines << tr("Orders cancelled: %1 open before, %2 open after · Positions flattened: %3 to flatten, %4 "
                "reduce-only orders sent, %5 left")
                 .arg(k.openOrdersBefore)
                 .arg(ordersAfter)
                 .arg(k.positionsToFlatten)
                 .arg(k.flattenOrdersSent)
                 .arg(positionsAfter);
    if (k.problems.empty()) {
        lines << (k.finished() ? tr("Problems: none") : QString());
    } else {
        QStringList problems;
        for (const std::string &p : k.problems)
            problems << QString::fromStdString(p);
        lines << tr("Problems: %1").arg(problems.join(QStringLiteral("; ")));
    }
    lines.removeAll(QString());
    m_killReport->setText(lines.join(u'\n'));
    m_killReset->setEnabled(k.finished());
    m_killReset->setToolTip(k.finished() ? QString() : tr("The kill switch can be reset once it has finished."));
}

void TradingView::focusTicket(trading::Side side)
{
    m_ticket->setSide(side);
    m_ticket->quantityBox()->setFocus();
    m_ticket->quantityBox()->selectAll();
}

bool TradingView::killBannerShown() const
{
    return !m_killBanner->isHidden();
}

QString TradingView::killReportText() const
{
    return m_killReport->text();
}

QString TradingView::statusText() const
{
    return m_stack->currentIndex() == 0 ? m_unavailable->text() : m_status->text();
}

} // namespace virtuoso::ui
