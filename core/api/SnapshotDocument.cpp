#include "api/SnapshotDocument.h"

#include "api/JsonMergePatch.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

namespace virtuoso::api::snapshot_document {

namespace {

QJsonArray levels(const std::vector<std::pair<QString, QString>> &side)
{
    QJsonArray out;
    for (const auto &[price, size] : side)
        out.append(QJsonArray{price, size});
    return out;
}

// Rates with one decimal: enough for operators, and the stream does not send a patch for noise.
double rate(double perSecond)
{
    return std::round(perSecond * 10.0) / 10.0;
}

// Bit-equal, so that NaN equals NaN: "unchanged" is all that is asked.
bool same(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The objects that change on every tick (topics, connections, markets) are written once, as a list
// of fields over two values: FieldWriter takes the second and builds the object, FieldPatch puts
// into a merge patch only the fields whose values differ. The stream then patches 1,200 topics per
// tick without building two objects for each and diffing them.
class FieldWriter
{
public:
    QJsonObject object;

    template<class T>
    void operator()(const char *key, const T &, const T &value)
    {
        object.insert(QLatin1String(key), value);
    }
    void operator()(const char *key, double, double value) { object.insert(QLatin1String(key), value); }
    template<class Same, class Build>
    void computed(const char *key, Same &&, Build &&build)
    {
        object.insert(QLatin1String(key), build());
    }
    template<class Fields>
    void nested(const char *key, Fields &&fields)
    {
        FieldWriter inner;
        fields(inner);
        object.insert(QLatin1String(key), inner.object);
    }
};

class FieldPatch
{
public:
    QJsonObject patch;

    template<class T>
    void operator()(const char *key, const T &from, const T &to)
    {
        if (!(from == to))
            patch.insert(QLatin1String(key), to);
    }
    void operator()(const char *key, double from, double to)
    {
        if (!same(from, to))
            patch.insert(QLatin1String(key), to);
    }
    template<class Same, class Build>
    void computed(const char *key, Same &&unchanged, Build &&build)
    {
        if (!unchanged())
            patch.insert(QLatin1String(key), build());
    }
    template<class Fields>
    void nested(const char *key, Fields &&fields)
    {
        FieldPatch inner;
        fields(inner);
        if (!inner.patch.isEmpty())
            patch.insert(QLatin1String(key), inner.patch);
    }
};

template<class V>
void latencyFields(const health::HandlerLatency &a, const health::HandlerLatency &b, V &v)
{
    v("p50", a.p50Us, b.p50Us);
    v("p99", a.p99Us, b.p99Us);
    v("max", a.maxUs, b.maxUs);
    v("count", static_cast<qint64>(a.count), static_cast<qint64>(b.count));
}

template<class V>
void topicFields(const health::TopicStatus &a, const health::TopicStatus &b, V &v)
{
    v("topic", a.topic, b.topic);
    v("state", a.state, b.state);
    v("since_ms", a.sinceEpochMs, b.sinceEpochMs);
    v("messages", static_cast<qint64>(a.messages), static_cast<qint64>(b.messages));
    v("bytes", static_cast<qint64>(a.bytes), static_cast<qint64>(b.bytes));
    v("messages_per_s", rate(a.messagesPerSec), rate(b.messagesPerSec));
    v("bytes_per_s", rate(a.bytesPerSec), rate(b.bytesPerSec));
    v("last_message_age_ms", a.lastMessageAgeMs, b.lastMessageAgeMs);
    v.nested("handler_latency_us", [&](auto &w) { latencyFields(a.latency, b.latency, w); });
    v("last_error", a.lastError, b.lastError);
}

bool sameTransitions(const std::vector<health::ConnectionTransition> &a,
                     const std::vector<health::ConnectionTransition> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.epochMs == y.epochMs && x.from == y.from && x.to == y.to && x.reason == y.reason;
    });
}

QJsonArray transitions(const std::vector<health::ConnectionTransition> &list)
{
    QJsonArray out;
    for (const health::ConnectionTransition &t : list)
        out.append(QJsonObject{{QStringLiteral("ts"), t.epochMs},
                               {QStringLiteral("from"), QLatin1String(health::connectionStateName(t.from))},
                               {QStringLiteral("to"), QLatin1String(health::connectionStateName(t.to))},
                               {QStringLiteral("reason"), t.reason}});
    return out;
}

// Everything of a connection but its topics.
template<class V>
void connectionFields(const health::ConnectionStatus &a, const health::ConnectionStatus &b, V &v)
{
    v("conn_id", a.connId, b.connId);
    v("url", a.url, b.url);
    v("state", QString(QLatin1String(health::connectionStateName(a.state))),
      QString(QLatin1String(health::connectionStateName(b.state))));
    v("reason", a.reason, b.reason);
    v("since_ms", a.sinceEpochMs, b.sinceEpochMs);
    v("backoff_attempt", a.backoffAttempt, b.backoffAttempt);
    v("backoff_delay_ms", a.backoffDelayMs, b.backoffDelayMs);
    v("topics_total", a.topicsTotal, b.topicsTotal);
    v("topics_live", a.topicsLive, b.topicsLive);
    v("topics_stale", a.topicsStale, b.topicsStale);
    v.computed(
        "rejected_topics", [&] { return a.rejectedTopics == b.rejectedTopics; },
        [&] { return QJsonArray::fromStringList(b.rejectedTopics); });
    v("last_pong_rtt_ms", a.lastPongRttMs, b.lastPongRttMs);
    v("frames_received", static_cast<qint64>(a.framesReceived), static_cast<qint64>(b.framesReceived));
    v("reconnects", a.reconnects, b.reconnects);
    v("resyncs", a.resyncs, b.resyncs);
    v("max_subscribes_per_topic", a.maxSubscribesPerTopic, b.maxSubscribesPerTopic);
    v.nested("handler_latency_us", [&](auto &w) {
        latencyFields(a.latency, b.latency, w);
        w.nested("recent", [&](auto &r) {
            r("p50", a.latency.recentP50Us, b.latency.recentP50Us);
            r("p99", a.latency.recentP99Us, b.latency.recentP99Us);
            r("max", a.latency.recentMaxUs, b.latency.recentMaxUs);
            r("count", static_cast<qint64>(a.latency.recentCount), static_cast<qint64>(b.latency.recentCount));
            r("span_ms", a.latency.recentSpanMs, b.latency.recentSpanMs);
        });
    });
    v("bytes_received", static_cast<qint64>(a.bytesReceived), static_cast<qint64>(b.bytesReceived));
    v("messages_per_s", rate(a.messagesPerSec), rate(b.messagesPerSec));
    v("bytes_per_s", rate(a.bytesPerSec), rate(b.bytesPerSec));
    v("last_message_age_ms", a.lastMessageAgeMs, b.lastMessageAgeMs);
    v("last_error", a.lastError, b.lastError);
    v("sampled_ms", a.sampledEpochMs, b.sampledEpochMs);
    v.computed(
        "transitions", [&] { return sameTransitions(a.transitions, b.transitions); },
        [&] { return transitions(b.transitions); });
}

template<class V>
void marketFields(const MarketSummary &a, const MarketSummary &b, V &v)
{
    v("book_valid", a.bookValid, b.bookValid);
    v("book_depth", a.bookDepth, b.bookDepth);
    v("bid", a.bestBid, b.bestBid);
    v("bid_size", a.bestBidSize, b.bestBidSize);
    v("ask", a.bestAsk, b.bestAsk);
    v("ask_size", a.bestAskSize, b.bestAskSize);
    v("u", static_cast<qint64>(a.bookUpdateId), static_cast<qint64>(b.bookUpdateId));
    v("seq", static_cast<qint64>(a.bookSeq), static_cast<qint64>(b.bookSeq));
    v("book_ts", a.bookTsMs, b.bookTsMs);
    v("last_price", a.lastPrice, b.lastPrice);
    v("mark_price", a.markPrice, b.markPrice);
    v("index_price", a.indexPrice, b.indexPrice);
    v("high_24h", a.highPrice24h, b.highPrice24h);
    v("low_24h", a.lowPrice24h, b.lowPrice24h);
    v("change_24h_pcnt", a.price24hPcnt, b.price24hPcnt);
    v("volume_24h", a.volume24h, b.volume24h);
    v("turnover_24h", a.turnover24h, b.turnover24h);
    v("funding_rate", a.fundingRate, b.fundingRate);
    v("open_interest", a.openInterest, b.openInterest);
    v("ticker_ts", a.tickerTsMs, b.tickerTsMs);
    v("trades", static_cast<qint64>(a.trades), static_cast<qint64>(b.trades));
    v("book_resyncs", static_cast<qint64>(a.bookResyncs), static_cast<qint64>(b.bookResyncs));
}

// The patch of a collection keyed by `keyOf`: new entries whole, removed ones null, the others
// through `patchOf`. A later entry with the same key wins, as a QJsonObject insert does.
template<class Item, class KeyOf, class Build, class PatchOf>
QJsonObject keyedPatch(const std::vector<Item> &from, const std::vector<Item> &to, KeyOf keyOf, Build build,
                       PatchOf patchOf)
{
    QJsonObject patch;
    // Nearly always the same keys in the same order: patch entry by entry without any lookup. A
    // repeated key ends with what its last occurrence gives, as with the lookups below.
    if (std::equal(from.begin(), from.end(), to.begin(), to.end(),
                   [&](const Item &x, const Item &y) { return keyOf(x) == keyOf(y); })) {
        for (size_t i = 0; i < to.size(); ++i) {
            const QJsonObject entry = patchOf(from[i], to[i]);
            if (!entry.isEmpty())
                patch.insert(keyOf(to[i]), entry);
            else
                patch.remove(keyOf(to[i]));
        }
        return patch;
    }
    QHash<QString, const Item *> before;
    for (const Item &item : from)
        before.insert(keyOf(item), &item);
    QHash<QString, const Item *> after;
    for (const Item &item : to)
        after.insert(keyOf(item), &item);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            patch.insert(it.key(), build(**it));
            continue;
        }
        const QJsonObject entry = patchOf(**old, **it);
        if (!entry.isEmpty())
            patch.insert(it.key(), entry);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    return patch;
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

QJsonObject connectionPatch(const health::ConnectionStatus &from, const health::ConnectionStatus &to)
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

QJsonObject marketPatch(const MarketSummary &from, const MarketSummary &to)
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

namespace {

// The signal's JSON is written here member by member, the same document ConfluenceSignal::toJson()
// writes (a test compares them) plus what the workstation's breakdown draws, without a text round
// trip: the stream builds hundreds of these per tick.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject subIndicator(const confluence::SubIndicatorReading &sub)
{
    QJsonObject o{{QStringLiteral("name"), QLatin1String(sub.name)},
                  {QStringLiteral("state"), QLatin1String(confluence::sufficiencyName(sub.state))}};
    if (sub.state == confluence::Sufficiency::Warming) {
        o.insert(QStringLiteral("have"), sub.have);
        o.insert(QStringLiteral("need"), sub.need);
    } else if (sub.state == confluence::Sufficiency::Unavailable) {
        o.insert(QStringLiteral("why"), QLatin1String(sub.why ? sub.why : ""));
    } else {
        o.insert(QStringLiteral("value"), number(sub.value));
        o.insert(QStringLiteral("score"), number(sub.score));
        QJsonObject inputs;
        for (int i = 0; i < sub.inputCount; ++i)
            inputs.insert(QLatin1String(sub.inputs[size_t(i)].name), number(sub.inputs[size_t(i)].value));
        o.insert(QStringLiteral("inputs"), inputs);
    }
    return o;
}

QJsonArray subIndicators(const confluence::ComponentReading &r);

QJsonObject reading(const confluence::ComponentReading &r)
{
    return QJsonObject{{QStringLiteral("score"), number(r.score)},
                       {QStringLiteral("sub_indicators"), subIndicators(r)}};
}

QJsonObject component(const confluence::ComponentSummary &c)
{
    QJsonObject o{{QStringLiteral("weight"), number(c.weight)},
                  {QStringLiteral("score"), number(c.score)},
                  {QStringLiteral("coverage"), number(c.coverage)}};
    if (c.perTimeframe) {
        QJsonObject timeframes;
        for (int t = 0; t < confluence::kTimeframeCount; ++t)
            timeframes.insert(QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(t))),
                              reading(c.timeframes[size_t(t)]));
        o.insert(QStringLiteral("timeframes"), timeframes);
    } else {
        o.insert(QStringLiteral("live"), reading(c.timeframes[0]));
    }
    QJsonArray blended;
    for (double v : c.blended)
        blended.append(number(v));
    QJsonArray ready;
    for (bool r : c.timeframeReady)
        ready.append(r);
    o.insert(QStringLiteral("blended"), blended);
    o.insert(QStringLiteral("timeframe_ready"), ready);
    return o;
}

