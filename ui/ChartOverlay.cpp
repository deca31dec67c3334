#include "ChartOverlay.h"

#include "trading/TradingService.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {

const QColor kBuy(0x2e, 0x9d, 0x4f);
const QColor kSell(0xd2, 0x3c, 0x3c);
const QColor kEntry(0x3d, 0x8b, 0xd9);
const QColor kTarget(0x33, 0xb5, 0x6b);
const QColor kStop(0xe0, 0x6c, 0x2f);
constexpr std::size_t kMaxMarkers = 200;

double number(const std::string &text)
{
    return text.empty() ? 0 : QString::fromStdString(text).toDouble();
}

} // namespace

TradingOverlay tradingOverlay(const trading::TradingView &view, const QString &symbol)
{
    TradingOverlay out;
    const std::string name = symbol.toStdString();
    for (const trading::TradingView::OrderRow &row : view.orders) {
        const trading::Order &order = row.order;
        if (!order.isOpen() || order.intent.symbol != name)
            continue;
        const bool buy = order.intent.side == trading::Side::Buy;
        const QString qty = QString::fromStdString(row.quantity);
        if (const double price = number(row.price); price > 0)
            out.levels.push_back({price, buy ? kBuy : kSell,
                                  buy ? ChartOverlay::tr("Buy %1").arg(qty) : ChartOverlay::tr("Sell %1").arg(qty),
                                  false, false});
        if (const double tp = number(row.takeProfit); tp > 0)
            out.levels.push_back({tp, kTarget, ChartOverlay::tr("Take-profit (order)"), true, false});
        if (const double sl = number(row.stopLoss); sl > 0)
            out.levels.push_back({sl, kStop, ChartOverlay::tr("Stop-loss (order)"), true, false});
    }
    for (const trading::TradingView::PositionRow &p : view.positions) {
        if (p.symbol != name || p.size == 0)
            continue;
        const QString size = QString::fromStdString(p.sizeText);
        if (p.averageEntry > 0)
            out.levels.push_back(
                {p.averageEntry, kEntry,
                 p.size > 0 ? ChartOverlay::tr("Long %1").arg(size) : ChartOverlay::tr("Short %1").arg(size), false,
                 true});
        if (const double tp = number(p.takeProfit); tp > 0)
            out.levels.push_back({tp, kTarget, ChartOverlay::tr("Take-profit"), true, true});
        if (const double sl = number(p.stopLoss); sl > 0)
            out.levels.push_back({sl, kStop, ChartOverlay::tr("Stop-loss"), true, true});
    }
    for (const trading::TradingView::ExecutionRow &row : view.executions) { // newest first
        if (row.execution.symbol != name)
            continue;
        if (out.markers.size() >= kMaxMarkers)
            break;
        const double price = number(row.price);
        if (price > 0)
            out.markers.push_back({row.execution.timeMs, price, row.execution.side == trading::Side::Buy});
    }
    return out;
}

std::vector<ChartLevel> planLevels(double entry, double stop, const double (&targets)[3], int chosenTarget)
{
    std::vector<ChartLevel> levels;
    levels.push_back({entry, kEntry, ChartOverlay::tr("Entry"), false, true});
    levels.push_back({stop, kStop, ChartOverlay::tr("Stop"), false, true});
    for (int i = 0; i < 3; ++i) {
        const QString label = ChartOverlay::tr("T%1 · %2R").arg(i + 1).arg(i + 1);
        levels.push_back({targets[i], kTarget,
                          i == chosenTarget ? ChartOverlay::tr("%1 · take-profit").arg(label) : label,
                          i != chosenTarget, true});
    }
    return levels;
}

