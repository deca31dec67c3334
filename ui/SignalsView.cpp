#include "SignalsView.h"

#include "ChartAxes.h"
#include "CoreTexts.h"
#include "ScoreBarDelegate.h"
#include "Theme.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {
enum Column { SymbolColumn, ScoreColumn, DirectionColumn, ReliabilityColumn, MixedColumn, ColumnCount };

QString scoreText(double score)
{
    return std::isnan(score) ? QStringLiteral("–") : QLocale().toString(score, 'f', 1);
}

// The child at `index`, made when missing; later children beyond `count` are removed by trim().
QTreeWidgetItem *childItem(QTreeWidgetItem *parent, int index)
{
    if (index < parent->childCount())
        return parent->child(index);
    return new QTreeWidgetItem(parent);
}

void trim(QTreeWidgetItem *parent, int count)
{
    while (parent->childCount() > count)
        delete parent->takeChild(parent->childCount() - 1);
}

// Texts and the bar's score of one row; unchanged values cost nothing (QTreeWidgetItem compares).
// Rows that are not scored (an input) leave the score column empty.
void setRow(QTreeWidgetItem *item, const QString &name, double score, const QString &state, bool scored = true)
{
    item->setText(0, name);
    item->setText(1, scored ? scoreText(score) : QString());
    item->setData(1, SignalsView::kScoreRole, std::isfinite(score) ? QVariant(score) : QVariant());
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, state);
}

// Five significant digits, or cents for large values such as prices (27450.05, -14564, 0.24693).
QString valueText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    QLocale locale; // the user's decimal point, no thousands separators
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (std::fabs(value) < 1000)
        return locale.toString(value, 'g', 5);
    QString text = locale.toString(value, 'f', 2);
    const QString point = locale.decimalPoint();
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QTableWidgetItem *cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        table->setItem(row, column, item);
    }
    return item;
}
} // namespace

