#pragma once

#include "trading/TradingService.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace virtuoso::ui {

// A time axis whose ticks fall on round times (every 1, 2, 5, 10, 15 or 30 minutes, or 1, 2, 3, 6,
// 12 hours, in local time): the range widened to whole steps and the number of ticks that puts one
// on each step.
struct RoundTimeAxis
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
    int tickCount = 2;
};
// For data from `firstMs` to `lastMs` (epoch), at most `maxTicks` ticks; `utcOffsetS` is the local
// time's offset from UTC at those times.
RoundTimeAxis roundTimeAxis(qint64 firstMs, qint64 lastMs, int maxTicks, int utcOffsetS);

// The account's equity over the session or the day (UTC), from the samples the trading service keeps
// (TradingView::equity), with a round-ticked time axis. Redrawn only when a new sample arrives.
class EquityChart : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Session, Day };

    explicit EquityChart(QWidget *parent = nullptr);

    // The samples and when the session began; `nowMs` (epoch) ends the day's span.
    void setSeries(std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> points, qint64 sessionStartMs,
                   qint64 nowMs);
    void setSpan(Span span);
    Span span() const { return m_span; }
    int pointCount() const; // drawn
    const RoundTimeAxis &axis() const { return m_axis; }
    QComboBox *spanBox() const { return m_spanBox; }
    QChartView *chartView() const { return m_view; }

private:
    void redraw();

    std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> m_points;
    qint64 m_sessionStartMs = 0;
    qint64 m_nowMs = 0;
    Span m_span = Span::Session;
    RoundTimeAxis m_axis;
    QComboBox *m_spanBox;
    QLabel *m_empty;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
};

} // namespace virtuoso::ui
