#pragma once

#include <QHash>
#include <QString>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

// Bybit's per-IP REST budget (600 requests per 5 s window), with the values the exchange reports
// in X-Bapi-Limit, X-Bapi-Limit-Status and X-Bapi-Limit-Reset-Timestamp.
class RequestBudget
{
public:
    explicit RequestBudget(const Clock &clock, int limit = 600, qint64 windowMs = 5000);

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochMs = 0;
    };
    Decision take(const QString &ip);

private:
    struct Window
    {
        qint64 startMonoMs = 0;
        int used = 0;
    };
    const Clock &m_clock;
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace virtuoso::sim
