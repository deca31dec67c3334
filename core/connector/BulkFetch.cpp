#include "connector/BulkFetch.h"

#include "base/logging/Log.h"
#include "model/health/TimeoutJournal.h"

namespace virtuoso::exchange {

QString BulkFetch::Report::describe() const
{
    QString text = QStringLiteral("%1: %2 of %3 requests").arg(what).arg(succeeded).arg(requested);
    if (failures.empty())
        return text;
    QStringList parts;
    for (const Failure &f : failures)
        parts << QStringLiteral("%1 (%2)").arg(f.symbol, f.reason);
    return text + QStringLiteral("; failed: ") + parts.join(QLatin1String(", "));
}

BulkFetch::BulkFetch(RestRequester &rest, health::TimeoutJournal &journal, QString what, std::vector<Item> items,
                     int maxConcurrency, ResultHandler onResult, DoneHandler onDone, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_journal(journal)
    , m_items(std::move(items))
    , m_maxConcurrency(std::max(1, maxConcurrency))
    , m_onResult(std::move(onResult))
    , m_onDone(std::move(onDone))
{
    m_report.what = std::move(what);
    m_report.requested = static_cast<int>(m_items.size());
}

void BulkFetch::start()
{
    if (m_items.empty()) {
        m_finished = true;
        if (m_onDone)
            m_onDone(m_report);
        return;
    }
    launchNext();
}

void BulkFetch::launchNext()
{
    while (m_inFlight < m_maxConcurrency && m_next < m_items.size()) {
        const size_t index = m_next++;
        ++m_inFlight;
        const Item &item = m_items[index];
        m_rest.get(
            item.path, item.query,
            [this, index](const RestReply &reply) {
                --m_inFlight;
                ++m_done;
                const Item &done = m_items[index];
                if (reply.ok)
                    ++m_report.succeeded;
                else
                    m_report.failures.push_back({done.symbol, reply.error});
                if (m_onResult)
                    m_onResult(done, reply);
                if (m_done == static_cast<int>(m_items.size()) && !m_finished) {
                    m_finished = true;
                    if (!m_report.failures.empty())
                        m_journal.record(health::TimeoutKind::BulkFetchPartial, {}, {}, {}, 0, m_report.describe());
                    if (m_onDone)
                        m_onDone(m_report);
                    return;
                }
                launchNext();
            },
            item.symbol);
    }
}

} // namespace virtuoso::exchange
