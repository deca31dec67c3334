#include "PerformanceView.h"

#include "Theme.h"
#include "base/QueuedCall.h"
#include "engine/CoreRuntime.h"
#include "store/OutcomeStore.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {

const QString kLiveRun = QStringLiteral("live");

QString number(double value, int decimals = 2)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("–") : QLocale().toString(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QString timeText(std::int64_t ms)
{
    return ms < 0 ? QStringLiteral("–")
                  : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(align);
    return item;
}

QChartView *chartView(const QString &title)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setTitle(title);
    view->chart()->legend()->hide();
    view->setMinimumHeight(180);
    styleChart(view->chart());
    return view;
}

void setAxes(QChart *chart, QValueAxis *x, QValueAxis *y)
{
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    styleChart(chart);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        axis->setTitleBrush(axis->labelsBrush()); // titles as readable as the labels in either theme
}

} // namespace

PerformanceView::PerformanceView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_reload(new QPushButton(tr("Refresh")))
    , m_scorecard(new QStandardItemModel(this))
    , m_scorecardTable(new QTableView)
    , m_outcomes(new QStandardItemModel(this))
    , m_outcomesTable(new QTableView)
    , m_equityView(chartView(tr("Equity (cumulative net R by exit)")))
    , m_calibrationView(chartView(tr("Calibration: forward return by score")))
    , m_horizon(new QComboBox)
    , m_detail(new QTextBrowser)
    , m_content(new QWidget)
{
    setObjectName(QStringLiteral("PerformanceView"));
    m_summary->setObjectName(QStringLiteral("PerformanceSummary"));
    m_summary->setWordWrap(true);
    m_scorecard->setHorizontalHeaderLabels({tr("Group"), tr("Key"), tr("Closed"), tr("Hit rate"), tr("Avg R"),
                                            tr("Profit factor"), tr("Total R"), tr("Max drawdown R"), tr("Avg MFE R"),
                                            tr("Avg MAE R")});
    m_outcomes->setHorizontalHeaderLabels(
        {tr("Signal time"), tr("Symbol"), tr("Direction"), tr("Score"), tr("Status"), tr("Exit"), tr("Net R")});
    for (QTableView *table : {m_scorecardTable, m_outcomesTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setAlternatingRowColors(true);
    }
    m_scorecardTable->setObjectName(QStringLiteral("PerformanceScorecard"));
    m_scorecardTable->setModel(m_scorecard);
    m_outcomesTable->setObjectName(QStringLiteral("PerformanceOutcomes"));
    m_outcomesTable->setModel(m_outcomes);
    m_detail->setObjectName(QStringLiteral("PerformanceDetail"));
    m_detail->setPlaceholderText(tr("Select an outcome to see what was known at its signal, its plan and its end."));
    m_horizon->setToolTip(tr("Forward-return horizon of the calibration"));
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this](int) { drawCalibration(); });
    connect(m_outcomesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectOutcome(current.row()); });
    connect(m_reload, &QPushButton::clicked, this, &PerformanceView::reload);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Horizon:")));
    top->addWidget(m_horizon);
    top->addWidget(m_reload);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_equityView);
    charts->addWidget(m_calibrationView);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_outcomesTable);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Vertical);
    main->addWidget(m_scorecardTable);
    main->addWidget(charts);
    main->addWidget(lower);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(main);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);
    setUnavailable(tr("Signal outcomes are not available from this source."));
}

void PerformanceView::setLoader(Loader loader, int refreshMs)
{
    m_loader = std::move(loader);
    m_loading = false;
    ++m_generation;
    m_reload->setEnabled(static_cast<bool>(m_loader));
    // Nothing of the previous source stays on screen.
    applyData(PerformanceData::unavailable(tr("Loading signal outcomes…")));
    if (m_loader) {
        m_refresh.start(refreshMs);
        reload();
    } else {
        m_refresh.stop();
    }
}

void PerformanceView::setUnavailable(const QString &reason)
{
    m_loader = nullptr;
    ++m_generation;
    m_loading = false;
    m_refresh.stop();
    m_reload->setEnabled(false);
    applyData(PerformanceData::unavailable(reason));
}

PerformanceView::Loader PerformanceView::localLoader(CoreRuntime *core)
{
    return [core](std::function<void(PerformanceData)> done) {
        const QString path = core->outcomesPath();
        if (path.isEmpty()) {
            done(PerformanceData::unavailable(
                tr("Signal outcomes are off in this core: they are kept with the history ([store] enabled).")));
            return;
        }
        // The store is read on the core's query thread, never the GUI's.
        core->postQuery([path, done = std::move(done)] {
            PerformanceData data;
            store::OutcomeStore db;
            if (!db.open(path, true)) {
                data.reason = tr("No signal outcomes yet (%1).").arg(db.lastError());
                done(std::move(data));
                return;
            }
            std::vector<outcomes::Outcome> all = db.loadOutcomes(kLiveRun);
            data.card = outcomes::Scorecard::compute(all, db.loadSamples(kLiveRun));
            const size_t keep = std::min<size_t>(all.size(), kMaxOutcomesShown);
            data.outcomes.assign(std::make_move_iterator(all.end() - static_cast<std::ptrdiff_t>(keep)),
                                 std::make_move_iterator(all.end()));
            data.available = true;
            data.asOfMs = QDateTime::currentMSecsSinceEpoch();
            done(std::move(data));
        });
    };
}

