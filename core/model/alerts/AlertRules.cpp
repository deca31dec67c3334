#include "model/alerts/AlertRules.h"

#include "base/Clock.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace virtuoso::alerts {

namespace {

constexpr qint64 HourMs = 3'600'000;

const char *const SeverityNames[] = {"info", "warning", "critical"};
const char *const SourceNames[] = {"signal",         "whale",        "liquidation", "price",      "connection",
                                   "timeouts",       "incident",     "rest_ban",    "latency",    "memory",
                                   "order_rejected", "order_filled", "kill_switch", "daily_loss", "test"};
static_assert(std::size(SourceNames) == AlertSourceCount);

} // namespace

const char *severityName(AlertSeverity severity)
{
    return SeverityNames[static_cast<int>(severity)];
}

std::optional<AlertSeverity> severityFromName(QStringView name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(SeverityNames[i]))
            return static_cast<AlertSeverity>(i);
    }
    return std::nullopt;
}

const char *sourceName(AlertSource source)
{
    return SourceNames[static_cast<int>(source)];
}

std::optional<AlertSource> sourceFromName(QStringView name)
{
    for (int i = 0; i < AlertSourceCount; ++i) {
        if (name == QLatin1String(SourceNames[i]))
            return static_cast<AlertSource>(i);
    }
    return std::nullopt;
}

QString summaryText(qint64 more, qint64 spanMs)
{
    if (more <= 0)
        return {};
    const qint64 minutes = std::max<qint64>(1, (spanMs + 59'999) / 60'000);
    return QStringLiteral("and %1 more like this in %2 min").arg(more).arg(minutes);
}

bool QuietRange::contains(int minuteOfDay) const
{
    if (startMinute == endMinute)
        return true; // "00:00-24:00" written as equal ends: the whole day
    if (startMinute < endMinute)
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    return minuteOfDay >= startMinute || minuteOfDay < endMinute;
}

std::optional<std::vector<QuietRange>> parseQuietHours(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)-([01]?\\d|2[0-3]|24):([0-5]\\d)$"));
    std::vector<QuietRange> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = re.match(part.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        QuietRange r;
        r.startMinute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        r.endMinute = std::min(24 * 60, m.captured(3).toInt() * 60 + m.captured(4).toInt()) % (24 * 60);
        out.push_back(r);
    }
    return out;
}

AlertRuleSet::AlertRuleSet(const Clock &clock, std::vector<AlertRule> rules)
    : m_clock(clock)
    , m_rules(std::move(rules))
    , m_state(m_rules.size())
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const AlertRule &r = m_rules[i];
        RuleState &s = m_state[i];
        s.channels.resize(static_cast<std::size_t>(r.channels.size()));
        s.signal.configure(r.longThreshold, r.shortThreshold, r.hysteresis);
        s.whale.configure(r.minNotional);
        s.liquidation.configure(r.minNotional, r.totalNotional, r.windowMs);
        s.price.configure(r.levels);
        s.connection.configure(r.staleAfterMs);
        s.timeouts.configure(r.burstCount, r.windowMs);
        s.level.configure(r.source, r.limit);
    }
    m_scratch.reserve(8);
}

bool AlertRuleSet::matches(const AlertRule &rule, AlertSource source, const QString &symbol) const
{
    if (rule.source != source)
        return false;
    return rule.symbols.isEmpty() || symbol.isEmpty() || rule.symbols.contains(symbol);
}

int AlertRuleSet::localMinuteOfDay(qint64 epochMs)
{
    int offsetMinutes = 0;
    if (m_fixedOffsetMinutes) {
        offsetMinutes = *m_fixedOffsetMinutes;
    } else {
        // The zone's offset is read once a minute: QDateTime's zone lookup costs microseconds.
        const qint64 minute = epochMs / 60'000;
        if (minute != m_offsetForMinute) {
            m_offsetForMinute = minute;
            m_offsetMinutes = QDateTime::fromMSecsSinceEpoch(epochMs).offsetFromUtc() / 60;
        }
        offsetMinutes = m_offsetMinutes;
    }
    const qint64 local = epochMs / 60'000 + offsetMinutes;
    return static_cast<int>(((local % 1440) + 1440) % 1440);
}

