#include "model/health/TimeoutIncidents.h"

#include <QDateTime>

#include <algorithm>

namespace virtuoso::health {

bool isConnectionFailure(TimeoutKind kind)
{
    switch (kind) {
    case TimeoutKind::ConnectTimeout:
    case TimeoutKind::PongTimeout:
    case TimeoutKind::StaleStream:
    case TimeoutKind::ReconnectFailed:
    case TimeoutKind::ProbeFailed:
    case TimeoutKind::RestTimeout:
        return true;
    default:
        return false;
    }
}

namespace {

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

void finish(TimeoutIncident &g, const IncidentSettings &settings)
{
    g.connIds.sort();
    g.symbols.sort();
    std::sort(g.kinds.begin(), g.kinds.end());
    const bool probe = std::find(g.kinds.begin(), g.kinds.end(), TimeoutKind::ProbeFailed) != g.kinds.end();
    g.correlated = probe || g.connIds.size() >= settings.minConnections;
    const QString at = QDateTime::fromMSecsSinceEpoch(g.startMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    if (g.connIds.size() >= settings.minConnections) {
        g.cause = QStringLiteral("likely network");
        g.summary = QStringLiteral("%1 connections timed out together at %2 UTC — likely network (%3)")
                        .arg(g.connIds.size())
                        .arg(at, g.connIds.join(QStringLiteral(", ")));
    } else if (probe) {
        g.cause = QStringLiteral("failed probe");
        g.summary = QStringLiteral("the connectivity probe failed at %1 UTC (%2 events)").arg(at).arg(g.events);
    } else {
        g.cause = QStringLiteral("isolated");
        const QString who = g.connIds.isEmpty() ? QStringLiteral("REST") : g.connIds.first();
        g.summary = g.events == 1 ? QStringLiteral("isolated failure of %1 at %2 UTC").arg(who, at)
                                  : QStringLiteral("%1 failures of %2 alone from %3 UTC").arg(g.events).arg(who, at);
    }
}

} // namespace

std::vector<TimeoutIncident> groupIncidents(const std::vector<TimeoutEntry> &entries, const IncidentSettings &settings)
{
    std::vector<const TimeoutEntry *> failures;
    failures.reserve(entries.size());
    for (const TimeoutEntry &e : entries)
        if (isConnectionFailure(e.kind))
            failures.push_back(&e);
    // Callers pass journal order; a store read merged with the ring may not be, so sort by time.
    std::stable_sort(failures.begin(), failures.end(),
                     [](const TimeoutEntry *a, const TimeoutEntry *b) { return a->ts < b->ts; });
    std::vector<TimeoutIncident> out;
    TimeoutIncident current;
    for (const TimeoutEntry *e : failures) {
        if (current.events > 0 && e->ts - current.endMs > std::max<qint64>(0, settings.windowMs)) {
            finish(current, settings);
            out.push_back(std::move(current));
            current = TimeoutIncident{};
        }
        if (current.events == 0)
            current.startMs = e->ts;
        current.endMs = e->ts;
        ++current.events;
        addUnique(current.connIds, e->connId);
        addUnique(current.symbols, e->symbol);
        if (std::find(current.kinds.begin(), current.kinds.end(), e->kind) == current.kinds.end())
            current.kinds.push_back(e->kind);
        current.entryIds.push_back(e->id);
    }
    if (current.events > 0) {
        finish(current, settings);
        out.push_back(std::move(current));
    }
    return out;
}

std::vector<TimeoutBucket> timeoutHistogram(const std::vector<TimeoutEntry> &entries, qint64 fromMs, qint64 bucketMs,
                                            int buckets, const std::vector<TimeoutIncident> &incidents)
{
    std::vector<TimeoutBucket> out(static_cast<size_t>(std::max(0, buckets)));
    if (out.empty() || bucketMs <= 0)
        return {};
    for (size_t i = 0; i < out.size(); ++i)
        out[i].startMs = fromMs + static_cast<qint64>(i) * bucketMs;
    const qint64 endMs = fromMs + static_cast<qint64>(out.size()) * bucketMs;
    for (const TimeoutEntry &e : entries) {
        if (e.ts < fromMs || e.ts >= endMs)
            continue;
        TimeoutBucket &b = out[static_cast<size_t>((e.ts - fromMs) / bucketMs)];
        const auto kind = static_cast<size_t>(e.kind);
        if (kind < b.counts.size())
            ++b.counts[kind];
        ++b.total;
    }
    // By time, not by id: entries read back from the store carry no journal id.
    for (const TimeoutIncident &g : incidents) {
        if (!g.correlated || g.endMs < fromMs || g.startMs >= endMs)
            continue;
        const qint64 first = std::max(g.startMs, fromMs);
        const qint64 last = std::min(g.endMs, endMs - 1);
        for (qint64 b = (first - fromMs) / bucketMs; b <= (last - fromMs) / bucketMs; ++b)
            out[static_cast<size_t>(b)].incident = true;
    }
    return out;
}

} // namespace virtuoso::health