void PerformanceView::reload()
{
    if (!m_loader || m_loading)
        return;
    m_loading = true;
    m_reload->setEnabled(false);
    m_loader([self = QPointer<PerformanceView>(this), generation = m_generation](PerformanceData data) {
        // Back on the GUI thread, where the view may be gone, or reading another source, by now.
        postQueued(QCoreApplication::instance(), [self, generation, data = std::move(data)] {
            PerformanceView *view = self.data();
            if (!view || view->m_generation != generation)
                return;
            view->m_loading = false;
            view->m_reload->setEnabled(true);
            view->applyData(data);
        });
    });
}

void PerformanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

QString PerformanceView::figuresSummary() const
{
    const outcomes::Scorecard &c = m_data.card;
    QString text = tr("%n signal(s): %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, "
                      "average %6 R per trade.",
                      "", c.signalCount)
                       .arg(c.closed)
                       .arg(c.open)
                       .arg(c.noPlan)
                       .arg(number(c.overall.totalR))
                       .arg(percent(c.overall.hitRate))
                       .arg(number(c.overall.averageR));
    if (!m_data.origin.isEmpty())
        text += QLatin1Char(' ') + tr("From %1 as of %2.").arg(m_data.origin, timeText(m_data.asOfMs));
    return text;
}

void PerformanceView::applyData(const PerformanceData &data)
{
    if (!data.available && data.failed && m_data.available) {
        // The read failed: what is shown stays, greyed and dated, never as if it were current.
        m_stale = true;
        m_content->setEnabled(false);
        const qint64 ageS = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - m_data.asOfMs) / 1000);
        const QString age = ageS < 120    ? tr("%1 s").arg(ageS)
                            : ageS < 7200 ? tr("%1 min").arg(ageS / 60)
                                          : tr("%1 h").arg(ageS / 3600);
        m_summary->setText(tr("%1\nThe figures below are not current: they were read at %2, %3 ago.")
                               .arg(data.reason, timeText(m_data.asOfMs), age));
        m_summary->setStyleSheet(QStringLiteral("color: #d04a4a;"));
        emit dataApplied();
        return;
    }
    const QString selectedId = [this] {
        const QModelIndex current = m_outcomesTable->currentIndex();
        return current.isValid() ? m_outcomes->item(current.row(), 0)->data(Qt::UserRole).toString() : QString();
    }();
    m_stale = false;
    m_data = data;
    m_content->setEnabled(data.available);
    m_summary->setStyleSheet(data.failed ? QStringLiteral("color: #d04a4a;") : QString());
    m_summary->setText(data.available ? figuresSummary() : data.reason);
    const int horizon = m_horizon->currentIndex();
    m_horizon->blockSignals(true);
    m_horizon->clear();
    for (const outcomes::Calibration &cal : data.card.calibration)
        m_horizon->addItem(QString::fromStdString(cal.horizon));
    m_horizon->setCurrentIndex(horizon >= 0 && horizon < m_horizon->count() ? horizon
                                                                            : std::min(1, m_horizon->count() - 1));
    m_horizon->blockSignals(false);
    fillScorecard();
    fillOutcomes();
    drawEquity();
    drawCalibration();
    // The same outcome stays selected across refreshes.
    for (int row = 0; row < m_outcomes->rowCount() && !selectedId.isEmpty(); ++row)
        if (m_outcomes->item(row, 0)->data(Qt::UserRole).toString() == selectedId) {
            m_outcomesTable->setCurrentIndex(m_outcomes->index(row, 0));
            break;
        }
    emit dataApplied();
}

void PerformanceView::setCalibrationHorizon(int index)
{
    m_horizon->setCurrentIndex(index);
}

