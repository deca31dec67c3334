#include "connector/HistoryParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace virtuoso::exchange {

namespace {

// The result.list of an envelope, or an error.
std::variant<QJsonArray, HistoryError> resultList(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return HistoryError{QStringLiteral("not JSON: %1").arg(error.errorString())};
    const QJsonObject root = doc.object();
    const int retCode = root.value(QLatin1String("retCode")).toInt(-1);
    if (retCode != 0)
        return HistoryError{
            QStringLiteral("retCode %1: %2").arg(retCode).arg(root.value(QLatin1String("retMsg")).toString())};
    const QJsonValue list = root.value(QLatin1String("result")).toObject().value(QLatin1String("list"));
    if (!list.isArray())
        return HistoryError{QStringLiteral("result.list missing")};
    return list.toArray();
}

// Times of the answers: epoch ms up to the year 3000, as text or as a number; a missing one is 0.
// Anything else is not a time, and would overflow a candle's end.
constexpr qint64 kLatestMs = 32'503'680'000'000;

std::optional<qint64> toMs(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isString()) {
        bool ok = false;
        const qint64 ms = v.toString().toLongLong(&ok);
        return ok && ms >= 0 && ms <= kLatestMs ? std::optional(ms) : std::nullopt;
    }
    const double ms = v.toDouble(-1);
    return v.isDouble() && ms >= 0 && ms <= static_cast<double>(kLatestMs) ? std::optional(static_cast<qint64>(ms))
                                                                           : std::nullopt;
}

// A bad time as the answer had it, shortened, for the error.
QString timeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().left(40);
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QStringLiteral("(not a number)");
}

std::optional<qint64> steps(const DecimalGrid &grid, const QJsonValue &v, bool nonNegative)
{
    const std::string text = v.toString().toStdString();
    const Exact<qint64> r = nonNegative ? grid.toNonNegativeSteps(text) : grid.toSteps(text);
    return r.ok() ? std::optional<qint64>(r.value) : std::nullopt;
}

} // namespace

std::variant<KlineMessage, HistoryError> parseKlines(const QByteArray &json, const InstrumentSpec &spec,
                                                     int intervalMinutes)
{
    auto list = resultList(json);
    if (auto *e = std::get_if<HistoryError>(&list))
        return *e;
    KlineMessage message;
    message.topic = TopicKey::kline(spec.symbol, intervalMinutes);
    const qint64 spanMs = qint64(intervalMinutes) * 60'000;
    for (const QJsonValue &row : std::get<QJsonArray>(list)) {
        const QJsonArray a = row.toArray();
        if (a.size() < 7)
            return HistoryError{QStringLiteral("kline row with %1 fields").arg(a.size())};
        Candle c;
        const std::optional<qint64> start = toMs(a[0]);
        if (!start)
            return HistoryError{QStringLiteral("kline start '%1' is not a time in ms").arg(timeText(a[0]))};
        c.startMs = *start;
        c.endMs = c.startMs + spanMs - 1;
        const auto open = steps(spec.price, a[1], false), high = steps(spec.price, a[2], false),
                   low = steps(spec.price, a[3], false), close = steps(spec.price, a[4], false);
        const auto volume = steps(spec.quantity, a[5], true);
        const Exact<Decimal> turnover = Decimal::parse(a[6].toString().toStdString());
        if (!open || !high || !low || !close || !volume || !turnover.ok())
            return HistoryError{
                QStringLiteral("kline at %1: a price or size off the instrument's grid").arg(c.startMs)};
        c.open = *open;
        c.high = *high;
        c.low = *low;
        c.close = *close;
        c.volume = *volume;
        c.turnover = turnover.value;
        c.timestampMs = c.endMs;
        message.candles.push_back(c);
    }
    std::sort(message.candles.begin(), message.candles.end(),
              [](const Candle &a, const Candle &b) { return a.startMs < b.startMs; });
    // Every candle but the newest is closed; the newest may still be open.
    for (size_t i = 0; i + 1 < message.candles.size(); ++i)
        message.candles[i].confirmed = true;
    return message;
}

std::variant<TradeMessage, HistoryError> parseRecentTrades(const QByteArray &json, const InstrumentSpec &spec)
{
    auto list = resultList(json);
    if (auto *e = std::get_if<HistoryError>(&list))
        return *e;
    TradeMessage message;
    message.topic = TopicKey::publicTrade(spec.symbol);
    for (const QJsonValue &row : std::get<QJsonArray>(list)) {
        const QJsonObject o = row.toObject();
        Trade t;
        const QJsonValue time = o.value(QLatin1String("time"));
        const std::optional<qint64> timeMs = toMs(time);
        if (!timeMs)
            return HistoryError{QStringLiteral("trade time '%1' is not a time in ms").arg(timeText(time))};
        t.timeMs = *timeMs;
        t.side = o.value(QLatin1String("side")).toString() == u"Sell" ? Side::Sell : Side::Buy;
        const auto price = steps(spec.price, o.value(QLatin1String("price")), false);
        const auto size = steps(spec.quantity, o.value(QLatin1String("size")), true);
        if (!price || !size)
            return HistoryError{QStringLiteral("trade at %1: price or size off the instrument's grid").arg(t.timeMs)};
        t.price = *price;
        t.size = *size;
        t.idHash = qHash(o.value(QLatin1String("execId")).toString());
        t.blockTrade = o.value(QLatin1String("isBlockTrade")).toBool();
        message.trades.push_back(t);
    }
    std::stable_sort(message.trades.begin(), message.trades.end(),
                     [](const Trade &a, const Trade &b) { return a.timeMs < b.timeMs; });
    return message;
}

std::variant<std::vector<SeriesPoint>, HistoryError> parseSeries(const QByteArray &json, const char *valueField,
                                                                 const char *timeField)
{
    auto list = resultList(json);
    if (auto *e = std::get_if<HistoryError>(&list))
        return *e;
    std::vector<SeriesPoint> points;
    const bool ratio = qstrcmp(valueField, "buyRatio") == 0;
    for (const QJsonValue &row : std::get<QJsonArray>(list)) {
        const QJsonObject o = row.toObject();
        SeriesPoint p;
        const QJsonValue time = o.value(QLatin1String(timeField));
        const std::optional<qint64> timeMs = toMs(time);
        if (!timeMs)
            return HistoryError{
                QStringLiteral("%1 '%2' is not a time in ms").arg(QLatin1String(timeField), timeText(time))};
        p.timeMs = *timeMs;
        const Exact<Decimal> v = Decimal::parse(o.value(QLatin1String(valueField)).toString().toStdString());
        if (!v.ok())
            return HistoryError{
                QStringLiteral("%1 at %2 is not a number").arg(QLatin1String(valueField)).arg(p.timeMs)};
        p.value = v.value;
        if (ratio) {
            const Exact<Decimal> s = Decimal::parse(o.value(QLatin1String("sellRatio")).toString().toStdString());
            if (s.ok())
                p.value2 = s.value;
        }
        points.push_back(p);
    }
    std::sort(points.begin(), points.end(),
              [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; });
    return points;
}

} // namespace virtuoso::exchange
