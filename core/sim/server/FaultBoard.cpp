#include "sim/server/FaultBoard.h"

#include "base/logging/Log.h"

#include <QJsonArray>

#include <algorithm>

namespace virtuoso::sim {

void FaultBoard::fire(const Fault &fault, qint64 nowMonoMs)
{
    ++m_fired[fault.kind];
    if (faultHasWindow(fault.kind)) {
        std::erase_if(m_windows, [nowMonoMs](const Window &w) { return w.untilMonoMs <= nowMonoMs; });
        m_windows.push_back({fault, nowMonoMs + fault.durationMs});
    }
    VLOG(Notice, "sim", "SIM_FAULT").conn(fault.conn).field("FAULT", QString::fromLatin1(faultKindName(fault.kind)))
        << "fault " << faultKindName(fault.kind) << " fired for " << fault.conn
        << (faultHasWindow(fault.kind) ? QStringLiteral(" for %1 ms").arg(fault.durationMs) : QString());
}

const Fault *FaultBoard::active(FaultKind kind, const QString &connId, qint64 nowMonoMs) const
{
    for (auto it = m_windows.rbegin(); it != m_windows.rend(); ++it) {
        if (it->fault.kind == kind && it->untilMonoMs > nowMonoMs &&
            (it->fault.targetsAll() || it->fault.conn == connId))
            return &it->fault;
    }
    return nullptr;
}

quint64 FaultBoard::firedCount(FaultKind kind) const
{
    const auto it = m_fired.find(kind);
    return it == m_fired.end() ? 0 : it->second;
}

QJsonObject FaultBoard::report(qint64 nowMonoMs) const
{
    QJsonObject fired;
    for (const auto &[kind, n] : m_fired)
        fired.insert(QString::fromLatin1(faultKindName(kind)), static_cast<double>(n));
    QJsonObject effects;
    for (const auto &[kind, n] : m_effects)
        effects.insert(QString::fromLatin1(faultKindName(kind)), static_cast<double>(n));
    QJsonArray active;
    for (const Window &w : m_windows) {
        if (w.untilMonoMs <= nowMonoMs)
            continue;
        QJsonObject o = w.fault.toJson();
        o.insert(QStringLiteral("remaining_ms"), static_cast<double>(w.untilMonoMs - nowMonoMs));
        active.append(o);
    }
    quint64 total = 0;
    for (const auto &entry : m_fired)
        total += entry.second;
    return QJsonObject{{QStringLiteral("counters"), fired},
                       {QStringLiteral("effects"), effects},
                       {QStringLiteral("total"), static_cast<double>(total)},
                       {QStringLiteral("active"), active}};
}

} // namespace virtuoso::sim
