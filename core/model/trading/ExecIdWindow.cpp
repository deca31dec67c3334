#include "model/trading/ExecIdWindow.h"

#include <algorithm>

namespace virtuoso::trading {

bool ExecIdWindow::admit(const std::string &execId, qint64 fillMs, qint64 nowMs)
{
    const auto [it, inserted] = m_ids.insert(execId);
    if (!inserted)
        return false;
    m_newestFillMs = std::max(m_newestFillMs, fillMs);
    // Report times never go back in the queue, whatever the caller's clock did.
    m_latestReportMs = std::max(m_latestReportMs, nowMs);
    m_byReport.push_back(Entry{fillMs > 0 ? fillMs : m_newestFillMs, m_latestReportMs, &*it});
    return true;
}

std::size_t ExecIdWindow::forget(qint64 nowMs)
{
    const qint64 fillBefore = m_newestFillMs - m_keepMs;
    const qint64 reportedBefore = nowMs - m_keepMs;
    // std::push_heap keeps the "largest" on top: here the oldest fill.
    const auto laterFill = [](const Entry &a, const Entry &b) { return a.fillMs > b.fillMs; };
    std::size_t gone = 0;
    // First reported long enough ago: let go if the fill is old too, else wait for the fill time.
    while (!m_byReport.empty() && m_byReport.front().reportedMs < reportedBefore) {
        const Entry entry = m_byReport.front();
        m_byReport.pop_front();
        if (entry.fillMs < fillBefore) {
            m_ids.erase(*entry.id);
            ++gone;
        } else {
            m_byFill.push_back(entry);
            std::push_heap(m_byFill.begin(), m_byFill.end(), laterFill);
        }
    }
    while (!m_byFill.empty() && m_byFill.front().fillMs < fillBefore) {
        m_ids.erase(*m_byFill.front().id);
        std::pop_heap(m_byFill.begin(), m_byFill.end(), laterFill);
        m_byFill.pop_back();
        ++gone;
    }
    return gone;
}

} // namespace virtuoso::trading