// Everything of a signal but its components.
QJsonObject signalHead(const confluence::ConfluenceSignal &s)
{
    QJsonArray conflicts;
    for (int i = 0; i < s.conflictCount; ++i) {
        const confluence::SignalConflict &c = s.conflicts[size_t(i)];
        conflicts.append(
            QJsonObject{{QStringLiteral("component"), QLatin1String(confluence::componentName(c.component))},
                        {QStringLiteral("high"), QLatin1String(c.high)},
                        {QStringLiteral("high_score"), number(c.highScore)},
                        {QStringLiteral("low"), QLatin1String(c.low)},
                        {QStringLiteral("low_score"), number(c.lowScore)}});
    }
    return QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(s.symbol)},
                       {QStringLiteral("ts"), static_cast<qint64>(s.timestampMs)},
                       {QStringLiteral("seq"), static_cast<qint64>(s.sequence)},
                       {QStringLiteral("score"), number(s.score)},
                       {QStringLiteral("direction"), QLatin1String(confluence::directionName(s.direction))},
                       {QStringLiteral("reliability"), number(s.reliability)},
                       {QStringLiteral("coverage"), number(s.coverage)},
                       {QStringLiteral("agreement"), number(s.agreement)},
                       {QStringLiteral("mixed_signals"), s.mixedSignals()},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("ready"), s.ready}};
}

