#include "api/AlertsDocument.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace virtuoso::api::alerts_document {

using alerts::AlertSeverity;
using alerts::AlertSource;

namespace {

constexpr int kMaxProblems = 20;
constexpr int kMaxText = 2000; // a title, key or field longer than this is cut

QJsonArray fieldsJson(const std::vector<alerts::AlertField> &fields)
{
    QJsonArray out;
    for (const alerts::AlertField &f : fields)
        out.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    return out;
}

void note(QStringList *problems, const QString &what)
{
    if (problems && problems->size() < kMaxProblems)
        problems->append(what);
}

QString text(const QJsonObject &o, const char *key, QStringList *problems, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString().left(kMaxText);
    if (!v.isUndefined() && !v.isNull())
        note(problems, QStringLiteral("%1.%2: expected a string").arg(where, QLatin1String(key)));
    return {};
}

double number(const QJsonObject &o, const char *key, QStringList *problems, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (!v.isUndefined() && !v.isNull())
        note(problems, QStringLiteral("%1.%2: expected a number").arg(where, QLatin1String(key)));
    return 0;
}

qint64 whole(const QJsonObject &o, const char *key, QStringList *problems, const QString &where)
{
    const double d = number(o, key, problems, where);
    if (d < -9e15 || d > 9e15 || d != std::trunc(d)) {
        note(problems, QStringLiteral("%1.%2: expected a whole number").arg(where, QLatin1String(key)));
        return 0;
    }
    return static_cast<qint64>(d);
}

QStringList strings(const QJsonValue &v, int max)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (s.isString() && out.size() < max)
            out << s.toString().left(kMaxText);
    }
    return out;
}

// The newest `max` entries of a keyed object, oldest first by their sequence.
template<class T, class Read>
std::vector<T> readKeyed(const QJsonObject &object, std::size_t max, Read read)
{
    std::vector<T> out;
    out.reserve(std::min<std::size_t>(static_cast<std::size_t>(object.size()), max * 2));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            out.push_back(read(it.value().toObject()));
    }
    std::sort(out.begin(), out.end(), [](const T &a, const T &b) { return a.sequence < b.sequence; });
    if (out.size() > max)
        out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(max));
    return out;
}

} // namespace

QJsonObject item(const alerts::AlertItem &item)
{
    return QJsonObject{
        {QStringLiteral("seq"), static_cast<qint64>(item.sequence)},
        {QStringLiteral("ts"), item.timeMs},
        {QStringLiteral("source"), QLatin1String(alerts::sourceName(item.source))},
        {QStringLiteral("severity"), QLatin1String(alerts::severityName(item.severity))},
        {QStringLiteral("key"), item.key},
        {QStringLiteral("symbol"), item.symbol},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("rule"), item.rule},
        {QStringLiteral("channels"), QJsonArray::fromStringList(item.channels)},
        {QStringLiteral("more"), item.more},
        {QStringLiteral("summary"), item.summary},
        {QStringLiteral("fields"), fieldsJson(item.fields)},
    };
}

QJsonObject marketEvent(const alerts::MarketEvent &event)
{
    return QJsonObject{
        {QStringLiteral("seq"), static_cast<qint64>(event.sequence)},
        {QStringLiteral("ts"), event.timeMs},
        {QStringLiteral("kind"),
         event.kind == alerts::MarketEvent::Kind::Trade ? QStringLiteral("trade") : QStringLiteral("liquidation")},
        {QStringLiteral("symbol"), event.symbol},
        {QStringLiteral("side"), event.buy ? QStringLiteral("Buy") : QStringLiteral("Sell")},
        {QStringLiteral("price"), event.price},
        {QStringLiteral("qty"), event.quantity},
        {QStringLiteral("notional"), std::round(event.notional * 100.0) / 100.0},
    };
}