void PerformanceView::fillScorecard()
{
    m_scorecard->removeRows(0, m_scorecard->rowCount());
    if (!m_data.available)
        return;
    const auto addRow = [this](const QString &group, const QString &key, const outcomes::ScoreStats &s) {
        m_scorecard->appendRow({cell(group, Qt::AlignLeft | Qt::AlignVCenter),
                                cell(key, Qt::AlignLeft | Qt::AlignVCenter), cell(QString::number(s.count)),
                                cell(percent(s.hitRate)), cell(number(s.averageR)), cell(number(s.profitFactor)),
                                cell(number(s.totalR)), cell(number(s.maxDrawdownR)), cell(number(s.averageMfeR)),
                                cell(number(s.averageMaeR))});
    };
    const outcomes::Scorecard &c = m_data.card;
    addRow(tr("Overall"), tr("all signals"), c.overall);
    for (const outcomes::ScoreRow &r : c.byDirection)
        addRow(tr("Direction"),
               r.key == "long"    ? tr("long")
               : r.key == "short" ? tr("short")
                                  : QString::fromStdString(r.key),
               r.stats);
    for (const outcomes::ScoreRow &r : c.bySymbol)
        addRow(tr("Symbol"), QString::fromStdString(r.key), r.stats);
    for (const outcomes::ScoreRow &r : c.byScoreBucket)
        addRow(tr("Score"), QString::fromStdString(r.key), r.stats);
    m_scorecardTable->resizeColumnsToContents();
}

void PerformanceView::fillOutcomes()
{
    m_outcomes->removeRows(0, m_outcomes->rowCount());
    // Newest first.
    for (auto it = m_data.outcomes.rbegin(); it != m_data.outcomes.rend(); ++it) {
        const outcomes::Outcome &o = *it;
        QStandardItem *time = cell(timeText(o.signal.timeMs), Qt::AlignLeft | Qt::AlignVCenter);
        time->setData(QString::fromStdString(o.id), Qt::UserRole);
        const QString direction = o.signal.direction == confluence::Direction::Long    ? tr("long")
                                  : o.signal.direction == confluence::Direction::Short ? tr("short")
                                                                                       : tr("neutral");
        QString status;
        switch (o.status) {
        case outcomes::OutcomeStatus::Pending:
            status = tr("pending");
            break;
        case outcomes::OutcomeStatus::Open:
            status = tr("open");
            break;
        case outcomes::OutcomeStatus::Closed:
            status = tr("closed");
            break;
        case outcomes::OutcomeStatus::NoPlan:
            status = tr("no plan");
            break;
        }
        auto *netR = cell(o.closed() ? number(o.netR) : QStringLiteral("–"));
        if (o.closed() && !std::isnan(o.netR))
            netR->setForeground(o.netR > 0 ? QColor(0x2e, 0x9e, 0x5b) : QColor(0xd0, 0x4a, 0x4a));
        m_outcomes->appendRow(
            {time, cell(QString::fromStdString(o.signal.symbol), Qt::AlignLeft | Qt::AlignVCenter),
             cell(direction, Qt::AlignLeft | Qt::AlignVCenter), cell(number(o.signal.score, 1)),
             cell(status, Qt::AlignLeft | Qt::AlignVCenter),
             cell(o.closed() ? QString::fromLatin1(outcomes::exitReasonName(o.exitReason)) : QStringLiteral("–"),
                  Qt::AlignLeft | Qt::AlignVCenter),
             netR});
    }
    m_outcomesTable->resizeColumnsToContents();
    if (m_outcomes->rowCount() == 0)
        m_detail->clear();
}

void PerformanceView::drawEquity()
{
    QChart *chart = m_equityView->chart();
    chart->removeAllSeries();
    auto *line = new QLineSeries;
    QList<QPointF> points{QPointF(0, 0)};
    double low = 0, high = 0;
    for (size_t i = 0; i < m_data.card.equityR.size(); ++i) {
        points.append(QPointF(double(i + 1), m_data.card.equityR[i]));
        low = std::min(low, m_data.card.equityR[i]);
        high = std::max(high, m_data.card.equityR[i]);
    }
    line->replace(points);
    chart->addSeries(line);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Closed outcomes"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max<double>(4, double(points.size() - 1)));
    x->applyNiceNumbers(); // ticks on round values (whole outcomes, 1, 2 or 5 R apart)
    auto *y = new QValueAxis;
    y->setTitleText(tr("Net R"));
    const double pad = std::max(0.5, (high - low) * 0.1);
    y->setRange(low - pad, high + pad);
    y->applyNiceNumbers();
    setAxes(chart, x, y);
}

