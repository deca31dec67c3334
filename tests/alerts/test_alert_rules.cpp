// The rule engine and the detectors on a ManualClock: cooldown and its summary, quiet hours,
// the hourly limit per channel, a flood, and each detector's thresholds and hysteresis.
#include "base/Clock.h"
#include "model/alerts/AlertRules.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::alerts;

namespace {

// 2023-11-14 22:13:20 UTC; quiet-hour tests use a fixed UTC offset.
constexpr qint64 StartEpochMs = 1'700'000'000'000;

AlertRule whaleRule(int maxPerHour = 0, qint64 cooldownMs = 0)
{
    AlertRule r;
    r.name = QStringLiteral("whales");
    r.source = AlertSource::Whale;
    r.minNotional = 100'000;
    r.channels = {QStringLiteral("discord")};
    r.cooldownMs = cooldownMs;
    r.maxPerHour = maxPerHour;
    return r;
}

AlertEvent event(const QString &key, AlertSeverity severity = AlertSeverity::Warning)
{
    AlertEvent e;
    e.source = AlertSource::Whale;
    e.severity = severity;
    e.key = key;
    e.symbol = QStringLiteral("BTCUSDT");
    e.title = QStringLiteral("large trade");
    return e;
}

} // namespace

TEST(AlertRules, SummaryTextRoundsUpToMinutes)
{
    EXPECT_EQ(summaryText(0, 0), QString());
    EXPECT_EQ(summaryText(7, 600'000), QStringLiteral("and 7 more like this in 10 min"));
    EXPECT_EQ(summaryText(1, 1), QStringLiteral("and 1 more like this in 1 min"));
}

TEST(AlertRules, CooldownDeduplicatesAKeyAndTheNextOneCarriesTheCount)
{
    ManualClock clock;
    AlertRuleSet rules(clock, {whaleRule(0, 600'000)});
    std::vector<AlertDecision> out;
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Buy")), out), 1);
    for (int i = 0; i < 7; ++i) {
        clock.advanceMs(60'000);
        EXPECT_EQ(rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Buy")), out), 0);
    }
    // Another key is not held back by this one's cooldown.
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Sell")), out), 1);
    clock.advanceMs(180'000); // 10 min after the first
    ASSERT_EQ(rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Buy")), out), 1);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[2].messages.at(0).more, 7);
    EXPECT_EQ(out[2].messages.at(0).summary(), QStringLiteral("and 7 more like this in 9 min"));
    EXPECT_EQ(rules.counts().suppressed[static_cast<int>(AlertSource::Whale)], 7u);
    EXPECT_EQ(rules.counts().sent[static_cast<int>(AlertSource::Whale)], 3u);
}

TEST(AlertRules, QuietHoursHoldBackAllButCriticalAndTheFirstAfterSummarises)
{
    ManualClock clock(StartEpochMs); // 22:13 UTC
    AlertRule rule = whaleRule();
    rule.quietHours = *parseQuietHours(QStringLiteral("22:00-07:00"));
    AlertRuleSet rules(clock, {rule});
    rules.setUtcOffsetMinutes(0);
    std::vector<AlertDecision> out;
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 0);
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 0);
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("c"), AlertSeverity::Critical), out), 1) << "critical passes";
    clock.advanceMs(9 * 3'600'000); // 07:13
    ASSERT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 1);
    EXPECT_EQ(out.back().messages.at(0).more, 2);

    // With quiet_allows_critical off, critical waits too; in another zone the hours move.
    rule.quietAllowsCritical = false;
    AlertRuleSet strict(clock, {rule});
    strict.setUtcOffsetMinutes(15 * 60); // 07:13 UTC is 22:13 at UTC+15
    EXPECT_EQ(strict.evaluate(event(QStringLiteral("c"), AlertSeverity::Critical), out), 0);
    strict.setUtcOffsetMinutes(0);
    EXPECT_EQ(strict.evaluate(event(QStringLiteral("c"), AlertSeverity::Critical), out), 1);
}

TEST(AlertRules, QuietRangesParseAndWrapMidnight)
{
    EXPECT_FALSE(parseQuietHours(QStringLiteral("22-07")).has_value());
    EXPECT_FALSE(parseQuietHours(QStringLiteral("25:00-07:00")).has_value());
    const auto r = parseQuietHours(QStringLiteral("22:00-07:00, 12:30-13:00"));
    ASSERT_TRUE(r && r->size() == 2);
    EXPECT_TRUE((*r)[0].contains(23 * 60));
    EXPECT_TRUE((*r)[0].contains(6 * 60 + 59));
    EXPECT_FALSE((*r)[0].contains(7 * 60));
    EXPECT_TRUE((*r)[1].contains(12 * 60 + 30));
    EXPECT_FALSE((*r)[1].contains(13 * 60));
}

TEST(AlertRules, AFloodOfTenThousandInAMinuteSendsAtMostTheLimitAndCountsTheRest)
{
    ManualClock clock;
    AlertRuleSet rules(clock, {whaleRule(/*maxPerHour=*/5, /*cooldown=*/0)});
    std::vector<AlertDecision> out;
    for (int i = 0; i < 10'000; ++i) {
        rules.evaluate(event(QStringLiteral("whale:S%1").arg(i % 200)), out);
        clock.advanceNs(6'000'000); // 10,000 in 60 s
    }
    EXPECT_EQ(out.size(), 5u);
    EXPECT_EQ(rules.counts().suppressed[static_cast<int>(AlertSource::Whale)], 9'995u);
    clock.advanceMs(3'600'000);
    ASSERT_EQ(rules.evaluate(event(QStringLiteral("whale:new")), out), 1);
    EXPECT_EQ(out.back().messages.at(0).more, 9'995);
    EXPECT_EQ(out.back().messages.at(0).summary(), QStringLiteral("and 9995 more like this in 61 min"));
}

TEST(AlertRules, AFloodOfOneKeyIsOneMessageAndOneSummary)
{
    ManualClock clock;
    AlertRuleSet rules(clock, {whaleRule(/*maxPerHour=*/30, /*cooldown=*/120'000)});
    std::vector<AlertDecision> out;
    for (int i = 0; i < 10'000; ++i) {
        rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Buy")), out);
        clock.advanceNs(6'000'000);
    }
    EXPECT_EQ(out.size(), 1u);
    clock.advanceMs(60'000);
    ASSERT_EQ(rules.evaluate(event(QStringLiteral("whale:BTCUSDT:Buy")), out), 1);
    EXPECT_EQ(out.back().messages.at(0).more, 9'999);
}

TEST(AlertRules, TheHourlyLimitIsPerChannel)
{
    ManualClock clock;
    AlertRule a = whaleRule(2);
    a.channels = {QStringLiteral("discord"), QStringLiteral("slack")};
    AlertRuleSet rules(clock, {a});
    std::vector<AlertDecision> out;
    for (int i = 0; i < 4; ++i)
        rules.evaluate(event(QStringLiteral("k%1").arg(i)), out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].messages.size(), 2u);
    clock.advanceMs(3'600'001);
    rules.evaluate(event(QStringLiteral("k9")), out);
    ASSERT_EQ(out.size(), 3u);
    for (const ChannelMessage &m : out[2].messages)
        EXPECT_EQ(m.more, 2) << m.channel.toStdString();
}

TEST(AlertRules, RulesFilterBySourceAndSymbolAndOverrideSeverity)
{
    ManualClock clock;
    AlertRule r = whaleRule();
    r.symbols = {QStringLiteral("ETHUSDT")};
    r.severity = AlertSeverity::Critical;
    AlertRuleSet rules(clock, {r});
    std::vector<AlertDecision> out;
    EXPECT_EQ(rules.onTrade(QStringLiteral("BTCUSDT"), true, 50'000, 10, 0, out), 0);
    EXPECT_EQ(rules.onTrade(QStringLiteral("ETHUSDT"), true, 3'000, 10, 0, out), 0) << "30,000 is below 100,000";
    ASSERT_EQ(rules.onTrade(QStringLiteral("ETHUSDT"), false, 3'000, 40, 0, out), 1);
    EXPECT_EQ(out[0].event.severity, AlertSeverity::Critical);
    EXPECT_EQ(out[0].event.key, QStringLiteral("whale:ETHUSDT:Sell"));
    EXPECT_EQ(out[0].event.fields.at(3).value, QStringLiteral("120,000"));
    EXPECT_EQ(rules.onLiquidation(QStringLiteral("ETHUSDT"), true, 3'000, 40, 0, out), 0) << "not a liquidation rule";
}

TEST(AlertDetectors, SignalZonesHaveHysteresis)
{
    SignalZoneDetector d;
    d.configure(70, 35, 5);
    std::vector<AlertEvent> out;
    for (double score : {50.0, 71.0, 69.0, 71.0, 66.0, 64.9, 70.0, 30.0, 39.0, 40.1})
        d.observe(QStringLiteral("BTCUSDT"), score, 0, out);
    QStringList keys;
    for (const AlertEvent &e : out)
        keys << e.key.section(QLatin1Char(':'), 2);
    EXPECT_EQ(keys, (QStringList{QStringLiteral("long"), QStringLiteral("long-left"), QStringLiteral("long"),
                                 QStringLiteral("long-left"), QStringLiteral("short"), QStringLiteral("short-left")}));
}

TEST(AlertDetectors, LiquidationsSingleAndTotalsPerSymbolAndAcross)
{
    LiquidationDetector d;
    d.configure(/*single=*/500'000, /*total=*/1'000'000, /*window=*/60'000);
    std::vector<AlertEvent> out;
    d.observe(QStringLiteral("BTCUSDT"), true, 50'000, 12, 0, 0, out); // 600k: single
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].key, QStringLiteral("liquidation:BTCUSDT:Buy"));
    d.observe(QStringLiteral("ETHUSDT"), false, 2'000, 250, 10'000, 0, out); // 500k: single; all = 1.1M
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[2].key, QStringLiteral("liquidation:all:total"));
    EXPECT_EQ(out[2].severity, AlertSeverity::Critical);
    d.observe(QStringLiteral("BTCUSDT"), true, 50'000, 9, 20'000, 0, out); // BTC 1.05M; all stays raised
    ASSERT_EQ(out.size(), 4u);
    EXPECT_EQ(out[3].key, QStringLiteral("liquidation:BTCUSDT:total"));
    EXPECT_DOUBLE_EQ(d.totalWithin(QString()), 1'550'000);
    // A minute later the window forgot them: the totals are armed again.
    d.observe(QStringLiteral("BTCUSDT"), true, 50'000, 1, 90'000, 0, out);
    EXPECT_EQ(out.size(), 4u);
    EXPECT_DOUBLE_EQ(d.totalWithin(QStringLiteral("BTCUSDT")), 50'000);
}

TEST(AlertDetectors, PriceCrossingsUpAndDown)
{
    PriceCrossDetector d;
    d.configure({100, 110});
    std::vector<AlertEvent> out;
    for (double p : {95.0, 99.0, 100.0, 100.5, 111.0, 99.0})
        d.observe(QStringLiteral("X"), p, 0, out);
    QStringList keys;
    for (const AlertEvent &e : out)
        keys << e.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("price:X:100:up"), QStringLiteral("price:X:110:up"),
                                 QStringLiteral("price:X:100:down"), QStringLiteral("price:X:110:down")}));
}

TEST(AlertDetectors, StaleConnectionOncePerEpisodeAndTimeoutBursts)
{
    ConnectionStaleDetector c;
    c.configure(30'000);
    std::vector<AlertEvent> out;
    c.observe(QStringLiteral("conn_1"), false, 0, 29'999, 0, out);
    EXPECT_TRUE(out.empty());
    c.observe(QStringLiteral("conn_1"), false, 0, 30'000, 0, out);
    c.observe(QStringLiteral("conn_1"), false, 0, 60'000, 0, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, AlertSeverity::Critical);
    c.observe(QStringLiteral("conn_1"), true, 0, 61'000, 0, out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[1].key, QStringLiteral("connection:conn_1:recovered"));

    TimeoutBurstDetector t;
    t.configure(3, 10'000);
    out.clear();
    for (qint64 at : {0, 1'000, 2'000, 3'000, 4'000})
        t.observe(QStringLiteral("pong"), at, 0, out);
    EXPECT_EQ(out.size(), 1u) << "one burst, one alert";
    for (qint64 at : {30'000, 31'000, 32'000})
        t.observe(QStringLiteral("pong"), at, 0, out);
    EXPECT_EQ(out.size(), 2u) << "a new burst after a quiet window";
}

TEST(AlertRules, ALevelOverItsLimitRaisesOncePerEpisodeWithHysteresis)
{
    ManualClock clock;
    AlertRule latency;
    latency.name = QStringLiteral("latency");
    latency.source = AlertSource::Latency;
    latency.limit = 50; // ms
    latency.channels = {QStringLiteral("ops")};
    latency.cooldownMs = 0;
    latency.maxPerHour = 0;
    AlertRuleSet rules(clock, {latency});
    std::vector<AlertDecision> out;
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_0"), 12, 0, out), 0);
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_0"), 75, 0, out), 1);
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_0"), 90, 0, out), 0) << "still the same episode";
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_0"), 47, 0, out), 0) << "below the limit but not below 90 % of it";
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_1"), 51, 0, out), 1) << "each connection has its own episode";
    EXPECT_EQ(rules.onLatency(QStringLiteral("conn_0"), 20, 0, out), 1) << "recovered";
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].event.key, QStringLiteral("latency:conn_0:over"));
    EXPECT_EQ(out[0].event.severity, AlertSeverity::Warning);
    EXPECT_EQ(out[2].event.key, QStringLiteral("latency:conn_0:recovered"));
    EXPECT_EQ(out[2].event.severity, AlertSeverity::Info);
}

TEST(AlertRules, MemoryAndDailyLossUseTheirOwnLimits)
{
    ManualClock clock;
    AlertRule memory;
    memory.name = QStringLiteral("memory");
    memory.source = AlertSource::Memory;
    memory.limit = 512;
    memory.channels = {QStringLiteral("ops")};
    AlertRule loss = memory;
    loss.name = QStringLiteral("loss");
    loss.source = AlertSource::DailyLoss;
    loss.limit = 80;
    AlertRuleSet rules(clock, {memory, loss});
    std::vector<AlertDecision> out;
    EXPECT_EQ(rules.onMemory(300, 0, out), 0);
    EXPECT_EQ(rules.onDailyLoss(79.9, 0, out), 0);
    EXPECT_EQ(rules.onMemory(600, 0, out), 1);
    EXPECT_EQ(rules.onDailyLoss(85, 0, out), 1);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].rule, QStringLiteral("memory"));
    EXPECT_EQ(out[0].event.key, QStringLiteral("memory:process:over"));
    EXPECT_EQ(out[1].rule, QStringLiteral("loss"));
    EXPECT_EQ(out[1].event.severity, AlertSeverity::Critical) << "a loss near its limit is critical";
}

TEST(AlertRules, SourcesHaveStableNamesBothWays)
{
    for (int i = 0; i < AlertSourceCount; ++i) {
        const auto source = static_cast<AlertSource>(i);
        EXPECT_EQ(sourceFromName(QString::fromLatin1(sourceName(source))), source) << sourceName(source);
    }
    EXPECT_EQ(sourceFromName(u"rest_ban"), AlertSource::RestBan);
    EXPECT_FALSE(sourceFromName(u"nonsense"));
}

TEST(AlertRules, AMuteHoldsBackARuleOrAKeyUntilItEnds)
{
    ManualClock clock;
    AlertRuleSet rules(clock, {whaleRule()});
    std::vector<AlertDecision> out;
    rules.muteRule(QStringLiteral("whales"), clock.monotonicMs() + 60'000);
    EXPECT_EQ(rules.mutedRules(), QStringList{QStringLiteral("whales")});
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 0);
    clock.advanceMs(60'000);
    EXPECT_TRUE(rules.mutedRules().isEmpty());
    ASSERT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 1);
    EXPECT_EQ(out.back().messages.at(0).more, 1);
    rules.muteKey(QStringLiteral("a"), clock.monotonicMs() + 60'000);
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 0);
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("b")), out), 1);
    rules.muteKey(QStringLiteral("a"), 0); // lifted
    EXPECT_TRUE(rules.mutedKeys().isEmpty());
    EXPECT_EQ(rules.evaluate(event(QStringLiteral("a")), out), 1);
}
