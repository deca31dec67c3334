#pragma once

#include <QString>

#include <utility>
#include <vector>

class QCategoryAxis;

namespace virtuoso::ui::chart_axes {

// The tick arithmetic of the workstation's charts: round steps (1-2-5 for values; 1/5/15/30 min,
// 1/3/6/12 h and days for times, on the local clock), labels that never repeat, SI-suffixed
// volumes, dates where a range spans days. Pure: the charts only place what this computes.

struct Tick
{
    double value = 0; // axis value (epoch ms for time axes)
    QString label;
};

// The smallest 1-2-5 step (…, 0.5, 1, 2, 5, 10, …) that cuts `span` into at most `maxTicks` parts.
double niceStep(double span, int maxTicks);
// Every multiple of niceStep in [min, max], labelled with the decimals the step needs, in the
// locale's notation; `si`: with k/M/B suffixes instead ("63.8 k").
std::vector<Tick> valueTicks(double min, double max, int maxTicks, bool si = false);

// The smallest round time step (1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 3, 6, 12 h;
// 1, 2, 7 days) that cuts `spanMs` into at most `maxTicks` parts.
qint64 niceTimeStepMs(qint64 spanMs, int maxTicks);
// The ticks at multiples of the step on the local clock within [fromMs, toMs]: "14:05" (with
// seconds below a minute's step); the first tick of the range and of each new day carry the date
// when the ticks span more than one day; day steps show the date alone.
std::vector<Tick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks);

// The two ends of a time range for a caption ("06:00" and "14:00"), both with the date when the range
// crosses midnight or lasts 24 hours or more ("28 Nov 06:00" and "29 Nov 06:00").
std::pair<QString, QString> timeRangeEnds(qint64 fromMs, qint64 toMs);
// A date in the user's language without the year ("28 Nov", "28. Nov.", "11月28日").
QString shortDate(qint64 epochMs);

// Puts `ticks` on a category axis spanning [min, max], each label on its value.
void applyTicks(QCategoryAxis *axis, double min, double max, const std::vector<Tick> &ticks);
// Lays the axis' labels out again: a chart resized while hidden keeps them hidden otherwise.
void refreshLabels(QCategoryAxis *axis);

} // namespace virtuoso::ui::chart_axes
