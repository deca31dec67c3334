#include "model/health/WarningAggregator.h"

#include "base/Clock.h"
#include "model/health/MetricsRegistry.h"

#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace virtuoso::health {

void MinuteWindow::add(qint64 monotonicMs, int n)
{
    const qint64 second = monotonicMs / 1000;
    const size_t slot = static_cast<size_t>(second % 60);
    if (m_seconds[slot] != second) {
        m_seconds[slot] = second;
        m_counts[slot] = 0;
    }
    m_counts[slot] += n;
}

int MinuteWindow::count(qint64 monotonicMs) const
{
    const qint64 second = monotonicMs / 1000;
    int total = 0;
    for (size_t i = 0; i < 60; ++i) {
        if (m_seconds[i] > second - 60 && m_seconds[i] <= second)
            total += m_counts[i];
    }
    return total;
}

namespace {

QString durationText(qint64 ms)
{
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(std::max<qint64>(1, (ms + 500) / 1000));
    if (ms < 2 * 3'600'000)
        return QStringLiteral("%1 min").arg((ms + 30'000) / 60'000);
    return QStringLiteral("%1 h").arg((ms + 1'800'000) / 3'600'000);
}

bool atLeastError(log::Level level)
{
    return static_cast<int>(level) <= static_cast<int>(log::Level::Error);
}

} // namespace

QString WarningSummary::text() const
{
    QString out = QStringLiteral("%1 \u00d7%2 in %3")
                      .arg(QString::fromLatin1(code))
                      .arg(suppressed)
                      .arg(durationText(intervalMs));
    if (distinctKeys > 1)
        out += QStringLiteral(" across %1 %2").arg(distinctKeys).arg(keyNoun);
    if (!lastMessage.isEmpty())
        out += QStringLiteral(" (last: %1)").arg(lastMessage);
    return out;
}

struct WarningAggregator::KeyState
{
    std::vector<log::Field> fields;
    QString lastMessage;
    qint64 count = 0;
    qint64 firstSeenMono = 0; // monotonic ms: one clock read per record; epoch is derived when shown
    qint64 lastSeenMono = 0;
    MinuteWindow window;
};

struct WarningAggregator::CodeState
{
    QByteArray code;
    log::Level severity = log::Level::Warning;
    QString templateText;
    QList<QByteArray> keyFieldNames; // empty: every field is part of the key
    qint64 count = 0;
    // By a hash of the key fields (collisions probe the next slot); nodes keep their address.
    std::unordered_map<size_t, KeyState> keys;
    MinuteWindow linesWritten;
    qint64 lastLineMono = -1;
    Counter *metric = nullptr;

    // What the next summary line will say.
    qint64 suppressed = 0;
    qint64 windowStartMono = 0;
    log::Level suppressedSeverity = log::Level::Debug;
    QSet<size_t> suppressedKeys; // hashes: distinct counts without copying strings
    QSet<size_t> suppressedSymbols;
    QSet<size_t> suppressedConnections;
    const KeyState *lastSuppressed = nullptr;