bool AlertRuleSet::apply(std::size_t ruleIndex, AlertEvent event, std::vector<AlertDecision> &out)
{
    const AlertRule &rule = m_rules[ruleIndex];
    RuleState &state = m_state[ruleIndex];
    const int source = static_cast<int>(event.source);
    ++m_counts.raised[source];
    if (rule.severity)
        event.severity = *rule.severity;
    const qint64 now = m_clock.monotonicMs();
    KeyState &key = state.keys[event.key];
    const auto holdBack = [&] {
        if (key.suppressed++ == 0)
            key.firstSuppressedMs = now;
        ++m_counts.suppressed[source];
        return false;
    };

    if (!rule.quietHours.empty() && !(rule.quietAllowsCritical && event.severity == AlertSeverity::Critical)) {
        const int minute = localMinuteOfDay(m_clock.epochMs());
        for (const QuietRange &range : rule.quietHours) {
            if (range.contains(minute))
                return holdBack();
        }
    }
    if (key.sent && now - key.lastSentMs < rule.cooldownMs)
        return holdBack();
    if (!m_mutedRules.isEmpty() || !m_mutedKeys.isEmpty()) {
        const auto muted = [now](const QHash<QString, qint64> &mutes, const QString &name) {
            const auto it = mutes.constFind(name);
            return it != mutes.constEnd() && now < *it;
        };
        if (muted(m_mutedRules, rule.name) || muted(m_mutedKeys, event.key))
            return holdBack();
    }

    // What no channel got since the key's last message goes to every channel's summary.
    const qint64 carried = key.suppressed;
    const qint64 carriedSince = key.firstSuppressedMs;
    key.suppressed = 0;
    AlertDecision decision;
    for (qsizetype c = 0; c < rule.channels.size(); ++c) {
        ChannelState &channel = state.channels[static_cast<std::size_t>(c)];
        while (!channel.sentMs.empty() && channel.sentMs.front() <= now - HourMs)
            channel.sentMs.pop_front();
        if (rule.maxPerHour > 0 && static_cast<int>(channel.sentMs.size()) >= rule.maxPerHour) {
            const qint64 since = carried > 0 ? carriedSince : now;
            channel.firstSuppressedMs = channel.suppressed > 0 ? std::min(channel.firstSuppressedMs, since) : since;
            channel.suppressed += 1 + carried;
            continue;
        }
        ChannelMessage message;
        message.channel = rule.channels[c];
        message.more = channel.suppressed + carried;
        qint64 first = now;
        if (channel.suppressed > 0)
            first = std::min(first, channel.firstSuppressedMs);
        if (carried > 0)
            first = std::min(first, carriedSince);
        message.spanMs = now - first;
        channel.suppressed = 0;
        channel.sentMs.push_back(now);
        decision.messages.push_back(std::move(message));
    }
    if (decision.messages.empty()) {
        ++m_counts.suppressed[source];
        return false;
    }
    key.sent = true;
    key.lastSentMs = now;
    if (event.describe) {
        event.describe(event);
        event.describe = nullptr;
    }
    ++m_counts.sent[source];
    decision.rule = rule.name;
    decision.event = std::move(event);
    out.push_back(std::move(decision));
    return true;
}

void AlertRuleSet::muteRule(const QString &rule, qint64 untilMonoMs)
{
    if (untilMonoMs <= m_clock.monotonicMs())
        m_mutedRules.remove(rule);
    else
        m_mutedRules.insert(rule, untilMonoMs);
}

void AlertRuleSet::muteKey(const QString &key, qint64 untilMonoMs)
{
    if (untilMonoMs <= m_clock.monotonicMs())
        m_mutedKeys.remove(key);
    else
        m_mutedKeys.insert(key, untilMonoMs);
}