bool sameSub(const confluence::SubIndicatorReading &a, const confluence::SubIndicatorReading &b)
{
    if (a.name != b.name || a.state != b.state || a.have != b.have || a.need != b.need || a.why != b.why ||
        !same(a.value, b.value) || !same(a.score, b.score) || a.inputCount != b.inputCount)
        return false;
    for (int i = 0; i < a.inputCount; ++i) {
        if (a.inputs[size_t(i)].name != b.inputs[size_t(i)].name ||
            !same(a.inputs[size_t(i)].value, b.inputs[size_t(i)].value))
            return false;
    }
    return true;
}

bool sameReading(const confluence::ComponentReading &a, const confluence::ComponentReading &b)
{
    if (a.count != b.count || !same(a.score, b.score))
        return false;
    for (int i = 0; i < a.count; ++i) {
        if (!sameSub(a.subs[size_t(i)], b.subs[size_t(i)]))
            return false;
    }
    return true;
}

bool sameComponent(const confluence::ComponentSummary &a, const confluence::ComponentSummary &b)
{
    if (a.id != b.id || !same(a.weight, b.weight) || a.perTimeframe != b.perTimeframe ||
        a.timeframeReady != b.timeframeReady || !same(a.score, b.score) || !same(a.coverage, b.coverage))
        return false;
    for (size_t i = 0; i < a.blended.size(); ++i) {
        if (!same(a.blended[i], b.blended[i]))
            return false;
    }
    for (int t = 0; t < (a.perTimeframe ? confluence::kTimeframeCount : 1); ++t) {
        if (!sameReading(a.timeframes[size_t(t)], b.timeframes[size_t(t)]))
            return false;
    }
    return true;
}