    // Without a definition every field is part of the key except a measurement: how long something
    // took never tells two occurrences of the same stall apart.
    bool isKeyField(const QByteArray &name) const
    {
        return keyFieldNames.isEmpty() ? name != "DURATION_MS" : keyFieldNames.contains(name);
    }
};

WarningAggregator::WarningAggregator(const Clock &clock, WarningPolicy policy)
    : m_clock(&clock)
    , m_policy(policy)
{}

WarningAggregator::~WarningAggregator() = default;

WarningAggregator &WarningAggregator::process()
{
    static WarningAggregator aggregator(Clock::system());
    return aggregator;
}

void WarningAggregator::setClock(const Clock *clock)
{
    m_clock.store(clock ? clock : &Clock::system());
}

void WarningAggregator::setPolicy(WarningPolicy policy)
{
    std::lock_guard lock(m_mutex);
    m_policy = policy;
    m_nextSummaryCheckMs = 0;
}

WarningPolicy WarningAggregator::policy() const
{
    std::lock_guard lock(m_mutex);
    return m_policy;
}

void WarningAggregator::attachMetrics(MetricsRegistry *registry)
{
    std::lock_guard lock(m_mutex);
    m_metrics = registry;
    for (auto &state : m_codes) {
        state->metric = registry
                            ? &registry->counter(metric::WarningsTotal, {{"code", QString::fromLatin1(state->code)}})
                            : nullptr;
        if (state->metric)
            state->metric->inc(static_cast<quint64>(state->count));
    }
}

void WarningAggregator::define(const WarningDefinition &definition)
{
    std::lock_guard lock(m_mutex);
    m_definitions.insert(definition.code, definition);
    if (auto it = m_codes.find(definition.code); it != m_codes.end()) {
        (*it)->severity = definition.severity;
        (*it)->templateText = definition.templateText;
        (*it)->keyFieldNames = definition.keyFields;
    }
}

WarningAggregator::CodeState &WarningAggregator::codeState(const QByteArray &code, log::Level severity)
{
    // Floods repeat one code: a compare beats hashing it again.
    if (m_lastCode && m_lastCode->code == code)
        return *m_lastCode;
    auto it = m_codes.constFind(code);
    if (it != m_codes.constEnd()) {
        m_lastCode = it->get();
        return **it;
    }
    auto state = std::make_shared<CodeState>();
    state->code = code;
    state->severity = severity;
    if (auto def = m_definitions.constFind(code); def != m_definitions.constEnd()) {
        state->severity = def->severity;
        state->templateText = def->templateText;
        state->keyFieldNames = def->keyFields;
    }
    if (m_metrics)
        state->metric = &m_metrics->counter(metric::WarningsTotal, {{"code", QString::fromLatin1(code)}});
    m_lastCode = state.get();
    return **m_codes.insert(code, std::move(state));
}

namespace {

template<typename State>
size_t keyHash(const State &state, std::span<const log::Field> fields)
{
    size_t h = 0x9e3779b97f4a7c15ull;
    for (const log::Field &f : fields) {
        if (state.isKeyField(f.name))
            h = (h ^ qHash(f.name) ^ (qHash(f.value) << 1)) * 0x100000001b3ull;
    }
    return h;
}

template<typename State>
bool sameKey(const State &state, std::span<const log::Field> fields, const std::vector<log::Field> &stored)
{
    size_t i = 0;
    for (const log::Field &f : fields) {
        if (!state.isKeyField(f.name))
            continue;
        if (i >= stored.size() || stored[i].name != f.name || stored[i].value != f.value)
            return false;
        ++i;
    }
    return i == stored.size();
}

} // namespace

WarningAggregator::Verdict WarningAggregator::record(const QByteArray &code, log::Level severity,
                                                     std::span<const log::Field> fields, const QString &message,
                                                     const QString &templateText)
{
    const Clock &clock = *m_clock.load(std::memory_order_relaxed);
    const qint64 nowMono = clock.monotonicMs();

    std::lock_guard lock(m_mutex);
    CodeState &state = codeState(code, severity);
    ++state.count;
    ++m_total;
    if (state.templateText.isEmpty())
        state.templateText = templateText.isEmpty() ? message : templateText;
    if (state.metric)
        state.metric->inc();

    size_t key = keyHash(state, fields);
    auto keyIt = state.keys.find(key);
    while (keyIt != state.keys.end() && !sameKey(state, fields, keyIt->second.fields))
        keyIt = state.keys.find(++key);
    const bool firstOfKey = keyIt == state.keys.end();
    if (firstOfKey) {
        keyIt = state.keys.emplace(key, KeyState{}).first;
        for (const log::Field &f : fields)
            if (state.isKeyField(f.name))
                keyIt->second.fields.push_back(f);
        keyIt->second.firstSeenMono = nowMono;
    }
    KeyState &ks = keyIt->second;
    ++ks.count;
    ks.lastSeenMono = nowMono;
    ks.lastMessage = message;
    ks.window.add(nowMono);

    Verdict verdict;
    verdict.firstOfKey = firstOfKey;
    verdict.codeCount = state.count;
    const bool wanted = firstOfKey || atLeastError(severity);
    if (wanted && state.linesWritten.count(nowMono) < m_policy.maxLinesPerCodePerMin) {
        verdict.log = true;
        state.linesWritten.add(nowMono);
        state.lastLineMono = nowMono;
        return verdict;
    }

    if (state.suppressed == 0) {
        // A new summary window: it began with the last line written, unless that is long past.
        const bool recentLine = state.lastLineMono >= 0 && nowMono - state.lastLineMono < m_policy.summaryIntervalMs;
        state.windowStartMono = recentLine ? state.lastLineMono : nowMono;
        const qint64 due = state.windowStartMono + m_policy.summaryIntervalMs;
        if (m_nextSummaryCheckMs == 0 || due < m_nextSummaryCheckMs)
            m_nextSummaryCheckMs = due;
    }
    ++state.suppressed;
    if (static_cast<int>(severity) < static_cast<int>(state.suppressedSeverity))
        state.suppressedSeverity = severity;
    // The same key again (a flood) adds nothing new to the distinct counts.
    if (state.lastSuppressed != &ks || !state.keyFieldNames.isEmpty()) {
        state.suppressedKeys.insert(key);
        for (const log::Field &f : fields) {
            if (f.name == "SYMBOL")
                state.suppressedSymbols.insert(qHash(f.value));
            else if (f.name == "CONN_ID")
                state.suppressedConnections.insert(qHash(f.value));
        }
        state.lastSuppressed = &ks;
    }
    return verdict;
}

std::vector<WarningSummary> WarningAggregator::takeDueSummaries()
{
    return takeSummaries(true);
}

std::vector<WarningSummary> WarningAggregator::takeAllSummaries()
{
    return takeSummaries(false);
}

std::vector<WarningSummary> WarningAggregator::takeSummaries(bool onlyDue)
{
    const qint64 nowMono = m_clock.load(std::memory_order_relaxed)->monotonicMs();
    std::vector<WarningSummary> out;
    std::lock_guard lock(m_mutex);
    if (onlyDue && (m_nextSummaryCheckMs == 0 || nowMono < m_nextSummaryCheckMs))
        return out;
    qint64 nextDue = 0;
    for (auto &statePtr : m_codes) {
        CodeState &s = *statePtr;
        if (s.suppressed == 0)
            continue;
        const qint64 due = s.windowStartMono + m_policy.summaryIntervalMs;
        if (onlyDue && nowMono < due) {
            nextDue = nextDue == 0 ? due : std::min(nextDue, due);
            continue;
        }
        WarningSummary summary;
        summary.code = s.code;
        summary.severity = s.suppressedSeverity;
        summary.suppressed = s.suppressed;
        summary.intervalMs = nowMono - s.windowStartMono;
        if (s.suppressedSymbols.size() > 1) {
            summary.distinctKeys = static_cast<int>(s.suppressedSymbols.size());
            summary.keyNoun = QStringLiteral("symbols");
        } else if (s.suppressedConnections.size() > 1) {
            summary.distinctKeys = static_cast<int>(s.suppressedConnections.size());
            summary.keyNoun = QStringLiteral("connections");
        } else {
            summary.distinctKeys = static_cast<int>(s.suppressedKeys.size());
            summary.keyNoun = QStringLiteral("keys");
        }
        if (s.lastSuppressed) {
            summary.lastMessage = s.lastSuppressed->lastMessage;
            summary.fields = s.lastSuppressed->fields;
        }
        out.push_back(std::move(summary));

        s.suppressed = 0;
        s.suppressedSeverity = log::Level::Debug;
        s.suppressedKeys.clear();
        s.suppressedSymbols.clear();
        s.suppressedConnections.clear();
        s.lastSuppressed = nullptr;
        s.lastLineMono = nowMono;
    }
    m_nextSummaryCheckMs = nextDue;
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.code < b.code; });
    return out;
}

