#include "api/SnapshotReader.h"

#include "api/AlertsDocument.h"

#include <QJsonArray>

#include <algorithm>

#include <cmath>
#include <limits>
#include <mutex>
#include <set>
#include <string>

namespace virtuoso::api::snapshot_reader {

namespace {

constexpr int kMaxProblems = 20;

void note(QStringList *problems, const QString &what)
{
    if (problems && problems->size() < kMaxProblems)
        problems->append(what);
}

// Each accessor returns the default when the key is missing or null, and notes a value of the
// wrong type or out of range.
struct Reader
{
    const QJsonObject &json;
    QStringList *problems;
    QString where;

    bool has(QLatin1StringView key) const
    {
        const QJsonValue v = json.value(key);
        return !v.isUndefined() && !v.isNull();
    }
    void bad(QLatin1StringView key, const char *expected) const
    {
        note(problems, QStringLiteral("%1.%2: expected %3").arg(where, key, QLatin1String(expected)));
    }
    QString string(QLatin1StringView key) const
    {
        const QJsonValue v = json.value(key);
        if (v.isString())
            return v.toString();
        if (has(key))
            bad(key, "a string");
        return {};
    }
    bool boolean(QLatin1StringView key) const
    {
        const QJsonValue v = json.value(key);
        if (v.isBool())
            return v.toBool();
        if (has(key))
            bad(key, "true or false");
        return false;
    }
    qint64 integer(QLatin1StringView key, qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max(), qint64 fallback = 0) const
    {
        const QJsonValue v = json.value(key);
        if (!v.isDouble()) {
            if (has(key))
                bad(key, "a number");
            return fallback;
        }
        const double d = v.toDouble();
        // QJsonValue::toInteger gives the default for non-integral or unrepresentable numbers.
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i == std::numeric_limits<qint64>::min() || d != std::trunc(d) || i < min || i > max) {
            bad(key, "a whole number in range");
            return fallback;
        }
        return i;
    }
    int integer32(QLatin1StringView key, int min = std::numeric_limits<int>::min(),
                  int max = std::numeric_limits<int>::max(), int fallback = 0) const
    {
        return static_cast<int>(integer(key, min, max, fallback));
    }
    quint64 unsignedInteger(QLatin1StringView key) const { return static_cast<quint64>(integer(key, 0)); }
    // null stands for "no value" (NaN) in the documents we read.
    double number(QLatin1StringView key, double fallback = NAN) const
    {
        const QJsonValue v = json.value(key);
        if (v.isDouble())
            return v.toDouble();
        if (has(key))
            bad(key, "a number or null");
        return fallback;
    }
    QJsonObject object(QLatin1StringView key) const
    {
        const QJsonValue v = json.value(key);
        if (v.isObject())
            return v.toObject();
        if (has(key))
            bad(key, "an object");
        return {};
    }
    QJsonArray array(QLatin1StringView key) const
    {
        const QJsonValue v = json.value(key);
        if (v.isArray())
            return v.toArray();
        if (has(key))
            bad(key, "an array");
        return {};
    }
};

std::optional<health::ConnectionState> parseState(const QString &name)
{
    using health::ConnectionState;
    for (ConnectionState s :
         {ConnectionState::Idle, ConnectionState::Connecting, ConnectionState::Subscribing, ConnectionState::Live,
          ConnectionState::Stale, ConnectionState::Backoff, ConnectionState::Stopped})
        if (name == QLatin1String(health::connectionStateName(s)))
            return s;
    return std::nullopt;
}

// The confluence types name their sub-indicators and inputs with static strings. Names read from
// a document are interned once for the life of the process; the table is bounded so hostile
// documents cannot grow it without end (past the bound, unknown names read as "?").
const char *intern(const QString &text)
{
    static std::mutex mutex;
    static std::set<std::string> *table = new std::set<std::string>; // never freed: pointers escape
    constexpr size_t kMaxInterned = 4096;
    const std::string key = text.left(200).toStdString();
    std::lock_guard lock(mutex);
    auto it = table->find(key);
    if (it != table->end())
        return it->c_str();
    if (table->size() >= kMaxInterned)
        return "?";
    return table->insert(key).first->c_str();
}

template<typename Enum, int Count>
std::optional<Enum> parseEnum(const QString &name, const char *(*toName)(Enum))
{
    for (int i = 0; i < Count; ++i)
        if (name == QLatin1String(toName(static_cast<Enum>(i))))
            return static_cast<Enum>(i);
    return std::nullopt;
}

confluence::SubIndicatorReading subIndicator(const QJsonObject &json, QStringList *problems, const QString &where)
{
    const Reader r{json, problems, where};
    confluence::SubIndicatorReading sub;
    sub.name = intern(r.string(QLatin1StringView("name")));
    const QString state = r.string(QLatin1StringView("state"));
    const auto parsed = parseEnum<confluence::Sufficiency, 3>(state, confluence::sufficiencyName);
    if (!parsed && !state.isEmpty())
        note(problems, QStringLiteral("%1.state: unknown sufficiency '%2'").arg(where, state.left(40)));
    switch (parsed.value_or(confluence::Sufficiency::Unavailable)) {
    case confluence::Sufficiency::Warming:
        sub.setWarming(r.integer32(QLatin1StringView("have"), 0), r.integer32(QLatin1StringView("need"), 0));
        break;
    case confluence::Sufficiency::Unavailable:
        sub.setUnavailable(intern(r.string(QLatin1StringView("why"))));
        break;
    case confluence::Sufficiency::Ready: {
        sub.state = confluence::Sufficiency::Ready;
        sub.value = r.number(QLatin1StringView("value"));
        sub.score = r.number(QLatin1StringView("score"));
        const QJsonObject inputs = r.object(QLatin1StringView("inputs"));
        for (auto it = inputs.begin(); it != inputs.end() && sub.inputCount < int(sub.inputs.size()); ++it)
            sub.inputs[size_t(sub.inputCount++)] = {intern(it.key()),
                                                    it.value().isDouble() ? it.value().toDouble() : NAN};
        break;
    }
    }
    return sub;
}

confluence::ComponentReading componentReading(const QJsonObject &json, QStringList *problems, const QString &where)
{
    const Reader r{json, problems, where};
    confluence::ComponentReading reading;
    reading.score = r.number(QLatin1StringView("score"));
    const QJsonArray subs = r.array(QLatin1StringView("sub_indicators"));
    for (const QJsonValue &v : subs) {
        if (reading.count >= confluence::kMaxSubIndicators) {
            note(problems,
                 QStringLiteral("%1: more than %2 sub-indicators").arg(where).arg(confluence::kMaxSubIndicators));
            break;
        }
        reading.subs[size_t(reading.count++)] = subIndicator(v.toObject(), problems, where + QStringLiteral(".sub"));
        if (reading.subs[size_t(reading.count - 1)].state == confluence::Sufficiency::Ready)
            ++reading.ready;
    }
    return reading;
}

} // namespace

