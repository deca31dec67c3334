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

// Numbers in the user's locale (QLocale(), set from the language at start): German "1.234,5",
// English "1,234.5". Exact decimal texts from the core are rounded on their digits, never through
// a double. An empty or unreadable text gives notAvailableText().
// "17216" with 2 decimals → "17216.00", "0.33721" with 4 → "0.3372"; `group` adds thousands separators.
QString formatDecimalText(const QString &exact, int decimals, bool group = false);
// A number with `decimals` decimals and thousands separators: 68744.761 → "68,744.761".
QString formatGrouped(double value, int decimals);
// SI-style with three significant digits: 1570383121.9 → "1.57 B", 63800 → "63.8 k", 512 → "512".
QString formatSi(double value);
// `value` in units of 1000^`power` (0–4) with `decimals` decimals and that unit's suffix: (50000, 1, 0) → "50 k".
QString formatSiScaled(double value, int power, int decimals);
// A funding rate as a signed percentage with four decimals: "-0.000212" → "-0.0212 %", "0.0001" → "+0.0100 %".
QString formatFundingRate(const QString &rate);
// Time until `targetMs` from `nowMs`: "in 3 h 12 min", "in 45 min", "in 30 s", "due".
QString formatCountdown(qint64 nowMs, qint64 targetMs);

} // namespace virtuoso::ui
