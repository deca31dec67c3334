#include "ChartAxes.h"

#include "DisplayFormat.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace virtuoso::ui::chart_axes {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The local clock's milliseconds since the epoch at `ms` (UTC plus the offset in force then).
qint64 localMs(qint64 ms)
{
    return ms + static_cast<qint64>(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * 1000;
}

} // namespace

double niceStep(double span, int maxTicks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double rough = span / std::max(1, maxTicks);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= rough * (1 - 1e-9))
            return m * power;
    return 10.0 * power;
}

std::vector<Tick> valueTicks(double min, double max, int maxTicks, bool si)
{
    std::vector<Tick> ticks;
    if (!std::isfinite(min) || !std::isfinite(max) || max < min)
        return ticks;
    if (max == min) {
        ticks.push_back({min, si ? formatSi(min) : QLocale().toString(min)});
        return ticks;
    }
    const double step = niceStep(max - min, maxTicks);
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 12);
    const double first = std::ceil(min / step - 1e-9) * step;
    // SI labels share one unit along the axis, the largest tick's: 0, 50 k, 100 k.
    const double largest = std::max(std::abs(min), std::abs(max));
    const int power = largest >= 999.5 ? std::clamp(static_cast<int>(std::floor(std::log10(largest) / 3)), 0, 4) : 0;
    const double unit = std::pow(1000.0, power);
    const int siDecimals = std::clamp(static_cast<int>(-std::floor(std::log10(step / unit) + 1e-9)), 0, 12);
    QLocale locale; // thousands grouped, whatever the default's options
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QSet<QString> seen;
    for (int i = 0; i <= maxTicks + 1; ++i) {
        double v = first + i * step;
        if (v > max + step * 1e-9)
            break;
        if (std::abs(v) < step * 1e-9)
            v = 0; // no "-0"
        const QString label = si ? (v == 0 ? QLocale().toString(0) : formatSiScaled(v, power, siDecimals))
                                 : locale.toString(v, 'f', decimals);
        if (seen.contains(label))
            continue;
        seen.insert(label);
        ticks.push_back({v, label});
    }
    return ticks;
}

qint64 niceTimeStepMs(qint64 spanMs, int maxTicks)
{
    static constexpr std::array<qint64, 20> steps = {
        kSecond,     2 * kSecond, 5 * kSecond,  10 * kSecond, 15 * kSecond, 30 * kSecond, kMinute,
        2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,        3 * kHour,
        6 * kHour,   12 * kHour,  kDay,         2 * kDay,     7 * kDay,     30 * kDay};
    const qint64 rough = spanMs / std::max(1, maxTicks);
    for (const qint64 step : steps)
        if (step >= rough)
            return step;
    return steps.back();
}

QString shortDate(qint64 epochMs)
{
    //: A date without the year on a chart axis or caption (QDate format: d day, MMM month name).
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).date(),
                              QCoreApplication::translate("ChartAxes", "d MMM"));
}

std::vector<Tick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks)
{
    std::vector<Tick> ticks;
    if (toMs <= fromMs)
        return ticks;
    const qint64 step = niceTimeStepMs(toMs - fromMs, maxTicks);
    std::vector<qint64> at;
    if (step >= kDay) {
        // Local midnights, every step days.
        QDate day = QDateTime::fromMSecsSinceEpoch(fromMs).date();
        if (QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch() < fromMs)
            day = day.addDays(1);
        const int days = static_cast<int>(step / kDay);
        for (; static_cast<int>(at.size()) <= maxTicks + 1; day = day.addDays(days)) {
            const qint64 ms = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
            if (ms > toMs)
                break;
            at.push_back(ms);
        }
    } else {
        // Multiples of the step on the local clock (a whole-hour offset keeps hours round).
        const qint64 offset = localMs(fromMs) - fromMs;
        qint64 local = fromMs + offset;
        local = (local / step + (local % step != 0 ? 1 : 0)) * step;
        for (qint64 t = local - offset; t <= toMs && static_cast<int>(at.size()) <= maxTicks + 1; t += step)
            at.push_back(t);
    }
    if (at.empty())
        return ticks;
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(at.front()).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(at.back()).date();
    const bool spansDays = firstDay != lastDay || step >= kDay;
    const QString timeFormat = step < kMinute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QDate shownDay;
    QSet<QString> seen;
    for (const qint64 ms : at) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms);
        QString label;
        if (step >= kDay) {
            label = shortDate(ms);
        } else if (spansDays && dt.date() != shownDay) {
            //: A tick on a time axis where the day changes: %1 the date, %2 the time.
            label = QCoreApplication::translate("ChartAxes", "%1 %2").arg(shortDate(ms), dt.toString(timeFormat));
            shownDay = dt.date();
        } else {
            label = dt.toString(timeFormat);
        }
        if (seen.contains(label))
            continue;
        seen.insert(label);
        ticks.push_back({static_cast<double>(ms), label});
    }
    return ticks;
}

std::pair<QString, QString> timeRangeEnds(qint64 fromMs, qint64 toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    // An end at midnight closes the day before: 00:00 after a day's 18:00 is still that day's end.
    const QDate toDay = to.time() == QTime(0, 0) && toMs > fromMs ? to.date().addDays(-1) : to.date();
    const bool withDate = toMs - fromMs >= kDay || from.date() != toDay;
    const QString format = QStringLiteral("HH:mm");
    if (!withDate)
        return {from.toString(format), to.toString(format)};
    return {QCoreApplication::translate("ChartAxes", "%1 %2").arg(shortDate(fromMs), from.toString(format)),
            QCoreApplication::translate("ChartAxes", "%1 %2").arg(shortDate(toMs), to.toString(format))};
}

void applyTicks(QCategoryAxis *axis, double min, double max, const std::vector<Tick> &ticks)
{
    // Unchanged ticks leave the axis alone: re-adding the same categories costs a relayout, and
    // one done while the chart is hidden (another tab) leaves its labels hidden when it shows again.
    std::vector<Tick> inRange;
    for (const Tick &t : ticks)
        if (t.value >= min && t.value <= max)
            inRange.push_back(t);
    const QStringList current = axis->categoriesLabels();
    bool same = axis->min() == min && axis->max() == max && axis->startValue() == min &&
                current.size() == static_cast<qsizetype>(inRange.size());
    for (qsizetype i = 0; same && i < current.size(); ++i)
        same = current.at(i) == inRange[static_cast<size_t>(i)].label &&
               axis->endValue(current.at(i)) == inRange[static_cast<size_t>(i)].value;
    if (same)
        return;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(min, max);
    axis->setStartValue(min);
    for (const Tick &t : inRange)
        axis->append(t.label, t.value);
}

void refreshLabels(QCategoryAxis *axis)
{
    if (!axis->categoriesLabels().isEmpty())
        axis->setStartValue(axis->startValue()); // announces the categories again
}

} // namespace virtuoso::ui::chart_axes