health::HandlerLatency handlerLatency(const QJsonObject &json, QStringList *problems, const QString &where)
{
    const Reader l{json, problems, where};
    health::HandlerLatency latency;
    latency.p50Us = l.integer(QLatin1StringView("p50"), 0);
    latency.p99Us = l.integer(QLatin1StringView("p99"), 0);
    latency.maxUs = l.integer(QLatin1StringView("max"), 0);
    latency.count = l.unsignedInteger(QLatin1StringView("count"));
    return latency;
}

double rate(const Reader &r, QLatin1StringView key)
{
    const double v = r.number(key);
    return std::isfinite(v) && v >= 0 ? v : 0;
}

health::TopicStatus topicStatus(const QString &name, const QJsonObject &json, QStringList *problems,
                                const QString &where)
{
    const Reader r{json, problems, where};
    health::TopicStatus t;
    t.topic = name;
    t.state = r.string(QLatin1StringView("state")).left(16);
    t.sinceEpochMs = r.integer(QLatin1StringView("since_ms"), 0);
    t.messages = r.unsignedInteger(QLatin1StringView("messages"));
    t.bytes = r.unsignedInteger(QLatin1StringView("bytes"));
    t.messagesPerSec = rate(r, QLatin1StringView("messages_per_s"));
    t.bytesPerSec = rate(r, QLatin1StringView("bytes_per_s"));
    t.lastMessageAgeMs =
        r.integer(QLatin1StringView("last_message_age_ms"), -1, std::numeric_limits<qint64>::max(), -1);
    t.staleAfterMs = r.integer(QLatin1StringView("stale_after_ms"), 0);
    t.latency = handlerLatency(r.object(QLatin1StringView("handler_latency_us")), problems,
                               where + QStringLiteral(".handler_latency_us"));
    t.lastError = r.string(QLatin1StringView("last_error"));
    return t;
}