QJsonObject status(const alerts::AlertBoard &board)
{
    QJsonObject counts;
    for (int i = 0; i < alerts::AlertSourceCount; ++i) {
        if (board.raised[std::size_t(i)] == 0 && board.sent[std::size_t(i)] == 0)
            continue;
        counts.insert(
            QLatin1String(alerts::sourceName(static_cast<AlertSource>(i))),
            QJsonObject{{QStringLiteral("raised"), static_cast<qint64>(board.raised[std::size_t(i)])},
                        {QStringLiteral("sent"), static_cast<qint64>(board.sent[std::size_t(i)])},
                        {QStringLiteral("suppressed"), static_cast<qint64>(board.suppressed[std::size_t(i)])}});
    }
    QJsonObject channels;
    for (const alerts::ChannelHealth &c : board.channels)
        channels.insert(c.name, QJsonObject{{QStringLiteral("type"), c.type},
                                            {QStringLiteral("state"), c.state},
                                            {QStringLiteral("queued"), c.queued},
                                            {QStringLiteral("delivered"), static_cast<qint64>(c.delivered)},
                                            {QStringLiteral("failed_attempts"), static_cast<qint64>(c.failedAttempts)},
                                            {QStringLiteral("last_error"), c.lastError},
                                            {QStringLiteral("last_delivered_ms"), c.lastDeliveredMs}});
    QJsonObject totals;
    for (const alerts::LiquidationTotals &t : board.totals)
        totals.insert(t.symbol.isEmpty() ? QStringLiteral("*") : t.symbol,
                      QJsonObject{{QStringLiteral("last_5m"), std::round(t.last5m)},
                                  {QStringLiteral("last_1h"), std::round(t.last1h)},
                                  {QStringLiteral("count_1h"), t.count1h}});
    return QJsonObject{
        {QStringLiteral("enabled"), board.enabled},
        {QStringLiteral("problem"), board.problem},
        {QStringLiteral("tape_min_notional"), board.tapeMinNotional},
        {QStringLiteral("observed"), static_cast<qint64>(board.observed)},
        {QStringLiteral("muted_rules"), QJsonArray::fromStringList(board.mutedRules)},
        {QStringLiteral("muted_keys"), QJsonArray::fromStringList(board.mutedKeys)},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("liquidation_totals"), totals},
    };
}

QJsonObject record(const store::AlertRecord &record)
{
    QJsonArray deliveries;
    for (const store::AlertDeliveryRecord &d : record.deliveries) {
        QJsonObject o{{QStringLiteral("channel"), d.channel},
                      {QStringLiteral("status"), d.status},
                      {QStringLiteral("attempts"), d.attempts},
                      {QStringLiteral("more"), d.more},
                      {QStringLiteral("updated_ms"), d.updatedMs}};
        if (d.latencyMs >= 0)
            o.insert(QStringLiteral("latency_ms"), d.latencyMs);
        if (!d.lastError.isEmpty())
            o.insert(QStringLiteral("last_error"), d.lastError);
        if (!d.summary.isEmpty())
            o.insert(QStringLiteral("summary"), d.summary);
        deliveries.append(o);
    }
    const alerts::AlertEvent &e = record.event;
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("ts"), e.timeMs},
        {QStringLiteral("source"), QLatin1String(alerts::sourceName(e.source))},
        {QStringLiteral("severity"), QLatin1String(alerts::severityName(e.severity))},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("symbol"), e.symbol},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("rule"), record.rule},
        {QStringLiteral("value"), e.value},
        {QStringLiteral("fields"), fieldsJson(e.fields)},
        {QStringLiteral("deliveries"), deliveries},
    };
}