namespace {
QStringList activeMutes(const QHash<QString, qint64> &mutes, qint64 now)
{
    QStringList out;
    for (auto it = mutes.constBegin(); it != mutes.constEnd(); ++it) {
        if (now < it.value())
            out << it.key();
    }
    out.sort();
    return out;
}
} // namespace

QStringList AlertRuleSet::mutedRules() const
{
    return activeMutes(m_mutedRules, m_clock.monotonicMs());
}

QStringList AlertRuleSet::mutedKeys() const
{
    return activeMutes(m_mutedKeys, m_clock.monotonicMs());
}

int AlertRuleSet::evaluate(const AlertEvent &event, std::vector<AlertDecision> &out)
{
    int n = 0;
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (matches(m_rules[i], event.source, event.symbol))
            n += apply(i, event, out) ? 1 : 0;
    }
    return n;
}

#define VIRTUOSO_ALERT_OBSERVE(SOURCE, SYMBOL, CALL)                                                                   \
    int n = 0;                                                                                                         \
    for (std::size_t i = 0; i < m_rules.size(); ++i) {                                                                 \
        if (!matches(m_rules[i], SOURCE, SYMBOL))                                                                      \
            continue;                                                                                                  \
        m_scratch.clear();                                                                                             \
        m_state[i].CALL;                                                                                               \
        for (AlertEvent & e : m_scratch)                                                                               \
            n += apply(i, std::move(e), out) ? 1 : 0;                                                                  \
    }                                                                                                                  \
    return n;

int AlertRuleSet::onTrade(const QString &symbol, bool buy, double price, double qty, qint64 timeMs,
                          std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Whale, symbol, whale.observe(symbol, buy, price, qty, timeMs, m_scratch))
}

int AlertRuleSet::onLiquidation(const QString &symbol, bool buy, double price, double qty, qint64 timeMs,
                                std::vector<AlertDecision> &out)
{
    const qint64 mono = m_clock.monotonicMs();
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Liquidation, symbol,
                           liquidation.observe(symbol, buy, price, qty, mono, timeMs, m_scratch))
}

int AlertRuleSet::onPrice(const QString &symbol, double price, qint64 timeMs, std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Price, symbol, price.observe(symbol, price, timeMs, m_scratch))
}

int AlertRuleSet::onSignalScore(const QString &symbol, double score, qint64 timeMs, std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Signal, symbol, signal.observe(symbol, score, timeMs, m_scratch))
}

int AlertRuleSet::onConnection(const QString &connection, bool healthy, qint64 sinceMs, qint64 timeMs,
                               std::vector<AlertDecision> &out)
{
    const qint64 mono = m_clock.monotonicMs();
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Connection, QString(),
                           connection.observe(connection, healthy, sinceMs, mono, timeMs, m_scratch))
}

int AlertRuleSet::onTimeout(const QString &kind, qint64 timeMs, std::vector<AlertDecision> &out)
{
    const qint64 mono = m_clock.monotonicMs();
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Timeouts, QString(), timeouts.observe(kind, mono, timeMs, m_scratch))
}

int AlertRuleSet::onLatency(const QString &connection, double p99Ms, qint64 timeMs, std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Latency, QString(), level.observe(connection, p99Ms, timeMs, m_scratch))
}

int AlertRuleSet::onMemory(double residentMb, qint64 timeMs, std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::Memory, QString(),
                           level.observe(QStringLiteral("process"), residentMb, timeMs, m_scratch))
}

int AlertRuleSet::onDailyLoss(double percentOfLimit, qint64 timeMs, std::vector<AlertDecision> &out)
{
    VIRTUOSO_ALERT_OBSERVE(AlertSource::DailyLoss, QString(),
                           level.observe(QStringLiteral("account"), percentOfLimit, timeMs, m_scratch))
}

#undef VIRTUOSO_ALERT_OBSERVE

} // namespace virtuoso::alerts
