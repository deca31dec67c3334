#include "MarketView.h"

#include "ChartAxes.h"
#include "DisplayFormat.h"
#include "MarketsModel.h"
#include "Theme.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>
#include <tuple>

namespace virtuoso::ui {

namespace {

const QColor kUp(0x2e, 0x9d, 0x4f);
const QColor kDown(0xd2, 0x3c, 0x3c);
constexpr qint64 kDepthRefreshMs = 500;
constexpr qint64 kExchangeCandlesRefreshMs = 1000;

} // namespace

MarketView::MarketView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MarketsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_header(new QLabel(this))
    , m_interval(new QComboBox(this))
{
    setObjectName(QStringLiteral("MarketView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MarketsModel::SortRole);
    m_proxy->setFilterKeyColumn(MarketsModel::SymbolColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("SymbolFilter"));
    m_filter->setPlaceholderText(tr("Filter symbols"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("MarketsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MarketsModel::SymbolColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_table->setWordWrap(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_fittedRows = -1; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString symbol = current.sibling(current.row(), MarketsModel::SymbolColumn).data().toString();
                if (!symbol.isEmpty() && symbol != m_symbol) {
                    m_symbol = symbol;
                    m_drawnFirstOpenMs = -1;
                    m_lastDepthMs = 0;
                    m_lastExchangeCandlesMs = 0;
                    refreshCandles();
                    refreshDepth(0);
                    updateOverlay();
                    emit symbolSelected(symbol);
                }
            });

    m_header->setObjectName(QStringLiteral("MarketHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setText(tr("Waiting for market data…"));

    m_interval->setObjectName(QStringLiteral("CandleInterval"));
    m_interval->addItem(tr("10 s candles"), 10'000);
    m_interval->addItem(tr("1 min candles"), 60'000);
    m_interval->addItem(tr("5 min candles"), 300'000);
    m_interval->addItem(tr("30 min candles"), 1'800'000);
    m_interval->addItem(tr("4 h candles"), 14'400'000);
    m_interval->setCurrentIndex(1);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        m_drawnFirstOpenMs = -1;
        m_lastExchangeCandlesMs = 0;
        refreshCandles();
    });

    buildCandleChart();
    buildDepthChart();
    for (QWidget *chart : {static_cast<QWidget *>(m_candleView), static_cast<QWidget *>(m_volumeView),
                           static_cast<QWidget *>(m_depthView)})
        chart->installEventFilter(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_candleView);
    charts->addWidget(m_volumeView);
    charts->addWidget(m_depthView);
    charts->setStretchFactor(0, 5);
    charts->setStretchFactor(1, 1);
    charts->setStretchFactor(2, 3);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_interval);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(charts, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({780, 620}); // the table's most read columns in view, the charts beside them
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void MarketView::buildCandleChart()
{
    m_candleChart = new QChart;
    m_candleChart->legend()->hide();
    m_candleSeries = new QCandlestickSeries;
    m_candleSeries->setIncreasingColor(kUp);
    m_candleSeries->setDecreasingColor(kDown);
    m_candleSeries->setBodyOutlineVisible(false);
    m_candleSeries->setMaximumColumnWidth(14);
    m_candleChart->addSeries(m_candleSeries);
    m_timeAxis = new QCategoryAxis;
    m_candleTimeValues = new QValueAxis;
    m_candleTimeValues->setVisible(false);
    m_priceAxis = new QCategoryAxis;
    m_candleChart->addAxis(m_candleTimeValues, Qt::AlignBottom);
    m_candleChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_candleChart->addAxis(m_priceAxis, Qt::AlignRight);
    m_candleSeries->attachAxis(m_candleTimeValues);
    m_candleSeries->attachAxis(m_priceAxis);
    styleChart(m_candleChart);
    m_candleView = new QChartView(m_candleChart, this);
    m_candleView->setObjectName(QStringLiteral("CandleChart"));
    m_candleView->setRenderHint(QPainter::Antialiasing);
    m_candleView->setMinimumHeight(180);
    m_overlay = new ChartOverlay(m_candleView, m_candleSeries);

    m_volumeChart = new QChart;
    m_volumeChart->legend()->hide();
    m_volumeSeries = new QBarSeries;
    m_volumeSeries->setBarWidth(0.8);
    m_volumeSet = new QBarSet(tr("Volume"));
    m_volumeSet->setColor(QColor(0x6c, 0x8e, 0xbf));
    m_volumeSet->setBorderColor(Qt::transparent);
    m_volumeSeries->append(m_volumeSet);
    m_volumeChart->addSeries(m_volumeSeries);
    m_volumeCategories = new QBarCategoryAxis;
    m_volumeCategories->setLabelsVisible(false);
    m_volumeCategories->setGridLineVisible(false);
    m_volumeAxis = new QCategoryAxis;
    m_volumeChart->addAxis(m_volumeCategories, Qt::AlignBottom);
    m_volumeChart->addAxis(m_volumeAxis, Qt::AlignRight);
    m_volumeSeries->attachAxis(m_volumeCategories);
    m_volumeSeries->attachAxis(m_volumeAxis);
    styleChart(m_volumeChart);
    m_volumeView = new QChartView(m_volumeChart, this);
    m_volumeView->setObjectName(QStringLiteral("VolumeChart"));
    m_volumeView->setMinimumHeight(90);
}

void MarketView::buildDepthChart()
{
    m_depthChartModel = new QChart;
    m_depthChartModel->legend()->setAlignment(Qt::AlignTop);
    m_bidLine = new QLineSeries;
    m_askLine = new QLineSeries;
    m_bidArea = new QAreaSeries(m_bidLine);
    m_askArea = new QAreaSeries(m_askLine);
    // An area series does not own its edge: each line goes with its area when the chart is freed.
    m_bidLine->setParent(m_bidArea);
    m_askLine->setParent(m_askArea);
    m_bidArea->setName(tr("Bids (cumulative)"));
    m_askArea->setName(tr("Asks (cumulative)"));
    QColor bidFill = kUp;
    bidFill.setAlpha(110);
    QColor askFill = kDown;
    askFill.setAlpha(110);
    m_bidArea->setBrush(bidFill);
    m_bidArea->setPen(QPen(kUp, 1.5));
    m_askArea->setBrush(askFill);
    m_askArea->setPen(QPen(kDown, 1.5));
    m_depthChartModel->addSeries(m_bidArea);
    m_depthChartModel->addSeries(m_askArea);
    m_depthPriceAxis = new QCategoryAxis;
    m_depthSizeAxis = new QCategoryAxis;
    m_depthChartModel->addAxis(m_depthPriceAxis, Qt::AlignBottom);
    m_depthChartModel->addAxis(m_depthSizeAxis, Qt::AlignRight);
    for (QAreaSeries *s : {m_bidArea, m_askArea}) {
        s->attachAxis(m_depthPriceAxis);
        s->attachAxis(m_depthSizeAxis);
    }
    styleChart(m_depthChartModel);
    m_depthView = new QChartView(m_depthChartModel, this);
    m_depthView->setObjectName(QStringLiteral("DepthChart"));
    m_depthView->setRenderHint(QPainter::Antialiasing);
    m_depthView->setMinimumHeight(150);
}

void MarketView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleLabelRefresh();
}

bool MarketView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        scheduleLabelRefresh();
    return QWidget::eventFilter(watched, event);
}

void MarketView::scheduleLabelRefresh()
{
    // After the layout that the show or resize starts: axes whose ticks did not change since a
    // layout done while the chart was hidden or tiny would keep their labels hidden.
    if (m_labelRefreshPending)
        return;
    m_labelRefreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_labelRefreshPending = false;
        for (QCategoryAxis *axis : {m_timeAxis, m_priceAxis, m_volumeAxis, m_depthPriceAxis, m_depthSizeAxis})
            chart_axes::refreshLabels(axis);
    });
}

void MarketView::fitColumns()
{
    // Each column as wide as its widest cell or its header (with the sort arrow), with some air.
    QHeaderView *header = m_table->horizontalHeader();
    const int padding = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c); // the wider of the cells and the header
        header->resizeSection(c, std::max(header->sectionSize(c) + padding, header->minimumSectionSize()));
    }
    m_fittedRows = m_model->rowCount();
}

void MarketView::setCandleIntervalMs(qint64 intervalMs)
{
    const int index = m_interval->findData(intervalMs);
    if (index >= 0)
        m_interval->setCurrentIndex(index);
}

qint64 MarketView::candleIntervalMs() const
{
    return m_interval->currentData().toLongLong();
}

int MarketView::drawnCandles() const
{
    return m_candleSeries->count();
}

void MarketView::selectSymbol(const QString &symbol)
{
    const int row = m_model->rowOf(symbol);
    if (row < 0) {
        m_symbol = symbol; // remembered until the symbol appears
        return;
    }
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void MarketView::applySnapshot(const CoreSnapshot &snapshot)
{
    m_model->applySnapshot(snapshot);
    m_candles.applySnapshot(snapshot);
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
        const int row = m_model->rowOf(m_symbol);
        m_symbol.clear();
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(std::max(0, row), 0)).row());
    }
    const MarketSummary *market = m_model->market(m_model->rowOf(m_symbol));
    m_overlay->setPriceDecimals(market ? market->priceDecimals : -1);
    if (!market) {
        m_header->setText(snapshot.markets.empty() ? tr("No market data in this data source yet.")
                                                   : tr("Select a symbol."));
        return;
    }
    const int row = m_model->rowOf(m_symbol);
    m_header->setText(tr("%1   %2   %3   spread %4")
                          .arg(market->symbol, m_model->index(row, MarketsModel::LastColumn).data().toString(),
                               m_model->index(row, MarketsModel::ChangeColumn).data().toString(),
                               m_model->index(row, MarketsModel::SpreadColumn).data().toString()));
    if (m_fittedRows != m_model->rowCount())
        fitColumns();
    if (isVisible()) {
        refreshCandles(snapshot.epochMs);
        refreshDepth(snapshot.epochMs);
    }
}

