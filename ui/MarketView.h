#pragma once

#include "ChartOverlay.h"
#include "TickerCandles.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCandlestickSeries;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QCategoryAxis;
class QValueAxis;
class QBarCategoryAxis;
class QLineSeries;
class QAreaSeries;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QLineEdit;
class QComboBox;

namespace virtuoso::trading {
struct TradingView;
}

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
    // Asynchronous sources (ViewDataSource): a request returns at once and the answer arrives
    // through the callback, on the GUI thread, maybe later; an answer for a symbol or interval no
    // longer shown is dropped.
    using DepthDone = std::function<void(std::optional<OrderBookView>)>;
    using DepthSource = std::function<void(const QString &symbol, int depth, DepthDone done)>;
    using CandlesDone = std::function<void(std::optional<CandleSeriesView>)>;
    using CandleSource = std::function<void(const QString &symbol, int intervalMinutes, int limit, CandlesDone done)>;

    explicit MarketView(QWidget *parent = nullptr);

    void setDepthSource(DepthSource source) { m_depthSource = std::move(source); }
    void setCandleSource(CandleSource source) { m_candleSource = std::move(source); }
    void applySnapshot(const CoreSnapshot &snapshot);
    void selectSymbol(const QString &symbol);
    // Candle width for the chart: 10 s, 1 min, 5 min, 30 min or 4 h.
    void setCandleIntervalMs(qint64 intervalMs);
    qint64 candleIntervalMs() const;
    QString selectedSymbol() const { return m_symbol; }
    // Sizes every column of the symbol table to its content and header, with a minimum.
    void fitColumns();

    MarketsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *candleChart() const { return m_candleView; }
    QChartView *depthChart() const { return m_depthView; }
    // Candles currently drawn (after decimation) and depth points per side, for tests.
    int drawnCandles() const;
    // True when the drawn candles are the exchange's rather than built from the ticker.
    bool drawsExchangeCandles() const { return m_drawsExchangeCandles; }
    int drawnDepthLevels() const { return m_drawnDepthLevels; }

    // The desk's open orders, position (entry, stop-loss, take-profit) and fills of the selected symbol,
    // drawn over the candle chart; null draws none.
    void setTradingView(std::shared_ptr<const trading::TradingView> view);
    // A trade plan's lines (entry, stop, targets) over the chart while `symbol` is shown; an empty
    // symbol removes them.
    void showPlan(const QString &symbol, std::vector<ChartLevel> levels);
    QString planSymbol() const { return m_planSymbol; }
    ChartOverlay *chartOverlay() const { return m_overlay; }

    static constexpr int kMaxDrawnCandles = 120;
    static constexpr int kDepthLevels = 50;

signals:
    // The operator selected another symbol's row.
    void symbolSelected(const QString &symbol);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Asks for the exchange's candles when due and draws what is held: the exchange's candles of
    // the selected symbol and interval when they have arrived, the ticker's otherwise.
    void refreshCandles(qint64 nowMs = 0);
    void onExchangeCandles(const QString &symbol, int intervalMinutes, std::optional<CandleSeriesView> series);
    void drawHeldCandles();
    void drawCandles(const std::vector<ChartCandle> &drawn, const QString &title);
    void refreshDepth(qint64 nowMs);
    void onDepth(const QString &symbol, const std::optional<OrderBookView> &book);
    void drawDepth(const std::optional<OrderBookView> &book);
    void buildCandleChart();
    void buildDepthChart();
    // Levels and markers of the selected symbol onto the overlay; the candles are drawn again when a
    // level that should fit lies outside the price axis.
    void updateOverlay();
    // The price range the axis should span: the candles' and the overlay's levels near them.
    std::pair<double, double> fittedRange(double low, double high) const;

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
    // The exchange's candles last answered, and the symbol and interval (minutes) they are of.
    std::vector<ChartCandle> m_exchangeBars;
    QString m_exchangeSymbol;
    int m_exchangeMinutes = 0;
    QString m_symbol;

    QChart *m_candleChart = nullptr;
    QChartView *m_candleView = nullptr;
    QCandlestickSeries *m_candleSeries = nullptr;
    // Candlesticks place themselves only on a value or date axis: they sit on a hidden value axis
    // and the labelled time axis beside it spans the same range.
    QValueAxis *m_candleTimeValues = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_priceAxis = nullptr;
    QChart *m_volumeChart = nullptr;
    QChartView *m_volumeView = nullptr;
    QBarSeries *m_volumeSeries = nullptr;
    QBarSet *m_volumeSet = nullptr;
    QBarCategoryAxis *m_volumeCategories = nullptr;
    QCategoryAxis *m_volumeAxis = nullptr;
    qint64 m_drawnFirstOpenMs = -1;
    int m_drawnCount = 0;

    QChart *m_depthChartModel = nullptr;
    QChartView *m_depthView = nullptr;
    QLineSeries *m_bidLine = nullptr;
    QLineSeries *m_askLine = nullptr;
    QAreaSeries *m_bidArea = nullptr;
    QAreaSeries *m_askArea = nullptr;
    QCategoryAxis *m_depthPriceAxis = nullptr;
    QCategoryAxis *m_depthSizeAxis = nullptr;
    int m_fittedRows = -1; // the row count the columns were last fitted to
    bool m_labelRefreshPending = false;
    void scheduleLabelRefresh();
    qint64 m_lastDepthMs = 0;
    int m_drawnDepthLevels = 0;

    ChartOverlay *m_overlay = nullptr;
    std::shared_ptr<const trading::TradingView> m_tradingView;
    QString m_planSymbol;
    std::vector<ChartLevel> m_planLevels;
    double m_axisLow = 0, m_axisHigh = 0; // the price axis as last drawn
};

} // namespace virtuoso::ui
