#pragma once

#include "TickerCandles.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

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
// on the right. Candles of a minute and longer are the exchange's (history and stream, from a candle
// source asked at most once a second while the view is visible); 10 s candles, and every interval
// when no candle source answers, are built from the snapshots' ticker. The book comes from a depth
// source asked at most twice a second.
class MarketView : public QWidget
{
    Q_OBJECT
public:
    using DepthSource = std::function<std::optional<OrderBookView>(const QString &symbol, int depth)>;
    using CandleSource =
        std::function<std::optional<CandleSeriesView>(const QString &symbol, int intervalMinutes, int limit)>;

    explicit MarketView(QWidget *parent = nullptr);

    void setDepthSource(DepthSource source) { m_depthSource = std::move(source); }
    void setCandleSource(CandleSource source) { m_candleSource = std::move(source); }
    void applySnapshot(const CoreSnapshot &snapshot);
    void selectSymbol(const QString &symbol);
    // Candle width for the chart: 10 s, 1 min, 5 min, 30 min or 4 h.
    void setCandleIntervalMs(qint64 intervalMs);
    qint64 candleIntervalMs() const;
    QString selectedSymbol() const { return m_symbol; }

    MarketsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *candleChart() const { return m_candleView; }
    QChartView *depthChart() const { return m_depthView; }
    // Candles currently drawn (after decimation) and depth points per side, for tests.
    int drawnCandles() const;
    // True when the drawn candles are the exchange's rather than built from the ticker.
    bool drawsExchangeCandles() const { return m_drawsExchangeCandles; }
    int drawnDepthLevels() const { return m_drawnDepthLevels; }

    static constexpr int kMaxDrawnCandles = 120;
    static constexpr int kDepthLevels = 50;

private:
    void refreshCandles(qint64 nowMs = 0);
    // The exchange's candles for the selected symbol and interval, or nothing.
    std::optional<std::vector<ChartCandle>> exchangeCandles();
    void drawCandles(const std::vector<ChartCandle> &drawn, const QString &title);
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
    CandleSource m_candleSource;
    qint64 m_lastExchangeCandlesMs = 0;
    bool m_drawsExchangeCandles = false;
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
