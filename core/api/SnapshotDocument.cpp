#include "api/SnapshotDocument.h"

#include <QJsonDocument>

#include <cmath>

namespace virtuoso::api::snapshot_document {

namespace {

QJsonArray levels(const std::vector<std::pair<QString, QString>> &side)
{
    QJsonArray out;
    for (const auto &[price, size] : side)
        out.append(QJsonArray{price, size});
    return out;
}

QJsonObject latency(const health::HandlerLatency &l)
{
    return QJsonObject{{QStringLiteral("p50"), l.p50Us},
                       {QStringLiteral("p99"), l.p99Us},
                       {QStringLiteral("max"), l.maxUs},
                       {QStringLiteral("count"), static_cast<qint64>(l.count)}};
}

// Rates with one decimal: enough for operators, and the stream does not send a patch for noise.
double rate(double perSecond)
{
    return std::round(perSecond * 10.0) / 10.0;
}

} // namespace

QJsonObject topic(const health::TopicStatus &t)
{
    return QJsonObject{
        {QStringLiteral("topic"), t.topic},
        {QStringLiteral("state"), t.state},
        {QStringLiteral("since_ms"), t.sinceEpochMs},
        {QStringLiteral("messages"), static_cast<qint64>(t.messages)},
        {QStringLiteral("bytes"), static_cast<qint64>(t.bytes)},
        {QStringLiteral("messages_per_s"), rate(t.messagesPerSec)},
        {QStringLiteral("bytes_per_s"), rate(t.bytesPerSec)},
        {QStringLiteral("last_message_age_ms"), t.lastMessageAgeMs},
        {QStringLiteral("handler_latency_us"), latency(t.latency)},
        {QStringLiteral("last_error"), t.lastError},
    };
}

QJsonObject connection(const health::ConnectionStatus &c)
{
    QJsonArray transitions;
    for (const health::ConnectionTransition &t : c.transitions)
        transitions.append(QJsonObject{{QStringLiteral("ts"), t.epochMs},
                                       {QStringLiteral("from"), QLatin1String(health::connectionStateName(t.from))},
                                       {QStringLiteral("to"), QLatin1String(health::connectionStateName(t.to))},
                                       {QStringLiteral("reason"), t.reason}});
    QJsonObject topics;
    for (const health::TopicStatus &t : c.topics)
        topics.insert(t.topic, topic(t));
    return QJsonObject{
        {QStringLiteral("conn_id"), c.connId},
        {QStringLiteral("url"), c.url},
        {QStringLiteral("state"), QLatin1String(health::connectionStateName(c.state))},
        {QStringLiteral("reason"), c.reason},
        {QStringLiteral("since_ms"), c.sinceEpochMs},
        {QStringLiteral("backoff_attempt"), c.backoffAttempt},
        {QStringLiteral("backoff_delay_ms"), c.backoffDelayMs},
        {QStringLiteral("topics_total"), c.topicsTotal},
        {QStringLiteral("topics_live"), c.topicsLive},
        {QStringLiteral("topics_stale"), c.topicsStale},
        {QStringLiteral("rejected_topics"), QJsonArray::fromStringList(c.rejectedTopics)},
        {QStringLiteral("last_pong_rtt_ms"), c.lastPongRttMs},
        {QStringLiteral("frames_received"), static_cast<qint64>(c.framesReceived)},
        {QStringLiteral("reconnects"), c.reconnects},
        {QStringLiteral("resyncs"), c.resyncs},
        {QStringLiteral("max_subscribes_per_topic"), c.maxSubscribesPerTopic},
        {QStringLiteral("handler_latency_us"),
         QJsonObject{{QStringLiteral("p50"), c.latency.p50Us},
                     {QStringLiteral("p99"), c.latency.p99Us},
                     {QStringLiteral("max"), c.latency.maxUs},
                     {QStringLiteral("count"), static_cast<qint64>(c.latency.count)},
                     {QStringLiteral("recent"),
                      QJsonObject{{QStringLiteral("p50"), c.latency.recentP50Us},
                                  {QStringLiteral("p99"), c.latency.recentP99Us},
                                  {QStringLiteral("max"), c.latency.recentMaxUs},
                                  {QStringLiteral("count"), static_cast<qint64>(c.latency.recentCount)},
                                  {QStringLiteral("span_ms"), c.latency.recentSpanMs}}}}},
        {QStringLiteral("bytes_received"), static_cast<qint64>(c.bytesReceived)},
        {QStringLiteral("messages_per_s"), rate(c.messagesPerSec)},
        {QStringLiteral("bytes_per_s"), rate(c.bytesPerSec)},
        {QStringLiteral("last_message_age_ms"), c.lastMessageAgeMs},
        {QStringLiteral("last_error"), c.lastError},
        {QStringLiteral("sampled_ms"), c.sampledEpochMs},
        {QStringLiteral("transitions"), transitions},
        {QStringLiteral("topics"), topics},
    };
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

QJsonObject markets(const CoreSnapshot &snapshot)
{
    QJsonObject out;
    for (const MarketSummary &m : snapshot.markets) {
        out.insert(m.symbol, QJsonObject{
                                 {QStringLiteral("book_valid"), m.bookValid},
                                 {QStringLiteral("book_depth"), m.bookDepth},
                                 {QStringLiteral("bid"), m.bestBid},
                                 {QStringLiteral("bid_size"), m.bestBidSize},
                                 {QStringLiteral("ask"), m.bestAsk},
                                 {QStringLiteral("ask_size"), m.bestAskSize},
                                 {QStringLiteral("u"), static_cast<qint64>(m.bookUpdateId)},
                                 {QStringLiteral("seq"), static_cast<qint64>(m.bookSeq)},
                                 {QStringLiteral("book_ts"), m.bookTsMs},
                                 {QStringLiteral("last_price"), m.lastPrice},
                                 {QStringLiteral("mark_price"), m.markPrice},
                                 {QStringLiteral("index_price"), m.indexPrice},
                                 {QStringLiteral("high_24h"), m.highPrice24h},
                                 {QStringLiteral("low_24h"), m.lowPrice24h},
                                 {QStringLiteral("change_24h_pcnt"), m.price24hPcnt},
                                 {QStringLiteral("volume_24h"), m.volume24h},
                                 {QStringLiteral("turnover_24h"), m.turnover24h},
                                 {QStringLiteral("funding_rate"), m.fundingRate},
                                 {QStringLiteral("open_interest"), m.openInterest},
                                 {QStringLiteral("ticker_ts"), m.tickerTsMs},
                                 {QStringLiteral("trades"), static_cast<qint64>(m.trades)},
                                 {QStringLiteral("book_resyncs"), static_cast<qint64>(m.bookResyncs)},
                             });
    }
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

QJsonObject signal(const confluence::ConfluenceSignal &s)
{
    QJsonObject out = QJsonDocument::fromJson(QByteArray::fromStdString(s.toJson())).object();
    QJsonObject components = out.value(QStringLiteral("components")).toObject();
    for (const confluence::ComponentSummary &c : s.components) {
        const QString name = QLatin1String(confluence::componentName(c.id));
        QJsonObject component = components.value(name).toObject();
        QJsonArray blended;
        for (double v : c.blended)
            blended.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
        QJsonArray ready;
        for (bool r : c.timeframeReady)
            ready.append(r);
        component.insert(QStringLiteral("blended"), blended);
        component.insert(QStringLiteral("timeframe_ready"), ready);
        components.insert(name, component);
    }
    out.insert(QStringLiteral("components"), components);
    out.insert(QStringLiteral("ready"), s.ready);
    return out;
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

QJsonObject streamState(const CoreSnapshot &snapshot)
{
    QJsonObject state{
        {QStringLiteral("revision"), static_cast<qint64>(snapshot.revision)},
        {QStringLiteral("epoch_ms"), snapshot.epochMs},
        {QStringLiteral("data_source"), snapshot.dataSource},
        {QStringLiteral("feed_state"), snapshot.feedState},
        {QStringLiteral("markets"), markets(snapshot)},
        {QStringLiteral("connections"), connections(snapshot).value_or(QJsonObject{})},
    };
    // The journal tail keyed by id, so a new entry is a one-member patch.
    QJsonObject timeouts;
    for (const health::TimeoutEntry &e : snapshot.recentTimeouts)
        timeouts.insert(QString::number(e.id), timeoutEntry(e));
    state.insert(QStringLiteral("timeouts"), timeouts);
    state.insert(QStringLiteral("probe"), probe(snapshot.probe));
    QJsonObject signalsBySymbol;
    for (const auto &s : snapshot.confluenceSignals)
        if (s)
            signalsBySymbol.insert(QString::fromStdString(s->symbol), signal(*s));
    state.insert(QStringLiteral("signals"), signalsBySymbol);
    return state;
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
