#pragma once
// Inside the snapshot documents: the field lists of the objects that change on every tick, written
// once for building an object and for patching one, and the per-entry patches the stream uses.
// Included by SnapshotDocument.cpp, SignalDocument.cpp and StreamDocument.cpp only.

#include "api/SnapshotDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace virtuoso::api::snapshot_document::detail {

// Rates with one decimal: enough for operators, and the stream does not send a patch for noise.
inline double rate(double perSecond)
{
    return std::round(perSecond * 10.0) / 10.0;
}

// Bit-equal, so that NaN equals NaN: "unchanged" is all that is asked.
inline bool same(double a, double b)
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
    v("stale_after_ms", a.staleAfterMs, b.staleAfterMs);
    v.nested("handler_latency_us", [&](auto &w) { latencyFields(a.latency, b.latency, w); });
    v("last_error", a.lastError, b.lastError);
}

inline bool sameTransitions(const std::vector<health::ConnectionTransition> &a,
                            const std::vector<health::ConnectionTransition> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.epochMs == y.epochMs && x.from == y.from && x.to == y.to && x.reason == y.reason;
    });
}

inline QJsonArray transitions(const std::vector<health::ConnectionTransition> &list)
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
    v("last_data_age_ms", a.lastDataAgeMs, b.lastDataAgeMs);
    v("stale_after_ms", a.staleAfterMs, b.staleAfterMs);
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
    v("open_interest_value", a.openInterestValue, b.openInterestValue);
    v("next_funding_ts", a.nextFundingTimeMs, b.nextFundingTimeMs);
    v("price_decimals", a.priceDecimals, b.priceDecimals);
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

// merge_patch::diff of the two entries' documents, built field by field (SnapshotDocument.cpp).
QJsonObject connectionPatch(const health::ConnectionStatus &from, const health::ConnectionStatus &to);
QJsonObject marketPatch(const MarketSummary &from, const MarketSummary &to);
// merge_patch::diff(signal(from), signal(to)), looking only into the components that changed
// (SignalDocument.cpp).
QJsonObject signalPatch(const confluence::ConfluenceSignal &from, const confluence::ConfluenceSignal &to);

} // namespace virtuoso::api::snapshot_document::detail