health::ConnectionStatus connection(const QString &connId, const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("connections.%1").arg(connId.left(40))};
    health::ConnectionStatus c;
    c.connId = connId;
    c.url = r.string(QLatin1StringView("url"));
    const QString state = r.string(QLatin1StringView("state"));
    if (const auto s = parseState(state))
        c.state = *s;
    else if (!state.isEmpty())
        note(problems, QStringLiteral("%1.state: unknown state '%2'").arg(r.where, state.left(40)));
    c.reason = r.string(QLatin1StringView("reason"));
    c.sinceEpochMs = r.integer(QLatin1StringView("since_ms"), 0);
    c.backoffAttempt = r.integer32(QLatin1StringView("backoff_attempt"), 0);
    c.backoffDelayMs = r.integer(QLatin1StringView("backoff_delay_ms"), 0);
    c.topicsTotal = r.integer32(QLatin1StringView("topics_total"), 0);
    c.topicsLive = r.integer32(QLatin1StringView("topics_live"), 0);
    c.topicsStale = r.integer32(QLatin1StringView("topics_stale"), 0);
    for (const QJsonValue &t : r.array(QLatin1StringView("rejected_topics")))
        if (t.isString() && c.rejectedTopics.size() < 10000)
            c.rejectedTopics << t.toString();
    c.lastPongRttMs = r.integer(QLatin1StringView("last_pong_rtt_ms"), -1, std::numeric_limits<qint64>::max(), -1);
    c.framesReceived = r.unsignedInteger(QLatin1StringView("frames_received"));
    c.reconnects = r.integer32(QLatin1StringView("reconnects"), 0);
    c.resyncs = r.integer32(QLatin1StringView("resyncs"), 0);
    c.maxSubscribesPerTopic = r.integer32(QLatin1StringView("max_subscribes_per_topic"), 0);
    const QJsonObject latency = r.object(QLatin1StringView("handler_latency_us"));
    const Reader l{latency, problems, r.where + QStringLiteral(".handler_latency_us")};
    c.latency.p50Us = l.integer(QLatin1StringView("p50"), 0);
    c.latency.p99Us = l.integer(QLatin1StringView("p99"), 0);
    c.latency.maxUs = l.integer(QLatin1StringView("max"), 0);
    c.latency.count = l.unsignedInteger(QLatin1StringView("count"));
    const QJsonObject recentLatency = l.object(QLatin1StringView("recent"));
    const Reader recent{recentLatency, problems, l.where + QStringLiteral(".recent")};
    c.latency.recentP50Us = recent.integer(QLatin1StringView("p50"), 0);
    c.latency.recentP99Us = recent.integer(QLatin1StringView("p99"), 0);
    c.latency.recentMaxUs = recent.integer(QLatin1StringView("max"), 0);
    c.latency.recentCount = recent.unsignedInteger(QLatin1StringView("count"));
    c.latency.recentSpanMs = recent.integer(QLatin1StringView("span_ms"), 0);
    c.bytesReceived = r.unsignedInteger(QLatin1StringView("bytes_received"));
    c.messagesPerSec = rate(r, QLatin1StringView("messages_per_s"));
    c.bytesPerSec = rate(r, QLatin1StringView("bytes_per_s"));
    c.lastMessageAgeMs =
        r.integer(QLatin1StringView("last_message_age_ms"), -1, std::numeric_limits<qint64>::max(), -1);
    c.lastDataAgeMs = r.integer(QLatin1StringView("last_data_age_ms"), -1, std::numeric_limits<qint64>::max(), -1);
    c.staleAfterMs = r.integer(QLatin1StringView("stale_after_ms"), 0);
    c.lastError = r.string(QLatin1StringView("last_error"));
    // The monotonic reading time is the core's own; only the wall-clock one travels.
    c.sampledEpochMs = r.integer(QLatin1StringView("sampled_ms"), 0);
    const QJsonObject topics = r.object(QLatin1StringView("topics"));
    for (auto it = topics.begin(); it != topics.end() && c.topics.size() < 10000; ++it)
        c.topics.push_back(topicStatus(it.key().left(200), it.value().toObject(), problems,
                                       r.where + QStringLiteral(".topics.") + it.key().left(40)));
    const QJsonArray transitions = r.array(QLatin1StringView("transitions"));
    // Keep the most recent ones when there are too many.
    const qsizetype first = std::max<qsizetype>(0, transitions.size() - 1024);
    for (qsizetype i = first; i < transitions.size(); ++i) {
        const QJsonObject o = transitions.at(i).toObject();
        const Reader t{o, problems, r.where + QStringLiteral(".transitions")};
        const auto from = parseState(t.string(QLatin1StringView("from")));
        const auto to = parseState(t.string(QLatin1StringView("to")));
        if (!from || !to) {
            note(problems, QStringLiteral("%1.transitions: a transition with an unknown state").arg(r.where));
            continue;
        }
        c.transitions.push_back(
            {t.integer(QLatin1StringView("ts"), 0), *from, *to, t.string(QLatin1StringView("reason"))});
    }
    return c;
}

