#pragma once

#include "sim/server/FaultPlan.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace virtuoso::sim {

// Which faults are in force and how often each has fired. Windows are measured on the injected
// clock's monotonic time, so tests move through them without sleeping.
class FaultBoard
{
public:
    // Records that `fault` fired now (logged with code SIM_FAULT and counted); windowed kinds start
    // their window.
    void fire(const Fault &fault, qint64 nowMonoMs);

    // The most recent fault of `kind` in force for `connId` (or for everyone), or nullptr.
    const Fault *active(FaultKind kind, const QString &connId, qint64 nowMonoMs) const;
    // Counts an effect of a fault (a response answered with 10006, a frame withheld, ...).
    void countEffect(FaultKind kind) { ++m_effects[kind]; }

    quint64 firedCount(FaultKind kind) const;
    QJsonObject report(qint64 nowMonoMs) const;

private:
    struct Window
    {
        Fault fault;
        qint64 untilMonoMs = 0;
    };
    std::vector<Window> m_windows;
    std::map<FaultKind, quint64> m_fired;
    std::map<FaultKind, quint64> m_effects;
};

} // namespace virtuoso::sim
