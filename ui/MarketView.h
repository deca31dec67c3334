#pragma once

#include "TickerCandles.h"
#include "runtime/SnapshotPublisher.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCandlestickSeries;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
class QBarCategoryAxis;
class QLineSeries;
class QAreaSeries;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QLineEdit;
class QComboBox;

namespace virtuoso::ui {

class MarketsModel;

// Symbol table on the left; candles with volume and the order-book depth of the selected symbol
// on the right. Candles come from the snapshots; the book from a depth source asked at most twice
// a second while the view is visible.
class MarketView : public QWidget
{
    Q_OBJECT
public:
    using DepthSource = std::function<std::optional<OrderBookView>(const QString &symbol, int depth)>;

    explicit MarketView(QWidget *parent = nullptr);

    void setDepthSource(DepthSource source) { m_depthSource = std::move(source); }
    void applySnapshot(const CoreSnapshot &snapshot);
    void selectSymbol(const QString &symbol);
    // Candle width for the chart: 10 s, 1 min or 5 min (built from the 10 s base candles).
    void setCandleIntervalMs(qint64 intervalMs);
    qint64 candleIntervalMs() const;
    QString selectedSymbol() const { return m_symbol; }

    MarketsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *candleChart() const { return m_candleView; }
    QChartView *depthChart() const { return m_depthView; }
    // Candles currently drawn (after decimation) and depth points per side, for tests.
    int drawnCandles() const;
    int drawnDepthLevels() const { return m_drawnDepthLevels; }

    static constexpr int kMaxDrawnCandles = 120;
    static constexpr int kDepthLevels = 50;

private:
    void refreshCandles();
    void refreshDepth(qint64 nowMs);
    void buildCandleChart();
    void buildDepthChart();

    MarketsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_header;
    QComboBox *m_interval;
    TickerCandles m_candles;
    DepthSource m_depthSource;
    QString m_symbol;

    QChart *m_candleChart = nullptr;
    QChartView *m_candleView = nullptr;
    QCandlestickSeries *m_candleSeries = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_priceAxis = nullptr;
    QChart *m_volumeChart = nullptr;
    QChartView *m_volumeView = nullptr;
    QBarSeries *m_volumeSeries = nullptr;
    QBarSet *m_volumeSet = nullptr;
    QBarCategoryAxis *m_volumeCategories = nullptr;
    QValueAxis *m_volumeAxis = nullptr;
    qint64 m_drawnFirstOpenMs = -1;
    int m_drawnCount = 0;

    QChart *m_depthChartModel = nullptr;
    QChartView *m_depthView = nullptr;
    QLineSeries *m_bidLine = nullptr;
    QLineSeries *m_askLine = nullptr;
    QAreaSeries *m_bidArea = nullptr;
    QAreaSeries *m_askArea = nullptr;
    QValueAxis *m_depthPriceAxis = nullptr;
    QValueAxis *m_depthSizeAxis = nullptr;
    qint64 m_lastDepthMs = 0;
    int m_drawnDepthLevels = 0;
};

} // namespace virtuoso::ui
