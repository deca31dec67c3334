#include "api/SnapshotDocument.h"

namespace virtuoso::api::snapshot_document {

QJsonObject streamState(const CoreSnapshot &snapshot)
{
    QJsonObject state{
        {QStringLiteral("revision"), static_cast<qint64>(snapshot.revision)},
        {QStringLiteral("epoch_ms"), snapshot.epochMs},
        {QStringLiteral("data_source"), snapshot.dataSource},
    };
    if (const auto conns = connections(snapshot))
        state.insert(QStringLiteral("connections"), *conns);
    return state;
}

std::optional<QJsonObject> connections(const CoreSnapshot &snapshot)
{
    Q_UNUSED(snapshot);
    return std::nullopt; // the snapshot carries no connection states yet
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
    const auto conns = connections(*snapshot);
    if (!conns)
        r.reasons << QStringLiteral("no connection status yet: the connector has not published any");
    r.ready = r.reasons.isEmpty();
    return r;
}

} // namespace virtuoso::api::snapshot_document