void PerformanceView::drawCalibration()
{
    QChart *chart = m_calibrationView->chart();
    chart->removeAllSeries();
    const int index = m_horizon->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_data.card.calibration.size())) {
        setAxes(chart, new QValueAxis, new QValueAxis);
        return;
    }
    const outcomes::Calibration &cal = m_data.card.calibration[size_t(index)];
    auto *mean = new QLineSeries;
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(7);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    double low = 0, high = 0;
    for (const outcomes::CalibrationRow &r : cal.rows) {
        const double x = (r.low + r.high) / 2;
        if (std::isnan(r.meanBps))
            continue;
        mean->append(x, r.meanBps);
        dots->append(x, r.meanBps);
        // A bucket of one sample has no interval: its band is the mean itself.
        const double ciLow = std::isnan(r.ciLowBps) ? r.meanBps : r.ciLowBps;
        const double ciHigh = std::isnan(r.ciHighBps) ? r.meanBps : r.ciHighBps;
        upper->append(x, ciHigh);
        lower->append(x, ciLow);
        low = std::min(low, ciLow);
        high = std::max(high, ciHigh);
    }
    auto *band = new QAreaSeries(upper, lower);
    upper->setParent(band); // the area series does not own its edges
    lower->setParent(band);
    QColor fill = palette().highlight().color();
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    chart->addSeries(mean);
    chart->addSeries(dots);
    chart->setTitle(tr("Calibration: mean %1 forward return by score, 95% interval (n = %2, Spearman ρ = %3)")
                        .arg(QString::fromStdString(cal.horizon))
                        .arg(cal.n)
                        .arg(number(cal.spearman, 3)));
    auto *x = new QValueAxis;
    x->setTitleText(tr("Score"));
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Forward return (bps)"));
    const double pad = std::max(1.0, (high - low) * 0.1);
    y->setRange(low - pad, high + pad);
    y->applyNiceNumbers();
    setAxes(chart, x, y);
}

void PerformanceView::selectOutcome(int row)
{
    const size_t count = m_data.outcomes.size();
    if (row < 0 || size_t(row) >= count) {
        m_detail->clear();
        return;
    }
    if (m_outcomesTable->currentIndex().row() != row)
        m_outcomesTable->setCurrentIndex(m_outcomes->index(row, 0));
    m_detail->setHtml(outcomeDetail(m_data.outcomes[count - 1 - size_t(row)]));
}

QString PerformanceView::outcomeDetail(const outcomes::Outcome &o) const
{
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const outcomes::SignalContext &s = o.signal;
    QString html = QStringLiteral("<h3>%1</h3>").arg(QString::fromStdString(o.id).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("At the signal").toHtmlEscaped());
    html += line(tr("Time"), timeText(s.timeMs));
    html += line(tr("Score"), number(s.score, 1));
    html += line(tr("Reliability"), percent(s.reliability));
    html += line(tr("Leaning hardest"), QString::fromStdString(s.dominantName()));
    html += line(tr("Timeframes agreeing"), QString::fromStdString(s.agreementLabel()));
    html += line(tr("Regime (ADX)"),
                 QStringLiteral("%1 (%2)").arg(QString::fromLatin1(outcomes::regimeName(s.regime)), number(s.adx, 1)));
    html += line(tr("Last price"), number(s.referencePrice, 6));
    html += line(tr("ATR(14)"), number(s.atr, 6));
    html += line(tr("Swing low / high"), number(s.swingLow, 6) + QStringLiteral(" / ") + number(s.swingHigh, 6));
    html += QStringLiteral("</table><p><b>%1</b></p><table>").arg(tr("Plan").toHtmlEscaped());
    if (o.plan.valid) {
        html += line(tr("Entry"), number(o.plan.entry, 6) + QStringLiteral(" · ") + timeText(o.entryTimeMs));
        html += line(tr("Stop"), number(o.plan.stop, 6));
        for (size_t i = 0; i < o.plan.targets.size(); ++i) {
            const std::int64_t reached = o.timeToTargetMs[i];
            html += line(tr("Target %1R").arg(i + 1),
                         number(o.plan.targets[i], 6) +
                             (reached >= 0 ? tr(" · reached after %1 s").arg(reached / 1000) : QString()));
        }
        html += line(tr("Excursion (MFE / MAE)"),
                     number(o.mfeR) + QStringLiteral(" R / ") + number(o.maeR) + QStringLiteral(" R"));
    } else {
        html += line(tr("No plan"), o.status == outcomes::OutcomeStatus::NoPlan ? tr("ATR not ready at the signal")
                                                                                : tr("waiting for the entry"));
    }
    html += QStringLiteral("</table>");
    if (o.closed()) {
        html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Exit").toHtmlEscaped());
        html += line(tr("Reason"), QString::fromLatin1(outcomes::exitReasonName(o.exitReason)));
        html += line(tr("Price"), number(o.exitPrice, 6) + QStringLiteral(" · ") + timeText(o.exitTimeMs));
        html += line(tr("Gross / costs / net R"), number(o.grossR) + QStringLiteral(" / ") + number(o.costR) +
                                                      QStringLiteral(" / ") + number(o.netR));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Forward returns").toHtmlEscaped());
    const char *horizons[] = {"5m", "1h", "4h"};
    for (size_t i = 0; i < o.forwardReturn.size(); ++i)
        html +=
            line(QString::fromLatin1(horizons[i]),
                 std::isnan(o.forwardReturn[i]) ? tr("not yet") : number(o.forwardReturn[i] * 10'000, 1) + tr(" bps"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace virtuoso::ui