MarketSummary market(const QString &symbol, const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("markets.%1").arg(symbol.left(40))};
    MarketSummary m;
    m.symbol = symbol;
    m.bookValid = r.boolean(QLatin1StringView("book_valid"));
    m.bookDepth = r.integer32(QLatin1StringView("book_depth"), 0);
    m.bestBid = r.string(QLatin1StringView("bid"));
    m.bestBidSize = r.string(QLatin1StringView("bid_size"));
    m.bestAsk = r.string(QLatin1StringView("ask"));
    m.bestAskSize = r.string(QLatin1StringView("ask_size"));
    m.bookUpdateId = r.unsignedInteger(QLatin1StringView("u"));
    m.bookSeq = r.unsignedInteger(QLatin1StringView("seq"));
    m.bookTsMs = r.integer(QLatin1StringView("book_ts"), 0);
    m.lastPrice = r.string(QLatin1StringView("last_price"));
    m.markPrice = r.string(QLatin1StringView("mark_price"));
    m.indexPrice = r.string(QLatin1StringView("index_price"));
    m.highPrice24h = r.string(QLatin1StringView("high_24h"));
    m.lowPrice24h = r.string(QLatin1StringView("low_24h"));
    m.price24hPcnt = r.string(QLatin1StringView("change_24h_pcnt"));
    m.volume24h = r.string(QLatin1StringView("volume_24h"));
    m.turnover24h = r.string(QLatin1StringView("turnover_24h"));
    m.fundingRate = r.string(QLatin1StringView("funding_rate"));
    m.openInterest = r.string(QLatin1StringView("open_interest"));
    m.openInterestValue = r.string(QLatin1StringView("open_interest_value"));
    m.nextFundingTimeMs = r.integer(QLatin1StringView("next_funding_ts"), 0);
    m.priceDecimals = r.integer32(QLatin1StringView("price_decimals"), -1, 18, -1);
    m.tickerTsMs = r.integer(QLatin1StringView("ticker_ts"), 0);
    m.trades = r.unsignedInteger(QLatin1StringView("trades"));
    m.bookResyncs = r.unsignedInteger(QLatin1StringView("book_resyncs"));
    // The chart values, derived from the exact text as the connector derives them.
    const auto value = [](const QString &text) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok && std::isfinite(v) ? v : 0.0;
    };
    m.bestBidPrice = value(m.bestBid);
    m.bestAskPrice = value(m.bestAsk);
    m.lastPriceValue = value(m.lastPrice);
    m.change24hPercent = value(m.price24hPcnt) * 100.0;
    return m;
}

