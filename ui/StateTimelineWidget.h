#pragma once

#include "HostOutage.h"
#include "model/health/ConnectionStatus.h"

#include <QWidget>

#include <vector>

namespace virtuoso::ui {

// A horizontal band of one connection's states over the recent past, one coloured segment per
// state, so an operator sees at a glance when it dropped, how long it was away and how often.
// Spans in which the workstation heard nothing from the host (a daemon's stream down) are drawn
// over it in red: the connection's own transitions cannot show them.
class StateTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StateTimelineWidget(QWidget *parent = nullptr);

    // `current` is the state now; transitions are oldest first.
    void setTimeline(const std::vector<health::ConnectionTransition> &transitions, health::ConnectionState current,
                     qint64 nowMs);
    void clear();
    // The host's outages to draw over the states (call before setTimeline); `toMs` 0: until now.
    void setHostOutages(std::vector<HostOutage> outages) { m_outages = std::move(outages); }
    const std::vector<HostOutage> &hostOutages() const { return m_outages; }
    static QColor outageColor();
    qint64 windowMs() const { return m_windowMs; }

    QSize sizeHint() const override { return {480, 64}; }
    QSize minimumSizeHint() const override { return {160, 48}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Segment
    {
        qint64 fromMs;
        qint64 toMs;
        health::ConnectionState state;
    };
    std::vector<Segment> m_segments;
    std::vector<HostOutage> m_outages;
    qint64 m_nowMs = 0;
    qint64 m_windowMs = 10 * 60 * 1000;
};

} // namespace virtuoso::ui
