#include "EquityChart.h"

#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace virtuoso::ui {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

} // namespace

RoundTimeAxis roundTimeAxis(qint64 firstMs, qint64 lastMs, int maxTicks, int utcOffsetS)
{
    static constexpr std::array<qint64, 15> kSteps = {kMinuteMs,      2 * kMinuteMs,  5 * kMinuteMs, 10 * kMinuteMs,
                                                      15 * kMinuteMs, 30 * kMinuteMs, kHourMs,       2 * kHourMs,
                                                      3 * kHourMs,    6 * kHourMs,    12 * kHourMs,  kDayMs,
                                                      2 * kDayMs,     7 * kDayMs,     30 * kDayMs};
    maxTicks = std::max(maxTicks, 2);
    if (lastMs < firstMs)
        std::swap(firstMs, lastMs);
    if (lastMs - firstMs < kMinuteMs)
        lastMs = firstMs + kMinuteMs; // a single sample still gets an axis a minute wide
    const qint64 offsetMs = static_cast<qint64>(utcOffsetS) * 1000;
    RoundTimeAxis axis;
    for (const qint64 step : kSteps) {
        // Whole steps of local time around the data.
        const qint64 start = floorTo(firstMs + offsetMs, step) - offsetMs;
        qint64 end = floorTo(lastMs + offsetMs, step) - offsetMs;
        if (end < lastMs)
            end += step;
        const qint64 ticks = (end - start) / step + 1;
        axis = {start, end, step, static_cast<int>(std::min<qint64>(ticks, 1000))};
        if (ticks <= maxTicks)
            break;
    }
    return axis;
}

EquityChart::EquityChart(QWidget *parent)
    : QWidget(parent)
    , m_spanBox(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    setObjectName(QStringLiteral("EquityChart"));
    m_spanBox->setObjectName(QStringLiteral("EquitySpan"));
    m_spanBox->addItem(tr("Session"), static_cast<int>(Span::Session));
    m_spanBox->addItem(tr("Today (UTC)"), static_cast<int>(Span::Day));
    m_spanBox->setToolTip(tr("The equity since trading started, or since 00:00 UTC of what this program sampled"));
    connect(m_spanBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpan(static_cast<Span>(m_spanBox->currentData().toInt())); });
    m_empty->setObjectName(QStringLiteral("EquityChartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("The equity curve starts with the first sample of the account."));

    m_series->setName(tr("Equity"));
    m_chart->addSeries(m_series);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_value->setLabelFormat(QStringLiteral("%.2f"));
    m_value->setTickCount(5);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_value, Qt::AlignRight);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_value);
    m_chart->legend()->hide();
    styleChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Equity")), this));
    header->addStretch(1);
    header->addWidget(m_spanBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    redraw();
}

void EquityChart::setSeries(std::shared_ptr<const std::vector<trading::TradingView::EquityPoint>> points,
                            qint64 sessionStartMs, qint64 nowMs)
{
    const bool same = points == m_points && sessionStartMs == m_sessionStartMs;
    m_nowMs = nowMs;
    if (same)
        return;
    m_points = std::move(points);
    m_sessionStartMs = sessionStartMs;
    redraw();
}

void EquityChart::setSpan(Span span)
{
    if (span == m_span)
        return;
    m_span = span;
    m_spanBox->setCurrentIndex(m_spanBox->findData(static_cast<int>(span)));
    redraw();
}

int EquityChart::pointCount() const
{
    return static_cast<int>(m_series->count());
}

void EquityChart::redraw()
{
    QList<QPointF> drawn;
    double low = 0, high = 0;
    if (m_points && !m_points->empty()) {
        const qint64 from =
            m_span == Span::Session ? m_sessionStartMs : floorTo(std::max(m_nowMs, m_points->back().timeMs), kDayMs);
        for (const trading::TradingView::EquityPoint &p : *m_points) {
            if (p.timeMs < from)
                continue;
            if (drawn.isEmpty())
                low = high = p.equity;
            low = std::min(low, p.equity);
            high = std::max(high, p.equity);
            drawn.append(QPointF(static_cast<double>(p.timeMs), p.equity));
        }
    }
    m_series->replace(drawn);
    m_view->setVisible(!drawn.isEmpty());
    m_empty->setVisible(drawn.isEmpty());
    if (drawn.isEmpty())
        return;
    const qint64 first = static_cast<qint64>(drawn.front().x());
    const qint64 last = static_cast<qint64>(drawn.back().x());
    m_axis = roundTimeAxis(first, last, 7, QDateTime::fromMSecsSinceEpoch(last).offsetFromUtc());
    m_time->setTickCount(m_axis.tickCount);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_axis.startMs), QDateTime::fromMSecsSinceEpoch(m_axis.endMs));
    m_time->setFormat(m_axis.stepMs >= kDayMs ? QStringLiteral("dd.MM") : QStringLiteral("HH:mm"));
    // A flat curve still gets a band around it; otherwise 5 % above and below its range.
    const double pad = high > low ? (high - low) * 0.05 : std::max(1.0, std::abs(high) * 0.001);
    m_value->setRange(low - pad, high + pad);
}

} // namespace virtuoso::ui
