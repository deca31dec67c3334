#include "model/health/TimeoutIncidents.h"

#include <gtest/gtest.h>

using namespace virtuoso::health;

namespace {

constexpr qint64 kT0 = 1'764'318'490'000; // 2025-11-28 08:28:10 UTC
constexpr qint64 kHour = 3'600'000;

TimeoutEntry entry(quint64 id, qint64 ts, TimeoutKind kind, const QString &conn, const QString &symbol = {})
{
    TimeoutEntry e;
    e.id = id;
    e.ts = ts;
    e.kind = kind;
    e.connId = conn;
    e.symbol = symbol;
    return e;
}

} // namespace

TEST(TimeoutIncidents, SeveralConnectionsWithinSecondsAreOneIncident)
{
    const std::vector<TimeoutEntry> entries{
        entry(1, kT0, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
        entry(2, kT0 + 1200, TimeoutKind::PongTimeout, QStringLiteral("conn_1")),
        entry(3, kT0 + 1500, TimeoutKind::HandlerSlow, QStringLiteral("conn_1")), // not a failure
        entry(4, kT0 + 3100, TimeoutKind::StaleStream, QStringLiteral("conn_2"), QStringLiteral("ETHUSDT")),
        // Isolated: one connection, far from the others.
        entry(5, kT0 + 60'000, TimeoutKind::PongTimeout, QStringLiteral("conn_3")),
        entry(6, kT0 + 62'000, TimeoutKind::ReconnectFailed, QStringLiteral("conn_3")),
    };
    const auto groups = groupIncidents(entries);
    ASSERT_EQ(groups.size(), 2u);
    const TimeoutIncident &network = groups[0];
    EXPECT_TRUE(network.correlated);
    EXPECT_EQ(network.events, 3);
    EXPECT_EQ(network.connIds, (QStringList{"conn_0", "conn_1", "conn_2"}));
    EXPECT_EQ(network.symbols, QStringList{"ETHUSDT"});
    EXPECT_EQ(network.entryIds, (std::vector<quint64>{1, 2, 4}));
    EXPECT_EQ(network.startMs, kT0);
    EXPECT_EQ(network.endMs, kT0 + 3100);
    EXPECT_EQ(network.cause, QStringLiteral("likely network"));
    EXPECT_TRUE(
        network.summary.startsWith(QStringLiteral("3 connections timed out together at 08:28:10 UTC — likely network")))
        << network.summary.toStdString();

    const TimeoutIncident &alone = groups[1];
    EXPECT_FALSE(alone.correlated);
    EXPECT_EQ(alone.events, 2);
    EXPECT_EQ(alone.cause, QStringLiteral("isolated"));
    EXPECT_EQ(alone.connIds, QStringList{"conn_3"});
}

TEST(TimeoutIncidents, TheWindowDecidesAndAFailedProbeIsAlwaysAnIncident)
{
    const std::vector<TimeoutEntry> entries{
        entry(1, kT0, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
        entry(2, kT0 + 8000, TimeoutKind::PongTimeout, QStringLiteral("conn_1")),
        entry(3, kT0 + kHour, TimeoutKind::ProbeFailed, QString()),
    };
    auto groups = groupIncidents(entries); // 5 s window: 8 s apart are two isolated failures
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_FALSE(groups[0].correlated);
    EXPECT_FALSE(groups[1].correlated);
    EXPECT_TRUE(groups[2].correlated);
    EXPECT_EQ(groups[2].cause, QStringLiteral("failed probe"));

    IncidentSettings wide;
    wide.windowMs = 10'000;
    groups = groupIncidents(entries, wide);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_TRUE(groups[0].correlated);
    EXPECT_EQ(groups[0].connIds.size(), 2);
}

TEST(TimeoutIncidents, OrderOfInputDoesNotMatterAndNonFailuresMakeNoGroup)
{
    std::vector<TimeoutEntry> entries{
        entry(0, kT0 + 2000, TimeoutKind::ConnectTimeout, QStringLiteral("conn_1")),
        entry(0, kT0, TimeoutKind::ConnectTimeout, QStringLiteral("conn_0")),
        entry(0, kT0 + 500, TimeoutKind::BookResync, QStringLiteral("conn_4")),
        entry(0, kT0 + 600, TimeoutKind::RateLimited, QString()),
    };
    const auto groups = groupIncidents(entries);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_TRUE(groups[0].correlated);
    EXPECT_EQ(groups[0].startMs, kT0);
    EXPECT_TRUE(groupIncidents({entry(1, kT0, TimeoutKind::HandlerSlow, QStringLiteral("conn_0"))}).empty());
}

TEST(TimeoutHistogram, CountsPerHourByKindAndMarksIncidentHours)
{
    const qint64 from = kT0 - kT0 % kHour - 2 * kHour;
    std::vector<TimeoutEntry> entries{
        entry(1, from + 10, TimeoutKind::HandlerSlow, QStringLiteral("conn_0")),
        entry(2, from + 20, TimeoutKind::HandlerSlow, QStringLiteral("conn_0")),
        entry(3, from + kHour + 5, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
        entry(4, from + kHour + 900, TimeoutKind::PongTimeout, QStringLiteral("conn_1")),
        entry(5, from + 2 * kHour + 1, TimeoutKind::BookResync, QStringLiteral("conn_0")),
        entry(6, from + 3 * kHour, TimeoutKind::BookResync, QStringLiteral("conn_0")), // past the range
        entry(7, from - 1, TimeoutKind::BookResync, QStringLiteral("conn_0")),         // before it
    };
    const auto buckets = timeoutHistogram(entries, from, kHour, 3, groupIncidents(entries));
    ASSERT_EQ(buckets.size(), 3u);
    EXPECT_EQ(buckets[0].startMs, from);
    EXPECT_EQ(buckets[0].counts[static_cast<size_t>(TimeoutKind::HandlerSlow)], 2);
    EXPECT_EQ(buckets[0].total, 2);
    EXPECT_FALSE(buckets[0].incident);
    EXPECT_EQ(buckets[1].counts[static_cast<size_t>(TimeoutKind::PongTimeout)], 2);
    EXPECT_TRUE(buckets[1].incident);
    EXPECT_EQ(buckets[2].total, 1);
    EXPECT_FALSE(buckets[2].incident);
    EXPECT_TRUE(timeoutHistogram(entries, from, 0, 3).empty());
}