health::TimeoutEntry timeoutEntry(const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("timeouts")};
    health::TimeoutEntry e;
    e.id = r.unsignedInteger(QLatin1StringView("id"));
    e.ts = r.integer(QLatin1StringView("ts"), 0);
    const QString kind = r.string(QLatin1StringView("kind"));
    if (const auto k = health::parseTimeoutKind(kind))
        e.kind = *k;
    else if (!kind.isEmpty())
        note(problems, QStringLiteral("timeouts.%1: unknown kind '%2'").arg(e.id).arg(kind.left(40)));
    e.durationMs = r.integer(QLatin1StringView("duration_ms"), 0);
    e.detail = r.string(QLatin1StringView("detail"));
    e.connId = r.string(QLatin1StringView("conn_id"));
    e.topic = r.string(QLatin1StringView("topic"));
    e.symbol = r.string(QLatin1StringView("symbol"));
    return e;
}

health::ProbeResult probe(const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("probe")};
    health::ProbeResult p;
    p.epochMs = r.integer(QLatin1StringView("ts"), 0);
    p.trigger = r.string(QLatin1StringView("trigger"));
    p.skewKnown = r.boolean(QLatin1StringView("skew_known"));
    p.clockSkewMs = r.integer(QLatin1StringView("clock_skew_ms"));
    for (const QJsonValue &tv : r.array(QLatin1StringView("targets"))) {
        if (static_cast<int>(p.targets.size()) >= 64)
            break;
        const QJsonObject to = tv.toObject();
        const Reader t{to, problems, QStringLiteral("probe.targets")};
        health::ProbeTarget target;
        target.url = t.string(QLatin1StringView("url"));
        for (const QJsonValue &sv : t.array(QLatin1StringView("stages"))) {
            if (target.stages.size() >= 16)
                break;
            const QJsonObject so = sv.toObject();
            const Reader s{so, problems, QStringLiteral("probe.stages")};
            target.stages.push_back({s.string(QLatin1StringView("name")), s.boolean(QLatin1StringView("ok")),
                                     s.integer(QLatin1StringView("ms"), 0), s.string(QLatin1StringView("detail"))});
        }
        p.targets.push_back(std::move(target));
    }
    return p;
}

