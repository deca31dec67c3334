#pragma once

#include "model/health/TimeoutJournal.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace virtuoso::health {

inline constexpr int kTimeoutKindCount = 10;

// Kinds that say a connection (or the path to the exchange) failed, as opposed to slow handlers,
// rate limits, partial fetches and resyncs, which never make an incident on their own.
bool isConnectionFailure(TimeoutKind kind);

struct IncidentSettings
{
    qint64 windowMs = 5000; // failures at most this far apart belong to one group
    int minConnections = 2; // a group across this many connections is an incident
};

// A group of connection failures close in time. `correlated` groups (several connections, or a
// failed probe) are incidents: "3 connections timed out together at 08:28:10 — likely network".
// The others are isolated failures of one connection.
struct TimeoutIncident
{
    qint64 startMs = 0; // first entry
    qint64 endMs = 0;   // last entry
    int events = 0;
    bool correlated = false;
    QStringList connIds;            // distinct, sorted
    QStringList symbols;            // distinct, sorted
    std::vector<TimeoutKind> kinds; // distinct, in kind order
    std::vector<quint64> entryIds;  // in time order
    QString cause;                  // "likely network", "failed probe", "isolated"
    QString summary;                // one line for logs and the API (times in UTC)
};

// Groups the connection failures among `entries` (oldest first). Every failure lands in exactly
// one group; other kinds are ignored. Groups come oldest first.
std::vector<TimeoutIncident> groupIncidents(const std::vector<TimeoutEntry> &entries,
                                            const IncidentSettings &settings = {});

// Entry counts per kind in fixed buckets: [fromMs + i*bucketMs, fromMs + (i+1)*bucketMs).
struct TimeoutBucket
{
    qint64 startMs = 0;
    std::array<int, kTimeoutKindCount> counts{}; // indexed by TimeoutKind
    int total = 0;
    bool incident = false; // holds an entry of a correlated incident
};
std::vector<TimeoutBucket> timeoutHistogram(const std::vector<TimeoutEntry> &entries, qint64 fromMs, qint64 bucketMs,
                                            int buckets, const std::vector<TimeoutIncident> &incidents = {});

} // namespace virtuoso::health