QJsonArray subIndicators(const confluence::ComponentReading &r)
{
    QJsonArray subs;
    for (int i = 0; i < r.count; ++i)
        subs.append(subIndicator(r.subs[size_t(i)]));
    return subs;
}

// merge_patch::diff(component(a), component(b)): arrays are replaced whole, so a timeframe's
// sub-indicators are written only when one of them changed.
QJsonObject componentPatchOf(const confluence::ComponentSummary &a, const confluence::ComponentSummary &b)
{
    QJsonObject patch;
    const auto scalar = [&](const char *key, double from, double to) {
        if (!same(from, to) && number(from) != number(to))
            patch.insert(QLatin1String(key), number(to));
    };
    scalar("weight", a.weight, b.weight);
    scalar("score", a.score, b.score);
    scalar("coverage", a.coverage, b.coverage);
    const auto readingPatch = [](const confluence::ComponentReading &x, const confluence::ComponentReading &y) {
        QJsonObject p;
        if (!same(x.score, y.score) && number(x.score) != number(y.score))
            p.insert(QStringLiteral("score"), number(y.score));
        bool subsSame = x.count == y.count;
        for (int i = 0; subsSame && i < y.count; ++i)
            subsSame = sameSub(x.subs[size_t(i)], y.subs[size_t(i)]);
        if (!subsSame) {
            const QJsonArray subs = subIndicators(y);
            if (subs != subIndicators(x))
                p.insert(QStringLiteral("sub_indicators"), subs);
        }
        return p;
    };
    if (a.perTimeframe != b.perTimeframe)
        return merge_patch::diff(component(a), component(b));
    if (b.perTimeframe) {
        QJsonObject timeframes;
        for (int t = 0; t < confluence::kTimeframeCount; ++t) {
            const QJsonObject p = readingPatch(a.timeframes[size_t(t)], b.timeframes[size_t(t)]);
            if (!p.isEmpty())
                timeframes.insert(QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(t))), p);
        }
        if (!timeframes.isEmpty())
            patch.insert(QStringLiteral("timeframes"), timeframes);
    } else {
        const QJsonObject p = readingPatch(a.timeframes[0], b.timeframes[0]);
        if (!p.isEmpty())
            patch.insert(QStringLiteral("live"), p);
    }
    bool blendedSame = true;
    for (size_t i = 0; i < b.blended.size(); ++i)
        blendedSame = blendedSame && number(a.blended[i]) == number(b.blended[i]);
    if (!blendedSame) {
        QJsonArray blended;
        for (double v : b.blended)
            blended.append(number(v));
        patch.insert(QStringLiteral("blended"), blended);
    }
    if (a.timeframeReady != b.timeframeReady) {
        QJsonArray ready;
        for (bool r : b.timeframeReady)
            ready.append(r);
        patch.insert(QStringLiteral("timeframe_ready"), ready);
    }
    return patch;
}