void MarketView::refreshCandles(qint64 nowMs)
{
    const int minutes = static_cast<int>(candleIntervalMs() / 60'000);
    // Exchange candles change once a second at most: asked for that often, redrawn when they come.
    if (m_candleSource && !m_symbol.isEmpty() && minutes >= 1 &&
        (nowMs == 0 || nowMs - m_lastExchangeCandlesMs >= kExchangeCandlesRefreshMs)) {
        m_lastExchangeCandlesMs = nowMs;
        m_candleSource(
            m_symbol, minutes, kMaxDrawnCandles,
            [self = QPointer<MarketView>(this), symbol = m_symbol, minutes](std::optional<CandleSeriesView> series) {
                if (MarketView *view = self.data())
                    view->onExchangeCandles(symbol, minutes, std::move(series));
            });
    }
    // The ticker's candles are redrawn on every snapshot; the exchange's when an answer arrives.
    if (m_drawsExchangeCandles && nowMs != 0 && minutes >= 1)
        return;
    drawHeldCandles();
}

void MarketView::onExchangeCandles(const QString &symbol, int intervalMinutes, std::optional<CandleSeriesView> series)
{
    if (symbol != m_symbol || intervalMinutes != static_cast<int>(candleIntervalMs() / 60'000))
        return; // asked for what is no longer shown
    m_exchangeBars.clear();
    m_exchangeSymbol = symbol;
    m_exchangeMinutes = intervalMinutes;
    if (series) {
        m_exchangeBars.reserve(series->bars.size());
        for (const CandleSeriesView::Bar &b : series->bars)
            m_exchangeBars.push_back({b.startMs, b.open, b.high, b.low, b.close, b.volume});
    }
    drawHeldCandles();
}

void MarketView::drawHeldCandles()
{
    const int minutes = static_cast<int>(candleIntervalMs() / 60'000);
    if (!m_exchangeBars.empty() && m_exchangeSymbol == m_symbol && m_exchangeMinutes == minutes && minutes >= 1) {
        m_drawsExchangeCandles = true;
        drawCandles(m_exchangeBars, tr("%1 · %2 from the exchange").arg(m_symbol, m_interval->currentText()));
        return;
    }
    m_drawsExchangeCandles = false;
    const std::deque<ChartCandle> *all = m_candles.candles(m_symbol);
    if (!all || all->empty()) {
        m_candleSeries->clear();
        m_volumeSet->remove(0, m_volumeSet->count());
        m_drawnFirstOpenMs = -1;
        m_axisLow = m_axisHigh = 0;
        m_overlay->hide();
        m_candleChart->setTitle(tr("No candles yet for %1: they build from the live ticker.").arg(m_symbol));
        return;
    }
    const std::vector<ChartCandle> merged = TickerCandles::aggregate(*all, candleIntervalMs());
    const std::vector<ChartCandle> drawn = TickerCandles::decimate(merged, kMaxDrawnCandles);
    drawCandles(drawn, drawn.size() == merged.size()
                           ? tr("%1 · %2 from the live ticker").arg(m_symbol, m_interval->currentText())
                           : tr("%1 · %2 candles (merged for display)").arg(m_symbol).arg(drawn.size()));
}

void MarketView::drawCandles(const std::vector<ChartCandle> &drawn, const QString &title)
{
    const bool sameFrame = m_drawnFirstOpenMs == drawn.front().openMs && m_drawnCount == static_cast<int>(drawn.size());
    if (sameFrame && m_candleSeries->count() == m_drawnCount) {
        // The common tick: only the live candle moved.
        QCandlestickSet *last = m_candleSeries->sets().constLast();
        const ChartCandle &c = drawn.back();
        last->setHigh(c.high);
        last->setLow(c.low);
        last->setClose(c.close);
        m_volumeSet->replace(m_volumeSet->count() - 1, c.volume);
    } else {
        m_candleSeries->clear();
        QList<QCandlestickSet *> sets;
        QStringList categories;
        QList<qreal> volumes;
        sets.reserve(static_cast<qsizetype>(drawn.size()));
        for (const ChartCandle &c : drawn) {
            sets << new QCandlestickSet(c.open, c.high, c.low, c.close, static_cast<qreal>(c.openMs));
            categories << QString::number(c.openMs);
            volumes << c.volume;
        }
        m_candleSeries->append(sets);
        m_volumeSet->remove(0, m_volumeSet->count());
        m_volumeSet->append(volumes);
        m_volumeCategories->setCategories(categories);
        m_drawnFirstOpenMs = drawn.front().openMs;
        m_drawnCount = static_cast<int>(drawn.size());
    }
    double low = drawn.front().low;
    double high = drawn.front().high;
    double maxVolume = 0;
    for (const ChartCandle &c : drawn) {
        low = std::min(low, c.low);
        high = std::max(high, c.high);
        maxVolume = std::max(maxVolume, c.volume);
    }
    std::tie(low, high) = fittedRange(low, high);
    const double pad = std::max((high - low) * 0.08, high * 1e-5);
    m_axisLow = low - pad;
    m_axisHigh = high + pad;
    chart_axes::applyTicks(m_priceAxis, low - pad, high + pad, chart_axes::valueTicks(low - pad, high + pad, 6));
    const qint64 span = drawn.size() > 1 ? drawn[1].openMs - drawn[0].openMs : candleIntervalMs();
    const qint64 fromMs = drawn.front().openMs - span;
    const qint64 toMs = drawn.back().openMs + span;
    // Round times; the date where the candles span days.
    m_candleTimeValues->setRange(double(fromMs), double(toMs));
    chart_axes::applyTicks(m_timeAxis, double(fromMs), double(toMs), chart_axes::timeTicks(fromMs, toMs, 7));
    const double volumeTop = maxVolume > 0 ? maxVolume * 1.1 : 1.0;
    chart_axes::applyTicks(m_volumeAxis, 0, volumeTop, chart_axes::valueTicks(0, volumeTop, 2, /*si=*/true));
    m_candleChart->setTitle(title);
    m_overlay->show();
    m_overlay->update();
}

void MarketView::refreshDepth(qint64 nowMs)
{
    if (nowMs != 0 && nowMs - m_lastDepthMs < kDepthRefreshMs)
        return;
    m_lastDepthMs = nowMs;
    if (!m_depthSource || m_symbol.isEmpty()) {
        drawDepth(std::nullopt);
        return;
    }
    m_depthSource(m_symbol, kDepthLevels,
                  [self = QPointer<MarketView>(this), symbol = m_symbol](std::optional<OrderBookView> book) {
                      if (MarketView *view = self.data())
                          view->onDepth(symbol, book);
                  });
}

void MarketView::onDepth(const QString &symbol, const std::optional<OrderBookView> &book)
{
    if (symbol == m_symbol) // asked for a symbol no longer shown otherwise
        drawDepth(book);
}

void MarketView::drawDepth(const std::optional<OrderBookView> &book)
{
    if (!book || (book->bids.empty() && book->asks.empty())) {
        m_bidLine->clear();
        m_askLine->clear();
        m_drawnDepthLevels = 0;
        m_depthChartModel->setTitle(m_depthSource ? tr("No order book for %1 yet.").arg(m_symbol)
                                                  : tr("Order-book depth is not available from this data source."));
        return;
    }
    // Step lines: cumulative size at each price, best price outwards on each side.
    const auto steps = [](const std::vector<std::pair<QString, QString>> &levels, double *minP, double *maxP,
                          double *maxSize) {
        QList<QPointF> points;
        double cumulative = 0;
        for (const auto &[priceText, sizeText] : levels) {
            const double price = priceText.toDouble();
            if (!points.isEmpty())
                points << QPointF(price, cumulative);
            cumulative += sizeText.toDouble();
            points << QPointF(price, cumulative);
            *minP = std::min(*minP, price);
            *maxP = std::max(*maxP, price);
        }
        *maxSize = std::max(*maxSize, cumulative);
        return points;
    };
    double minP = std::numeric_limits<double>::max();
    double maxP = std::numeric_limits<double>::lowest();
    double maxSize = 0;
    m_bidLine->replace(steps(book->bids, &minP, &maxP, &maxSize));
    m_askLine->replace(steps(book->asks, &minP, &maxP, &maxSize));
    m_drawnDepthLevels = static_cast<int>(std::max(book->bids.size(), book->asks.size()));
    if (maxP > minP)
        chart_axes::applyTicks(m_depthPriceAxis, minP, maxP, chart_axes::valueTicks(minP, maxP, 5));
    const double sizeTop = maxSize > 0 ? maxSize * 1.05 : 1.0;
    chart_axes::applyTicks(m_depthSizeAxis, 0, sizeTop, chart_axes::valueTicks(0, sizeTop, 3, /*si=*/true));
    m_depthChartModel->setTitle(
        book->valid
            ? tr("%1 order book · %2 levels per side · u %3").arg(m_symbol).arg(m_drawnDepthLevels).arg(book->updateId)
            : tr("%1 order book is resyncing").arg(m_symbol));
}

} // namespace virtuoso::ui