std::vector<WarningAggregate> WarningAggregator::snapshot() const
{
    const Clock &clock = *m_clock.load(std::memory_order_relaxed);
    const qint64 nowMono = clock.monotonicMs();
    const qint64 epochOffset = clock.epochMs() - nowMono;
    std::vector<WarningAggregate> out;
    std::lock_guard lock(m_mutex);
    for (const auto &statePtr : m_codes) {
        const CodeState &s = *statePtr;
        for (const auto &[hash, k] : s.keys) {
            WarningAggregate a;
            a.code = s.code;
            a.severity = s.severity;
            a.templateText = s.templateText;
            a.keyFields = k.fields;
            a.lastMessage = k.lastMessage;
            a.count = k.count;
            a.firstSeenMs = epochOffset + k.firstSeenMono;
            a.lastSeenMs = epochOffset + k.lastSeenMono;
            a.ratePerMin = k.window.count(nowMono);
            out.push_back(std::move(a));
        }
    }
    // Most frequent first: that is what an operator looks at.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.code != b.code)
            return a.code < b.code;
        return a.firstSeenMs < b.firstSeenMs;
    });
    return out;
}

qint64 WarningAggregator::totalCount() const
{
    std::lock_guard lock(m_mutex);
    return m_total;
}

qint64 WarningAggregator::count(const QByteArray &code) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_codes.constFind(code);
    return it == m_codes.constEnd() ? 0 : (*it)->count;
}

void WarningAggregator::clear()
{
    std::lock_guard lock(m_mutex);
    m_codes.clear();
    m_lastCode = nullptr;
    m_total = 0;
    m_nextSummaryCheckMs = 0;
}

} // namespace virtuoso::health