std::shared_ptr<const confluence::ConfluenceSignal> signal(const QJsonObject &json, QStringList *problems)
{
    auto s = std::make_shared<confluence::ConfluenceSignal>();
    const QString symbol = json.value(QLatin1StringView("symbol")).toString();
    const Reader r{json, problems, QStringLiteral("signals.%1").arg(symbol.left(40))};
    s->symbol = r.string(QLatin1StringView("symbol")).toStdString();
    s->timestampMs = r.integer(QLatin1StringView("ts"), 0);
    s->sequence = r.unsignedInteger(QLatin1StringView("seq"));
    s->score = r.number(QLatin1StringView("score"), 50);
    const QString direction = r.string(QLatin1StringView("direction"));
    s->direction = parseEnum<confluence::Direction, 3>(direction, confluence::directionName)
                       .value_or(confluence::Direction::Neutral);
    s->reliability = r.number(QLatin1StringView("reliability"), 0);
    s->coverage = r.number(QLatin1StringView("coverage"), 0);
    s->agreement = r.number(QLatin1StringView("agreement"), 0);
    s->ready = r.boolean(QLatin1StringView("ready"));
    for (int i = 0; i < confluence::kComponentCount; ++i)
        s->components[size_t(i)].id = static_cast<confluence::ComponentId>(i);
    const QJsonObject components = r.object(QLatin1StringView("components"));
    for (auto it = components.begin(); it != components.end(); ++it) {
        const auto id =
            parseEnum<confluence::ComponentId, confluence::kComponentCount>(it.key(), confluence::componentName);
        if (!id) {
            note(problems, QStringLiteral("%1.components: unknown component '%2'").arg(r.where, it.key().left(40)));
            continue;
        }
        const QJsonObject co = it.value().toObject();
        const Reader c{co, problems, r.where + QStringLiteral(".") + it.key()};
        confluence::ComponentSummary &summary = s->components[size_t(*id)];
        summary.weight = c.number(QLatin1StringView("weight"), 0);
        summary.score = c.number(QLatin1StringView("score"));
        summary.coverage = c.number(QLatin1StringView("coverage"), 0);
        const QJsonObject timeframes = c.object(QLatin1StringView("timeframes"));
        summary.perTimeframe = !co.contains(QLatin1StringView("live"));
        if (summary.perTimeframe) {
            for (int t = 0; t < confluence::kTimeframeCount; ++t) {
                const QString tf = QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(t)));
                if (timeframes.contains(tf))
                    summary.timeframes[size_t(t)] =
                        componentReading(timeframes.value(tf).toObject(), problems, c.where + QStringLiteral(".") + tf);
            }
        } else {
            summary.timeframes[0] =
                componentReading(c.object(QLatin1StringView("live")), problems, c.where + QStringLiteral(".live"));
        }
        const QJsonArray blended = c.array(QLatin1StringView("blended"));
        for (int k = 0; k < confluence::kMaxSubIndicators; ++k)
            summary.blended[size_t(k)] =
                k < blended.size() && blended.at(k).isDouble() ? blended.at(k).toDouble() : double(NAN);
        const QJsonArray ready = c.array(QLatin1StringView("timeframe_ready"));
        for (int t = 0; t < confluence::kTimeframeCount; ++t)
            summary.timeframeReady[size_t(t)] = t < ready.size() && ready.at(t).toBool();
    }
    for (const QJsonValue &v : r.array(QLatin1StringView("conflicts"))) {
        if (s->conflictCount >= confluence::kComponentCount)
            break;
        const QJsonObject co = v.toObject();
        const Reader c{co, problems, r.where + QStringLiteral(".conflicts")};
        const auto id = parseEnum<confluence::ComponentId, confluence::kComponentCount>(
            c.string(QLatin1StringView("component")), confluence::componentName);
        if (!id) {
            note(problems, QStringLiteral("%1.conflicts: unknown component").arg(r.where));
            continue;
        }
        s->conflicts[size_t(s->conflictCount++)] = {
            *id, intern(c.string(QLatin1StringView("high"))), c.number(QLatin1StringView("high_score")),
            intern(c.string(QLatin1StringView("low"))), c.number(QLatin1StringView("low_score"))};
    }
    return s;
}