SignalsView::SignalsView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_state(new QLabel)
    , m_table(new QTableWidget)
    , m_breakdown(new QTreeWidget)
    , m_historyView(new QChartView)
    , m_historySeries(new QLineSeries)
    , m_historyTime(new QCategoryAxis)
    , m_planAction(new QAction(tr("&Plan trade…"), this))
    , m_planButton(new QPushButton(tr("Plan trade…")))
    , m_planReason(new QLabel)
{
    setObjectName(QStringLiteral("SignalsView"));
    m_state->setObjectName(QStringLiteral("SignalsState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setText(tr("<h3>Confluence engine not running</h3>"
                        "<p>Scores, directions and their breakdown appear here once the confluence engine "
                        "publishes its results with the core's snapshots.</p>"));
    auto *statePage = new QWidget;
    auto *stateLayout = new QVBoxLayout(statePage);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_state);
    stateLayout->addStretch(2);

    m_table->setObjectName(QStringLiteral("SignalsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Symbol"), tr("Score"), tr("Direction"), tr("Reliability"), tr("Mixed signals")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showBreakdown();
        const QString symbol = selectedSymbol();
        if (symbol != m_planSymbol) { // until the planner has looked at this one
            m_planAction->setEnabled(false);
            m_planButton->setEnabled(false);
        }
        if (!symbol.isEmpty() && symbol != m_wantedSymbol) {
            m_wantedSymbol = symbol;
            emit symbolSelected(symbol);
        }
    });

    m_table->setItemDelegateForColumn(ScoreColumn, new ScoreBarDelegate(kScoreRole, m_table));

    // From a signal to a trade plan: the context menu, the button over the breakdown, Ctrl+T.
    m_planAction->setObjectName(QStringLiteral("PlanTradeAction"));
    m_planAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_planAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_planAction->setEnabled(false);
    addAction(m_planAction);
    connect(m_planAction, &QAction::triggered, this, [this] {
        if (m_planAction->isEnabled() && !selectedSymbol().isEmpty())
            emit planTradeRequested(selectedSymbol());
    });
    m_planButton->setObjectName(QStringLiteral("PlanTradeButton"));
    m_planButton->setEnabled(false);
    connect(m_planButton, &QPushButton::clicked, m_planAction, &QAction::trigger);
    m_planReason->setObjectName(QStringLiteral("PlanTradeReason"));
    m_planReason->setWordWrap(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_table->rowAt(at.y());
        if (row < 0)
            return;
        m_table->selectRow(row);
        QMenu menu(this);
        menu.addAction(m_planAction);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    // Components → sub-indicators → timeframes → the inputs behind each score. Rows are updated in
    // place, so what the user expanded stays expanded from one snapshot to the next.
    m_breakdown->setObjectName(QStringLiteral("SignalsBreakdown"));
    m_breakdown->setColumnCount(3);
    m_breakdown->setHeaderLabels({tr("Component"), tr("Score"), tr("State")});
    m_breakdown->setItemDelegateForColumn(1, new ScoreBarDelegate(kScoreRole, m_breakdown));
    m_breakdown->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_breakdown->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_breakdown->header()->resizeSection(1, 120);
    m_breakdown->header()->setStretchLastSection(true);

    // Score history of the selected symbol, under the table.
    auto *chart = m_historyView->chart();
    m_historyView->setObjectName(QStringLiteral("SignalsHistoryChart"));
    m_historyView->setMinimumHeight(160);
    m_historyView->setRenderHint(QPainter::Antialiasing);
    chart->addSeries(m_historySeries);
    chart->legend()->hide();
    auto *scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, 100);
    scoreAxis->setTickCount(5);
    scoreAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_historyTime, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    m_historySeries->attachAxis(m_historyTime);
    m_historySeries->attachAxis(scoreAxis);
    styleChart(chart);
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_historyView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planButton);
    planRow->addWidget(m_planReason, 1);
    detailLayout->addLayout(planRow);
    detailLayout->addWidget(m_breakdown, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_pages->addWidget(statePage);
    m_pages->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

void SignalsView::applySnapshot(const CoreSnapshot &snapshot)
{
    m_signals = snapshot.confluenceSignals;
    std::erase(m_signals, nullptr);
    // One point per symbol and second at most; ten minutes kept.
    for (const auto &signal : m_signals) {
        if (std::isnan(signal->score))
            continue;
        std::deque<QPointF> &points = m_history[QString::fromStdString(signal->symbol)];
        const double at = static_cast<double>(snapshot.epochMs);
        if (!points.empty() && at - points.back().x() < 1000.0)
            continue;
        points.emplace_back(at, signal->score);
        while (points.size() > static_cast<size_t>(kHistoryPoints))
            points.pop_front();
    }
    m_engineRunning = !m_signals.empty();
    m_pages->setCurrentIndex(m_engineRunning ? 1 : 0);
    if (m_engineRunning)
        showSignals();
    if (!m_wantedSymbol.isEmpty() && selectedSymbol() != m_wantedSymbol)
        selectSymbol(m_wantedSymbol);
}

void SignalsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    chart_axes::refreshLabels(m_historyTime);
}

void SignalsView::selectSymbol(const QString &symbol)
{
    m_wantedSymbol = symbol;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, SymbolColumn);
        if (item && item->text() == symbol) {
            if (m_table->currentRow() != row)
                m_table->selectRow(row);
            return;
        }
    }
}

int SignalsView::historyPoints(const QString &symbol) const
{
    const auto it = m_history.find(symbol);
    return it == m_history.end() ? 0 : static_cast<int>(it->second.size());
}

int SignalsView::drawnHistoryPoints() const
{
    return static_cast<int>(m_historySeries->count());
}

