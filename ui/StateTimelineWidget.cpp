#include "StateTimelineWidget.h"

#include "ConnectionStateStyle.h"
#include "DisplayFormat.h"

#include <QPainter>

#include <algorithm>

namespace virtuoso::ui {

StateTimelineWidget::StateTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("StateTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateTimelineWidget::clear()
{
    m_segments.clear();
    update();
}

void StateTimelineWidget::setTimeline(const std::vector<health::ConnectionTransition> &transitions,
                                      health::ConnectionState current, qint64 nowMs)
{
    m_nowMs = nowMs;
    m_segments.clear();
    // The window grows to the oldest known transition, between 1 and 60 minutes.
    qint64 oldest = transitions.empty() ? nowMs : transitions.front().epochMs;
    for (const HostOutage &o : m_outages)
        oldest = std::min(oldest, o.fromMs);
    m_windowMs = std::clamp<qint64>(nowMs - oldest + 5000, 60'000, 3'600'000);
    const qint64 start = nowMs - m_windowMs;
    qint64 from = start;
    health::ConnectionState state = transitions.empty() ? current : transitions.front().from;
    for (const auto &t : transitions) {
        if (t.epochMs > from)
            m_segments.push_back({from, std::min(t.epochMs, nowMs), state});
        from = std::max(from, t.epochMs);
        state = t.to;
    }
    m_segments.push_back({from, nowMs, current});
    update();
}

QColor StateTimelineWidget::outageColor()
{
    return QColor(0xd2, 0x3c, 0x3c);
}

void StateTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect band = rect().adjusted(4, 4, -4, -fontMetrics().height() - 6);
    p.fillRect(band, palette().color(QPalette::AlternateBase));
    if (!m_segments.empty()) {
        const qint64 start = m_nowMs - m_windowMs;
        const auto x = [&](qint64 ms) {
            return band.left() +
                   static_cast<int>(static_cast<double>(ms - start) * band.width() / static_cast<double>(m_windowMs));
        };
        for (const Segment &s : m_segments) {
            const int x0 = x(std::max(s.fromMs, start));
            const int x1 = std::max(x0 + 1, x(s.toMs));
            p.fillRect(QRect(x0, band.top(), x1 - x0, band.height()), connectionStateColor(s.state));
        }
        for (const HostOutage &o : m_outages) {
            const qint64 to = o.toMs > 0 ? o.toMs : m_nowMs;
            if (to < start)
                continue;
            const int x0 = x(std::max(o.fromMs, start));
            const int x1 = std::max(x0 + 2, x(std::min(to, m_nowMs)));
            p.fillRect(QRect(x0, band.top(), x1 - x0, band.height()), outageColor());
            p.fillRect(QRect(x0, band.top(), x1 - x0, band.height()), QBrush(Qt::black, Qt::BDiagPattern));
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(band);
    p.setPen(palette().color(QPalette::WindowText));
    const int textY = band.bottom() + 4 + fontMetrics().ascent();
    p.drawText(band.left(), textY, tr("−%1").arg(formatAge(m_windowMs)));
    if (!m_outages.empty()) {
        const QString legend = tr("red, hatched: no data from the host");
        p.setPen(outageColor());
        p.drawText((band.left() + band.right() - fontMetrics().horizontalAdvance(legend)) / 2, textY, legend);
        p.setPen(palette().color(QPalette::WindowText));
    }
    const QString now = tr("now");
    p.drawText(band.right() - fontMetrics().horizontalAdvance(now), textY, now);
}

} // namespace virtuoso::ui
