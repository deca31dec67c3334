// The market view's candle chart overlay: the desk's orders, position and fills of the selected
// symbol, and a trade plan's lines.
#include "MarketView.h"

#include "MarketsModel.h"
#include "trading/TradingService.h"

#include <QChartView>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

void MarketView::setTradingView(std::shared_ptr<const trading::TradingView> view)
{
    if (view == m_tradingView)
        return;
    m_tradingView = std::move(view);
    updateOverlay();
}

void MarketView::showPlan(const QString &symbol, std::vector<ChartLevel> levels)
{
    m_planSymbol = symbol;
    m_planLevels = symbol.isEmpty() ? std::vector<ChartLevel>{} : std::move(levels);
    updateOverlay();
}

void MarketView::updateOverlay()
{
    std::vector<ChartLevel> levels;
    std::vector<ChartMarker> markers;
    if (!m_symbol.isEmpty() && m_planSymbol == m_symbol)
        levels = m_planLevels;
    if (m_tradingView && !m_symbol.isEmpty()) {
        TradingOverlay desk = tradingOverlay(*m_tradingView, m_symbol);
        levels.insert(levels.end(), desk.levels.begin(), desk.levels.end());
        markers = std::move(desk.markers);
    }
    const MarketSummary *market = m_model->market(m_model->rowOf(m_symbol));
    m_overlay->setPriceDecimals(market ? market->priceDecimals : -1);
    m_overlay->setLevels(std::move(levels));
    m_overlay->setMarkers(std::move(markers));
    // A level that should be in view but lies beyond the axis: the candles again, with the axis widened.
    if (m_axisHigh > m_axisLow) {
        const auto [low, high] = fittedRange(m_axisLow, m_axisHigh);
        if (low < m_axisLow || high > m_axisHigh)
            drawHeldCandles();
    }
}

std::pair<double, double> MarketView::fittedRange(double low, double high) const
{
    const auto range = m_overlay->priceRange();
    if (!range)
        return {low, high};
    // Only levels near the candles stretch the axis: a plan's or a position's levels are a few ATR
    // away; one far off (an order placed far from the market) would flatten the candles and is pinned
    // to the chart's edge instead.
    const double mid = (low + high) / 2;
    const double reach = std::max((high - low) * 6, mid * 0.05);
    for (const ChartLevel &level : m_overlay->levels()) {
        if (!level.fitsAxis || !std::isfinite(level.price) || std::fabs(level.price - mid) > reach)
            continue;
        low = std::min(low, level.price);
        high = std::max(high, level.price);
    }
    return {low, high};
}

} // namespace virtuoso::ui