void SignalsView::showHistory()
{
    const QString symbol = selectedSymbol();
    const auto it = m_history.find(symbol);
    QList<QPointF> points;
    if (it != m_history.end())
        points = QList<QPointF>(it->second.begin(), it->second.end());
    m_historySeries->replace(points); // one update of the series, not one per point
    m_historySymbol = symbol;
    QChart *chart = m_historyView->chart();
    chart->setTitle(symbol.isEmpty() ? QString() : tr("%1 score over the last 10 minutes").arg(symbol));
    if (!points.isEmpty()) {
        const qint64 last = static_cast<qint64>(points.constLast().x());
        const qint64 first = std::min(static_cast<qint64>(points.constFirst().x()), last - 60'000);
        chart_axes::applyTicks(m_historyTime, double(first), double(last), chart_axes::timeTicks(first, last, 6));
    }
}

void SignalsView::setPlanAvailability(const QString &symbol, bool available, const QString &why)
{
    m_planSymbol = symbol;
    const bool on = available && symbol == selectedSymbol();
    m_planAction->setEnabled(on);
    m_planButton->setEnabled(on);
    m_planButton->setToolTip(why);
    m_planAction->setToolTip(why);
    m_planReason->setText(on ? QString() : why);
    m_planReason->setToolTip(why);
}

QString SignalsView::planReason() const
{
    return m_planButton->toolTip();
}

QString SignalsView::stateText() const
{
    return m_state->text();
}

QString SignalsView::directionText(int direction) const
{
    switch (static_cast<confluence::Direction>(direction)) {
    case confluence::Direction::Long:
        return tr("long");
    case confluence::Direction::Short:
        return tr("short");
    case confluence::Direction::Neutral:
        break;
    }
    return tr("neutral");
}

QString SignalsView::stateName(int sufficiency) const
{
    switch (static_cast<confluence::Sufficiency>(sufficiency)) {
    case confluence::Sufficiency::Ready:
        return tr("ready");
    case confluence::Sufficiency::Warming:
        return tr("warming");
    case confluence::Sufficiency::Unavailable:
        break;
    }
    return tr("unavailable");
}

QString SignalsView::selectedSymbol() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    const QTableWidgetItem *item = m_table->item(row, SymbolColumn);
    return item ? item->text() : QString();
}

void SignalsView::showSignals()
{
    // Rows are updated in place so the selection survives each snapshot.
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_signals.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const confluence::ConfluenceSignal &s = *m_signals[size_t(row)];
        cell(m_table, row, SymbolColumn)->setText(QString::fromStdString(s.symbol));
        QTableWidgetItem *score = cell(m_table, row, ScoreColumn);
        score->setText(scoreText(s.score));
        score->setData(kScoreRole, std::isfinite(s.score) ? QVariant(s.score) : QVariant());
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *direction = cell(m_table, row, DirectionColumn);
        direction->setText(directionText(int(s.direction)));
        direction->setForeground(s.direction == confluence::Direction::Long    ? QBrush(QColor(0x2e, 0xa0, 0x43))
                                 : s.direction == confluence::Direction::Short ? QBrush(QColor(0xd0, 0x3b, 0x3b))
                                                                               : QBrush());
        QTableWidgetItem *reliability = cell(m_table, row, ReliabilityColumn);
        reliability->setText(tr("%1 %").arg(s.reliability * 100.0, 0, 'f', 0));
        reliability->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStringList conflicts;
        for (int i = 0; i < s.conflictCount && i < confluence::kComponentCount; ++i) {
            const confluence::SignalConflict &c = s.conflicts[size_t(i)];
            conflicts << tr("%1: %2 vs %3")
                             .arg(CoreTexts::componentName(QLatin1String(confluence::componentName(c.component))),
                                  CoreTexts::subIndicatorName(QLatin1String(c.high ? c.high : "")),
                                  CoreTexts::subIndicatorName(QLatin1String(c.low ? c.low : "")));
        }
        QTableWidgetItem *mixed = cell(m_table, row, MixedColumn);
        mixed->setText(s.mixedSignals() ? tr("mixed — %1").arg(conflicts.join(QStringLiteral("; "))) : QString());
        mixed->setForeground(s.mixedSignals() ? QBrush(QColor(0xc7, 0x8a, 0x00)) : QBrush());
    }
    showBreakdown();
}

