#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAbstractSeries;
class QChartView;

namespace virtuoso::trading {
struct TradingView;
}

namespace virtuoso::ui {

// A horizontal line at a price across a candle chart, labelled at its right end.
struct ChartLevel
{
    double price = 0;
    QColor color;
    QString label;
    bool dashed = false;
    bool fitsAxis = true; // the chart's price axis should stretch to show it
};

// A fill at its time and price: ▲ buy, ▼ sell.
struct ChartMarker
{
    qint64 timeMs = 0;
    double price = 0;
    bool buy = true;
};

// What the desk shows on a symbol's chart: its open orders (buy and sell colours, labelled with the
// side and quantity), the position's entry, its stop-loss and take-profit, and its fills.
struct TradingOverlay
{
    std::vector<ChartLevel> levels;
    std::vector<ChartMarker> markers;
};
TradingOverlay tradingOverlay(const trading::TradingView &view, const QString &symbol);

// A trade plan's lines: the entry, the stop and the targets T1–T3 at 1R, 2R, 3R.
std::vector<ChartLevel> planLevels(double entry, double stop, const double (&targets)[3], int chosenTarget);

// Paints levels and markers over a QChartView's plot, mapped through `series` (a series attached to
// the chart's time and price axes, time in epoch ms). A transparent child of the view's viewport: it
// takes no mouse events and repaints when told (update()), so a chart that redraws at its frame rate
// repaints it once per frame, never once per change.
class ChartOverlay : public QWidget
{
    Q_OBJECT
public:
    ChartOverlay(QChartView *view, QAbstractSeries *series);

    void setLevels(std::vector<ChartLevel> levels);
    void setMarkers(std::vector<ChartMarker> markers);
    // Decimals of the labels' prices (the instrument's tick); -1: as many as the price needs.
    void setPriceDecimals(int decimals);
    const std::vector<ChartLevel> &levels() const { return m_levels; }
    const std::vector<ChartMarker> &markers() const { return m_markers; }
    // The prices of the levels that should fit the axis, lowest and highest; nothing without any.
    std::optional<std::pair<double, double>> priceRange() const;
    // What the last paint drew (tests): levels inside the plot, levels pinned to its edge, markers.
    int paintedLevels() const { return m_paintedLevels; }
    int pinnedLevels() const { return m_pinnedLevels; }
    int paintedMarkers() const { return m_paintedMarkers; }
    // The y of `price` in this widget's coordinates (tests, the overlay itself).
    double yOf(double price) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *m_view;
    QAbstractSeries *m_series;
    std::vector<ChartLevel> m_levels;
    std::vector<ChartMarker> m_markers;
    int m_paintedLevels = 0;
    int m_pinnedLevels = 0;
    int m_paintedMarkers = 0;
    int m_decimals = -1;
};

} // namespace virtuoso::ui