// merge_patch::diff(signal(from), signal(to)), looking only into the components that changed.
QJsonObject signalPatch(const confluence::ConfluenceSignal &from, const confluence::ConfluenceSignal &to)
{
    QJsonObject patch = merge_patch::diff(signalHead(from), signalHead(to));
    QJsonObject components;
    for (size_t i = 0; i < to.components.size(); ++i) {
        const confluence::ComponentSummary &a = from.components[i];
        const confluence::ComponentSummary &b = to.components[i];
        if (a.id != b.id) // never in practice: the components are in a fixed order
            return merge_patch::diff(signal(from), signal(to));
        if (sameComponent(a, b))
            continue;
        const QJsonObject componentPatch = componentPatchOf(a, b);
        if (!componentPatch.isEmpty())
            components.insert(QLatin1String(confluence::componentName(b.id)), componentPatch);
    }
    if (!components.isEmpty())
        patch.insert(QStringLiteral("components"), components);
    return patch;
}

} // namespace

QJsonObject signal(const confluence::ConfluenceSignal &s)
{
    QJsonObject out = signalHead(s);
    QJsonObject components;
    for (const confluence::ComponentSummary &c : s.components)
        components.insert(QLatin1String(confluence::componentName(c.id)), component(c));
    out.insert(QStringLiteral("components"), components);
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

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal for `key`, escaped as QJsonDocument escapes it.
QByteArray jsonKey(const QString &key)
{
    const QByteArray array = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The top-level members that are not keyed collections.
QJsonObject scalars(const CoreSnapshot &snapshot)
{
    return QJsonObject{
        {QStringLiteral("revision"), static_cast<qint64>(snapshot.revision)},
        {QStringLiteral("epoch_ms"), snapshot.epochMs},
        {QStringLiteral("data_source"), snapshot.dataSource},
        {QStringLiteral("feed_state"), snapshot.feedState},
        {QStringLiteral("probe"), probe(snapshot.probe)},
    };
}

// One keyed collection of the stream state (markets by symbol, connections by id, ...), as the
// entries of one snapshot. A later entry with the same key wins, as a QJsonObject insert does.
struct Section
{
    QString name;
    // key → builds the entry's object; `identity` is the object it is built from (equal identities:
    // the same object, so nothing changed).
    struct Entry
    {
        std::function<QJsonObject()> build;
        const void *identity = nullptr;
        // The entry's patch from the entry of the same key with `identity`; empty: diff the objects.
        std::function<QJsonObject(const void *)> patchFrom;
    };
    std::function<QMap<QString, Entry>(const CoreSnapshot &)> entries;
};

const std::vector<Section> &sections()
{
    static const std::vector<Section> all = {
        {QStringLiteral("markets"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const MarketSummary &m : s.markets)
                 out.insert(m.symbol, {[&m] { return market(m); }, &m,
                                       [&m](const void *old) {
                                           return marketPatch(*static_cast<const MarketSummary *>(old), m);
                                       }});
             return out;
         }},
        {QStringLiteral("connections"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const health::ConnectionStatus &c : s.connections)
                 out.insert(c.connId, {[&c] { return connection(c); }, &c,
                                       [&c](const void *old) {
                                           return connectionPatch(*static_cast<const health::ConnectionStatus *>(old),
                                                                  c);
                                       }});
             return out;
         }},
        {QStringLiteral("timeouts"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const health::TimeoutEntry &e : s.recentTimeouts)
                 out.insert(QString::number(e.id), {[&e] { return timeoutEntry(e); }, nullptr, {}});
             return out;
         }},
        {QStringLiteral("signals"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const auto &signalPtr : s.confluenceSignals) {
                 if (signalPtr)
                     out.insert(QString::fromStdString(signalPtr->symbol),
                                {[p = signalPtr.get()] { return signal(*p); }, signalPtr.get(),
                                 [p = signalPtr.get()](const void *old) {
                                     return signalPatch(*static_cast<const confluence::ConfluenceSignal *>(old), *p);
                                 }});
             }
             return out;
         }},
    };
    return all;
}