alerts::AlertBoardPtr readBoard(const QJsonObject &statusJson, const QJsonObject &items, const QJsonObject &events,
                                QStringList *problems)
{
    if (statusJson.isEmpty() && items.isEmpty() && events.isEmpty())
        return nullptr;
    auto board = std::make_shared<alerts::AlertBoard>();
    const QString where = QStringLiteral("alert_status");
    board->enabled = statusJson.value(QLatin1String("enabled")).toBool();
    board->problem = text(statusJson, "problem", problems, where);
    board->tapeMinNotional = number(statusJson, "tape_min_notional", problems, where);
    board->observed = static_cast<quint64>(std::max<qint64>(0, whole(statusJson, "observed", problems, where)));
    board->mutedRules = strings(statusJson.value(QLatin1String("muted_rules")), 1000);
    board->mutedKeys = strings(statusJson.value(QLatin1String("muted_keys")), 1000);
    const QJsonObject counts = statusJson.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const auto source = alerts::sourceFromName(it.key());
        if (!source) {
            note(problems, QStringLiteral("alert_status.counts: unknown source '%1'").arg(it.key().left(40)));
            continue;
        }
        const QJsonObject c = it.value().toObject();
        const auto i = static_cast<std::size_t>(*source);
        board->raised[i] = static_cast<quint64>(std::max<qint64>(0, whole(c, "raised", problems, where)));
        board->sent[i] = static_cast<quint64>(std::max<qint64>(0, whole(c, "sent", problems, where)));
        board->suppressed[i] = static_cast<quint64>(std::max<qint64>(0, whole(c, "suppressed", problems, where)));
    }
    const QJsonObject channels = statusJson.value(QLatin1String("channels")).toObject();
    for (auto it = channels.begin(); it != channels.end() && board->channels.size() < 256; ++it) {
        const QJsonObject c = it.value().toObject();
        alerts::ChannelHealth h;
        h.name = it.key().left(200);
        h.type = text(c, "type", problems, where);
        h.state = text(c, "state", problems, where);
        if (h.state != u"ok" && h.state != u"retrying" && h.state != u"failing")
            h.state = QStringLiteral("failing"); // unknown: not shown as healthy
        h.queued = static_cast<int>(std::clamp<qint64>(whole(c, "queued", problems, where), 0, 1 << 30));
        h.delivered = static_cast<quint64>(std::max<qint64>(0, whole(c, "delivered", problems, where)));
        h.failedAttempts = static_cast<quint64>(std::max<qint64>(0, whole(c, "failed_attempts", problems, where)));
        h.lastError = text(c, "last_error", problems, where);
        h.lastDeliveredMs = whole(c, "last_delivered_ms", problems, where);
        board->channels.push_back(std::move(h));
    }
    const QJsonObject totals = statusJson.value(QLatin1String("liquidation_totals")).toObject();
    for (auto it = totals.begin(); it != totals.end() && board->totals.size() < 4096; ++it) {
        const QJsonObject t = it.value().toObject();
        alerts::LiquidationTotals row;
        row.symbol = it.key() == u"*" ? QString() : it.key().left(40);
        row.last5m = number(t, "last_5m", problems, where);
        row.last1h = number(t, "last_1h", problems, where);
        row.count1h = static_cast<int>(std::clamp<qint64>(whole(t, "count_1h", problems, where), 0, 1 << 30));
        board->totals.push_back(std::move(row));
    }
    // The row for all symbols last, as the core sends it.
    std::stable_partition(board->totals.begin(), board->totals.end(),
                          [](const alerts::LiquidationTotals &t) { return !t.symbol.isEmpty(); });

    board->recent = readKeyed<alerts::AlertItem>(items, alerts::AlertBoard::kRecent, [&](const QJsonObject &o) {
        const QString at = QStringLiteral("alerts");
        alerts::AlertItem a;
        a.sequence = static_cast<quint64>(std::max<qint64>(0, whole(o, "seq", problems, at)));
        a.timeMs = whole(o, "ts", problems, at);
        a.source = alerts::sourceFromName(text(o, "source", problems, at)).value_or(AlertSource::Test);
        a.severity = alerts::severityFromName(text(o, "severity", problems, at)).value_or(AlertSeverity::Warning);
        a.key = text(o, "key", problems, at);
        a.symbol = text(o, "symbol", problems, at).left(40);
        a.title = text(o, "title", problems, at);
        a.rule = text(o, "rule", problems, at);
        a.channels = strings(o.value(QLatin1String("channels")), 64);
        a.more = std::max<qint64>(0, whole(o, "more", problems, at));
        a.summary = text(o, "summary", problems, at);
        for (const QJsonValue &f : o.value(QLatin1String("fields")).toArray()) {
            if (a.fields.size() >= 32)
                break;
            const QJsonObject fo = f.toObject();
            a.fields.push_back({text(fo, "name", problems, at), text(fo, "value", problems, at)});
        }
        return a;
    });
    board->tape = readKeyed<alerts::MarketEvent>(events, alerts::AlertBoard::kTape, [&](const QJsonObject &o) {
        const QString at = QStringLiteral("market_events");
        alerts::MarketEvent e;
        e.sequence = static_cast<quint64>(std::max<qint64>(0, whole(o, "seq", problems, at)));
        e.timeMs = whole(o, "ts", problems, at);
        e.kind = text(o, "kind", problems, at) == u"liquidation" ? alerts::MarketEvent::Kind::Liquidation
                                                                 : alerts::MarketEvent::Kind::Trade;
        e.symbol = text(o, "symbol", problems, at).left(40);
        e.buy = text(o, "side", problems, at) != u"Sell";
        e.price = number(o, "price", problems, at);
        e.quantity = number(o, "qty", problems, at);
        e.notional = number(o, "notional", problems, at);
        return e;
    });
    return board;
}

} // namespace virtuoso::api::alerts_document
