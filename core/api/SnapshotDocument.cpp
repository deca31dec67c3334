#include "api/SnapshotDocument.h"

#include "api/DocumentFields.h"

namespace virtuoso::api::snapshot_document {

using namespace detail;

namespace {

QJsonArray levels(const std::vector<std::pair<QString, QString>> &side)
{
    QJsonArray out;
    for (const auto &[price, size] : side)
        out.append(QJsonArray{price, size});
    return out;
}

} // namespace

QJsonObject topic(const health::TopicStatus &t)
{
    FieldWriter w;
    topicFields(t, t, w);
    return w.object;
}

QJsonObject connection(const health::ConnectionStatus &c)
{
    FieldWriter w;
    connectionFields(c, c, w);
    QJsonObject topics;
    for (const health::TopicStatus &t : c.topics)
        topics.insert(t.topic, topic(t));
    w.object.insert(QStringLiteral("topics"), topics);
    return w.object;
}

QJsonObject detail::connectionPatch(const health::ConnectionStatus &from, const health::ConnectionStatus &to)
{
    FieldPatch p;
    connectionFields(from, to, p);
    const QJsonObject topics = keyedPatch(
        from.topics, to.topics, [](const health::TopicStatus &t) { return t.topic; }, topic,
        [](const health::TopicStatus &a, const health::TopicStatus &b) {
            FieldPatch tp;
            topicFields(a, b, tp);
            return tp.patch;
        });
    if (!topics.isEmpty())
        p.patch.insert(QStringLiteral("topics"), topics);
    return p.patch;
}

QJsonObject detail::marketPatch(const MarketSummary &from, const MarketSummary &to)
{
    FieldPatch p;
    marketFields(from, to, p);
    return p.patch;
}
std::optional<QJsonObject> connections(const CoreSnapshot &snapshot)
{
    if (snapshot.connections.empty())
        return std::nullopt;
    QJsonObject out;
    for (const health::ConnectionStatus &c : snapshot.connections)
        out.insert(c.connId, connection(c));
    return out;
}

QJsonObject market(const MarketSummary &m)
{
    FieldWriter w;
    marketFields(m, m, w);
    return w.object;
}

QJsonObject markets(const CoreSnapshot &snapshot)
{
    QJsonObject out;
    for (const MarketSummary &m : snapshot.markets)
        out.insert(m.symbol, market(m));
    return out;
}

QJsonObject timeoutEntry(const health::TimeoutEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), static_cast<qint64>(e.id)},
                  {QStringLiteral("ts"), e.ts},
                  {QStringLiteral("kind"), QLatin1String(health::timeoutKindName(e.kind))},
                  {QStringLiteral("duration_ms"), e.durationMs},
                  {QStringLiteral("detail"), e.detail}};
    if (!e.connId.isEmpty())
        o.insert(QStringLiteral("conn_id"), e.connId);
    if (!e.topic.isEmpty())
        o.insert(QStringLiteral("topic"), e.topic);
    if (!e.symbol.isEmpty())
        o.insert(QStringLiteral("symbol"), e.symbol);
    return o;
}

QJsonObject orderBook(const OrderBookView &book)
{
    return QJsonObject{{QStringLiteral("symbol"), book.symbol},
                       {QStringLiteral("depth"), book.depth},
                       {QStringLiteral("valid"), book.valid},
                       {QStringLiteral("b"), levels(book.bids)},
                       {QStringLiteral("a"), levels(book.asks)},
                       {QStringLiteral("u"), static_cast<qint64>(book.updateId)},
                       {QStringLiteral("seq"), static_cast<qint64>(book.seq)},
                       {QStringLiteral("ts"), book.tsMs}};
}

QJsonObject probe(const health::ProbeResult &p)
{
    QJsonArray targets;
    for (const health::ProbeTarget &t : p.targets) {
        QJsonArray stages;
        for (const health::ProbeStage &s : t.stages)
            stages.append(QJsonObject{{QStringLiteral("name"), s.name},
                                      {QStringLiteral("ok"), s.ok},
                                      {QStringLiteral("ms"), s.ms},
                                      {QStringLiteral("detail"), s.detail}});
        targets.append(QJsonObject{{QStringLiteral("url"), t.url}, {QStringLiteral("stages"), stages}});
    }
    return QJsonObject{{QStringLiteral("ts"), p.epochMs},
                       {QStringLiteral("trigger"), p.trigger},
                       {QStringLiteral("skew_known"), p.skewKnown},
                       {QStringLiteral("clock_skew_ms"), p.clockSkewMs},
                       {QStringLiteral("targets"), targets}};
}
QJsonObject candles(const CandleSeriesView &series)
{
    QJsonArray bars;
    for (const CandleSeriesView::Bar &b : series.bars)
        bars.append(QJsonArray{b.startMs, b.open, b.high, b.low, b.close, b.volume, b.confirmed});
    return QJsonObject{{QStringLiteral("symbol"), series.symbol},
                       {QStringLiteral("interval"), series.intervalMinutes},
                       {QStringLiteral("candles"), bars}};
}

Readiness readiness(const CoreSnapshot *snapshot, qint64 snapshotAgeMs, qint64 maxSnapshotAgeMs)
{
    Readiness r;
    if (!snapshot) {
        r.reasons << QStringLiteral("no snapshot published yet: the engine has not started publishing");
        return r;
    }
    if (snapshotAgeMs > maxSnapshotAgeMs)
        r.reasons << QStringLiteral("the engine published its last snapshot %1 ms ago").arg(snapshotAgeMs);
    if (snapshot->connections.empty()) {
        r.reasons << (snapshot->feedState.isEmpty()
                          ? QStringLiteral("no connection status yet: the connector has not published any")
                          : QStringLiteral("no connection status yet: %1").arg(snapshot->feedState));
    }
    for (const health::ConnectionStatus &c : snapshot->connections) {
        if (c.state != health::ConnectionState::Live) {
            r.reasons << QStringLiteral("%1 is %2%3")
                             .arg(c.connId, QLatin1String(health::connectionStateName(c.state)),
                                  c.reason.isEmpty() ? QString() : QStringLiteral(": ") + c.reason);
            continue;
        }
        if (c.topicsStale > 0)
            r.reasons
                << QStringLiteral("%1: %2 of %3 topics stale").arg(c.connId).arg(c.topicsStale).arg(c.topicsTotal);
        else if (c.topicsLive < c.topicsTotal)
            r.reasons << QStringLiteral("%1: %2 of %3 topics live").arg(c.connId).arg(c.topicsLive).arg(c.topicsTotal);
        if (!c.rejectedTopics.isEmpty())
            r.reasons << QStringLiteral("%1: the exchange refused %2").arg(c.connId, c.rejectedTopics.join(u", "));
    }
    QStringList invalidBooks;
    for (const MarketSummary &m : snapshot->markets) {
        if (!m.bookValid)
            invalidBooks << m.symbol;
    }
    if (!invalidBooks.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(invalidBooks.size(), 10);
        r.reasons << QStringLiteral("no valid order book yet for %1%2")
                         .arg(invalidBooks.first(shown).join(u", "),
                              invalidBooks.size() > shown
                                  ? QStringLiteral(" and %1 more").arg(invalidBooks.size() - shown)
                                  : QString());
    }
    r.ready = r.reasons.isEmpty();
    return r;
}

} // namespace virtuoso::api::snapshot_document
