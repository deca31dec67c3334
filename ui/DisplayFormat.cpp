#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {

// Inserts the locale's group separator every three digits of a run of digits.
QString grouped(const QString &digits, const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    QString out;
    out.reserve(digits.size() + digits.size() / 3 * separator.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

} // namespace

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
    return QCoreApplication::translate("DisplayFormat", "%1 ms")
        .arg(QLocale().toString(static_cast<double>(us) / 1000.0, 'f', 1));
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

QString formatDecimalText(const QString &exact, int decimals, bool group)
{
    QString text = exact.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.startsWith(u'-');
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(u'.');
    QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction))
        return notAvailableText();
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (decimals < 0)
        decimals = static_cast<int>(fraction.size()); // as given
    if (fraction.size() > decimals) {
        // Round half away from zero on the digits.
        const bool up = fraction.at(decimals) >= u'5';
        fraction.truncate(decimals);
        if (up) {
            QString digits = whole + fraction;
            qsizetype i = digits.size() - 1;
            for (; i >= 0; --i) {
                if (digits.at(i) == u'9') {
                    digits[i] = u'0';
                } else {
                    digits[i] = QChar(digits.at(i).unicode() + 1);
                    break;
                }
            }
            if (i < 0)
                digits.prepend(u'1');
            whole = digits.left(digits.size() - decimals);
            fraction = digits.right(decimals);
        }
    } else {
        fraction = fraction.leftJustified(decimals, u'0');
    }
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    const QLocale locale;
    const bool zero = std::all_of(whole.begin(), whole.end(), [](QChar c) { return c == u'0'; }) &&
                      std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; });
    QString out = negative && !zero ? locale.negativeSign() : QString();
    out += group ? grouped(whole, locale) : whole;
    if (decimals > 0)
        out += locale.decimalPoint() + fraction;
    return out;
}

QString formatGrouped(double value, int decimals)
{
    if (!std::isfinite(value))
        return notAvailableText();
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString formatSiScaled(double value, int power, int decimals)
{
    static const char *const suffixes[] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "k"), QT_TRANSLATE_NOOP("DisplayFormat", "M"),
        QT_TRANSLATE_NOOP("DisplayFormat", "B"), QT_TRANSLATE_NOOP("DisplayFormat", "T")};
    power = std::clamp(power, 0, 4);
    const QString number = QLocale().toString(value / std::pow(1000.0, power), 'f', std::max(0, decimals));
    if (power == 0)
        return number;
    //: A number with a unit suffix: %1 the number, %2 k, M, B or T.
    return QCoreApplication::translate("DisplayFormat", "%1 %2")
        .arg(number, QCoreApplication::translate("DisplayFormat", suffixes[power - 1]));
}

QString formatSi(double value)
{
    if (!std::isfinite(value))
        return notAvailableText();
    const double magnitude = std::abs(value);
    if (magnitude < 999.5) {
        // Three significant digits below a thousand too, whole numbers as they are.
        const int decimals = magnitude == std::floor(magnitude) || magnitude >= 99.95 ? 0 : magnitude >= 9.995 ? 1 : 2;
        return formatSiScaled(value, 0, decimals);
    }
    int power = 0;
    double scaled = magnitude;
    while (scaled >= 999.5 && power < 4) {
        scaled /= 1000.0;
        ++power;
    }
    return formatSiScaled(value, power, scaled >= 99.95 ? 0 : scaled >= 9.995 ? 1 : 2);
}

QString formatFundingRate(const QString &rate)
{
    bool ok = false;
    const double r = rate.toDouble(&ok);
    if (!ok || !std::isfinite(r))
        return notAvailableText();
    const double percent = r * 100.0;
    const QString number = QLocale().toString(std::abs(percent), 'f', 4);
    const bool zero = std::abs(percent) < 0.00005;
    return QCoreApplication::translate("DisplayFormat", "%1%2 %")
        .arg(zero          ? QString()
             : percent > 0 ? QStringLiteral("+")
                           : QLocale().negativeSign(),
             number);
}

QString formatCountdown(qint64 nowMs, qint64 targetMs)
{
    const qint64 s = (targetMs - nowMs) / 1000;
    if (s <= 0)
        return QCoreApplication::translate("DisplayFormat", "due");
    if (s < 60)
        return QCoreApplication::translate("DisplayFormat", "in %1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("DisplayFormat", "in %1 min").arg((s + 59) / 60);
    const qint64 minutes = (s + 59) / 60;
    return QCoreApplication::translate("DisplayFormat", "in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace virtuoso::ui