QByteArray fullData(const CoreSnapshot &to)
{
    QByteArray out = compactJson(scalars(to));
    out.chop(1); // the closing brace: the collections follow
    for (const Section &section : sections()) {
        out += ',' + jsonKey(section.name) + ":{";
        bool first = true;
        const QMap<QString, Section::Entry> entries = section.entries(to);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!first)
                out += ',';
            first = false;
            out += jsonKey(it.key()) + ':' + compactJson(it.value().build());
        }
        out += '}';
    }
    out += '}';
    return out;
}

QByteArray patchData(const CoreSnapshot &from, const CoreSnapshot &to)
{
    QJsonObject patch = merge_patch::diff(scalars(from), scalars(to));
    for (const Section &section : sections()) {
        QMap<QString, Section::Entry> before = section.entries(from);
        const QMap<QString, Section::Entry> after = section.entries(to);
        QJsonObject changes;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const auto old = before.constFind(it.key());
            if (old == before.cend()) {
                changes.insert(it.key(), it.value().build());
                continue;
            }
            if (!old.value().identity || old.value().identity != it.value().identity) {
                const QJsonObject entryPatch = it.value().patchFrom && old.value().identity
                                                   ? it.value().patchFrom(old.value().identity)
                                                   : merge_patch::diff(old.value().build(), it.value().build());
                if (!entryPatch.isEmpty())
                    changes.insert(it.key(), entryPatch);
            }
            before.erase(old);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            changes.insert(it.key(), QJsonValue::Null);
        if (!changes.isEmpty())
            patch.insert(section.name, changes);
    }
    return compactJson(patch);
}

} // namespace

QJsonObject streamState(const CoreSnapshot &snapshot)
{
    // The same sections as streamData, so the two can never disagree.
    QJsonObject state = scalars(snapshot);
    for (const Section &section : sections()) {
        QJsonObject collection;
        const QMap<QString, Section::Entry> entries = section.entries(snapshot);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            collection.insert(it.key(), it.value().build());
        state.insert(section.name, collection);
    }
    return state;
}

QByteArray streamData(const CoreSnapshot *from, const CoreSnapshot &to)
{
    return from ? patchData(*from, to) : fullData(to);
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
