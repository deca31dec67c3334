#pragma once

#include <QString>
#include <QtGlobal>

namespace virtuoso::ui {

// Short, translated renderings of durations and times shared by the tables.
QString formatAge(qint64 ms);           // "850 ms", "12 s", "4 min 05 s", "3 h 12 min"
QString formatMicros(qint64 us);        // "420 µs", "3.2 ms"
QString formatClock(qint64 epochMs);    // local "14:03:27"
QString formatDateTime(qint64 epochMs); // local "2026-11-28 14:03:27"
QString notAvailableText();             // "—", with a tooltip explaining why where used

} // namespace virtuoso::ui