std::vector<health::WarningAggregate> warnings(const QJsonObject &json, QStringList *problems)
{
    std::vector<health::WarningAggregate> out;
    const Reader r{json, problems, QStringLiteral("warnings")};
    for (const QJsonValue &v : r.array(QLatin1StringView("warnings"))) {
        if (out.size() >= 10000)
            break;
        if (!v.isObject()) {
            note(problems, QStringLiteral("warnings: an entry that is not an object"));
            continue;
        }
        const QJsonObject o = v.toObject();
        const Reader w{o, problems, QStringLiteral("warnings")};
        health::WarningAggregate a;
        a.code = w.string(QLatin1StringView("code")).toLatin1();
        a.severity = log::parseLevel(w.string(QLatin1StringView("severity"))).value_or(log::Level::Warning);
        a.templateText = w.string(QLatin1StringView("template"));
        const QJsonObject keys = w.object(QLatin1StringView("key_fields"));
        for (auto it = keys.begin(); it != keys.end() && a.keyFields.size() < 16; ++it)
            a.keyFields.push_back({it.key().toLatin1(), it.value().toString()});
        a.lastMessage = w.string(QLatin1StringView("last_message"));
        a.count = w.integer(QLatin1StringView("count"), 0);
        a.firstSeenMs = w.integer(QLatin1StringView("first_seen_ms"), 0);
        a.lastSeenMs = w.integer(QLatin1StringView("last_seen_ms"), 0);
        a.ratePerMin = w.number(QLatin1StringView("rate_per_min"), 0);
        out.push_back(std::move(a));
    }
    return out;
}

std::optional<OrderBookView> orderBook(const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("orderbook")};
    if (!r.has(QLatin1StringView("symbol")))
        return std::nullopt;
    OrderBookView book;
    book.symbol = r.string(QLatin1StringView("symbol"));
    book.depth = r.integer32(QLatin1StringView("depth"), 0);
    book.valid = r.boolean(QLatin1StringView("valid"));
    book.updateId = r.unsignedInteger(QLatin1StringView("u"));
    book.seq = r.unsignedInteger(QLatin1StringView("seq"));
    book.tsMs = r.integer(QLatin1StringView("ts"), 0);
    const auto side = [&](QLatin1StringView key, std::vector<std::pair<QString, QString>> &levels) {
        for (const QJsonValue &v : r.array(key)) {
            const QJsonArray level = v.toArray();
            if (level.size() < 2 || !level.at(0).isString() || !level.at(1).isString() || levels.size() >= 1000)
                continue;
            levels.emplace_back(level.at(0).toString(), level.at(1).toString());
        }
    };
    side(QLatin1StringView("b"), book.bids);
    side(QLatin1StringView("a"), book.asks);
    return book;
}

std::vector<health::TimeoutEntry> timeouts(const QJsonObject &json, QStringList *problems)
{
    std::vector<health::TimeoutEntry> out;
    const Reader r{json, problems, QStringLiteral("timeouts")};
    for (const QJsonValue &v : r.array(QLatin1StringView("timeouts"))) {
        if (out.size() >= 20000)
            break;
        out.push_back(timeoutEntry(v.toObject(), problems));
    }
    std::sort(out.begin(), out.end(),
              [](const health::TimeoutEntry &a, const health::TimeoutEntry &b) { return a.id < b.id; });
    return out;
}

std::optional<CandleSeriesView> candles(const QJsonObject &json, QStringList *problems)
{
    const Reader r{json, problems, QStringLiteral("candles")};
    if (!r.has(QLatin1StringView("candles")))
        return std::nullopt;
    CandleSeriesView series;
    series.symbol = r.string(QLatin1StringView("symbol"));
    series.intervalMinutes = r.integer32(QLatin1StringView("interval"), 0);
    for (const QJsonValue &v : r.array(QLatin1StringView("candles"))) {
        const QJsonArray bar = v.toArray();
        if (bar.size() < 7 || series.bars.size() >= 5000) {
            note(problems, QStringLiteral("candles: a bar that is not [start_ms, o, h, l, c, volume, confirmed]"));
            continue;
        }
        bool numbers = true;
        for (int i = 0; i < 6; ++i)
            numbers = numbers && bar.at(i).isDouble();
        if (!numbers)
            continue;
        series.bars.push_back({bar.at(0).toInteger(), bar.at(1).toDouble(), bar.at(2).toDouble(), bar.at(3).toDouble(),
                               bar.at(4).toDouble(), bar.at(5).toDouble(), bar.at(6).toBool()});
    }
    return series;
}