ChartOverlay::ChartOverlay(QChartView *view, QAbstractSeries *series)
    : QWidget(view->viewport())
    , m_view(view)
    , m_series(series)
{
    setObjectName(QStringLiteral("ChartOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    connect(view->chart(), &QChart::plotAreaChanged, this, qOverload<>(&QWidget::update));
    show();
}

void ChartOverlay::setLevels(std::vector<ChartLevel> levels)
{
    m_levels = std::move(levels);
    update();
}

void ChartOverlay::setMarkers(std::vector<ChartMarker> markers)
{
    m_markers = std::move(markers);
    update();
}

void ChartOverlay::setPriceDecimals(int decimals)
{
    if (decimals == m_decimals)
        return;
    m_decimals = decimals;
    update();
}

std::optional<std::pair<double, double>> ChartOverlay::priceRange() const
{
    std::optional<std::pair<double, double>> range;
    for (const ChartLevel &level : m_levels) {
        if (!level.fitsAxis || !std::isfinite(level.price))
            continue;
        if (!range)
            range = std::pair{level.price, level.price};
        range->first = std::min(range->first, level.price);
        range->second = std::max(range->second, level.price);
    }
    return range;
}

bool ChartOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

double ChartOverlay::yOf(double price) const
{
    QChart *chart = m_view->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(0, price), m_series);
    return m_view->mapFromScene(chart->mapToScene(inChart)).y();
}

void ChartOverlay::paintEvent(QPaintEvent *)
{
    m_paintedLevels = m_pinnedLevels = m_paintedMarkers = 0;
    QChart *chart = m_view->chart();
    if (m_levels.empty() && m_markers.empty())
        return;
    const QRectF plot = m_view->mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
    if (plot.width() < 10 || plot.height() < 10)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    std::vector<QRectF> labels; // placed so far: a label that would cover one moves left of it
    for (const ChartLevel &level : m_levels) {
        double y = yOf(level.price);
        if (!std::isfinite(y))
            continue;
        const bool pinned = y < plot.top() || y > plot.bottom();
        if (pinned) {
            // Off the axis: its label at the edge, with the way to it.
            y = y < plot.top() ? plot.top() + metrics.height() / 2.0 + 1 : plot.bottom() - metrics.height() / 2.0 - 1;
            ++m_pinnedLevels;
        } else {
            ++m_paintedLevels;
            QPen pen(level.color, 1.4, level.dashed ? Qt::DashLine : Qt::SolidLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        const QString text =
            pinned ? QString(QChar(y <= plot.center().y() ? u'▲' : u'▼')) + u' ' + level.label : level.label;
        const QLocale locale;
        QString price =
            m_decimals >= 0 ? locale.toString(level.price, 'f', m_decimals) : locale.toString(level.price, 'g', 10);
        price.remove(locale.groupSeparator());
        const QString full = QStringLiteral("%1  %2").arg(text, price);
        const int w = metrics.horizontalAdvance(full) + 8;
        QRectF box(plot.right() - w - 2, y - metrics.height() / 2.0 - 1, w, metrics.height() + 2);
        for (bool moved = true; moved && box.left() > plot.left();) {
            moved = false;
            for (const QRectF &other : labels)
                if (box.intersects(other)) {
                    box.moveRight(other.left() - 4);
                    moved = true;
                }
        }
        labels.push_back(box);
        painter.setPen(Qt::NoPen);
        painter.setBrush(level.color);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, full);
    }
    const double size = 6;
    for (const ChartMarker &marker : m_markers) {
        const QPointF inChart =
            chart->mapToPosition(QPointF(static_cast<double>(marker.timeMs), marker.price), m_series);
        const QPointF at = m_view->mapFromScene(chart->mapToScene(inChart));
        if (!plot.contains(at))
            continue;
        ++m_paintedMarkers;
        QPainterPath triangle;
        if (marker.buy) { // ▲ under the price
            triangle.moveTo(at.x(), at.y());
            triangle.lineTo(at.x() - size, at.y() + 1.6 * size);
            triangle.lineTo(at.x() + size, at.y() + 1.6 * size);
        } else { // ▼ over it
            triangle.moveTo(at.x(), at.y());
            triangle.lineTo(at.x() - size, at.y() - 1.6 * size);
            triangle.lineTo(at.x() + size, at.y() - 1.6 * size);
        }
        triangle.closeSubpath();
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(marker.buy ? kBuy : kSell);
        painter.drawPath(triangle);
    }
}

} // namespace virtuoso::ui
