#include "logs/TimeArgument.h"

#include "logs/LogFormats.h"

namespace virtuoso::logs {

std::optional<std::int64_t> parseTimeArgument(const QString &text, std::int64_t nowUs)
{
    const QString t = text.trimmed();
    constexpr std::int64_t day = 86'400'000'000LL;
    if (t == QLatin1String("now"))
        return nowUs;
    if (t == QLatin1String("today"))
        return nowUs - nowUs % day;
    if (t == QLatin1String("yesterday"))
        return nowUs - nowUs % day - day;
    if (t.startsWith(QLatin1Char('@'))) {
        bool ok = false;
        const double s = t.mid(1).toDouble(&ok);
        return ok ? std::optional<std::int64_t>(static_cast<std::int64_t>(s * 1e6)) : std::nullopt;
    }
    if (t.startsWith(QLatin1Char('-')) && t.size() > 2) {
        bool ok = false;
        const double n = t.mid(1, t.size() - 2).toDouble(&ok);
        const QChar unit = t.back();
        const double scale = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 0;
        if (!ok || scale == 0 || n < 0)
            return std::nullopt;
        return nowUs - static_cast<std::int64_t>(n * scale * 1e6);
    }
    QByteArray b = t.toUtf8();
    if (b.size() == 10)
        b += " 00:00:00";
    else if (b.size() == 16)
        b += ":00";
    size_t used = 0;
    const auto ts = parseTimestamp(std::string_view(b.constData(), static_cast<size_t>(b.size())), &used);
    if (!ts || used != static_cast<size_t>(b.size()))
        return std::nullopt;
    return ts;
}

} // namespace virtuoso::logs