Result fromStreamState(const QJsonObject &state, const Limits &limits)
{
    Result result;
    QStringList *problems = &result.problems;
    const Reader r{state, problems, QStringLiteral("state")};
    auto snapshot = std::make_shared<CoreSnapshot>();
    snapshot->revision = r.unsignedInteger(QLatin1StringView("revision"));
    snapshot->epochMs = r.integer(QLatin1StringView("epoch_ms"), 0);
    snapshot->dataSource = r.string(QLatin1StringView("data_source"));
    snapshot->feedState = r.string(QLatin1StringView("feed_state"));

    const auto capped = [&](const QJsonObject &o, int max, const char *what) {
        if (o.size() > max)
            note(problems, QStringLiteral("%1: %2 entries, only the first %3 are shown")
                               .arg(QLatin1String(what))
                               .arg(o.size())
                               .arg(max));
        return std::min<qsizetype>(o.size(), max);
    };

    // QJsonObject iterates in key order; the core publishes connections conn_0 … conn_N, which
    // must stay in numeric order (conn_10 after conn_9).
    const QJsonObject connections = r.object(QLatin1StringView("connections"));
    const qsizetype connCount = capped(connections, limits.maxConnections, "connections");
    auto it = connections.begin();
    for (qsizetype i = 0; i < connCount; ++i, ++it)
        snapshot->connections.push_back(connection(it.key(), it.value().toObject(), problems));
    std::stable_sort(snapshot->connections.begin(), snapshot->connections.end(),
                     [](const health::ConnectionStatus &a, const health::ConnectionStatus &b) {
                         if (a.connId.size() != b.connId.size())
                             return a.connId.size() < b.connId.size();
                         return a.connId < b.connId;
                     });

    const QJsonObject markets = r.object(QLatin1StringView("markets"));
    const qsizetype marketCount = capped(markets, limits.maxMarkets, "markets");
    it = markets.begin();
    for (qsizetype i = 0; i < marketCount; ++i, ++it)
        snapshot->markets.push_back(market(it.key(), it.value().toObject(), problems));

    const QJsonObject timeouts = r.object(QLatin1StringView("timeouts"));
    for (auto t = timeouts.begin(); t != timeouts.end(); ++t)
        snapshot->recentTimeouts.push_back(timeoutEntry(t.value().toObject(), problems));
    // Newest last, as the journal keeps them; keys are decimal ids, so sort by the id itself.
    std::sort(snapshot->recentTimeouts.begin(), snapshot->recentTimeouts.end(),
              [](const health::TimeoutEntry &a, const health::TimeoutEntry &b) { return a.id < b.id; });
    if (static_cast<int>(snapshot->recentTimeouts.size()) > limits.maxTimeouts) {
        note(problems, QStringLiteral("timeouts: only the newest %1 are kept").arg(limits.maxTimeouts));
        snapshot->recentTimeouts.erase(snapshot->recentTimeouts.begin(),
                                       snapshot->recentTimeouts.end() - limits.maxTimeouts);
    }

    snapshot->probe = probe(r.object(QLatin1StringView("probe")), problems);

    const QJsonObject signalsBySymbol = r.object(QLatin1StringView("signals"));
    const qsizetype signalCount = capped(signalsBySymbol, limits.maxSignals, "signals");
    it = signalsBySymbol.begin();
    for (qsizetype i = 0; i < signalCount; ++i, ++it)
        snapshot->confluenceSignals.push_back(signal(it.value().toObject(), problems));
    snapshot->alerts =
        alerts_document::readBoard(r.object(QLatin1StringView("alert_status")), r.object(QLatin1StringView("alerts")),
                                   r.object(QLatin1StringView("market_events")), problems);
    result.snapshot = std::move(snapshot);
    return result;
}

} // namespace virtuoso::api::snapshot_reader