void SignalsView::showBreakdown()
{
    showHistory();
    const QString symbol = selectedSymbol();
    const confluence::ConfluenceSignal *signal = nullptr;
    for (const auto &s : m_signals)
        if (QString::fromStdString(s->symbol) == symbol)
            signal = s.get();
    if (!signal) {
        m_breakdown->clear();
        return;
    }
    const int components = static_cast<int>(signal->components.size());
    while (m_breakdown->topLevelItemCount() > components)
        delete m_breakdown->takeTopLevelItem(m_breakdown->topLevelItemCount() - 1);
    for (int c = 0; c < components; ++c) {
        const confluence::ComponentSummary &component = signal->components[size_t(c)];
        QTreeWidgetItem *top = m_breakdown->topLevelItem(c);
        if (!top) {
            top = new QTreeWidgetItem(m_breakdown);
            top->setExpanded(true);
        }
        setRow(top, CoreTexts::componentName(QLatin1String(confluence::componentName(component.id))), component.score,
               tr("%1 % ready").arg(component.coverage * 100.0, 0, 'f', 0));
        const confluence::ComponentReading &reading = component.timeframes[0];
        const int subs = std::min(reading.count, confluence::kMaxSubIndicators);
        trim(top, subs);
        for (int k = 0; k < subs; ++k) {
            const confluence::SubIndicatorReading &sub = reading.subs[size_t(k)];
            const double blended = component.blended[size_t(k)];
            QTreeWidgetItem *row = childItem(top, k);
            if (!component.perTimeframe) {
                // A live component: one reading, its inputs right under it.
                setRow(row, CoreTexts::subIndicatorName(QLatin1String(sub.name ? sub.name : "")), sub.score,
                       readingText(sub));
                showInputs(row, sub);
                continue;
            }
            const auto state = std::isnan(blended) ? sub.state : confluence::Sufficiency::Ready;
            setRow(row, CoreTexts::subIndicatorName(QLatin1String(sub.name ? sub.name : "")), blended,
                   stateName(int(state)));
            // The blend's parts: each timeframe's reading, and under it the inputs it scored.
            trim(row, confluence::kTimeframeCount);
            for (int tf = 0; tf < confluence::kTimeframeCount; ++tf) {
                const confluence::SubIndicatorReading &part = component.timeframes[size_t(tf)].subs[size_t(k)];
                QTreeWidgetItem *frame = childItem(row, tf);
                setRow(frame, QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(tf))),
                       part.score, readingText(part));
                showInputs(frame, part);
            }
        }
    }
}

void SignalsView::revealFirstReading()
{
    for (int c = 0; c < m_breakdown->topLevelItemCount(); ++c) {
        QTreeWidgetItem *component = m_breakdown->topLevelItem(c);
        for (int k = 0; component && k < component->childCount(); ++k) {
            QTreeWidgetItem *sub = component->child(k);
            for (int i = 0; sub && i < sub->childCount(); ++i) {
                QTreeWidgetItem *part = sub->child(i);
                if (!part || part->childCount() == 0 || !part->data(1, kScoreRole).isValid())
                    continue;
                component->setExpanded(true);
                sub->setExpanded(true);
                part->setExpanded(true);
                m_breakdown->scrollToItem(part->child(part->childCount() - 1));
                return;
            }
        }
    }
}

void SignalsView::showInputs(QTreeWidgetItem *parent, const confluence::SubIndicatorReading &reading) const
{
    const int count = reading.state == confluence::Sufficiency::Ready
                          ? std::min(reading.inputCount, static_cast<int>(reading.inputs.size()))
                          : 0;
    trim(parent, count);
    for (int i = 0; i < count; ++i) {
        const confluence::ScoreInput &input = reading.inputs[size_t(i)];
        setRow(childItem(parent, i), CoreTexts::inputName(QLatin1String(input.name ? input.name : "")), NAN,
               valueText(input.value), false);
    }
}

QString SignalsView::readingText(const confluence::SubIndicatorReading &reading) const
{
    switch (reading.state) {
    case confluence::Sufficiency::Ready:
        return tr("ready · value %1").arg(valueText(reading.value));
    case confluence::Sufficiency::Warming:
        return tr("warming %1/%2").arg(reading.have).arg(reading.need);
    case confluence::Sufficiency::Unavailable:
        break;
    }
    return reading.why && *reading.why ? tr("unavailable: %1").arg(CoreTexts::text(QLatin1String(reading.why)))
                                       : tr("unavailable");
}

} // namespace virtuoso::ui
