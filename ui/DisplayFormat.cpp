#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace virtuoso::ui {

QString formatAge(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("DisplayFormat", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("DisplayFormat", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return QCoreApplication::translate("DisplayFormat", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

QString formatMicros(qint64 us)
{
    if (us < 1000)
        return QCoreApplication::translate("DisplayFormat", "%1 µs").arg(us);
    return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(static_cast<double>(us) / 1000.0, 0, 'f', 1);
}

QString formatClock(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss"));
}

QString formatDateTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString notAvailableText()
{
    return QStringLiteral("—");
}

} // namespace virtuoso::ui
